import { expect, type Page } from '@playwright/test';

/** The row of the review list that holds this text (a sentence for review, or a line not for review). */
export function sentenceRow(page: Page, text: string) {
  return page.getByRole('list', { name: 'Sentences' }).locator('> li').filter({ hasText: text });
}

/** The sentence for review with this text, opened for work as a reviewer opens it: by clicking it, which builds its verdict form. */
export async function openSentence(page: Page, text: string) {
  const row = sentenceRow(page, text);
  if ((await row.getByRole('radiogroup', { name: 'Verdict' }).count()) === 0) await row.click({ position: { x: 8, y: 8 } });
  await expect(row.getByRole('radiogroup', { name: 'Verdict' })).toBeVisible();
  return row;
}
