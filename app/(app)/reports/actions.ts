'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/require-actor';
import { actionResult } from '@/lib/http/action-result';
import { changeSentenceKind } from '@/lib/reports/change-sentence-kind';
import { importReport } from '@/lib/reports/import-report';
import { reviseReport } from '@/lib/reports/revise-report';

export async function importReportAction(input: unknown) {
  return actionResult(async () => {
    const report = await importReport({ actor: await requireActor(), input });
    revalidatePath('/');
    return { reportId: report.id };
  });
}

export async function reviseReportAction(input: unknown) {
  return actionResult(async () => {
    const summary = await reviseReport({ actor: await requireActor(), input });
    revalidatePath('/reports/[reportId]', 'page');
    return summary;
  });
}

export async function changeSentenceKindAction(input: unknown) {
  return actionResult(async () => {
    const sentence = await changeSentenceKind({ actor: await requireActor(), input });
    revalidatePath('/reports/[reportId]', 'page');
    return sentence;
  });
}
