import { parseHTML } from 'linkedom';
import { blockText, nonTextTags, textBlocks } from './block-text';
import { mainContentBlocks } from './main-content';
import { pageMetadata, type PageMetadata } from './page-metadata';
import { wireCredits } from './wire-credits';

export type ArticleMetadata = PageMetadata & {
  /** Agencies the text credits ("(Reuters)", "mf/rs (AP, AFP, Reuters)"). */
  credits: string[];
};

export type ExtractedArticle = {
  /** The article's text, one block per line and a blank line between paragraphs; '' only for a page without text. */
  text: string;
  metadata: ArticleMetadata;
  /** How the text was found: Readability's main content, or the whole page when it found none. */
  method: 'readability' | 'page';
};

// linkedom's document has the DOM's shape but its own types. Unlike a browser it does not add
// the <html> and <body> a fragment ("<p>…</p>", pasted or sent through the API) leaves out.
function parseDocument(html: string): Document {
  const hasBody = /<body[\s>]/i.test(html);
  const page = hasBody ? (/<html[\s>]/i.test(html) ? html : `<html>${html}</html>`) : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

function wholePageBlocks(html: string): string[] {
  const body = parseDocument(html).body;
  if (!body) return [];
  for (const element of Array.from(body.querySelectorAll([...nonTextTags].map((tag) => tag.toLowerCase()).join(',')))) element.remove();
  return textBlocks(body);
}

/**
 * The article of a web page and what the page says about it: the main content's text (page
 * furniture left out, headings and paragraphs on lines of their own) and its outlet, title,
 * publication date, authors, agency credits and canonical address. `url` is where the page was
 * found, for relative links. Pure: reads nothing but its arguments.
 */
export function extractArticle(html: string, { url }: { url?: string | null } = {}): ExtractedArticle {
  const document = parseDocument(html);
  const metadata = pageMetadata(document, { url });
  const found = mainContentBlocks(document);
  // Whatever was taken for furniture, a page with text never comes back empty.
  const blocks = found.blocks.length > 0 ? found.blocks : wholePageBlocks(html);
  return { text: blockText(blocks), metadata: { ...metadata, credits: wireCredits(blocks) }, method: found.method };
}
