/**
 * The highlights' look, added to the page as a constructed stylesheet (no
 * element in the page's DOM). It targets only our own `kxdb-mark` elements,
 * so it cannot restyle the page; the page's CSS cannot target them by class.
 * ZONE: solid green underline; COMPANY: dashed purple underline: told apart
 * without colour, legible on white and on dark pages.
 */
const CSS = `
kxdb-mark { all: unset; display: inline; color: inherit; font: inherit; cursor: pointer; border-radius: 2px;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
kxdb-mark[data-kxdb-type="ZONE"] { background: rgba(46, 160, 67, 0.16); text-decoration-color: #2da44e; text-decoration-style: solid; }
kxdb-mark[data-kxdb-type="COMPANY"] { background: rgba(163, 113, 247, 0.18); text-decoration-color: #a371f7; text-decoration-style: dashed; }
kxdb-mark:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
kxdb-mark[data-kxdb-current] { background: rgba(255, 196, 0, 0.45); }
kxdb-fact { all: unset; display: inline; color: inherit; font: inherit; background: rgba(255, 214, 10, 0.28);
  box-shadow: inset 0 -1px 0 #bf8700; }
`;

/** Adds the highlights' look to the document; the function returned takes it out again. */
export function installHighlightStyle(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    // Browsers that refuse a sheet made in the content script's world: a <style> in <head>, outside the article.
    const style = doc.createElement("style");
    style.dataset.kxdb = "highlights";
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}
