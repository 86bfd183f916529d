/**
 * Where jieba's heap image (lib/ner/segmenter.ts) waits for the next start:
 * IndexedDB in the extension's origin, a database of its own (not part of the
 * reader's store, its versions or its backups), one record per wasm. Plain
 * IndexedDB, no Dexie: it is read first thing at start, before the rest of
 * the code has loaded. The pages are kept as a Blob: Chromium reads a ~50 MB
 * Blob back in ~60–100 ms, the same bytes as an ArrayBuffer value in ~250 ms
 * (measured).
 */
import type { HeapImage, TableValue } from "../ner/segmenter";

export const HEAP_IMAGE_DB = "kxdb-jieba-image";
const STORE = "images";

interface StoredImage {
  wasmId: string;
  memoryBytes: number;
  table: TableValue[];
  pages: number[];
  data: Blob;
  probe: string;
  savedAt: number;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((done, fail) => {
    r.onsuccess = () => done(r.result);
    r.onerror = () => fail(r.error);
  });
}

export class HeapImageStore {
  private db: Promise<IDBDatabase> | undefined;

  constructor(
    private readonly idb: IDBFactory = indexedDB,
    private readonly name = HEAP_IMAGE_DB,
  ) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= (() => {
      const r = this.idb.open(this.name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: "wasmId" });
      return request(r);
    })();
    return this.db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction(STORE, mode).objectStore(STORE);
  }

  /** The image taken from this wasm, if one was stored. */
  async load(wasmId: string): Promise<HeapImage | undefined> {
    const stored = (await request((await this.store("readonly")).get(wasmId))) as StoredImage | undefined;
    if (!stored) return undefined;
    const { data, savedAt: _, ...rest } = stored;
    return { ...rest, data: await data.arrayBuffer() };
  }

  /** Keep `image`, and no image of any other wasm (an update leaves its predecessor's behind otherwise). */
  async save(image: HeapImage, now = Date.now()): Promise<void> {
    const record: StoredImage = { ...image, data: new Blob([image.data]), savedAt: now };
    const store = await this.store("readwrite");
    store.clear();
    await request(store.put(record));
  }

  /** How many bytes the stored images take (their Blobs' sizes: nothing is read), for the notes page's store size. */
  async totalBytes(): Promise<number> {
    const images = (await request((await this.store("readonly")).getAll())) as StoredImage[];
    return images.reduce((sum, image) => sum + (image.data?.size ?? 0), 0);
  }

  async drop(): Promise<void> {
    await request((await this.store("readwrite")).clear());
  }
}
