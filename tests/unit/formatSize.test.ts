import { describe, expect, it } from "vitest";
import { formatSize } from "../../lib/notes/formatSize";

describe("the store's size on the notes page", () => {
  it("never shows four digits before the unit, so no thousands separator appears (1,000.5 KB was shown)", () => {
    expect(formatSize(1000.5 * 1024, "zh-CN")).toBe("1 MB");
    expect(formatSize(1023, "en")).toBe("1 KB");
    expect(formatSize(850 * 1024, "en")).toBe("850 KB");
    expect(formatSize(48.1 * 1024 * 1024, "zh-CN")).toBe("48.1 MB");
    expect(formatSize(999, "en")).toBe("999 B");
    expect(formatSize(999.96 * 1024, "en")).toBe("1 MB");
    for (let bytes = 1; bytes < 5e9; bytes *= 1.7) expect(formatSize(bytes, "en")).toMatch(/^\d{1,3}(\.\d)? (B|KB|MB|GB)$/);
  });
});
