// The parts of the sentence splitters compared in `npm run bench:segmentation` that ship no types.
declare module 'sbd' {
  const sbd: { sentences(text: string, options?: { newline_boundaries?: boolean }): string[] };
  export default sbd;
}

declare module 'cldr-segmentation' {
  const cldr: { sentenceSplit(text: string, suppressions?: unknown): string[]; suppressions: { en: unknown } };
  export default cldr;
}
