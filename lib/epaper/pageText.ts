/**
 * A page PDF's text as the reader gets it from pdf.js (entrypoints/reader/pdf.ts)
 * and works with: its size, its text runs and the articles split from them.
 */
import type { EpaperArticle, TextRun } from "./layout";

export interface PageText {
  width: number;
  height: number;
  /** All the page's text runs (the masthead too, which no article holds). */
  runs: TextRun[];
  articles: EpaperArticle[];
}
