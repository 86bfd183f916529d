/** How much the store holds, for the notes page: `48.1 MB`, `850 KB`, in the reader's language. */
import { currentLocale } from "../i18n";

/** 1.2 MB, 850 KB: at most three digits before the point (1,000.5 KB is 1 MB), so no thousands separator. */
export function formatSize(bytes: number, locale = currentLocale() === "zh" ? "zh-CN" : "en"): string {
  const units = ["B", "KB", "MB", "GB"];
  let n = bytes;
  let u = 0;
  // Compared as it will be shown (one decimal): 999.96 KB would show as 1,000 KB.
  while (Math.round(n * 10) / 10 >= 1000 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${n.toLocaleString(locale, { maximumFractionDigits: u === 0 ? 0 : 1 })} ${units[u]}`;
}
