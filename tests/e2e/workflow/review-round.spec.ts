import type { Page } from '@playwright/test';
import { account } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { openSentence } from '../support/review';

// A report of its own, so approving and locking it leaves the other tests' reports alone.
const body = [
  'North Korean hackers stole about $1.2 billion in cryptocurrency and other virtual assets in the last five years, South Korea’s spy agency said.',
  'The envoys of the three countries met in Seoul on Friday to discuss the North’s workers abroad.',
].join('\n\n');
const title = `Envoys weigh cyber theft ${Date.now()}`;
const theftText = 'North Korean hackers stole about $1.2 billion';
const meetingText = 'The envoys of the three countries met in Seoul';

async function openReport(page: Page) {
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

async function label(page: Page, text: string, name: RegExp) {
  const unit = await openSentence(page, text);
  await unit.getByRole('radio', { name }).check();
  await unit.getByRole('button', { name: 'Save verdict' }).click();
  await expect(unit.getByText('Saved', { exact: true })).toBeVisible();
}

test('two blind reviews, agreement, adjudication, approval, lock and reopening, all in the browser and the audit history', async ({ pageAs, request }) => {
  const [editor, alice, bob] = [account('editor'), account('alice'), account('bob')];
  const created = await request.post('/api/v1/reports', { headers: editor.headers, data: { outlet: 'Desk Wire', title, body } });
  expect(created.status()).toBe(201);
  const { report, sentences } = await created.json();
  const theftClaimId = sentences.find((sentence: { text: string }) => sentence.text.startsWith(theftText)).claims[0].id;

  // The editor assigns both reviewers on the report page.
  const editorPage = await pageAs('editor');
  await openReport(editorPage);
  const workflow = editorPage.getByRole('region', { name: 'Workflow' });
  for (const reviewer of [alice, bob]) {
    await workflow.getByLabel('Reviewer to assign').selectOption({ label: `${reviewer.name} (reviewer)` });
    await workflow.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(workflow.getByRole('list', { name: 'Assigned reviewers' })).toContainText(reviewer.name);
  }

  // Alice finds the report first in her list, labels both sentences single-source and completes her review.
  const alicePage = await pageAs('alice');
  await expect(alicePage.getByRole('list', { name: 'Assigned to you' })).toContainText(title);
  await alicePage.getByRole('list', { name: 'Assigned to you' }).getByRole('link', { name: title }).click();
  await label(alicePage, theftText, /Single-source/);
  // Completing with a sentence still unreviewed asks first; cancelling completes nothing.
  await alicePage.getByRole('button', { name: 'Mark my review complete' }).click();
  const unreviewed = alicePage.getByRole('group', { name: 'Complete with sentences unreviewed' });
  await expect(unreviewed).toContainText('1 sentence has no verdict from you. Complete anyway? You cannot change your verdicts afterwards without an editor.');
  await unreviewed.getByRole('button', { name: 'Cancel' }).click();
  await expect(unreviewed).toBeHidden();
  await label(alicePage, meetingText, /Single-source/);
  await alicePage.getByRole('button', { name: 'Mark my review complete' }).click();
  await expect(alicePage.getByRole('button', { name: 'Mark my review complete' })).toBeHidden();
  // Completing froze her verdicts.
  await expect(alicePage.getByText('You marked your review complete')).toBeVisible();
  await expect((await openSentence(alicePage, meetingText)).getByRole('button', { name: 'Save verdict' })).toBeDisabled();

  // Bob reviews blind: Alice's verdicts stay hidden until he completes his own.
  const bobPage = await pageAs('bob');
  await openReport(bobPage);
  const bobTheft = await openSentence(bobPage, theftText);
  await bobTheft.getByRole('button', { name: 'Suggest evidence' }).click();
  await bobTheft.getByRole('list', { name: 'Suggested evidence' }).getByRole('listitem').first().getByRole('button', { name: 'Link as supporting' }).click();
  await label(bobPage, theftText, /Corroborated/);
  await label(bobPage, meetingText, /Single-source/);
  await expect(bobPage.getByRole('list', { name: 'Other reviewers’ verdicts' })).toHaveCount(0);
  await bobPage.getByRole('button', { name: 'Mark my review complete' }).click();
  await expect(bobPage.getByRole('button', { name: 'Mark my review complete' })).toBeHidden();
  await openSentence(bobPage, theftText);
  await expect(bobTheft.getByRole('list', { name: 'Other reviewers’ verdicts' })).toContainText('Alice Reviewer: Single-source');
  await expect(bobTheft.getByText('reviewers disagree')).toBeVisible();

  // The editor sees the agreement and the conflict, settles it, and approves.
  await editorPage.reload();
  await expect(workflow.getByLabel('Agreement')).toContainText('50%');
  await workflow.getByRole('button', { name: 'Start adjudication' }).click();
  await expect(editorPage.getByText('In adjudication').first()).toBeVisible();
  await workflow.getByRole('link', { name: 'Adjudication', exact: true }).click();
  const open = editorPage.getByRole('list', { name: 'Open (1)' });
  const conflict = open.getByRole('listitem').filter({ hasText: theftText }).first();
  await expect(conflict.getByRole('article', { name: 'Verdict of Alice Reviewer' })).toContainText('Single-source');
  await expect(conflict.getByRole('article', { name: 'Verdict of Bob Reviewer' })).toContainText('Corroborated');
  await conflict.getByRole('radio', { name: /Single-source/ }).check();
  await conflict.getByRole('textbox', { name: 'Note' }).fill('The figure traces back to one agency statement.');
  await conflict.getByRole('button', { name: 'Save final verdict' }).click();
  const settled = editorPage.getByRole('list', { name: 'Settled (1)' });
  await expect(settled).toContainText(`Final: Single-source (set by an editor by ${editor.name}, version 1)`);
  await editorPage.getByRole('button', { name: 'Approve report' }).click();
  await expect(editorPage.getByText('Approved', { exact: true }).first()).toBeVisible();

  // Locked: Bob's form is disabled, and a change through the API is refused with a clear message.
  await bobPage.reload();
  await expect(bobPage.getByText('This report is approved and locked')).toBeVisible();
  await expect((await openSentence(bobPage, meetingText)).getByRole('button', { name: 'Save verdict' })).toBeDisabled();
  const refused = await request.put(`/api/v1/claims/${theftClaimId}/verdict`, { headers: bob.headers, data: { label: 'single_source', version: 1 } });
  expect(refused.status()).toBe(423);
  expect((await refused.json()).error.message).toContain('approved and locked');

  // Reviewers cannot use the editor's endpoints.
  const asReviewer = await request.put(`/api/v1/claims/${theftClaimId}/final`, { headers: bob.headers, data: { label: 'single_source', version: 1 } });
  expect(asReviewer.status()).toBe(403);

  // The editor reopens the report with a reason; Bob's review is still complete, so his verdicts stay frozen.
  await editorPage.getByLabel('Reason for reopening').fill('A reader sent a second source');
  await editorPage.getByRole('button', { name: 'Reopen for review' }).click();
  await expect(editorPage.getByText('In review', { exact: true }).first()).toBeVisible();
  const frozen = await request.put(`/api/v1/claims/${theftClaimId}/verdict`, { headers: bob.headers, data: { label: 'single_source', version: 1 } });
  expect(frozen.status()).toBe(423);
  expect((await frozen.json()).error.message).toContain('marked your review of this report complete');

  // The editor reopens Bob's review from the report's Workflow panel, giving the reason; then Bob can change his verdict.
  await editorPage.goto(`/reports/${report.id}`);
  const completions = workflow.getByRole('list', { name: 'Completed reviews' });
  await completions.getByRole('button', { name: 'Reopen Bob Reviewer’s review' }).click();
  await completions.getByLabel('Reason for reopening Bob Reviewer’s review').fill('The second source bears on his verdict');
  await completions.getByRole('button', { name: 'Reopen with this reason' }).click();
  await expect(completions.getByRole('listitem').filter({ hasText: 'Bob Reviewer' })).toContainText('reopened');
  const accepted = await request.put(`/api/v1/claims/${theftClaimId}/verdict`, { headers: bob.headers, data: { label: 'single_source', version: 1 } });
  expect(accepted.status()).toBe(200);

  // Agreement through the API (Bob's changed verdict, made after he saw Alice's, is left out), and the dashboard.
  const agreement = await (await request.get(`/api/v1/reports/${report.id}/agreement`, { headers: editor.headers })).json();
  expect(agreement).toMatchObject({
    percentAgreement: 1,
    excludedVerdictCount: 1,
    excludedVerdicts: [{ claimId: theftClaimId, reviewerName: 'Bob Reviewer' }],
    reviewers: [{ name: 'Alice Reviewer' }, { name: 'Bob Reviewer' }],
  });
  await editorPage.reload();
  await expect(workflow.getByLabel('Agreement', { exact: true })).toContainText('Left out: changed after seeing others');
  await editorPage.getByRole('link', { name: 'Dashboard' }).click();
  await expect(editorPage.getByRole('row').filter({ hasText: title })).toContainText('In review');
});
