import { expect, test } from 'vitest';
import { segmentReport } from '@/lib/segmentation/segment-report';

const sentences = (body: string) => segmentReport(body).map(({ text }) => text);

test('a company or place abbreviation can end a sentence when a new one starts after it, and stays inside one otherwise', () => {
  expect(sentences('The contract went to Harland & Wolff Ltd. They will build two ships.')).toEqual([
    'The contract went to Harland & Wolff Ltd.',
    'They will build two ships.',
  ]);
  expect(sentences('Talks with Samsung Electronics Co. Chairman Lee ended early.')).toEqual(['Talks with Samsung Electronics Co. Chairman Lee ended early.']);
  expect(sentences('The envoys flew in from the U.K. What they agreed is secret.')).toEqual(['The envoys flew in from the U.K.', 'What they agreed is secret.']);
  expect(sentences('The shelter is on Elm St. The road is closed.')).toEqual(['The shelter is on Elm St.', 'The road is closed.']);
  expect(sentences('She grew up in Dayton, Ohio, and moved to Austin, Tex. In 2019 she ran for mayor.')).toEqual([
    'She grew up in Dayton, Ohio, and moved to Austin, Tex.',
    'In 2019 she ran for mayor.',
  ]);
});

test('a time abbreviation ends a sentence before a title, unless all before it is an opening phrase', () => {
  expect(sentences('By 9 p.m. Ms. Okafor had left. The vote was held at 10 P.M. Ms. Okafor did not return.')).toEqual([
    'By 9 p.m. Ms. Okafor had left.',
    'The vote was held at 10 P.M.',
    'Ms. Okafor did not return.',
  ]);
});

test('a middle initial between names does not end a sentence, a capital letter after a lower-case word does', () => {
  expect(sentences('The ruling was written by Judge Harriet K. Osei of the appeals court.')).toEqual(['The ruling was written by Judge Harriet K. Osei of the appeals court.']);
  expect(sentences('Officers arrested T. J. Marlow, 41, on Monday.')).toEqual(['Officers arrested T. J. Marlow, 41, on Monday.']);
  expect(sentences('The last word went to you and I. Nobody else spoke.')).toEqual(['The last word went to you and I.', 'Nobody else spoke.']);
  expect(sentences('The camera shoots in 8K. Sony confirmed the price.')).toEqual(['The camera shoots in 8K.', 'Sony confirmed the price.']);
});

test('titles before names (Mt., Dr., St., Gen.) never end the sentence', () => {
  expect(sentences('Climbers left Mt. Kenya at dawn. Dr. Wanjiru Achieng led them past St. Peter’s hut with Gen. Otieno.')).toEqual([
    'Climbers left Mt. Kenya at dawn.',
    'Dr. Wanjiru Achieng led them past St. Peter’s hut with Gen. Otieno.',
  ]);
});

test('a list written on one line gives one sentence per item, and its markers stay with their items', () => {
  expect(sentences('1) Check the source 2) Call the author 3) Log the answer')).toEqual(['1) Check the source', '2) Call the author', '3) Log the answer']);
  expect(sentences('a. Rice b. Beans c. Salt')).toEqual(['a. Rice', 'b. Beans', 'c. Salt']);
  expect(sentences('• 4. Archive the page. • 5. Close the ticket.')).toEqual(['• 4. Archive the page.', '• 5. Close the ticket.']);
  // A number inside a sentence is not a list, nor are two initials.
  expect(sentences('He named 2 reasons: 1) cost and 2) delay.')).toEqual(['He named 2 reasons: 1) cost and 2) delay.']);
  expect(sentences('A. Mensah met B. Owusu in Accra.')).toEqual(['A. Mensah met B. Owusu in Accra.']);
});

test('a spaced three-dot ellipsis leaves words out inside a sentence; four dots, or a period before it, end one', () => {
  expect(sentences('The memo said the plan was . . . Still under review, it added.')).toEqual(['The memo said the plan was . . . Still under review, it added.']);
  expect(sentences('The report stops there . . . . Later pages are missing.')).toEqual(['The report stops there . . . .', 'Later pages are missing.']);
  expect(sentences('The first draft ends here. . . . The second one begins later.')).toEqual(['The first draft ends here.', '. . . The second one begins later.']);
  expect(sentences('“The committee [...] rejected it [...]” (Minutes, p. 4).')).toEqual(['“The committee [...] rejected it [...]” (Minutes, p. 4).']);
});

test('an exclamation or question mark inside a name or before its attribution does not end the sentence', () => {
  expect(sentences('He worked for Jeopardy! for a decade. “Who sent it?” the clerk asked.')).toEqual(['He worked for Jeopardy! for a decade.', '“Who sent it?” the clerk asked.']);
});

test('sentences glued without a space are split, web addresses and e-mail addresses are not', () => {
  expect(sentences('The shop shut in May.It reopened in June.Write to News.Desk@example.org for details.')).toEqual([
    'The shop shut in May.',
    'It reopened in June.',
    'Write to News.Desk@example.org for details.',
  ]);
});

test('a closing quotation mark set off by a space stays with its sentence, and numbers after N°. do too', () => {
  expect(sentences('“We will not wait. ” The ministry said so. The file is N°. 22.7. It is closed.')).toEqual([
    '“We will not wait. ”',
    'The ministry said so.',
    'The file is N°. 22.7.',
    'It is closed.',
  ]);
});

test('Chinese and Japanese full stops, exclamation and question marks end sentences with no space after them', () => {
  expect(sentences('北朝鮮の労働者について協議した。三か国の代表が参加した。')).toEqual(['北朝鮮の労働者について協議した。', '三か国の代表が参加した。']);
  expect(sentences('美国、韩国和日本的代表参加了！会议持续两小时？是的。')).toEqual(['美国、韩国和日本的代表参加了！', '会议持续两小时？', '是的。']);
});

test('an abbreviation is a whole word: the letters ending a code or a number ("1ca.", "9999cf.") do not make one', () => {
  expect(sentences('Opening sentence 012345ca. A sentence follows.')).toEqual(['Opening sentence 012345ca.', 'A sentence follows.']);
  expect(sentences('The batch was 9999cf. Nobody saw it.')).toEqual(['The batch was 9999cf.', 'Nobody saw it.']);
  expect(sentences('He was born ca. 1900 in Oslo, cf. the parish register.')).toEqual(['He was born ca. 1900 in Oslo, cf. the parish register.']);
  expect(sentences('The ex-Gov. Smith spoke.')).toEqual(['The ex-Gov. Smith spoke.']);
});
