// Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection), with their
// full-width and small forms, which Excel and LibreOffice fold to the ASCII ones.
const formulaStart = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

/** A cell value a spreadsheet shows as text: a leading `'` where it would otherwise run a formula. */
export function neutralizeFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}
