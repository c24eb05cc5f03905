// The text of a piece of a page as the segmenter reads it: one block (paragraph, heading, list
// item, table row) per line, a blank line between paragraphs, and a <br> as a line break inside
// its block. A list or a table is one paragraph with an item or row per line: a line standing
// alone between blank lines is read as a heading, which a short list item is not.

const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const cellTags = new Set(['TD', 'TH']);
const groupTags = new Set(['UL', 'OL', 'DL', 'TABLE']);

/** What never carries article text: code, media, form controls. */
export const nonTextTags = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'PICTURE', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const elementNode = 1;
const textNode = 3;

/** The blocks of an element's text, in document order, without blank ones. */
export function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  let group: string[] | null = null;
  const flush = () => {
    const lines = current
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
      .filter(Boolean);
    if (lines.length > 0) (group ?? blocks).push(lines.join('\n'));
    current = '';
  };
  const visit = (node: Node, isPreformatted: boolean) => {
    if (node.nodeType === textNode) {
      const text = node.textContent ?? '';
      current += isPreformatted ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== elementNode) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (nonTextTags.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const isBlock = blockTags.has(tag);
    if (isBlock) flush();
    const startsGroup = group === null && groupTags.has(tag);
    if (startsGroup) group = [];
    if (cellTags.has(tag)) current += ' ';
    for (const child of Array.from(node.childNodes)) visit(child, isPreformatted || tag === 'PRE');
    if (cellTags.has(tag)) current += ' ';
    if (isBlock) flush();
    if (startsGroup && group) {
      if (group.length > 0) blocks.push(group.join('\n'));
      group = null;
    }
  };
  visit(root, false);
  flush();
  return blocks;
}

/** The blocks as stored text: a blank line between blocks. */
export const blockText = (blocks: string[]) => blocks.join('\n\n');
