import Dexie from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it, vi } from "vitest";
import { describeRange } from "../../lib/anchor/textQuote";
import { recordArticle } from "../../lib/db/articles";
import { StoreFullError, saveFact } from "../../lib/db/facts";
import { type KxdbDatabase, openDatabase } from "../../lib/db/schema";
import { exportBackup, planImport } from "../../lib/export/backup";
import { createFactsService, type FactsService } from "../../lib/facts/factsService";
import { TABLE_NAMES, type TableName } from "../../lib/model/records";
import type { Mention } from "../../lib/ner/types";

let dbs = 0;
const freshDb = () => openDatabase(`facts-service-${dbs++}`, { indexedDB: new IDBFactory(), IDBKeyRange });

const ZONE = "sx:晋城经济技术开发区";
const OTHER = "sx:晋城开发区";
const CAPTION = "sx:图为晋城经济技术开发区";
/** A zone outside the catalogue under the id an older version gave it (its county's 县 kept). */
const OLD_ZONE_ID = "zone:尉氏县速冻食品|park";
/** A company the gazetteer knows, under the id of its own an older version gave it when called `…集团公司`. */
const OLD_COMPANY_ID = "company:阳煤";
const mention = (entityId: string, canonical: string, type: Mention["type"] = "ZONE"): Mention => ({
  start: 0,
  end: canonical.length,
  type,
  text: canonical,
  entityId,
  canonical,
});
const newFact = (n: number, quote: string, entityIds = [ZONE]) => ({
  quote,
  entityIds,
  source: { url: `u${n}`, title: `文章${n}`, date: "2025-10-24", source: "科学导报", issue: "" },
  anchor: describeRange(quote, 0, quote.length),
});

/** Two articles, four entities (one of them the caption-led kind the repair merges), two facts (one in the trash). */
async function seeded(): Promise<{ db: KxdbDatabase; live: string; trashed: string }> {
  const db = freshDb();
  await recordArticle(db, { title: "文章1", date: "2025-10-24", source: "科学导报", author: "", url: "u1", issue: "" }, [
    mention(ZONE, "晋城经济技术开发区"),
    mention(OTHER, "晋城开发区"),
    mention(CAPTION, "图为晋城经济技术开发区"),
    mention(OLD_ZONE_ID, "尉氏县速冻食品产业园"),
    mention(OLD_COMPANY_ID, "阳煤集团公司", "COMPANY"),
  ]);
  const live = (await saveFact(db, newFact(1, "晋城开发区签约 31 个项目", [ZONE, OTHER]))).fact.id;
  const trashed = (await saveFact(db, newFact(1, "总投资达 103.16 亿元"))).fact.id;
  await db.facts.update(trashed, { deletedAt: 5 });
  return { db, live, trashed };
}

/** Every table, in primary-key order. */
async function dump(db: KxdbDatabase): Promise<Record<TableName, unknown[]>> {
  const out = {} as Record<TableName, unknown[]>;
  for (const t of TABLE_NAMES) out[t] = await db[t].toArray();
  return out;
}

/** A backup of one new fact, planned against `db`: what the notes page's import writes. */
async function importPlan(db: KxdbDatabase) {
  const other = freshDb();
  await saveFact(other, newFact(2, "新签约项目 12 个"));
  return planImport(db, await exportBackup(other));
}

type Seeded = Awaited<ReturnType<typeof seeded>>;
/** One call of each of the service's writes, and what it changed. */
const writes: Record<
  keyof FactsService,
  { call: (s: FactsService, d: Seeded) => Promise<unknown>; wrote: (d: Seeded) => Promise<unknown> }
> = {
  save: {
    call: (s) => s.save(newFact(3, "园区新增企业 40 家")),
    wrote: async ({ db }) => expect(await db.facts.count()).toBe(3),
  },
  update: {
    call: (s, { live }) => s.update(live, { note: "核实过" }),
    wrote: async ({ db, live }) => expect((await db.facts.get(live))?.note).toBe("核实过"),
  },
  delete: {
    call: (s, { live }) => s.delete([live]),
    wrote: async ({ db, live }) => expect((await db.facts.get(live))?.deletedAt).toBeDefined(),
  },
  undoDelete: {
    call: (s, { trashed }) => s.undoDelete(trashed),
    wrote: async ({ db, trashed }) => expect((await db.facts.get(trashed))?.deletedAt).toBeUndefined(),
  },
  restore: {
    call: (s, { trashed }) => s.restore([trashed]),
    wrote: async ({ db, trashed }) => expect((await db.facts.get(trashed))?.deletedAt).toBeUndefined(),
  },
  addTag: {
    call: (s, { live, trashed }) => s.addTag([live, trashed], "签约"),
    wrote: async ({ db }) => expect((await db.facts.toArray()).map((f) => f.tags)).toEqual([["签约"], ["签约"]]),
  },
  importBackup: {
    call: async (s, { db }) => s.importBackup(await importPlan(db)),
    wrote: async ({ db }) => expect(await db.facts.count()).toBe(3),
  },
  renameEntity: {
    call: (s) => s.renameEntity(ZONE, "晋城经开区"),
    wrote: async ({ db }) => expect((await db.entities.get(ZONE))?.canonical).toBe("晋城经开区"),
  },
  mergeEntities: {
    call: (s) => s.mergeEntities(ZONE, OTHER),
    wrote: async ({ db, live }) => expect((await db.facts.get(live))?.entityIds).toEqual([ZONE]),
  },
  splitEntity: {
    call: async (s) => {
      await s.mergeEntities(ZONE, OTHER);
      return s.splitEntity(ZONE, "晋城开发区");
    },
    wrote: async ({ db, live }) => expect((await db.facts.get(live))?.entityIds).toEqual([`${ZONE}#晋城开发区`]),
  },
  repairCaptionLeadNames: {
    call: (s) => s.repairCaptionLeadNames(),
    wrote: async ({ db }) => expect((await db.entities.get(CAPTION))?.mergedInto).toBe(ZONE),
  },
  relinkZones: {
    call: (s) =>
      s.relinkZones((name) => ({ entityId: `zone:${name.replace("县", "").replace("产业园", "")}|park`, canonical: name })),
    wrote: async ({ db }) => expect((await db.entities.get(OLD_ZONE_ID))?.mergedInto).toBe("zone:尉氏速冻食品|park"),
  },
  relinkCompanies: {
    call: (s) =>
      s.relinkCompanies((name) =>
        name === "阳煤集团公司"
          ? { entityId: "co:华阳新材料科技集团有限公司", canonical: "华阳新材料科技集团有限公司" }
          : undefined,
      ),
    wrote: async ({ db }) => expect((await db.entities.get(OLD_COMPANY_ID))?.mergedInto).toBe("co:华阳新材料科技集团有限公司"),
  },
};

/** Every write to any table fails the way a full disk does. */
function fillDisk(db: KxdbDatabase): void {
  const full = () => {
    throw new Dexie.QuotaExceededError("quota");
  };
  for (const t of TABLE_NAMES) {
    db[t].hook("creating", full);
    db[t].hook("updating", full);
    db[t].hook("deleting", full);
  }
}

describe("the facts service", () => {
  it("is tested for every write it offers", async () => {
    const service = createFactsService(freshDb(), () => {});
    expect(Object.keys(writes).sort()).toEqual(Object.keys(service).sort());
  });

  for (const [name, { call, wrote }] of Object.entries(writes)) {
    it(`${name}: writes, then broadcasts once`, async () => {
      const seed = await seeded();
      const broadcast = vi.fn();
      const service = createFactsService(seed.db, broadcast);
      // splitEntity needs a merge first: count from there.
      if (name === "splitEntity") {
        await call(service, seed);
        expect(broadcast).toHaveBeenCalledTimes(2);
      } else {
        await call(service, seed);
        expect(broadcast).toHaveBeenCalledTimes(1);
      }
      await wrote(seed);
    });
  }

  for (const [name, { call }] of Object.entries(writes)) {
    // The repairs tell the tabs even when they fail (some entities may have moved before): tested in repairs.test.ts.
    if (name === "repairCaptionLeadNames" || name === "relinkZones" || name === "relinkCompanies") continue;
    it(`${name}: a full disk broadcasts nothing and loses nothing`, async () => {
      const seed = await seeded();
      const before = await dump(seed.db);
      const broadcast = vi.fn();
      fillDisk(seed.db);
      await expect(call(createFactsService(seed.db, broadcast), seed)).rejects.toThrow();
      expect(broadcast).not.toHaveBeenCalled();
      expect(await dump(seed.db)).toEqual(before);
    });
  }

  it("a fact that cannot be saved for a full disk says so (StoreFullError), and nothing is written or told", async () => {
    const seed = await seeded();
    const broadcast = vi.fn();
    fillDisk(seed.db);
    await expect(createFactsService(seed.db, broadcast).save(newFact(4, "年产值 50 亿元"))).rejects.toBeInstanceOf(
      StoreFullError,
    );
    expect(broadcast).not.toHaveBeenCalled();
    expect(await seed.db.facts.count()).toBe(2);
  });

  it("a write refused for its input (no such fact) broadcasts nothing", async () => {
    const { db } = await seeded();
    const broadcast = vi.fn();
    await expect(createFactsService(db, broadcast).update("nope", { note: "x" })).rejects.toThrow();
    expect(broadcast).not.toHaveBeenCalled();
  });

  it("the repair, several transactions, tells the tabs even when it fails part way", async () => {
    const seed = await seeded();
    const broadcast = vi.fn();
    fillDisk(seed.db);
    await expect(createFactsService(seed.db, broadcast).repairCaptionLeadNames()).rejects.toThrow();
    expect(broadcast).toHaveBeenCalledTimes(1);
  });

  it("a broadcast that fails (no tab answers) does not fail the write", async () => {
    const { db, live } = await seeded();
    const throwing = createFactsService(db, () => {
      throw new Error("no receiver");
    });
    await expect(throwing.update(live, { note: "a" })).resolves.toMatchObject({ note: "a" });
    const rejecting = createFactsService(db, () => Promise.reject(new Error("no receiver")));
    await expect(rejecting.update(live, { note: "b" })).resolves.toMatchObject({ note: "b" });
  });
});
