/** The text of an uploaded .txt or .html file, and the format the server should read it as. */
export async function readReportFile(file: File): Promise<{ body: string; bodyFormat: 'text' | 'html' }> {
  const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
  return { body: await file.text(), bodyFormat: isHtml ? 'html' : 'text' };
}

export function isPdfFile(file: File): boolean {
  return /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
}
