import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditPayload } from '@/lib/audit/audit-event';
import { db } from '@/lib/db';
import { importReport } from '@/lib/reports/import-report';
import { createTestUser } from '../factories';

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

export type AuditCase = {
  mutation: MutationName;
  behaviour: string;
  /** The actions the call writes, for the check that every action has a case. */
  actions: AuditAction[];
  /** Builds what the call needs, calls it once through `record`, and says which events it must have written. */
  run: (record: Recorder) => Promise<ExpectedEvent[]>;
};

type TestUser = Awaited<ReturnType<typeof createTestUser>>;
type People = { admin: TestUser; editor: TestUser; alice: TestUser; bob: TestUser };

let everyone: Promise<People> | undefined;

/** The accounts the cases act as, made once: each password hash costs a few hundred milliseconds. */
export function people(): Promise<People> {
  everyone ??= Promise.all([createTestUser({ role: 'admin' }), createTestUser({ role: 'editor' }), createTestUser(), createTestUser()]).then(
    ([admin, editor, alice, bob]) => ({ admin, editor, alice, bob }),
  );
  return everyone;
}

/** A report of this case's own, with three sentences and their whole-sentence claims. */
export async function reportToReview(editor: TestUser) {
  const tag = randomUUID().slice(0, 8);
  const body = `Flood water reached the old bridge in Marlow on Monday (${tag}). About 420 people left their homes overnight. The mayor expects the river to crest on Wednesday.`;
  const { id: reportId } = await importReport({ actor: editor.actor, input: { outlet: 'Marlow Courier', title: `River floods Marlow ${tag}`, body } });
  const [first, second] = await db.claim.findMany({ where: { reportId, isDefault: true }, orderBy: { start: 'asc' }, select: { id: true, sentenceId: true } });
  if (!first || !second) throw new Error('The test report should have at least two claims');
  return { reportId, body, first, second };
}

export const singleSource = { label: 'single_source', note: '' };
export const disputed = { label: 'disputed', note: 'The council counted 380', evidence: [{ url: 'https://council.example/flood', quote: '380 people left', relation: 'contradicts' }] };
