import { z } from 'zod';
import { ZExportDocument, exportSchemaPath } from '@/lib/validations/export-document';

/** The JSON Schema of the `json` export, made from the zod schema the restore reads it with. */
export function exportJsonSchema() {
  return {
    ...z.toJSONSchema(ZExportDocument, { target: 'draft-2020-12' }),
    $id: exportSchemaPath,
    title: 'Fact-check verdict export',
  };
}

export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}
