import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canImportReports } from '@/lib/permissions';
import { bulkWriteOptions, runTransaction } from '@/lib/database/run-transaction';
import { findStory, putReportInStory } from '@/lib/stories/story-membership';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validations/parse-input';
import { ZImportReport } from '@/lib/validations/report';
import { reportBodyFrom } from './report-body-from';
import { reportFieldsFromPage } from './report-fields-from-page';
import { sha256, storeReport, type NewSnapshot } from './store-report';

type ImportOptions = {
  /** The page it was fetched from, when importReportFromUrl fetched it: kept with the report, in its audit event. */
  snapshot?: NewSnapshot;
  /** The outlet when neither the editor nor the page names one (a fetched page's host). */
  fallbackOutlet?: string;
};

/**
 * Imports a report from the import form or the API (editors and admins). An HTML page is reduced
 * to its article's text, and fills in the outlet, title, address, date and credits not given; a
 * PDF (base64) to its text, re-flowed. With a storyId the report goes into that story in the same
 * transaction, its text reuse against the story's reports measured there (an unknown story is
 * refused naming storyId).
 */
export async function importReport({ actor, input }: { actor: Actor; input: unknown }, { snapshot, fallbackOutlet }: ImportOptions = {}) {
  assertAllowed(actor, canImportReports, 'import reports');
  const { body: rawBody, bodyFormat, notes, storyId, ...given } = parseInput(ZImportReport, input);
  if (storyId) await findStory(db, storyId, 'invalid');
  const { body, page } = await reportBodyFrom(rawBody, bodyFormat, { url: given.url });
  const fields = { ...reportFieldsFromPage(given, page, fallbackOutlet), notes };
  const duplicate = await db.report.findUnique({ where: { bodySha256: sha256(body) }, select: { outlet: true, title: true } });
  if (duplicate) throw duplicateError(duplicate);
  try {
    return await runTransaction(async (tx) => {
      const report = await storeReport(tx, actor, { ...fields, body, snapshot });
      if (storyId) await putReportInStory(tx, actor, { reportId: report.id, story: await findStory(tx, storyId, 'invalid') });
      return report;
    }, bulkWriteOptions);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'This text was imported a moment ago by someone else', 'body');
    }
    throw error;
  }
}

function duplicateError(existing: { outlet: string; title: string | null }) {
  const name = existing.title ? `“${existing.title}” (${existing.outlet})` : `the ${existing.outlet} report`;
  return new AppError('conflict', `This text is already imported as ${name}`, 'body');
}
