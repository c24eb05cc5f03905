import type { Db } from '@/lib/db';
import { cutOffFigures, scoredSuggestions } from '../../../tooling/suggestion-label-score';

const cutOffs = [0.1, 0.15, 0.2, 0.25, 0.26, 0.27, 0.28, 0.29, 0.3, 0.35, 0.4, 0.45, 0.5];

/** Prints, for each score cut-off, how many top-5 suggestions would carry a label and how many of those state the claim's fact. */
export async function printCutOffs(db: Db, suggest: Parameters<typeof scoredSuggestions>[1], { setting, shipped }: { setting: string; shipped: number }) {
  const scored = await scoredSuggestions(db, suggest);
  const sameFact = scored.filter((entry) => entry.sameFact).length;
  console.log(`Label cut-off, ${setting}: ${scored.length} top-5 suggestions, ${sameFact} of them state the claim's fact`);
  for (const figures of cutOffFigures(scored, cutOffs)) {
    const mark = Math.abs(figures.cutOff - shipped) < 1e-9 ? '  <- shipped' : '';
    console.log(`  score ≥ ${figures.cutOff.toFixed(2)}: ${figures.labelled} labelled, precision ${figures.precision.toFixed(2)}, recall ${figures.recall.toFixed(2)}${mark}`);
  }
}
