import { isCredit } from '@/lib/segmentation/line-patterns';

// Where a story names the agencies it comes from: a closing credit line the segmenter knows
// ("- Reuters", "mf/rs (AP, AFP, Reuters)"), or the agency in the opening dateline
// ("WASHINGTON (AP) —", "(Reuters) -").
const closingDash = /^[-–—]\s*(.+)$/u;
const closingInitials = /^\p{Ll}{1,4}(?:\/\p{Ll}{1,4})+\s*\(([^)]*)\)$/u;
const openingDateline = /^[^()\n]{0,60}\(([^()\n]{2,60})\)\s*[-–—]/u;

function agencyNames(list: string): string[] {
  const names = list
    .split(/\s*(?:,|\/|&|\band\b)\s*/u)
    .map((name) => name.trim())
    .filter(Boolean);
  // An agency's name is short and capitalised: "AP", "Reuters", "Agence France-Presse".
  const isName = (name: string) => /^[\p{Lu}\p{N}]/u.test(name) && name.length <= 40 && name.split(/\s+/u).length <= 4;
  return names.length > 0 && names.every(isName) ? names : [];
}

function creditsOfLine(line: string, isOpening: boolean): string[] {
  if (isCredit(line)) {
    const initials = closingInitials.exec(line);
    if (initials) return agencyNames(initials[1] ?? '');
    const dash = closingDash.exec(line);
    if (dash) return agencyNames(dash[1] ?? '');
    return [];
  }
  const dateline = isOpening ? openingDateline.exec(line) : null;
  return dateline ? agencyNames(dateline[1] ?? '') : [];
}

/** The agencies an article's text credits, in order of appearance, each once. */
export function wireCredits(blocks: string[]): string[] {
  const found: string[] = [];
  const lines = blocks.flatMap((block) => block.split('\n')).map((line) => line.trim());
  // The dateline opens the first paragraph: the first line long enough to be one.
  const opening = lines.findIndex((line) => line.split(/\s+/u).length >= 8);
  lines.forEach((line, index) => {
    for (const name of creditsOfLine(line, index === opening)) {
      if (!found.some((known) => known.toLowerCase() === name.toLowerCase())) found.push(name);
    }
  });
  return found;
}
