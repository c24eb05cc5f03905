'use server';

import { createClaim } from '@/lib/claims/create-claim';
import { removeClaim } from '@/lib/claims/remove-claim';
import { serverAction } from '@/lib/http/server-action';

const reportPage = { revalidate: [['/reports/[reportId]', 'page']] } as const;

export const createClaimAction = serverAction(createClaim, reportPage);

export const removeClaimAction = serverAction(removeClaim, reportPage);
