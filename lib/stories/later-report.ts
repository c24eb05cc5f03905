type Dated = { id: string; outlet: string; publishedOn: Date | null; createdAt: Date };

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Which of two reports that share wording is the copy: the later published, or when a publication
 * date is missing, the later imported. Two reports published on the same day cannot be told apart.
 */
export function laterReport<Report extends Dated>(a: Report, b: Report): { copy: Report | null; detail: string } {
  if (a.publishedOn && b.publishedOn) {
    if (day(a.publishedOn) === day(b.publishedOn)) return { copy: null, detail: `both were published on ${day(a.publishedOn)}: which is the copy is unknown` };
    const [earlier, later] = a.publishedOn < b.publishedOn ? [a, b] : [b, a];
    return { copy: later, detail: `${later.outlet} is the copy, published later (${day(later.publishedOn ?? later.createdAt)}, ${earlier.outlet} ${day(earlier.publishedOn ?? earlier.createdAt)})` };
  }
  if (a.createdAt.getTime() === b.createdAt.getTime()) return { copy: null, detail: 'which is the copy is unknown' };
  const later = a.createdAt > b.createdAt ? a : b;
  return { copy: later, detail: `${later.outlet} is taken as the copy: imported later, publication dates not both known` };
}
