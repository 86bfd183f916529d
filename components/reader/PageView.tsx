/**
 * One drawn page: pdf.js's canvas and selectable text layer, with the
 * highlight boxes between them. Hovering an entity's box opens its card;
 * clicking or selecting in an article makes it the one being read.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { type Box, entityBoxAt } from "@/lib/epaper/boxes";
import type { PdfApi, Sheet } from "./model";
import { articleUnder } from "./pageSelection";
import { readerMarks } from "./testHooks";

export interface PageViewProps {
  sheet: Sheet;
  scale: number;
  pdf: PdfApi;
  boxes: Box[];
  /** Gets the text layer, where a selection on the page is read from. */
  layerRef: { current: HTMLElement | null };
  currentArticle: number;
  onDrawn: () => void;
  onEntityHover: (el: HTMLElement | null, entityId: string) => void;
  onArticle: (index: number) => void;
}

export function PageView(props: PageViewProps) {
  const { sheet, scale, boxes } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const overlays = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState("");
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!canvas.current || !layer.current) return;
    props.layerRef.current = layer.current;
    const t0 = performance.now();
    props.pdf.drawPage(sheet.proxy, canvas.current, layer.current, scale).then(
      () => {
        readerMarks.drawn(performance.now() - t0);
        props.onDrawn();
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  useEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    let hovered = -1;
    // Hovering an entity's box opens its card (the boxes are under the text layer, so this is hit-testing).
    const move = (e: MouseEvent) => {
      const rect = page.getBoundingClientRect();
      const list = latest.current.boxes;
      const i = entityBoxAt(list, (e.clientX - rect.left) / scale, (e.clientY - rect.top) / scale);
      if (i === hovered) return;
      hovered = i;
      const el = i >= 0 ? (overlays.current?.children[i] as HTMLElement | undefined) : undefined;
      latest.current.onEntityHover(el ?? null, i >= 0 ? list[i].id : "");
    };
    const leave = () => {
      hovered = -1;
      latest.current.onEntityHover(null, "");
    };
    // Clicking or selecting in an article on the page makes it the article being read.
    const up = (e: MouseEvent) => {
      const s = latest.current.sheet;
      const k = articleUnder(s, document.getSelection()?.anchorNode?.parentElement ?? e.target) ?? articleUnder(s, e.target);
      if (k !== null) latest.current.onArticle(k);
    };
    page.addEventListener("mousemove", move);
    page.addEventListener("mouseleave", leave);
    page.addEventListener("mouseup", up);
    return () => {
      page.removeEventListener("mousemove", move);
      page.removeEventListener("mouseleave", leave);
      page.removeEventListener("mouseup", up);
    };
  }, []);

  return (
    <section class="sheet" aria-label={sheet.label}>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div
        ref={pageRef}
        class="page"
        data-kxdb-sheet={sheet.key}
        style={{
          width: `${sheet.width * scale}px`,
          height: `${sheet.height * scale}px`,
          "--scale-factor": String(scale),
          "--total-scale-factor": String(scale),
          "--scale-round-x": "1px",
          "--scale-round-y": "1px",
        }}
      >
        <canvas ref={canvas} />
        <div class="overlays" ref={overlays} aria-hidden="true">
          {boxes.map((b, i) => (
            <div
              key={i}
              class={`hl hl-${b.kind}${b.article === props.currentArticle ? " in-current" : ""}`}
              data-kxdb-entity={b.kind === "FACT" ? undefined : b.id}
              data-kxdb-type={b.kind === "FACT" ? undefined : b.kind}
              data-kxdb-name={b.name || undefined}
              data-kxdb-fact={b.kind === "FACT" ? b.id : undefined}
              style={{
                left: `${b.x * scale}px`,
                top: `${b.y * scale}px`,
                width: `${b.width * scale}px`,
                height: `${b.height * scale}px`,
              }}
            />
          ))}
        </div>
        <div class="textLayer" ref={layer} />
      </div>
    </section>
  );
}
