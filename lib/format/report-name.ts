/** How a report is named to readers of an export, as on its page. */
export function reportName(report: { title: string | null; outlet: string }): string {
  return report.title ?? `Untitled report from ${report.outlet}`;
}
