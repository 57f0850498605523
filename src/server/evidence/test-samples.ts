/** Minimal file contents that `file-type` recognises, for upload tests. */

const bytes = (...parts: (string | number[] | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
/** An ISO base media file (MP4 family) that starts with an `ftyp` box of the given major brand. */
const ftyp = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0], brand, 'isom', Buffer.alloc(16));

export const SAMPLES = {
  /** A valid 1×1 PNG. */
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: bytes(
    [0xff, 0xd8, 0xff, 0xe0, 0, 0x10],
    'JFIF',
    [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
    Buffer.alloc(32),
    [0xff, 0xd9],
  ),
  gif: bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], Buffer.alloc(16)),
  webp: bytes('RIFF', [0x1a, 0, 0, 0], 'WEBPVP8L', Buffer.alloc(20)),
  heic: ftyp('heic'),
  heif: ftyp('mif1'),
  mp4: ftyp('isom'),
  mov: ftyp('qt  '),
  threeGp: ftyp('3gp4'),
  m4a: ftyp('M4A '),
  webm: bytes(
    [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04],
    [0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84],
    'webm',
    [0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02],
    Buffer.alloc(16),
  ),
  /** ID3v2.4 header (empty tag) followed by an MPEG-1 Layer III frame header. */
  mp3: bytes('ID3', [4, 0, 0, 0, 0, 0, 0], [0xff, 0xfb, 0x90, 0x64], Buffer.alloc(413)),
  wav: bytes(
    'RIFF',
    [36, 0, 0, 0],
    'WAVEfmt ',
    [16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1f, 0, 0, 0x80, 0x3e, 0, 0, 2, 0, 16, 0],
    'data',
    Buffer.alloc(4),
  ),
  opus: bytes('OggS', [0, 2], Buffer.alloc(20), [1, 19], 'OpusHead', [1, 1, 0, 0, 0x80, 0xbb, 0, 0, 0, 0, 0]),
  ogg: bytes('OggS', [0, 2], Buffer.alloc(20), [1, 30, 1], 'vorbis', Buffer.alloc(30)),
  aac: bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc], Buffer.alloc(16)),
  amr: bytes('#!AMR\n', Buffer.alloc(16)),
  pdf: bytes('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  /** Plain text: recognised as nothing. */
  text: bytes('Ini bukan foto. This is not a photo.\n'),
} as const;
