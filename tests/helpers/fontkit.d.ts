/** The part of fontkit 2 (no bundled types) that the test PDFs use. */
declare module "fontkit" {
  export interface Subset {
    encode(): Uint8Array;
    [key: string]: unknown;
  }
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    createSubset(): Subset;
    [key: string]: unknown;
  }
  export function create(data: Buffer | Uint8Array): Font;
}
