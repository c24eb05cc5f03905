// Schema.org data a page describes itself with (`<script type="application/ld+json">`): every
// node of every block, @graph arrays flattened, so that references by @id can be followed.

export type JsonLdNode = Record<string, unknown>;

const isNode = (value: unknown): value is JsonLdNode => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseBlock(text: string): unknown {
  // Pages wrap their JSON-LD in HTML comments or CDATA markers, and some end it with a stray semicolon.
  const cleaned = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim()
    .replace(/;$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return null;
  }
}

function collect(value: unknown, into: JsonLdNode[]) {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  if ('@graph' in value) collect(value['@graph'], into);
}

/** Every JSON-LD node of the page, in document order; blocks that are not JSON are skipped. */
export function jsonLdNodes(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    collect(parseBlock(script.textContent ?? ''), nodes);
  }
  return nodes;
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

// schema.org's Article and its kinds (NewsArticle, ReportageNewsArticle, BlogPosting, …), and pages about one.
const articleType = /(?:Article|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report)$/;

/** The node describing the article: the first of an article type, else the first with a headline. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  return nodes.find((node) => typesOf(node).some((type) => articleType.test(type))) ?? nodes.find((node) => typeof node.headline === 'string') ?? null;
}

/** A node or a reference to one (`{ "@id": … }`), resolved against the page's other nodes. */
export function resolveNode(value: unknown, nodes: JsonLdNode[]): JsonLdNode | null {
  if (!isNode(value)) return null;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length === 1) return nodes.find((node) => node['@id'] === id && node !== value) ?? value;
  return value;
}

/** The names of a person or organisation field: a string, a node with a name, or a list of them. */
export function namesOf(value: unknown, nodes: JsonLdNode[]): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    if (typeof item === 'string') return [item];
    const name = resolveNode(item, nodes)?.name;
    if (typeof name === 'string') return [name];
    return Array.isArray(name) ? name.filter((part): part is string => typeof part === 'string') : [];
  });
}
