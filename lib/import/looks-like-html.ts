// The elements whose tags mark a text as a page's source rather than prose that mentions a tag.
const htmlElements = new Set(
  (
    'a abbr address article aside b blockquote body br caption cite code dd div dl dt em figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hr html i img label li link main meta nav noscript ol p picture pre section small source span strong style sub sup ' +
    'table tbody td template th thead time title tr u ul iframe script svg'
  ).split(' '),
);

const openingTag = /^<([a-z][a-z0-9]*)[\s/>]/i;
const closingTag = /<\/([a-z][a-z0-9]*)\s*>/gi;

/**
 * Whether pasted text is HTML source (a page's or a CMS's markup) rather than the report's text:
 * it starts with a doctype, a comment or an HTML element's tag, and closes at least one HTML
 * element. Prose that merely mentions "<b>" or "a < b" does not start that way.
 */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart();
  if (/^<!doctype\s+html/i.test(start)) return true;
  const first = start.startsWith('<!--') ? start.replace(/^<!--[\s\S]*?-->\s*/, '') : start;
  const tag = openingTag.exec(first)?.[1]?.toLowerCase();
  if (!tag || !htmlElements.has(tag)) return false;
  for (const [, name = ''] of first.matchAll(closingTag)) if (htmlElements.has(name.toLowerCase())) return true;
  return false;
}
