/**
 * Krippendorff's alpha for nominal data. `units` holds, per unit (a claim), the values the coders
 * (reviewers) gave it; missing values are simply absent. Units with fewer than two values cannot be
 * paired and do not count. Alpha = 1 - D_o / D_e over the coincidence matrix (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"). Null when undefined: no pairable values, or no
 * variation at all (every value the same, so the expected disagreement is zero).
 */
export function krippendorffAlphaNominal(units: readonly (readonly string[])[]): number | null {
  const coincidences = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, weight: number) => {
    const row = coincidences.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + weight);
    coincidences.set(c, row);
  };
  for (const values of units) {
    const m = values.length;
    if (m < 2) continue;
    values.forEach((c, i) => values.forEach((k, j) => i !== j && add(c, k, 1 / (m - 1))));
  }
  const marginals = new Map<string, number>();
  let observedDisagreement = 0;
  for (const [c, row] of coincidences) {
    for (const [k, count] of row) {
      marginals.set(c, (marginals.get(c) ?? 0) + count);
      if (c !== k) observedDisagreement += count;
    }
  }
  const n = [...marginals.values()].reduce((sum, count) => sum + count, 0);
  if (n <= 1) return null;
  let expectedDisagreement = 0;
  for (const [c, nc] of marginals) for (const [k, nk] of marginals) if (c !== k) expectedDisagreement += nc * nk;
  if (expectedDisagreement === 0) return null;
  return 1 - ((n - 1) * observedDisagreement) / expectedDisagreement;
}

/** The share of units with two or more values on which every value is the same; null without such units. */
export function percentAgreement(units: readonly (readonly string[])[]): number | null {
  const pairable = units.filter((values) => values.length >= 2);
  if (pairable.length === 0) return null;
  return pairable.filter((values) => values.every((value) => value === values[0])).length / pairable.length;
}
