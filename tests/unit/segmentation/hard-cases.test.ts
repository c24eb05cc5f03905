import { expect, test } from 'vitest';
import { segmentReport } from '@/lib/segmentation/segment-report';

const texts = (body: string, title?: string) => segmentReport(body, { title }).map(({ kind, text }) => [kind, text]);
const bodies = (...sentences: string[]) => sentences.map((text) => ['body', text]);

test('abbreviations with periods do not end a sentence, but a sentence can still end after one', () => {
  expect(texts('Before the 2019 U.N. deadline passed, the U.S. State Department estimated 100,000 workers. Dr. Kim agreed.')).toEqual(
    bodies('Before the 2019 U.N. deadline passed, the U.S. State Department estimated 100,000 workers.', 'Dr. Kim agreed.'),
  );
  expect(texts('The missile could reach the U.S. The launch was condemned.')).toEqual(bodies('The missile could reach the U.S.', 'The launch was condemned.'));
});

test('a quotation of two sentences closed by its attribution stays one sentence; a quotation after a full stop starts a new one', () => {
  expect(texts('“We need to act. We will counter them,” Kim said. “Our coordination deepened,” he added.')).toEqual(
    bodies('“We need to act. We will counter them,” Kim said.', '“Our coordination deepened,” he added.'),
  );
  expect(texts('"We are concerned. We act," the statement said.')).toEqual(bodies('"We are concerned. We act," the statement said.'));
});

test('amounts, parentheses and non-breaking spaces stay inside their sentence', () => {
  expect(texts('Hackers stole 1.5 trillion won ($1.2 billion; €1.04 billion). They\u00a0denied it.')).toEqual(
    bodies('Hackers stole 1.5 trillion won ($1.2 billion; €1.04 billion).', 'They\u00a0denied it.'),
  );
});

test('a (Pictured: …) parenthetical is a caption between sentences, even with abbreviations inside', () => {
  expect(texts('Envoys met in Seoul. (Pictured: Sung Kim, U.S. special representative, meets envoys.) Talks went on.')).toEqual([
    ['body', 'Envoys met in Seoul.'],
    ['caption', '(Pictured: Sung Kim, U.S. special representative, meets envoys.)'],
    ['body', 'Talks went on.'],
  ]);
});

test('a caption glued to its photo credit is split into caption and credit, and the alt text above it is a caption', () => {
  const body = 'Intro sentence.\n\nThree envoys shaking hands\nThe envoys urged UN states to act on workersImage: Jeon Heon-Kyun/Getty Images\n\nMore text.';
  expect(texts(body)).toEqual([
    ['body', 'Intro sentence.'],
    ['caption', 'Three envoys shaking hands'],
    ['caption', 'The envoys urged UN states to act on workers'],
    ['credit', 'Image: Jeon Heon-Kyun/Getty Images'],
    ['body', 'More text.'],
  ]);
});

test('headlines, subheadings, datelines, credits and page furniture get their kinds', () => {
  const body = [
    '1. Skip to content',
    'PoliticsNorth Korea',
    '',
    'Allies urge worker ban',
    '',
    'April 7, 2023',
    '',
    'The envoys met on Friday.',
    '',
    'Envoys urge follow-through',
    '',
    'Watch the briefing',
    '',
    '02:43',
    '',
    'A line that goes on without any final punctuation mark at the end of it, as scraped lines sometimes do after a widget is removed from the page',
    'mf/rs (AP, AFP, Reuters)',
    '- Reuters',
    'Leave a Reply',
  ].join('\n');
  expect(texts(body)).toEqual([
    ['boilerplate', '1. Skip to content'],
    ['boilerplate', 'PoliticsNorth Korea'],
    ['headline', 'Allies urge worker ban'],
    ['dateline', 'April 7, 2023'],
    ['body', 'The envoys met on Friday.'],
    ['headline', 'Envoys urge follow-through'],
    ['boilerplate', 'Watch the briefing'],
    ['boilerplate', '02:43'],
    ['body', 'A line that goes on without any final punctuation mark at the end of it, as scraped lines sometimes do after a widget is removed from the page'],
    ['credit', 'mf/rs (AP, AFP, Reuters)'],
    ['credit', '- Reuters'],
    ['boilerplate', 'Leave a Reply'],
  ]);
});

test('Windows line endings and curly titles are handled', () => {
  expect(texts('Japan’s envoy speaks\r\n\r\nHe spoke.\r\n', "Japan's envoy speaks")).toEqual([['headline', 'Japan’s envoy speaks'], ['body', 'He spoke.']]);
});
