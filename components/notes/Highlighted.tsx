/** Text with the ranges that matched the search marked; text only, never HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  if (!ranges.length) return <>{text}</>;
  const parts = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s > pos) parts.push(text.slice(pos, s));
    parts.push(<mark key={s}>{text.slice(s, e)}</mark>);
    pos = e;
  }
  parts.push(text.slice(pos));
  return <>{parts}</>;
}
