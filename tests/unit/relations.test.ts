/**
 * Relation extraction (lib/ner/relations.ts) on mentions written by hand, so
 * each case tests the relation structure alone: `[[Z:name]]` is a zone,
 * `[[C:name]]` a company, `[[C:name=id]]` a company under another name.
 */
import { describe, expect, it } from "vitest";
import type { Mention } from "../../lib/model/reading";
import { extractRelations } from "../../lib/ner/relations";

function marked(markup: string): { text: string; mentions: Mention[] } {
  const mentions: Mention[] = [];
  let text = "";
  let last = 0;
  for (const m of markup.matchAll(/\[\[([ZC]):([^\]=]+)(?:=([^\]]+))?\]\]/g)) {
    text += markup.slice(last, m.index);
    const type = m[1] === "Z" ? "ZONE" : "COMPANY";
    const id = `${type}:${m[3] ?? m[2]}`;
    mentions.push({
      start: text.length,
      end: text.length + m[2].length,
      type,
      text: m[2],
      entityId: id,
      canonical: m[3] ?? m[2],
    });
    text += m[2];
    last = (m.index ?? 0) + m[0].length;
  }
  return { text: text + markup.slice(last), mentions };
}

/** `company → zone kind` for each relation found. */
function relations(markup: string): string[] {
  const { text, mentions } = marked(markup);
  return extractRelations(text, mentions).map((r) => `${r.company.text} → ${r.zone.text} ${r.kind}`);
}

describe("located", () => {
  it.each([
    ["[[C:太原重工]]落户[[Z:山西转型综改示范区]]。", "太原重工 → 山西转型综改示范区 located"],
    ["[[C:中极氢能]]正式入驻[[Z:长治高新区]]。", "中极氢能 → 长治高新区 located"],
    ["位于[[Z:晋城经开区]]的[[C:富士康]]产销两旺。", "富士康 → 晋城经开区 located"],
    ["[[Z:晋城经开区]]内的[[C:福盛钢铁]]今年扩产。", "福盛钢铁 → 晋城经开区 located"],
    ["[[Z:左云经济技术开发区]]企业[[C:鹊盛活性炭]]开足马力。", "鹊盛活性炭 → 左云经济技术开发区 located"],
    ["[[C:兰花科技]]在[[Z:晋城经开区]]建设氢能项目。", "兰花科技 → 晋城经开区 located"],
    ["[[C:泰山玻纤]]（[[Z:晋中开发区]]）二号线投产。", "泰山玻纤 → 晋中开发区 located"],
  ])("%s", (markup, expected) => {
    expect(relations(markup)).toEqual([expected]);
  });

  it("reaches every company of a list the zone brought in", () => {
    expect(relations("[[Z:东湖综保区]]引进了[[C:中外运]]、[[C:锦海捷亚]]和[[C:普路通]]等企业。")).toEqual([
      "中外运 → 东湖综保区 located",
      "锦海捷亚 → 东湖综保区 located",
      "普路通 → 东湖综保区 located",
    ]);
  });

  it("places the companies of a visit to the zone in it, even a sentence later", () => {
    expect(relations("副市长在[[Z:晋中国家农高区]]调研。调研中，一行先后深入[[C:京东]]农场、[[C:巨鑫]]基地等地。")).toEqual([
      "京东 → 晋中国家农高区 located",
      "巨鑫 → 晋中国家农高区 located",
    ]);
  });

  it("reads `该园区` as the zone named last", () => {
    expect(relations("[[Z:左云经济技术开发区]]发展提速。该园区企业开工率达90%，[[C:云净康环保]]等企业满负荷生产。")).toEqual([
      "云净康环保 → 左云经济技术开发区 located",
    ]);
  });

  it("falls back on the headline's zone when a sentence brings companies in without naming it", () => {
    expect(relations("[[Z:山西长治高新区]]全方位推动高质量发展\n今年以来，引入了[[C:联想开天]]、[[C:神州数码]]等项目。")).toEqual(
      ["联想开天 → 山西长治高新区 located", "神州数码 → 山西长治高新区 located"],
    );
  });

  it("a scene set in the zone (`Y内，X…`) places the company that opens the next clause", () => {
    expect(relations("春节刚过，[[Z:忻州经济开发区]]内，[[C:沐邦新能源(忻州)有限公司]]就已掀起复工复产的热潮。")).toEqual([
      "沐邦新能源(忻州)有限公司 → 忻州经济开发区 located",
    ]);
  });

  it("zones named as a list (what is brought in serves them) are not where the next sentences' companies are", () => {
    const text =
      "构建创新创业平台。产业园项目位于[[Z:晋城经开区]]。" +
      "项目将重点引进[[Z:富士康工业园]]、[[Z:中船重工产业园]]、[[Z:金鼎煤机产业园]]的上下游配套企业。" +
      "首期已完成主体工程建设。目前，已有[[C:华唐集团]]外包项目等正式签约，并有部分企业开始入驻装修。";
    expect(relations(text)).toEqual(["华唐集团 → 晋城经开区 located"]);
  });
});

describe("signed and invests", () => {
  it("a zone signing with a company, and the company investing there", () => {
    expect(relations("[[Z:晋城经济技术开发区]]管委会与[[C:兰花科技]]签订合作协议。").sort()).toEqual([
      "兰花科技 → 晋城经济技术开发区 signed",
    ]);
    expect(relations("[[C:兰花科技]]投资10亿元在[[Z:晋城经开区]]建设氢能项目。").sort()).toEqual([
      "兰花科技 → 晋城经开区 invests",
      "兰花科技 → 晋城经开区 located",
    ]);
  });

  it("cue words inside a name are not cues (`…开发运营有限公司` is no operator clause)", () => {
    expect(
      relations("[[C:高速集团]]电子产业园项目在[[Z:石家庄高新区]]开工。该项目由[[C:河北高速集团资源开发运营有限公司]]投资建设。"),
    ).toEqual(["高速集团 → 石家庄高新区 located", "河北高速集团资源开发运营有限公司 → 石家庄高新区 invests"]);
  });

  it("a project the zone signed is signed, not yet located", () => {
    expect(relations("集中签约仪式上，[[Z:尧都高新区]][[C:山猫]]机械属具项目签约。")).toEqual(["山猫 → 尧都高新区 signed"]);
  });

  it("an investor of the zone's own project invests in it", () => {
    expect(relations("由[[C:河南农开基金]]投资建设的[[Z:南阳市艾草产业园]]项目，计划投资25亿元。")).toEqual([
      "河南农开基金 → 南阳市艾草产业园 invests",
    ]);
  });
});

describe("no relation", () => {
  it.each([
    ["[[Z:晋城经开区]]管委会主任会见了[[C:兰花科技]]董事长。"],
    ["[[C:兰花科技]]的产品销往[[Z:晋城经开区]]。"],
    ["[[Z:云冈经开区]]负责人走访[[C:筑为工程]]，洽谈入驻事宜。"],
    ["[[Z:东湖综保区]]计划引进新能源企业，[[C:中外运]]也在观望。"],
    ["南郊区与[[C:利创新能源]]签约光伏项目。"],
  ])("%s", (markup) => {
    expect(relations(markup)).toEqual([]);
  });

  it("a company settled in another zone named between is not in the first", () => {
    expect(relations("[[Z:晋城经开区]]与[[Z:长治高新区]]内的[[C:福盛钢铁]]合作。")).toEqual(["福盛钢铁 → 长治高新区 located"]);
  });
});

describe("one relation per company entity, zone entity and kind", () => {
  it("points at the surest statement's mentions, with its sentence as evidence in the original offsets", () => {
    const { text, mentions } = marked(
      "[[C:太原重工轨道交通设备有限公司=太重轨道]]在太原投产。[[C:太重轨道]]落户[[Z:山西转型综改示范区]]。[[C:太重轨道]]在[[Z:山西转型综改示范区]]开工了。",
    );
    const found = extractRelations(text, mentions);
    expect(found).toHaveLength(1);
    const [r] = found;
    expect(r).toMatchObject({ kind: "located", confidence: 0.9, company: { entityId: "COMPANY:太重轨道" } });
    expect(text.slice(r.company.start, r.company.end)).toBe("太重轨道");
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe("太重轨道落户山西转型综改示范区。");
  });

  it("needs both a company and a zone", () => {
    expect(relations("[[C:太重]]投产。")).toEqual([]);
    expect(relations("[[Z:晋城经开区]]发展。")).toEqual([]);
    expect(extractRelations("", [])).toEqual([]);
  });
});

/** Structures first met in passages annotated after the rules were written (eval/relations/dev2). */
describe("statements of news the rules were not written on", () => {
  it.each([
    // The park named by its kind alone, in an article about it.
    [
      "[[Z:临港汽车零部件产业园]]建设提速。目前，[[C:延鑫汽车饰件有限公司]]已经成功落户园区。",
      "延鑫汽车饰件有限公司 → 临港汽车零部件产业园 located",
    ],
    // The zone's leading companies.
    ["[[Z:肥西经开区]]已形成主导产业集群：以[[C:江淮]]为龙头的汽车产业。", "江淮 → 肥西经开区 located"],
    // The company is one of the zone's projects.
    ["[[C:锐堃机械制造]]是[[Z:朔州经济开发区]]招商引资项目。", "锐堃机械制造 → 朔州经济开发区 located"],
    // The company's own workshop, in a report about the zone.
    [
      "[[Z:平鲁经济技术开发区]]项目建设如火如荼。走进[[C:怀益瓷业]]的打包车间，工人们正在装箱。",
      "怀益瓷业 → 平鲁经济技术开发区 located",
    ],
  ])("%s", (markup, expected) => {
    expect(relations(markup)).toEqual([expected]);
  });

  it("places every item of a list the sentence says starts there", () => {
    expect(
      relations(
        "[[Z:太仓港经济开发区]]又有项目开工。昨日奠基开工的3家企业，分别是[[C:玛顿节能]]、[[C:天瑞节能]]和[[C:昊诚光电]]项目。",
      ),
    ).toEqual([
      "玛顿节能 → 太仓港经济开发区 located",
      "天瑞节能 → 太仓港经济开发区 located",
      "昊诚光电 → 太仓港经济开发区 located",
    ]);
  });

  it("the projects of a signing, item by item, are signed; each company's own investment is invests", () => {
    expect(
      relations(
        "[[Z:肥西经开区]]举行签约仪式。本次签约的两个项目，分别是[[C:上海音讯飞]]投资的智慧物流项目、[[C:无锡清风源]]新材料项目。",
      ),
    ).toEqual(["上海音讯飞 → 肥西经开区 signed", "上海音讯飞 → 肥西经开区 invests", "无锡清风源 → 肥西经开区 signed"]);
  });

  it("the zone left unsaid as the subject that signs with a list of companies (an agreement to move in: located too)", () => {
    expect(
      relations("[[Z:潞城经开区]]加快招商。截至目前，已经与[[C:上海申能]]、[[C:冠域大数据]]等18家企业签订了入园协议。"),
    ).toEqual([
      "上海申能 → 潞城经开区 located",
      "上海申能 → 潞城经开区 signed",
      "冠域大数据 → 潞城经开区 located",
      "冠域大数据 → 潞城经开区 signed",
    ]);
  });

  it("what a county or city starts is not the zone's, and a company met for talks is not in it", () => {
    expect(relations("[[Z:襄汾经济技术开发区]]规划发布。该县集中开工了[[C:星原]]、[[C:宏源]]等项目。")).toEqual([]);
    expect(relations("市长在[[Z:北京经济技术开发区]]考察。走访[[C:中国电科]]、[[C:中国建材]]，深化交流合作。")).toEqual([]);
  });
});

describe("structures a third dev set (dev3) showed the rules missed", () => {
  it.each([
    // The company's own project going up, in a report about the zone (its name left unsaid).
    [
      "[[Z:清徐特色食品工业集聚区]]加快建设。[[C:锦盛公司]]研发中心主体建设已提前封顶。",
      ["锦盛公司 → 清徐特色食品工业集聚区 located"],
    ],
    // A project named by its amount, in a report about the zone: located, and its company invests.
    [
      "[[Z:大同开发区]]医药产业提速。二是总投资1.7亿元的[[C:振东泰盛]]生产车间升级改造。",
      ["振东泰盛 → 大同开发区 located", "振东泰盛 → 大同开发区 invests"],
    ],
    [
      "[[Z:嘉善经开区]]再添新项目。[[C:博时新能源]]将建成储能系统生产基地，项目总投资约10亿元。",
      ["博时新能源 → 嘉善经开区 located", "博时新能源 → 嘉善经开区 invests"],
    ],
    // The scene of the report is the company's project site.
    [
      "[[Z:长子经开区]]项目建设正酣。在[[C:深泰科技]]煤机维修再制造项目建设现场，工人忙碌有序。",
      ["深泰科技 → 长子经开区 located"],
    ],
    [
      "在[[Z:潍坊滨海区]]，一期投资22.5亿元的[[C:万盛]]新材料项目施工现场，机器轰鸣。",
      ["万盛 → 潍坊滨海区 located", "万盛 → 潍坊滨海区 invests"],
    ],
    // Companies that settle, the zone being the sentence's subject.
    [
      "[[Z:常州高新区]]发挥外资集聚优势，[[C:殷拓]]、[[C:克福斯弹簧]]等一批外资项目相继落户。",
      ["殷拓 → 常州高新区 located", "克福斯弹簧 → 常州高新区 located"],
    ],
    // A chain of zone names is one place: the company is in each.
    [
      "位于[[Z:平定经济技术开发区]][[Z:张庄工业园区]]的[[C:中烨]]负极材料项目正在施工。",
      ["中烨 → 平定经济技术开发区 located", "中烨 → 张庄工业园区 located"],
    ],
    ["[[C:荣光鞋业]]属[[Z:上蔡县产业集聚区]]内的主导产业类企业。", ["荣光鞋业 → 上蔡县产业集聚区 located"]],
  ])("%s", (markup, expected) => {
    expect(relations(markup)).toEqual(expected);
  });

  it("a verb clauses before a list does not bring the list in (`已引进…，上游企业涵盖A`: A is a customer)", () => {
    expect(relations("[[Z:汨罗产业园]]已引进项目30余个，现有投产企业17家，上游企业涵盖[[C:三一集团]]、[[C:中联重科]]。")).toEqual(
      [],
    );
    expect(relations("[[Z:东湖综保区]]共引进签约项目8个，协议投资总额达到10亿元，包括[[C:中外运]]、[[C:普路通]]。")).toContain(
      "中外运 → 东湖综保区 located",
    );
  });

  it("a zone named as one item of a list of projects is not the sentence's place: the report's zone is", () => {
    expect(
      relations(
        "[[Z:江阴高新区]]项目建设提速。[[C:智建美住]]智慧移动建筑、[[Z:星河科创产业园]]、[[C:新杰科技]]半导体设备等21个项目建成投产。",
      ),
    ).toEqual(["智建美住 → 江阴高新区 located", "新杰科技 → 江阴高新区 located"]);
    // The zone's committee in a list of people is a party, not an item.
    expect(
      relations(
        "签约仪式举行，[[C:九创投资]]、[[C:宝利丰科技]]分别与副市长席建国、[[Z:什邡经济开发区]]管委会主任签订了项目投资协议书。",
      ),
    ).toEqual(["九创投资 → 什邡经济开发区 signed", "宝利丰科技 → 什邡经济开发区 signed"]);
  });

  it("companies arriving in a report about the zone, and the scene at a company's line", () => {
    expect(relations("[[Z:蓬安工业园区]]招商见效。龙头一立，[[C:虹沣科技]]、[[C:锐显智能]]等上下游企业接踵而至。")).toEqual([
      "虹沣科技 → 蓬安工业园区 located",
      "锐显智能 → 蓬安工业园区 located",
    ]);
    expect(relations("近日，在[[Z:蓬安工业园区]]内，[[C:南充佳美食品]]的生产线高速运转。")).toEqual([
      "南充佳美食品 → 蓬安工业园区 located",
    ]);
  });

  it("the zone's news item by item, and the zone's count of items", () => {
    expect(
      relations("[[Z:辽阳经济开发区]]捷报频传：[[C:博仕科技]]中试基地项目顺利投产，[[C:辽阳石化设备公司]]新建厂房项目如期交付。"),
    ).toEqual(["博仕科技 → 辽阳经济开发区 located", "辽阳石化设备公司 → 辽阳经济开发区 located"]);
    expect(relations("[[Z:桑海产业园]]3个：[[C:海济医药]]、[[C:泽尔医药物流]]。")).toEqual([
      "海济医药 → 桑海产业园 located",
      "泽尔医药物流 → 桑海产业园 located",
    ]);
  });

  it("the items of the zone's list of projects, and a list that names a zone among its projects", () => {
    expect(
      relations(
        "[[Z:廊坊临空经济区]]重点项目集中开工\n涉及战略性新兴产业项目3项，包括[[C:吉诺卫]]创新疫苗生产基地、[[C:凡星光电]]内窥镜产业基地项目，总投资24.21亿元。",
      ),
    ).toEqual(["吉诺卫 → 廊坊临空经济区 located", "凡星光电 → 廊坊临空经济区 located"]);
    expect(
      relations(
        "[[Z:长春经开区]]项目开复工。截至3月31日，[[C:浪潮]]云计算中心、[[Z:长春兴隆国际陆港]](铁路场站)等78个项目均如期开复工。",
      ),
    ).toEqual(["浪潮 → 长春经开区 located"]);
  });

  it("another place bringing companies in, and a signing ceremony held in the zone, do not place them there", () => {
    expect(relations("[[Z:柳州河西高新区]]位于柳南区，而柳南区聚集了[[C:上汽通用五菱]]、[[C:柳工集团]]三大主机厂。")).toEqual([]);
    expect(relations("[[C:天浩生物]]万吨辣椒深加工项目签约仪式在[[Z:内黄县先进制造业开发区]]举行。")).not.toContain(
      "天浩生物 → 内黄县先进制造业开发区 located",
    );
  });

  it("a project placed elsewhere, or one that is being signed, is not the zone's", () => {
    expect(relations("[[Z:宁波都市产业园]]建设提速。[[C:喜田]]工业机器人等一批高端项目落户鄞州。")).toEqual([]);
    expect(relations("[[Z:中北高新区]]招商提速。[[C:泰康]]社区项目总投资20亿元，落地万柏林区。")).toEqual([]);
    expect(relations("[[Z:肥西经开区]]举行签约仪式。[[C:金岛信息]]测试仪器生产项目建设签约。")).not.toContain(
      "金岛信息 → 肥西经开区 located",
    );
    // A district before the company sets it there, not in the article's zone (stop 37, dev3).
    expect(relations("[[Z:大同经开区]]项目建设提速。新荣区[[C:南京电气]]新能源装配产业项目预计7月试生产。")).toEqual([]);
    expect(relations("[[Z:新荣区经济开发区]]项目建设提速。新荣区[[C:南京电气]]新能源装配产业项目预计7月试生产。")).toEqual([
      "南京电气 → 新荣区经济开发区 located",
    ]);
  });

  it("a company the report calls the zone's own (`在园区企业X`) is in the zone the article is about", () => {
    expect(
      relations("记者在[[Z:沿滩高新技术产业园区]]采访时获悉。在园区企业[[C:四川千般就食品有限公司]],月均产量200吨。"),
    ).toEqual(["四川千般就食品有限公司 → 沿滩高新技术产业园区 located"]);
  });

  it("a zone that counts its companies, then names them (`新建企业5家，其中A、B已投产`), holds them; a count elsewhere does not", () => {
    expect(relations("[[Z:应县陶瓷工业园区]]初具规模，新建企业5家，其中[[C:华兴]]、[[C:佳乐陶瓷]]已投产。")).toEqual([
      "华兴 → 应县陶瓷工业园区 located",
      "佳乐陶瓷 → 应县陶瓷工业园区 located",
    ]);
    // The zone is no subject here: it is what a visit went to, and the count is the delegation's.
    expect(relations("代表团参观了[[Z:应县陶瓷工业园区]]，一行共有企业家5个，其中[[C:华兴]]董事长发言。")).toEqual([]);
  });
});
