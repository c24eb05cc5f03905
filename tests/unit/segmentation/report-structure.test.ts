import { expect, test } from 'vitest';
import { segmentReport } from '@/lib/segmentation/segment-report';

const texts = (body: string) => segmentReport(body).map(({ kind, text }) => [kind, text]);

test('lines hard-wrapped inside a paragraph (e-mail, PDF) are joined, and each sentence keeps offsets into the body', () => {
  // Wrapped at 72 characters, as a mail program does, even after "Dr.".
  const body = [
    'Council approves new budget',
    '',
    'The city council approved a budget of $2.3 million on Tuesday after a',
    'debate that lasted most of the evening. Members said the money would',
    "pay for road repairs, two new buses and the children's library that Dr.",
    'Amara Ndlovu has campaigned for since 2019. The mayor did not vote.',
    '',
    'Apples',
    'Pears',
  ].join('\n');
  const sentences = segmentReport(body);
  expect(sentences.map(({ kind, text }) => [kind, text.replace(/\n/g, ' ')])).toEqual([
    ['headline', 'Council approves new budget'],
    ['body', 'The city council approved a budget of $2.3 million on Tuesday after a debate that lasted most of the evening.'],
    ['body', "Members said the money would pay for road repairs, two new buses and the children's library that Dr. Amara Ndlovu has campaigned for since 2019."],
    ['body', 'The mayor did not vote.'],
    ['body', 'Apples'],
    ['body', 'Pears'],
  ]);
  for (const sentence of sentences) expect(sentence.text).toBe(body.slice(sentence.start, sentence.end));
  expect(sentences[1]?.text).toContain('after a\ndebate');
});

test('a line broken mid-sentence goes on in lower case; lines that never end a sentence stay one per line', () => {
  expect(texts('Flooding closed the northern\nbridge for a week.')).toEqual([['body', 'Flooding closed the northern\nbridge for a week.']]);
  expect(texts('Opening hours\nweekdays until noon\nweekends closed')).toEqual([
    ['body', 'Opening hours'],
    ['body', 'weekdays until noon'],
    ['body', 'weekends closed'],
  ]);
});

test('headlines, datelines, credits and list items are not joined to the line after them', () => {
  const body = ['Port strike enters second week', 'March 3, 2024', 'Dockworkers in the port walked out again on Monday.', '1. Wages', '2. Hours', '- Reuters'].join('\n');
  expect(texts(body)).toEqual([
    ['headline', 'Port strike enters second week'],
    ['dateline', 'March 3, 2024'],
    ['body', 'Dockworkers in the port walked out again on Monday.'],
    ['body', '1. Wages'],
    ['body', '2. Hours'],
    ['credit', '- Reuters'],
  ]);
});

test('a short subheading between paragraphs is a headline, with or without blank lines around it', () => {
  const paragraphs = [
    'The two governments agreed to reopen the border crossing on Friday.',
    'Emergency phone line',
    'Both sides will also staff a telephone line around the clock, officials said.',
  ];
  const expected = [
    ['body', paragraphs[0]],
    ['headline', 'Emergency phone line'],
    ['body', paragraphs[2]],
  ];
  expect(texts(paragraphs.join('\n'))).toEqual(expected);
  expect(texts(paragraphs.join('\n\n'))).toEqual(expected);
});

test('a dateline glued to the first sentence is split off, in the styles of the wires and of other outlets', () => {
  const cases = [
    ['SEOUL (Reuters) - ', 'South Korea said on Friday it would extend the ban.'], // Reuters
    ['WASHINGTON (AP) — ', 'The Senate passed the measure late on Thursday.'], // AP
    ['WASHINGTON — ', 'The Senate passed the measure late on Thursday.'], // AP, staff-written
    ['TOLEDO, Ohio — ', 'A water main broke under the main road on Sunday.'], // local paper, with a state
    ['Seoul, April 7 (AFP) - ', 'North Korea fired two missiles into the sea.'], // AFP
    ['SEOUL, April 7 (Yonhap) -- ', 'South Korea will send a delegation to Tokyo next week.'], // Yonhap
    ['SEOUL, South Korea: ', 'The US, South Korea and Japan urged member states to act.'], // a defence magazine
  ];
  for (const [dateline, sentence] of cases) {
    expect(texts(`${dateline}${sentence} Talks continue.`)).toEqual([
      ['dateline', dateline?.trim()],
      ['body', sentence],
      ['body', 'Talks continue.'],
    ]);
  }
});

test('a sentence that only begins like a dateline stays whole', () => {
  for (const sentence of ['NATO said on Friday it would send more troops.', 'The talks in SEOUL - the third this year - ended early.', 'Seoul said talks would resume - perhaps next week.']) {
    expect(texts(sentence)).toEqual([['body', sentence]]);
  }
});
