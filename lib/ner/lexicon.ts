/**
 * Word lists the rules are made of. Each list says what it is for; the
 * rules in zones.ts / companies.ts only combine them.
 */

/** Zone kinds, longest first, each with the class that links its short and long forms. */
export const ZONE_SUFFIXES: ReadonlyArray<readonly [suffix: string, kindClass: string, longForm: string]> = [
  ["国家农业高新技术产业示范区", "agri-hitech", "国家农业高新技术产业示范区"],
  ["农业高新技术产业示范区", "agri-hitech", "国家农业高新技术产业示范区"],
  ["高新技术产业开发区", "hitech", "高新技术产业开发区"],
  ["高新技术开发区", "hitech", "高新技术产业开发区"],
  ["经济技术开发区", "etdz", "经济技术开发区"],
  ["综合改革示范区", "reform", "综合改革示范区"],
  ["现代农业产业示范区", "agri", "现代农业产业示范区"],
  ["生态文化旅游示范区", "ecotour", "生态文化旅游示范区"],
  ["生态文旅示范区", "ecotour", "生态文化旅游示范区"],
  ["生态旅游示范区", "ecotour", "生态旅游示范区"],
  ["国际合作产业园区", "park", "国际合作产业园区"],
  ["国际合作产业园", "park", "国际合作产业园"],
  ["保税物流中心", "bonded-logistics", "保税物流中心"],
  ["综合保税区", "bonded", "综合保税区"],
  ["综改示范区", "reform", "综合改革示范区"],
  ["经济开发区", "etdz", "经济开发区"],
  // `南昌临空经济区`, `新滩经合区` (经济合作区); not a bare 经济区, which also names regions (`中原经济区`).
  ["经济合作区", "coop", "经济合作区"],
  ["临空经济区", "airport", "临空经济区"],
  ["空港经济区", "airport", "空港经济区"],
  ["产业集聚区", "cluster", "产业集聚区"],
  ["产业园区", "park", "产业园区"],
  // `塔山循环经济园区`, `盛乐经济园区`, `麻家梁循环经济园`, `学府总部经济园`.
  ["经济园区", "park", "经济园区"],
  ["经济园", "park", "经济园"],
  ["工业园区", "park", "工业园区"],
  ["工业区", "park", "工业区"],
  ["产业区", "park", "产业区"],
  ["物流园区", "park", "物流园区"],
  ["化工园区", "park", "化工园区"],
  ["加工园区", "park", "加工园区"],
  ["示范园区", "park", "示范园区"],
  ["制造园区", "park", "制造园区"],
  ["工业集聚区", "cluster", "工业集聚区"],
  // `皋兰县三川口工业集中区`, `成都…工业集中发展区`: the western provinces' name for a county's industrial park.
  ["工业集中发展区", "park", "工业集中发展区"],
  ["工业集中区", "park", "工业集中区"],
  ["科技园区", "park", "科技园区"],
  // `深汕特别合作区`, `横琴粤澳深度合作区`: zones two places run together.
  ["特别合作区", "coop", "特别合作区"],
  ["合作区", "coop", "合作区"],
  // `福州马祖产业合作园区`: a park two places run together.
  ["合作园区", "park", "合作园区"],
  // `天津东疆保税港区`, `洋山保税港区`: bonded port zones.
  ["保税港区", "bonded", "保税港区"],
  // `太仓港区`, `嘉兴港区`: a port zone named by its place alone (recognizer.ts keeps only those).
  ["港区", "port-area", "港区"],
  ["经济特区", "sez", "经济特区"],
  // `福州台商投资区`, `厦门海沧台商投资区`: the State Council's zones for Taiwanese investment.
  ["台商投资区", "etdz", "台商投资区"],
  // `中国(湖北)自由贸易试验区`, `湖南自贸试验区`, `上海自贸区`: a free-trade zone named by its province or city.
  ["自由贸易试验区", "ftz", "自由贸易试验区"],
  ["自贸试验区", "ftz", "自由贸易试验区"],
  ["自由贸易区", "ftz", "自由贸易试验区"],
  ["自贸区", "ftz", "自由贸易试验区"],
  ["国际陆港", "port", "国际陆港"],
  ["物流港", "port", "物流港"],
  ["国农高区", "agri-hitech", "国家农业高新技术产业示范区"],
  ["农高区", "agri-hitech", "国家农业高新技术产业示范区"],
  ["经开区", "etdz", "经济技术开发区"],
  ["经合区", "coop", "经济合作区"],
  ["高新区", "hitech", "高新技术产业开发区"],
  ["综保区", "bonded", "综合保税区"],
  ["保税区", "bonded", "保税区"],
  ["综改区", "reform", "综合改革示范区"],
  ["开发区", "etdz", "开发区"],
  ["示范区", "demo", "示范区"],
  ["实验区", "demo", "实验区"],
  ["产业园", "park", "产业园"],
  ["工业园", "park", "工业园"],
  ["物流园", "park", "物流园"],
  ["化工园", "park", "化工园"],
  ["工贸园", "park", "工贸园"],
  ["加工园", "park", "加工园"],
  ["工业城", "park", "工业城"],
  ["产业城", "park", "产业城"],
  ["功能区", "park", "功能区"],
  ["科技园", "park", "科技园"],
  ["科创园", "park", "科创园"],
  ["创新园", "park", "创新园"],
  // `山能集团智慧制造园区`, `…装备制造园`: a park of what it makes.
  ["制造园", "park", "制造园"],
  ["国际港", "port", "国际港"],
];

/**
 * Zone kinds that name nothing without a distinctive prefix (`全省开发区`,
 * `山西开发区`); a province alone is not enough for them.
 */
export const GENERIC_ZONE_KINDS = new Set(["etdz", "demo", "park", "cluster", "hitech", "bonded", "port", "sez"]);

/** Legal and group suffixes, longest first. */
export const COMPANY_SUFFIXES: readonly string[] = [
  "集团股份有限公司",
  "集团有限责任公司",
  "集团有限公司",
  "集团股份公司",
  "股份有限公司",
  "有限责任公司",
  "(有限公司)",
  "有限公司",
  "集团公司",
  "股份公司",
  "分公司",
  "公司",
  "集团",
];

/** The company suffixes as a regular-expression alternation, longest first (brackets escaped). */
export const COMPANY_SUFFIX_PATTERN = COMPANY_SUFFIXES.map((s) => s.replace(/[()]/g, "\\$&")).join("|");

/** A name that ends in a zone kind (`…开发区`, `…产业园`). */
export const ENDS_WITH_ZONE_SUFFIX = new RegExp(`(?:${ZONE_SUFFIXES.map(([s]) => s).join("|")})$`);

/**
 * Words that end a name when met walking left from a suffix: function words,
 * and verbs that introduce a name (`位于`, `走进`, `落户`). Some verbs also
 * occur inside names (`投资`, `建设`); those are SOFT_STOPS instead.
 */
export const HARD_STOPS = new Set(
  (
    "的 地 得 在 与 和 及 以及 或 同 跟 是 为 由 被 把 将 对 向 从 到 至 于 自 以 据 经 让 使 给 并 而 且 但 如 像 等 了 着 过 " +
    "也 都 还 又 再 已 已经 就 才 即 更 最 很 该 其 此 这 那 本 各 每 个 家 户 所 之 即将 正在 目前 如今 今年 去年 近日 日前 当前 " +
    "位于 地处 坐落 落户 落地 入驻 进驻 走进 来到 前往 深入 调研 考察 参观 走访 视察 推动 推进 支持 引进 引入 招引 助力 带动 依托 " +
    "围绕 联合 携手 牵头 组织 指导 帮助 协助 培育 扶持 鼓励 吸引 促成 促进 签约 签署 成立 设立 组建 打造 包括 包含 拥有 已有 " +
    "有 共有 新增 累计 全省 全市 全县 我省 我市 我县 省内 省外 国内 国外 境内 境外 其中 其他 其余 以下 以上 简称 称 名为 叫 " +
    "举行 召开 发布 介绍 表示 认为 指出 称为 作为 成为 通过 随着 截至 截止 根据 按照 关于 对于 面向 针对 瞄准 聚焦 主动 积极 " +
    "加快 全力 持续 不断 进一步 大力 重点 优先 率先 首次 首家 一家 一批 多家 多个 两家 两个 一个 项目 园区 上 下 内 外 前 后 里 " +
    "代表 印发 深化 利用 发挥 担任 建立 市 县 省 说 讲 道 问 答 接受 采访 记者 负责人 董事长 总经理 经理 主任 书记 部长 局长 厅长 市长 县长 区长 " +
    // Verbs jieba tags as nouns before 公司 (`正在办理公司注册`), and words that lead a name in (counted in the dev sets).
    "办理 申请 申报 注册 登记 筹建 督导 选址 扎根 助推 隶属 隶属于 出品方 承建方 投资方 届时 拓宽 正因 正因为 " +
    // What a company is to another, and people's posts: a name never runs over one (`孙公司欧昊…`, `供应商江苏博俊…`,
    // `金风集团副总裁兼风电产业集团`).
    "子公司 孙公司 母公司 总公司 龙头企业 厂商 品牌商 供应商 服务商 运营商 经销商 承包商 开发商 投资商 制造商 生产商 合作伙伴 " +
    "总裁 副总裁 兼 秘书长 会长 副会长 理事长 副总经理 总监 院长 所长 处长 科长 主席 副主任 副书记 副市长 副县长 副区长 " +
    // Seen leading names in the review text (eval/review): time, direction and kind words, never part of a name.
    "仅 随后 此后 其后 月份 北至 南至 东至 西至 央企 国企 民企 研究机构 调研机构 盟长 副盟长 旗长 副旗长 " +
    // Annotated review passages (eval/corpus/part-k2): a holder, a word pointing back, a meeting, never part of a name.
    "股东 大股东 控股股东 独资股东 上述 前述 会见 会晤 接见 拜会 链主 链主企业 暨 " +
    // `河南永泰已完成公司注册`: a verb of what was done before 公司 as a word, not a name's end.
    "完成 已完成 现将 " +
    // `港股上市公司中国蒙牛乳业有限公司`: where a company is listed says what it is, and is never part of its name.
    "上市公司 上市企业 挂牌公司 港股 美股 A股 " +
    // `一是百盛煤业产能90万吨`: the points of an enumeration (jieba does not know 一是).
    "一是 二是 三是 四是 五是 六是 其一 其二 其三 " +
    // `行业龙头龙佰集团`, `台商柏群电子科技有限公司`: what a company is in its trade, or whose capital it is.
    "龙头 行业龙头 台商 港商 外商 客商 侨商 " +
    // `是继山能集团…项目落户之后`: what comes after what, never part of a name.
    "继 " +
    // `中粮佳悦升级中粮集团三级企业总部`, `下一步保税区坚持…` (dev-r2): what a company does to another, and a next step.
    "升级 扩建 搬迁 重组 并购 收购 兼并 入股 参股 增资 注资 一步 牵线 搭桥 牵线搭桥 穿针引线 实地考察 实地调研 实地查看 " +
    // `山东本地药企齐鲁制药集团有限公司`, `紫金矿业铜板块贡献公司总毛利`: a kind of company, a business segment.
    "药企 车企 煤企 钢企 房企 船企 险企 乳企 酒企 外企 私企 台企 港企 板块 " +
    // `原兰花集团总经理`, `现任山西兰花…公司党委副书记`: a post's time, never part of a name.
    "原 现任 时任 前任 " +
    // `中法合资厚普股份公司`: who owns it, not its name.
    "合资 中外合资"
  ).split(" "),
);

/**
 * The commonest one-character family names. A person's name is the likelier reading of a word that starts with
 * one where a name follows a post (`董事长何小鹏`) or where jieba knows no word (`任宁虎`).
 */
export const FAMILY_NAMES =
  "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊陆郝孔白崔康毛邱秦史顾侯邵孟段雷钱汤尹黎易常武乔贺赖龚";

/** Verbs that may start a company's own name; they end a name only where what follows is a name by itself. */
export const SOFT_STOPS = new Set(
  "企业 旗下 下属 所属 控股 投资 建设 开发 运营 服务 管理 发展 合作 合资 独资 全资 新建 在建 投产 引进的 承建 承办 主办 收购 并购 重组 参股".split(
    " ",
  ),
);

/** jieba part-of-speech tags of words that never belong to a name. */
export const STOP_TAGS = new Set([
  "p",
  "c",
  "u",
  "uj",
  "ul",
  "uz",
  "ud",
  "ug",
  "uv",
  "r",
  "rr",
  "rz",
  "d",
  "t",
  "q",
  "y",
  "e",
  "o",
  "m",
  "mq",
  "zg",
  "a",
  "ad",
  "s",
]);

/** Tokens that end with these are government bodies and similar: a name never runs through them. */
export const INSTITUTION_ENDINGS =
  /(厅|局|委|委员会|政府|管委会|办公室|办|部|处|署|中心|大学|学院|学校|医院|协会|商会|学会|联合会|研究院|研究所|实验室|报社|电视台|法院|检察院|党委|支部|总局)$/;

/** Words that are too general to make a name on their own (zone or company). */
/**
 * Words of news and policy that jieba does not know (it tags them x, as it tags a trade name it has never
 * seen), so that no rule reads them as a name's own word: `强链项目`, `一处老旧工业区`, `信创产业集聚区`.
 * Found by tagging the tuning sets and keeping the x words that never fall inside a gold mention (two
 * documents or more), then reading the list and keeping only words (no person, no fragment of a segmentation
 * like `由省`); a few more from reviewing the recognizer's output on unannotated news.
 */
const NEWS_WORDS =
  "提质 强链 赋能 这是 达效 规上 发力 延链 补链 固链 入园 三大 两大 共赢 这一 一是 二是 三是 四是 五是 聚力 做强 做大 做优 " +
  "产线 图为 余人 综改 以商 仅用 产教 电芯 铆足 营收 管运 聚链 科创 线上 线下 提档 供图 再添 两区 起好步 绿电 算力 铁锂 " +
  "冷链 复产 量质 央企 文旅 齐升 专班 成势 破局 亿级 筑牢 万人 包联 施策 用时 提振 经开 一区 满产 厚植 更大 一市 新冠 按下 " +
  "提效 日讯 靠前 刚过 已达 晶圆 小微 混动 亿件 双创 为例 策源 号线 这片 自贸 稳中 高值化 非遗 康养 文旅康养 纯电 碳达峰 " +
  "并网 硅料 两市 小升规 率达 煤制 沿黄 强基 先试 质效 众创 高纯 蝶变 凝心 工信厅 强市 对标 链上 早达效 两省 两园 获批 " +
  "聚势 智创 这座 七大 三园 选在 融媒 粗苯 宜业 先发 钢企 各大 一城 老旧 信创 战新 新质 民资 新智造 另有 招引 链长 飞地 " +
  "标准地 亩均 拿地 数智化 产城 小巨人 老牌 药食 药食同源 省列 市列 亲商 安商 护商 入区 用水 用电 报建 施工报建 临空 餐厨 团餐 特医 医美 百大 专用 通用 成套 高科技";

export const GENERIC_WORDS = new Set(
  (
    NEWS_WORDS +
    " " +
    "产业 工业 新兴 现代 农业 高新 技术 高新技术 经济 生态 文化 旅游 文旅 国际 合作 国家级 省级 市级 县级 国家 省 市 县 区 各 " +
    "本地 当地 园区 物流 科技 创新 智能 数字 数智 绿色 低碳 零碳 特色 综合 示范 类 新 新型 大型 重点 龙头 骨干 一批 多个 这些 " +
    "所有 化工 食品 新材料 材料 新能源 能源 装备 制造 装备制造 大数据 信息 电子 医药 生物 光伏 冶金 循环 循环经济 农产品 加工 " +
    "深加工 精品 集团 公司 股份 有限 责任 控股 投资 建设 发展 开发 实业 运营 服务 管理 资产 城市 交通 贸易 工程 建筑 安装 环保 " +
    "环境 电力 煤业 矿业 数字化 机械 设备 运输 供应链 金融 商贸 置业 地产 房地产 国有 民营 子 分 总 母 全资 上市 企业 运营商 " +
    "平台 合资 区域 产业链 集群 基地 中心 高端 先进 战略性 未来 传统 优势 主导 首位 特种 专精特新 小微 中小 中小企业 民营企业 " +
    "国企 央企 外资 外企 链主 行业 领军 龙头企业 示范区 开发区 园 区域性 全国 全球 世界 中国 我国 一 二 三 四 五 年 万 亿 吨 " +
    "人力资源 专业化 专业 融资 咨询 中介 担保 劳务 保险 租赁 评估 物业 保安 外贸 快递 第三方 运营商 服务商 供应商 经销商 " +
    "下游 上游 配套 私营 外地 知名 中型 小型 创新型 科技型 省属 市属 县属 子公司 母公司 总公司 分公司 合资公司 锅炉 水泥 " +
    // Kinds of companies (`跨国大型民营企业集团`, `国字号电力集团公司`), never a name's own word.
    "跨国 国字号 特大型 大中型 头部 国资 国营 集体 家族 跨国公司"
  ).split(" "),
);

/**
 * Words at the end of a company's name that say what it does. Stripping them
 * yields the short names the text uses (`山西厚生新材料科技` → `山西厚生`, `厚生`).
 */
export const INDUSTRY_WORDS: readonly string[] = (
  "科技 技术 新材料 材料 新能源 能源 投资 发展 实业 控股 股份 集团 生物 医药 制药 药业 环境 环保 软件 信息 数字 智能 电子 " +
  "装备 制造 设备 机械 重工 工程 建设 建筑 安装 交通 轨道交通 轨道 运营 服务 管理 文化 旅游 贸易 商贸 物流 供应链 化工 " +
  "煤业 矿业 焦化 钢铁 铁业 铜业 镁业 铝业 玻璃 纤维 晶体 光伏 光电 电力 电气 水务 食品 农业 计量 视像 研究院 实验室 " +
  "高科 锅炉 精品 特种 自动化 铸业 生化 钢结构 禾业 传媒 出版 新闻 燃气 热力 汽车 电池 半导体 纺织 服装 水泥 陶瓷 家具 包装 印刷 再生资源 " +
  "船业 造船 航天 航空 人寿 寿险 财险 快递 速递 速运 太阳能"
)
  .split(" ")
  .sort((a, b) => b.length - a.length);

/** `words` as one regex alternation, longest first (so `新能源` wins over `能源`), each word once. */
export function longestFirst(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join("|");
}

/** Descriptors that, with a company suffix, do not make a distinctive name (`文化旅游集团运营服务有限公司`). */
const INDUSTRY_SET = new Set(INDUSTRY_WORDS);

/** Is `word` one of INDUSTRY_WORDS (a set lookup, for rules that ask per word)? */
export function isIndustryWord(word: string): boolean {
  return INDUSTRY_SET.has(word);
}

export function isGenericWord(word: string): boolean {
  return GENERIC_WORDS.has(word) || INDUSTRY_SET.has(word);
}

/** Words that, with INDUSTRY_WORDS, name a sector (`生物医药`, `电子信息`, `冷链物流`), and the modifiers before them. */
const SECTOR_WORDS = [
  ...INDUSTRY_WORDS,
  ..."医药 信息 装备 通信 物流 冷链 生产 研发 加工 制品 部件 零部件 器件 芯片 储能 氢能 锂电 风电 电子 医疗 器械 健康 养老 康养 电商 商务 金融 物联网 大数据 云计算 人工智能 集成电路 航空 航天 低空 经济 产业 新兴 未来 系统 配件 零件 离子 锂离子 钠离子 钠电 固态 燃料 氢燃料 保健 甲醇 模具 电控 精密 组件 模组 整车 新能源汽车 饮品 钢构 激光 服饰 感应 天然气 轴承 磁材 胶带 地毯 热电 树脂 重力 碳纤维 玻纤 硅业 纸业 木业 塑业 印染 制衣 家居 电缆 线缆 管业 阀门 泵业 固废 综合利用 资源综合利用 低碳 零碳 硅 芯 硅芯 数据 铝基 镁基 产学研 循环 互联网 纸 造纸 线上 线下 煤炭 煤矿 开采 洗选 发电 坑口 设计 磷酸 铁锂 三元锂 疫苗 胰岛素 血液 产品 氯碱 煤机 煤基 煤制 稀土 牧业 有色 风力 超白 光缆 光纤 啤酒 白酒 葡萄酒 乳业 乳品 饮料".split(
    " ",
  ),
].sort((a, b) => b.length - a.length);
const SECTOR_MODIFIER = /^(重大|高端|先进|新型|现代|绿色|智能|智慧|数字|新兴|战略性|传统|特色|优势|精细|高性能|基础)/;

/** Is `name` a sector, made only of sector words after a modifier (`生物医药`, `重大装备`, `高端装备制造`)? */
export function isSectorPhrase(name: string): boolean {
  let rest = name.replace(SECTOR_MODIFIER, "");
  if (!rest) return true;
  for (let guard = 0; rest && guard < 8; guard++) {
    const word = SECTOR_WORDS.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return rest === "";
}

/** Characters that can never be inside a name. */
export const PUNCT = /^[\s,，。.;；:：!！?？、…"“”'‘’《》〈〉<>[\]【】{}|/\\~`@#$%^*+=_]+$/;

/** Characters that join two parts of one name (`中国—德国`, `晋创谷·朔州`, `中国―东盟`, `北京⋅沧州`: pages use every dash and dot). */
export const JOINERS = new Set(["—", "-", "–", "·", "－", "―", "⋅", "•", "・"]);
