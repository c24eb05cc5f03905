import { AppError, isAppError } from '@/lib/errors';
import type { FetchedPage } from './fetch-page';

/** A fetched page as a report body: a PDF's bytes in base64, other pages as decoded text. */
export function fetchedPageBody(page: FetchedPage): { body: string; bodyFormat: FetchedPage['format'] } {
  return { body: page.format === 'pdf' ? page.bytes.toString('base64') : page.text, bodyFormat: page.format };
}

/** The site a page came from, named by its host without "www.". */
export function pageHost(page: FetchedPage): string {
  return new URL(page.url).hostname.replace(/^www\./, '');
}

/** Runs `work` on a fetched page's text, whose faults (no text, too long, already imported) are the address's. */
export async function asAddressFaults<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && error.field === 'body') throw new AppError(error.code, error.message, 'url', error.details);
    throw error;
  }
}
