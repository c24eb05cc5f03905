'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/require-actor';
import { createClaim } from '@/lib/claims/create-claim';
import { removeClaim } from '@/lib/claims/remove-claim';
import { actionResult } from '@/lib/http/action-result';
import { saveVerdict } from '@/lib/review/save-verdict';
import { suggestEvidence } from '@/lib/review/suggest-evidence';

export async function saveVerdictAction(input: unknown) {
  return actionResult(async () => saveVerdict({ actor: await requireActor(), input }));
}

export async function suggestEvidenceAction(input: unknown) {
  return actionResult(async () => suggestEvidence({ actor: await requireActor(), input }));
}

export async function createClaimAction(input: unknown) {
  return actionResult(async () => {
    const claim = await createClaim({ actor: await requireActor(), input });
    revalidatePath('/reports/[reportId]', 'page');
    return claim;
  });
}

export async function removeClaimAction(input: unknown) {
  return actionResult(async () => {
    const removed = await removeClaim({ actor: await requireActor(), input });
    revalidatePath('/reports/[reportId]', 'page');
    return removed;
  });
}
