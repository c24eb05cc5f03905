import { convert } from 'html-to-text';

/**
 * The readable text of an HTML page, one block per line, through a real HTML parser
 * (html-to-text on htmlparser2). Scripts, styles, images and link targets are dropped. The page's
 * address is the one every import passes (uploaded file or fetched page), for article extraction.
 */
export function reportTextFromHtml(html: string, _page: { url: string | null }): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  }).trim();
}
