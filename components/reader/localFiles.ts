/**
 * Local page PDFs instead of an issue from kxdb.com: picked with the file
 * input or dropped anywhere on the reader page.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { dateFromFileName, type EpaperIssue, labelFromFileName } from "@/lib/epaper/issue";

export interface LocalIssue {
  issue: EpaperIssue;
  /** Each file's data by its `local:` URL (the issue's page URLs). */
  files: Map<string, ArrayBuffer>;
}

/** The PDFs among the files as an issue of their own (dated from the first file's name), or null when there are none. */
export async function readLocalIssue(files: FileList | File[]): Promise<LocalIssue | null> {
  const pdfs = [...files].filter((f) => /\.pdf$/i.test(f.name) || f.type === "application/pdf");
  if (!pdfs.length) return null;
  const data = new Map<string, ArrayBuffer>();
  const pages = [];
  for (const f of pdfs) {
    const url = `local:${f.name}`;
    data.set(url, await f.arrayBuffer());
    pages.push({ url, label: labelFromFileName(f.name) || f.name });
  }
  const issue = { title: pdfs.map((f) => f.name).join("、"), date: dateFromFileName(pdfs[0].name), issueUrl: "", pages };
  return { issue, files: data };
}

/** Files dropped anywhere on the page go to `onFiles`; true while something is dragged over the page. */
export function useFileDrop(onFiles: (files: FileList) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  latest.current = onFiles;
  useEffect(() => {
    const over = (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      if (e.dataTransfer?.files.length) latest.current(e.dataTransfer.files);
    };
    addEventListener("dragover", over);
    addEventListener("dragleave", leave);
    addEventListener("drop", drop);
    return () => {
      removeEventListener("dragover", over);
      removeEventListener("dragleave", leave);
      removeEventListener("drop", drop);
    };
  }, []);
  return dragging;
}
