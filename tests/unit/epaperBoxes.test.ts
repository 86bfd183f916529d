/**
 * Highlight boxes on a drawn e-paper page (lib/epaper/boxes): one box per run
 * a mention or a saved quote touches, in page units; hovering finds entity
 * boxes only (a saved quote's box is not a card's anchor).
 */
import { describe, expect, it } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { entityBoxAt, pageBoxes } from "../../lib/epaper/boxes";
import type { EpaperArticle, TextRun } from "../../lib/epaper/layout";
import { offsetOfItem } from "../../lib/epaper/layout";
import { mentionAt } from "../helpers/mentions";

/** An article of two lines, each run 10 units a character. */
function article(lines: string[]): EpaperArticle {
  const runs: TextRun[] = lines.map((str, i) => ({
    str,
    x: 100,
    y: 50 + 20 * i,
    width: 10 * str.length,
    height: 12,
    fontSize: 10,
  }));
  const runStarts = lines.map((_, i) => lines.slice(0, i).join("").length);
  return { headline: "", byline: "", captions: [], minor: false, text: lines.join(""), runs, runStarts, top: 0, columns: 1 };
}

const mention = mentionAt;

describe("pageBoxes", () => {
  const first = article(["太原高新区的山西", "某某科技有限公司"]);
  const second = article(["综改示范区"]);
  const articles = [
    { index: 0, epaper: first, mentions: [mention(first.text, 0, 5, "ZONE", "z1"), mention(first.text, 6, 16, "COMPANY", "c1")] },
    { index: 1, epaper: second, mentions: [mention(second.text, 0, 5, "ZONE", "z2")] },
  ];

  it("boxes every article's entities, a mention across two lines in two boxes", () => {
    const boxes = pageBoxes(articles, null, []);
    expect(boxes.map((b) => [b.kind, b.id, b.article])).toEqual([
      ["ZONE", "z1", 0],
      ["COMPANY", "c1", 0],
      ["COMPANY", "c1", 0],
      ["ZONE", "z2", 1],
    ]);
    expect(boxes[1]).toMatchObject({ x: 160, y: 50, width: 20, height: 12, name: "山西某某科技有限公司" });
    expect(boxes[2]).toMatchObject({ x: 100, y: 70, width: 80 });
  });

  it("boxes the current article's saved quotes still found in its text, and no other's", () => {
    const facts = [
      { id: "f1", anchor: describeRange(first.text, 2, 12) },
      { id: "gone", anchor: describeRange("完全不同的一段文字内容", 0, 6) },
    ];
    const quotes = pageBoxes(articles, articles[0], facts).filter((b) => b.kind === "FACT");
    expect(quotes.map((b) => [b.id, b.article, b.x, b.y, b.width])).toEqual([
      ["f1", 0, 120, 50, 60],
      ["f1", 0, 100, 70, 40],
    ]);
  });

  it("a continued article's saved quotes are found in its whole text and boxed on the page of the part they are in", () => {
    // `second` is the article's second part: its text starts at 9 in the whole.
    const whole = `${first.text}\n${second.text}`;
    const facts = [
      { id: "in-2", anchor: describeRange(whole, 17, 20) },
      { id: "in-1", anchor: describeRange(whole, 0, 4) },
      { id: "across", anchor: describeRange(whole, 14, 19) },
    ];
    const current = { ...articles[1], whole: { text: whole, offset: first.text.length + 1 } };
    const quotes = pageBoxes(articles, current, facts).filter((b) => b.kind === "FACT");
    expect(quotes.map((b) => [b.id, b.x, b.width])).toEqual([
      ["in-2", 100, 30],
      ["across", 100, 20],
    ]);
  });

  it("boxes the names in an article's headline through the headline's own runs", () => {
    // A headline set in two runs (pdf.js items), 20 units a character.
    const runs: TextRun[] = [
      { str: "泰山玻纤", x: 40, y: 10, width: 80, height: 24, fontSize: 20 },
      { str: "太原公司投产", x: 120, y: 10, width: 120, height: 24, fontSize: 20 },
    ];
    const headlined = { ...second, headline: "泰山玻纤太原公司投产", headRuns: runs, headRunStarts: [0, 4] };
    const company = mention(headlined.headline, 0, 8, "COMPANY", "c2");
    const boxes = pageBoxes([{ index: 0, epaper: headlined, mentions: [], headMentions: [company] }], null, []);
    expect(boxes.map((b) => [b.id, b.x, b.y, b.width, b.height])).toEqual([
      ["c2", 40, 10, 80, 24],
      ["c2", 120, 10, 80, 24],
    ]);
  });

  it("maps a character of the drawn headline to the headline's text (a selection there quotes it)", () => {
    const runs: TextRun[] = [
      { str: "泰山玻纤", x: 40, y: 10, width: 80, height: 24, fontSize: 20, item: 100 },
      { str: "太原公司投产", x: 120, y: 10, width: 120, height: 24, fontSize: 20, item: 101 },
    ];
    const headlined = { ...second, headline: "泰山玻纤太原公司投产", headRuns: runs, headRunStarts: [0, 4] };
    expect(offsetOfItem([first, headlined], 101, 2)).toEqual({ article: 1, offset: 6, headline: true });
    expect(offsetOfItem([first, headlined], 100, 0)).toEqual({ article: 1, offset: 0, headline: true });
  });

  it("boxes a saved quote of the headline through the headline's runs, on the part the headline is over", () => {
    const runs: TextRun[] = [{ str: "泰山玻纤投产", x: 40, y: 10, width: 120, height: 24, fontSize: 20 }];
    const headlined = { ...second, headline: "泰山玻纤投产", headRuns: runs, headRunStarts: [0] };
    const whole = `泰山玻纤投产\n${second.text}`;
    const facts = [{ id: "h", anchor: describeRange(whole, 0, 4) }];
    const current = { index: 0, epaper: headlined, mentions: [], whole: { text: whole, offset: 7, headline: "泰山玻纤投产" } };
    const quotes = pageBoxes([current], current, facts).filter((b) => b.kind === "FACT");
    expect(quotes.map((b) => [b.id, b.x, b.width])).toEqual([["h", 40, 80]]);
    // On a later part's page the headline is not drawn.
    const later = { ...current, whole: { ...current.whole, headline: "" } };
    expect(pageBoxes([later], later, facts).filter((b) => b.kind === "FACT")).toEqual([]);
  });

  it("hit-tests entity boxes only", () => {
    const boxes = pageBoxes(articles, articles[0], [{ id: "f1", anchor: describeRange(first.text, 0, 3) }]);
    expect(boxes[entityBoxAt(boxes, 105, 55)].id).toBe("z1");
    expect(entityBoxAt(boxes, 105, 40)).toBe(-1);
    // Where a saved quote and an entity overlap, the entity is found: a quote's box anchors no card.
    expect(boxes[entityBoxAt(boxes, 125, 60)].kind).toBe("ZONE");
  });
});
