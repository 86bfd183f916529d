import { render } from "preact";
import { NotesApp } from "@/components/notes/NotesApp";
import { openDatabase } from "@/lib/db/schema";
import { currentLocale, t } from "@/lib/i18n";
import { loadJieba } from "@/lib/ner/segmenter";
import { pageFactsService } from "@/lib/platform/factsBroadcast";
import "@/assets/styles/shared.css";
import "./style.css";

// jieba segments search queries; the page is usable (whitespace words) while it loads. It is loaded
// after the first rows are on screen: building its dictionary holds the main thread for ~0.5 s.
const wasmUrl = (browser.runtime.getURL as (path: string) => string)("/jieba_rs_wasm_bg.wasm");
const segmenter = () => loadJieba(fetch(wasmUrl)).then((seg) => (q: string) => seg.cut(q));

document.documentElement.lang = currentLocale() === "zh" ? "zh-CN" : "en";
document.title = t("notesPageTitle");

const db = openDatabase();
// This page writes the store itself (no message round trip per write); its facts service asks the background to tell the tabs.
render(
  <NotesApp db={db} factsService={pageFactsService(db)} segmenter={segmenter} />,
  document.getElementById("app") as HTMLElement,
);
