import { expect, test } from 'vitest';
import { parseInput } from '@/lib/validations/parse-input';
import { ZImportReport } from '@/lib/validations/report';
import { ZSaveVerdict } from '@/lib/validations/verdict';

function refusal(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('The input was accepted');
}

const claimId = '0b6e2a52-3c1f-4e0a-9d55-1f7c2b9e4a04';

test('refuses text holding a NUL character, which PostgreSQL cannot store, naming the field however deep', () => {
  const verdict = { claimId, label: 'single_source', evidence: [{ url: 'https://example.test/a', quote: 'Den\u0000ied', relation: 'supports' }] };
  expect(refusal(() => parseInput(ZSaveVerdict, verdict))).toMatchObject({ code: 'invalid', field: 'evidence.0.quote', message: expect.stringContaining('NUL') });
  expect(refusal(() => parseInput(ZSaveVerdict, { claimId, label: 'single_source', note: '\u0000' }))).toMatchObject({ field: 'note' });
  expect(refusal(() => parseInput(ZImportReport, { outlet: 'Wire', body: 'Text.', credits: ['AP', 'A\u0000FP'] }))).toMatchObject({ field: 'credits.1' });
});

test('lets other control characters and any other text through', () => {
  expect(parseInput(ZSaveVerdict, { claimId, label: 'single_source', note: 'tab\there, bell \u0007, emoji 🙂, \u2028' })).toMatchObject({ note: 'tab\there, bell \u0007, emoji 🙂, \u2028' });
});
