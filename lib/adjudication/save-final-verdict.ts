import 'server-only';
import type { Actor } from '@/lib/actor';
import { assertAllowed, canDecideAsEditor } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZSaveVerdict } from '@/lib/validations/verdict';
import { settleClaim } from './settle-claim';

/**
 * An editor settles a claim: the final verdict, with the same body, evidence rules and version
 * check as a reviewer's verdict. Reviewers are refused.
 */
export async function saveFinalVerdict({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canDecideAsEditor, 'set final verdicts');
  const { claimId, label, note, evidence, version, proposedLabel } = parseInput(ZSaveVerdict, input);
  return settleClaim(actor, { claimId, basis: 'editor', version }, async () => ({ label, note, evidence, proposedLabel }));
}
