import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { actorUserId, type Actor } from '@/lib/actor';
import { writeAuditEvent } from '@/lib/audit/audit-event';
import { createDefaultClaims } from './create-default-claims';
import { recordSearchTerms } from './record-search-terms';
import type { DbTransaction } from '@/lib/db';
import { segmentReport } from '@/lib/segmentation/segment-report';
import { sentenceRows } from './sentence-rows';

export type NewReport = {
  slug?: string;
  outlet: string;
  title: string | null;
  url: string | null;
  syndicatedCopyUrl?: string | null;
  publishedOn: string | null;
  creditsInText: string[];
  notes: string | null;
  sourceFile?: string | null;
  body: string;
  /** The page the report was fetched from, kept as revision 1's snapshot. */
  snapshot?: NewSnapshot;
};

export type NewSnapshot = { url: string; contentType: string; encoding: string; bytes: Uint8Array<ArrayBuffer>; fetchedAt: Date };

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function slugFor(report: NewReport): string {
  const words = `${report.outlet} ${report.title ?? ''}`
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${words || 'report'}-${randomBytes(3).toString('hex')}`;
}

/**
 * Stores a report exactly as received, as revision 1, with its sentences, in the caller's
 * transaction. The body is never normalised: sentence offsets and quote anchors index into it.
 */
export async function storeReport(tx: DbTransaction, actor: Actor, report: NewReport) {
  const bodySha256 = sha256(report.body);
  const created = await tx.report.create({
    data: {
      slug: report.slug ?? slugFor(report),
      outlet: report.outlet,
      title: report.title,
      url: report.url,
      syndicatedCopyUrl: report.syndicatedCopyUrl ?? null,
      publishedOn: report.publishedOn ? new Date(`${report.publishedOn}T00:00:00Z`) : null,
      creditsInText: report.creditsInText,
      notes: report.notes,
      sourceFile: report.sourceFile ?? null,
      body: report.body,
      bodySha256,
      importedById: actorUserId(actor),
      revisions: { create: { number: 1, body: report.body, bodySha256, createdById: actorUserId(actor) } },
    },
    select: { id: true, slug: true, outlet: true, title: true },
  });
  const spans = segmentReport(report.body, { title: report.title });
  await tx.sentence.createMany({ data: sentenceRows(created.id, 1, report.body, spans) });
  await createDefaultClaims(tx, created.id);
  await recordSearchTerms(tx, spans.map((span) => span.text));
  const fetched = report.snapshot ? await storeSnapshot(tx, created.id, report.snapshot) : undefined;
  await writeAuditEvent(tx, {
    actor,
    action: 'report.imported',
    entityType: 'report',
    entityId: created.id,
    reportId: created.id,
    before: null,
    after: { slug: created.slug, outlet: created.outlet, title: created.title, bodySha256, units: spans.length, ...(fetched && { fetched }) },
  });
  return { ...created, sentences: spans.length };
}

async function storeSnapshot(tx: DbTransaction, reportId: string, snapshot: NewSnapshot) {
  const snapshotSha256 = sha256(snapshot.bytes);
  const { url, contentType, encoding, bytes, fetchedAt } = snapshot;
  await tx.reportSnapshot.create({ data: { reportId, revision: 1, url, contentType, encoding, content: bytes, sha256: snapshotSha256, fetchedAt }, select: { id: true } });
  return { url, snapshotSha256, fetchedAt: fetchedAt.toISOString() };
}
