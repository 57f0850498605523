/**
 * Media types accepted as evidence, exactly as `file-type` 21 reports them from a file's content
 * (never from its name or the browser's claim), each with the extension used when it is served.
 * Checked against `supportedMimeTypes` of `file-type` in `media-types.test.ts`.
 */
const EXTENSIONS = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/3gpp': '3gp',
  // Also what MediaRecorder produces for audio-only recordings in Chromium.
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/ogg': 'ogg',
  // file-type's name for Opus in Ogg (WhatsApp voice notes); there is no bare `audio/opus`.
  'audio/ogg; codecs=opus': 'opus',
  'audio/wav': 'wav',
  'audio/aac': 'aac',
  'audio/amr': 'amr',
  'application/pdf': 'pdf',
} as const;

export type EvidenceMediaType = keyof typeof EXTENSIONS;

export const EVIDENCE_MEDIA_TYPES: readonly EvidenceMediaType[] = Object.keys(EXTENSIONS) as EvidenceMediaType[];

export function isEvidenceMediaType(mediaType: string): mediaType is EvidenceMediaType {
  return Object.hasOwn(EXTENSIONS, mediaType);
}

/** File extension (without the dot) for a media type of the allow-list; `bin` for anything else. */
export function extensionFor(mediaType: string): string {
  return isEvidenceMediaType(mediaType) ? EXTENSIONS[mediaType] : 'bin';
}
