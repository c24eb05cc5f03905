import { AppError } from '@/lib/errors';

/** What a call refused with: its AppError's code, field and message (any other outcome fails the test). */
export async function refusal(run: () => Promise<unknown>) {
  const error = await run().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`Expected an AppError, got ${String(error)}`);
  return { code: error.code, field: error.field, message: error.message };
}
