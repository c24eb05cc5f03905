import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveReportControl } from '@/components/reports/archive-report-control';
import { DeleteReportControl } from '@/components/reports/delete-report-control';
import { FactMapLink } from '@/components/facts/fact-map-link';
import { OrphanList } from '@/components/reports/orphan-list';
import { ReviseReportForm } from '@/components/reports/revise-report-form';
import { ReviewFilters } from '@/components/review/review-filters';
import { archivedLockReason, claimLockReason, kindLockReason } from '@/components/reports/lock-reasons';
import { ReviewWorkspace } from '@/components/review/workspace/review-workspace';
import { AgreementFigures } from '@/components/workflow/agreement-figures';
import { CompleteReviewButton } from '@/components/workflow/complete-review-button';
import { ReopeningNotice } from '@/components/workflow/reopening-notice';
import { ReportStatusBadge } from '@/components/workflow/report-status-badge';
import { WorkflowSection } from '@/components/workflow/workflow-section';
import { getAgreement } from '@/lib/agreement/get-agreement';
import type { UserActor } from '@/lib/actor';
import { canBrowseAudit, canDeleteReports, canDismissOrphans, canExportVerdicts, canManageStories, canManageWorkflow } from '@/lib/permissions';
import { getActor } from '@/lib/auth/get-actor';
import { AppError } from '@/lib/errors';
import { getReviewWorkspace } from '@/lib/review/get-review-workspace';
import { listReviewers } from '@/lib/workflow/list-reviewers';
import { ExternalLink } from '@/components/ui/external-link';
import { isWebAddress } from '@/lib/format/is-web-address';
import { getReportRemoval } from '@/lib/reports/get-report-removal';
import { ReportStoryControl } from '@/components/stories/report-story-control';
import { getReportStory } from '@/lib/stories/get-report-story';
import { listStories } from '@/lib/stories/list-stories';
import { countOf } from '@/lib/format/plural';

export const metadata: Metadata = { title: 'Report' };

async function loadWorkspace(actor: UserActor, reportId: string, query: { filter?: string; sentence?: string; claim?: string }) {
  try {
    return await getReviewWorkspace({ actor, input: { reportId, ...query } });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'invalid')) return null;
    throw error;
  }
}

type PageProps = { params: Promise<{ reportId: string }>; searchParams: Promise<{ filter?: string; sentence?: string; claim?: string }> };

export default async function ReportPage({ params, searchParams }: PageProps) {
  const actor = await getActor();
  if (!actor) notFound();
  const query = await searchParams;
  const workspace = await loadWorkspace(actor, (await params).reportId, query);
  if (!workspace) notFound();
  const { report, outline, workflow } = workspace;
  const { archived } = workflow;
  const input = { reportId: report.id };
  // Independent reads, at once: the page is rendered again after every workflow action.
  const [agreement, candidates, removal, story, stories] = await Promise.all([
    workflow.seesOthers ? getAgreement({ actor, input }) : null,
    canManageWorkflow(actor) ? listReviewers({ actor }) : null,
    canDeleteReports(actor) ? getReportRemoval({ actor, input }) : null,
    getReportStory({ actor, input }),
    canManageStories(actor) && !archived ? listStories({ actor }).then((list) => list.items) : null,
  ]);
  const forReview = outline.progress.total;
  return (
    <article>
      <p className="meta">
        {report.outlet} · <ReportStatusBadge status={workflow.status} />
      </p>
      <h1>{report.name}</h1>
      <p className="meta">
        {report.publishedOn ? `Published ${report.publishedOn}` : 'Publication date unknown'}
        {report.creditsInText.length > 0 && ` · Credits / derived from: ${report.creditsInText.join(', ')}`}
        {isWebAddress(report.url) && (
          <>
            {' · '}
            <ExternalLink href={report.url}>Original</ExternalLink>
          </>
        )}
        {` · Revision ${report.revision}`}
        {' · '}
        {story ? (
          <>
            Story: <Link href={`/stories/${story.id}`}>{story.title}</Link>
          </>
        ) : (
          'In no story'
        )}
        <FactMapLink story={story} />
        {canExportVerdicts(actor) && (
          <>
            {' · '}
            <Link href={`/export?reportId=${report.id}`}>Export verdicts</Link>
          </>
        )}
        {canBrowseAudit(actor) && (
          <>
            {' · '}
            <Link href={`/audit?reportId=${report.id}`}>History</Link>
          </>
        )}
      </p>
      {report.notes && <p className="meta report-notes">Editor&apos;s notes: {report.notes}</p>}
      {stories && (
        <details>
          <summary>{story ? 'Move to another story' : 'Put in a story'}</summary>
          <ReportStoryControl reportId={report.id} current={story?.id ?? null} stories={stories} />
        </details>
      )}
      {archived && (
        <p className="notice" role="status">
          This report is archived{archived.by ? ` by ${archived.by}` : ''} ({archived.at.slice(0, 10)}): it is left out of the lists, and nothing in it
          can change until an editor brings it back. Its verdicts stay in exports and the history.
        </p>
      )}
      {workflow.status === 'approved' && (
        <p className="notice" role="status">
          This report is approved and locked: verdicts cannot change until an editor reopens it.
        </p>
      )}
      {workflow.status === 'in_adjudication' && (
        <p className="notice" role="status">
          This report is in adjudication: reviewers’ verdicts cannot change unless an editor moves it back to review.
        </p>
      )}
      {workflow.reportReopening && <ReopeningNotice reopening={workflow.reportReopening} of="report" />}
      {workflow.reviewReopening && workflow.status !== 'approved' && <ReopeningNotice reopening={workflow.reviewReopening} of="review" />}
      {workflow.hasCompleted && workflow.status === 'in_review' && (
        <p className="notice" role="status">
          You marked your review complete: your verdicts on this report cannot change unless an editor reopens your review.
        </p>
      )}
      {agreement && candidates && !archived ? (
        <WorkflowSection
          reportId={report.id}
          status={workflow.status}
          settings={{ blindReview: workflow.blindReview, adjudicateSingleVerdicts: workflow.adjudicateSingleVerdicts }}
          agreement={agreement}
          candidates={candidates}
        />
      ) : (
        <>
          {!archived && !workflow.hasCompleted && workflow.status === 'in_review' && <CompleteReviewButton reportId={report.id} blindReview={workflow.blindReview} />}
          {agreement && (
            <section aria-labelledby="agreement-heading">
              <h2 id="agreement-heading">Agreement</h2>
              <AgreementFigures
                alpha={agreement.alpha}
                percentAgreement={agreement.percentAgreement}
                pairableClaims={agreement.pairableClaims}
                excludedVerdictCount={agreement.excludedVerdictCount}
              />
            </section>
          )}
        </>
      )}
      <h2 id="sentences-heading">Sentences</h2>
      <p className="meta" role="status">
        {countOf(forReview, 'sentence', 'sentences')} for review · {outline.kinds.length - forReview} not for review (headlines, datelines, captions, credits, page furniture)
      </p>
      <ReviewFilters reportId={report.id} current={workspace.filter} />
      <ReviewWorkspace
        // A new filter, a changed outline (a kind changed, a revision) or a new workflow state starts the list afresh.
        key={`${workspace.filter}:${report.revision}:${workflow.status}:${workflow.seesOthers}:${workflow.hasCompleted}:${outline.kinds}`}
        reportId={report.id}
        filter={workspace.filter}
        outline={outline}
        initial={{ sentences: workspace.sentences, verdicts: workspace.verdicts, others: workspace.others, conflicts: workspace.conflicts, finals: workspace.finals }}
        opening={workspace.opening}
        locked={Boolean(archived) || workflow.status !== 'in_review' || workflow.hasCompleted}
        kindLockReason={archived ? archivedLockReason : kindLockReason(actor, workflow.status)}
        claimLockReason={archived ? archivedLockReason : claimLockReason(workflow)}
        showHistory={canBrowseAudit(actor)}
      />
      {report.orphans && (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrected versions</h2>
          <OrphanList reportId={report.id} orphans={report.orphans} canDismiss={canDismissOrphans(actor) && workflow.status !== 'approved' && !archived} />
          {!archived && <ReviseReportForm reportId={report.id} pageUrl={report.url} />}
        </section>
      )}
      {removal && (
        <section aria-labelledby="removal-heading">
          <h2 id="removal-heading">{archived ? 'Archived' : 'Delete or archive this report'}</h2>
          {!archived && <DeleteReportControl reportId={report.id} name={report.name} refusal={removal.deletionRefusal} />}
          <ArchiveReportControl reportId={report.id} name={report.name} isArchived={Boolean(archived)} />
        </section>
      )}
    </article>
  );
}
