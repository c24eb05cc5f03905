import 'server-only';
import type { Actor } from '@/lib/actor';
import { extractArticle } from '@/lib/import/extract-article';
import { assertAllowed, canImportReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReadPage } from '@/lib/validations/report';
import { checkedBody } from './report-body-from';

/**
 * An HTML page (uploaded or pasted) as the import form shows it before importing: the article's
 * text that would be stored, and what the page says about itself (outlet, title, date, authors,
 * credits, address) for the blank fields. Changes nothing; refusals name `body`.
 */
export async function readPage({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canImportReports, 'import reports');
  const { html, url } = parseInput(ZReadPage, input);
  const { text, metadata } = extractArticle(html, { url });
  return { text: checkedBody(text), metadata };
}
