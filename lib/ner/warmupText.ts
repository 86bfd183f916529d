/**
 * A made-up news item in the style of the articles the recognizer reads:
 * zones and companies by full and short name, a list of companies, a byline,
 * a project head. Recognized a few times when a recognizer host starts, so the
 * JIT has compiled the rules before the first real article (in Chromium the
 * first articles otherwise take 20–40 ms instead of 2–5 ms).
 */
export const WARMUP_TEXT = `科学导报讯 记者王晓明 近日，山西转型综合改革示范区与太原重工轨道交通设备有限公司签署战略合作协议，双方将在轨道交通装备、智能制造等领域深化合作。
据了解，太重轨道此次投资约12亿元，建设年产300套高端轮轴项目，预计2026年建成投产。示范区管委会相关负责人表示，将全力做好要素保障。
当天，晋城经济技术开发区举行重点项目集中开工仪式。山西厚生新材料科技有限公司、晋城市富士康精密电子有限公司、山西兰花科技创业股份有限公司等8家企业的11个项目集中开工，总投资达56.8亿元。晋城经开区有关负责人介绍，今年以来，开发区累计签约项目31个。
在大同经济技术开发区，大同新成新材料股份有限公司年产2万吨特种石墨项目进展顺利。企业负责人说：“我们对大同经开区的营商环境很有信心。”
与此同时，晋中经济技术开发区、太原武宿综合保税区、运城盐湖高新技术产业开发区纷纷出台支持政策。晋能控股装备制造集团有限公司、山西潞安化工集团有限公司、中国信达资产管理股份有限公司山西省分公司分别与园区签约。
另据介绍，朔州经济开发区新能源产业园、忻州经济开发区半导体产业园建设加快推进，中信环境技术投资有限公司、隆基绿能科技股份有限公司相继入驻。(来源：科学导报)`;
