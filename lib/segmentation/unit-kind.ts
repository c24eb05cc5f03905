export const unitKinds = ['body', 'headline', 'dateline', 'caption', 'credit', 'boilerplate'] as const;
export type UnitKind = (typeof unitKinds)[number];

/** Only `body` units carry claims; the others stay visible but are not for review by default. */
export function isForReview(kind: UnitKind): boolean {
  return kind === 'body';
}

export const unitKindLabels: Record<UnitKind, string> = {
  body: 'Sentence',
  headline: 'Headline',
  dateline: 'Dateline',
  caption: 'Caption',
  credit: 'Credit',
  boilerplate: 'Boilerplate',
};

/** A piece of a report: `text === body.slice(start, end)`. */
export type Unit = { index: number; start: number; end: number; kind: UnitKind; text: string };
