/**
 * The e-paper reader: an extension page that reads 科学导报's page PDFs with
 * pdf.js and annotates them like an article page. Opened from an issue page
 * (content script buttons), from a saved fact's source link, or empty for a
 * PDF the reader drops on it. See components/reader/ReaderApp.tsx.
 */
import { render } from "preact";
import { ReaderApp } from "@/components/reader/ReaderApp";
import { parseReaderQuery } from "@/lib/epaper/links";
import { currentLocale, t } from "@/lib/i18n";
import { drawPage, fetchPdf, openPdf, readPage } from "./pdf";
import "@/assets/styles/shared.css";
// pdf.js's text-layer rules (from pdfjs-dist/web/pdf_viewer.css, see scripts/vite/pdfjsTextLayerCss.ts):
// without them every span is position: static and the text shows below the page.
import "virtual:pdfjs-text-layer.css";
import "./style.css";

document.documentElement.lang = currentLocale() === "zh" ? "zh-CN" : "en";
document.title = t("readerPageTitle");

render(
  <ReaderApp request={parseReaderQuery(location.search)} pdf={{ fetchPdf, openPdf, readPage, drawPage }} />,
  document.getElementById("app") as HTMLElement,
);
