import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canImportReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZPreviewReportFromUrl } from '@/lib/validations/report';
import { fetchPage } from './fetch-page';
import { asAddressFaults, fetchedPageBody, pageHost } from './fetched-page-body';
import { reportBodyFrom } from './report-body-from';
import { reportFieldsFromPage } from './report-fields-from-page';

/**
 * What importing a page from the web would store, for the import form to show before the editor
 * imports it: the address after redirects, the details the page gives (outlet, title, date,
 * credits; the site's host when it names no outlet) and the article's text. Fetched as the import
 * fetches it (fetchPage) and stores nothing; refusals name `url`.
 */
export async function previewReportFromUrl({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canImportReports, 'import reports');
  const { url } = parseInput(ZPreviewReportFromUrl, input);
  const page = await fetchPage(url);
  return asAddressFaults(async () => {
    const { body: raw, bodyFormat } = fetchedPageBody(page);
    const { body, page: found } = await reportBodyFrom(raw, bodyFormat, { url: page.url });
    const given = { outlet: null, title: null, url: page.url, publishedOn: null, credits: [] };
    const { outlet, title, publishedOn, creditsInText } = reportFieldsFromPage(given, found, pageHost(page));
    return { url: page.url, outlet, title, publishedOn, credits: creditsInText, text: body };
  });
}
