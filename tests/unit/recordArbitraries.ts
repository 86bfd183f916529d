/**
 * fast-check arbitraries built from the record schemas themselves
 * (lib/model/records.ts): a field added there is generated here without
 * anyone writing a generator for it. Optional fields are sometimes absent,
 * sometimes present.
 */
import fc from "fast-check";
import type * as v from "valibot";
import { PRIMARY_KEYS, RECORD_SCHEMAS, type RecordOf, type TableName } from "../../lib/model/records";

/** The parts of valibot's schema objects the walk reads. */
interface Node {
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  options?: readonly unknown[];
  literal?: unknown;
  pipe?: readonly { kind: string; type: string; requirement?: unknown }[];
}

const requirement = (s: Node, type: string) => s.pipe?.find((a) => a.kind !== "schema" && a.type === type)?.requirement;

export function arbitraryOf(schema: v.GenericSchema | Node): fc.Arbitrary<unknown> {
  const s = schema as Node;
  switch (s.type) {
    case "string": {
      const minLength = (requirement(s, "min_length") as number | undefined) ?? 0;
      // Mostly CJK and ASCII, sometimes any code unit (lone surrogates, controls, U+0001 as in `dedupe`).
      return fc.oneof(
        fc.string({ minLength, maxLength: 12 }),
        fc.string({ minLength, maxLength: 8, unit: fc.constantFrom("开", "发", "区", "企", "业", "　", "\n", "亿", "元", "%") }),
        fc.string({ minLength, maxLength: 8, unit: "binary" }),
      );
    }
    case "number":
      // Timestamps and offsets, and any finite double; -0 is folded to 0 (JSON has no -0).
      return fc.oneof(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
      );
    case "boolean":
      return fc.boolean();
    case "picklist":
      return fc.constantFrom(...(s.options ?? []));
    case "literal":
      return fc.constant(s.literal);
    case "array":
      return fc.array(arbitraryOf(s.item as Node), { maxLength: 4 });
    case "optional":
      return arbitraryOf(s.wrapped as Node);
    case "object": {
      const entries = s.entries ?? {};
      const model = Object.fromEntries(Object.entries(entries).map(([k, e]) => [k, arbitraryOf(e)]));
      const requiredKeys = Object.keys(entries).filter((k) => entries[k].type !== "optional");
      return fc.record(model, { requiredKeys, noNullPrototype: true });
    }
    default:
      throw new Error(`recordArbitraries: no generator for valibot schema type "${s.type}"; add one`);
  }
}

/** Fields with a unique index besides the primary key (lib/db/schema.ts `&dedupe`). */
const UNIQUE: Partial<Record<TableName, string[]>> = { facts: ["dedupe"] };

/** A table's worth of records: arbitrary records of its schema, unique in each unique index. */
export function tableArbitrary<T extends TableName>(table: T, maxLength = 6): fc.Arbitrary<RecordOf<T>[]> {
  const keys = [PRIMARY_KEYS[table], ...(UNIQUE[table] ?? [])];
  return fc.uniqueArray(arbitraryOf(RECORD_SCHEMAS[table]) as fc.Arbitrary<Record<string, unknown>>, {
    maxLength,
    comparator: (a, b) => keys.some((k) => a[k] === b[k]),
  }) as unknown as fc.Arbitrary<RecordOf<T>[]>;
}

/** A whole store: every table. */
export const storeArbitrary = fc.record({
  facts: tableArbitrary("facts"),
  entities: tableArbitrary("entities"),
  articles: tableArbitrary("articles"),
  mentions: tableArbitrary("mentions"),
  corrections: tableArbitrary("corrections"),
  relations: tableArbitrary("relations"),
} satisfies { [T in TableName]: fc.Arbitrary<RecordOf<T>[]> });
