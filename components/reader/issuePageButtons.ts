/**
 * On an e-paper issue page (dzbk/show.php): an "open in the annotator's
 * reader" button after each page-PDF link, and one for the whole issue.
 * The browser's PDF viewer runs no content scripts, so the PDFs are read in
 * our reader page instead. Each button lives in its own shadow root: the
 * page's CSS does not reach it, its CSS does not reach the page.
 */
import { pdfLinks, readIssue } from "@/lib/epaper/issue";
import { readerQuery } from "@/lib/epaper/links";
import { t } from "@/lib/i18n";
import { sendMessage } from "@/lib/platform/messaging";

const HOST_TAG = "kxdb-ui";
const BUTTON_CSS = `
:host { all: initial; display: inline-block; margin-left: 8px; vertical-align: middle; }
button { font: 12px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #0a3069; background: #ddf4ff;
  border: 1px solid #54aeff; border-radius: 6px; padding: 1px 8px; cursor: pointer; }
button:hover { background: #b6e3ff; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
`;

function actionButton(label: string, action: string, onClick: () => void): HTMLElement {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = BUTTON_CSS;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.dataset.kxdbAction = action;
  button.addEventListener("click", (e) => {
    e.preventDefault();
    e.stopPropagation();
    onClick();
  });
  root.append(style, button);
  return host;
}

/** Adds the buttons; returns how many page PDFs the issue has. */
export function addReaderActions(doc: Document): number {
  const issue = readIssue(doc, location.href);
  if (!issue.pages.length) return 0;
  const open = (index: number) => void sendMessage("openReader", readerQuery({ issue, open: index }));
  const links = pdfLinks(doc);
  for (const link of links) {
    const url = new URL(link.getAttribute("href") ?? "", location.href).href;
    const index = issue.pages.findIndex((p) => p.url === url);
    link.after(actionButton(t("openInReader"), "open-reader", () => open(index)));
  }
  const whole = actionButton(t("openIssueInReader"), "open-issue", () => open(0));
  const first = links[0].closest("p, li, div") ?? links[0];
  first.before(whole);
  return issue.pages.length;
}
