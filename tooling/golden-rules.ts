// The English "Golden Rules" of sentence boundary detection (pragmatic_segmenter's 52, and the 48
// pySBD uses), read from the shared benchmarks, for their unit test and `npm run bench:segmentation`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { thirdPartyDirectory } from './third-party-data';

export type GoldenRule = { id: string; name: string; text: string; expected: string[] };
export type GoldenRuleFailure = GoldenRule & { produced: string[] };
export type GoldenRulesScore = { passed: number; total: number; failures: GoldenRuleFailure[] };

export const goldenRuleSets = { pragmatic52: 'rules_pragmatic_en52.json', pysbd48: 'rules_pysbd_en48.json' } as const;

export function readGoldenRules(file: string): GoldenRule[] {
  const directory = thirdPartyDirectory({
    folder: 'benchmarks/golden-rules',
    name: 'The English Golden Rules',
    repository: 'github.com/diasks2/pragmatic_segmenter (spec/pragmatic_segmenter/languages/english_spec.rb) and github.com/nipunsadvilkar/pySBD',
  });
  return (JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as { rules: GoldenRule[] }).rules;
}

const collapseSpace = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A rule passes when the sentences equal `expected` after collapsing whitespace (as the rule sets are scored). */
export function scoreGoldenRules(rules: GoldenRule[], split: (text: string) => string[]): GoldenRulesScore {
  const failures = rules.flatMap((rule) => {
    const produced = split(rule.text).map(collapseSpace).filter(Boolean);
    const isPass = produced.length === rule.expected.length && produced.every((sentence, i) => sentence === collapseSpace(rule.expected[i] ?? ''));
    return isPass ? [] : [{ ...rule, produced }];
  });
  return { passed: rules.length - failures.length, total: rules.length, failures };
}
