type Source = { outlet: string; creditsInText: string[] };

function words(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// "DW (Deutsche Welle)" is named by the credit "DW"; "Reuters" by "Reuters".
function names(credit: string, outlet: string): boolean {
  const creditWords = words(credit);
  const outletWords = words(outlet);
  if (creditWords.length === 0) return false;
  const joined = ` ${outletWords.join(' ')} `;
  return joined.includes(` ${creditWords.join(' ')} `);
}

/** The outlet `report` credits among `other`'s names, if it is written from it (DW credits Reuters). */
export function creditedSource(report: Source, other: Source): string | null {
  return report.creditsInText.find((credit) => names(credit, other.outlet)) ?? null;
}

/**
 * Whether two reports are independent sources: neither credits the other. A report written from
 * wire copy (DW: "mf/rs (AP, AFP, Reuters)") cannot corroborate the wire story it was written from.
 */
export function independence(claimReport: Source, otherReport: Source): { independent: boolean; note: string | null } {
  const fromOther = creditedSource(claimReport, otherReport);
  if (fromOther) return { independent: false, note: `${claimReport.outlet} credits ${fromOther}: not an independent source` };
  const fromClaim = creditedSource(otherReport, claimReport);
  if (fromClaim) return { independent: false, note: `${otherReport.outlet} credits ${fromClaim}: not an independent source` };
  return { independent: true, note: null };
}

/** Whether two reports come from one outlet ("DW" and "dw"): an outlet cannot corroborate itself. */
export function sameOutlet(a: Source, b: Source): boolean {
  const key = (outlet: string) => words(outlet).join(' ');
  return key(a.outlet) !== '' && key(a.outlet) === key(b.outlet);
}

/**
 * Credits both reports carry that name neither of them: two reports written from the same wire copy
 * ("both credit AFP") are not independent of each other, though neither is the other's copy.
 */
export function sharedCredits(a: Source, b: Source): string[] {
  const key = (credit: string) => words(credit).join(' ');
  const ofB = new Set(b.creditsInText.map(key));
  const shared = a.creditsInText.filter((credit) => key(credit) !== '' && ofB.has(key(credit)) && !names(credit, a.outlet) && !names(credit, b.outlet));
  return [...new Map(shared.map((credit) => [key(credit), credit])).values()];
}
