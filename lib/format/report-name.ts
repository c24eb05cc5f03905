const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What a report is named from: its title, outlet and dates, as stored or as an API answer gives them. */
export type NamedReport = { title: string | null; outlet: string; publishedOn?: Date | string | null; createdAt?: Date | string | null; importedAt?: string | null };

function day(value: Date | string): string {
  return dayFormat.format(typeof value === 'string' ? new Date(value) : value);
}

/**
 * A report's one display name, the same on every page and in every export: its title, else its
 * outlet and publication date ("Reuters, 7 April 2023"), else its outlet and the day it was
 * imported ("Reuters, imported 3 December 2026").
 */
export function reportName(report: NamedReport): string {
  if (report.title) return report.title;
  const date = dated(report);
  return date ? `${report.outlet}, ${date}` : report.outlet;
}

function dated(report: NamedReport): string | null {
  if (report.publishedOn) return day(report.publishedOn);
  const imported = report.createdAt ?? report.importedAt;
  return imported ? `imported ${day(imported)}` : null;
}

/**
 * The display name with what tells reports apart in a list to pick from: a title gets its outlet
 * and publication date, else the day it was imported ("US and Asian allies urge support… (DW, 7
 * April 2023)"); an untitled report's name already says them. `name` is used when given (an answer
 * that carries it).
 */
export function reportLabel(report: NamedReport & { name?: string }): string {
  if (!report.title) return report.name ?? reportName(report);
  const date = dated(report);
  return `${report.title} (${report.outlet}${date ? `, ${date}` : ''})`;
}
