import { afterEach, describe, expect, it, vi } from "vitest";
import { currentLocale, t } from "../../lib/i18n";

describe("UI strings", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("speak Simplified Chinese to a Chinese browser, with arguments filled in", () => {
    vi.stubGlobal("navigator", { language: "zh-CN" });
    expect(currentLocale()).toBe("zh");
    expect(t("notA", "泰山玻纤", t("COMPANY"))).toBe("“泰山玻纤”不是企业");
    expect(t("appearsIn", 3)).toBe("出现在 3 篇文章中");
  });

  it("speak English to any other browser", () => {
    vi.stubGlobal("navigator", { language: "en-US" });
    expect(currentLocale()).toBe("en");
    expect(t("notA", "泰山玻纤", t("COMPANY"))).toBe("“泰山玻纤” is not a Company");
    expect(t("hide")).toBe("Hide highlights");
  });
});
