'use server';

import { serverAction } from '@/lib/http/server-action';
import { saveVerdict } from '@/lib/review/save-verdict';
import { suggestEvidence } from '@/lib/review/suggest-evidence';

export const saveVerdictAction = serverAction(saveVerdict);

export const suggestEvidenceAction = serverAction(suggestEvidence);
