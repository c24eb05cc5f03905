const englishPlurals = new Intl.PluralRules('en');

type Forms = { one: string; other: string };

/** The form of a word that goes with `count`, by the language's plural rules: `plural(1, …)` → "claim". */
export function plural(count: number, forms: Forms): string {
  return englishPlurals.select(count) === 'one' ? forms.one : forms.other;
}

/** A count and its noun: `countOf(1, 'claim', 'claims')` → "1 claim", `countOf(0, …)` → "0 claims". */
export function countOf(count: number, one: string, other: string): string {
  return `${count} ${plural(count, { one, other })}`;
}
