// The review round's actions as an editor (and, for completing, the reviewer) takes them on a
// report's page, in an order that brings the report back to where it started, so a round can
// repeat. Each step prepares without timing (choosing a reviewer, typing a reason), then one click
// is timed until the page shows its outcome.
import type { Locator, Page } from 'playwright-core';
import type { Outcome } from './round-probe';

export type RoundPages = { editor: Page; reviewer: Page; url: string; reviewerName: string };
export type RoundStep = {
  action: string;
  page: (pages: RoundPages) => Page;
  prepare?: (pages: RoundPages, timeoutMs: number) => Promise<void>;
  click: (pages: RoundPages) => Locator;
  outcome: (pages: RoundPages) => Outcome;
};

const workflow = (page: Page) => page.getByRole('region', { name: 'Workflow' });
const panel = '.workflow-panel';
// Assign is disabled while no reviewer is chosen, which is not the page being busy.
const idleExcept = ['Assign'];

/** Repeats `act` until `expected` is visible: before hydration a click or a choice does nothing. */
async function actUntil(act: () => Promise<void>, expected: Locator, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await act();
    try {
      await expected.waitFor({ state: 'visible', timeout: Math.min(1_000, Math.max(1, deadline - Date.now())) });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
  }
}

export const roundSteps: RoundStep[] = [
  {
    action: 'assign reviewer',
    page: ({ editor }) => editor,
    prepare: async ({ editor, reviewerName }, timeoutMs) => {
      const assign = workflow(editor).getByRole('button', { name: 'Assign', exact: true });
      await actUntil(() => workflow(editor).getByLabel('Reviewer to assign').selectOption({ label: `${reviewerName} (reviewer)` }).then(() => undefined), assign.and(editor.locator(':enabled')), timeoutMs);
    },
    click: ({ editor }) => workflow(editor).getByRole('button', { name: 'Assign', exact: true }),
    outcome: ({ reviewerName }) => ({ scope: panel, buttons: [`Unassign ${reviewerName}`], idleExcept }),
  },
  {
    action: 'unassign reviewer',
    page: ({ editor }) => editor,
    click: ({ editor, reviewerName }) => workflow(editor).getByRole('button', { name: `Unassign ${reviewerName}` }),
    outcome: ({ reviewerName }) => ({ scope: panel, absentButtons: [`Unassign ${reviewerName}`], texts: ['Nobody is assigned yet.'], idleExcept }),
  },
  {
    action: 'start adjudication',
    page: ({ editor }) => editor,
    click: ({ editor }) => workflow(editor).getByRole('button', { name: 'Start adjudication' }),
    outcome: () => ({ scope: panel, buttons: ['Approve report', 'Back to review'], idleExcept }),
  },
  {
    action: 'approve',
    page: ({ editor }) => editor,
    click: ({ editor }) => workflow(editor).getByRole('button', { name: 'Approve report' }),
    outcome: () => ({ scope: panel, buttons: ['Reopen for review'], idleExcept }),
  },
  {
    action: 'reopen report',
    page: ({ editor }) => editor,
    prepare: ({ editor }, timeoutMs) => workflow(editor).getByLabel('Reason for reopening', { exact: true }).fill('Bench: another round', { timeout: timeoutMs }),
    click: ({ editor }) => workflow(editor).getByRole('button', { name: 'Reopen for review' }),
    outcome: () => ({ scope: panel, buttons: ['Start adjudication'], idleExcept }),
  },
  {
    action: 'complete review',
    page: ({ reviewer }) => reviewer,
    // With sentences left unreviewed, completing asks first: the timed click is the confirmation.
    prepare: async ({ reviewer, url }, timeoutMs) => {
      await reviewer.goto(url, { timeout: timeoutMs });
      const confirm = reviewer.getByRole('button', { name: 'Complete anyway' });
      await actUntil(() => reviewer.getByRole('button', { name: 'Mark my review complete' }).click({ timeout: timeoutMs }), confirm, timeoutMs);
    },
    click: ({ reviewer }) => reviewer.getByRole('button', { name: 'Complete anyway' }),
    outcome: () => ({ scope: 'article', absentButtons: ['Complete anyway'], texts: ['You marked your review complete'] }),
  },
  {
    action: 'reopen review',
    page: ({ editor }) => editor,
    prepare: async ({ editor, reviewerName }, timeoutMs) => {
      await editor.reload({ timeout: timeoutMs });
      const reason = editor.getByLabel(`Reason for reopening ${reviewerName}’s review`);
      await actUntil(() => workflow(editor).getByRole('button', { name: `Reopen ${reviewerName}’s review` }).click({ timeout: timeoutMs }), reason, timeoutMs);
      await reason.fill('Bench: another round');
    },
    click: ({ editor }) => workflow(editor).getByRole('button', { name: 'Reopen with this reason' }),
    outcome: () => ({ scope: panel, texts: ['reopened'], absentButtons: ['Reopen with this reason'], idleExcept }),
  },
];
