/**
 * Page templates in the forms real newspaper pages use, built from the seed
 * texts (epaperPdf.ts) with the primitives of epaperDraw.ts; each states the
 * articles drawn on it, so tests can check what the layout reads back. The
 * issue's own description is the first; the continued article spans two PDFs
 * (第１版 → 第２版), as an issue serves one PDF per 版面.
 */

import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import {
  BODY,
  type Box,
  cols,
  flow,
  frame,
  headline,
  LEAD,
  MARGIN,
  marker,
  newDoc,
  PAGE_H,
  PAGE_W,
  type Pen,
  picture,
  rule,
  table,
  verticalHeadline,
  write,
} from "./epaperDraw";
import { printable } from "./epaperPdf";
import { article, down, setText, source } from "./epaperSource";

/** An article as drawn: its main title ("" for none), the text set (paragraphs joined by "\n"), its caption. */
export interface Drawn {
  headline: string;
  text: string;
  caption?: string;
  /** Continued onto another page of the template (joined by joinContinuations). */
  continued?: boolean;
}

export interface Template {
  name: string;
  forms: string;
  /** One PDF per 版面, with its label. */
  pages: { label: string; pdf: Uint8Array }[];
  articles: Drawn[];
  /** Headlines of what must come out minor (masthead, table, ad). */
  minor: string[];
}

/** The continued article's last paragraph (set on 第２版 only) and the names in it. */
export const ONLY_IN_PART_2 = {
  sentence: "目前，太原钢铁（集团）有限公司、山西潞安化工集团有限公司已与太原武宿综合保税区签约落户。",
  names: ["太原钢铁（集团）有限公司", "山西潞安化工集团有限公司", "太原武宿综合保税区"],
};

const BOTTOM = PAGE_H - MARGIN;
/** Half the gutter: where a column rule sits. */
const GAP = 5;
const FULL = cols(0, 4);
const CAPTION = "图为项目建设现场。（本报记者 李华 摄）";

type Options = { typeset?: boolean; half?: boolean };

async function onePage(draw: (pen: Pen) => { articles: Drawn[]; minor?: string[] }, o: Options = {}) {
  const { doc, font, latin, photo } = await newDoc();
  const page = doc.addPage([PAGE_W, PAGE_H]);
  const out = draw({ page, font, latin, photo, typeset: !!o.typeset, halfWidthDigits: !!o.half });
  return { pdf: await doc.save(), ...out };
}

export async function buildTemplates(): Promise<Template[]> {
  const t: Template[] = [];
  const single = async (name: string, forms: string, draw: Parameters<typeof onePage>[0], o?: Options) => {
    const p = await onePage(draw, o);
    t.push({ name, forms, pages: [{ label: "第05版", pdf: p.pdf }], articles: p.articles, minor: p.minor ?? [] });
  };

  await single(
    "issue",
    "masthead; 3-column article beside a 2-column one with a photo and caption across its columns; 5-column article below; rules",
    (pen) => {
      write(pen, "开发区建设周刊", MARGIN, MARGIN, 24);
      write(pen, printable("第15期总第4374期2025年5月16日星期五山西省商务厅指导"), MARGIN, 66, BODY);
      rule(pen, MARGIN, 82, PAGE_W - MARGIN, 82);
      const a = article(pen, source(0, 4, 4), { x: cols(0).x, top: 92 }, (y) => down(0, 2, y, 480));
      const b = source(1, 3, 3);
      const y = headline(pen, { main: b.head }, cols(3).x, 92);
      const under = picture(pen, cols(3).x, y, cols(3, 4).width, 90, printable(CAPTION));
      const rest = flow(pen, { paragraphs: b.paragraphs }, down(3, 4, under, 480));
      rule(pen, cols(3).x - GAP, 92, cols(3).x - GAP, 480);
      rule(pen, MARGIN, 486, PAGE_W - MARGIN, 486);
      const c = article(pen, source(2, 5, 4), { x: MARGIN, top: 494 }, (y2) => down(0, 4, y2, BOTTOM));
      return {
        articles: [a, { headline: b.head, text: setText(b.paragraphs, rest), caption: printable(CAPTION) }, c],
        minor: ["开发区建设周刊"],
      };
    },
  );

  for (const ruled of [true, false]) {
    const cut = ruled ? rule : () => {};
    await single(
      ruled ? "partial-headline" : "partial-headline-unruled",
      `a headline over 2 of 5 columns set lower than its neighbour's, beside a 3-column article; half-width digits; ${ruled ? "column rules" : "no rules"}`,
      (pen) => {
        const a = article(pen, source(0, 10, 4, true), { x: cols(0).x, top: MARGIN }, (y) => down(0, 2, y, 500));
        const d = article(pen, source(1, 8, 1, true), { x: cols(3).x, top: MARGIN }, (y) => down(3, 4, y, 200));
        cut(pen, cols(3).x, 206, PAGE_W - MARGIN, 206);
        const b = article(pen, source(4, 3, 3, true, 9), { x: cols(3).x, top: 214 }, (y) => down(3, 4, y, 500));
        cut(pen, cols(3).x - GAP, MARGIN, cols(3).x - GAP, 500);
        cut(pen, MARGIN, 506, PAGE_W - MARGIN, 506);
        const c = article(pen, source(2, 12, 4, true), { x: MARGIN, top: 514 }, (y) => down(0, 4, y, BOTTOM));
        return { articles: [a, d, b, c] };
      },
      { half: true },
    );
  }

  await single(
    "stacks",
    "引题/主题/副题 stacks over a 5-column article and two side by side; typeset (a character per object, justified)",
    (pen) => {
      const a = article(pen, source(1, 12, 3), { x: MARGIN, top: MARGIN }, (y) => down(0, 4, y, 300), {
        kicker: printable("加强开发区建设 推动高质量发展"),
        sub: printable("——山西开发区改革创新观察"),
      });
      rule(pen, MARGIN, 306, PAGE_W - MARGIN, 306);
      const b = article(pen, source(0, 16, 4), { x: cols(0).x, top: 314 }, (y) => down(0, 2, y, BOTTOM), {
        kicker: "项目建设快马加鞭",
      });
      const c = article(pen, source(4, 8, 3, false, 9), { x: cols(3).x, top: 314 }, (y) => down(3, 4, y, BOTTOM), {
        sub: "记者 王波 报道",
      });
      rule(pen, cols(3).x - GAP, 314, cols(3).x - GAP, BOTTOM);
      return { articles: [a, b, c] };
    },
    { typeset: true },
  );

  for (const ruled of [true, false]) {
    const cut = ruled ? rule : () => {};
    await single(
      ruled ? "l-shape" : "l-shape-unruled",
      `an L-shaped article: 5 columns on top, 3 beside a 2-column article set into its corner; ${ruled ? "rules" : "no rules"}`,
      (pen) => {
        const src = source(2, 20, 6);
        const y = headline(pen, { main: src.head, sub: "开发区建设再上新台阶" }, MARGIN, MARGIN);
        const rest = flow(pen, { paragraphs: src.paragraphs }, [...down(0, 2, y, 560), ...down(3, 4, y, 250)]);
        cut(pen, cols(3).x, 256, PAGE_W - MARGIN, 256);
        cut(pen, cols(3).x - GAP, 256, cols(3).x - GAP, 560);
        const b = article(pen, source(4, 14, 3, false, 9), { x: cols(3).x, top: 264 }, (y2) => down(3, 4, y2, 560));
        cut(pen, MARGIN, 566, PAGE_W - MARGIN, 566);
        const c = article(pen, source(1, 18, 3), { x: MARGIN, top: 574 }, (y2) => down(0, 4, y2, BOTTOM));
        return { articles: [{ headline: src.head, text: setText(src.paragraphs, rest) }, b, c] };
      },
    );
  }

  await single(
    "sidebar",
    "a boxed sidebar (边栏) inside a 5-column article, text running round it; a boxed note without headline beside another; half-width digits",
    (pen) => {
      const src = source(4, 20, 6, true);
      const y = headline(pen, { main: src.head }, MARGIN, MARGIN);
      const box: Box = { x: cols(3).x - 3, top: 306, width: cols(3, 4).width + 6, bottom: 464 };
      const host = flow(pen, { paragraphs: src.paragraphs }, [
        ...down(0, 2, y, 600),
        { ...cols(3), top: y, bottom: 300 },
        { ...cols(3), top: 470, bottom: 600 },
        { ...cols(4), top: y, bottom: 300 },
        { ...cols(4), top: 470, bottom: 600 },
      ]);
      frame(pen, box, true);
      const side = source(0, 22, 2, true, 8);
      const inner = (box.width - 8 - 8) / 2;
      const sy = headline(pen, { main: side.head, size: 12 }, box.x + 4, box.top + 6);
      const sideRest = flow(pen, { paragraphs: side.paragraphs }, [
        { x: box.x + 4, width: inner, top: sy, bottom: box.bottom - 4 },
        { x: box.x + 4 + inner + 8, width: inner, top: sy, bottom: box.bottom - 4 },
      ]);
      rule(pen, MARGIN, 606, PAGE_W - MARGIN, 606);
      const d = article(pen, source(2, 28, 3, true), { x: MARGIN, top: 614 }, (y2) => down(0, 3, y2, BOTTOM));
      const note = source(1, 24, 1, true);
      const noteBox: Box = { x: cols(4).x - 3, top: 614, width: cols(4).width + 6, bottom: BOTTOM };
      frame(pen, noteBox);
      const noteRest = flow(pen, { paragraphs: note.paragraphs }, [
        { x: noteBox.x + 4, width: noteBox.width - 8, top: 620, bottom: BOTTOM - 4 },
      ]);
      return {
        articles: [
          { headline: src.head, text: setText(src.paragraphs, host) },
          { headline: side.head, text: setText(side.paragraphs, sideRest) },
          d,
          { headline: "", text: setText(note.paragraphs, noteRest) },
        ],
      };
    },
    { half: true },
  );

  await single("vertical", "a vertical headline (竖排) beside a 4-column article in a frame, under a 5-column article", (pen) => {
    const a = article(pen, source(0, 24, 3), { x: MARGIN, top: MARGIN }, (y) => down(0, 4, y, 450));
    rule(pen, MARGIN, 456, PAGE_W - MARGIN, 456);
    const box: Box = { x: MARGIN, top: 462, width: FULL.width, bottom: BOTTOM };
    frame(pen, box);
    const src = source(2, 34, 4);
    const head = src.head.slice(0, 10);
    verticalHeadline(pen, head, MARGIN + 6, 472);
    const left = MARGIN + 6 + 16 + 12;
    const w = (box.x + box.width - 6 - left - 3 * 10) / 4;
    const rest = flow(
      pen,
      { paragraphs: src.paragraphs },
      [0, 1, 2, 3].map((k) => ({ x: left + k * (w + 10), width: w, top: 472, bottom: BOTTOM - 4 })),
    );
    return { articles: [a, { headline: head, text: setText(src.paragraphs, rest) }] };
  });

  await single(
    "table-ad",
    "a table (a grid of rules) and a boxed ad set aside as minor, beside and under articles; typeset",
    (pen) => {
      const a = article(pen, source(1, 26, 4), { x: cols(0).x, top: MARGIN }, (y) => down(0, 2, y, 560));
      rule(pen, cols(3).x - GAP, MARGIN, cols(3).x - GAP, 560);
      write(pen, printable("前三季度主要指标"), cols(3).x, MARGIN, 12);
      const w = cols(3, 4).width / 3;
      const tb = table(
        pen,
        cols(3).x,
        MARGIN + 20,
        [w, w, w],
        [
          ["开发区", "营业收入", "增速"],
          ["太原经开区", printable("1203亿元"), printable("8.2%")],
          ["晋城经开区", printable("655亿元"), printable("6.9%")],
          ["大同经开区", printable("412亿元"), printable("7.5%")],
        ],
      );
      const g = article(pen, source(4, 30, 3, false, 9), { x: cols(3).x, top: tb + 14 }, (y) => down(3, 4, y, 560));
      const ad: Box = { x: MARGIN, top: 572, width: FULL.width, bottom: BOTTOM };
      frame(pen, ad);
      write(pen, "诚聘英才", MARGIN + 20, 600, 28);
      write(pen, "山西某新材料科技有限公司招聘研发工程师", MARGIN + 20, 650, 14);
      write(pen, printable("联系电话 0351-7654321 地址 太原市小店区"), MARGIN + 20, 680, BODY);
      return { articles: [a, g], minor: [printable("前三季度主要指标"), "诚聘英才"] };
    },
    { typeset: true },
  );

  // The continued article: 第１版 sets what fits and `（下转第２版）`; 第２版 opens with `（上接第１版）` and the rest,
  // which ends with names the first part does not have (ONLY_IN_PART_2), so a test can find them on 第２版.
  const src = source(0, 27, 9);
  src.paragraphs.push(printable(ONLY_IN_PART_2.sentence));
  const first = await newDoc();
  const p1: Pen = {
    page: first.doc.addPage([PAGE_W, PAGE_H]),
    font: first.font,
    latin: first.latin,
    photo: first.photo,
    typeset: false,
    halfWidthDigits: false,
  };
  const y1 = headline(p1, { main: src.head }, cols(0).x, MARGIN);
  const boxes1 = down(0, 2, y1, 300);
  const rest = flow(p1, { paragraphs: src.paragraphs }, boxes1, 1);
  marker(p1, printable("（下转第2版）"), boxes1[2]);
  rule(p1, cols(3).x - GAP, MARGIN, cols(3).x - GAP, 420);
  const b = source(4, 36, 3, false, 9);
  const by = headline(p1, { main: b.head }, cols(3).x, MARGIN);
  const under = picture(p1, cols(3).x, by, cols(3, 4).width, 80, printable(CAPTION));
  const bRest = flow(p1, { paragraphs: b.paragraphs }, down(3, 4, under, 420));
  rule(p1, MARGIN, 426, PAGE_W - MARGIN, 426);
  const c = article(p1, source(2, 38, 4), { x: MARGIN, top: 434 }, (y) => down(0, 4, y, BOTTOM));
  const second = await newDoc();
  const p2: Pen = {
    ...p1,
    page: second.doc.addPage([PAGE_W, PAGE_H]),
    font: second.font,
    latin: second.latin,
    photo: second.photo,
    typeset: true,
  };
  write(p2, printable("（上接第1版）"), MARGIN, MARGIN, BODY);
  const left = flow(p2, rest, [{ ...cols(0), top: MARGIN + LEAD, bottom: 300 }, ...down(1, 4, MARGIN, 300)]);
  if (left.paragraphs.length) throw new Error("continued article does not fit on 第２版");
  rule(p2, MARGIN, 306, PAGE_W - MARGIN, 306);
  const e = article(p2, source(1, 28, 3), { x: MARGIN, top: 314 }, (y) => down(0, 4, y, BOTTOM), { kicker: "科技赋能产业升级" });
  t.push({
    name: "continued",
    forms:
      "an article continued from 第１版 (下转第２版) on 第２版 (上接第１版), joined across the two PDFs; a photo and caption; 第２版 typeset",
    pages: [
      { label: "第01版：要闻", pdf: await first.doc.save() },
      { label: "第02版：开发区建设", pdf: await second.doc.save() },
    ],
    articles: [
      { headline: src.head, text: src.paragraphs.join("\n"), continued: true },
      { headline: b.head, text: setText(b.paragraphs, bRest), caption: printable(CAPTION) },
      c,
      e,
    ],
    minor: [],
  });
  return t;
}

/**
 * A page set in a CJK font without a ToUnicode map (`Identity-H` alone), as some typesetting systems write them: its
 * codes are glyph ids, and pdf.js, with nothing to map them to characters, gives them back as if they were code
 * points. Not in buildTemplates: there is no text to read back.
 */
export async function unmappedPage(): Promise<Uint8Array> {
  const { pdf } = await onePage((pen) => ({
    articles: [article(pen, source(0, 4, 4), { x: cols(0).x, top: MARGIN }, (y) => down(0, 4, y, BOTTOM))],
  }));
  const doc = await PDFDocument.load(pdf);
  for (const [, obj] of doc.context.enumerateIndirectObjects())
    if (obj instanceof PDFDict && obj.has(PDFName.of("ToUnicode"))) obj.delete(PDFName.of("ToUnicode"));
  return doc.save();
}
