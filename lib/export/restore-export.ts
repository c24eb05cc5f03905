import 'server-only';
import { actorUserId, type Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { assertAllowed, canRestoreExports } from '@/lib/permissions';
import { runTransaction } from '@/lib/database/run-transaction';
import { type DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { sha256 } from '@/lib/reports/store-report';
import { recordSearchTerms } from '@/lib/reports/record-search-terms';
import { ZExportDocument, type ExportDocument, type ExportEvidence } from '@/lib/validations/export-document';
import { parseInput } from '@/lib/validations/parse-input';
import { checkExportDocument } from './check-export-document';
import { restoreUsers } from './restore-users';

type Report = ExportDocument['reports'][number];

function evidenceRows(evidence: ExportEvidence[], owner: { verdictId: string } | { finalVerdictId: string }) {
  return evidence.map((link, position) => ({
    ...owner,
    position,
    relation: link.relation,
    ...(link.kind === 'sentence' ? { sentenceId: link.sentenceId } : { url: link.url, quote: link.quote }),
  }));
}

function claimsOf(report: Report) {
  return report.sentences.flatMap((sentence) => sentence.claims.map((claim) => ({ claim, sentenceId: sentence.id })));
}

/** The report, its sentences and claims: everything evidence from any report may point at. */
async function restoreReportText(tx: DbTransaction, actor: Actor, report: Report) {
  const { sentences, importedAt, publishedOn, ...fields } = report;
  const bodySha256 = sha256(report.body);
  await tx.report.create({
    data: {
      ...fields,
      bodySha256,
      publishedOn: publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : null,
      createdAt: new Date(importedAt),
      importedById: actorUserId(actor),
      revisions: { create: { number: report.revision, body: report.body, bodySha256, createdById: actorUserId(actor) } },
    },
  });
  await tx.sentence.createMany({
    // The sentence number is worked out again on export from the kinds and order restored here.
    data: sentences.map(({ claims: _claims, sentenceNumber: _number, ...sentence }) => ({ ...sentence, reportId: report.id, revision: report.revision })),
  });
  await tx.claim.createMany({
    data: claimsOf(report).map(({ claim: { finalVerdict: _final, verdicts: _verdicts, ...claim }, sentenceId }) => ({
      ...claim,
      sentenceId,
      reportId: report.id,
      revision: report.revision,
    })),
  });
  await recordSearchTerms(tx, sentences.map((sentence) => sentence.text));
}

/** The report's verdicts, final verdicts and their evidence, once every report's sentences are in. */
async function restoreReportVerdicts(tx: DbTransaction, actor: Actor, report: Report, userIds: Map<string, string>) {
  const userId = (person: { email: string }) => userIds.get(person.email.toLowerCase()) ?? '';
  const claims = claimsOf(report);
  const verdicts = claims.flatMap(({ claim }) => (claim.verdicts ?? []).map((verdict) => ({ verdict, claimId: claim.id })));
  const finals = claims.flatMap(({ claim }) => (claim.finalVerdict ? [{ final: claim.finalVerdict, claimId: claim.id }] : []));
  await tx.verdict.createMany({
    data: verdicts.map(({ verdict: { evidence: _evidence, reviewer, ...verdict }, claimId }) => ({ ...verdict, claimId, reviewerId: userId(reviewer) })),
  });
  await tx.finalVerdict.createMany({
    data: finals.map(({ final: { evidence: _evidence, decidedBy, independentSupport: _support, independenceReasons: _reasons, ...final }, claimId }) => ({ ...final, claimId, decidedById: userId(decidedBy) })),
  });
  await tx.evidence.createMany({
    data: [
      ...verdicts.flatMap(({ verdict }) => evidenceRows(verdict.evidence, { verdictId: verdict.id })),
      ...finals.flatMap(({ final }) => evidenceRows(final.evidence, { finalVerdictId: final.id })),
    ],
  });
  await writeAuditEvent(tx, {
    actor,
    action: 'report.restored',
    entityType: 'report',
    entityId: report.id,
    reportId: report.id,
    before: null,
    after: { slug: report.slug, outlet: report.outlet, title: report.title, bodySha256: sha256(report.body), units: report.sentences.length, claims: claims.length, verdicts: verdicts.length, finalVerdicts: finals.length },
  });
  return { claims: claims.length, verdicts: verdicts.length, finalVerdicts: finals.length };
}

/**
 * Restores a `json` export into a server that has no reports yet (admins): reports, sentences,
 * claims, verdicts, final verdicts and evidence keep their ids and times, so exporting again gives
 * the same document. All or nothing, in one transaction.
 */
export async function restoreExport({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canRestoreExports, 'restore an export');
  const document = parseInput(ZExportDocument, input);
  checkExportDocument(document);
  try {
    return await runTransaction(
      async (tx) => {
        const reportsHere = await tx.report.count();
        if (reportsHere > 0) {
          throw new AppError('conflict', `Restoring needs a server without reports; this one has ${reportsHere}. Restore into a new database.`);
        }
        const userIds = await restoreUsers(tx, actor, document);
        const totals = { reports: document.reports.length, claims: 0, verdicts: 0, finalVerdicts: 0 };
        for (const report of document.reports) await restoreReportText(tx, actor, report);
        for (const report of document.reports) {
          const restored = await restoreReportVerdicts(tx, actor, report, userIds);
          totals.claims += restored.claims;
          totals.verdicts += restored.verdicts;
          totals.finalVerdicts += restored.finalVerdicts;
        }
        return totals;
      },
      { timeout: 600_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'The export repeats an id or a report text, or another restore ran at the same time');
    }
    throw error;
  }
}
