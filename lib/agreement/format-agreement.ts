/** Alpha as readers see it everywhere (pages, exports): two decimals, or a dash while undefined. */
export function formatAlpha(alpha: number | null): string {
  return alpha === null ? '—' : alpha.toFixed(2);
}

/** A share such as percent agreement: a whole percentage, or a dash while undefined. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}
