import { describe, expect, test } from 'vitest';
import { corroborationNotice, type EvidenceDraft } from '@/components/review/evidence-draft';

const fromDw: EvidenceDraft = { sentenceId: 'a', relation: 'supports', outlet: 'DW', text: 'x', independent: false, independenceNote: 'DW credits Reuters: not an independent source' };
const fromForum: EvidenceDraft = { sentenceId: 'b', relation: 'supports', outlet: 'FORUM', text: 'y', independent: true, independenceNote: null };
const stored: EvidenceDraft = { sentenceId: 'c', relation: 'supports', outlet: 'AP', text: 'z' };
const page: EvidenceDraft = { url: 'https://example.org', quote: 'q', relation: 'supports' };

describe('the verdict form’s corroboration notice', () => {
  test('names why when every supporting link is known not to be independent', () => {
    expect(corroborationNotice('corroborated', [fromDw, { ...fromForum, relation: 'contradicts' }])).toBe(
      'A corroborated verdict needs a supporting source independent of this report: DW credits Reuters: not an independent source. Link an independent source, or choose another label.',
    );
  });

  test.each([
    ['another label', 'single_source', [fromDw]],
    ['an independent link beside it', 'corroborated', [fromDw, fromForum]],
    ['a link whose independence the form does not know (the server decides)', 'corroborated', [fromDw, stored]],
    ['an outside page (the server decides)', 'corroborated', [fromDw, page]],
    ['no supporting link (the evidence rule says so)', 'corroborated', []],
  ] as const)('says nothing with %s', (_case, label, evidence) => {
    expect(corroborationNotice(label, [...evidence])).toBeNull();
  });
});
