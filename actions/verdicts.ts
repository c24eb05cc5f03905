'use server';

import { serverAction } from '@/lib/http/server-action';
import { getReviewSentences } from '@/lib/review/get-review-sentences';
import { locateClaim } from '@/lib/review/locate-claim';
import { saveVerdict } from '@/lib/review/save-verdict';
import { searchReport } from '@/lib/review/search-report';
import { suggestEvidence } from '@/lib/review/suggest-evidence';
import { verdictFromForm } from '@/lib/review/verdict-from-form';

export const saveVerdictAction = serverAction(saveVerdict);

export const suggestEvidenceAction = serverAction(suggestEvidence);

export const reviewSentencesAction = serverAction(getReviewSentences);

export const searchReportAction = serverAction(searchReport);

export const locateClaimAction = serverAction(locateClaim);

const saveSubmittedVerdict = serverAction(({ actor, input }) => saveVerdict({ actor, input: input instanceof FormData ? verdictFromForm(input) : input }), {
  revalidate: [['/reports/[reportId]', 'page']],
});

/** The verdict form posted by a browser without JavaScript (React's form-action signature: the last result, then the form). */
export async function saveVerdictFormAction(_previous: unknown, form: FormData) {
  return saveSubmittedVerdict(form);
}
