/** Hand-built multipart/form-data bodies for `app.inject` in tests. */

export type MultipartPart =
  { name: string; value: string } | { name: string; filename: string; contentType?: string; data: Buffer };

export const TEST_BOUNDARY = '----NetraTestBoundary9fK2mQ7xW4';

/** Escapes a name for a quoted header parameter the way browsers do (`"` and line breaks). */
function quoted(name: string): string {
  return `"${name.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A')}"`;
}

export function multipartBody(parts: MultipartPart[]): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${TEST_BOUNDARY}\r\nContent-Disposition: form-data; name=${quoted(part.name)}`;
    if ('filename' in part) {
      head += `; filename=${quoted(part.filename)}\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}`;
    }
    chunks.push(
      Buffer.from(`${head}\r\n\r\n`),
      'data' in part ? part.data : Buffer.from(part.value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${TEST_BOUNDARY}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${TEST_BOUNDARY}` };
}
