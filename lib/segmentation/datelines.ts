// Datelines: a date on its own line, or the place (and agency) that opens a wire story.

const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const weekday = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const datelinePatterns = [
  new RegExp(`^${weekday}(?:${months})\\.?\\s+\\d{1,2},?\\s+\\d{4}$`, 'i'),
  new RegExp(`^${weekday}\\d{1,2}\\s+(?:${months})\\.?,?\\s+\\d{4}$`, 'i'),
  /^\d{4}-\d{2}-\d{2}$/,
  /^\d{1,2}\/\d{1,2}\/\d{4}$/,
];

export function isDateline(text: string): boolean {
  return datelinePatterns.some((pattern) => pattern.test(text));
}

// "SEOUL", "NEW YORK", "ST. LOUIS": a place in capitals, its first word at least three characters.
const placeInCapitals = "\\p{Lu}[\\p{Lu}.'’-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}";
// "Seoul", "New York", "Port-au-Prince"
const placeInTitleCase = "\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){0,2}";
// ", South Korea", ", Calif.", ", N.Y."
const region = "(?:,\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})";
const date = `(?:,?\\s+(?:${months})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)`;
// "(Reuters)", "(AP)", "(AFP-JIJI)", "(Yonhap)"
const agency = "(?:\\s*\\(\\p{Lu}[\\p{L}&.' -]{0,30}\\))";
const dash = '\\s*(?:--?|–|—)\\s+';
const storyStart = '(?=["“‘\\p{Lu}\\p{N}])';

const gluedDatelines = [
  new RegExp(`^${placeInCapitals}${region}?${date}?${agency}?${dash}${storyStart}`, 'u'), // "SEOUL (Reuters) - ", "WASHINGTON — "
  new RegExp(`^${placeInCapitals}${region}${date}?:\\s+${storyStart}`, 'u'), // "SEOUL, South Korea: "
  new RegExp(`^${placeInTitleCase}${region}?(?:${date}${agency}?|${agency})${dash}${storyStart}`, 'u'), // "Seoul, April 7 (AFP) - "
];

/** The length of the dateline that opens a story's first sentence ("SEOUL (Reuters) - North Korea…"), or null. */
export function gluedDatelineLength(text: string): number | null {
  if (!/^\p{Lu}/u.test(text) || !/[-–—:]/u.test(text)) return null;
  for (const pattern of gluedDatelines) {
    const match = pattern.exec(text);
    if (match) return match[0].length;
  }
  return null;
}
