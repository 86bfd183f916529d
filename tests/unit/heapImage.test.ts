/**
 * jieba's heap image (lib/ner/segmenter.ts): an instance restored from the
 * image of a built dictionary answers exactly as the built one, and the wasm
 * has no state outside its memory that the image would miss.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { HeapImage, JiebaStart } from "../../lib/ner/segmenter";
import { jiebaWasmPath } from "../../scripts/node-recognizer";

const wasm = readFileSync(jiebaWasmPath());
const texts: string[] = readFileSync("eval/corpus/dev.gold.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line).text as string);

/** A fresh copy of the segmenter module, with a fresh jieba-wasm instance behind it. */
async function freshStart(options: { wasmId?: string; image?: HeapImage } = {}): Promise<JiebaStart> {
  vi.resetModules();
  const { startJieba } = await import("../../lib/ner/segmenter");
  return startJieba(new Uint8Array(wasm), options);
}

/** Everything the recognizer asks jieba, on real text: tags of each line and of short windows. */
function answers(start: JiebaStart): string {
  const out: unknown[] = [];
  for (const text of texts) {
    for (const line of text.split("\n")) {
      out.push(start.segmenter.tag(line));
      for (let i = 22; i < line.length; i += 37) out.push(start.segmenter.tag(line.slice(i - 22, i)));
    }
  }
  return JSON.stringify(out);
}

/** The wasm's mutable globals (imported or defined): state a memory image does not hold. */
function mutableGlobals(bytes: Uint8Array): number {
  let pos = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) return result;
    }
  };
  let count = 0;
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const size = leb();
    const end = pos + size;
    if (id === 6) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        pos++; // value type
        if (bytes[pos++] === 1) count++;
        while (bytes[pos++] !== 0x0b); // constant init expression up to `end`
      }
    }
    if (id === 2) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        pos += leb(); // module name
        pos += leb(); // field name
        const kind = bytes[pos++];
        if (kind === 0) leb();
        else if (kind === 1) {
          pos++;
          if (bytes[pos++] & 1) leb();
          leb();
        } else if (kind === 2) {
          if (bytes[pos++] & 1) leb();
          leb();
        } else if (kind === 3) {
          pos++;
          if (bytes[pos++] === 1) count++;
        }
      }
    }
    pos = end;
  }
  return count;
}

describe("jieba heap image", () => {
  it("the wasm's only mutable global is its stack pointer", () => {
    expect(mutableGlobals(wasm)).toBe(1);
  });

  it("a restored instance answers exactly as the built one; an image of another wasm, or a damaged one, is not used", async () => {
    const built = await freshStart({ wasmId: "w1" });
    expect(built.dictionary).toBe("build");
    const image = built.image?.() as HeapImage;
    expect(image.pages.length).toBeGreaterThan(100);
    expect(image.data.byteLength).toBeLessThan(image.memoryBytes);
    const expected = answers(built);

    const restored = await freshStart({ wasmId: "w1", image });
    expect([restored.dictionary, restored.imageRejected]).toEqual(["image", undefined]);
    expect(answers(restored)).toBe(expected);

    const other = await freshStart({ wasmId: "w2", image });
    expect(other.dictionary).toBe("build");
    expect(other.imageRejected).toBe("taken from another wasm");
    expect(answers(other)).toBe(expected);

    // The pages that hold the dictionary's words zeroed: the probe notices, and jieba builds as if there were no image.
    const data = new Uint8Array(image.data.slice(0));
    data.fill(0, data.length / 2);
    const damaged = await freshStart({ wasmId: "w1", image: { ...image, data: data.buffer } });
    expect(damaged.dictionary).toBe("build");
    expect(damaged.imageRejected).toBe("probe differs");
    expect(answers(damaged)).toBe(expected);
  }, 120_000);

  it("the recognizer on a restored instance finds exactly what it finds on a built one", async () => {
    const { createRecognizer } = await import("../../lib/ner/recognizer");
    const built = await freshStart({ wasmId: "w1" });
    const image = built.image?.() as HeapImage;
    const first = createRecognizer(built.segmenter);
    const expected = JSON.stringify(texts.map((t) => first.recognize(t)));
    const restored = await freshStart({ wasmId: "w1", image });
    expect([restored.dictionary, restored.imageRejected]).toEqual(["image", undefined]);
    const { createRecognizer: again } = await import("../../lib/ner/recognizer");
    const second = again(restored.segmenter);
    expect(JSON.stringify(texts.map((t) => second.recognize(t)))).toBe(expected);
  }, 120_000);

  it("with the domain words in the image, a restored recognizer adds no word and finds exactly what a built one finds", async () => {
    /** Fresh modules: jieba started with the recognizer's domain words, and the recognizer of the same module graph. */
    const start = async (domainWordsId: string, image?: HeapImage) => {
      vi.resetModules();
      const { startJieba } = await import("../../lib/ner/segmenter");
      const { recognizerDomainWords } = await import("../../lib/ner/domainWords");
      const { createRecognizer } = await import("../../lib/ner/recognizer");
      const started = await startJieba(new Uint8Array(wasm), {
        wasmId: "w1",
        image,
        domainWords: recognizerDomainWords(domainWordsId),
      });
      let added = 0;
      const counting = {
        ...started.segmenter,
        addWord: (w: string, t: string, f?: number) => {
          added++;
          started.segmenter.addWord(w, t, f);
        },
      };
      const recognizer = createRecognizer(counting);
      return { started, recognizer, added, found: JSON.stringify(texts.map((t) => recognizer.recognize(t))) };
    };
    const built = await start("d1");
    expect([built.started.dictionary, built.started.segmenter.domainWords, built.added]).toEqual(["build", "d1", 0]);
    const image = built.started.image?.() as HeapImage;
    expect(image.wasmId).toBe("w1+d1");

    const restored = await start("d1", image);
    expect([restored.started.dictionary, restored.started.imageRejected, restored.added]).toEqual(["image", undefined, 0]);
    expect(restored.found).toBe(built.found);

    // Another word list (an update changed the gazetteer): the image is not used, the words are added afresh.
    const updated = await start("d2", image);
    expect([updated.started.dictionary, updated.started.imageRejected]).toEqual(["build", "taken from another wasm"]);
    expect(updated.found).toBe(built.found);

    // Without domain words in jieba (the notes page's search), the recognizer adds them itself: same names found.
    vi.resetModules();
    const { startJieba } = await import("../../lib/ner/segmenter");
    const { createRecognizer } = await import("../../lib/ner/recognizer");
    const plain = await startJieba(new Uint8Array(wasm), {});
    let added = 0;
    const recognizer = createRecognizer({
      ...plain.segmenter,
      addWord: (w, t, f) => {
        added++;
        plain.segmenter.addWord(w, t, f);
      },
    });
    expect(added).toBeGreaterThan(5_000);
    expect(JSON.stringify(texts.map((t) => recognizer.recognize(t)))).toBe(built.found);
  }, 180_000);
});
