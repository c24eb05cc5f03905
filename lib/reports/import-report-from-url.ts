import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canImportReports } from '@/lib/permissions';
import { db } from '@/lib/db';
import { findStory } from '@/lib/stories/story-membership';
import { parseInput } from '@/lib/validations/parse-input';
import { ZImportReportFromUrl } from '@/lib/validations/report';
import { fetchPage } from './fetch-page';
import { asAddressFaults, fetchedPageBody, pageHost } from './fetched-page-body';
import { importReport } from './import-report';

/**
 * Imports a report from a page on the web (editors and admins): fetched safely (fetchPage), its
 * text made as for an uploaded file (HTML, plain text or PDF), the page kept as the report's snapshot. The report's URL is
 * the address after redirects; the outlet is the page's site name, else its host, unless given. Refusals name `url`, and nothing
 * is stored.
 */
export async function importReportFromUrl({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canImportReports, 'import reports');
  const { url, outlet, ...fields } = parseInput(ZImportReportFromUrl, input);
  // Refused before fetching anything: the page would be fetched for nothing.
  if (fields.storyId) await findStory(db, fields.storyId, 'invalid');
  const page = await fetchPage(url);
  const host = pageHost(page);
  const snapshot = { url: page.url, contentType: page.contentType, encoding: page.encoding, bytes: page.bytes, fetchedAt: page.fetchedAt };
  const { body, bodyFormat } = fetchedPageBody(page);
  // Only a web page can name its site: plain text and PDFs are the host's unless an outlet is given.
  const given = { ...fields, outlet: outlet ?? (page.format === 'html' ? null : host), url: page.url, body, bodyFormat };
  return asAddressFaults(() => importReport({ actor, input: given }, { snapshot, fallbackOutlet: host }));
}
