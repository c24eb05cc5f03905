// Recognisers for the page furniture that scraped news pages carry along with the article.

const boilerplateLines = [
  /^\d{1,2}\.\s+Skip to\b/i, // numbered "skip to content" navigation
  /^Skip (?:to|next section)\b/i,
  /^\d{1,2}:\d{2}(?::\d{2})?$/, // video duration
  /^This browser does not support the (?:video|audio) element\.?$/i,
  /^(?:Related|More) (?:Articles|Stories|stories from .+|Topics)$/i,
  /^(?:Leave a (?:Reply|Comment)|Back to top(?: button)?|Share this(?: article)?:?|Advertisement|Read more|Recommended)$/i,
  /^(?:Your email address will not be published|Required fields are marked)\b/i,
  /^(?:Cancel reply|Post Comment|Subscribe|Sign up for our newsletter)\b/i,
];

export function isBoilerplateLine(text: string): boolean {
  return boilerplateLines.some((pattern) => pattern.test(text));
}

export function isDuration(text: string): boolean {
  return /^\d{1,2}:\d{2}(?::\d{2})?$/.test(text);
}

/** "Skip next section DW's Top Story" announces a section title that is page furniture too. */
export function announcedSection(text: string): string | null {
  return /^Skip next section (.+)$/i.exec(text)?.[1]?.trim() ?? null;
}

// Breadcrumbs lose their separators when scraped: "PoliticsNorth Korea".
export function isGluedBreadcrumb(text: string): boolean {
  return /\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(text) && text.split(/\s+/).length <= 6 && !endsWithPunctuation(text);
}

const creditPatterns = [
  /^[-–—]\s*\p{Lu}[\p{L}&.' ]{1,40}$/u, // "- Reuters"
  /^\p{Ll}{1,4}(?:\/\p{Ll}{1,4})+\s*\([^)]*\)$/u, // "mf/rs (AP, AFP, Reuters)"
  /^(?:By|Reporting by|Writing by|Editing by|Additional reporting by)\s+\p{Lu}/u,
  /^(?:Image|Photo|Picture|Photograph|Video|Source)s?:\s*\S/u,
];

export function isCredit(text: string): boolean {
  return creditPatterns.some((pattern) => pattern.test(text));
}

/** "…North Korean workersImage: Jeon Heon-Kyun/Getty Images": where the glued photo credit starts. */
export function gluedCreditStart(text: string): number | null {
  const match = /(?<=[\p{Ll}\p{N}.)”"])(?:Image|Photo|Picture|Photograph):\s*\S/u.exec(text);
  if (!match || match.index === 0) return null;
  // A credit is a short tail ("Image: Jeon Heon-Kyun/Getty Images"), not the rest of an article.
  const credit = text.slice(match.index);
  return credit.length <= 100 && !/[.!?]\s/u.test(credit) ? match.index : null;
}

export function endsWithPunctuation(text: string): boolean {
  return /[.!?:;…]["”’')\]]*$/u.test(text);
}

export function endsWithSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*$/u.test(text);
}

export function isParentheticalCaption(text: string): boolean {
  return /^\((?:Pictured|Photo|Image|Above|Top|Left|Right|Main image|File photo)\b/i.test(text);
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
