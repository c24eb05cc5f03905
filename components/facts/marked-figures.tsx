/** The text with each of the figures found in it marked, as the fact map highlights figures that differ. */
export function MarkedFigures({ text, figures }: { text: string; figures: string[] }) {
  const wanted = [...new Set(figures.flatMap((figure) => figure.split(', ')).filter((figure) => figure.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return <>{text}</>;
  const lower = text.toLowerCase();
  const spans: [number, number][] = [];
  for (const figure of wanted) {
    const needle = figure.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!spans.some(([start, stop]) => at < stop && end > start)) spans.push([at, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    parts.push(text.slice(cursor, start), <mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}
