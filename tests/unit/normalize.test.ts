import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, toOriginal } from "../../lib/ner/normalize";

describe("normalize", () => {
  it("joins a name broken over lines and maps it back to the original span", () => {
    const original = "位于山西转型\n\n综改示范区的企业";
    const n = normalize(original);
    expect(n.text).toBe("位于山西转型综改示范区的企业");
    const s = n.text.indexOf("山西");
    const [start, end] = toOriginal(n, s, s + "山西转型综改示范区".length);
    expect(original.slice(start, end)).toBe("山西转型\n\n综改示范区");
  });

  it("drops spaces between CJK and digits but keeps one between Latin words", () => {
    expect(normalize("山西省 93 个开发区").text).toBe("山西省93个开发区");
    expect(normalize("Palm  River 能源").text).toBe("Palm River能源");
  });

  it("folds full-width ASCII and brackets", () => {
    expect(normalize("泰山玻纤纤维（太原）有限公司ＡＢ１").text).toBe("泰山玻纤纤维(太原)有限公司AB1");
  });

  it("decodes HTML entities left in text, mapping the decoded char to the whole entity", () => {
    const original = "中信&amp;环境&nbsp;技术&#20844;司";
    const n = normalize(original);
    expect(n.text).toBe("中信&环境技术公司");
    const amp = n.text.indexOf("&");
    expect(original.slice(...toOriginal(n, amp, amp + 1))).toBe("&amp;");
  });

  it("removes control and zero-width characters and records where breaks were", () => {
    const n = normalize("晋城\u0000\u200b经开区\n太重");
    expect(n.text).toBe("晋城经开区太重");
    expect(n.breakBefore[2]).toBe(1);
    expect(n.breakBefore[5]).toBe(1);
    expect(n.breakBefore[1]).toBe(0);
  });

  it("keeps lone surrogates as characters without crashing", () => {
    const n = normalize("太重\ud800集团\udfff");
    expect(n.text).toBe("太重\ud800集团\udfff");
  });

  it("maps every normalized character into the original text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("山", "西", " ", "\n", "&amp;", "（", "Ａ", "a", "1", "\u3000", "&#x4e2d;", "\t") }),
        (s) => {
          const n = normalize(s);
          for (let i = 0; i < n.text.length; i++) {
            const [a, b] = toOriginal(n, i, i + 1);
            expect(a).toBeGreaterThanOrEqual(0);
            expect(b).toBeLessThanOrEqual(s.length);
            expect(a).toBeLessThan(b);
            if (i > 0) expect(a).toBeGreaterThanOrEqual(n.origEnd[i - 1]);
          }
        },
      ),
    );
  });
});
