import { describe, expect, it } from "vitest";
import { type CompanyRow, decodeListed, defaultGazetteer, encodeListed, mergeListed } from "../../lib/ner/gazetteer";
import { cleanFullName, cleanShortName, shortNameUse } from "../../scripts/gazetteer/listedNames";
import { names, recognizer } from "../helpers/recognizer";

describe("listed companies: short names as news writes them", () => {
  it("strips risk warnings, share classes and market markers", () => {
    expect(cleanShortName("*ST国华")).toEqual({ name: "国华", riskWarning: true });
    expect(cleanShortName("ST太重")).toEqual({ name: "太重", riskWarning: true });
    expect(cleanShortName("万  科Ａ").name).toBe("万科");
    expect(cleanShortName("深康佳B").name).toBe("深康佳");
    expect(cleanShortName("寒武纪-U").name).toBe("寒武纪");
    expect(cleanShortName("精进电动-UW").name).toBe("精进电动");
    expect(cleanShortName("九号公司-WD").name).toBe("九号公司");
    expect(cleanShortName("C林平").name).toBe("林平");
    expect(cleanShortName("S佳通").name).toBe("佳通");
    expect(cleanShortName("TCL科技").name).toBe("TCL科技");
    expect(cleanShortName("ＴＣＬ中环").name).toBe("TCL中环");
    expect(cleanFullName("北京昂瑞微-UW电子技术股份有限公司")).toBe("北京昂瑞微电子技术股份有限公司");
  });

  it("decides from jieba's words whether a short name is trusted, needs context or is dropped", () => {
    const ordinary = (w: string) => ["能源", "新能源", "银行", "深圳", "机器人"].includes(w);
    const w = (...pairs: string[]) => pairs.map((p) => ({ word: p.split("/")[0], tag: p.split("/")[1] }));
    expect(shortNameUse("中兴通讯", w("中兴通讯/nt"), ordinary)).toBe("short");
    expect(shortNameUse("同仁堂", w("同仁堂/nr"), ordinary)).toBe("context");
    expect(shortNameUse("机器人", w("机器人/n"), ordinary)).toBe("drop");
    expect(shortNameUse("万科", w("万科/nz"), ordinary)).toBe("context");
    expect(shortNameUse("阳光", w("阳光/nr"), ordinary)).toBe("drop");
    expect(shortNameUse("宝实", w("宝实/x"), ordinary, true)).toBe("drop");
    expect(shortNameUse("平安银行", w("平安/a", "银行/n"), ordinary)).toBe("short");
    expect(shortNameUse("泰禾股份", w("泰禾/x", "股份/n"), ordinary)).toBe("short");
    expect(shortNameUse("立新能源", w("立新/d", "能源/n"), ordinary, false, w("新能源/n"))).toBe("context");
    const place = (x: string) => x === "深圳";
    expect(shortNameUse("新产业", w("新/a", "产业/n"), (x) => ["新", "产业"].includes(x), false, [], place)).toBe("drop");
    expect(shortNameUse("深圳能源", w("深圳/ns", "能源/n"), ordinary, false, w("圳能源/x"), place)).toBe("context");
  });
});

describe("listed companies: stored one string each", () => {
  it("encodes the short name and 股份有限公司 inside the registered name, and decodes them back", () => {
    expect(encodeListed("北方铜业股份有限公司", "北方铜业")).toBe("~#|北方铜业");
    expect(encodeListed("安徽江淮汽车集团股份有限公司", "江淮汽车", "江淮")).toBe("安徽~集团#|江淮汽车|江淮");
    expect(encodeListed("湘财股份有限公司", "湘财股份")).toBe("~有限公司|湘财股份");
    expect(encodeListed("机器人股份有限公司")).toBe("机器人#");
    const file = {
      shortNames: ["~#|北方铜业", "安徽~集团#|江淮汽车|江淮", "~有限公司|湘财股份"],
      contextShortNames: ["万科企业#|万科"],
      fullNames: ["机器人#"],
    };
    expect(decodeListed(file)).toEqual({
      shortNames: [
        ["北方铜业股份有限公司", "北方铜业"],
        ["安徽江淮汽车集团股份有限公司", "江淮汽车"],
        ["湘财股份有限公司", "湘财股份"],
      ],
      contextShortNames: [["万科企业股份有限公司", "万科"]],
      fullNames: ["机器人股份有限公司"],
      coreNames: [["安徽江淮汽车集团股份有限公司", "江淮"]],
    });
  });
});

describe("listed companies: merged into the company entries", () => {
  const known: CompanyRow[] = [
    {
      id: "co:太原重型机械集团有限公司",
      name: "太原重型机械集团有限公司",
      aliases: ["太原重工股份有限公司"],
      shortNames: ["太重"],
    },
    { id: "co:美的集团股份有限公司", name: "美的集团股份有限公司", aliases: [], shortNames: [], contextShortNames: ["美的"] },
  ];

  it("adds names to a known company, keeping its id, and makes entries for the others", () => {
    const rows = mergeListed(known, {
      shortNames: [
        ["太原重工股份有限公司", "太原重工"],
        ["美的集团股份有限公司", "美的集团"],
        ["中兴通讯股份有限公司", "中兴通讯"],
      ],
      contextShortNames: [["万科企业股份有限公司", "万科"]],
      fullNames: ["机器人股份有限公司"],
    });
    expect(rows.map((r) => r.id)).toEqual([
      "co:太原重型机械集团有限公司",
      "co:美的集团股份有限公司",
      "co:中兴通讯股份有限公司",
      "co:万科企业股份有限公司",
      "co:机器人股份有限公司",
    ]);
    expect(rows[0].shortNames).toEqual(["太重", "太原重工"]);
    expect(rows[1].shortNames).toEqual(["美的集团"]);
    expect(rows[3].contextShortNames).toEqual(["万科"]);
    expect(rows[4]).toMatchObject({ aliases: [], shortNames: [], contextShortNames: [] });
    // The file's rows are not changed.
    expect(known[0].shortNames).toEqual(["太重"]);
  });

  it("links a short name known for another company to that company only", () => {
    const rows = mergeListed(known, {
      shortNames: [],
      contextShortNames: [["某某美的股份有限公司", "美的"]],
      fullNames: [],
    });
    // Found by its short name: the registered name becomes the known company's alias, one entity.
    expect(rows).toHaveLength(2);
    // …and the known company's own registered name without its legal suffix, added last.
    expect(rows[1].aliases).toEqual(["某某美的股份有限公司", "某某美的", "美的集团"]);
    expect(rows[1].contextShortNames).toEqual(["美的"]);
  });

  it("knows a listed company by its registered name without the legal suffix, unless that reads as a sector", () => {
    const g = defaultGazetteer();
    expect(g.lookup("华夏幸福基业")?.id).toBe("co:华夏幸福基业股份有限公司");
    expect(g.lookup("中国船舶工业")).toBeUndefined();
    // So is any other known company: `山西建设投资集团` of 山西建设投资集团有限公司 (a provincial group, not listed).
    expect(g.lookup("山西建设投资集团")?.id).toBe("co:山西建设投资集团有限公司");
  });

  it("gives a listed company's short and full names one entity in the default gazetteer", () => {
    const g = defaultGazetteer();
    expect(g.lookup("北方铜业")?.id).toBe("co:北方铜业股份有限公司");
    expect(g.lookup("北方铜业股份有限公司")?.id).toBe("co:北方铜业股份有限公司");
    expect(g.needsContext("万科")).toBe(true);
    expect(g.lookup("机器人")).toBeUndefined();
  });

  it("finds listed companies by their short names in text, with one entity id", async () => {
    const r = await recognizer();
    const m = r.recognize("北方铜业股份有限公司（简称北方铜业）与中青旅签约。北方铜业表示……");
    expect(names(m)).toEqual(["COMPANY:北方铜业股份有限公司", "COMPANY:北方铜业", "COMPANY:中青旅", "COMPANY:北方铜业"]);
    expect(new Set([m[0].entityId, m[1].entityId, m[3].entityId]).size).toBe(1);
  });
});

describe("listed companies: core names", () => {
  it("takes the trade word off a short name when what is left is a name of jieba's own", async () => {
    const { coreName } = await import("../../scripts/gazetteer/listedNames");
    const trade = (w: string) => ["汽车", "科技", "医药", "铜业"].includes(w);
    const ordinary = (w: string) => trade(w) || w === "中国";
    const words = (tags: Record<string, string>) => (w: string) => [{ word: w, tag: tags[w] ?? "n" }];
    const jieba = words({ 江淮: "j", 亿帆: "x", 北方: "f" });
    expect(coreName("江淮汽车", trade, ordinary, jieba)).toBe("江淮");
    expect(coreName("亿帆医药", trade, ordinary, jieba)).toBe("亿帆");
    expect(coreName("TCL科技", trade, ordinary, jieba)).toBe("TCL");
    expect(coreName("北方铜业", trade, ordinary, jieba)).toBeNull();
    expect(coreName("中国医药", trade, ordinary, jieba)).toBeNull();
  });

  it("finds a core name only with company words around it", async () => {
    const r = await recognizer();
    expect(names(r.recognize("形成了以亿帆为龙头的生物医药产业。"))).toEqual(["COMPANY:亿帆"]);
    expect(names(r.recognize("亿帆一样的速度。"))).toEqual([]);
  });
});
