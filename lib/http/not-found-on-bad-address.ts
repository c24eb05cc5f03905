import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';

/**
 * For pages: what `load` returns, or the page's "not found" when the address names nothing (an
 * unknown or malformed id in the path or query), instead of a server error.
 */
export async function notFoundOnBadAddress<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && (error.code === 'not_found' || error.code === 'invalid')) notFound();
    throw error;
  }
}
