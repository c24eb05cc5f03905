import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { openSentence, sentenceRow as sentence } from '../support/review';

const forumTitle = 'Japan, South Korea, U.S. blast North Korea’s overseas workers, cybercrimes';

async function openForum(page: Page) {
  await page.getByRole('link', { name: forumTitle }).click();
  await expect(page.getByRole('heading', { name: forumTitle })).toBeVisible();
}

test('a reviewer labels sentences with the mouse and the keyboard, links a suggestion, and finds it all after a reload', async ({ pageAs }) => {
  const page = await pageAs('labeller');
  await openForum(page);
  await expect(page.getByText('0 of 16 sentences reviewed')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Keyboard shortcuts' })).toContainText('Corroborated / Single-source / Disputed');

  const theft = await openSentence(page, 'spy agency said in December 2022');
  await theft.getByRole('radiogroup', { name: 'Verdict' }).getByRole('radio', { name: /Disputed/ }).check();
  await theft.getByRole('button', { name: 'Save verdict' }).click();
  await expect(theft.getByText('A disputed verdict needs at least one contradicting source')).toBeVisible();
  await expect(theft.getByText('Saved', { exact: true })).toHaveCount(0);

  await theft.getByRole('button', { name: 'Suggest evidence' }).click();
  const best = theft.getByRole('list', { name: 'Suggested evidence' }).getByRole('listitem').first();
  await expect(best).toContainText('DW (Deutsche Welle)');
  await expect(best).toContainText('$1.2 billion');
  await best.getByRole('button', { name: 'Link as supporting' }).click();
  await theft.getByRole('radio', { name: /Corroborated/ }).check();
  await theft.getByRole('textbox', { name: 'Note' }).fill('DW reports the same figure from the same agency.');
  await theft.getByRole('button', { name: 'Save verdict' }).click();
  await expect(theft.getByText('Saved', { exact: true })).toBeVisible();

  const first = sentence(page, 'seek stronger global support');
  await first.focus();
  await page.keyboard.press('j');
  const second = sentence(page, 'top nuclear envoys met in Seoul');
  await expect(second).toBeFocused();
  await page.keyboard.press('2');
  await expect(second.getByRole('radio', { name: /Single-source/ })).toBeChecked();
  await page.keyboard.press('n');
  await expect(second.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Only this outlet dates the meeting.');
  await page.keyboard.press('Control+Enter');
  await expect(second.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByText('2 of 16 sentences reviewed')).toBeVisible();
  // Both are shown reviewed, with their labels, before they are opened.
  await expect(theft).toContainText('reviewed');
  await expect(theft).toContainText('Corroborated');
  await openSentence(page, 'spy agency said in December 2022');
  await expect(theft.getByRole('radio', { name: /Corroborated/ })).toBeChecked();
  await expect(theft.getByRole('textbox', { name: 'Note' })).toHaveValue('DW reports the same figure from the same agency.');
  await expect(theft.getByRole('list', { name: 'Evidence' })).toContainText('DW (Deutsche Welle)');
  await openSentence(page, 'top nuclear envoys met in Seoul');
  await expect(second.getByRole('radio', { name: /Single-source/ })).toBeChecked();
  await expect(second.getByRole('textbox', { name: 'Note' })).toHaveValue('Only this outlet dates the meeting.');

  await page.getByRole('link', { name: 'Unreviewed' }).click();
  await expect(page.getByRole('list', { name: 'Sentences' }).locator('> li')).toHaveCount(14);
  await page.getByRole('link', { name: 'Corroborated' }).click();
  await expect(page.getByRole('list', { name: 'Sentences' }).locator('> li')).toHaveCount(1);
});

test('two windows editing the same verdict get a conflict, not a lost update', async ({ pageAs }) => {
  const [pageA, pageB] = await Promise.all([pageAs('twoWindows'), pageAs('twoWindows')]);
  for (const page of [pageA, pageB]) await openForum(page);
  const inA = await openSentence(pageA, 'Civilian experts had said');
  const inB = await openSentence(pageB, 'Civilian experts had said');

  await inA.getByRole('radio', { name: /Single-source/ }).check();
  await inA.getByRole('textbox', { name: 'Note' }).fill('Window A');
  await inA.getByRole('button', { name: 'Save verdict' }).click();
  await expect(inA.getByText('Saved', { exact: true })).toBeVisible();

  await inB.getByRole('radio', { name: /Single-source/ }).check();
  await inB.getByRole('textbox', { name: 'Note' }).fill('Window B');
  await inB.getByRole('button', { name: 'Save verdict' }).click();
  await expect(inB.getByRole('alert')).toContainText('This verdict was changed elsewhere since you opened it.');
  await expect(inB.getByRole('alert')).toContainText('“Window A”');
  await expect(inB.getByText('Saved', { exact: true })).toHaveCount(0);

  await inB.getByRole('button', { name: 'Overwrite with mine' }).click();
  await expect(inB.getByText('Saved', { exact: true })).toBeVisible();
  await pageA.reload();
  await openSentence(pageA, 'Civilian experts had said');
  await expect(inA.getByRole('textbox', { name: 'Note' })).toHaveValue('Window B');
});
