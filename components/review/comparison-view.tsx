'use client';

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Comparison } from '@/lib/review/get-comparison';

type Line = { x1: number; y1: number; x2: number; y2: number; relation: string; isActive: boolean };

/**
 * The reports in columns. Sentences linked as evidence are joined by lines; pointing at a
 * sentence (or focusing it) highlights its evidence in the other columns.
 */
export function ComparisonView({ comparison }: { comparison: Comparison }) {
  const container = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const [lines, setLines] = useState<Line[]>([]);

  const linked = useMemo(() => {
    const map = new Map<string, Set<string>>();
    for (const link of comparison.links) {
      map.set(link.from, (map.get(link.from) ?? new Set()).add(link.to));
      map.set(link.to, (map.get(link.to) ?? new Set()).add(link.from));
    }
    return map;
  }, [comparison.links]);

  const measure = useCallback(() => {
    const box = container.current?.getBoundingClientRect();
    if (!box || !container.current) return;
    const rectOf = (id: string) => container.current?.querySelector(`[data-sentence-id="${id}"]`)?.getBoundingClientRect();
    setLines(
      comparison.links.flatMap((link) => {
        const from = rectOf(link.from);
        const to = rectOf(link.to);
        if (!from || !to) return [];
        const [left, right] = from.left < to.left ? [from, to] : [to, from];
        return [
          {
            x1: left.right - box.left,
            y1: left.top + left.height / 2 - box.top,
            x2: right.left - box.left,
            y2: right.top + right.height / 2 - box.top,
            relation: link.relation,
            isActive: active !== null && (link.from === active || link.to === active),
          },
        ];
      }),
    );
  }, [comparison.links, active]);

  useLayoutEffect(() => {
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [measure]);

  return (
    <div className="comparison" ref={container}>
      <svg className="comparison-lines" aria-hidden="true">
        {lines.map((line, index) => (
          <line key={index} {...line} className={`link-line relation-${line.relation}${line.isActive ? ' active' : ''}`} />
        ))}
      </svg>
      {comparison.reports.map((report) => (
        <section key={report.id} className="comparison-column" aria-label={report.outlet}>
          <h2>{report.outlet}</h2>
          <ol className="comparison-sentences">
            {report.sentences.map((sentence) => {
              const links = linked.get(sentence.id);
              const isLinkedToActive = active !== null && (linked.get(active)?.has(sentence.id) ?? false);
              return (
                <li
                  key={sentence.id}
                  data-sentence-id={sentence.id}
                  data-linked={isLinkedToActive ? 'true' : undefined}
                  className={`${sentence.kind}${isLinkedToActive ? ' is-linked' : ''}${active === sentence.id ? ' is-active' : ''}`}
                  tabIndex={links ? 0 : -1}
                  onMouseEnter={() => setActive(sentence.id)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(sentence.id)}
                  onBlur={() => setActive(null)}
                >
                  {sentence.text}
                  {links && <span className="tag">{links.size} linked</span>}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
