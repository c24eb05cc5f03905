import type { AuditPayload } from '@/lib/audit/audit-event';
import { countOf } from '@/lib/format/plural';
import type { AuditReferences } from './audit-references';
import { citedAs, factLinkLine, kindNoun, labelName, listOf, personCalled, refusalReason, reportCalled, roleName, sentenceCalled, sentenceQuoted, statusName } from './audit-names';

/** What an event is, as the summary needs it: who acted, on what, with the recorded change. */
export type SummarizedEvent = {
  payload: AuditPayload;
  who: string;
  entityId: string;
  reportName: string | null;
  sentenceId: string | null;
};

type Evidence = { sentenceId?: string; url?: string };
type Verdict = { label: string; note: string; evidence: Evidence[] };

function citing(references: AuditReferences, evidence: Evidence[]): string {
  return evidence.length === 0 ? '' : `, citing ${listOf(evidence.map((link) => citedAs(references, link)))}`;
}

/** What changed in a verdict besides its label, in words: "its note and evidence". */
function otherChanges(before: Verdict, after: Verdict): string {
  const changed = [before.note !== after.note && 'note', JSON.stringify(before.evidence) !== JSON.stringify(after.evidence) && 'evidence'].filter(
    (part): part is string => Boolean(part),
  );
  return changed.length === 0 ? '' : ` (${changed.join(' and ')})`;
}

function verdictSaved(event: SummarizedEvent, references: AuditReferences, before: Verdict | null, after: Verdict): string {
  const sentence = sentenceCalled(references, event.sentenceId);
  const cited = citing(references, after.evidence);
  if (!before) return `${event.who} labelled ${sentence} ${labelName(after.label)}${cited}`;
  if (before.label !== after.label) return `${event.who} changed their verdict on ${sentence} from ${labelName(before.label)} to ${labelName(after.label)}${cited}`;
  return `${event.who} edited their ${labelName(after.label)} verdict on ${sentence}${otherChanges(before, after)}${cited}`;
}

function finalVerdictSaved(event: SummarizedEvent, references: AuditReferences, payload: Extract<AuditPayload, { action: 'final_verdict.saved' }>): string {
  const { before, after } = payload;
  const sentence = sentenceCalled(references, event.sentenceId);
  const how = after.adoptedFromId
    ? `, using ${personCalled(references, after.adoptedFromId)}’s verdict`
    : after.basis === 'majority'
      ? ', accepting the majority'
      : after.basis === 'consensus'
        ? ', as the reviewers agreed'
        : '';
  const cited = citing(references, after.evidence);
  if (before && before.label !== after.label) return `${event.who} changed the final verdict on ${sentence} from ${labelName(before.label)} to ${labelName(after.label)}${how}${cited}`;
  if (before) return `${event.who} edited the final ${labelName(after.label)} verdict on ${sentence}${otherChanges(before, after)}${how}${cited}`;
  return `${event.who} settled ${sentence} as ${labelName(after.label)}${how}${cited}`;
}

function statusChanged(event: SummarizedEvent, before: string, after: string): string {
  const report = event.reportName ?? 'a report';
  if (after === 'approved') return `${event.who} approved ${report}`;
  if (before === 'in_review' && after === 'in_adjudication') return `${event.who} started adjudication of ${report}`;
  return `${event.who} moved ${report} from ${statusName(before)} to ${statusName(after)}`;
}

function settingsChanged(event: SummarizedEvent, before: { blindReview: boolean; adjudicateSingleVerdicts: boolean }, after: typeof before): string {
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  const parts = [
    before.blindReview !== after.blindReview && `blind review ${onOff(after.blindReview)}`,
    before.adjudicateSingleVerdicts !== after.adjudicateSingleVerdicts && `settling claims with one verdict ${onOff(after.adjudicateSingleVerdicts)}`,
  ].filter((part): part is string => Boolean(part));
  return parts.length === 0 ? `${event.who} saved the review settings of ${event.reportName ?? 'a report'} unchanged` : `${event.who} turned ${listOf(parts)} for ${event.reportName ?? 'a report'}`;
}

function factsCorrected(event: SummarizedEvent, references: AuditReferences, links: { claimIds: [string, string]; sameFact: boolean | null }[]): string {
  return `${event.who} corrected the fact map: ${listOf(links.map((link) => factLinkLine(references, link)), 2)}`;
}

/** "their API token “laptop”", or "the API token “ci” of Ana Reyes" when it is someone else's. */
function tokenOf(references: AuditReferences, who: string, token: { name: string; userId: string }): string {
  const owner = personCalled(references, token.userId);
  return owner === who ? `their API token “${token.name}”` : `the API token “${token.name}” of ${owner}`;
}

/**
 * One line in plain words per event, the way a desk would tell it: "Ana Reyes changed their
 * verdict on DW sentence 7 from Single-source to Corroborated, citing FORUM sentence 12".
 */
export function summarizeAuditEvent(event: SummarizedEvent, references: AuditReferences): string {
  const { payload, who } = event;
  const report = event.reportName ?? 'a report';
  switch (payload.action) {
    case 'verdict.saved':
      return verdictSaved(event, references, payload.before, payload.after);
    case 'final_verdict.saved':
      return finalVerdictSaved(event, references, payload);
    case 'claim.created':
      return `${who} marked the claim “${payload.after.text}” in ${sentenceCalled(references, payload.after.sentenceId)}`;
    case 'claim.removed':
      return `${who} removed the claim “${payload.before.text}” from ${sentenceCalled(references, payload.before.sentenceId)}`;
    case 'claim.handed_over':
      return `${who} removed their claim “${payload.before.text}” from ${sentenceCalled(references, payload.before.sentenceId)}; other reviewers’ verdicts keep it`;
    case 'sentence.kind_changed':
      return `${who} marked ${sentenceQuoted(references, event.sentenceId ?? event.entityId)} as ${kindNoun(payload.after.kind)} (it was ${kindNoun(payload.before.kind)})`;
    case 'assignment.added':
      return `${who} assigned ${payload.after.reviewerName} to ${report}`;
    case 'assignment.removed':
      return `${who} took ${payload.before.reviewerName} off ${report}`;
    case 'review.completed': {
      const whose = payload.after.reviewerName === who ? 'their' : `${payload.after.reviewerName}’s`;
      const left = payload.after.unreviewedSentences > 0 ? `, leaving ${countOf(payload.after.unreviewedSentences, 'sentence', 'sentences')} unreviewed` : '';
      return `${who} completed ${whose} review of ${report}${left}`;
    }
    case 'review.reopened':
      return `${who} reopened ${payload.after.reviewerName}’s review of ${report}`;
    case 'report.status_changed':
      return statusChanged(event, payload.before.status, payload.after.status);
    case 'report.reopened':
      return `${who} reopened ${report} (it was ${statusName(payload.before.status)})`;
    case 'report.settings_changed':
      return settingsChanged(event, payload.before, payload.after);
    case 'report.imported':
      return `${who} imported ${report}: ${countOf(payload.after.units, 'sentence', 'sentences')}${payload.after.fetched ? `, from ${payload.after.fetched.url}` : ''}`;
    case 'report.revised': {
      const { sentences } = payload.after;
      return `${who} re-imported ${report} as revision ${payload.after.revision}: ${countOf(sentences.exact + sentences.fuzzy, 'sentence', 'sentences')} kept, ${sentences.added} new, ${sentences.orphaned.length} removed`;
    }
    case 'report.restored':
      return `${who} restored ${report} from an export: ${countOf(payload.after.claims, 'claim', 'claims')}, ${countOf(payload.after.verdicts, 'verdict', 'verdicts')}, ${countOf(payload.after.finalVerdicts, 'final verdict', 'final verdicts')}`;
    case 'report.deleted':
      return `${who} deleted the report “${payload.before.title ?? payload.before.outlet}” from ${payload.before.outlet} (${countOf(payload.before.sentences, 'sentence', 'sentences')})`;
    case 'report.archived':
      return `${who} archived ${report}`;
    case 'report.unarchived':
      return `${who} brought ${report} back from the archive`;
    case 'report.orphans_dismissed':
      return `${who} dismissed ${countOf(payload.after.sentenceIds.length, 'removed sentence', 'removed sentences')} and ${countOf(payload.after.claimIds.length, 'removed claim', 'removed claims')} of ${report}`;
    case 'story.created':
      return `${who} created the story “${payload.after.title}” with ${countOf(payload.after.reportIds.length, 'report', 'reports')}`;
    case 'story.renamed':
      return `${who} renamed the story “${payload.before.title}” to “${payload.after.title}”`;
    case 'story.report_added':
      return `${who} put ${report} in the story “${payload.after.title}”${payload.before.title ? ` (it was in “${payload.before.title}”)` : ''}`;
    case 'story.report_removed':
      return `${who} took ${report} out of the story “${payload.before.title}”`;
    case 'facts.corrected':
      return factsCorrected(event, references, payload.after.links);
    case 'source.decided': {
      const [first, second] = payload.after.reportIds;
      if (payload.after.relation === 'independent') return `${who} decided ${reportCalled(references, first)} and ${reportCalled(references, second)} are independent sources`;
      const derived = payload.after.derivedReportId;
      return `${who} decided ${reportCalled(references, derived)} is derived from ${reportCalled(references, derived === first ? second : first)}`;
    }
    case 'source.decision_cleared': {
      const [first, second] = event.entityId.split(',');
      return `${who} cleared the decision on whether ${reportCalled(references, first)} and ${reportCalled(references, second)} are independent`;
    }
    case 'user.created':
      return `${who} created the account of ${payload.after.name} (${roleName(payload.after.role)})`;
    case 'user.role_changed':
      return `${who} changed ${payload.after.name}’s role from ${roleName(payload.before.role)} to ${roleName(payload.after.role)}`;
    case 'user.deactivated':
      return `${who} deactivated the account of ${payload.after.name}`;
    case 'user.reactivated':
      return `${who} reactivated the account of ${payload.after.name}`;
    case 'user.password_reset':
      return `${who} reset the password of ${personCalled(references, event.entityId)}`;
    case 'user.password_changed':
      return `${who} changed their password`;
    case 'user.password_change_failed':
      return `${who}’s password change was refused: ${refusalReason(payload.after.reason)}`;
    case 'user.signed_in':
      return `${who} signed in`;
    case 'user.signed_out':
      return `${who} signed out`;
    case 'user.sign_in_failed':
      return `A sign-in as ${payload.after.email} failed: ${refusalReason(payload.after.reason)}${payload.after.lockedUntil ? '; further attempts are locked out for a while' : ''}`;
    case 'api_token.issued':
      return `${who} issued ${tokenOf(references, who, payload.after)}`;
    case 'api_token.revoked':
      return `${who} revoked ${tokenOf(references, who, payload.before)}`;
    case 'export.downloaded':
      return `${who} exported ${payload.after.scope === 'all' ? 'every verdict' : 'the final verdicts'} of ${payload.after.reportId ? report : countOf(payload.after.reports, 'report', 'reports')} as ${payload.after.format.toUpperCase()}`;
    case 'audit.exported':
      return `${who} downloaded ${Object.keys(payload.after.filters).length > 0 ? 'part of the history' : 'the history'} as ${payload.after.format.toUpperCase()}`;
  }
}
