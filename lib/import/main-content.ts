import { Readability } from '@mozilla/readability';
import { nonTextTags, textBlocks } from './block-text';

// Parts of a page that are never the article, named by HTML itself (elements and ARIA roles):
// site navigation, asides, page footers, hidden elements and the captions under pictures.
const furnitureSelector = ['nav', 'aside', 'footer', 'figcaption', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]', '[hidden]'].join(',');

// Class and id words that name page furniture on most sites: sign-up boxes, share bars, related
// links, comment threads, author boxes. A container of the article itself is never removed.
const furnitureName = /(?:^|[\s_-])(?:newsletter|subscribe|signup|promo|related|share|sharing|social|comments?|author-bio|byline)(?:$|[\s_-])/i;
const articleSelector = 'article, main, [itemprop="articleBody"]';

function removeAll(root: ParentNode, selector: string) {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

function removeNamedFurniture(root: Element) {
  for (const element of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!element.isConnected) continue;
    const name = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (furnitureName.test(name) && !element.matches(articleSelector) && !element.querySelector(articleSelector)) element.remove();
  }
}

export type MainContent = { blocks: string[]; method: 'readability' | 'page' };

/**
 * The article's blocks: what Readability finds as the main content once the page's furniture is
 * removed, or, when it finds nothing, the text of the whole page without its furniture. Changes
 * the document it is given.
 */
export function mainContentBlocks(document: Document): MainContent {
  const body = document.body;
  if (!body) return { blocks: [], method: 'page' };
  removeAll(body, furnitureSelector);
  removeNamedFurniture(body);
  const wholePage = body.cloneNode(true) as Element;
  const article = new Readability(document, { serializer: (node) => node }).parse();
  const content = article?.content;
  if (content) {
    const blocks = textBlocks(content);
    if (blocks.length > 0) return { blocks, method: 'readability' };
  }
  removeAll(wholePage, [...nonTextTags].map((tag) => tag.toLowerCase()).join(','));
  return { blocks: textBlocks(wholePage), method: 'page' };
}
