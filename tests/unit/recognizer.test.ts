import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRecognizer } from "../../lib/ner/recognizer";
import { loadNodeJieba } from "../../scripts/node-recognizer";
import { entityIdsByText, names, recognizer } from "../helpers/recognizer";

// Sentences are from the five seed pages in ../shared/seeds (real 科学导报 articles).

describe("ZONE rules", () => {
  it("finds place + zone kind, long and short forms, and links them to one entity", async () => {
    const r = await recognizer();
    const m = r.recognize(
      "晋城经济技术开发区的转型颇具代表性。“十四五”期间，晋城经开区加快推动产业结构由传统产业向高新技术领域转型跃\n\n升",
    );
    expect(names(m)).toEqual(["ZONE:晋城经济技术开发区", "ZONE:晋城经开区"]);
    expect(m[0].entityId).toBe(m[1].entityId);
    expect(m[0].canonical).toBe("晋城经济技术开发区");
  });

  it("links zones not in the gazetteer by place and kind", async () => {
    const r = await recognizer();
    const m = r.recognize("晋中市禾丰县经济技术开发区成立以来，禾丰县开发区引进项目，禾丰县经开区产值增长。");
    const zones = m.filter((x) => x.text.includes("禾丰"));
    expect(zones.map((z) => z.text)).toEqual(["禾丰县经济技术开发区", "禾丰县开发区", "禾丰县经开区"]);
    expect(new Set(zones.map((z) => z.entityId)).size).toBe(1);
  });

  it("links a zone's names that differ in a place's level or a rank before the kind", async () => {
    const r = await recognizer();
    const same = (text: string) => {
      const zones = r.recognize(text).filter((m) => m.type === "ZONE");
      expect(zones.length).toBeGreaterThanOrEqual(2);
      return new Set(zones.map((z) => z.entityId));
    };
    expect(same("尉氏县速冻食品产业园建成后，尉氏速冻食品产业园将引进企业。").size).toBe(1);
    expect(same("阳泉市郊区白泉工业园扩区，阳泉郊区白泉工业园新增企业。").size).toBe(1);
    expect(same("山西省(太重)智能高端装备产业园区开工，山西(太重)智能高端装备产业园区首期投产。").size).toBe(1);
    // The catalogue's zone, however the text places or ranks it.
    expect([...same("阳泉市开发区与阳泉经开区合作。")]).toEqual(["sx:阳泉经济技术开发区"]);
    expect([...same("江阴国家高新区，即江阴高新区。")]).toEqual(["cn:江阴高新技术产业开发区"]);
    expect([...same("湖南省株洲市高新区与株洲高新区。")]).toEqual(["cn:株洲高新技术产业开发区"]);
    // Another place's park of the same trade stays another zone; so does a district's own 郊区.
    expect(same("尉氏县速冻食品产业园和封丘县速冻食品产业园。").size).toBe(2);
    expect(same("阳泉市郊区白泉工业园和阳泉市白泉工业园。").size).toBe(2);
  });

  it("links a zone's names that differ in the province or city said before its county", async () => {
    const r = await recognizer();
    const ids = (text: string) => new Set(r.recognize(text).flatMap((m) => (m.type === "ZONE" ? [m.entityId] : [])));
    expect(ids("安徽萧县经开区、安徽宿州萧县经济开发区，即萧县经开区。").size).toBe(1);
    expect(ids("河北省保定市徐水经济开发区与徐水经开区。").size).toBe(1);
    // A city before a district of the same name elsewhere keeps it (Nanchang has the 东湖 district): the catalogue's.
    expect([...ids("武汉市东湖高新区")]).toEqual(["cn:武汉东湖高新技术产业开发区"]);
    // Two cities or two provinces together name a park they run together, not the second's.
    expect(ids("阜阳合肥现代产业园区与合肥现代产业园区").size).toBe(2);
    expect(ids("广东海南先进制造业合作产业园和海南先进制造业合作产业园").size).toBe(2);
    // A county several cities have keeps its city.
    expect(ids("南京鼓楼经开区与福州鼓楼经开区").size).toBe(2);
  });

  it("finds the catalogue's zone by another form of its kind, for a zone named by its place", async () => {
    const r = await recognizer();
    const zone = (text: string) => r.recognize(text).find((m) => m.type === "ZONE")?.entityId;
    // The catalogue has `杏花村经开区` and `孝义经济技术开发区`, not these forms.
    expect(zone("杏花村经济技术开发区举行开工仪式")).toBe("sx:汾阳杏花村经济技术开发区");
    expect(zone("孝义经济开发区新签约项目")).toBe("sx:孝义经济技术开发区");
    // A 台商投资区 is a zone of its own; `临港` is no place (many ports' word).
    expect(zone("福州台商投资区新签约项目")).not.toBe("cn:福州经济技术开发区");
    expect(zone("济南临港经济开发区立足产城融合")).not.toBe("cn:沧州临港经济技术开发区");
  });

  it("links a park named by its sectors after its zone to that zone's park, not every zone's park of that name", async () => {
    const r = await recognizer();
    const parks = (text: string) => r.recognize(text).filter((m) => m.type === "ZONE" && m.text.endsWith("产业园"));
    const [jingzhou] = parks("荆州经开区新能源新材料产业园举行开工活动。");
    const [taiyuan] = parks("太原经开区新能源新材料产业园开工。");
    expect(jingzhou.entityId).not.toBe(taiyuan.entityId);
    expect(jingzhou.canonical).toBe("荆州经开区新能源新材料产业园");
    // The same zone's park, however the zone is worded.
    const xiao = parks("安徽宿州萧县经济开发区智能制造产业园开工，萧县经开区智能制造产业园落户企业。");
    expect(new Set(xiao.map((p) => p.entityId)).size).toBe(1);
    // A park with a name of its own stays its own (`阳曲工业园区` in 山西转型综改示范区).
    const [yangqu] = r.recognize("山西转型综改示范区阳曲工业园区").filter((m) => m.text === "阳曲工业园区");
    expect(yangqu.entityId).toBe("zone:阳曲|park");
  });

  it("names a zone not in the catalogue by its kind in full, wherever in the text that comes", async () => {
    const r = await recognizer();
    const zones = (text: string) => r.recognize(text).filter((m) => m.type === "ZONE");
    // The headline, read first, has the short form; the body the full one.
    const liaocheng = zones("聊城开发区78.2亿总额招商项目签约\n25日上午聊城经济技术开发区重大招商项目签约仪式在开发区举行。");
    expect(liaocheng.map((z) => z.text)).toEqual(["聊城开发区", "聊城经济技术开发区"]);
    expect(liaocheng.map((z) => z.canonical)).toEqual(["聊城经济技术开发区", "聊城经济技术开发区"]);
    // More places before the same kind name nothing more fully: the first stays.
    const gaotang = zones("高唐经济开发区招商。山东省高唐经济开发区签约。");
    expect(gaotang.map((z) => z.canonical)).toEqual(["高唐经济开发区", "高唐经济开发区"]);
  });

  it("links a park the text shortens by leaving out its sector words (or its partner) to the park named in full", async () => {
    const r = await recognizer();
    const zones = (text: string) => r.recognize(text).filter((m) => m.type === "ZONE");
    const chengyi = zones("成宜装备制造产业园位于三江新区。目前，成宜产业园已引进企业12家。");
    expect(chengyi.map((z) => z.text)).toEqual(["成宜装备制造产业园", "成宜产业园"]);
    expect(chengyi[1].entityId).toBe(chengyi[0].entityId);
    expect(chengyi[1].canonical).toBe("成宜装备制造产业园");
    const meijin = zones("公司签署了《美锦能源氢能汽车产业园合作框架协议》，将投资建设美锦氢能汽车产业园。");
    expect(new Set(meijin.map((z) => z.entityId)).size).toBe(1);
    // A place's park is not the place's new-energy park; a park's own words left out are no sector's.
    expect(new Set(zones("太原新能源产业园与太原产业园").map((z) => z.entityId)).size).toBe(2);
    expect(new Set(zones("中交智慧港产业园和中交产业园").map((z) => z.entityId)).size).toBe(2);
    // `东盟经开区` is `广西—东盟经开区` without the partner before the dash.
    const asean = zones("广西—东盟经开区:6个项目集中开竣工。夯实东盟经开区的优势。");
    expect(asean.map((z) => z.text)).toEqual(["广西—东盟经开区", "东盟经开区"]);
    expect(asean[1].entityId).toBe(asean[0].entityId);
  });

  it("splits a zone directly followed by a zone inside it into two", async () => {
    const r = await recognizer();
    const m = r.recognize(
      "12 月 17 日，位于山西转型综改示范区阳曲工业园区的泰山玻纤纤维(太原)有限公司“年产 30 万吨高性能玻璃纤维智能制造项目”二号生产线",
    );
    expect(names(m)).toEqual(["ZONE:山西转型综改示范区", "ZONE:阳曲工业园区", "COMPANY:泰山玻纤纤维(太原)有限公司"]);
  });

  it("links 山西转型综改示范区 and 山西转型综合改革示范区, 太原武宿综保区 and 武宿综保区", async () => {
    const r = await recognizer();
    const m = r.recognize("山西转型综合改革示范区与山西转型综改示范区；太原武宿综合保税区、太原武宿综保区和武宿综保区。");
    expect(m.map((x) => x.type)).toEqual(["ZONE", "ZONE", "ZONE", "ZONE", "ZONE"]);
    expect(m[0].entityId).toBe(m[1].entityId);
    expect(new Set(m.slice(2).map((x) => x.entityId)).size).toBe(1);
    expect(m[2].canonical).toBe("太原武宿综合保税区");
  });

  it("takes the name across a PDF line break but not across a byline", async () => {
    const r = await recognizer();
    const m = r.recognize("科学导报记者 李阳\n\n古县经济技术开发区坚持……古\n\n县开发区与屯\n\n留经开区");
    expect(names(m)).toEqual(["ZONE:古县经济技术开发区", "ZONE:古\n\n县开发区", "ZONE:屯\n\n留经开区"]);
  });

  it("keeps generic words, levels and classes out", async () => {
    const r = await recognizer();
    const text =
      "全省 93 个开发区中，66 个经济技术开发区、5 个高新技术类开发区和 8 个生态文旅类开发区。深化国家级经开区改革，加强开发区建设，示范区、园区、自贸试验区，也是山西开发区产业布局优化的缩影。";
    expect(names(r.recognize(text))).toEqual([]);
  });

  it("keeps the kind of named parks, ports and foreign zones", async () => {
    const r = await recognizer();
    const m = r.recognize(
      "津巴布韦PalmRiver能源冶金经济特区，长治高新区中德国际合作产业园，汇通双碳产业园，大同国际陆港，“晋创谷·朔州”。",
    );
    expect(names(m, "ZONE")).toEqual(
      expect.arrayContaining([
        "ZONE:长治高新区",
        "ZONE:中德国际合作产业园",
        "ZONE:汇通双碳产业园",
        "ZONE:大同国际陆港",
        "ZONE:晋创谷·朔州",
      ]),
    );
  });

  it("treats a company-named park with generic remainder as one zone", async () => {
    const r = await recognizer();
    expect(names(r.recognize("建设太重集团新能源产业园区"))).toEqual(["ZONE:太重集团新能源产业园区"]);
  });
});

describe("captions, credits and sub-heads", () => {
  it("keeps their lead words out of the name that follows", async () => {
    const r = await recognizer();
    const cases: [string, string[]][] = [
      ["图为太原武宿综保区一角。", ["ZONE:太原武宿综保区"]],
      ["上图：太原武宿综保区一角", ["ZONE:太原武宿综保区"]],
      ["图片为晋城经开区新貌。", ["ZONE:晋城经开区"]],
      ["▲晋城经开区企业加紧生产。", ["ZONE:晋城经开区"]],
      ["图为山西光福科技有限公司生产车间。", ["COMPANY:山西光福科技有限公司"]],
      ["（记者 王强 摄）山西光福科技有限公司车间。", ["COMPANY:山西光福科技有限公司"]],
      ["太原武宿综保区一角（本报记者 李华 摄）晋城经开区", ["ZONE:太原武宿综保区", "ZONE:晋城经开区"]],
    ];
    for (const [text, expected] of cases) expect(names(r.recognize(text)), text).toEqual(expected);
  });
});

describe("COMPANY rules", () => {
  it("does not swallow the words before a registered name", async () => {
    const r = await recognizer();
    const m = r.recognize("由中国建材集团旗下泰山玻纤纤维有限公司投资建设");
    expect(names(m)).toEqual(["COMPANY:中国建材集团", "COMPANY:泰山玻纤纤维有限公司"]);
    const m2 = r.recognize("并与中信环境技术投资有限公司签订合作协议");
    expect(names(m2)).toEqual(["COMPANY:中信环境技术投资有限公司"]);
  });

  it("starts a company after 与 that follows a district, a park or a committee: two parties, not one name", async () => {
    const r = await recognizer();
    expect(names(r.recognize("南郊区与利创新能源光伏电力有限公司签订协议。"))).toEqual(["COMPANY:利创新能源光伏电力有限公司"]);
    expect(names(r.recognize("管委会与天津恒翔起航科技有限公司签约。"))).toEqual(["COMPANY:天津恒翔起航科技有限公司"]);
  });

  it("a credit closing a caption's line ends it; a province before a known short name is part of it; an unnamed subsidiary is its parent", async () => {
    const r = await recognizer();
    expect(names(r.recognize("图为车间。山西日报通讯员摄\n永鑫能源集团旗下工厂"))).toEqual(["COMPANY:永鑫能源集团"]);
    expect(names(r.recognize("已经与上海申能、山西鸿轩机械制造有限公司签约"))).toEqual([
      "COMPANY:上海申能",
      "COMPANY:山西鸿轩机械制造有限公司",
    ]);
    expect(names(r.recognize("该公司是常州科试集团全资子公司，入驻园区"))).toEqual(["COMPANY:常州科试集团"]);
  });

  it("lets a province open a registered name jieba reads as a verb (`起航`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("天津恒翔起航科技有限公司签约。"))).toEqual(["COMPANY:天津恒翔起航科技有限公司"]);
  });

  it("keeps a generic remainder after a zone inside the company name", async () => {
    const r = await recognizer();
    const m = r.recognize("成立山西乡宁示范区文化旅游集团运营服务有限公司");
    expect(names(m)).toEqual(["COMPANY:山西乡宁示范区文化旅游集团运营服务有限公司"]);
  });

  it("finds short names the text derives from a full name and links them", async () => {
    const r = await recognizer();
    const m = r.recognize(
      "山西厚生新材料科技有限公司举行了通线仪式，标志着山西厚生16条隔膜产线全面建成投产。自厚生锂电池隔膜项目落地以来",
    );
    expect(names(m)).toEqual(["COMPANY:山西厚生新材料科技有限公司", "COMPANY:山西厚生", "COMPANY:厚生"]);
    expect(new Set(m.map((x) => x.entityId)).size).toBe(1);
    expect(m[2].canonical).toBe("山西厚生新材料科技有限公司");
  });

  it("links a branch named by place to the registered name with that place", async () => {
    const r = await recognizer();
    const m = r.recognize("泰山玻纤纤维(太原)有限公司投产。此次二号生产线投产后，泰山玻纤太原公司总产能将达到 30 万吨/年。");
    expect(names(m)).toEqual(["COMPANY:泰山玻纤纤维(太原)有限公司", "COMPANY:泰山玻纤太原公司"]);
    expect(m[0].entityId).toBe(m[1].entityId);
  });

  it("links a company the text names with its place and then without it to the one company", async () => {
    const r = await recognizer();
    const companies = (text: string) => r.recognize(text).filter((m) => m.type === "COMPANY");
    // `建投` alone is also the core of 河北建投能源's name; after `山西建投集团` it is 山西建投.
    const jiantou = companies("市政府与山西建投集团签署协议。离石区同时与建投集团签署了《投资合作协议》。");
    expect(jiantou.map((c) => c.text)).toEqual(["山西建投集团", "建投集团"]);
    expect(jiantou.map((c) => c.entityId)).toEqual(["co:山西建设投资集团有限公司", "co:山西建设投资集团有限公司"]);
    // Two places' companies of that name: the short one is neither's, left as the gazetteer links it.
    const two = companies("山西建投集团与河北建投集团合作，建投集团表示……");
    expect(two.map((c) => c.text)).toEqual(["山西建投集团", "河北建投集团", "建投集团"]);
    expect(new Set(two.map((c) => c.entityId)).size).toBe(3);
    // A known name with its place before it is that company: `山西潞安集团` is 潞安集团, 潞安化工.
    const luan = companies("记者在山西潞安集团采访。潞安集团表示……");
    expect(luan.map((c) => c.entityId)).toEqual(["co:潞安化工集团有限公司", "co:潞安化工集团有限公司"]);
    expect(companies("泰国正大集团在华投资")[0]?.entityId).toBe("co:正大集团");
  });

  it("links a known company called by its name and 公司 or 集团公司 to the gazetteer's company", async () => {
    const r = await recognizer();
    const ids = (text: string) => entityIdsByText(r.recognize(text));
    const yangmei = ids("阳煤集团公司晋东物流园工程开工，此举是阳煤集团构建物流产业的举措。");
    expect(yangmei.阳煤集团公司).toBe("co:华阳新材料科技集团有限公司");
    expect(yangmei.阳煤集团).toBe("co:华阳新材料科技集团有限公司");
    expect(ids("太重集团公司与晋能控股集团公司签约。").太重集团公司).toBe("co:太原重型机械集团有限公司");
    // A branch or a subsidiary is not the group; a name that needs evidence is other companies' too.
    expect(ids("太重销售公司成立。").太重销售公司).not.toBe("co:太原重型机械集团有限公司");
    expect(ids("华岭公司前身为1956年建成的耐火材料厂。").华岭公司).not.toBe("co:上海华岭集成电路技术股份有限公司");
  });

  it("links a company the article calls by the first words of its registered name and 公司 to that name", async () => {
    const r = await recognizer();
    const ids = (text: string) => entityIdsByText(r.recognize(text));
    const changkai = ids("利津经济开发区长凯石油科技股份有限公司投产。长凯公司新能源装备产业示范基地开工。");
    expect(changkai.长凯公司).toBe(changkai.长凯石油科技股份有限公司);
    const sihe = ids("项目由山西四和科技有限责任公司投资建设。四和公司表示……");
    expect(sihe.四和公司).toBe(sihe.山西四和科技有限责任公司);
    // Two registered names start so: neither.
    const two = ids("长凯石油科技股份有限公司与长凯宏远有限公司签约。长凯公司表示……");
    expect(two.长凯公司).not.toBe(two.长凯石油科技股份有限公司);
    expect(two.长凯公司).not.toBe(two.长凯宏远有限公司);
  });

  it("links a known company's short name and a trade to it where the article gives its registered name", async () => {
    const r = await recognizer();
    const ids = (text: string) => entityIdsByText(r.recognize(text));
    const bojun = ids("包括江苏博俊工业科技股份有限公司投资的博俊汽车零部件生产项目、联威新能源智能网联汽车项目等。");
    expect(bojun.博俊汽车).toBe("co:江苏博俊工业科技股份有限公司");
    // So too a registered name only the article knows: `新石能源` is the head of its core and a trade word of it.
    const xinshi = ids("深入中铁铝模、新石能源等企业调研。站在山西新石清洁能源科技有限公司四号平台，目睹项目建设。");
    expect(xinshi.新石能源).toBe(xinshi.山西新石清洁能源科技有限公司);
    // A group word names the group, not the subsidiary whose name starts with it.
    const gaosu = ids("河北高速集团资源开发运营有限公司与石家庄签约。高速集团表示……");
    expect(gaosu.高速集团).not.toBe(gaosu.河北高速集团资源开发运营有限公司);
    // Without the registered name in the article, `博俊汽车` could be anyone's.
    expect(ids("博俊汽车零部件生产项目开工。").博俊汽车).not.toBe("co:江苏博俊工业科技股份有限公司");
  });

  it("keeps a group apart from its member company whose name starts with the group's (宜化集团, 宜化新能源有限公司)", async () => {
    const r = await recognizer();
    const ids = (text: string) => entityIdsByText(r.recognize(text));
    const yihua = ids("宜化新能源有限公司CPE项目投产。龙头企业宜化集团布局氯碱新能源项目。");
    expect(yihua.宜化集团).toBeDefined();
    expect(yihua.宜化集团).not.toBe(yihua.宜化新能源有限公司);
    const jintai = ids("金泰新能源有限公司成立。金泰集团表示……");
    expect(jintai.金泰集团).not.toBe(jintai.金泰新能源有限公司);
  });

  it("links a short form another rule read first to the full name the article gives (or defines it for)", async () => {
    const r = await recognizer();
    const ids = (text: string) => entityIdsByText(r.recognize(text));
    // `晋城煤层气公司` is read as a company by its 公司; it is still the short form the text defines for the full name.
    const meicengqi = ids("晋城煤层气投资开发集团有限公司(以下简称:晋城煤层气公司)举行揭牌仪式。据悉，晋城煤层气公司是……");
    expect(meicengqi.晋城煤层气公司).toBe(meicengqi.晋城煤层气投资开发集团有限公司);
    const seed = ids("中国中化集团公司下属中国种子集团有限公司(简称“中种公司”)加大合作。3月7日，中种公司与湖南签约。");
    expect(seed.中种公司).toBe(seed.中国种子集团有限公司);
  });

  it("links a company said first by its own words, then with its trade (东迪 … 东迪光电), and names it the longer way", async () => {
    const r = await recognizer();
    const m = r.recognize(
      "落户黄圃的东迪、卓臻等10家亿元企业代表出席。东迪光电投资超3亿元建设FPC生产基地；卓臻科技产值超6000万元。",
    );
    const ids = entityIdsByText(m);
    expect(ids.东迪光电).toBe(ids.东迪);
    expect(ids.卓臻科技).toBe(ids.卓臻);
    expect(m.find((x) => x.text === "东迪")?.canonical).toBe("东迪光电");
  });

  it("keeps two companies the text joins as two items apart, though their words would link them", async () => {
    const r = await recognizer();
    const ids = (text: string) => entityIdsByText(r.recognize(text));
    // `湖北联投` is the group, `联投新城集团` its subsidiary: `及` says two.
    const liantou = ids("联投新城集团与武汉众楷科技有限公司签约，期待与联投新城集团及湖北联投深度合作。湖北联投表示……");
    expect(liantou.湖北联投).toBeDefined();
    expect(liantou.湖北联投).not.toBe(liantou.联投新城集团);
    // `新龙` is a county's name, but `新龙蓝天` beside `蓝天农业` in a list is another company.
    const lantian = ids("神州轮胎、蓝天农业、新龙蓝天等一批优质企业落户园区。蓝天农业表示……");
    expect(lantian.新龙蓝天).toBeDefined();
    expect(lantian.新龙蓝天).not.toBe(lantian.蓝天农业);
    // Two plants of one group, neither named as the group is: still the group's.
    const jiulong = ids("重庆玖龙、乐山玖龙两家纸厂投产。");
    expect(jiulong.重庆玖龙).toBe(jiulong.乐山玖龙);
  });

  it("knows well-known short names from the gazetteer", async () => {
    const r = await recognizer();
    const m = r.recognize("中欧班列将太重轮轴、祁县玻璃送往亚欧。太原惠科等重大项目建成投产。");
    expect(names(m)).toEqual(["COMPANY:太重", "COMPANY:太原惠科"]);
  });

  it("reads a list closed by 等 and a longer kind of company (`等大型餐饮连锁企业`), not by a way of serving them", async () => {
    const r = await recognizer();
    expect(names(r.recognize("我们的客户主要是海底捞、蜀大侠、二当家等大型餐饮连锁企业。"))).toEqual([
      "COMPANY:海底捞",
      "COMPANY:蜀大侠",
      "COMPANY:二当家",
    ]);
    expect(names(r.recognize("采取领导包保、部门包联、党员联系等多种方式做好入驻企业服务。"))).toEqual([]);
  });

  it("reads companies from a list the text calls companies", async () => {
    const r = await recognizer();
    const m = r.recognize("潞安工程、太行\n\n药业、三宝生化、长清生物、三耐铸业 5 家企业成功创建省级企业技术中心。");
    expect(names(m)).toEqual([
      "COMPANY:潞安工程",
      "COMPANY:太行\n\n药业",
      "COMPANY:三宝生化",
      "COMPANY:长清生物",
      "COMPANY:三耐铸业",
    ]);
    const m2 = r.recognize("目前已有华启顺食品、华青藜麦、晋峡新能源和晋通能源集团 4 户企业入驻。");
    expect(names(m2)).toEqual(["COMPANY:华启顺食品", "COMPANY:华青藜麦", "COMPANY:晋峡新能源", "COMPANY:晋通能源集团"]);
  });

  it("reads a company at the head of a capacity, only with an industry word or a place in its name", async () => {
    const r = await recognizer();
    const m = r.recognize("其中，江西沐邦高科16GW·N型单晶硅拉棒项目厂房主体结构基本建成；禹王焦化271万吨焦炉技改项目开工。");
    expect(names(m)).toEqual(["COMPANY:江西沐邦高科", "COMPANY:禹王焦化"]);
    expect(names(r.recognize("全省光伏装机20GW，山西光伏14GW，年产30万吨，新增焦化100万吨。"))).toEqual([]);
  });

  it("keeps government bodies, universities, brands and generic companies out", async () => {
    const r = await recognizer();
    const text =
      "省商务厅开发区管理处负责人表示，山西财经大学、深圳市山西商会参加。“安泰”牌热轧H型钢。该公司与多家物流公司、人力资源公司合作。";
    expect(names(r.recognize(text))).toEqual([]);
  });

  it("counts an institute as a company only with a company suffix", async () => {
    const r = await recognizer();
    expect(names(r.recognize("山西仲测计量研究院有限公司、山西省化工研究所(有限公司)和中国科学院"))).toEqual([
      "COMPANY:山西仲测计量研究院有限公司",
      "COMPANY:山西省化工研究所(有限公司)",
    ]);
  });
});

describe("generalizing beyond the seeds (cases from the development sets' error classes)", () => {
  it("starts a registered name at its place, past words jieba misreads inside a trade name", async () => {
    const r = await recognizer();
    const cases: [string, string[]][] = [
      ["由北京弘高创意建筑设计有限公司承建", ["COMPANY:北京弘高创意建筑设计有限公司"]],
      ["山西恒和磁性材料有限公司投产", ["COMPANY:山西恒和磁性材料有限公司"]],
      ["阳泉市天昊再生物资回收有限公司成立", ["COMPANY:阳泉市天昊再生物资回收有限公司"]],
      ["济源市河南力帆新能源电动车有限公司", ["COMPANY:河南力帆新能源电动车有限公司"]],
    ];
    for (const [text, expected] of cases) expect(names(r.recognize(text)), text).toEqual(expected);
  });

  it("cuts role words, verbs and bylines standing before a place", async () => {
    const r = await recognizer();
    const cases: [string, string[]][] = [
      ["该公司隶属于山西五龙投资集团。", ["COMPANY:山西五龙投资集团"]],
      ["督导原平经济技术开发区工作", ["ZONE:原平经济技术开发区"]],
      ["本报讯(王志鹏)信阳市产业集聚区", ["ZONE:信阳市产业集聚区"]],
      ["煤炭从晋煤集团运来", ["COMPANY:晋煤集团"]],
      ["宁德时代与国家电投智慧能源公司签约", ["COMPANY:宁德时代", "COMPANY:国家电投智慧能源公司"]],
    ];
    for (const [text, expected] of cases) expect(names(r.recognize(text)), text).toEqual(expected);
  });

  it("reads a park named by its industry inside the zone just named, and keeps described zones out", async () => {
    const r = await recognizer();
    expect(names(r.recognize("阳城经济技术开发区电子信息产业园项目开工"))).toEqual([
      "ZONE:阳城经济技术开发区",
      "ZONE:电子信息产业园",
    ]);
    expect(names(r.recognize("长治市郊区漳泽新型工业园区"))).toEqual(["ZONE:长治市郊区漳泽新型工业园区"]);
    expect(names(r.recognize("朔州市八大工业园区和全国唯一固废综合利用示范区"))).toEqual([]);
    expect(names(r.recognize("它是全省首个正式实施的跨市合作飞地工业园。该合作产业园于今年开园。"))).toEqual([]);
    expect(names(r.recognize("河间经济开发区"))).toEqual(["ZONE:河间经济开发区"]);
    // 产业区 is a park's kind too; a park a company's word names leaves the word the company's elsewhere.
    expect(names(r.recognize("同年8月，火炬(翔安)产业区通用厂房开工。"), "ZONE")).toEqual(["ZONE:火炬(翔安)产业区"]);
    const hengli = r.recognize("据恒力集团负责人介绍，集团将打造恒力产业区内“小循环”。恒力又迈出了稳健的一步。");
    expect(names(hengli)).toEqual(["COMPANY:恒力集团", "ZONE:恒力产业区", "COMPANY:恒力"]);
    // A bay named after a place is the park's own name; an event's quoted name before it is not part of it.
    expect(names(r.recognize("广东省第六届“山洽会”南山湾科技园首批4家入园企业开工。"), "ZONE")).toEqual(["ZONE:南山湾科技园"]);
    // After a bare kind (no zone named), a park named by its sector names nothing; one with a name of its own does.
    expect(names(r.recognize("美锦氢能及经开区新材料产业园新入驻企业负责人作了汇报。"), "ZONE")).toEqual([]);
    expect(names(r.recognize("两大合作项目在开发区金匠工业园奠基开工。"), "ZONE")).toEqual(["ZONE:金匠工业园"]);
    // A new town is no zone, but a park inside it is one (`梧桐湖新城`, a developer's town).
    expect(names(r.recognize("众楷科技将落户联投梧桐湖新城东湖高新科技创意城产业园。"), "ZONE")).toEqual([
      "ZONE:东湖高新科技创意城产业园",
    ]);
  });

  it("reads a branch named after its company as one company", async () => {
    const r = await recognizer();
    expect(names(r.recognize("北京益民药业有限公司沧州分公司落户"))).toEqual(["COMPANY:北京益民药业有限公司沧州分公司"]);
  });

  it("reads trade names without a suffix only where a name can begin", async () => {
    const r = await recognizer();
    expect(names(r.recognize("引进江松科技、星心半导体等企业。"))).toEqual(["COMPANY:江松科技", "COMPANY:星心半导体"]);
    expect(names(r.recognize("加快发展数字科技和智能电子，推动新兴电子产业。"))).toEqual([]);
  });

  it("reads lists opened by 包括/引进 and closed by a bare 等", async () => {
    const r = await recognizer();
    const m = r.recognize("共引进签约项目8个,包括中外运、锦海捷亚、济阳鸿通、普路通等,另有一大批企业有意向入驻。");
    expect(names(m, "COMPANY")).toEqual(["COMPANY:中外运", "COMPANY:锦海捷亚", "COMPANY:济阳鸿通", "COMPANY:普路通"]);
    expect(names(r.recognize("重点发展包括新能源、新材料、装备制造等产业。"))).toEqual([]);
  });

  it("reads a name framed as a company on both sides, and a company once is a company throughout", async () => {
    const r = await recognizer();
    expect(names(r.recognize("该县与格林贝斯签约，格林贝斯将建设厂房。"))).toEqual(["COMPANY:格林贝斯", "COMPANY:格林贝斯"]);
    expect(names(r.recognize("该县与美好生活签约。"))).toEqual([]);
  });

  it("takes short names that are ordinary words only with evidence", async () => {
    const r = await recognizer();
    expect(names(r.recognize("汾酒的香气飘满小城。"))).toEqual([]);
    expect(names(r.recognize("该县与联想签约建设数据中心。"))).toEqual(["COMPANY:联想"]);
  });

  it("takes the other items of a list whose items are mostly companies, but not sectors or institutes", async () => {
    const r = await recognizer();
    const m = names(r.recognize("省政府与中国移动、中国电信、中国联通、中国煤炭科工、中国国旅、中青旅签署协议。"));
    expect(m).toContain("COMPANY:中国煤炭科工");
    expect(m).toContain("COMPANY:中国国旅");
    const sectors = names(r.recognize("围绕宁德时代、比亚迪、生物医药、电子信息等领域招商。"));
    expect(sectors).not.toContain("COMPANY:生物医药");
    expect(sectors).not.toContain("COMPANY:电子信息");
    const institute = names(r.recognize("开工的有比亚迪、宁德时代、隆基绿能、西安市政设计院。"));
    expect(institute).not.toContain("COMPANY:西安市政设计院");
  });

  it("reads a name that leads an industry as a company (`以X为龙头`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("形成以泰禾为龙头的智能制造产业。"))).toEqual(["COMPANY:泰禾"]);
    expect(names(r.recognize("形成以市场为龙头的发展格局。"))).toEqual([]);
  });

  it("takes a short name that is also a word when a capacity or a site in a place follows it", async () => {
    const r = await recognizer();
    expect(names(r.recognize("阳煤60万吨电石项目已投产。"))).toEqual(["COMPANY:阳煤"]);
    expect(names(r.recognize("华电内蒙古磴口光伏支架项目开工。"))).toEqual(["COMPANY:华电"]);
  });

  it("a bare 公司 closes a name only after a word of the company's own", async () => {
    const r = await recognizer();
    expect(names(r.recognize("今年以来公司订单源源不断。"))).toEqual([]);
    expect(names(r.recognize("A股出现了第一家千亿市值半导体公司。"))).toEqual([]);
    expect(names(r.recognize("万洋公司投产。"))).toEqual(["COMPANY:万洋公司"]);
  });

  it("a company the text names in a list is the company of `X公司` later, and of a longer reading than a project head", async () => {
    const r = await recognizer();
    expect(names(r.recognize("关停了星原、宏源、万鑫达等企业。正在推动宏源公司新增产能。"))).toContain("COMPANY:宏源公司");
    // A shorter reading at its start (`卓怡` heading a project) gives way to the name the text established.
    const zhuoyi = r.recognize("引入了联想开天、神州数码、卓怡恒通、量子芯云等12个项目。卓怡恒通国产计算机建设项目当年开工。");
    expect(names(zhuoyi).filter((n) => n.includes("卓怡"))).toEqual(["COMPANY:卓怡恒通", "COMPANY:卓怡恒通"]);
  });

  it("reads an unknown name jieba cuts into single characters, and keeps verbs jieba glues to it out", async () => {
    const r = await recognizer();
    expect(names(r.recognize("集中力量做大做强广西山圩产业园。"))).toEqual(["ZONE:广西山圩产业园"]);
    expect(names(r.recognize("大力支持鲁疆产业园发展，带动他们到鲁疆产业园来投资。"))).toEqual([
      "ZONE:鲁疆产业园",
      "ZONE:鲁疆产业园",
    ]);
  });

  it("reads a registered name that starts with its group's or parent's name as one company", async () => {
    const r = await recognizer();
    expect(names(r.recognize("2021年5月28日，山东能源新汶矿业集团内蒙古恒坤化工有限公司年产260万吨捣固焦项目开工。"))).toEqual([
      "COMPANY:山东能源新汶矿业集团内蒙古恒坤化工有限公司",
    ]);
    expect(names(r.recognize("有效助力企业降本增效。中节能太阳能科技(镇江)有限公司投产。"))).toEqual([
      "COMPANY:中节能太阳能科技(镇江)有限公司",
    ]);
    expect(names(r.recognize("送往山西焦炭集团益达化工股份有限公司。"))).toEqual(["COMPANY:山西焦炭集团益达化工股份有限公司"]);
    expect(names(r.recognize("晋能控股集团装备制造有限公司投产。"))).toEqual(["COMPANY:晋能控股集团装备制造有限公司"]);
  });

  it("reads a name of its own words before 年产 as the company, and a known name with its trade or 股份", async () => {
    const r = await recognizer();
    expect(names(r.recognize("开工企业加快建设。姚锦坊年产50万吨食醋生产线一期项目开工。"))).toEqual(["COMPANY:姚锦坊"]);
    // An adjective jieba knows opens the name as well (`精锐/a 恒丰/nz`).
    expect(names(r.recognize("既有精锐恒丰年产300万只汽车传动皮带轮项目。"))).toEqual(["COMPANY:精锐恒丰"]);
    expect(names(r.recognize("宝钢股份与武钢股份的换股合并计划获批。"))).toEqual(["COMPANY:宝钢股份", "COMPANY:武钢股份"]);
    expect(names(r.recognize("隆基绿能、通威太阳能和正泰新能等巨头。"))).toEqual([
      "COMPANY:隆基绿能",
      "COMPANY:通威太阳能",
      "COMPANY:正泰新能",
    ]);
  });

  it("ends a trade name at 科技, before the product; keeps sectors and a project's verbs out", async () => {
    const r = await recognizer();
    expect(names(r.recognize("今天举行江松科技光伏自动化设备二期项目开工仪式。"))).toEqual(["COMPANY:江松科技"]);
    expect(names(r.recognize("占地3万方米，主要建设5GW的高能光伏组件生产线。"))).toEqual([]);
    expect(names(r.recognize("列入统计的生物医药、电子信息、新材料、重大装备等104家新兴产业企业。"))).toEqual([]);
  });

  it("reads a company's site in a place by the company's name, and its short name with a bare 公司", async () => {
    const r = await recognizer();
    expect(names(r.recognize("吉利晋中基地、安泰控股集团、永泰能源等8户企业上榜。"))).toEqual([
      "COMPANY:吉利",
      "COMPANY:安泰控股集团",
      "COMPANY:永泰能源",
    ]);
    expect(names(r.recognize("签约的浙江恒泰洁能科技有限公司落户上虞。恒泰洁能公司相关负责人说。"))).toEqual([
      "COMPANY:浙江恒泰洁能科技有限公司",
      "COMPANY:恒泰洁能公司",
    ]);
  });

  it("a company's name that is also the name of the zone the text names is the area, not the company", async () => {
    const r = await recognizer();
    const m = names(r.recognize("项目落地东疆综保区。该项目由天津东疆发展有限公司出资。东疆将持续深耕低空经济。"));
    expect(m).toEqual(["ZONE:东疆综保区", "COMPANY:天津东疆发展有限公司"]);
  });

  it("no rule reads a sector or a product as a company; a group word after a known name belongs to it", async () => {
    const r = await recognizer();
    expect(names(r.recognize("重点围绕食品生产、产品研发、冷链物流、文化旅游等产业。"))).toEqual([]);
    expect(names(r.recognize("吸引电控系统、精密配件等配套企业加速集聚。"))).toEqual([]);
    expect(names(r.recognize("天宜锂业将成为宁德时代供应链的主要参与者。"))).toEqual(["COMPANY:天宜锂业", "COMPANY:宁德时代"]);
    expect(names(r.recognize("据了解，山东如意集团计划投资200亿元。"))).toEqual(["COMPANY:山东如意集团"]);
  });

  it("reads parks named by what they do, logistics hubs, and a park of the zone just named", async () => {
    const r = await recognizer();
    expect(names(r.recognize("晋城市投资60亿元的南村绿色铸造产业园已有40多家企业。"))).toEqual(["ZONE:南村绿色铸造产业园"]);
    expect(names(r.recognize("分别是晋南智慧物流港项目。"))).toEqual(["ZONE:晋南智慧物流港"]);
    expect(names(r.recognize("在山西综改示范区唐槐园区专精特新产业园。"))).toEqual([
      "ZONE:山西综改示范区",
      "ZONE:唐槐园区",
      "ZONE:专精特新产业园",
    ]);
    expect(names(r.recognize("长治高新区产业园区建设提速，晋城开发区各园区建设。"))).toEqual([
      "ZONE:长治高新区",
      "ZONE:晋城开发区",
    ]);
  });

  it("reads a park named after its company, and a park inside a park just named", async () => {
    const r = await recognizer();
    expect(names(r.recognize("大地控股科技产业园项目全面启动。"))).toEqual(["ZONE:大地控股科技产业园"]);
    expect(names(r.recognize("记者从山西焦炭集团获悉，山西焦炭集团介休碳材料产业园转型升级项目开工。"))).toEqual([
      "COMPANY:山西焦炭集团",
      "COMPANY:山西焦炭集团",
      "ZONE:介休碳材料产业园",
    ]);
    expect(names(r.recognize("项目选在了阳泉郊区白泉工业园耐火科技园。"))).toEqual([
      "ZONE:阳泉郊区白泉工业园",
      "ZONE:耐火科技园",
    ]);
  });

  it("reads a list of trade names (a place or a trade around a word of their own) as companies, not slogans or people", async () => {
    const r = await recognizer();
    expect(
      names(
        r.recognize("开园仪式上，集中开工项目6个，包括宁德博发、江苏嘉盛、宁德聚能、祥鑫科技、浙江银轮，均为动力电池配套项目。"),
      ),
    ).toEqual(["COMPANY:宁德博发", "COMPANY:江苏嘉盛", "COMPANY:宁德聚能", "COMPANY:祥鑫科技", "COMPANY:浙江银轮"]);
    expect(names(r.recognize("在制造业领域掀起一场深刻变革，降碳、减污、扩绿、增长协同推进。"))).toEqual([]);
    expect(names(r.recognize("该区领导李筱珂、贾星远、徐大鹏、胡恩峰出席。"))).toEqual([]);
    expect(names(r.recognize("历来被称为“河东屏翰、中原咽喉、三晋门户”。"))).toEqual([]);
  });

  it("reads what a park makes with its adjectives (先进制造业, 现代产业, 海上风电), and 工业区 as a park", async () => {
    const r = await recognizer();
    expect(names(r.recognize("签约仪式在内黄县先进制造业开发区举行。"))).toEqual(["ZONE:内黄县先进制造业开发区"]);
    expect(names(r.recognize("阜阳合肥现代产业园区项目建设快速推进。"))).toEqual(["ZONE:阜阳合肥现代产业园区"]);
    expect(names(r.recognize("从榆林经济技术开发区(榆神工业区)管委会获悉。"))).toEqual([
      "ZONE:榆林经济技术开发区",
      "ZONE:榆神工业区",
    ]);
    expect(names(r.recognize("要用好晋中国家农高区科技创新要素。"))).toEqual(["ZONE:晋中国家农高区"]);
  });

  it("takes no trade name that ends inside a word (凯金锂电|池): the name is the word before the product", async () => {
    const r = await recognizer();
    expect(names(r.recognize("推动投资30亿元的凯金锂电池负极材料项目落地。"))).toEqual(["COMPANY:凯金"]);
    expect(names(r.recognize("加快天瑞节能科技建设。"))).toEqual(["COMPANY:天瑞节能科技"]);
  });

  it("reads the registered name around a stock name jieba splits (齐峰新材|料有限公司), and no sector a group is named after", async () => {
    const r = await recognizer();
    expect(names(r.recognize("在广西齐峰新材料有限公司年产3万吨项目现场。"))).toEqual(["COMPANY:广西齐峰新材料有限公司"]);
    expect(names(r.recognize("中国移动2018年普通光缆第一批次集采。江苏通光信息有限公司中标。"))).toEqual([
      "COMPANY:中国移动",
      "COMPANY:江苏通光信息有限公司",
    ]);
    expect(names(r.recognize("该集团稀土开采量最大。中国稀土集团获得指标，稀土产品由国家控制。"))).toEqual([
      "COMPANY:中国稀土集团",
    ]);
    expect(names(r.recognize("零售百强中，他们分别是国大药房、大参林、一心堂和益丰药房。"))).toEqual([
      "COMPANY:国大药房",
      "COMPANY:大参林",
      "COMPANY:一心堂",
      "COMPANY:益丰药房",
    ]);
    expect(names(r.recognize("华鲁恒升和湖北宜化分别以105万吨/年和216万吨/年位列第二梯队。"))).toEqual([
      "COMPANY:华鲁恒升",
      "COMPANY:湖北宜化",
    ]);
  });

  it("starts a list at a lead-in word inside a later item, and reads no mine, railway or coal product as a company", async () => {
    const r = await recognizer();
    expect(names(r.recognize("据介绍，机器人产业港一期、二期累计签约尼玛克、汇天威等各类领军企业近50家。"))).toEqual([
      "COMPANY:尼玛克",
      "COMPANY:汇天威",
    ]);
    expect(names(r.recognize("日前，在灵石县两渡工业园的灵北煤矿选煤厂项目现场，塔吊林立。"))).toEqual(["ZONE:灵石县两渡工业园"]);
    expect(names(r.recognize("18日，宁夏煤基二甲醚、煤基烯烃两个煤化工项目在宁东能源化工基地开工。"))).toEqual([
      "ZONE:宁东能源化工基地",
    ]);
  });

  it("reads 零部件 as a noun, not a numeral, so a known short name inside a registered name does not cut it", async () => {
    const r = await recognizer();
    expect(names(r.recognize("1月9日，太原比亚迪汽车零部件有限公司车间里一片繁忙。"))).toEqual([
      "COMPANY:太原比亚迪汽车零部件有限公司",
    ]);
    expect(names(r.recognize("县里推进建设临港汽车零部件产业园项目。"))).toEqual(["ZONE:临港汽车零部件产业园"]);
    expect(names(r.recognize("长春经开区的马瑞利车灯、法雷奥北方基地如期开复工。"))).toEqual([
      "ZONE:长春经开区",
      "COMPANY:马瑞利",
      "COMPANY:法雷奥",
    ]);
  });

  it("reads a registered name whose own words jieba takes for adverbs (四川|千般/d 就/d|食品有限公司)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("在园区企业四川千般就食品有限公司，月均产量200吨。千般就公司的原料来自大邑。"))).toEqual([
      "COMPANY:四川千般就食品有限公司",
      "COMPANY:千般就公司",
    ]);
  });

  it("leaves time, direction and kind words out of a name's left edge, and reads no class of companies as one", async () => {
    const r = await recognizer();
    expect(names(r.recognize("随后冀中能源集团的优质资产注入。"))).toEqual(["COMPANY:冀中能源集团"]);
    expect(names(r.recognize("11月份徐州龙山制焦有限公司签约。"))).toEqual(["COMPANY:徐州龙山制焦有限公司"]);
    expect(names(r.recognize("央企鞍钢集团与地方合作。"))).toEqual(["COMPANY:鞍钢集团"]);
    expect(names(r.recognize("中央7大电力企业中国华能集团等参加。"))).toEqual(["COMPANY:中国华能集团"]);
    expect(names(r.recognize("五大风电集团均已布局。"))).toEqual([]);
    expect(names(r.recognize("欣旺达集团旗下子公司签约3个项目。"))).toEqual(["COMPANY:欣旺达集团"]);
  });

  it("closes a list with an industry's word for its companies (等6家重点煤企), and 阳煤 is a company, not a place", async () => {
    const r = await recognizer();
    expect(names(r.recognize("华能、华电、国电等7家电力巨头与山西焦煤、同煤、阳煤等6家重点煤企签订了协议。"))).toEqual([
      "COMPANY:华能",
      "COMPANY:华电",
      "COMPANY:国电",
      "COMPANY:山西焦煤",
      "COMPANY:同煤",
      "COMPANY:阳煤",
    ]);
    // jieba reads `是阳/x 煤/n` before 集团: the verb is no part of the name.
    expect(names(r.recognize("此举是阳煤集团构建国际贸易物流产业的重要举措。"))).toEqual(["COMPANY:阳煤集团"]);
  });

  it("starts a zone inside a bracket it never closes (南昌县(小蓝经开区)), and reads no clause as a park's name", async () => {
    const r = await recognizer();
    expect(names(r.recognize("4月27日上午，江西省南昌县(小蓝经开区)举行重大项目集中开工。"))).toEqual(["ZONE:小蓝经开区"]);
    expect(names(r.recognize("开发区进一步完善了抓好台湾工业园等六大园区建设。"))).toEqual([]);
    expect(names(r.recognize("阳城经济技术开发区电子信息产业园开工。"))).toEqual([
      "ZONE:阳城经济技术开发区",
      "ZONE:电子信息产业园",
    ]);
  });

  it("leaves a county's full name out of the project owner's name it locates (西平县|永浩…生产基地项目)", async () => {
    const r = await recognizer();
    expect(
      names(
        r.recognize("遂平县河南惠强新材智能锂电池隔膜建设项目，总投资16亿元。西平县永浩休闲户外用品生产基地项目，总投资20亿元。"),
      ),
    ).toEqual(["COMPANY:河南惠强新材", "COMPANY:永浩"]);
    // A short place is part of the name it opens (`杭州锦江`), even when it is also a place's name.
    expect(names(r.recognize("对接洽谈，杭州锦江高精铝材项目可研已编制完成。"))).not.toContain("COMPANY:杭州锦江高精");
  });

  it("finds the unknown name that opens a project's phrase, and not a policy word or a place in that seat", async () => {
    const r = await recognizer();
    expect(names(r.recognize("开工的项目包括：湖北中创医疗项目、武汉绿友绿色生产装置研发制造基地项目。"))).toEqual([
      "COMPANY:湖北中创医疗",
      "COMPANY:武汉绿友",
    ]);
    // A policy word jieba does not know either; a place the text calls 乡; an industry's base named after a place.
    expect(names(r.recognize("全力推进强链项目、民资项目。"))).toEqual([]);
    expect(names(r.recognize("在陶寺乡启动两个项目。陶寺遗址博物馆项目计划总投资2.7亿元。"))).toEqual([]);
    expect(names(r.recognize("苏州盛泽新材料产业基地项目负责人介绍。"))).toEqual([]);
  });

  it("takes a product and its project after a name that needs evidence as evidence (中冶锂电池正极材料项目)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("位于张庄工业园的中冶锂电池正极材料项目施工现场一片繁忙。"))).toEqual([
      "ZONE:张庄工业园",
      "COMPANY:中冶",
    ]);
  });

  it("reads no name across a place (大同市共签约), a product (钠离子电池) or a building (中凯大厦)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("2023年，大同市共签约招商引资项目368个。"))).toEqual([]);
    expect(names(r.recognize("主要生产产品为圆柱形磷酸铁锂电池和钠离子电池。"))).toEqual([]);
    expect(names(r.recognize("包括中凯大厦、侨商大厦、中樾商务中心、科融大厦、凤之瞳大厦等。"))).toEqual([]);
    expect(names(r.recognize("涵盖装备制造、现代服务、总部经济、智慧物流等领域。"))).toEqual([]);
    expect(names(r.recognize("原先是一处老旧工业区，项目总投资约20亿元。"))).toEqual([]);
  });

  it("ends no name before a capacity in a verb of building or a year's intake (兰州投建, 年消化)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("同时新设储能电池项目，规划建设年产12GWh电芯。"))).toEqual([]);
    expect(names(r.recognize("公司拟在兰州投建年产10万吨负极材料项目。"))).toEqual([]);
    expect(names(r.recognize("朔州市年消化工业固废物3400万吨。"))).toEqual([]);
    expect(names(r.recognize("例如，通威和晶科能源共同投资4.5万吨高纯晶硅项目。"))).toEqual(["COMPANY:通威", "COMPANY:晶科能源"]);
  });

  it("reads a list closed by 等 and a leading company's words, and one led by 旗下有", async () => {
    const r = await recognizer();
    expect(names(r.recognize("建成后可以发挥龙芯、麒麟、百信等现有的信创龙头企业引领作用。"))).toEqual([
      "COMPANY:龙芯",
      "COMPANY:麒麟",
      "COMPANY:百信",
    ]);
    expect(names(r.recognize("集团旗下有大智机械制造、中环铸业、汉和机械制造、诺卡机械制造等4家子公司。"))).toEqual([
      "COMPANY:大智机械制造",
      "COMPANY:中环铸业",
      "COMPANY:汉和机械制造",
      "COMPANY:诺卡机械制造",
    ]);
    expect(names(r.recognize("总投资13.12亿元的中铁建装备制造基地建成投产。"))).toEqual(["COMPANY:中铁建"]);
  });

  it("ends no name at a bare 公司 that starts a new line (a headline, then 公司拟…), but joins a name a PDF line broke", async () => {
    const r = await recognizer();
    expect(names(r.recognize("中科电气：深化与比亚迪合作\n公司拟在兰州新区投资建设负极材料项目。"))).toEqual([
      "COMPANY:中科电气",
      "COMPANY:比亚迪",
    ]);
    expect(names(r.recognize("山西鑫磊新材料科技\n公司发布公告。"))).toEqual(["COMPANY:山西鑫磊新材料科技\n公司"]);
  });

  it("takes a stock code after a name as evidence, and knows foreign companies the industry news names (德州仪器)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("山东钢铁(600022)周四盘后发布半年报。"))).toEqual(["COMPANY:山东钢铁"]);
    expect(names(r.recognize("据悉，山东钢铁（股票代码：600022）公告称。"))).toEqual(["COMPANY:山东钢铁"]);
    // 应用材料 needs context (it is also "applied materials"); listed with 泛林半导体 it is the company.
    expect(names(r.recognize("德州仪器300毫米晶圆厂投产，应用材料、泛林半导体等巨头垄断。"))).toEqual([
      "COMPANY:德州仪器",
      "COMPANY:应用材料",
      "COMPANY:泛林半导体",
    ]);
    expect(names(r.recognize("新型应用材料研发取得突破。"))).toEqual([]);
  });

  it("reads no company in a person's name (董事长何小鹏), a place (阿荣旗, 巨鹿县) or the zone a short name names (临空经济区)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("小鹏汽车董事长何小鹏一句话引发关注。"))).toEqual(["COMPANY:小鹏汽车"]);
    expect(names(r.recognize("中煤集团董事长、党委书记李延江，中煤集团总经理彭毅出席。"))).toEqual([
      "COMPANY:中煤集团",
      "COMPANY:中煤集团",
    ]);
    expect(names(r.recognize("阿荣旗经济社会重大项目签约仪式在海拉尔举行。"))).toEqual([]);
    expect(names(r.recognize("巨鹿县召开推介会。企业负责人畅谈与巨鹿合作的成果。"))).toEqual([]);
    expect(names(r.recognize("河北临空集团董事长宣布开工。加速构建临空经济区特色产业链。"))).toEqual(["COMPANY:河北临空集团"]);
    expect(names(r.recognize("对青海省海西州格尔木市60万吨烯烃项目给予支持。"))).toEqual([]);
  });

  it("reads no business lines, products or a sector-named listed company as companies of a list", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("中煤集团是国内唯一具有煤矿设计、煤矿建设、煤矿装备制造、煤化工、煤炭及化工产品贸易等全产业链的企业。")),
    ).toEqual(["COMPANY:中煤集团"]);
    expect(names(r.recognize("宁德时代将为理想汽车提供覆盖三元锂、磷酸铁锂及钠离子电池等多技术路线的产品。"))).toEqual([
      "COMPANY:宁德时代",
      "COMPANY:理想汽车",
    ]);
    expect(names(r.recognize("力争建成中国西部最大氯碱化工全产业链基地。"))).toEqual([]);
    expect(names(r.recognize("全球DRAM市场几乎被三星、SK海力士、美光这三家企业垄断。"))).toEqual([
      "COMPANY:三星",
      "COMPANY:SK海力士",
      "COMPANY:美光",
    ]);
  });

  it("reads a registered name jieba cuts into common words (北京同济达药业), and a place before a derived short name", async () => {
    const r = await recognizer();
    expect(names(r.recognize("其中，北京同济达药业有限公司沧州分公司原料药项目开工。"))).toEqual([
      "COMPANY:北京同济达药业有限公司沧州分公司",
    ]);
    expect(names(r.recognize("南郊区与利创新能源科技有限公司签约。"))).toEqual(["COMPANY:利创新能源科技有限公司"]);
    const m = names(r.recognize("福建时代新能源科技有限公司成立。该产业园是福鼎时代锂离子电池生产基地。"));
    expect(m).toContain("COMPANY:福鼎时代");
  });

  it("reads a parent's name, a place and a trade as a plant of its own, named alone later too", async () => {
    const r = await recognizer();
    const m = r.recognize("宝钢股份湛江钢铁三高炉系统项目建设正式启动。拉开了湛江钢铁推动高质量发展的序幕。");
    expect(names(m)).toEqual(["COMPANY:宝钢股份湛江钢铁", "COMPANY:湛江钢铁"]);
    expect(m[0].entityId).not.toBe("co:宝山钢铁股份有限公司");
    expect(names(r.recognize("陕煤榆林化学180万吨/年乙二醇项目开工。"))).toEqual(["COMPANY:陕煤榆林化学"]);
  });

  it("knows a national zone by its own name without the city (稀土高新区 is 包头稀土高新技术产业开发区)", async () => {
    const r = await recognizer();
    const m = r.recognize("稀土高新区与内蒙古签约。契合稀土高新区发展实际。");
    expect(names(m)).toEqual(["ZONE:稀土高新区", "ZONE:稀土高新区"]);
    expect(m[0].entityId).toBe("cn:包头稀土高新技术产业开发区");
  });

  it("trims a zone reading with a clause in front to the zone the text names cleanly elsewhere", async () => {
    const r = await recognizer();
    expect(names(r.recognize("带领我们的会员企业宣传鲁疆产业园，带动他们到鲁疆产业园来投资。"))).toEqual([
      "ZONE:鲁疆产业园",
      "ZONE:鲁疆产业园",
    ]);
  });

  it("keeps a known company's bracketed place and links places of every county in China", async () => {
    const r = await recognizer();
    expect(names(r.recognize("富士康(太原)工业总产值增长。"))).toEqual(["COMPANY:富士康(太原)"]);
    expect(names(r.recognize("黄骅市蓝狐改装汽车制造有限公司投产。"))).toEqual(["COMPANY:黄骅市蓝狐改装汽车制造有限公司"]);
  });
});

describe("names jieba cuts apart, and the words around names", () => {
  it("reads a name that opens with a number (三和, 多弗) or is a word jieba reads as a verb (如意) after a place", async () => {
    const r = await recognizer();
    expect(names(r.recognize("该项目由山西三和电子科技有限公司承建。"))).toEqual(["COMPANY:山西三和电子科技有限公司"]);
    expect(names(r.recognize("多弗集团董事长一行来访。"))).toEqual(["COMPANY:多弗集团"]);
    expect(names(r.recognize("浙江如意控股集团在园区投资。"))).toEqual(["COMPANY:浙江如意控股集团"]);
    // A count of companies is no name.
    expect(names(r.recognize("三家公司签约，引进了多家企业。"))).toEqual([]);
  });

  it("ends the words before a name at a party's role (建设方, 出品方), however jieba reads across it", async () => {
    const r = await recognizer();
    expect(names(r.recognize("据了解，建设方晋城华港科技有限公司已进场。"))).toEqual(["COMPANY:晋城华港科技有限公司"]);
    expect(names(r.recognize("文创产品出品方山西中怀陶瓷有限公司负责人表示。"))).toEqual(["COMPANY:山西中怀陶瓷有限公司"]);
  });

  it("reads no known short name across a word (全国新能源, 中国新能源, 碳三一期) or after a function word (正因)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("全国新能源汽车领域的专家在交流。"))).toEqual([]);
    expect(names(r.recognize("依托中国新能源汽车市场领军企业比亚迪。"))).toEqual(["COMPANY:比亚迪"]);
    expect(names(r.recognize("这标志着碳三一期项目已进入投产期。"))).toEqual([]);
    expect(names(r.recognize("这座城市，正因新能源汽车发生着改变。"))).toEqual([]);
    // The short name itself is still read where it stands as a word.
    expect(names(r.recognize("国新能源与园区签约。"))).toEqual(["COMPANY:国新能源"]);
  });

  it("takes a short name that is also a word as the company before its own site or a merger (京东农场, 南车与北车合并)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("调研组先后深入科创基地、京东农场、巨鑫示范园区。"))).toEqual(["COMPANY:京东", "ZONE:巨鑫示范园区"]);
    expect(names(r.recognize("这是继南车与北车合并之后最大规模的重组。"))).toEqual(["COMPANY:南车", "COMPANY:北车"]);
    // A site word after a word inside a longer phrase is no evidence (`农高区科创基地`).
    expect(names(r.recognize("晋中国家农高区科创基地建成。"))).toEqual(["ZONE:晋中国家农高区"]);
  });

  it("runs no name over 年产 to a capacity (`…总规模为年产钢材500万吨`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("项目建成后，晋南钢铁总规模为年产钢材500万吨。"))).toEqual(["COMPANY:晋南钢铁"]);
    expect(names(r.recognize("古县腾达年产15万吨煤焦油项目投产。"))).toEqual(["COMPANY:古县腾达"]);
    // After a verb of making, the phrase before the capacity is the product.
    expect(names(r.recognize("目前公司已生产快充长寿命炭负极材料200吨，产值600万元。"))).toEqual([]);
  });
});

describe("people's posts, products and lists that name companies (dev-f)", () => {
  it("runs no name over a person's post, nor takes a person with a post in a list for a company", async () => {
    const r = await recognizer();
    expect(names(r.recognize("华风集团副总裁兼风电产业集团副总经理李明介绍了华风集团的布局。"))).toEqual([
      "COMPANY:华风集团",
      "COMPANY:华风集团",
    ]);
    expect(
      names(
        r.recognize(
          "调研组山西省化学工业协会副会长、秘书长王宝琪、山西省化学会秘书长李勇、潞安化工集团化工事业部副总经理、山西潞安化工有限公司总经理王强参加。",
        ),
      ),
    ).toEqual(["COMPANY:潞安化工集团", "COMPANY:山西潞安化工有限公司"]);
    expect(names(r.recognize("从山西建投一建集团传来消息，由该集团承建的厂房开工。"))).toEqual(["COMPANY:山西建投一建集团"]);
  });

  it("keeps a place's product apart from the group named after it (平遥牛肉, 杏花村汾酒专业镇)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("平遥牛肉集团投资建厂。全县100余家平遥牛肉加工企业入园，牛肉标准化厂房开工。"))).toEqual([
      "COMPANY:平遥牛肉集团",
    ]);
    expect(names(r.recognize("汾酒集团作为杏花村汾酒专业镇的龙头企业，壮大杏花村汾酒特色专业镇。"))).toEqual([
      "COMPANY:汾酒集团",
    ]);
    expect(names(r.recognize("更是杏花村汾酒厂股份有限公司扩大生产的重大项目。"))).toEqual(["COMPANY:杏花村汾酒厂股份有限公司"]);
  });

  it("reads a list that stands for a kind of project (`为代表的`), and projects named after trade names", async () => {
    const r = await recognizer();
    expect(names(r.recognize("以晋南钢铁、山西闽光、山西华翔为代表的一批重大产业项目相继落地。"))).toEqual([
      "COMPANY:晋南钢铁",
      "COMPANY:山西闽光",
      "COMPANY:山西华翔",
    ]);
    expect(names(r.recognize("应县引资6亿元，集中建设了优尊、天顺、富彩、通盛等4个高档陶瓷项目。"))).toEqual([
      "COMPANY:优尊",
      "COMPANY:天顺",
      "COMPANY:富彩",
      "COMPANY:通盛",
    ]);
    expect(names(r.recognize("推进光伏、储能、氢能等一批新能源项目。"))).toEqual([]);
    // Uncounted too (`等标志性项目`, `等项目`), and a name up to six characters when it ends in a trade.
    expect(names(r.recognize("电机方面，卧龙集团、中加特电气、北方嘉轩、韩国磁化电子等标志性项目已开工建设。"))).toEqual([
      "COMPANY:卧龙集团",
      "COMPANY:中加特电气",
      "COMPANY:北方嘉轩",
      "COMPANY:韩国磁化电子",
    ]);
    expect(names(r.recognize("华宏科技、招宝磁业、鑫霖磁业等标志性项目都已开工。"))).toEqual([
      "COMPANY:华宏科技",
      "COMPANY:招宝磁业",
      "COMPANY:鑫霖磁业",
    ]);
    // What projects make is no company, though the list is of projects: every item must be a trade name.
    expect(names(r.recognize("加快粗旦氨纶、新型胶粘剂、高端铝材等项目建设。"))).toEqual([]);
  });
});

describe("companies named beside other companies (dev-f)", () => {
  it("ends a name at what a company is to another (孙公司, 供应商, 龙头企业), and reads a numeral trade name (三美)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("公司下属孙公司欧昊新能源电力(甘肃)有限责任公司签订合同。"))).toEqual([
      "COMPANY:欧昊新能源电力(甘肃)有限责任公司",
    ]);
    expect(names(r.recognize("小鹏汽车一级供应商江苏博俊工业科技股份有限公司投资建设。"))).toEqual([
      "COMPANY:小鹏汽车",
      "COMPANY:江苏博俊工业科技股份有限公司",
    ]);
    expect(names(r.recognize("基地的龙头企业宝钛集团荣膺称号。"))).toEqual(["COMPANY:宝钛集团"]);
    expect(names(r.recognize("父子二人通过武义三美投资有限公司间接持股。"))).toEqual(["COMPANY:武义三美投资有限公司"]);
  });

  it("reads a plain word as a company before a bare 公司 where the text says whose it is (集团旗下邯钢公司)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("河北钢铁集团旗下邯钢公司的卷板下线。"))).toEqual(["COMPANY:河北钢铁集团", "COMPANY:邯钢公司"]);
    expect(names(r.recognize("钢铁公司的卷板下线。"))).toEqual([]);
  });

  it("takes no institute for its group's plant, and no known name inside a longer word (中国动力电池)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("潞安集团与中国煤炭科工集团上海研究院洽谈合作。上海研究院表示欢迎。"))).toEqual([
      "COMPANY:潞安集团",
      "COMPANY:中国煤炭科工集团",
    ]);
    expect(names(r.recognize("2021年中国动力电池企业装车量前十名发布。"))).toEqual([]);
  });

  it("leaves the trade words before 项目 to the project a known company heads (上汽大众|新能源项目)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("记者看到，上汽大众新能源项目正在紧锣密鼓推进。"))).toEqual(["COMPANY:上汽大众"]);
  });

  it("reads a group's short name and a word of the subsidiary's own as the subsidiary (徐工建机), not a product", async () => {
    const r = await recognizer();
    expect(names(r.recognize("徐工建机·江苏中尊订单首批交付。"))).toEqual(["COMPANY:徐工建机"]);
    expect(names(r.recognize("华为鸿蒙系统发布。"))).toEqual(["COMPANY:华为"]);
  });

  it("reads a name in Latin letters after what the text calls it (锂矿商Pilbara Minerals, 调研机构Canalys), each time", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("天宜锂业与澳洲锂矿商Pilbara Minerals签署供应协议。目前中国是Pilbara Minerals最大的市场。")),
    ).toEqual(["COMPANY:天宜锂业", "COMPANY:Pilbara Minerals", "COMPANY:Pilbara Minerals"]);
    expect(names(r.recognize("市场调研机构Canalys公布的数据显示，出货量下降。"))).toEqual(["COMPANY:Canalys"]);
    expect(names(r.recognize("手机品牌厂商小米、OPPO、vivo仍占据前五。"))).toEqual([
      "COMPANY:小米",
      "COMPANY:OPPO",
      "COMPANY:vivo",
    ]);
    expect(names(r.recognize("公司CEO表示，研究机构IPO排队。"))).toEqual([]);
  });

  it("reads 和 after a place as part of a name (山西和尘光电), a supplier's list without its verb, a county's company without the chain", async () => {
    const r = await recognizer();
    expect(names(r.recognize("园区内企业山西和尘光电有限公司生产车间里。"))).toEqual(["COMPANY:山西和尘光电有限公司"]);
    expect(names(r.recognize("太原和晋中的企业签约。"))).toEqual([]);
    expect(names(r.recognize("如今，这类高性能磁钢已批量供应雅迪、爱玛等企业。"))).toEqual(["COMPANY:雅迪", "COMPANY:爱玛"]);
    expect(names(r.recognize("日前，河南省安阳市内黄县安阳天浩生物科技有限公司投产。"))).toEqual([
      "COMPANY:安阳天浩生物科技有限公司",
    ]);
  });

  it("reads a group's short form wherever the text that named the group uses it (潞安集团 … 潞安)", async () => {
    const r = await recognizer();
    const found = r.recognize("潞安集团召开会议。潞安作为国有大型企业，综合实力雄厚。");
    expect(names(found)).toEqual(["COMPANY:潞安集团", "COMPANY:潞安"]);
    expect(found[0].entityId).toBe(found[1].entityId);
  });
});

describe("parks named by their place and trade (dev-f)", () => {
  it("reads a county's park of several trades (节能环保, 钢铁新材料) and keeps a city before a town's zone", async () => {
    const r = await recognizer();
    expect(names(r.recognize("活动在宁武县新能源节能环保产业园隆重举行。"))).toEqual(["ZONE:宁武县新能源节能环保产业园"]);
    expect(names(r.recognize("并介绍了翼城县钢铁新材料工业园区的情况。"))).toEqual(["ZONE:翼城县钢铁新材料工业园区"]);
    // 杏花村 is a town of 汾阳, not a county: the city is part of how the zone is named.
    expect(names(r.recognize("启动仪式在汾阳市杏花村经济技术开发区举行。"))).toEqual(["ZONE:汾阳市杏花村经济技术开发区"]);
  });

  it("knows the state-level new areas as places (贵安新区, not 安新县), and keeps one before a dot apart", async () => {
    const r = await recognizer();
    expect(names(r.recognize("威迈尔是首家落地贵安新区机器人产业园的项目。"))).toEqual(["ZONE:贵安新区机器人产业园"]);
    expect(names(r.recognize("7月20日，赣江新区·南昌经开区举办项目集中签约仪式。"))).toEqual(["ZONE:南昌经开区"]);
  });
});

describe("a city before a zone", () => {
  it("only locates the zone when the county after it is that city's; a namesake county elsewhere is the zone's own name", async () => {
    const r = await recognizer();
    // 潞城 is Changzhi's: the city says where.
    expect(names(r.recognize("项目位于长治市潞城经济技术开发区。"))).toEqual(["ZONE:潞城经济技术开发区"]);
    // 龙安区 is Anyang's, 东湖区 Nanchang's: here they are the parks' own names, and the city belongs to them.
    expect(names(r.recognize("项目位于宁德市龙安化工园区。"))).toEqual(["ZONE:宁德市龙安化工园区"]);
    expect(names(r.recognize("综保区位于武汉市东湖高新区内。"))).toEqual(["ZONE:武汉市东湖高新区"]);
  });
});

describe("zone kinds beyond the common heads", () => {
  it("takes a park of an industry with no place or name of its own as a class, not a zone", async () => {
    const r = await recognizer();
    expect(names(r.recognize("开工建设大宗固废综合利用产业园项目。"))).toEqual([]);
    expect(names(r.recognize("围绕建设国家级甲醇经济示范区。"))).toEqual([]);
    expect(names(r.recognize("阳城固废综合利用产业园开工。"))).toEqual(["ZONE:阳城固废综合利用产业园"]);
  });

  it("reads a zone again where the text drops its place (`空港经开区`), but not a bare kind of zone", async () => {
    const r = await recognizer();
    const found = r.recognize("无锡市新吴区空港经开区举行开工仪式。区长表示，空港经开区作为唯一的省级开发区。");
    expect(names(found)).toEqual(["ZONE:无锡市新吴区空港经开区", "ZONE:空港经开区"]);
    expect(found[0].entityId).toBe(found[1].entityId);
    expect(names(r.recognize("山西转型综改示范区管委会表示，转型综改示范区将扩区。"))).toEqual(["ZONE:山西转型综改示范区"]);
  });

  it("joins a name's parts over any dash or dot pages use (―, ⋅)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("做大做强崇左市广西中国―东盟青年产业园和广西山圩产业园。"))).toEqual([
      "ZONE:崇左市广西中国―东盟青年产业园",
      "ZONE:广西山圩产业园",
    ]);
    expect(names(r.recognize("在北京⋅沧州渤海新区生物医药产业园，共有12个项目开工。"))).toEqual([
      "ZONE:北京⋅沧州渤海新区生物医药产业园",
    ]);
  });

  it("leaves `以原` (with the former) out of a park's name, and keeps 原平's 原", async () => {
    const r = await recognizer();
    expect(names(r.recognize("怀仁经济技术开发区以原金沙滩陶瓷工业园为承载区。"))).toEqual([
      "ZONE:怀仁经济技术开发区",
      "ZONE:金沙滩陶瓷工业园",
    ]);
    expect(names(r.recognize("原平经济技术开发区位于城北。"))).toEqual(["ZONE:原平经济技术开发区"]);
  });

  it("reads economic-cooperation and airport economic zones (经合区, 临空经济区), not a region's 经济区", async () => {
    const r = await recognizer();
    expect(names(r.recognize("项目分别签约进入新滩经合区、洪湖经济开发区。"))).toEqual([
      "ZONE:新滩经合区",
      "ZONE:洪湖经济开发区",
    ]);
    expect(names(r.recognize("南昌临空经济区3个项目开工。"))).toEqual(["ZONE:南昌临空经济区"]);
    expect(names(r.recognize("加快中原经济区建设。"))).toEqual([]);
  });
});

describe("lists of companies", () => {
  it("finds a list's count after words that could pass for a name (`及天岳机械三家企业`), but not a vague count alone", async () => {
    const r = await recognizer();
    expect(names(r.recognize("本次名单中，晋阳集团有东方重工、东方重工装备分公司及大陆机械三家企业入选。"))).toEqual([
      "COMPANY:晋阳集团",
      "COMPANY:东方重工",
      "COMPANY:东方重工装备分公司",
      "COMPANY:大陆机械",
    ]);
    expect(names(r.recognize("随着联合重组、受托管理业内多家重要企业，集团规模扩大。"))).toEqual([]);
  });

  it("reads two names joined by 和 before a count of companies (济源钢铁和中原特钢两家龙头企业)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("济源钢铁和中原特钢两家龙头企业年产车用钢材600万吨。"))).toEqual([
      "COMPANY:济源钢铁",
      "COMPANY:中原特钢",
    ]);
    expect(names(r.recognize("省委和省政府支持民营企业发展。"))).toEqual([]);
  });

  it("reads two leaders of a chain at once (`，中航兰田和保罗汽车为“链核”`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("形成了以吉利汽车为“链主”，中航兰田和保罗汽车为“链核”的产业链。"))).toEqual([
      "COMPANY:吉利汽车",
      "COMPANY:中航兰田",
      "COMPANY:保罗汽车",
    ]);
    expect(names(r.recognize("形成了以钢铁和焦化为龙头的产业格局。"))).toEqual([]);
  });

  it("ends a list of names where figures start (`…新安分公司也分别排名第5、11、20位`)", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("名单中，晋能重装下属晋南装备、长治煤机、塔山公司、阳城煤机、新安分公司也分别排名第5、11、20位。")),
    ).toEqual(["COMPANY:晋南装备", "COMPANY:长治煤机", "COMPANY:塔山公司", "COMPANY:阳城煤机", "COMPANY:新安分公司"]);
  });

  it("reads a list the next clause calls companies (`，均为…配套企业`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("集中签约项目4个，包括常州恒德、苏州斯科、福建星云、无锡长城，均为动力电池配套企业。"))).toEqual([
      "COMPANY:常州恒德",
      "COMPANY:苏州斯科",
      "COMPANY:福建星云",
      "COMPANY:无锡长城",
    ]);
  });

  it("takes a list's first item without the words that lead into it (已集聚包括)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("该园区已集聚包括和尘电子、航宇电子、祺虹光电等企业。"))).toEqual([
      "COMPANY:和尘电子",
      "COMPANY:航宇电子",
      "COMPANY:祺虹光电",
    ]);
  });

  it("keeps a bracketed place inside an item, and reads `等为…下属企业` as closing a list of companies", async () => {
    const r = await recognizer();
    expect(names(r.recognize("名单中，宏源铸造、中环领先(徐州)半导体、飞虹化工等为华阳集团下属企业。"))).toEqual([
      "COMPANY:宏源铸造",
      "COMPANY:中环领先(徐州)半导体",
      "COMPANY:飞虹化工",
      "COMPANY:华阳集团",
    ]);
  });

  it("counts an item that starts with a known company as one, when the clause goes on after it", async () => {
    const r = await recognizer();
    expect(names(r.recognize("鲁中装备、晋城煤机、塔山公司、长治煤机、新汶分公司也分别入选。"))).toEqual([
      "COMPANY:鲁中装备",
      "COMPANY:晋城煤机",
      "COMPANY:塔山公司",
      "COMPANY:长治煤机",
      "COMPANY:新汶分公司",
    ]);
  });
});

describe("names in Latin letters, and known names listed together", () => {
  it("finds well-known companies by their Latin names, never inside a longer Latin word", async () => {
    const r = await recognizer();
    expect(names(r.recognize("英伟达（NVIDIA）与Intel、AMD竞争，Canalys数据显示出货量增长。"))).toEqual([
      "COMPANY:英伟达",
      "COMPANY:NVIDIA",
      "COMPANY:Intel",
      "COMPANY:AMD",
      "COMPANY:Canalys",
    ]);
    expect(names(r.recognize("该公司推出ABBC系列和SMICX芯片。"))).toEqual([]);
    expect(names(r.recognize("TCL在全球设有42个研发中心，据Omdia数据显示出货量增长。"))).toEqual([
      "COMPANY:TCL",
      "COMPANY:Omdia",
    ]);
  });

  it("reads names that need context as companies when they are listed with companies", async () => {
    const r = await recognizer();
    expect(names(r.recognize("今年苹果、三星、小米位列前三。"))).toEqual(["COMPANY:苹果", "COMPANY:三星", "COMPANY:小米"]);
    expect(names(r.recognize("华为、小米出货量增长。"))).toEqual(["COMPANY:华为", "COMPANY:小米"]);
    expect(names(r.recognize("工行、建行、农行、中行等单位参加签约仪式。"))).toEqual([
      "COMPANY:工行",
      "COMPANY:建行",
      "COMPANY:农行",
      "COMPANY:中行",
    ]);
    // Two words that are also companies' names say nothing of each other; fruit is no company.
    expect(names(r.recognize("吃苹果、梨和桃子。"))).toEqual([]);
  });

  it("keeps a company before a university or association it works with (`华为与清华大学合作`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("华为与清华大学合作。"))).toEqual(["COMPANY:华为"]);
    expect(names(r.recognize("中国医药商业协会发布了榜单。"))).toEqual([]);
  });
});

describe("review of unannotated news, stop 24", () => {
  it("reads no policy word, demonstrative or verb of building as a project's company", async () => {
    const r = await recognizer();
    expect(names(r.recognize("石家庄等餐厨项目后，中标处理规模最大的餐厨垃圾处理项目。"))).toEqual([]);
    expect(names(r.recognize("经济区，临空国际会展中心项目现场一派繁忙。"))).toEqual([]);
    expect(names(r.recognize("华芯中心等3个航空科创项目实现主体结构封顶。"))).toEqual([]);
    // 领胜 is a maker of precision electronics: dev-n2's annotators mark it in this very sentence (changed at stop 32).
    expect(names(r.recognize("据介绍，这批重点项目包括领胜精密电子生产项目。"))).toEqual(["COMPANY:领胜"]);
    expect(names(r.recognize("该公司斥资20亿元在莆田涵江动建年产300万吨的新厂。"))).toEqual([]);
  });

  it("knows the western provinces' county parks (`工业集中区`, `工业集中发展区`) and innovation parks (`…创新园`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("皋兰县工业集中区新入驻企业。"))).toEqual(["ZONE:皋兰县工业集中区"]);
    expect(names(r.recognize("其前身是旌阳区工业集中发展区。"))).toEqual(["ZONE:旌阳区工业集中发展区"]);
    expect(names(r.recognize("朔州新型产业科技创新园开园。"))).toEqual(["ZONE:朔州新型产业科技创新园"]);
    expect(names(r.recognize("全市工业集中区加快科创园建设。"))).toEqual([]);
  });

  it("reads no company in a day's output (日产), a dateline (新华网…日电), an area built or a list inside an item", async () => {
    const r = await recognizer();
    expect(names(r.recognize("二期项目投资7亿元，建设日产500万套电池精密结构件项目。"))).toEqual([]);
    expect(names(r.recognize("日产汽车在华工厂投产。"))).toEqual(["COMPANY:日产汽车"]);
    expect(names(r.recognize("新华网福州7月24日电（记者来建强）截至今年。"))).toEqual([]);
    expect(names(r.recognize("天宁区聚焦企业上楼，新建高标准厂房200万平方米。"))).toEqual([]);
    expect(names(r.recognize("成为江北重要的团餐供应基地。"))).toEqual([]);
    expect(names(r.recognize("中国电建集团核电工程公司等世界500强企业、申通快递等A股上市企业及荷兰华通等外资企业。"))).toEqual([
      "COMPANY:中国电建集团核电工程公司",
      "COMPANY:申通快递",
      "COMPANY:荷兰华通",
    ]);
  });

  it("finds a company's short name after its full name ends in a product (`…汽车零部件有限公司` … `普锐明`)", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("宁波普锐明汽车零部件有限公司销售额增长了30%。从2014年开始，普锐明陆续投入2亿多元建设数字工厂。")),
    ).toEqual(["COMPANY:宁波普锐明汽车零部件有限公司", "COMPANY:普锐明"]);
  });

  it("finds a company's short name after its full name ends in 产业 or 企业 (`百世兴食品产业有限公司` … `百世兴`)", async () => {
    const r = await recognizer();
    // Not the known 百世 (百世集团) inside 百世兴: the text names a company of its own by it.
    const m = r.recognize(
      "漳州兴威食品、四川岚洋……今年又有项目落地。四川岚洋企业管理有限公司投资5亿元。四川省百世兴食品产业有限公司新建“百世兴花生类休闲食品研发生产基地项目”。",
    );
    expect(names(m)).toEqual([
      "COMPANY:漳州兴威食品",
      "COMPANY:四川岚洋",
      "COMPANY:四川岚洋企业管理有限公司",
      "COMPANY:四川省百世兴食品产业有限公司",
      "COMPANY:百世兴",
    ]);
    expect(m[4].canonical).toBe("四川省百世兴食品产业有限公司");
  });

  it("keeps words around a name out of it (an enumeration, a place's 和 and 也, a deal's verb, a station's area)", async () => {
    const r = await recognizer();
    const read = (t: string) => names(r.recognize(t));
    expect(read("整合矿投产将贡献更多产量,一是百盛煤业产能90万吨。")).toEqual(["COMPANY:百盛煤业"]);
    expect(read("6月22日,山西运城市和建龙集团签署了项目合作协议。")).toEqual(["COMPANY:建龙集团"]);
    // 合作 is a city's name too (合作市).
    expect(read("此番合作也是国动控股有限公司项目合作首次在陕西落地。")).toEqual(["COMPANY:国动控股有限公司"]);
    expect(read("福田汽车与中国石油合作建设的首座加氢站建成。据悉,福田加氢站占地面积约1700平方米。")).toEqual([
      "COMPANY:福田汽车",
      "COMPANY:中国石油",
    ]);
    expect(read("山西和尘光电科技有限公司")).toEqual(["COMPANY:山西和尘光电科技有限公司"]);
  });

  it("reads a list item's company without how it is owned (`中法合资厚普股份公司`)", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("会上,美国查特(常州)有限公司、中法合资厚普股份公司、中设集团、申能集团等7家企业代表依次发言。")),
    ).toEqual(["COMPANY:美国查特(常州)有限公司", "COMPANY:厚普股份公司", "COMPANY:中设集团", "COMPANY:申能集团"]);
  });

  it("takes an organization's abbreviation in a list of companies as one (中集), but no project as a company", async () => {
    const r = await recognizer();
    expect(names(r.recognize("聚集了中远、中集、中外运、中石油、中化等23个央企项目。"))).toEqual([
      "COMPANY:中远",
      "COMPANY:中集",
      "COMPANY:中外运",
      "COMPANY:中石油",
      "COMPANY:中化",
    ]);
    expect(
      names(
        r.recognize(
          "大会现场，包括华天科技半导体产业园项目、蟠龙新区城市综合体项目、中铁云轨西北制造基地项目等10个项目当会签约。",
        ),
      ),
    ).toEqual(["ZONE:华天科技半导体产业园", "COMPANY:中铁"]);
  });

  it("reads the company heading a project after 总投资…的, foreign and joint ventures too, but no gully's wind farm", async () => {
    const r = await recognizer();
    const heads = (text: string) => names(r.recognize(text));
    expect(heads("总投资5亿元的正威国际新材料项目将提供电子电路用金属新材料。")).toEqual(["COMPANY:正威国际"]);
    expect(heads("总投资3.5亿元的中德博佩发动机零部件项目将引进柴油机。")).toEqual(["COMPANY:中德博佩"]);
    expect(heads("总投资6000万欧元的德国库尔新材料车体项目，研发生产。")).toEqual(["COMPANY:德国库尔"]);
    expect(heads("总投资9.8亿元的众鹏5G智能终端芯片封测项目，为芯片提供。")).toEqual(["COMPANY:众鹏"]);
    expect(heads("总投资2亿美元的英国BP原油混调贸易项目作为重点外资项目。")).toEqual(["COMPANY:英国BP"]);
    expect(heads("签约11个项目。道仁沟100MW风力发电项目总投资约6.8亿元。")).toEqual([]);
  });

  it("reads a name its officer follows at a clause's start as a company (`北京佰才邦CEO孙立新`), not a person's", async () => {
    const r = await recognizer();
    expect(names(r.recognize("北京佰才邦CEO孙立新、深圳朗科智能董事长陈静等企业家代表介绍了企业发展。"))).toEqual([
      "COMPANY:北京佰才邦",
      "COMPANY:深圳朗科智能",
    ]);
    expect(names(r.recognize("王建英总经理对参加奠基仪式的领导表示感谢。"))).toEqual([]);
    expect(names(r.recognize("会上，公司董事长朱红光介绍说。"))).toEqual([]);
  });

  it("closes a list with an owner's or an industry's word for companies (等央企, 等船企) or with makers (等厂商)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("外高桥造船、广船国际、黄埔文冲、大连重工等央企分别排名3至6位。"))).toEqual([
      "COMPANY:外高桥造船",
      "COMPANY:广船国际",
      "COMPANY:黄埔文冲",
      "COMPANY:大连重工",
    ]);
    expect(names(r.recognize("小米、OPPO、vivo、荣耀等厂商出货量下降。"))).toEqual([
      "COMPANY:小米",
      "COMPANY:OPPO",
      "COMPANY:vivo",
      "COMPANY:荣耀",
    ]);
    expect(names(r.recognize("深化国企改革，推动央企重组。"))).toEqual([]);
    // A name that needs context has it in `等…品牌` (小米 the brand's maker), not in `等水果`.
    expect(names(r.recognize("小米等性价比品牌的冲击持续。"))).toEqual(["COMPANY:小米"]);
    expect(names(r.recognize("苹果等水果价格上涨。"))).toEqual([]);
    // A count of the biggest (`两大船企`) closes a list too; an ordinal (`第三大`) does not.
    expect(names(r.recognize("靖江的扬子江船业、新时代造船两大船企手持订单量领先。"))).toEqual([
      "COMPANY:扬子江船业",
      "COMPANY:新时代造船",
    ]);
    expect(names(r.recognize("鞍钢集团作为中国第二、世界第三大钢铁企业集团，聚焦钢铁。"))).toEqual(["COMPANY:鞍钢集团"]);
  });

  it("reads no company in lines of business, products, sectors or sites listed like companies", async () => {
    const r = await recognizer();
    const found = (text: string) => names(r.recognize(text));
    expect(
      found(
        "项目将入驻无人机整机及零部件生产制造、低空应用展示交易、高端航空装备技术创新、综合起降场、测试飞行、无人机培训等相关企业。",
      ),
    ).toEqual([]);
    expect(found("1号厂房入驻企业是马龙天成钢化玻璃公司，主要生产钢化、中空、夹胶玻璃，总投资2000万元。")).toEqual([
      "COMPANY:马龙天成钢化玻璃公司",
    ]);
    expect(found("已有10家公司在梅河口落户，涉及医药、医美、环保、特医食品等领域。")).toEqual([]);
    expect(found("中德石油装备公司项目年产油田系列专用设备3万台套。")).toEqual(["COMPANY:中德石油装备公司"]);
    expect(found("举行了克山县2020年黑龙江省百大项目暨亿元以上重点产业项目集中开工仪式。")).toEqual([]);
    expect(
      found("考核组来到贵州兴擎包装厂、贵州恒生源有限公司、誉福擎天项目建设现场、天柱县工厂化水产养殖及深加工示范园等企业。"),
    ).toEqual(["COMPANY:贵州兴擎包装厂", "COMPANY:贵州恒生源有限公司", "COMPANY:誉福"]);
  });

  it("reads no company in a plant named after its place, a base, an output, or a word joined by 及 (pool j)", async () => {
    const r = await recognizer();
    const found = (text: string) => names(r.recognize(text));
    expect(found("据统计，徐工机械、三一重工、中联重科、柳工机械等共计18家工程机械企业上半年合计营收增长。")).toEqual([
      "COMPANY:徐工机械",
      "COMPANY:三一重工",
      "COMPANY:中联重科",
      "COMPANY:柳工机械",
    ]);
    expect(found("国电联合动力跃居第三位，广东明阳风电以150万千瓦新增装机位列第四。")).toEqual([
      "COMPANY:国电",
      "COMPANY:广东明阳风电",
    ]);
    expect(found("山西长治技术领跑基地平顺县250MW项目开工。")).toEqual([]);
    expect(found("中联公司潘河采气厂、沁水寺河120MW瓦斯电站、蓝焰煤层气公司科技大楼。")).toEqual([
      "COMPANY:中联公司",
      "COMPANY:蓝焰煤层气公司",
    ]);
    expect(found("襄汾县粗钢产能584万吨，再建一座高炉。")).toEqual([]);
    expect(found("业务还涉及电、氢及汽车制造、装备制造等。")).toEqual([]);
  });

  it("derives short names past a bracketed group word (`湖北瑞翔(集团)化工股份有限公司` … `瑞翔化工`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("湖北瑞翔(集团)化工股份有限公司成立于2000年。近年来瑞翔化工投资建设了新项目。"))).toEqual([
      "COMPANY:湖北瑞翔(集团)化工股份有限公司",
      "COMPANY:瑞翔化工",
    ]);
  });

  it("reads a registered name whose trade name jieba splits into a guess and a verb (`日盛/nz 达/v`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("作为产业链的“链主”企业，日盛达光伏材料有限公司以实际行动落实要求。"))).toEqual([
      "COMPANY:日盛达光伏材料有限公司",
    ]);
    expect(names(r.recognize("日盛达光伏材料有限公司副总经理李丽清介绍，日盛达光伏材料二期项目已投产。"))).toEqual([
      "COMPANY:日盛达光伏材料有限公司",
      "COMPANY:日盛达光伏材料",
    ]);
  });

  it("reads a registered name whose words jieba takes for common words, numerals or single characters", async () => {
    const r = await recognizer();
    const found = (text: string) => names(r.recognize(text));
    expect(found("引进了中烨新能源科技有限公司、中烜新能源科技有限公司。")).toEqual([
      "COMPANY:中烨新能源科技有限公司",
      "COMPANY:中烜新能源科技有限公司",
    ]);
    expect(found("2月27日，辽阳县与中国一百岁集团正式签订合作协议。")).toEqual(["COMPANY:中国一百岁集团"]);
    expect(found("该项目由荆州三才堂化工科技有限公司投资。")).toEqual(["COMPANY:荆州三才堂化工科技有限公司"]);
    expect(found("将对台玻(福建)光伏玻璃有限公司的二期工厂进行改造。")).toEqual(["COMPANY:台玻(福建)光伏玻璃有限公司"]);
    expect(found("中国化学工程第六建设有限公司参加。")).toEqual(["COMPANY:中国化学工程第六建设有限公司"]);
    // A class of companies is none: `大型民营企业集团`, `10家钢铁集团`, `业内首个集团`, `该集团`.
    expect(found("是现代大型民营企业集团，最大的10家钢铁集团产量增长，成为业内首个集团重组案例，该集团表示。")).toEqual([]);
  });

  it("reads no everyday adjective as a short name derived from a full one (`成功集团` … `成功典范`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("副市长深入成功集团调研。成功集团是全市工业企业转型的成功典范。"))).toEqual([
      "COMPANY:成功集团",
      "COMPANY:成功集团",
    ]);
  });

  it("takes the short name the text defines (`(简称“中国圣牧”)`) and short names past 系统/电器/资源/奶业", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("现代牧业拟控股中国圣牧有机奶业有限公司(简称“中国圣牧”)。现代牧业已同意收购中国圣牧约1.28%股份。")),
    ).toEqual(["COMPANY:中国圣牧有机奶业有限公司", "COMPANY:中国圣牧", "COMPANY:中国圣牧"]);
    expect(names(r.recognize("山西华瑞达科技有限公司(以下简称“该公司”)成立于2010年。该公司主营光伏。"))).toEqual([
      "COMPANY:山西华瑞达科技有限公司",
    ]);
    expect(names(r.recognize("上海舜华新能源系统有限公司与平湖签约。舜华将积极落实。"))).toEqual([
      "COMPANY:上海舜华新能源系统有限公司",
      "COMPANY:舜华",
    ]);
    expect(names(r.recognize("福绵区与广东卓霖电器有限公司签约卓霖智能家电制造项目。"))).toEqual([
      "COMPANY:广东卓霖电器有限公司",
      "COMPANY:卓霖",
    ]);
  });

  it("ends a list at an approximate count (`等近30家…企业`) and drops `来自` before its first item", async () => {
    const r = await recognizer();
    expect(names(r.recognize("已引进力劲科技、京西重工、佛吉亚、延锋国际等近30家链上领军企业。"))).toEqual([
      "COMPANY:力劲科技",
      "COMPANY:京西重工",
      "COMPANY:佛吉亚",
      "COMPANY:延锋国际",
    ]);
    expect(names(r.recognize("展区展示了包括来自蓝箭航天、星际荣耀、星河动力等多家民营商业航天企业的火箭模型。"))).toEqual([
      "COMPANY:蓝箭航天",
      "COMPANY:星际荣耀",
      "COMPANY:星河动力",
    ]);
  });
});

describe("the reader's corrections", () => {
  it("a suppressed name is never a mention, however a rule reaches it (a place before a derived short name)", async () => {
    const { createNodeRecognizer } = await import("../../scripts/node-recognizer");
    const text =
      "山西转型综改示范区阳曲工业园区的泰山玻纤纤维(太原)有限公司投产。泰山玻纤“年产30万吨高性能玻璃纤维智能制造项目”开工，泰山玻纤太原公司二号生产线投产。";
    const plain = await createNodeRecognizer();
    expect(names(plain.recognize(text))).toContain("COMPANY:泰山玻纤");
    const corrected = await createNodeRecognizer({ suppressed: ["泰山玻纤"] });
    expect(names(corrected.recognize(text))).not.toContain("COMPANY:泰山玻纤");
  });
});

describe("bad input", () => {
  it("returns nothing for empty text or text without Chinese", async () => {
    const r = await recognizer();
    expect(r.recognize("")).toEqual([]);
    expect(r.recognize("   \n\t")).toEqual([]);
    expect(r.recognize("Hello world 123 <p>&amp;</p>")).toEqual([]);
    expect(r.recognize(undefined as unknown as string)).toEqual([]);
  });

  it("copes with control characters, lone surrogates and HTML entities", async () => {
    const r = await recognizer();
    const text = "\u0001晋城\ud800经开区&nbsp;与&amp;晋城经济技术&#x5f00;发区\u0007";
    const m = r.recognize(text);
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(m.map((x) => x.canonical)).toContain("晋城经济技术开发区");
  });

  it("handles a 5 MB page in seconds, not minutes", async () => {
    const r = await recognizer();
    const para = "晋城经开区加快推动产业结构转型，太原重工轨道交通设备有限公司投产。";
    const text = para.repeat(Math.ceil((5 * 1024 * 1024) / 2 / para.length));
    const t0 = performance.now();
    const m = r.recognize(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(m.length).toBeGreaterThan(1000);
  });

  it("reports offsets that always slice back to the reported text (property)", async () => {
    const r = await recognizer();
    const pieces = [
      "晋城",
      "经开区",
      "太原重工",
      "有限公司",
      "\n\n",
      " ",
      "，",
      "、",
      "的",
      "山西",
      "集团",
      "&amp;",
      "（",
      "）",
      "5 家企业",
      "等",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const m of r.recognize(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeLessThan(m.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("annotated review passages and leftovers, stop 25", () => {
  it("reads a registered name whose rare character jieba takes for a measure word (`山西` + `泓/q 翔`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("东至北平镇半沟东界，南至山西泓翔煤业有限公司北界。"))).toEqual(["COMPANY:山西泓翔煤业有限公司"]);
    expect(names(r.recognize("山西一家煤业有限公司近日投产。"))).toEqual([]);
  });

  it("reads a list of registered names one a line as separate names, not one name across the break", async () => {
    const r = await recognizer();
    expect(names(r.recognize("上海和黄药业有限公司\n成都第一制药有限公司\n四川迪菲特药业有限公司"))).toEqual([
      "COMPANY:上海和黄药业有限公司",
      "COMPANY:成都第一制药有限公司",
      "COMPANY:四川迪菲特药业有限公司",
    ]);
  });

  it("keeps a holder, a pointing word, a meeting verb or a count of products off a name's left edge", async () => {
    const r = await recognizer();
    expect(names(r.recognize("新天钢集团除原独资股东龙德(天津)钢铁有限公司外新增一名股东。"))).toEqual([
      "COMPANY:新天钢集团",
      "COMPANY:龙德(天津)钢铁有限公司",
    ]);
    expect(names(r.recognize("记者获悉，上述渤钢公司为债权人持股平台。"))).toContain("COMPANY:渤钢公司");
    expect(names(r.recognize("省长在福州会见百威英博啤酒集团全球CEO一行。"))).toEqual(["COMPANY:百威英博啤酒集团"]);
    expect(names(r.recognize("高性能膜电极等三款东方电气集团最新研制的氢能产品。"))).toEqual(["COMPANY:东方电气集团"]);
  });

  it("splits a list's first item at 和 after a known name, and drops the kind of company before it", async () => {
    const r = await recognizer();
    expect(names(r.recognize("已引进链主企业比亚迪和速腾聚创、东风李尔、力劲科技等企业。"))).toEqual([
      "COMPANY:比亚迪",
      "COMPANY:速腾聚创",
      "COMPANY:东风李尔",
      "COMPANY:力劲科技",
    ]);
    expect(names(r.recognize("已集聚山西和尘光电、晋通能源等企业。"))).toEqual(["COMPANY:山西和尘光电", "COMPANY:晋通能源"]);
  });

  it("knows port zones named by their place (`太仓港区`), bonded port zones and zones two places run together", async () => {
    const r = await recognizer();
    expect(names(r.recognize("太仓港区9个重点项目集中开工。"))).toEqual(["ZONE:太仓港区"]);
    expect(names(r.recognize("天津东疆保税港区物流加工区二期开工。"))).toEqual(["ZONE:天津东疆保税港区"]);
    expect(names(r.recognize("横琴粤澳深度合作区挂牌。"))).toEqual(["ZONE:横琴粤澳深度合作区"]);
    // A port's terminal, and a clause, are no zones.
    expect(names(r.recognize("湄洲湾港秀屿港区石门澳作业区泊位项目。"))).toEqual([]);
    expect(names(r.recognize("该项目将加快做大做强港区风电产业。"))).toEqual([]);
  });

  it("reads a zone's own name before a bracketed place, whatever jieba makes of it (`深中合作(黄圃)产业园`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("2月27日上午，深中合作(黄圃)产业园正式揭牌。"))).toEqual(["ZONE:深中合作(黄圃)产业园"]);
    expect(names(r.recognize("日前，氢都(大同)新能源产业城获奖。"))).toEqual(["ZONE:氢都(大同)新能源产业城"]);
    expect(names(r.recognize("50分钟通达深圳 深中合作(黄圃)产业园揭牌"))).toEqual(["ZONE:深中合作(黄圃)产业园"]);
    // A title, and a byline in brackets before the zone's place, are no zone's name.
    expect(names(r.recognize("国家(福州)显示器件产业园"))).toEqual([]);
    expect(names(r.recognize("本报讯(王志鹏)信阳市产业集聚区新签约项目5个。"))).toEqual(["ZONE:信阳市产业集聚区"]);
  });

  it("reads the company heading each item of a list of projects, not the product, nor a building", async () => {
    const r = await recognizer();
    expect(names(r.recognize("这7个项目分别是优冠体育设备制造、格润德润滑油生产、精斯诚人防设备生产，涵盖工程机械。"))).toEqual([
      "COMPANY:优冠",
      "COMPANY:格润德",
      "COMPANY:精斯诚",
    ]);
    expect(names(r.recognize("高世代氧化物TFT电子纸、喜田工业机器人、芯能源电子科技等一批高端项目落户鄞州。"))).not.toContain(
      "COMPANY:高世代氧化物TFT电子纸",
    );
    expect(names(r.recognize("殷拓智慧供应链、克福斯弹簧等一批优质外资项目相继落户。"))).toContain("COMPANY:殷拓");
    expect(names(r.recognize("6个城市功能完善类项目分别是云望广场、云台广场。"))).toEqual([]);
  });

  it("reads a list closed by a count of companies (`三家公司`, `等上市公司`), not a place's count (`香港共有22家`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("其中，玲珑、赛轮、三角三家公司，成功拿下行业前三。"))).toEqual([
      "COMPANY:玲珑",
      "COMPANY:赛轮",
      "COMPANY:三角",
    ]);
    expect(names(r.recognize("目前沪深和香港共有22家水泥行业上市公司。"))).toEqual([]);
  });

  it("reads a capacity in kilowatts written kw as a project's capacity (`河南承业年产80万kw`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("田林等来到河南承业年产80万kw(千瓦)防爆电机生产项目建设现场。"))).toEqual(["COMPANY:河南承业"]);
  });

  it("knows the consumer, internet and retail companies business news names by short names", async () => {
    const r = await recognizer();
    expect(names(r.recognize("近一年来，从地方超市到永辉、物美、华润万家、大润发等全国连锁超市，都纷纷进行调改。"))).toEqual([
      "COMPANY:永辉",
      "COMPANY:物美",
      "COMPANY:华润万家",
      "COMPANY:大润发",
    ]);
    expect(names(r.recognize("作为对比，拼多多营收同比增长约39%。"))).toEqual(["COMPANY:拼多多"]);
    expect(names(r.recognize("根据克拉克松10月底公布的最新船厂订单排名。"))).toEqual(["COMPANY:克拉克松"]);
    // Context names stay words without evidence.
    expect(names(r.recognize("这是他快手快脚做成的事，物美价廉。"))).toEqual([]);
  });

  it("keeps a city before a district written whole in a zone's name (`宁波市鄞州区…产业园`), not before a county's short form", async () => {
    const r = await recognizer();
    expect(names(r.recognize("近日，宁波市鄞州区潘火街道都市产业园项目开工。"))).toEqual(["ZONE:宁波市鄞州区潘火街道都市产业园"]);
    expect(names(r.recognize("项目落户于长治市潞城经济技术开发区。"))).toEqual(["ZONE:潞城经济技术开发区"]);
  });

  it("reads a company's branch in a place as one name (`建设银行内蒙古分行`, `建行安徽省分行`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("中国二冶集团与建设银行内蒙古分行签署战略合作协议。"))).toEqual([
      "COMPANY:中国二冶集团",
      "COMPANY:建设银行内蒙古分行",
    ]);
    expect(names(r.recognize("截至目前，建行安徽省分行累计投放贷款300亿元。"))).toEqual(["COMPANY:建行安徽省分行"]);
  });

  it("ends a list's last name where a verb says what the names are (`山西汾酒成为行业中仅有的两家…企业`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("报告期内，贵州茅台和山西汾酒成为行业中仅有的两家实现营收、净利双增的企业。"))).toEqual([
      "COMPANY:贵州茅台",
      "COMPANY:山西汾酒",
    ]);
  });

  it("reads a park two places run together (`…产业合作园区`), and 暨 joins two names, it is in neither", async () => {
    const r = await recognizer();
    expect(names(r.recognize("2025中国福州国际招商月连江县专场暨福州马祖产业合作园区对接会举办。"))).toEqual([
      "ZONE:福州马祖产业合作园区",
    ]);
  });

  it("knows shipbuilding and spaceflight as trades (`大沽船业`, `蓝箭航天`), and an industry's word is no company", async () => {
    const r = await recognizer();
    expect(names(r.recognize("德赛海洋工程研发生产基地、大沽船业研发生产基地等项目。"))).toContain("COMPANY:大沽船业");
    expect(names(r.recognize("未来商业航天公司若要上市。"))).toEqual([]);
  });

  it("reads a group's short name and a word of the subsidiary's own, listed with companies, as the subsidiary (`东风畅行`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("东风公司旗下智新科技、东风畅行、东风鸿泰分别与宁德时代签署协议。"))).toContain("COMPANY:东风畅行");
    // Not a site, a product or a post after the name.
    expect(names(r.recognize("安领生物总部、速迈医学总部、精控能源总部等项目落地。"))).not.toContain("COMPANY:安领生物总部");
  });
});

describe("annotated review passages, stop 26", () => {
  it("takes a company's own figures after a name as evidence (`李宁实现营收`, `其中京东净利润`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("上半年，李宁实现营收148亿元；李宁的归母净利润为13亿元。"))).toEqual([
      "COMPANY:李宁",
      "COMPANY:李宁",
    ]);
    expect(names(r.recognize("四家企业中，其中京东净利润增幅最大。"))).toEqual(["COMPANY:京东"]);
  });

  it("takes a place in a ranking after a name as evidence (`苏宁蝉联榜首`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("在零售百强榜单中，苏宁蝉联榜首。"))).toEqual(["COMPANY:苏宁"]);
  });

  it("reads a group's business named as its own company (`飞利浦医疗`, `罗氏诊断`, `苏宁物流位居`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("已有美锦氢能、苏州氢澜科技等整车制造商落地。"))).toEqual([
      "COMPANY:美锦氢能",
      "COMPANY:苏州氢澜科技",
    ]);
    expect(names(r.recognize("参展的还有罗氏诊断等企业。"))).toEqual(["COMPANY:罗氏诊断"]);
    expect(names(r.recognize("榜单中，苏宁物流位居第14位。"))).toEqual(["COMPANY:苏宁物流"]);
  });

  it("reads the names of a ranking whose places follow in brackets (`山东威高(第 63 位)`, `万洲国际(766亿)`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("排名依次为迈瑞医疗(第 26 位)、山东威高(第 63 位)、联影医疗(第 66 位)。"))).toEqual([
      "COMPANY:迈瑞医疗",
      "COMPANY:山东威高",
      "COMPANY:联影医疗",
    ]);
    expect(names(r.recognize("榜单前三为万洲国际(766亿)、伊利(660亿)、蒙牛(600亿)。"))).toContain("COMPANY:万洲国际");
    // A title in 《》 is no company, listed with companies or not.
    expect(names(r.recognize("获批游戏有网易的《永劫》、《火炬之光:无限》、中青宝(300052)、完美世界(002624)。"))).not.toContain(
      "COMPANY:无限》",
    );
  });

  it("ends a name before what the company publishes or has done (`东吴证券研报`, `已完成公司注册`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("据东吴证券研报，行业景气回升。"))).toEqual(["COMPANY:东吴证券"]);
    expect(names(r.recognize("目前，河南永泰已完成公司注册工作。"))).not.toContain("COMPANY:河南永泰已完成公司");
  });

  it("reads a processing park's full kind (`…精深加工园区`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("总投资1.2亿元的杭天茶业茶叶精深加工园区建设项目正式落地。"))).toEqual([
      "ZONE:杭天茶业茶叶精深加工园区",
    ]);
  });

  it("never reads a kind of company as a name (`跨国大型民营企业集团`, `国字号电力集团公司`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("这是一家跨国大型民营企业集团，涉足铝业、特钢等领域。"))).toEqual([]);
    expect(names(r.recognize("3家国字号电力集团公司将与山西煤企签约。"))).toEqual([]);
  });

  it("starts a registered name after where it is listed, and keeps 现代 in it (`港股上市公司中国现代牧业控股有限公司`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("港股上市公司中国蒙牛乳业有限公司近日公告。"))).toEqual(["COMPANY:中国蒙牛乳业有限公司"]);
    expect(names(r.recognize("港股上市公司中国现代牧业控股有限公司近日发布公告。"))).toEqual([
      "COMPANY:中国现代牧业控股有限公司",
    ]);
  });

  it("keeps a known company found by its suffix too, whatever its words (`现代汽车集团`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("现代汽车集团在华投资建厂。"))).toEqual(["COMPANY:现代汽车集团"]);
  });

  it("leaves a county's full name before a project's company out of the name (`西峡县|宛丰3万吨…项目`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("西峡县宛丰3万吨香菇深加工项目开工。"))).toEqual(["COMPANY:宛丰"]);
  });

  it("never starts a name with 继 (`是继山能集团之后`), nor reads an association's head as the company elsewhere", async () => {
    const r = await recognizer();
    expect(names(r.recognize("是继山能集团之后落户的又一大项目。"))).toEqual(["COMPANY:山能集团"]);
    expect(names(r.recognize("中国医药、上海医药和九州通位居前列。中国医药商业协会发布了名单。"))).toEqual([
      "COMPANY:中国医药",
      "COMPANY:上海医药",
      "COMPANY:九州通",
    ]);
  });

  it("reads a free-trade zone named by its province (`中国(湖北)自由贸易试验区`, `湖南自贸试验区`), not the bare kind", async () => {
    const r = await recognizer();
    expect(names(r.recognize("洽谈会暨中国(湖北)自由贸易试验区推介会举行。"))).toEqual(["ZONE:中国(湖北)自由贸易试验区"]);
    expect(names(r.recognize("这是高质量推进湖南自贸试验区建设的标志性项目。"))).toEqual(["ZONE:湖南自贸试验区"]);
    expect(names(r.recognize("全国各地的自贸试验区建设提速。"))).toEqual([]);
  });

  it("reads `中国` + a sector before the sector's words as the country's industry (`中国医药工业百强`)", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("据中国医药工业信息中心介绍，中国医药、上海医药和华润医药位列前三。2020年度中国医药工业百强榜单发布。")),
    ).toEqual(["COMPANY:中国医药", "COMPANY:上海医药", "COMPANY:华润医药"]);
  });

  it("ends a name's left edge at a kind of company or a business segment (`本地药企`, `铜板块`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("山东本地药企齐鲁制药集团有限公司排名第九。"))).toEqual(["COMPANY:齐鲁制药集团有限公司"]);
    expect(names(r.recognize("从半年报看，紫金矿业铜板块贡献公司总毛利已接近55%。"))).toEqual(["COMPANY:紫金矿业"]);
  });

  it("keeps two names on two lines apart (`宜宾纸业` / `恒丰纸业`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("代表公司：恒丰纸业、宜宾纸业\n恒丰纸业的表现尤为亮眼。"))).toEqual([
      "COMPANY:恒丰纸业",
      "COMPANY:宜宾纸业",
      "COMPANY:恒丰纸业",
    ]);
  });

  it("knows a listed company by its registered name without the legal suffix (`华夏幸福基业`), and a foreign one `在华`", async () => {
    const r = await recognizer();
    expect(names(r.recognize("去年11月，华夏幸福基业发布公告。"))).toEqual(["COMPANY:华夏幸福基业"]);
    expect(names(r.recognize("这是奥迪在华首个纯电动车型生产基地。"))).toEqual(["COMPANY:奥迪"]);
  });

  it("never starts a name with a post's time (`原兰花集团总经理`, `现任…公司党委副书记`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("原兰花集团总经理刘守强掌舵。"))).toEqual(["COMPANY:兰花集团"]);
    expect(names(r.recognize("公示显示，现任山西兰花煤炭实业集团有限公司党委副书记。"))).toEqual([
      "COMPANY:山西兰花煤炭实业集团有限公司",
    ]);
  });

  it("reads no name ending in a count of subsidiaries (`…三家子公司`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("公司下辖晋元煤层气能源开发、晋达煤层气管道、晋晟煤层气销售三家子公司。"))).not.toContain(
      "COMPANY:晋晟煤层气销售三家子公司",
    );
  });

  it("keeps a group and its listed company side by side apart (`山西焦煤集团` + `山西焦化`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("项目开工以来，山西焦煤集团山西焦化实行项目法人制管理。"))).toEqual([
      "COMPANY:山西焦煤集团",
      "COMPANY:山西焦化",
    ]);
  });

  it("reads a company's Latin name in brackets after it as the same company, not a ticker (`亿纬锂能(EVE)`)", async () => {
    const r = await recognizer();
    const m = r.recognize("较小的企业如亿纬锂能(EVE)，拼多多(PDD.US)和福耀玻璃(SH 600660)也在其列。");
    expect(names(m)).toEqual(["COMPANY:亿纬锂能", "COMPANY:EVE", "COMPANY:拼多多", "COMPANY:福耀玻璃"]);
    expect(m[1].entityId).toBe(m[0].entityId);
  });

  it("starts a registered name after a bare 公司 before it (`合资公司|安徽建工皖江新材料科技有限公司`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("7月20日，合资公司安徽建工皖江新材料科技有限公司注册成立。"))).toEqual([
      "COMPANY:安徽建工皖江新材料科技有限公司",
    ]);
    expect(names(r.recognize("中国电信股份有限公司太原分公司开通新业务。"))).toEqual(["COMPANY:中国电信股份有限公司太原分公司"]);
  });

  it("leaves `主要是` out of a list's first name (`客户主要是海底捞、…等餐饮企业`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("客户主要是海底捞、蜀大侠、龙腾飞等餐饮企业。"))).toEqual([
      "COMPANY:海底捞",
      "COMPANY:蜀大侠",
      "COMPANY:龙腾飞",
    ]);
  });

  it("reads a district's zone named by a short form jieba takes for a noun (`雨花经开区`, `山东鱼台经济开发区`), not a park", async () => {
    const r = await recognizer();
    expect(names(r.recognize("雨花经开区围绕比亚迪不断扩大产业布局。"))).toEqual(["ZONE:雨花经开区", "COMPANY:比亚迪"]);
    expect(names(r.recognize("山东鱼台经济开发区创建于2002年。"))).toEqual(["ZONE:山东鱼台经济开发区"]);
    expect(names(r.recognize("在福州台商投资区松山片区，项目同步建设。"))).toEqual(["ZONE:福州台商投资区"]);
    // 新兴县's short form is a common word: no place's park, nor a zone.
    expect(names(r.recognize("加快新兴产业园和新兴经济开发区建设。"))).toEqual([]);
  });

  it("reads a district's park named by the district's short form and a bare 园区 (`香坊园区`), not a city's campus", async () => {
    const r = await recognizer();
    expect(names(r.recognize("冷链物流中心等7个项目落户香坊园区，总投资达29亿元。"))).toEqual(["ZONE:香坊园区"]);
    expect(names(r.recognize("据介绍，重庆科学城北碚园区相关负责人表示。"))).toEqual(["ZONE:重庆科学城北碚园区"]);
    // A city's short form before 园区 is as often a company's own campus; a bare 园区 after a verb names no park.
    expect(names(r.recognize("公司北京园区一期投产，项目相继入驻园区。")).filter((n) => n.startsWith("ZONE"))).toEqual([]);
  });

  it("reads a trade name after a pronoun of the place the text is about (`该县康舒陶瓷`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("现场热闹非凡，该县康舒陶瓷(三期)项目正在加紧建设。"))).toEqual(["COMPANY:康舒陶瓷"]);
  });

  it("reads the Production and Construction Corps as the place a zone is named after (`兵团乌鲁木齐工业园区`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("以兵团乌鲁木齐工业园区为载体，启动建设。"))).toEqual(["ZONE:兵团乌鲁木齐工业园区"]);
  });

  it("ends a project's company before where the project is (`中国能建|晋中昔阳20万千瓦…项目`), and 合资 before a name", async () => {
    const r = await recognizer();
    expect(names(r.recognize("比亚迪100万千瓦光储项目、中国能建晋中昔阳20万千瓦光伏+储能项目开工。"))).toEqual([
      "COMPANY:比亚迪",
      "COMPANY:中国能建",
    ]);
    expect(names(r.recognize("会上，中法合资厚普股份公司作了发言。"))).toEqual(["COMPANY:厚普股份公司"]);
  });

  it("reads a group's short name and a subsidiary's own word before the subsidiary's site (`徐工建机厂区`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("走进徐工建机厂区，一派繁忙。"))).toEqual(["COMPANY:徐工建机"]);
  });

  it("reads a known company before `附属公司` as the parent (`中国生物制药附属公司正大天晴`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("中国生物制药附属公司正大天晴以及泰德制药连续多年上榜。"))).toEqual([
      "COMPANY:中国生物制药",
      "COMPANY:正大天晴",
      "COMPANY:泰德制药",
    ]);
  });

  it("reads parks named by a company and what they make (`格林美正极材料产业园`, `豪丰表面处理产业园`), not what is done there", async () => {
    const r = await recognizer();
    expect(names(r.recognize("格林美正极材料产业园项目开工。"))).toEqual(["ZONE:格林美正极材料产业园"]);
    expect(names(r.recognize("福绵区加快推进新滔环保产业园、豪丰表面处理产业园建设。"))).toEqual([
      "ZONE:新滔环保产业园",
      "ZONE:豪丰表面处理产业园",
    ]);
    expect(names(r.recognize("将在嘉兴市秀洲区投资建设美锦氢能汽车产业园。"))).toEqual(["ZONE:美锦氢能汽车产业园"]);
  });

  it("reads insurers by their trade (`华夏人寿`, `人保寿险`) and more evidence for a known name (a spaced stock code, a rank, overseas revenue)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("与去年相比，仅有国寿股份、华夏人寿和人保寿险保持原有排名。"))).toEqual([
      "COMPANY:国寿股份",
      "COMPANY:华夏人寿",
      "COMPANY:人保寿险",
    ]);
    expect(names(r.recognize("3月19日，同仁堂( 600085.SH )发布公告。"))).toEqual(["COMPANY:同仁堂"]);
    expect(names(r.recognize("根据最新数据，云天化以260万吨/年产能位居行业前列。"))).toEqual(["COMPANY:云天化"]);
    expect(names(r.recognize("2020年美的海外营收占比已接近43%。"))).toEqual(["COMPANY:美的"]);
  });

  it("reads a company at the head of each item of a list of capacities (`山西晋钢1380立方米高炉、介休安泰1250立方米高炉`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("加快升级改造。山西晋钢1380立方米高炉、介休安泰1250立方米高炉建成投产。"))).toEqual([
      "COMPANY:山西晋钢",
      "COMPANY:介休安泰",
    ]);
    // A product's own output in a list is no company.
    expect(names(r.recognize("产能3.56万吨；无水氢氟酸13.1万吨(行业第一)、氟化铝5万吨。"))).toEqual([]);
  });
});

describe("stop 29", () => {
  it("reads a paper maker's trade name after a place pronoun (`该区科伦纸业`), 纸业 being a company's trade", async () => {
    const r = await recognizer();
    expect(names(r.recognize("该公司与该区科伦纸业进行并购重组交易。"))).toEqual(["COMPANY:科伦纸业"]);
  });

  it("keeps the trade of a known short name before the deal's verb after a partner word (`与科伦纸业签约`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("公司与科伦纸业签约。"))).toEqual(["COMPANY:科伦纸业"]);
    expect(names(r.recognize("此前已与华能新能源合作开发风电项目。"))).toEqual(["COMPANY:华能新能源"]);
    // Without a partner word the trade may be the deal's subject: the known name stays as it is.
    expect(names(r.recognize("引进特斯拉储能项目、巴斯夫氢能合作等一批项目。"))).toContain("COMPANY:巴斯夫");
  });

  it("reads a trade name that opens with a numeral (`三联生物`), not a count (`两大焦化`) nor a word the trade starts (`生物|化学发光`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("集中开工光伏设备二期、三联生物化学发光免疫检测系统等项目10个。"))).toEqual(["COMPANY:三联生物"]);
    expect(names(r.recognize("全市两大焦化企业完成改造。"))).toEqual([]);
    expect(names(r.recognize("于国家重点鼓励的多肽生物药，项目投产后。"))).toEqual([]);
  });

  it("reads a town's or a landmark's name before a trade in 业 as a company (`雁门关酒业`), not a province's or a 县's industry", async () => {
    const r = await recognizer();
    expect(names(r.recognize("在建项目则有久力汽车拆解工程、雁门关酒业试产项目等。"))).toContain("COMPANY:雁门关酒业");
    expect(names(r.recognize("山西煤业发展迅速。"))).toEqual([]);
    expect(names(r.recognize("提升了应县陶瓷业的科技含量。"))).toEqual([]);
  });

  it("splits a company's park with a region's name of its own into the company and the park (`阳煤|晋东物流园`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("阳煤晋东物流园奠基。"))).toEqual(["COMPANY:阳煤", "ZONE:晋东物流园"]);
    expect(names(r.recognize("阳泉煤业晋东物流园地处阳泉市东北部。"))).toEqual(["COMPANY:阳泉煤业", "ZONE:晋东物流园"]);
    // Named by the company and generic words, or its city, it is one zone (guidelines).
    expect(names(r.recognize("太重集团新能源产业园区开工。"))).toEqual(["ZONE:太重集团新能源产业园区"]);
    expect(names(r.recognize("启动仪式在中化连云港循环经济产业园举行。"))).toEqual(["ZONE:中化连云港循环经济产业园"]);
  });

  it("reads a two-character name jieba does not know heading an item of a list of capacities (`中升1080立方米高炉`), not a product", async () => {
    const r = await recognizer();
    expect(names(r.recognize("重点项目：新金山2×120吨转炉、中升1080立方米高炉、宏源50万吨焦化等项目。"))).toContain(
      "COMPANY:中升",
    );
    expect(names(r.recognize("全年产出焦炭100万吨、生铁50万吨、原煤200万吨。"))).toEqual([]);
  });
});

describe("stop 30", () => {
  it("reads a province, what the park makes and a park's kind as one park (`宁夏新材料产业园`), not the province's parks in general", async () => {
    const r = await recognizer();
    expect(names(r.recognize("企业打造的宁夏新材料产业园已初具规模。"))).toEqual(["ZONE:宁夏新材料产业园"]);
    expect(names(r.recognize("近日，兵团新型建材经济技术开发区相继与多家企业签约。"))).toEqual([
      "ZONE:兵团新型建材经济技术开发区",
    ]);
    // A province and the kind alone, a class word, or China's name: parks in general.
    expect(names(r.recognize("山西开发区建设成效明显。"))).toEqual([]);
    expect(names(r.recognize("山西省重点工业园区名单公布。"))).toEqual([]);
    expect(names(r.recognize("全国化工园区达到六百多家。"))).toEqual([]);
    // After an honour's verb it is the title a park was given.
    expect(names(r.recognize("园区获评辽宁省绿色工业园区。"))).toEqual([]);
  });

  it("finds every use of the short name a text defines for a zone (`(以下简称“长春汽开区”)`), not a bare kind (`“经开区”`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("长春汽车经济技术开发区(以下简称“长春汽开区”)呈现一派火热。长春汽开区坚持项目为王。"))).toEqual([
      "ZONE:长春汽车经济技术开发区",
      "ZONE:长春汽开区",
      "ZONE:长春汽开区",
    ]);
    // With the place said before it, the place is part of the name.
    expect(names(r.recognize("茂名高州市蒲康电子轻工产业园(下称“蒲康园”)生产薄膜电容。高州蒲康园的项目管家说。"))).toEqual([
      "ZONE:茂名高州市蒲康电子轻工产业园",
      "ZONE:蒲康园",
      "ZONE:高州蒲康园",
    ]);
    expect(names(r.recognize("兰州经济技术开发区(以下简称“经开区”)。经开区坚持项目为王。"))).toEqual(["ZONE:兰州经济技术开发区"]);
  });

  it("reads trade names in 地毯, 建材, 锆业, 石化 (`新能锆业`), without the 县 or 区 before them, which says where the company is", async () => {
    const r = await recognizer();
    expect(names(r.recognize("投资6亿元的新能锆业等一批大项目。"))).toEqual(["COMPANY:新能锆业"]);
    expect(names(r.recognize("7月26日上午，黎川县康舒陶瓷(三期)扩建项目开工。"))).toEqual(["COMPANY:康舒陶瓷"]);
    expect(names(r.recognize("副市长深入上党区雅瑞地毯、振东集团调研。"))).toContain("COMPANY:雅瑞地毯");
    // A website is no company; a preposition jieba glued to a name opens none.
    expect(names(r.recognize("中华石化网综合消息"))).toEqual([]);
    expect(names(r.recognize("沈阳市法库县以龙源新能源一体化循环利用项目。"))).not.toContain("COMPANY:以龙源新能源");
  });

  it("reads a place and a trade as a listed company where a ticker, a quote or a stake follows (`洛阳玻璃(600876.SH)`), and throughout the text", async () => {
    const r = await recognizer();
    expect(names(r.recognize("3月19日，洛阳玻璃( 600876.SH)发布公告。洛阳玻璃表示将扩产。"))).toEqual([
      "COMPANY:洛阳玻璃",
      "COMPANY:洛阳玻璃",
    ]);
    expect(names(r.recognize("拟购买合肥新能源 100% 股权、桐城新能源 100% 股权。"))).toEqual([
      "COMPANY:合肥新能源",
      "COMPANY:桐城新能源",
    ]);
    expect(names(r.recognize("综合媒体报道，河北钢铁[4.35 0.23%]此前重组。"))).toEqual(["COMPANY:河北钢铁"]);
    // Without such evidence a place and a trade is the place's industry.
    expect(names(r.recognize("洛阳玻璃产业发展迅速。"))).toEqual([]);
  });
});

describe("stop 31", () => {
  const earlier = [
    "太原重工轨道交通设备有限公司落户山西转型综改示范区，太重轨道交通扩产。",
    "晋城经济技术开发区(以下简称“晋城经开区”)引进泰山玻纤、富士康等企业。",
    "副市长深入上党区雅瑞地毯、振东集团调研。洛阳玻璃( 600876.SH)发布公告。",
  ];
  const later = "晋城经开区内的泰山玻纤晋城有限公司与太重签约；黎川县康舒陶瓷(三期)扩建项目开工，洛阳玻璃表示将扩产。";

  it("reads a text the same whatever texts it read before (jieba's words are kept across texts, nothing else)", async () => {
    const seg = await loadNodeJieba();
    const reader = createRecognizer(seg);
    for (const t of earlier) reader.recognize(t);
    const afterOthers = reader.recognize(later);
    const fresh = createRecognizer(seg).recognize(later);
    expect(afterOthers).toEqual(fresh);
    expect(names(afterOthers)).toContain("COMPANY:泰山玻纤晋城有限公司");
  });

  it("asks jieba about a window once, not once per text: a second reading of an article costs no jieba call", async () => {
    const seg = await loadNodeJieba();
    let calls = 0;
    const counting = {
      ...seg,
      tag: (text: string) => {
        calls++;
        return seg.tag(text);
      },
    };
    const reader = createRecognizer(counting);
    const first = reader.recognize(later);
    const afterFirst = calls;
    const second = reader.recognize(later);
    expect(afterFirst).toBeGreaterThan(0);
    expect(calls).toBe(afterFirst);
    expect(second).toEqual(first);
  });
});

describe("stop 31: project heads", () => {
  it("reads the company heading a project whatever jieba makes of its product's words (`破碎机/i`, `节能/v`, `高新/d`, `正极/ad`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("稀散金属材料科技中心;凯瑞特移动破碎机制造项目将开工。"))).toEqual(["COMPANY:凯瑞特"]);
    expect(names(r.recognize("竹缠绕复合管道项目、四川久力钙业环保节能石灰旋窑项目。"))).toContain("COMPANY:四川久力钙业");
    expect(names(r.recognize("近日将正式开工;欣奕华高新材料项目正紧锣密鼓推进。"))).toEqual(["COMPANY:欣奕华"]);
    expect(names(r.recognize("无人机用电池同时,钟灵锂电池正极材料项目快速推进。"))).toEqual(["COMPANY:钟灵"]);
    // A clause after the name is still no product (`卢东亮在新荣区…项目`).
    expect(names(r.recognize("卢东亮在新荣区调研光伏项目。"))).toEqual([]);
  });
});

describe("stop 32: a park opened by its place", () => {
  it("reads a park named by its place and words jieba misreads (`二十里/m 铺/v`, `百岁/m`, `农/zg`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("该项目位于灵丘县三十里铺工业园区，总投资2亿元。"))).toEqual(["ZONE:灵丘县三十里铺工业园区"]);
    expect(names(r.recognize("集中开工暨河北百年国际家居建材工业园项目开工仪式。"))).toEqual(["ZONE:河北百年国际家居建材工业园"]);
    expect(names(r.recognize("副院长对太谷农特产品精深加工产业园相关情况进行了介绍。"))).toEqual([
      "ZONE:太谷农特产品精深加工产业园",
    ]);
  });

  it("does not read what is done to a park, a part of town, a time or a count into a park's name", async () => {
    const r = await recognizer();
    expect(names(r.recognize("今年以来，江州区加大蔗糖循环经济产业园区建设力度。"))).not.toContain(
      "ZONE:江州区加大蔗糖循环经济产业园区",
    );
    expect(names(r.recognize("即城东南综合产业园和城南大健康科技产业园。"))).not.toContain("ZONE:城南大健康科技产业园");
    expect(names(r.recognize("全市今年新建两个产业园。"))).toEqual([]);
    expect(names(r.recognize("落户联投梧桐湖新城东湖高新科技创意城产业园。"))).not.toContain("ZONE:新城东湖高新科技创意城产业园");
  });
});

describe("stop 32: trade names jieba cuts up", () => {
  it("reads a list of trade names whose own words jieba cut in pieces (`浦利/x 达/v` 环保, `天泽/nrt 极/d 钻/v` 科技)", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("协调解决宁安炭素、益康宝箱、浦利达环保、华信农业、鑫瑞源合金、天泽极钻科技等项目推进中的困难。")),
    ).toEqual([
      "COMPANY:宁安炭素",
      "COMPANY:益康宝箱",
      "COMPANY:浦利达环保",
      "COMPANY:华信农业",
      "COMPANY:鑫瑞源合金",
      "COMPANY:天泽极钻科技",
    ]);
  });

  it("leaves the verbs that open the clause out of a list's first name, and keeps a name that is a verb", async () => {
    const r = await recognizer();
    expect(names(r.recognize("协调解决宁安炭素、中国移动、中国电信、华为的问题。"))).toContain("COMPANY:宁安炭素");
    expect(names(r.recognize("联想、中国移动、中国电信、华为的问题。"))).toContain("COMPANY:联想");
  });

  it("reads a trade name of two unknown words before its trade (`瑞普/x 亿恒/x` 科技), not across a space", async () => {
    const r = await recognizer();
    expect(names(r.recognize("科道智能装备、瑞普亿恒科技等5个项目已入驻。"))).toContain("COMPANY:瑞普亿恒科技");
    expect(names(r.recognize("日前，亿派纺织、德康鸿泰纺织两家进驻园区。"))).toEqual([
      "COMPANY:亿派纺织",
      "COMPANY:德康鸿泰纺织",
    ]);
    expect(names(r.recognize("记者 周亮 川观新闻记者李文星"))).toEqual([]);
  });
});

describe("stop 32: project heads jieba misreads", () => {
  it("reads the company heading a project when jieba cuts its name (`泰康/nz 维丰/x`) or its product (`线/n 锯/v`, `健康/a`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("总投资8亿元;泰康维丰健康饮品项目，总投资3亿元。"))).toEqual(["COMPANY:泰康维丰"]);
    expect(names(r.recognize("智能制造项目、原铭金刚石线锯生产项目、"))).toEqual(["COMPANY:原铭"]);
    expect(names(r.recognize(" 金桐新材料锂电池精密结构件项目一期投资3亿元。"))).toEqual(["COMPANY:金桐新材料"]);
  });

  it("takes no town built for a trade for a company's project", async () => {
    const r = await recognizer();
    expect(names(r.recognize("总投资5亿元的“五台佛光康养小镇项目”是建设重点。"))).toEqual([]);
  });
});

describe("stop 32: more kinds of zone", () => {
  it("reads an experimental zone and a special cooperation zone by their kind (`实验区`, `特别合作区`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("3月5日，郑州航空港实验区召开会议。"))).toEqual(["ZONE:郑州航空港实验区"]);
    expect(names(r.recognize("企业与深汕特别合作区签约。"))).toEqual(["ZONE:深汕特别合作区"]);
    // A class of zones is still none.
    expect(names(r.recognize("全省综合改革实验区建设。"))).toEqual([]);
  });
});

describe("stop 33: parks named after their company", () => {
  it("reads a company's name and generic words before a park's kind as one zone (`双汇第二工业园`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("集中开工的潞安集团第三工业园煤化工项目。"))).toEqual(["ZONE:潞安集团第三工业园"]);
    expect(names(r.recognize("推动中国电科(江苏)电子信息创新产业园建设。"))).toEqual(["ZONE:中国电科(江苏)电子信息创新产业园"]);
  });

  it("keeps a registered name and a park with a name of its own apart from the park", async () => {
    const r = await recognizer();
    // `…有限公司电子商务产业园项目`: the company heads its project; the park is no zone.
    expect(names(r.recognize("北京华丰民源商贸有限公司电子商务产业园项目开工。"))).toEqual(["COMPANY:北京华丰民源商贸有限公司"]);
    expect(names(r.recognize("阳煤晋东物流园工程近日开工。"))).toEqual(["COMPANY:阳煤", "ZONE:晋东物流园"]);
  });
});

describe("stop 37: annotated review passages (dev-q)", () => {
  it("reads 新 at a clause's start as the first character of a trade name (`新扬子船业`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("今年以来,新扬子船业和新时代造船都加大船舶新签订单量。"))).toContain("COMPANY:新扬子船业");
    // Inside a clause 新 is an adjective: `一批新材料企业` has no company.
    expect(names(r.recognize("引进一批新材料企业。"))).toEqual([]);
  });

  it("reads a bank's sub-branch named by its city and its own words as the bank's, whole", async () => {
    const r = await recognizer();
    expect(names(r.recognize("建行合肥蜀山支行当即赶赴江西南昌协调。"))).toEqual(["COMPANY:建行合肥蜀山支行"]);
    expect(names(r.recognize("工商银行扬州开发支行第一时间跟进。"))).toEqual(["COMPANY:工商银行扬州开发支行"]);
  });

  it("starts a registered name after a person named after a post and 和 (`副盟长王维东和…有限公司`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("副盟长王维东和阿拉善沪蒙能源实业有限公司董事长林孝仁出席签约。"))).toEqual([
      "COMPANY:阿拉善沪蒙能源实业有限公司",
    ]);
  });

  it("takes a company's profit, turnover or revenue after a name that needs evidence as evidence", async () => {
    const r = await recognizer();
    expect(names(r.recognize("安阳钢铁上半年净利同比增长最快。"))).toEqual(["COMPANY:安阳钢铁"]);
    expect(names(r.recognize("2023年,京东未披露交易额。今年快手交易额增长。"))).toEqual(["COMPANY:京东", "COMPANY:快手"]);
    expect(names(r.recognize("茅台以1299亿元营收独占鳌头。"))).toEqual(["COMPANY:茅台"]);
    // The liquor itself, with no figure of the company's, stays a product.
    expect(names(r.recognize("一瓶茅台摆在桌上。"))).toEqual([]);
  });

  it("reads no place before a short name where the place starts inside another known name (`京东和快手`)", async () => {
    const r = await recognizer();
    const m = r.recognize("2024年,淘天集团、京东和快手等宣布取消预售模式。");
    expect(names(m)).toEqual(["COMPANY:淘天集团", "COMPANY:京东", "COMPANY:快手"]);
  });
});

describe("stop 37: a zone named with and without the places before it (reader pass)", () => {
  it("links a zone named without its province, city or town to the zone named with them", async () => {
    const r = await recognizer();
    const zones = (text: string) => r.recognize(text).filter((m) => m.type === "ZONE");
    // 大龙 is no place the gazetteer knows, so 贵州 stays in the long name's id.
    const dalong = zones("记者从贵州大龙经济开发区获悉,2021年以来,大龙经济开发区新引进项目20个。");
    expect(dalong.map((z) => z.text)).toEqual(["贵州大龙经济开发区", "大龙经济开发区"]);
    expect(dalong[1].entityId).toBe(dalong[0].entityId);
    const guangqing = zones("清远石角镇广清产业园迎来第二批项目。广清产业园是两市打造的园区。");
    expect(guangqing[1].entityId).toBe(guangqing[0].entityId);
    // A province and a catalogue zone's other form: `山西大同经济开发区` is the catalogue's 大同经济技术开发区.
    const datong = zones("记者从山西大同经济开发区获悉,大同经济开发区新引进项目。");
    expect(datong.map((z) => z.entityId)).toEqual(["sx:大同经济技术开发区", "sx:大同经济技术开发区"]);
    // A place's name before a different zone's is no shortening: 太原 is no 阳曲.
    expect(new Set(zones("太原经济技术开发区与阳曲经济技术开发区").map((z) => z.entityId)).size).toBe(2);
  });

  it("reads no company in a name that is the place a zone of the text is named by (`贵州大龙年产…项目`)", async () => {
    const r = await recognizer();
    const m = r.recognize(
      "记者从贵州大龙经济开发区获悉,项目进展顺利。\n贵州大龙年产10万吨负极材料项目(山河智能装备股份有限公司大龙项目)建设现场",
    );
    expect(m.filter((x) => x.type === "COMPANY").map((x) => x.text)).toEqual(["山河智能装备股份有限公司"]);
  });
});

describe("stop 37: a park named by the country and its place in brackets (dev-q3)", () => {
  it("reads `中国(驻马店)国际农产品加工产业园` whole, and a company's bracketed place no differently", async () => {
    const r = await recognizer();
    expect(names(r.recognize("拟入驻中国(合肥)国际农产品加工产业园8个项目。"))).toEqual(["ZONE:中国(合肥)国际农产品加工产业园"]);
    // The country alone before a sector park is still no park's name.
    expect(names(r.recognize("打造中国新材料产业园。"))).toEqual([]);
    expect(names(r.recognize("为渤钢企业管理(天津)股份有限公司。"))).toEqual(["COMPANY:渤钢企业管理(天津)股份有限公司"]);
  });
});

describe("stop 37: new Shanxi and industry news (dev-r)", () => {
  it("takes a short name in brackets right after a company as its name wherever the text uses it", async () => {
    const r = await recognizer();
    const m = r.recognize("形成了以阳煤化工机械集团公司(阳煤化机)为主的格局。阳煤化机与清华大学合作开发气化炉。");
    expect(names(m)).toEqual(["COMPANY:阳煤化工机械集团公司", "COMPANY:阳煤化机", "COMPANY:阳煤化机"]);
    expect(new Set(m.map((x) => x.entityId)).size).toBe(1);
    // A bracket that does not abbreviate the name is no short name of it (a place, a product).
    expect(names(r.recognize("山西焦化集团公司(焦炭)产量增长,焦炭价格上涨。"))).toEqual(["COMPANY:山西焦化集团公司"]);
  });

  it("reads 经济园区 and 经济园 as a park's kind (`塔山循环经济园区`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("塔山循环经济园区位于大同。"))).toEqual(["ZONE:塔山循环经济园区"]);
    expect(names(r.recognize("项目选址山西转型综改示范区学府总部经济园核心地带。"))).toEqual([
      "ZONE:山西转型综改示范区",
      "ZONE:学府总部经济园",
    ]);
    // A count of such parks names none.
    expect(names(r.recognize("将再建三个循环经济园区。"))).toEqual([]);
  });

  it("reads no company in a list's roads, housing, scenic spots or temples", async () => {
    const r = await recognizer();
    expect(names(r.recognize("包括东西主干道二期、南北主干道二期、金屿大桥安置小区等30个基础设施项目。"))).toEqual([]);
    const m = r.recognize(
      "先后到山西维之王食品有限公司、山西圣波醋业有限公司、郝家窑特色乡村旅游景区、太阴寺、绛县山楂技术指导中心等地调研。",
    );
    expect(names(m)).toEqual(["COMPANY:山西维之王食品有限公司", "COMPANY:山西圣波醋业有限公司"]);
  });

  it("ends a name at what one company does to another, at a ranking's 强 and at 在 + a place + 建设", async () => {
    const r = await recognizer();
    expect(names(r.recognize("中粮佳悦升级中粮集团三级企业总部。"))).toEqual(["COMPANY:中粮佳悦", "COMPANY:中粮集团"]);
    expect(names(r.recognize("下一步保税区坚持稳字当头。"))).toEqual([]);
    expect(names(r.recognize("世界500强法国赛峰集团航空发动机生产基地落户。"))).toEqual(["COMPANY:法国赛峰集团"]);
    expect(names(r.recognize("该公司计划在太原建设公司总部。"))).toEqual([]);
    // `牵线搭桥` (jieba's noun) leads into the list; it is no part of its first name.
    expect(names(r.recognize("政府部门牵线搭桥卫辉君乐宝、卓一牧业、恒升面业等企业。"))[0]).toBe("COMPANY:卫辉君乐宝");
  });
});

describe("stop 37: known names with the words a text adds (dev-r2)", () => {
  it("reads a known name's trade as its name where a ranking's or a report's verb follows (`顺丰速运蝉联榜首`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("根据该榜单,顺丰速运蝉联榜首,京东物流较去年提升一名。"))).toEqual([
      "COMPANY:顺丰速运",
      "COMPANY:京东物流",
    ]);
    // The trade is the deal's subject after no partner word, and stays out.
    expect(names(r.recognize("巴斯夫氢能合作取得进展。"))).not.toContain("COMPANY:巴斯夫氢能");
  });

  it("reads a company's China arm named by the company and 中国 (`特斯拉中国`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("榜单中,仅特斯拉中国和上汽通用五菱出现下滑。"))).toContain("COMPANY:特斯拉中国");
    // Its China plant is the company's site.
    expect(names(r.recognize("特斯拉中国工厂开工。"))).not.toContain("COMPANY:特斯拉中国");
  });

  it("reads the companies heading the items of a list of projects led in by 包括, not the items whole", async () => {
    const r = await recognizer();
    const m = r.recognize("开工项目中,包括东华软件总部基地、华东科技存储器封测、日本荏原精密真空泵等战略性新兴产业项目55个。");
    expect(names(m)).toEqual(["COMPANY:东华软件", "COMPANY:华东科技", "COMPANY:日本荏原"]);
  });
});

describe("stop 37: planning areas and words before 公司 (dev-r1)", () => {
  it("reads no zone in an ecological function zone, and no company in `现将公司`", async () => {
    const r = await recognizer();
    expect(names(r.recognize("推进吉县生态功能区建设。"))).toEqual([]);
    expect(names(r.recognize("成都天府国际生物城产业功能区签约。"))).toEqual(["ZONE:成都天府国际生物城产业功能区"]);
    expect(names(r.recognize("基于谨慎性原则,现将公司相关项目进展情况说明如下。"))).toEqual([]);
  });
});

describe("stop 37: a park named with a village before it, in steps (reader pass, dev-r1)", () => {
  it("links `东升科技园` and `中关村东升科技园` to `北京中关村东升科技园`", async () => {
    const r = await recognizer();
    const zones = r
      .recognize("管委会与北京中关村东升科技园签约,主要是学习东升科技园的经验。在中关村东升科技园参观。")
      .filter((m) => m.type === "ZONE");
    expect(zones.map((z) => z.text)).toEqual(["北京中关村东升科技园", "东升科技园", "中关村东升科技园"]);
    expect(new Set(zones.map((z) => z.entityId)).size).toBe(1);
    expect(zones[1].canonical).toBe("北京中关村东升科技园");
  });
});

describe("stop 37: airlines and visits (pooled dev sets)", () => {
  it("reads a place's name and 航空 as its airline, not as the place's aviation industry or hub", async () => {
    const r = await recognizer();
    expect(names(r.recognize("民航局正式向大连航空颁发合格证。"))).toEqual(["COMPANY:大连航空"]);
    expect(names(r.recognize("发展大连航空产业。"))).toEqual([]);
    expect(names(r.recognize("县青少年航空科普培训中心建设。"))).toEqual([]);
  });

  it("ends a registered name at a field visit (`实地考察`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("考察团一行实地考察五株科技股份有限公司。"))).toEqual(["COMPANY:五株科技股份有限公司"]);
  });
});

describe("stop 37: dev-s2, read after its blind scores", () => {
  it("knows airlines' short names, and a brewery's place is no short name of its beer (`青岛啤酒(兴凯湖)有限公司`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("届时国航、山航和深航等将协调运力。"))).toEqual(["COMPANY:国航", "COMPANY:山航", "COMPANY:深航"]);
    const m = r.recognize("青岛啤酒(兴凯湖)有限公司将成为远东地区最大的啤酒生产基地,年啤酒生产能力为40万千升。");
    expect(names(m)).toEqual(["COMPANY:青岛啤酒(兴凯湖)有限公司"]);
  });

  it("reads 创新 as what a zone does (`沈抚改革创新示范区`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("4月25日,沈抚改革创新示范区举行签约活动。"))).toEqual(["ZONE:沈抚改革创新示范区"]);
    expect(names(r.recognize("推进科技创新示范区建设。"))).toEqual([]);
  });
});

describe("stop 37: parks of what they make (reader pass, dev-f)", () => {
  it("reads 制造园区 and 制造园 as a park's kind (`山能集团智慧制造园区`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("是继山能集团智慧制造园区项目落户开发区后的又一大项目。"))).toEqual(["ZONE:山能集团智慧制造园区"]);
    expect(names(r.recognize("推进装备制造园区建设。"))).toEqual([]);
  });

  it("reads no company in a count of the country's biggest (`中国四大国家石油公司之一`)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("中化集团是中国四大国家石油公司之一。"))).toEqual(["COMPANY:中化集团"]);
  });
});

describe("stop 37: links a reader pass showed split (dev-s2, dev-m1)", () => {
  it("links a free-trade zone named with the country and its place in brackets to the zone named by the place", async () => {
    const r = await recognizer();
    const zones = r.recognize("建设中国(湖南)自由贸易试验区,高质量推进湖南自由贸易试验区建设。").filter((m) => m.type === "ZONE");
    expect(zones).toHaveLength(2);
    expect(zones[1].entityId).toBe(zones[0].entityId);
  });

  it("links a company called by an abbreviation and 公司 to the one registered name it abbreviates", async () => {
    const r = await recognizer();
    const m = r.recognize("青岛啤酒(兴凯湖)有限公司扩建项目启动。青啤兴凯湖公司40万千升搬迁扩建项目位于园区内。");
    const companies = m.filter((x) => x.type === "COMPANY");
    expect(companies.map((c) => c.text)).toEqual(["青岛啤酒(兴凯湖)有限公司", "青啤兴凯湖公司"]);
    expect(companies[1].entityId).toBe(companies[0].entityId);
  });
});

describe("stop 38: dev-t, read after its blind scores", () => {
  it("knows a drug maker, a retailer and a broker the news names (葛兰素史克/GSK, 开市客, 平安证券)", async () => {
    const r = await recognizer();
    expect(names(r.recognize("恒瑞医药将新药许可给跨国药企葛兰素史克(GSK)。"))).toEqual([
      "COMPANY:恒瑞医药",
      "COMPANY:葛兰素史克",
      "COMPANY:GSK",
    ]);
    expect(names(r.recognize("消费者便向开市客投诉。根据平安证券研报,截至年底产能过剩。"))).toEqual([
      "COMPANY:开市客",
      "COMPANY:平安证券",
    ]);
  });
});

describe("stop 38: 太阳能 is a trade", () => {
  it("reads `海晶太阳能`, `潞安太阳能` whole and a list of solar makers", async () => {
    const r = await recognizer();
    expect(names(r.recognize("此次开工建设的平朔煤矸石发电、国电海丰、海晶太阳能3个光伏项目总投资10亿元。"))).toContain(
      "COMPANY:海晶太阳能",
    );
    expect(names(r.recognize("同时也不乏华晟新能源、一道新能源、高景太阳能、中来光电等在细分领域具有优势的企业。"))).toEqual([
      "COMPANY:华晟新能源",
      "COMPANY:高景太阳能",
      "COMPANY:中来光电",
    ]);
  });
});

describe("stop 38: one park, called with and without its kind's words", () => {
  it("links `巴公园区` (after the zone it is in) to `巴公工业园区`", async () => {
    const r = await recognizer();
    const m = r.recognize("晋城经济技术开发区巴公园区事业服务中心主任出席。巴公工业园区是晋城经开区的重要园区。");
    const parks = m.filter((x) => x.text.startsWith("巴公"));
    expect(parks.map((x) => x.text)).toEqual(["巴公园区", "巴公工业园区"]);
    expect(parks[0].entityId).toBe(parks[1].entityId);
  });
});

describe("stop 38: dev-u, read after its blind scores", () => {
  it("keeps a company's standing and whose capital it is out of its name (`行业龙头`, `台商`), and no class in a list", async () => {
    const r = await recognizer();
    expect(names(r.recognize("在行业龙头龙佰集团的带动下,安纳达也宣布上调价格。"))).toEqual([
      "COMPANY:龙佰集团",
      "COMPANY:安纳达",
    ]);
    expect(names(r.recognize("先后走访浙江省玉环市汽配产业链企业、台商柏群电子科技有限公司等多家企业。"))).toEqual([
      "COMPANY:柏群电子科技有限公司",
    ]);
  });

  it("takes no trade alone for the short name of a company named by a place and the trade (`永济电机` … `电机`)", async () => {
    const r = await recognizer();
    const m = r.recognize("是一家叫永济新时速的电机厂商(简称永济电机),它为动车机组提供70%的电机。永济电机原来是三线企业。");
    expect(names(m).filter((n) => n.endsWith(":电机"))).toEqual([]);
    expect(names(m)).toContain("COMPANY:永济电机");
  });

  it("knows the market-data firms industry news quotes (生意社, 百川盈孚, 隆众资讯, 彭博新能源财经)", async () => {
    const r = await recognizer();
    expect(
      names(r.recognize("据报价平台生意社数据,截至2025年。据百川盈孚数据,钛精矿价格高位运行。隆众资讯数据显示,成本上升。")),
    ).toEqual(["COMPANY:生意社", "COMPANY:百川盈孚", "COMPANY:隆众资讯"]);
    expect(names(r.recognize("3月15日,彭博新能源财经发布了2022年中国风电整机商排名。"))).toEqual(["COMPANY:彭博新能源财经"]);
  });
});
