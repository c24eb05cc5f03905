// PostgreSQL's dates and timestamps begin in the year 1 (there is no year 0); a date before it
// passes every format check and then fails in the query.
export function isStorableDate(date: Date): boolean {
  return !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1;
}

/** An ISO date or time (as text) that PostgreSQL can store. */
export function isStorableDateText(value: string): boolean {
  return isStorableDate(new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value));
}
