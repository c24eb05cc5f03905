import { AppError } from '@/lib/errors';
import { extractArticle, type ArticleMetadata } from '@/lib/import/extract-article';
import { maxBodyCharacters } from '@/lib/validations/report';

/** The text to store, refused when it is empty or too long. */
export function checkedBody(body: string): string {
  if (body.trim().length === 0) throw new AppError('invalid', 'Body has no text (an HTML page without readable text?)', 'body');
  if (body.length > maxBodyCharacters) {
    throw new AppError('invalid', `Body must be at most ${maxBodyCharacters.toLocaleString('en')} characters of text`, 'body');
  }
  return body;
}

/**
 * The text to store: pasted text as is; for an HTML page its article's text (page furniture left
 * out) and what the page says about itself. Refused when empty or too long.
 */
export function reportBodyFrom(raw: string, format: 'text' | 'html', { url }: { url?: string | null } = {}): { body: string; page: ArticleMetadata | null } {
  if (format === 'text') return { body: checkedBody(raw), page: null };
  const article = extractArticle(raw, { url });
  return { body: checkedBody(article.text), page: article.metadata };
}
