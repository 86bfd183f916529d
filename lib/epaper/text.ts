/**
 * What a run or a line of text is, from its characters alone: gap spaces to
 * drop, bylines, captions, continuation markers, text too slight to be an
 * article. Pure string work; the layout decides where these sit on the page.
 */
import type { TextRun } from "./types";

/** Chinese characters, full-width forms and CJK punctuation: no space belongs between two of them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f“”‘’…—·]/;

/** A dateline/byline at the start of an article: `科学导报讯 记者王波`, `本报讯（通讯员 李娜）`. */
const BYLINE =
  /^\s*((?:科学导报讯|本报讯)\s*(?:[（(]?\s*(?:本报)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4})*\s*[）)]?(?=\s))?)/;

/** The piece [from, to) of a run's text as a run of its own (x and width by its share of characters). */
export function slice(r: TextRun, from: number, to: number): TextRun {
  const n = r.str.length || 1;
  return {
    ...r,
    str: r.str.slice(from, to),
    x: r.x + (r.width * from) / n,
    width: (r.width * (to - from)) / n,
    offset: (r.offset ?? 0) + from,
  };
}

/**
 * A run without the spaces pdf.js puts into CJK text: typesetting systems
 * justify lines by spreading the characters, and pdf.js turns a wide gap
 * into " ", so `谷地， 山西省` would reach the recognizer with a space inside
 * a name. Whitespace next to a CJK character is dropped (the run is split
 * there; each piece keeps its item and its offset in it); spaces between
 * Latin words stay, and so does the space after a leading byline
 * (`科学导报讯 记者王波 …`), which marks where the reporter's name ends.
 */
export function splitAtGaps(r: TextRun): TextRun[] {
  const s = r.str;
  if (!/\s/.test(s)) return [r];
  const byline = BYLINE.exec(s);
  const keepBefore = byline?.[1] ? byline[0].length + 1 : 0;
  const pieces: TextRun[] = [];
  let start = 0;
  for (const m of s.matchAll(/\s+/g)) {
    const a = m.index ?? 0;
    const b = a + m[0].length;
    if (a < keepBefore) continue;
    if (CJK.test(s[a - 1] ?? "") || CJK.test(s[b] ?? "")) {
      if (a > start) pieces.push(slice(r, start, a));
      start = b;
    }
  }
  if (start === 0) return [r];
  if (start < s.length) pieces.push(slice(r, start, s.length));
  return pieces;
}

export function bylineOf(text: string): string {
  return BYLINE.exec(text)?.[1].trim() ?? "";
}

/** Too little text, or no sentence punctuation: a masthead (`第15期 总第4374期 2025年5月16日 星期五`), an ad, a picture's headline. */
export function isMinor(text: string): boolean {
  const squashed = text.replace(/\s+/g, "");
  return squashed.length < 40 || !/[。！？；，]/.test(squashed);
}

/** A photo caption or credit line (`■ 梁栋摄`, `资料图`): shown apart, not part of the article's text. */
export function isCaption(line: string): boolean {
  const s = line.trim();
  return /^[■□▲△●◆◇]/.test(s) || (s.length <= 14 && /(摄|供图|资料图)$/.test(s));
}

const NUMERAL = "[0-9０-９一二三四五六七八九十]{1,3}";
/** `（下转第2版）`, `(转第 ２ 版)`, `（上接第一版）`, `（接第1版）`: where an article goes on or comes from. */
const MARKER = new RegExp(`[（(]\\s*([上下]?)\\s*(转|接)\\s*第?\\s*(${NUMERAL})\\s*版\\s*[）)]`);
const MARKER_AT_END = new RegExp(`${MARKER.source}\\s*$`);
const MARKER_AT_START = new RegExp(`^\\s*${MARKER.source}`);

/** A 版 number written with digits (either width) or Chinese numerals up to 99. */
export function pageNumber(s: string): number {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const digit = (c: string) => "一二三四五六七八九".indexOf(c) + 1;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m) return Number.NaN;
  if (!m[2]) return digit(m[1] ?? "");
  return (m[1] ? digit(m[1]) : 1) * 10 + (m[3] ? digit(m[3]) : 0);
}

export interface Marker {
  /** "on": the article goes on (下转 / 转) at `page`; "from": it comes from (上接 / 接) `page`. */
  kind: "on" | "from";
  page: number;
  /** Where the marker is in the line: [start, end) of the line's text. */
  start: number;
  end: number;
}

/** A continuation marker at the end (下转) or the start (上接) of a line, or null. */
export function markerIn(line: string): Marker | null {
  for (const [re, where] of [
    [MARKER_AT_END, "end"],
    [MARKER_AT_START, "start"],
  ] as const) {
    const m = re.exec(line);
    if (!m) continue;
    const kind = m[2] === "转" ? "on" : "from";
    // A 下转 marker belongs at the end and a 上接 one at the start; a bare 转/接 by its place.
    if ((kind === "on") !== (where === "end")) continue;
    return { kind, page: pageNumber(m[3]), start: m.index, end: m.index + m[0].length };
  }
  return null;
}
