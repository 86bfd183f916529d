/**
 * Other news sites the reader switched annotation on for (kxdb.com is always
 * on). Each has its host permission, asked for at that moment, and a content
 * script registered for it.
 */
/** `https://news.example.com/a/b?c` → `https://news.example.com`; null for pages that are not web pages. */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

export const isKxdbOrigin = (origin: string) => /^https?:\/\/([a-z0-9-]+\.)*kxdb\.com$/i.test(origin);
export const matchPattern = (origin: string) => `${origin}/*`;
export const scriptId = (origin: string) => `site:${origin}`;
