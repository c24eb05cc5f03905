import { reportPdf } from './report-pdf';

/**
 * A three-page report as a ministry would publish it: a title, paragraphs with a word hyphenated
 * at a line end and a compound broken at its hyphen, a running header from page 2, "Page N of M".
 */
export function floodReportPdf(marker: string): Promise<Buffer> {
  return reportPdf({
    title: `Floods reach the capital ${marker}`,
    header: 'Ministry of Water - Flood report 2024',
    pageFooter: true,
    size: [360, 240],
    paragraphs: [
      [
        'The river rose two metres overnight and',
        'rescue teams arrived at dawn, officials',
        'said. The ministry called it an inter-',
        'national emergency on Friday, and the',
        'army sent boats to the old town. A well-',
        'known bridge was closed there. Water',
        'reached the first floors of houses near',
        'the station before noon.',
      ],
      ['Schools stay shut until Monday. The', 'mayor asked residents to keep away', 'from the river banks.'],
      ['Forecasters expect more rain over the', 'weekend. The river is likely to peak', 'again on Sunday night, they said.'],
      ['Insurers said claims had already passed', 'those of the last great flood, in 1947,', 'when the same streets were under water', 'for a week.'],
      ['Volunteers filled sandbags through the', 'night at the depot on Mill Lane.'],
    ],
  });
}

/** The text floodReportPdf's PDF holds, as its paragraphs. */
export const floodReportParagraphs = (marker: string) => [
  `Floods reach the capital ${marker}`,
  'The river rose two metres overnight and rescue teams arrived at dawn, officials said. The ministry called it an international emergency on Friday, and the army sent boats to the old town. A well-known bridge was closed there. Water reached the first floors of houses near the station before noon.',
  'Schools stay shut until Monday. The mayor asked residents to keep away from the river banks.',
  'Forecasters expect more rain over the weekend. The river is likely to peak again on Sunday night, they said.',
  'Insurers said claims had already passed those of the last great flood, in 1947, when the same streets were under water for a week.',
  'Volunteers filled sandbags through the night at the depot on Mill Lane.',
];
