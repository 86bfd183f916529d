/**
 * One-time repairs of what earlier versions stored wrongly. The background
 * runs each once per profile (it keeps the names of those done).
 */
import type { Corrections } from "../corrections";
import type { KxdbDatabase } from "./schema";

/**
 * Before 0.2, a saved quote on the page shifted the highlights after it, and a
 * highlight's card offered "“X”不是…" for the shifted text (`晋城经济技术开发`),
 * or for one piece of a name split by page markup. Such a suppression names
 * something no page ever showed whole: every name the recognizer found was
 * recorded as an alias of its entity when the article was read. Suppressions
 * of names no entity has are those; they are dropped from the list and the table.
 */
export async function dropSuppressionsOfUnseenNames(
  db: KxdbDatabase,
  corrections: Corrections,
): Promise<{ corrections: Corrections; dropped: string[] }> {
  const dropped: string[] = [];
  for (const name of corrections.suppressed) {
    const seen =
      (await db.entities.where("aliases").equals(name).count()) + (await db.entities.where("canonical").equals(name).count());
    if (!seen) dropped.push(name);
  }
  if (dropped.length) await db.corrections.bulkDelete(dropped);
  return { corrections: { ...corrections, suppressed: corrections.suppressed.filter((n) => !dropped.includes(n)) }, dropped };
}
