import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '@/lib/errors';

// zxcvbn estimates how many guesses a password takes against lists of the most common (breached)
// passwords, names, keyboard walks, dates and sequences. Score 3 means at least 10^8 guesses.
const minimumScore = 3;
const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/**
 * Refuses passwords that are common or easily guessed, including ones built from the account's own
 * email or name. Length limits are checked before, by the input schema.
 */
export function assertStrongPassword(password: string, accountWords: string[]): void {
  // Each word of the name and email, and each run together ("harrietokafor" from "Harriet Okafor").
  const words = accountWords.flatMap((text) => {
    const parts = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
    return [...parts, parts.join('')];
  });
  const result = estimator.check(password, words);
  if (result.score >= minimumScore) return;
  const hint = result.feedback.warning ? ` (${describeWarning(result.feedback.warning)})` : '';
  throw new AppError('invalid', `Password is too easy to guess${hint}: use a longer passphrase of unrelated words`, 'password');
}

const warnings: Record<string, string> = {
  similarToCommon: 'it is close to a commonly used password',
  common: 'it is a commonly used password',
  pwned: 'it appears in known breaches',
  topTen: 'it is one of the ten most used passwords',
  topHundred: 'it is one of the hundred most used passwords',
  sequences: 'it is a sequence like abc or 123',
  recentYears: 'it uses a recent year',
  dates: 'it uses a date',
  keyPattern: 'it is a keyboard pattern',
  straightRow: 'it is a row of keys',
  simpleRepeat: 'it repeats characters',
  extendedRepeat: 'it repeats a pattern',
  userInputs: 'it contains the account’s own name or email',
  namesByThemselves: 'it is a name',
  commonNames: 'it is a common name',
  wordByItself: 'it is a single word',
};

function describeWarning(warning: string): string {
  return warnings[warning] ?? 'it follows a common pattern';
}
