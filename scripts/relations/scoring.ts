/**
 * Relation scoring as eval/relations/GUIDELINES.md says: a predicted relation is
 * right when its kind is right and its company and zone texts are among the
 * `names` of an annotated relation's company and zone; each annotated relation
 * is matched at most once; precision, recall and F1 per kind. Also the
 * same-sentence baseline and gold mentions with entity ids (the annotators'
 * `names` groups), to tell relation errors from recognizer errors.
 */

import type { Mention, Relation, RelationKind } from "../../lib/model/reading";
import { sentenceSpans, within } from "../../lib/ner/sentences";

export const KINDS: RelationKind[] = ["located", "signed", "invests"];

export interface GoldEnd {
  start: number;
  end: number;
  text: string;
  names?: string[];
}
export interface GoldRelation {
  company: GoldEnd;
  zone: GoldEnd;
  kind: RelationKind;
  evidence: { start: number; end: number };
}
export interface GoldPassage {
  id: string;
  relations: GoldRelation[];
}
export interface GoldMention {
  start: number;
  end: number;
  type: "ZONE" | "COMPANY";
  text: string;
}

const namesOf = (e: GoldEnd) => new Set([e.text, ...(e.names ?? [])]);

/**
 * Gold mentions as the recognizer's: one entityId per group of names the
 * annotators said name one entity (`names`), otherwise per identical text.
 */
export function goldMentions(mentions: GoldMention[], relations: GoldRelation[]): Mention[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const r of relations) {
    for (const [type, e] of [
      ["COMPANY", r.company],
      ["ZONE", r.zone],
    ] as const) {
      for (const n of namesOf(e)) union(`${type}:${e.text}`, `${type}:${n}`);
    }
  }
  return mentions.map((m) => {
    const id = find(`${m.type}:${m.text}`);
    return { start: m.start, end: m.end, type: m.type, text: m.text, entityId: id, canonical: id.slice(id.indexOf(":") + 1) };
  });
}

/** The baseline: every company and zone entity in the same sentence, related by every kind. */
export function sameSentenceBaseline(text: string, mentions: readonly Mention[]): Relation[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out = new Map<string, Relation>();
  for (const s of sentenceSpans(text)) {
    const inside = within(sorted, s);
    for (const c of inside.filter((m) => m.type === "COMPANY")) {
      for (const z of inside.filter((m) => m.type === "ZONE")) {
        for (const kind of KINDS) {
          const key = `${c.entityId} ${z.entityId} ${kind}`;
          if (out.has(key)) continue;
          const end = (m: Mention) => ({ start: m.start, end: m.end, text: m.text, entityId: m.entityId });
          out.set(key, { company: end(c), zone: end(z), kind, evidence: { start: s.start, end: s.end }, confidence: 0.5 });
        }
      }
    }
  }
  return [...out.values()];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface PassageErrors {
  id: string;
  falsePositives: Relation[];
  missed: GoldRelation[];
}

/** Match one passage's predictions to its gold relations; adds to `counts` per kind. */
export function scorePassage(
  gold: GoldRelation[],
  predicted: Relation[],
  counts: Record<RelationKind, Counts>,
): { falsePositives: Relation[]; missed: GoldRelation[] } {
  const used = new Set<number>();
  const falsePositives: Relation[] = [];
  for (const p of predicted) {
    const i = gold.findIndex(
      (g, k) => !used.has(k) && g.kind === p.kind && namesOf(g.company).has(p.company.text) && namesOf(g.zone).has(p.zone.text),
    );
    if (i >= 0) {
      used.add(i);
      counts[p.kind].tp++;
    } else {
      counts[p.kind].fp++;
      falsePositives.push(p);
    }
  }
  const missed = gold.filter((_, k) => !used.has(k));
  for (const g of missed) counts[g.kind].fn++;
  return { falsePositives, missed };
}

export const emptyCounts = (): Record<RelationKind, Counts> => ({
  located: { tp: 0, fp: 0, fn: 0 },
  signed: { tp: 0, fp: 0, fn: 0 },
  invests: { tp: 0, fp: 0, fn: 0 },
});

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
