import type { AuditReferences } from './audit-references';
import { evidenceLine, factLinkLine, kindName, labelName, personCalled, refusalReason, reportCalled, roleName, sentenceQuoted, statusName } from './audit-names';

/** One field of an event as people read it: its name, and what it was and became, a line per item. */
export type ReadableChange = { field: string; before: string[]; after: string[] };

type Formatter = (value: unknown, references: AuditReferences) => string[];

const time = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const text: Formatter = (value) => (value === '' ? ['(empty)'] : [String(value)]);
// Characters a person compares with their own copy (a token's first ones), quoted as written.
const beginning: Formatter = (value) => [`“${String(value)}…”`];
const yesNo: Formatter = (value) => [value ? 'Yes' : 'No'];
const onOff: Formatter = (value) => [value ? 'On' : 'Off'];
const when: Formatter = (value) => (typeof value === 'string' ? [`${time.format(new Date(value))} UTC`] : ['No']);
const named =
  (name: (value: unknown) => string): Formatter =>
  (value) => [name(value)];
const many =
  (each: (value: unknown, references: AuditReferences) => string): Formatter =>
  (value, references) =>
    Array.isArray(value) ? value.map((item: unknown) => each(item, references)) : [each(value, references)];

// Each field the history shows, by its key in the recorded payload, under the name people know it
// by. A key not here is shown under its own name; `hidden` ones are bookkeeping (versions, hashes),
// kept in the recorded values below the table.
const fields: Record<string, { name: string; format?: Formatter } | 'hidden'> = {
  label: { name: 'Label', format: named(labelName) },
  proposedLabel: { name: 'Label the fact map proposed', format: named(labelName) },
  note: { name: 'Note', format: text },
  evidence: { name: 'Evidence', format: many((link, references) => evidenceLine(references, link as Parameters<typeof evidenceLine>[1])) },
  basis: { name: 'How it was reached', format: named((basis) => ({ editor: 'Set by an editor', majority: 'Majority accepted', consensus: 'Reviewers agreed' })[String(basis)] ?? String(basis)) },
  adoptedFromId: { name: 'Taken from the verdict of', format: (id, references) => [personCalled(references, String(id))] },
  reviewerName: { name: 'Reviewer', format: text },
  status: { name: 'Status', format: named((status) => (status === 'complete' ? 'Complete' : status === 'reopened' ? 'Reopened' : statusName(status))) },
  unreviewedSentences: { name: 'Sentences left unreviewed', format: text },
  kind: { name: 'Kind', format: named(kindName) },
  sentenceId: { name: 'Sentence', format: (id, references) => [sentenceQuoted(references, String(id))] },
  text: { name: 'Words', format: text },
  start: 'hidden',
  end: 'hidden',
  name: { name: 'Name', format: text },
  email: { name: 'Email', format: text },
  role: { name: 'Role', format: named(roleName) },
  isActive: { name: 'Active', format: yesNo },
  blindReview: { name: 'Blind review', format: onOff },
  adjudicateSingleVerdicts: { name: 'Settle claims with one verdict', format: onOff },
  archivedAt: { name: 'Archived', format: when },
  dismissedAt: { name: 'Dismissed', format: when },
  revokedAt: { name: 'Revoked', format: when },
  lockedUntil: { name: 'Locked until', format: when },
  fetchedAt: { name: 'Fetched', format: when },
  title: { name: 'Title', format: (value) => [value === null ? '(none)' : `“${String(value)}”`] },
  outlet: { name: 'Outlet', format: text },
  units: { name: 'Sentences', format: text },
  reportIds: { name: 'Reports', format: many((id, references) => reportCalled(references, String(id))) },
  derivedReportId: { name: 'Derived report', format: (id, references) => [id === null ? '(none)' : reportCalled(references, String(id))] },
  relation: { name: 'Decision', format: named((relation) => (relation === 'derived' ? 'Derived' : relation === 'independent' ? 'Independent' : String(relation))) },
  storyId: 'hidden',
  reportId: { name: 'Report', format: (id, references) => [reportCalled(references, String(id))] },
  sentenceIds: { name: 'Sentences', format: many((id, references) => sentenceQuoted(references, String(id))) },
  claimIds: { name: 'Claims', format: many((id, references) => claimQuoted(references, String(id))) },
  filters: { name: 'Filters', format: (filters, references) => Object.entries(filters as Record<string, string>).map(([name, value]) => filterLine(name, value, references)) },
  fetched: { name: 'Fetched from', format: (page) => [String((page as { url?: unknown }).url)] },
  links: { name: 'Fact links', format: many((link, references) => factLinkLine(references, link as Parameters<typeof factLinkLine>[1])) },
  reason: { name: 'Why', format: named(refusalReason) },
  address: { name: 'Address', format: text },
  prefix: { name: 'Token begins', format: beginning },
  userId: { name: 'Account', format: (id, references) => [personCalled(references, String(id))] },
  reviewerId: 'hidden',
  previous: 'hidden',
  version: 'hidden',
  revision: { name: 'Revision', format: text },
  slug: 'hidden',
  bodySha256: 'hidden',
  snapshotSha256: 'hidden',
  sessionId: 'hidden',
};

function claimQuoted(references: AuditReferences, claimId: string): string {
  const claim = references.claims.get(claimId);
  return claim ? `“${claim.text}” in ${sentenceQuoted(references, claim.sentenceId)}` : 'a claim of a deleted report';
}

// A filter of a downloaded history, by what it named.
function filterLine(name: string, value: string, references: AuditReferences): string {
  if (name === 'actor') return `Who: ${personCalled(references, value)}`;
  if (name === 'reportId') return `Report: ${reportCalled(references, value)}`;
  if (name === 'sentenceId') return `Sentence: ${sentenceQuoted(references, value)}`;
  return `${humanized(name)}: ${value}`;
}

// Where a key means something else in one kind of event: a story membership's title is the story's.
const renamed: Record<string, Record<string, string>> = {
  'story.report_added': { title: 'Story' },
  'story.report_removed': { title: 'Story' },
};

const fieldKeys = Object.keys(fields);
const fieldOrder = (key: string) => (fieldKeys.includes(key) ? fieldKeys.indexOf(key) : fieldKeys.length);

function humanized(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function formatted(key: string, value: unknown, references: AuditReferences): string[] {
  if (value === undefined) return [];
  const field = fields[key];
  if (field && field !== 'hidden' && field.format && value !== null) return field.format(value, references);
  if (value === null) return ['(none)'];
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'object' && item !== null && 'text' in item ? String(item.text) : typeof item === 'string' ? item : JSON.stringify(item)));
  if (typeof value === 'object') return Object.entries(value).map(([name, item]) => `${humanized(name)}: ${Array.isArray(item) ? item.length : typeof item === 'object' ? JSON.stringify(item) : String(item)}`);
  return [String(value)];
}

function entries(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The fields an event changed, each value in words: labels as the review
 * page names them, evidence as outlet, sentence number and opening words, people by name. A
 * creation lists what was created, a removal what was removed.
 */
export function readableChanges(action: string, before: unknown, after: unknown, references: AuditReferences): ReadableChange[] {
  const old = entries(before);
  const now = entries(after);
  // Postgres keeps JSON keys in its own order, so fields go in the order of the table above.
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort((a, b) => fieldOrder(a) - fieldOrder(b));
  return keys
    .filter((key) => fields[key] !== 'hidden' && JSON.stringify(old[key]) !== JSON.stringify(now[key]))
    .map((key) => {
      const field = fields[key];
      const name = renamed[action]?.[key] ?? (field && field !== 'hidden' ? field.name : humanized(key));
      return { field: name, before: formatted(key, old[key], references), after: formatted(key, now[key], references) };
    });
}
