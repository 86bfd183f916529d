import { liveQuery } from "dexie";
import { useLayoutEffect, useState } from "preact/hooks";

/**
 * A Dexie live query's latest value: it runs again by itself whenever what it
 * read changes in the store (in any tab). Re-subscribed when `deps` change,
 * not run at all while `enabled` is false.
 */
export function useLiveQuery<T>(query: () => Promise<T>, initial: T, deps: unknown[] = [], enabled = true): T {
  const [value, setValue] = useState(initial);
  // A layout effect, so the query starts as soon as the page is drawn, not after the browser has painted it
  // (Preact runs plain effects a frame later: ~20 ms before the first rows of the notes page).
  useLayoutEffect(() => {
    if (!enabled) return;
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error("kxdb notes:", e) });
    return () => sub.unsubscribe();
  }, [...deps, enabled]);
  return value;
}
