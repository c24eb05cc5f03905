const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a list to pick from names a titled report imported without a publication date: its title,
 * outlet and the day it was imported ("Envoys meet (Export Wire, imported 4 December 2026)").
 */
export function listedReport(title: string, outlet: string): RegExp {
  return new RegExp(`^${escaped(title)} \\(${escaped(outlet)}, imported \\d{1,2} [A-Z][a-z]+ \\d{4}\\)$`);
}
