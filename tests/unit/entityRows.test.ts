import { describe, expect, it } from "vitest";
import { entityRows } from "@/components/reading/entityRows";
import type { Mention } from "@/lib/ner/types";
import { wholeMention } from "../helpers/mentions";

const mention = (text: string, entityId: string, canonical: string, type: Mention["type"] = "COMPANY") =>
  wholeMention(text, entityId, canonical, type);

describe("the reading panel's rows", () => {
  it("shows the article's own name beside a registered name that does not contain it", () => {
    const rows = entityRows([
      mention("理想汽车", "co:车和家", "北京车和家信息技术有限公司"),
      mention("阿特斯", "co:阿特斯", "阿特斯阳光电力集团股份有限公司"),
      mention("阿特斯", "co:阿特斯", "阿特斯阳光电力集团股份有限公司"),
      mention("苏州高新区", "zone:苏州高新", "苏州高新技术产业开发区", "ZONE"),
      mention("太重", "co:太重", "太原重型机械集团有限公司"),
      mention("碧桂园控股集团", "co:碧桂园", "碧桂园控股有限公司"),
      mention("山西长治高新区", "zone:长治", "长治高新技术产业开发区", "ZONE"),
      mention("浙江正泰集团", "co:正泰", "正泰集团股份有限公司"),
      // Two characters of a brand are no place: `汽车` is in the registered name, 哪吒 is not.
      mention("哪吒汽车", "co:合众", "合众新能源汽车股份有限公司"),
      // A zone's rank before its kind (`国家`) is no help to find it either.
      mention("海口国家高新区", "zone:海口", "海口高新技术产业开发区", "ZONE"),
    ]);
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      ["阿特斯阳光电力集团股份有限公司", 2],
      // The group word the text adds is no help to find it: the name alone.
      ["碧桂园控股有限公司", 1],
      ["海口高新技术产业开发区", 1],
      ["理想汽车（北京车和家信息技术有限公司）", 1],
      ["哪吒汽车（合众新能源汽车股份有限公司）", 1],
      // Abbreviations: the reader finds `苏州高新区` and `太重` in the full names.
      ["苏州高新技术产业开发区", 1],
      ["太原重型机械集团有限公司", 1],
      // A province before the name the reader finds: the name alone.
      ["长治高新技术产业开发区", 1],
      // A place and a group word around the name: the name alone.
      ["正泰集团股份有限公司", 1],
    ]);
  });
});
