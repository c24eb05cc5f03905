'use server';

import { acceptMajority } from '@/lib/adjudication/accept-majority';
import { saveFinalVerdict } from '@/lib/adjudication/save-final-verdict';
import { serverAction } from '@/lib/http/server-action';
import { workflowPages } from './workflow-pages';

export const saveFinalVerdictAction = serverAction(saveFinalVerdict);

export const acceptMajorityAction = serverAction(acceptMajority, workflowPages);
