/** The figures of a fact as small chips (36 亿元 · 30 万吨/年 · 增长 42%). */
import type { Figure } from "@/lib/facts/figures";

export function FigureChips({ figures }: { figures: Figure[] }) {
  if (!figures.length) return null;
  return (
    <ul class="chips">
      {figures.map((f) => (
        <li key={`${f.start}`} class={`chip chip-${f.kind}`} title={`${f.value} ${f.unit}`}>
          {f.text}
        </li>
      ))}
    </ul>
  );
}
