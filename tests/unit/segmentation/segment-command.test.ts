import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { segmentReport } from '@/lib/segmentation/segment-report';

test('npm run -s segment -- <file> prints exactly the sentences as a JSON array', () => {
  const stdout = execFileSync('npm', ['run', '-s', 'segment', '--', 'data/reports/dw.txt'], { encoding: 'utf8' });
  const sentences = JSON.parse(stdout) as unknown[];
  expect(sentences).toEqual(segmentReport(readFileSync('data/reports/dw.txt', 'utf8')));
  expect(Object.keys(sentences[0] as object)).toEqual(['index', 'start', 'end', 'kind', 'text']);
});
