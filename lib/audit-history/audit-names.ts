import { sentenceKindLabels, type SentenceKind } from '@/lib/segmentation/sentence-kind';
import { verdictLabelNames, type VerdictLabel } from '@/lib/validations/verdict';
import { reportStatusNames, type ReportStatus } from '@/lib/validations/workflow';
import type { AuditReferences, SentenceReference } from './audit-references';

// How the history names what an event is about, as the pages people work in name it.

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "A, B and C"; past `most` items, "A, B and 3 more". */
export function listOf(items: string[], most = 3): string {
  if (items.length <= most) return listFormat.format(items);
  return listFormat.format([...items.slice(0, most - 1), `${items.length - most + 1} more`]);
}

/** The first words of a text, cut at a word with "…" past `words` words. */
export function openingWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** "DW sentence 7", "Reuters line 2" (not for review), "a removed DW sentence" (a revision took it out). */
export function sentencePlace(sentence: SentenceReference): string {
  if (sentence.orphaned) return `a removed ${sentence.outlet} sentence`;
  return sentence.number === null ? `${sentence.outlet} line ${sentence.line}` : `${sentence.outlet} sentence ${sentence.number}`;
}

/** A sentence by its place, or what is known when it is gone with its report. */
export function sentenceCalled(references: AuditReferences, sentenceId: string | null | undefined): string {
  const sentence = sentenceId ? references.sentences.get(sentenceId) : undefined;
  return sentence ? sentencePlace(sentence) : 'a sentence of a deleted report';
}

/** A sentence by its place and opening words: `DW sentence 7 (“The envoys met in…”)`. */
export function sentenceQuoted(references: AuditReferences, sentenceId: string | null | undefined): string {
  const sentence = sentenceId ? references.sentences.get(sentenceId) : undefined;
  return sentence ? `${sentencePlace(sentence)} (“${openingWords(sentence.text)}”)` : 'a sentence of a deleted report';
}

export function personCalled(references: AuditReferences, userId: string | null | undefined): string {
  return (userId && references.users.get(userId)) || 'a removed account';
}

export function reportCalled(references: AuditReferences, reportId: string | null | undefined): string {
  return (reportId && references.reports.get(reportId)) || 'a removed report';
}

export function labelName(label: unknown): string {
  return verdictLabelNames[label as VerdictLabel] ?? String(label);
}

export function statusName(status: unknown): string {
  return reportStatusNames[status as ReportStatus] ?? String(status);
}

const kindNouns: Record<SentenceKind, string> = { body: 'a sentence for review', headline: 'a headline', dateline: 'a dateline', caption: 'a caption', credit: 'a credit', boilerplate: 'boilerplate' };

/** A kind as the end of "marked … as": "a caption", "boilerplate". */
export function kindNoun(kind: unknown): string {
  return kindNouns[kind as SentenceKind] ?? String(kind);
}

export function kindName(kind: unknown): string {
  return kind === 'body' ? 'Sentence for review' : (sentenceKindLabels[kind as SentenceKind] ?? String(kind));
}

export function roleName(role: unknown): string {
  return typeof role === 'string' ? role.charAt(0).toUpperCase() + role.slice(1) : String(role);
}

type Evidence = { sentenceId?: string; url?: string; quote?: string; relation?: string };

/** What a verdict cites, shortly: "FORUM sentence 12", "reuters.com". */
export function citedAs(references: AuditReferences, evidence: Evidence): string {
  if (evidence.sentenceId) return sentenceCalled(references, evidence.sentenceId);
  try {
    return new URL(evidence.url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return evidence.url ?? 'a web page';
  }
}

/** One piece of evidence in full: "Supports: FORUM sentence 12 (“…”)", "Contradicts: https://… “quote”". */
export function evidenceLine(references: AuditReferences, evidence: Evidence): string {
  const relation = evidence.relation === 'contradicts' ? 'Contradicts' : 'Supports';
  if (evidence.sentenceId) return `${relation}: ${sentenceQuoted(references, evidence.sentenceId)}`;
  return evidence.quote ? `${relation}: ${evidence.url} “${evidence.quote}”` : `${relation}: ${evidence.url}`;
}

/** "Reuters sentence 3 and DW sentence 5: the same fact" (a reviewer's correction of the fact map). */
export function factLinkLine(references: AuditReferences, link: { claimIds: [string, string]; sameFact: boolean | null }): string {
  const called = (claimId: string) => sentenceCalled(references, references.claims.get(claimId)?.sentenceId);
  // The pair is stored lower id first, which says nothing to a reader: in name order instead.
  const pair = link.claimIds.map(called).sort().join(' and ');
  if (link.sameFact === null) return `${pair}: as computed`;
  return link.sameFact ? `${pair}: the same fact` : `${pair}: different facts`;
}

const refusalReasons: Record<string, string> = {
  wrong_password: 'wrong password',
  unknown_email: 'no such account',
  deactivated: 'the account is deactivated',
  malformed: 'the request was malformed',
  locked_out: 'locked out',
  locked_during_check: 'locked out while the password was checked',
};

/** Why a sign-in or a password change was refused, in words. */
export function refusalReason(reason: unknown): string {
  return refusalReasons[String(reason)] ?? String(reason);
}
