/**
 * The debug switch: developer figures (timings) are shown to readers only
 * when it is on — `?debug` in an extension page's address, or
 * `localStorage.setItem("kxdb-debug", "1")` in that page's console (kept for
 * every extension page).
 */
export function debugOn(): boolean {
  try {
    return new URLSearchParams(location.search).has("debug") || localStorage.getItem("kxdb-debug") === "1";
  } catch {
    return false;
  }
}
