// What a PDF import reads at the most, in bytes and pages: the upload and the fetch are 5 MB too.
export const maxPdfBytes = 5 * 1024 * 1024;
export const maxPdfPages = 500;
