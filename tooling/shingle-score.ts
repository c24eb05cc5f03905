// The article-extraction benchmark's metric, written from its description in
// ../shared/benchmarks/README.md: texts compared as multisets of 4-token shingles.

// Python's `\w` on text: letters, digits and other numbers, and the underscore (not combining marks).
const wordPattern = /[\p{L}\p{N}_]+/gu;
const shingleSize = 4;

/** The multiset of a text's 4-token shingles; a text of fewer tokens is one shingle of all of them, an empty one none. */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(wordPattern) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(0, tokens.length - shingleSize);
  for (let i = 0; i <= last; i += 1) {
    const shingle = tokens.slice(i, i + shingleSize).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export type PageScore = { truePositive: number; falsePositive: number; falseNegative: number; hasPrediction: boolean; hasTruth: boolean };

/** One page's shingle overlap, normalised so the three shares add up to 1 (all 0 when both texts are empty). */
export function scorePage(predicted: string, truth: string): PageScore {
  const predictedShingles = shingles(predicted);
  const trueShingles = shingles(truth);
  let truePositive = 0;
  let falsePositive = 0;
  for (const [shingle, count] of predictedShingles) {
    const matched = Math.min(count, trueShingles.get(shingle) ?? 0);
    truePositive += matched;
    falsePositive += count - matched;
  }
  let falseNegative = 0;
  for (const [shingle, count] of trueShingles) falseNegative += Math.max(0, count - (predictedShingles.get(shingle) ?? 0));
  const total = truePositive + falsePositive + falseNegative || 1;
  return {
    truePositive: truePositive / total,
    falsePositive: falsePositive / total,
    falseNegative: falseNegative / total,
    hasPrediction: predictedShingles.size > 0,
    hasTruth: trueShingles.size > 0,
  };
}

export const pagePrecision = (score: PageScore) => (score.hasPrediction ? score.truePositive / (score.truePositive + score.falsePositive) : Number.NaN);
export const pageRecall = (score: PageScore) => (score.hasTruth ? score.truePositive / (score.truePositive + score.falseNegative) : Number.NaN);

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

/**
 * Precision is the mean over pages with predicted text, recall the mean over pages with true text
 * (a page with no prediction counts 0 there), and F1 is taken of those two means.
 */
export function summarizeScores(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  const precision = mean(scores.filter((score) => score.hasPrediction).map(pagePrecision));
  const recall = mean(scores.filter((score) => score.hasTruth).map((score) => (score.hasPrediction ? pageRecall(score) : 0)));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
