import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it, vi } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { recordArticle } from "../../lib/db/articles";
import { deleteFact, saveFact } from "../../lib/db/facts";
import { type FactRecord, type KxdbDatabase, openDatabase } from "../../lib/db/schema";
import { applyImport, exportBackup, parseBackup, planImport } from "../../lib/export/backup";
import { CSV_COLUMNS, csvCell, localIsoTime, parseCsv, toCsv } from "../../lib/export/csv";
import { escapeMarkdown, toMarkdown } from "../../lib/export/markdown";

const nasty =
  '他说："总投资 36 亿元, 含\n换行"  #标题 [链接](javascript:alert(1)) <script>alert(1)</script> =SUM(A1) www.evil.com http://x.y *粗* _斜_ `码` | 表 ~删~ !图';
const url = "http://www.kxdb.com/news/show.php?itemid=48230";
const source = { url, title: "泰山玻纤 [二号线] 投产 <b>", date: "2025-12-19", source: "科学导报", issue: "1234" };

async function seeded(name: string): Promise<KxdbDatabase> {
  const db = openDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  await recordArticle(db, { ...source, author: "" }, [
    {
      start: 0,
      end: 4,
      type: "COMPANY",
      text: "泰山玻纤",
      entityId: "co:泰山玻璃纤维有限公司",
      canonical: "泰山玻璃纤维有限公司",
    },
    {
      start: 5,
      end: 14,
      type: "ZONE",
      text: "山西转型综改示范区",
      entityId: "sx:山西转型综合改革示范区",
      canonical: "山西转型综合改革示范区",
    },
  ]);
  const text = `前文。${nasty}。后文`;
  const anchor = describeRange(text, 3, 3 + nasty.length);
  await saveFact(
    db,
    {
      quote: nasty,
      entityIds: ["co:泰山玻璃纤维有限公司", "sx:山西转型综合改革示范区"],
      source,
      anchor,
      note: "备注 <i>x</i>\n第二行",
      tags: ["玻纤", "投资"],
    },
    1000,
  );
  const second = await saveFact(db, { quote: "年产 30 万吨", entityIds: ["co:泰山玻璃纤维有限公司"], source, anchor }, 2000);
  const trashed = await saveFact(db, { quote: "已删除的事实", entityIds: [], source, anchor }, 3000);
  await deleteFact(db, trashed.fact.id, 4000);
  await db.corrections.put({ name: "安泰", kind: "suppress", at: 5 });
  expect(second.created).toBe(true);
  return db;
}

describe("Markdown export", () => {
  it("escapes page text so it cannot become markup, links or HTML", () => {
    const md = escapeMarkdown(nasty);
    expect(md).not.toMatch(/(?<!\\)[<>[\]`*_#|~]/);
    expect(md).not.toMatch(/https?:\/\//);
    expect(md).not.toMatch(/www\.(?!\\)/);
    expect(escapeMarkdown("- 列表\n1. 有序\n> 引用")).toBe("\\- 列表  \n1\\. 有序  \n\\> 引用");
    // An image needs `![`: with `[` escaped, a headline's `!` stays as written.
    expect(escapeMarkdown("总投资超百亿元!![图](http://x/y.png)")).toBe("总投资超百亿元!!\\[图\\](http\\://x/y.png)");
  });

  it("has YAML front matter, groups, quotes, notes, tags and a citation line", async () => {
    const db = await seeded("md");
    const facts = (await db.facts.toArray()).filter((f) => f.deletedAt === undefined);
    const md = toMarkdown(facts, await db.entities.toArray(), { groupBy: "entity", exportedAt: new Date(0) });
    expect(md.startsWith('---\ntitle: "科学导报标注助手 · 事实"\nexported: "1970-01-01T00:00:00.000Z"\nfacts: 2\n')).toBe(true);
    expect(md).toContain("## 泰山玻璃纤维有限公司");
    expect(md).toContain("> 年产 30 万吨");
    expect(md).toContain("#玻纤 #投资");
    expect(md).toContain(
      "— 《科学导报》2025年12月19日第1234期 · 泰山玻纤 \\[二号线\\] 投产 \\<b\\> · <http://www.kxdb.com/news/show.php?itemid=48230>",
    );
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<i>");
    const byArticle = toMarkdown(facts, await db.entities.toArray(), { groupBy: "article" });
    expect(byArticle.match(/^## /gm)).toHaveLength(1);
  });
});

describe("Markdown export grouped by entity", () => {
  it("writes each fact once, under its first entity, and its count is the number of facts", async () => {
    const db = await seeded("md-once");
    const facts = (await db.facts.toArray()).filter((f) => f.deletedAt === undefined);
    const linkedTwice = facts.find((f) => f.entityIds.length === 2);
    expect(linkedTwice).toBeDefined();
    const md = toMarkdown(facts, await db.entities.toArray(), { groupBy: "entity", exportedAt: new Date(0) });
    expect(md).toContain("\nfacts: 2\n");
    // One citation line per quote block: as many blocks as facts.
    expect(md.match(/^— /gm)).toHaveLength(2);
    expect(md.match(/\n\n> /g)).toHaveLength(2);
    expect(md).toContain("也关联：山西转型综合改革示范区");
    expect(md).not.toContain("## 山西转型综合改革示范区");
  });
});

describe("CSV export", () => {
  it("starts with a BOM, uses CRLF and RFC 4180 quoting, and defuses formulas", async () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("-3")).toBe("'-3");
    const db = await seeded("csv");
    const facts = (await db.facts.toArray()).filter((f) => f.deletedAt === undefined).sort((a, b) => a.createdAt - b.createdAt);
    const csv = await toCsv(facts, await db.entities.toArray());
    expect(csv.startsWith("\uFEFFid,quote,note,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(row.quote).toBe(nasty);
    expect(row.note).toBe("备注 <i>x</i>\n第二行");
    expect(row.zones).toBe("山西转型综合改革示范区");
    expect(row.companies).toBe("泰山玻璃纤维有限公司");
    expect(row.amount_yuan).toBe("3600000000");
    expect(row.date).toBe("2025-12-19");
    expect(row.issue).toBe("1234");
  });
});

describe("CSV times", () => {
  const at = Date.UTC(2025, 11, 19, 7, 30, 0); // 15:30 in Beijing

  it("are the reader's local time with its offset", () => {
    expect(localIsoTime(at, 480)).toBe("2025-12-19T15:30:00+08:00");
    expect(localIsoTime(at, -300)).toBe("2025-12-19T02:30:00-05:00");
    expect(localIsoTime(at, 330)).toBe("2025-12-19T13:00:00+05:30");
    expect(localIsoTime(at, 0)).toBe("2025-12-19T07:30:00+00:00");
  });

  it("created_at and updated_at use the machine's time zone", async () => {
    const tz = process.env.TZ;
    process.env.TZ = "Asia/Shanghai";
    try {
      const db = await seeded("csv-times");
      const facts = (await db.facts.toArray()).filter((f) => f.deletedAt === undefined);
      const rows = parseCsv(await toCsv(facts, await db.entities.toArray()));
      const created = rows[1][CSV_COLUMNS.indexOf("created_at")];
      expect(created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(Date.parse(created)).toBe(facts.find((f) => f.id === rows[1][0])?.createdAt);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe("JSON backup and import", () => {
  it("round trip: export everything, clear, import — the store is identical", async () => {
    const db = await seeded("roundtrip");
    const dump = async () => ({
      facts: await db.facts.orderBy("id").toArray(),
      entities: await db.entities.orderBy("id").toArray(),
      articles: await db.articles.toArray(),
      mentions: await db.mentions.toArray(),
      corrections: await db.corrections.toArray(),
    });
    const before = await dump();
    const file = JSON.stringify(await exportBackup(db));
    await Promise.all([db.facts.clear(), db.entities.clear(), db.articles.clear(), db.mentions.clear(), db.corrections.clear()]);
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await planImport(db, parsed.backup);
    expect(plan.facts.added).toHaveLength(3);
    const progress: number[] = [];
    await applyImport(db, plan, (done) => progress.push(done));
    expect(await dump()).toEqual(before);
    expect(progress.at(-1)).toBe(plan.total);
  });

  it("importing the same file twice changes nothing", async () => {
    const db = await seeded("twice");
    const parsed = parseBackup(JSON.stringify(await exportBackup(db)));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await planImport(db, parsed.backup);
    expect(plan.facts).toMatchObject({ added: [], replaced: [], same: 3, keptLocal: 0 });
    expect(await applyImport(db, plan)).toBe(0);
  });

  it("resolves conflicts by last edit and counts them", async () => {
    const db = await seeded("conflicts");
    const backup = await exportBackup(db);
    const [a, b] = (backup.facts as FactRecord[]).filter((f) => f.deletedAt === undefined);
    backup.facts = [
      { ...a, note: "文件里更新的备注", updatedAt: a.updatedAt + 10 },
      { ...b, note: "文件里更旧的备注", updatedAt: b.updatedAt - 10 },
    ];
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await planImport(db, parsed.backup);
    expect(plan.facts.replaced).toHaveLength(1);
    expect(plan.facts.keptLocal).toBe(1);
    await applyImport(db, plan);
    expect((await db.facts.get(a.id))?.note).toBe("文件里更新的备注");
    expect((await db.facts.get(b.id))?.note).not.toBe("文件里更旧的备注");
  });

  it("says what is wrong with a corrupt, truncated, foreign or newer file, and writes nothing", async () => {
    const db = await seeded("bad");
    const good = JSON.stringify(await exportBackup(db));
    const truncated = parseBackup(good.slice(0, good.length / 2));
    expect(truncated).toMatchObject({ ok: false });
    expect(!truncated.ok && truncated.error).toContain("不是完整的 JSON");
    const foreign = parseBackup(JSON.stringify({ notes: [1, 2, 3] }));
    expect(!foreign.ok && foreign.error).toContain("不是科学导报标注助手的备份文件");
    const newer = parseBackup(good.replace(/"version":\d+/, '"version":99'));
    expect(!newer.ok && newer.error).toContain("更新的版本");
    const broken = JSON.parse(good);
    broken.facts[0].entityIds = "not a list";
    const invalid = parseBackup(JSON.stringify(broken));
    expect(!invalid.ok && invalid.error).toContain("第 1 条事实");
    expect(!invalid.ok && invalid.detail).toContain("facts.0.entityIds");
    expect(await db.facts.count()).toBe(3);
  });

  it("says it in words in the reader's language; the JavaScript error text is only the detail", async () => {
    const db = await seeded("bad-words");
    const good = JSON.stringify(await exportBackup(db));
    const raw = /JSON at position|Unterminated|Unexpected|Expected|SyntaxError|Invalid/;
    for (const language of ["zh-CN", "en-US"]) {
      vi.stubGlobal("navigator", { language });
      try {
        const truncated = parseBackup(good.slice(0, 414));
        if (truncated.ok) throw new Error("accepted a truncated file");
        expect(truncated.error).not.toMatch(raw);
        expect(truncated.detail).toMatch(/JSON/);
        const broken = JSON.parse(good);
        broken.facts[0].entityIds = "not a list";
        const invalid = parseBackup(JSON.stringify(broken));
        if (invalid.ok) throw new Error("accepted an invalid file");
        expect(invalid.error).not.toMatch(raw);
        expect(invalid.detail).toMatch(/entityIds/);
        const cjk = /[\u3400-\u9fff]/;
        if (language === "en-US") {
          expect(truncated.error).not.toMatch(cjk);
          expect(invalid.error).not.toMatch(cjk);
          const foreign = parseBackup("{}");
          expect(!foreign.ok && foreign.error).toMatch(/not a backup/i);
        }
      } finally {
        vi.unstubAllGlobals();
      }
    }
  });

  it("exports a selection with the entities and articles it needs", async () => {
    const db = await seeded("selection");
    const one = (await db.facts.toArray())[0];
    const backup = await exportBackup(db, [one.id]);
    expect(backup.facts.map((f) => f.id)).toEqual([one.id]);
    expect(backup.entities.map((e) => e.id).sort()).toEqual([...one.entityIds].sort());
    expect(backup.articles.map((a) => a.url)).toEqual([url]);
  });
});

describe("Markdown export in steps", () => {
  it("gives the same document as the one-shot export, pausing along the way", async () => {
    const { toMarkdownInSteps } = await import("../../lib/export/markdown");
    const db = await seeded("mdsteps");
    const facts = await db.facts.toArray();
    const entities = await db.entities.toArray();
    const many = Array.from({ length: 1500 }, (_, i) => ({ ...facts[0], id: `x${i}`, createdAt: i }));
    const options = { groupBy: "entity" as const, exportedAt: new Date(0) };
    let pauses = 0;
    const stepped = await toMarkdownInSteps(
      many,
      entities,
      options,
      () => {
        pauses++;
      },
      100,
    );
    expect(stepped).toBe(toMarkdown(many, entities, options));
    expect(pauses).toBeGreaterThan(0);
  });
});
