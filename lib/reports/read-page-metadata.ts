import 'server-only';
import type { Actor } from '@/lib/actor';
import { extractArticle } from '@/lib/import/extract-article';
import { assertAllowed, canImportReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReadPageMetadata } from '@/lib/validations/report';

/** What an HTML page says about itself (outlet, title, date, authors, credits, address), for the import form to fill in; changes nothing. */
export async function readPageMetadata({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canImportReports, 'import reports');
  const { html, url } = parseInput(ZReadPageMetadata, input);
  return extractArticle(html, { url }).metadata;
}
