/** lib/recognizerHost.ts: corrections, remembered revisits, and the heap image kept after a build. */
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { HeapImage, HeapImages } from "../../lib/ner/segmenter";
import { jiebaWasmPath } from "../../scripts/node-recognizer";
import { recognizer } from "../helpers/recognizer";

const wasm = readFileSync(jiebaWasmPath());
const TEXT = "晋城经济技术开发区与山西厚生新材料科技有限公司签约，厚生将在晋城经开区建设新项目。";

class MemoryImages implements HeapImages {
  saved: HeapImage[] = [];
  dropped = 0;
  async load(id: string) {
    return this.saved.find((i) => i.wasmId === id);
  }
  async save(image: HeapImage) {
    this.saved = [image];
  }
  async drop() {
    this.dropped++;
    this.saved = [];
  }
}

/** A host on a fresh jieba instance (fresh module graph). */
async function freshHost(images: HeapImages, wasmId = "w1") {
  vi.resetModules();
  const { RecognizerHost } = await import("../../lib/recognizerHost");
  const { startJiebaWithImage } = await import("../../lib/ner/segmenter");
  return new RecognizerHost({
    jieba: () => startJiebaWithImage(new Uint8Array(wasm), wasmId, images),
    images,
    later: (fn) => fn(),
    replays: 0,
  });
}

describe("recognizer host", () => {
  it("answers once configured, as the recognizer does; remembers a revisit; forgets it when corrections change", async () => {
    const images = new MemoryImages();
    const host = await freshHost(images);
    const pending = host.recognize(TEXT, "u1");
    await host.configure({ suppressed: [], added: [] });
    const first = await pending;
    expect(first.mentions).toEqual((await recognizer()).recognize(TEXT));
    expect(first.remembered).toBeUndefined();

    const again = await host.recognize(TEXT, "u1");
    expect(again).toMatchObject({ remembered: true, mentions: first.mentions });
    expect((await host.recognize(TEXT, "u2")).remembered).toBeUndefined();
    expect((await host.recognize(TEXT)).remembered).toBeUndefined();

    // The same corrections again change nothing; new ones apply at once, and nothing old is remembered.
    await host.configure({ suppressed: [], added: [] });
    expect((await host.recognize(TEXT, "u1")).remembered).toBe(true);
    await host.configure({ suppressed: ["厚生"], added: [] });
    const corrected = await host.recognize(TEXT, "u1");
    expect(corrected.remembered).toBeUndefined();
    expect(corrected.mentions.map((m) => m.text)).not.toContain("厚生");
    expect(corrected.mentions.map((m) => m.text)).toContain("山西厚生新材料科技有限公司");
  }, 60_000);

  it("keeps the heap image after a build, starts from it next time, and drops one that does not fit", async () => {
    const images = new MemoryImages();
    const built = await freshHost(images);
    expect((await built.start()).dictionary).toBe("build");
    expect(images.saved).toHaveLength(1);

    const restored = await freshHost(images);
    expect((await restored.start()).dictionary).toBe("image");
    await restored.configure({ suppressed: [], added: [] });
    expect((await restored.recognize(TEXT)).mentions).toEqual((await recognizer()).recognize(TEXT));

    const damaged = new MemoryImages();
    damaged.saved = [{ ...images.saved[0], probe: "[]" }];
    const rebuilt = await freshHost(damaged);
    expect((await rebuilt.start()).dictionary).toBe("build");
    expect(damaged.dropped).toBe(1);
  }, 60_000);
});
