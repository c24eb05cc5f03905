import { AppError } from '@/lib/errors';

/** A save based on a version that is no longer current: refused with what is stored now. */
export function staleVersion(current: { version: number } | null, what: 'verdict' | 'final verdict' = 'verdict'): AppError {
  const message = current
    ? `This ${what} changed since you opened it (it is now version ${current.version}). Look at the current ${what}, then merge or overwrite it.`
    : `This ${what} no longer exists. Save it again as new.`;
  return new AppError('conflict', message, 'version', { current });
}
