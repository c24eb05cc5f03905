import { articleNode, jsonLdNodes, namesOf, resolveNode, type JsonLdNode } from './json-ld';

export type PageMetadata = {
  outlet: string | null;
  title: string | null;
  /** YYYY-MM-DD, the date as the page writes it (not moved to UTC). */
  publishedOn: string | null;
  authors: string[];
  canonicalUrl: string | null;
};

const clean = (value: string) => value.replace(/\s+/gu, ' ').trim();

function nonEmpty(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    if (typeof value === 'string' && clean(value)) return clean(value);
  }
  return null;
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const content = element?.getAttribute('content');
    if (content && clean(content)) return clean(content);
  }
  return null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

// "Title | Site", "Site - Title", "Title – Section – Site": separators between a title and its site.
const separator = /\s+[|–—·•:-]\s+|\s+[|·•]|[|·•]\s+/u;
const comparable = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The title without the site's name around it: the outlet's part removed, else the longest part of a "|" title. */
export function cleanTitle(title: string, outlet: string | null, host: string | null): string {
  const parts = title.split(separator).map(clean).filter(Boolean);
  if (parts.length < 2) return clean(title);
  const isSite = (part: string) => (outlet !== null && comparable(part) === comparable(outlet)) || (host !== null && comparable(host).includes(comparable(part)) && comparable(part).length >= 3);
  const first = parts[0] as string;
  const last = parts.at(-1) as string;
  if (isSite(last)) return clean(title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—·•:-]+$/u, ''));
  if (isSite(first)) return clean(title.slice(title.indexOf(first) + first.length).replace(/^[\s|–—·•:-]+/u, ''));
  if (title.includes('|')) return title.split('|').map(clean).reduce((longest, part) => (part.length > longest.length ? part : longest), '');
  return clean(title);
}

/** The calendar date a date or timestamp names, as written when it starts with one; null when it is not a date. */
export function calendarDate(value: string | null): string | null {
  if (!value) return null;
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (written) {
    const [, year, month, day] = written;
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === `${year}-${month}-${day}` && Number(year) >= 1 ? `${year}-${month}-${day}` : null;
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()) || parsed.getUTCFullYear() < 1000) return null;
  return parsed.toISOString().slice(0, 10);
}

function webAddress(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const address = new URL(value, base ?? undefined);
    return /^https?:$/.test(address.protocol) ? address.href : null;
  } catch {
    return null;
  }
}

// "By Jane Doe and John Roe", "Jane Doe, John Roe": a byline's people, without the "By".
function bylineNames(byline: string): string[] {
  const names = clean(byline)
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|;|&|\band\b)\s*/u)
    .map(clean)
    .filter(Boolean);
  // "Doe, Jane" is one name, not two: split only where every piece looks like a full name.
  return names.every((name) => name.includes(' ')) ? names : [clean(byline).replace(/^by\s+/i, '')];
}

function authorsOf(document: Document, article: JsonLdNode | null, nodes: JsonLdNode[]): string[] {
  const fromJsonLd = article ? namesOf(article.author, nodes) : [];
  const fromMeta = [meta(document, 'author'), meta(document, 'article:author')].filter((value): value is string => value !== null && !/^https?:\/\//i.test(value));
  const found = (fromJsonLd.length > 0 ? fromJsonLd : fromMeta).flatMap(bylineNames);
  const seen = new Set<string>();
  return found.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key) || name.length > 100) return false;
    seen.add(key);
    return true;
  });
}

/** What a page says about itself in its <head>: Open Graph and article tags, JSON-LD, <title> and its canonical link. */
export function pageMetadata(document: Document, { url }: { url?: string | null } = {}): PageMetadata {
  const nodes = jsonLdNodes(document);
  const article = articleNode(nodes);
  const publisher = article ? resolveNode(article.publisher, nodes) : null;
  const outlet = nonEmpty(meta(document, 'og:site_name'), publisher ? text(publisher.name) : null, meta(document, 'application-name'));
  const canonicalUrl =
    webAddress(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null, url ?? null) ?? webAddress(meta(document, 'og:url'), url ?? null) ?? webAddress(url ?? null, null);
  const host = canonicalUrl ? new URL(canonicalUrl).hostname.replace(/^www\./, '') : null;
  const title = nonEmpty(meta(document, 'og:title'), article ? text(article.headline) : null, meta(document, 'twitter:title'), document.querySelector('title')?.textContent);
  const publishedOn = calendarDate(
    nonEmpty(
      meta(document, 'article:published_time'),
      article ? text(article.datePublished) : null,
      meta(document, 'datePublished', 'date', 'dc.date.issued', 'dcterms.created'),
      document.querySelector('time[itemprop="datePublished"], time[pubdate]')?.getAttribute('datetime'),
    ),
  );
  return {
    outlet,
    title: title ? cleanTitle(title, outlet, host) || null : null,
    publishedOn,
    authors: authorsOf(document, article, nodes),
    canonicalUrl,
  };
}
