import { describe, expect, it } from "vitest";
import { isKxdbOrigin, matchPattern, siteOrigin } from "../../lib/sites";

describe("other news sites", () => {
  it("are keyed by origin, and only web pages have one", () => {
    expect(siteOrigin("https://news.example.com/a/b.html?x=1#y")).toBe("https://news.example.com");
    expect(siteOrigin("chrome://extensions")).toBeNull();
    expect(siteOrigin("not a url")).toBeNull();
    expect(siteOrigin(undefined)).toBeNull();
    expect(matchPattern("https://news.example.com")).toBe("https://news.example.com/*");
  });

  it("never include kxdb.com, which is always on", () => {
    expect(isKxdbOrigin("http://www.kxdb.com")).toBe(true);
    expect(isKxdbOrigin("https://m.kxdb.com")).toBe(true);
    expect(isKxdbOrigin("https://kxdb.com.evil.example")).toBe(false);
  });
});
