import 'server-only';
import { createHash } from 'node:crypto';
import { actorUserId, type Actor } from '@/lib/auth/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import type { DbTransaction } from '@/lib/db';
import { ZImportReport } from '@/lib/validations/report';
import { parseInput } from '@/lib/validations/parse-input';

/**
 * Stores a report exactly as received. The body is never normalised: sentence offsets and
 * quote anchors index into it, and `bodySha256` tells whether a re-import changed it.
 */
export async function importReport(tx: DbTransaction, { actor, input }: { actor: Actor; input: unknown }) {
  const { metadata, body } = parseInput(ZImportReport, input);
  const report = await tx.report.create({
    data: {
      slug: metadata.file.replace(/\.txt$/, ''),
      outlet: metadata.outlet,
      title: metadata.title,
      url: metadata.url,
      syndicatedCopyUrl: metadata.syndicatedCopy,
      publishedOn: metadata.publishedOn ? new Date(`${metadata.publishedOn}T00:00:00Z`) : null,
      creditsInText: metadata.creditsInText,
      notes: metadata.notes,
      sourceFile: metadata.file,
      body,
      bodySha256: createHash('sha256').update(body, 'utf8').digest('hex'),
      importedById: actorUserId(actor),
    },
    select: { id: true, slug: true, outlet: true, title: true, bodySha256: true },
  });
  await writeAuditEvent(tx, {
    actor,
    action: 'report.imported',
    entityType: 'report',
    entityId: report.id,
    reportId: report.id,
    before: null,
    after: { slug: report.slug, outlet: report.outlet, title: report.title, bodySha256: report.bodySha256 },
  });
  return report;
}
