import { z } from 'zod';
import { maxPdfBytes } from '@/lib/import/pdf/pdf-limits';

/** The longest base64 text a PDF of at most 5 MB makes, with room for line breaks every 76 characters. */
export const maxPdfBase64Characters = Math.ceil((Math.ceil(maxPdfBytes / 3) * 4 * 78) / 76);

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** How many bytes a base64 text holds, or null when it is not base64. */
export function base64ByteLength(text: string): number | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !base64.test(compact)) return null;
  return (compact.length / 4) * 3 - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0);
}

/** A PDF file sent as base64 text, as JSON carries it, of at most 5 MB. */
export const ZPdfBase64 = z
  .string({ message: 'The PDF is required, in base64' })
  .max(maxPdfBase64Characters, `A PDF must be at most ${maxPdfBytes / 1024 / 1024} MB`)
  .superRefine((text, context) => {
    const bytes = base64ByteLength(text);
    if (bytes === null || bytes === 0) context.addIssue({ code: 'custom', message: 'A PDF must be sent as its bytes in base64' });
    else if (bytes > maxPdfBytes) context.addIssue({ code: 'custom', message: `A PDF must be at most ${maxPdfBytes / 1024 / 1024} MB` });
  });
