/**
 * pdf.js in the reader page: open a PDF, read a page's text as runs, draw a
 * page (canvas + selectable text layer). pdf.js's worker, character maps and
 * standard fonts are files of the extension (copied at build, see
 * wxt.config.ts): nothing is loaded from the network but the PDF itself.
 */
import { GlobalWorkerOptions, getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy, TextLayer } from "pdfjs-dist";
import { splitArticles } from "@/lib/epaper/layout";
import { glyphNumbers, type PageText } from "@/lib/epaper/pageText";
import { graphicsFromOperatorList, type PdfTextItem, runsFromTextContent } from "@/lib/epaper/pdfText";

const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);
GlobalWorkerOptions.workerSrc = url("/pdfjs/pdf.worker.min.mjs");

/** Fetch a PDF from kxdb.com (the extension has that host permission); a clear message when it is not one. */
export async function fetchPdf(pdfUrl: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(pdfUrl, { credentials: "omit" });
  } catch (e) {
    throw new Error(`无法下载 ${pdfUrl}：${(e as Error).message}`);
  }
  if (!response.ok) throw new Error(`无法下载 ${pdfUrl}：HTTP ${response.status}`);
  const data = await response.arrayBuffer();
  if (!isPdf(data)) throw new Error(`${pdfUrl} 不是 PDF 文件`);
  return data;
}

export function isPdf(data: ArrayBuffer): boolean {
  // "%PDF-" within the first KB (some servers prepend junk, as readers tolerate).
  const head = new TextDecoder("latin1").decode(new Uint8Array(data, 0, Math.min(1024, data.byteLength)));
  return head.includes("%PDF-");
}

export function openPdf(data: ArrayBuffer): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(data),
    cMapUrl: url("/pdfjs/cmaps/"),
    cMapPacked: true,
    standardFontDataUrl: url("/pdfjs/standard_fonts/"),
    isEvalSupported: false,
  }).promise;
}

export async function readPage(page: PDFPageProxy): Promise<PageText> {
  const { width, height } = page.getViewport({ scale: 1 });
  // The operator list (pictures, rules) is the one drawing the page uses: pdf.js keeps it for the render.
  const [content, list] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const runs = runsFromTextContent(content.items as PdfTextItem[], height);
  const graphics = graphicsFromOperatorList(list.fnArray, list.argsArray, OPS, height);
  // Fonts without a ToUnicode map: pdf.js gives glyph numbers, not text. Nothing to read; the page says so.
  if (glyphNumbers(runs)) return { width, height, runs: [], articles: [], unmapped: true };
  return { width, height, runs, articles: splitArticles(runs, graphics) };
}

/** Draw the page at `scale` into the canvas and build its text layer; each text element gets data-item = its index. */
export async function drawPage(page: PDFPageProxy, canvas: HTMLCanvasElement, textLayerDiv: HTMLElement, scale: number) {
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${viewport.width}px`;
  canvas.style.height = `${viewport.height}px`;
  const render = page.render({
    canvas,
    viewport,
    transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined,
  });
  textLayerDiv.replaceChildren();
  const textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: textLayerDiv, viewport });
  await Promise.all([render.promise, textLayer.render()]);
  textLayer.textDivs.forEach((div, i) => {
    div.dataset.item = String(i);
  });
}
