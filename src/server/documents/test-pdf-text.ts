/**
 * Test helper: the lines of text pdfkit drew, from an uncompressed PDF (as in receipt-pdf.test.ts).
 * Each line is `1 0 0 1 x y Tm` followed by `[<hex> kern <hex> ...] TJ`: WinAnsi bytes in hex.
 */
export function pdfTextLines(pdf: Buffer): { y: number; text: string }[] {
  const lines: { y: number; text: string }[] = [];
  for (const [, y, array] of pdf
    .toString('latin1')
    .matchAll(/1 0 0 1 \S+ (\S+) Tm\s+\/F\d+ \S+ Tf\s+\[([^\]]*)\] TJ/g)) {
    const hex = [...(array ?? '').matchAll(/<([0-9a-f]*)>/g)].map((m) => m[1]).join('');
    lines.push({ y: Number(y), text: Buffer.from(hex, 'hex').toString('latin1') });
  }
  return lines;
}

export const pdfText = (pdf: Buffer): string =>
  pdfTextLines(pdf)
    .map((line) => line.text)
    .join('\n');

export const pdfPageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
