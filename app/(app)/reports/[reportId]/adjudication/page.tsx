import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdjudicationEntry } from '@/components/adjudication/adjudication-entry';
import { AdjudicationKeyboard } from '@/components/adjudication/adjudication-keyboard';
import { ReportStatusBadge } from '@/components/workflow/report-status-badge';
import { openClaimCountsText } from '@/components/workflow/open-claim-counts';
import { StatusControls } from '@/components/workflow/status-controls';
import { getAdjudicationQueue } from '@/lib/adjudication/get-adjudication-queue';
import { getActor } from '@/lib/auth/get-actor';
import { canManageWorkflow } from '@/lib/permissions';
import { notFoundOnBadAddress } from '@/lib/http/not-found-on-bad-address';

export const metadata: Metadata = { title: 'Adjudication' };

type PageProps = { params: Promise<{ reportId: string }> };

export default async function AdjudicationPage({ params }: PageProps) {
  const actor = await getActor();
  if (!actor || !canManageWorkflow(actor)) notFound();
  const queue = await notFoundOnBadAddress(getAdjudicationQueue({ actor, input: await params }));
  const { report } = queue;
  const locked = report.status === 'approved';
  return (
    <article>
      <p className="meta">
        <Link href={`/reports/${report.id}`}>{report.outlet}</Link> · <ReportStatusBadge status={report.status} />
      </p>
      <h1>Adjudication: {report.name}</h1>
      <p className="meta">
        Claims where reviewers disagree{report.adjudicateSingleVerdicts ? ', or only one reviewer gave a verdict' : ''}. Set the final verdict, or accept the
        majority.
      </p>
      <p>Without a final verdict: {openClaimCountsText(queue.counts)}.</p>
      <StatusControls reportId={report.id} status={report.status} claimsNeedingFinalVerdict={queue.open.length} />
      <h2 id="open-heading">Open ({queue.open.length})</h2>
      {queue.open.length === 0 ? (
        <p className="meta">Nothing left to settle.</p>
      ) : (
        <>
          {!locked && <AdjudicationKeyboard listId="open-claims" />}
          <ol id="open-claims" className="adjudication-list" aria-labelledby="open-heading">
            {queue.open.map((item) => (
              <AdjudicationEntry key={item.claimId} item={item} locked={locked} />
            ))}
          </ol>
        </>
      )}
      {queue.settled.length > 0 && (
        <>
          <h2 id="settled-heading">Settled ({queue.settled.length})</h2>
          <ol className="adjudication-list" aria-labelledby="settled-heading">
            {queue.settled.map((item) => (
              <AdjudicationEntry key={item.claimId} item={item} locked={locked} />
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
