import 'server-only';
import type { Actor } from '@/lib/actor';
import { pdfText } from '@/lib/import/pdf-text';
import { assertAllowed, canImportReports } from '@/lib/permissions';
import { parseInput } from '@/lib/validations/parse-input';
import { ZReadPdfText } from '@/lib/validations/report';

/** The text of an uploaded PDF (base64) and what was left out of it, for the import form to show before importing; changes nothing. */
export async function readPdfText({ actor, input }: { actor: Actor; input: unknown }) {
  assertAllowed(actor, canImportReports, 'import reports');
  const { pdf } = parseInput(ZReadPdfText, input);
  return pdfText(Buffer.from(pdf, 'base64'));
}
