/**
 * Figures in a quote, pulled out as structured values so they can be shown
 * as chips, sorted and exported: amounts (36 亿元, 4.1754 亿美元), capacities
 * (30 万吨/年, 20GW), shares and growth (42%, 增长 4.7%), dates (2025 年 4 月)
 * and counts (31 个项目). Each is normalized to a base unit (元, 美元, 吨, W …).
 */
import type { Figure, FigureKind } from "../model/records";
import { foldWidths } from "../ner/normalize";

// A figure is stored in its fact: its shape is in lib/model/records.ts.
export type { Figure, FigureKind };

const NUM = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)";
const S = "\\s*";
const MULT: Record<string, number> = {
  "": 1,
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  万亿: 1e12,
};
const MULT_RE = "(万亿|千万|百万|十万|亿|万|千|百|十)?";

interface Rule {
  kind: FigureKind;
  re: RegExp;
  make(m: RegExpExecArray): Omit<Figure, "kind" | "text" | "start" | "end"> | null;
}

const num = (s: string) => Number(s.replace(/,/g, ""));

const RULES: Rule[] = [
  {
    kind: "date",
    re: new RegExp(`(\\d{4})${S}年${S}(\\d{1,2})${S}月(?:${S}(\\d{1,2})${S}日)?`, "g"),
    make: (m) => {
      const mm = m[2].padStart(2, "0");
      const iso = m[3] ? `${m[1]}-${mm}-${m[3].padStart(2, "0")}` : `${m[1]}-${mm}`;
      return { value: Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1), unit: "date", note: iso };
    },
  },
  {
    kind: "amount",
    re: new RegExp(`${NUM}${S}${MULT_RE}${S}(元|美元|欧元|港元)`, "g"),
    make: (m) => ({ value: num(m[1]) * MULT[m[2] ?? ""], unit: m[3] }),
  },
  {
    kind: "capacity",
    re: new RegExp(
      `${NUM}${S}${MULT_RE}${S}(吨|千瓦时|千瓦|瓦|GWh|MWh|kWh|GW|MW|kW|平方米|亩|辆|台|套|片|标准箱|立方米)(${S}/${S}年)?`,
      "g",
    ),
    make: (m) => {
      const unitScale: Record<string, [number, string]> = {
        GW: [1e9, "W"],
        MW: [1e6, "W"],
        kW: [1e3, "W"],
        千瓦: [1e3, "W"],
        瓦: [1, "W"],
        GWh: [1e9, "Wh"],
        MWh: [1e6, "Wh"],
        kWh: [1e3, "Wh"],
        千瓦时: [1e3, "Wh"],
      };
      const [scale, unit] = unitScale[m[3]] ?? [1, m[3]];
      return { value: num(m[1]) * MULT[m[2] ?? ""] * scale, unit: m[4] ? `${unit}/年` : unit };
    },
  },
  {
    kind: "percent",
    re: new RegExp(`(增长|提升|提高|上升|增加|下降|减少|降低)?${S}(?:了)?${S}${NUM}${S}(?:%|％|个百分点)`, "g"),
    make: (m) => ({
      value: num(m[2]),
      unit: m[0].includes("百分点") ? "百分点" : "%",
      note: m[1] ? (/下降|减少|降低/.test(m[1]) ? "-" : "+") : undefined,
    }),
  },
  {
    kind: "count",
    re: new RegExp(`${NUM}${S}${MULT_RE}${S}(个|家|户|项|条|座|所|名|人|批|列)(项目|企业|园区|生产线|产线|人次)?`, "g"),
    make: (m) => ({ value: num(m[1]) * MULT[m[2] ?? ""], unit: m[3] + (m[4] ?? "") }),
  },
];

/** Every figure in `quote`, in order; where two rules claim the same characters the first rule wins. */
export function extractFigures(quote: string): Figure[] {
  // Full-width digits, letters and signs (３６亿元, ３０万吨／年, ４２％; common in newspaper PDFs) read as ASCII.
  // One character for one, so offsets stay those of the quote.
  const folded = foldWidths(quote).replace(/\u3000/g, " ");
  const taken = new Uint8Array(quote.length);
  const out: Figure[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      let start = m.index;
      const end = m.index + m[0].length;
      while (start < end && /\s/.test(folded[start])) start++;
      if (taken.subarray(start, end).some((x) => x)) continue;
      const made = rule.make(m);
      if (!made || !Number.isFinite(made.value)) continue;
      taken.fill(1, start, end);
      out.push({ kind: rule.kind, text: quote.slice(start, end), start, end, ...made });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
