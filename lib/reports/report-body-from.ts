import { AppError } from '@/lib/errors';
import { maxBodyCharacters } from '@/lib/validations/report';
import { reportTextFromHtml } from './report-text-from-html';

/**
 * The text to store: pasted text as is, HTML reduced to its text; refused when empty or too long.
 * `url` is the page's address (after redirects, for a fetched page), for the HTML step to resolve against.
 */
export function reportBodyFrom(raw: string, format: 'text' | 'html', { url }: { url: string | null }): string {
  const body = format === 'html' ? reportTextFromHtml(raw, { url }) : raw;
  if (body.trim().length === 0) throw new AppError('invalid', 'Body has no text (an HTML page without readable text?)', 'body');
  if (body.length > maxBodyCharacters) {
    throw new AppError('invalid', `Body must be at most ${maxBodyCharacters.toLocaleString('en')} characters of text`, 'body');
  }
  return body;
}
