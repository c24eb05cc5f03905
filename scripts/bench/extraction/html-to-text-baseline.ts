import { convert } from 'html-to-text';

/**
 * How HTML imports were read before lib/import: the readable text of the whole page, one block
 * per line (html-to-text on htmlparser2), menus, footers and comments included. Scripts, styles,
 * images and link targets are dropped. The baseline of `npm run bench:extraction`.
 */
export function reportTextFromHtml(html: string): string {
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
