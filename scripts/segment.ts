// npm run segment -- <file> - prints the sentences of a text file as a JSON array of
// {index, start, end, kind, text}, and nothing else on stdout.
import { readFileSync } from 'node:fs';
import { segmentReport } from '@/lib/segmentation/segment-report';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run segment -- <file> [--title "Headline of the report"]');
  process.exit(2);
}
const titleFlag = process.argv.indexOf('--title');
const title = titleFlag > 0 ? process.argv[titleFlag + 1] : undefined;
try {
  const sentences = segmentReport(readFileSync(file, 'utf8'), { title });
  process.stdout.write(JSON.stringify(sentences, null, 2) + '\n');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
