import { AppError } from '@/lib/errors';
import { extractArticle, type ArticleMetadata } from '@/lib/import/extract-article';
import { pdfText } from '@/lib/import/pdf-text';
import { maxBodyCharacters } from '@/lib/validations/report';

export type BodyFormat = 'text' | 'html' | 'pdf';

/** The text to store, refused when it is empty or too long. */
export function checkedBody(body: string): string {
  if (body.trim().length === 0) throw new AppError('invalid', 'Body has no text (an HTML page without readable text?)', 'body');
  if (body.length > maxBodyCharacters) {
    throw new AppError('invalid', `Body must be at most ${maxBodyCharacters.toLocaleString('en')} characters of text`, 'body');
  }
  return body;
}

async function textOf(raw: string, format: BodyFormat, url: string | null | undefined): Promise<{ body: string; page: ArticleMetadata | null }> {
  if (format === 'pdf') return { body: (await pdfText(Buffer.from(raw, 'base64'))).text, page: null };
  if (format === 'text') return { body: raw, page: null };
  const article = extractArticle(raw, { url });
  return { body: article.text, page: article.metadata };
}

/**
 * The text to store: pasted text as is; for an HTML page its article's text (page furniture left
 * out) and what the page says about itself; for a PDF (base64) its text re-flowed into
 * paragraphs, running headers, footers and page numbers left out. Refused when empty or too long.
 */
export async function reportBodyFrom(raw: string, format: BodyFormat, { url }: { url?: string | null } = {}): Promise<{ body: string; page: ArticleMetadata | null }> {
  const { body, page } = await textOf(raw, format, url);
  return { body: checkedBody(body), page };
}
