import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditPayload } from '@/lib/audit/audit-event';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { createTestUser } from '../factories';
import type { TestUser } from '../review-team';

// What the cases of tests/integration/audit/every-mutation-audited.test.ts are made of: their
// shape, the accounts they act as and the report each one imports for itself.

/** An exported function of lib/, as `file#function`. */
export type MutationName = `lib/${string}.ts#${string}`;

export type Presence = 'null' | 'present';

/** One audit event a case expects. `reportId` and `sentenceId` are null unless given. */
export type ExpectedEvent = {
  [Action in AuditAction]: {
    action: Action;
    entityType: Extract<AuditPayload, { action: Action }>['entityType'];
    entityId: string;
    actorId: string | null;
    reportId?: string;
    sentenceId?: string;
    /** Only where the action allows both (e.g. verdict.saved: no `before` for a first verdict); else read from the payload schema. */
    before?: Presence;
    after?: Presence;
    reason?: string;
  };
}[AuditAction];

/** Wraps the one call under test: the events written while it runs are what the case is checked against. */
export type Recorder = <T>(mutation: () => Promise<T>) => Promise<T>;

type People = { admin: TestUser; editor: TestUser; alice: TestUser; bob: TestUser };
type ReportToReview = People & Awaited<ReturnType<typeof importReportToReview>>;

/** What a case runs with. Nothing is made until the case asks: the seed case needs an empty database. */
export type CaseContext = {
  record: Recorder;
  people: () => Promise<People>;
  /** The accounts, and a report of this case's own that the editor imported. */
  report: () => Promise<ReportToReview>;
};

export type AuditCase = {
  mutation: MutationName;
  behaviour: string;
  /** The actions the call writes, for the check that every action has a case. */
  actions: AuditAction[];
  /** Builds what the call needs, calls it once through `record`, and says which events it must have written. */
  run: (context: CaseContext) => Promise<ExpectedEvent[]>;
};

/** A case, in the order its test is named: `mutation: behaviour`. */
export function auditCase(mutation: MutationName, behaviour: string, actions: AuditAction[], run: AuditCase['run']): AuditCase {
  return { mutation, behaviour, actions, run };
}

export function caseContext(record: Recorder): CaseContext {
  return {
    record,
    people,
    report: async () => {
      const accounts = await people();
      return { ...accounts, ...(await importReportToReview(accounts.editor)) };
    },
  };
}

let everyone: Promise<People> | undefined;

/** The accounts the cases act as, made once: each password hash costs a few hundred milliseconds. */
function people(): Promise<People> {
  everyone ??= Promise.all([createTestUser({ role: 'admin' }), createTestUser({ role: 'editor' }), createTestUser(), createTestUser()]).then(
    ([admin, editor, alice, bob]) => ({ admin, editor, alice, bob }),
  );
  return everyone;
}

/** A new report with three sentences and their whole-sentence claims. */
export async function importReportToReview(editor: TestUser) {
  const tag = randomUUID().slice(0, 8);
  const body = `Flood water reached the old bridge in Marlow on Monday (${tag}). About 420 people left their homes overnight. The mayor expects the river to crest on Wednesday.`;
  const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Marlow Courier', title: `River floods Marlow ${tag}`, body } });
  const [first, second] = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true, sentenceId: true } });
  if (!first || !second) throw new Error('The test report should have at least two claims');
  return { reportId, body, first, second };
}

export const singleSource = { label: 'single_source', note: '' };
export const disputed = { label: 'disputed', note: 'The council counted 380', evidence: [{ url: 'https://council.example/flood', quote: '380 people left', relation: 'contradicts' }] };
