import { readPdfTextAction } from '@/actions/reports';
import { maxPdfBytes } from '@/lib/import/pdf/pdf-limits';
import { countOf } from '@/lib/format/plural';

type PdfBody = { ok: true; text: string; note: string } | { ok: false; message: string };

/** A file's bytes in base64, as the server takes a PDF. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** What the import form says of a PDF's text, for the editor to check it before importing. */
function noteFor({ pages, furniture }: { pages: number; furniture: string[] }): string {
  const pageCount = countOf(pages, 'page', 'pages');
  const leftOut = furniture.length > 0 ? '; running headers, footers and page numbers left out' : '';
  return `Text taken from the PDF (${pageCount}${leftOut}). Check it before importing.`;
}

/** An uploaded PDF's text, read on the server, for the form's Body text. */
export async function readPdfBody(file: File): Promise<PdfBody> {
  if (file.size > maxPdfBytes) return { ok: false, message: `A PDF must be at most ${maxPdfBytes / 1024 / 1024} MB` };
  const result = await readPdfTextAction({ pdf: await base64Of(file) });
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, text: result.data.text, note: noteFor(result.data) };
}
