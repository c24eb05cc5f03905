// Writes public/schemas/verdict-export.schema.json from the zod schema of the `json` export.
// A test fails when the file and the schema differ: run `npm run export:schema` after changing it.
import { writeFileSync } from 'node:fs';
import { exportJsonSchemaText } from '@/lib/export/export-json-schema';

const path = new URL('../public/schemas/verdict-export.schema.json', import.meta.url);
writeFileSync(path, exportJsonSchemaText());
console.log(`wrote ${path.pathname}`);
