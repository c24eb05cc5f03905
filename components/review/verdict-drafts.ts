import type { VerdictLabel } from '@/lib/validations/verdict';

/** What a reviewer typed into a verdict form and has not saved: kept in this browser tab until saved or discarded. */
export type VerdictDraft = { label?: VerdictLabel; note: string };

const keyOf = (claimId: string) => `factcheck:verdict-draft:${claimId}`;

export function readDraft(claimId: string): VerdictDraft | null {
  try {
    const stored = window.sessionStorage.getItem(keyOf(claimId));
    return stored ? (JSON.parse(stored) as VerdictDraft) : null;
  } catch {
    return null;
  }
}

export function keepDraft(claimId: string, draft: VerdictDraft): void {
  try {
    window.sessionStorage.setItem(keyOf(claimId), JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the draft lives as long as the form does.
  }
}

export function dropDraft(claimId: string): void {
  try {
    window.sessionStorage.removeItem(keyOf(claimId));
  } catch {
    // As above: nothing was kept.
  }
}
