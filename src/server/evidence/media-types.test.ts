import { fileTypeFromBuffer, supportedMimeTypes } from 'file-type';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MEDIA_TYPES, extensionFor, isEvidenceMediaType } from './media-types';
import { SAMPLES } from './test-samples';

describe('evidence media types', () => {
  it('names only types file-type can report', () => {
    expect(EVIDENCE_MEDIA_TYPES.filter((type) => !supportedMimeTypes.has(type))).toEqual([]);
  });

  it.each([
    ['png', 'image/png', 'png'],
    ['jpeg', 'image/jpeg', 'jpg'],
    ['gif', 'image/gif', 'gif'],
    ['webp', 'image/webp', 'webp'],
    ['heic', 'image/heic', 'heic'],
    ['heif', 'image/heif', 'heif'],
    ['mp4', 'video/mp4', 'mp4'],
    ['mov', 'video/quicktime', 'mov'],
    ['threeGp', 'video/3gpp', '3gp'],
    ['webm', 'video/webm', 'webm'],
    ['m4a', 'audio/x-m4a', 'm4a'],
    ['mp3', 'audio/mpeg', 'mp3'],
    ['wav', 'audio/wav', 'wav'],
    ['opus', 'audio/ogg; codecs=opus', 'opus'],
    ['ogg', 'audio/ogg', 'ogg'],
    ['aac', 'audio/aac', 'aac'],
    ['amr', 'audio/amr', 'amr'],
    ['pdf', 'application/pdf', 'pdf'],
  ] as const)('detects the %s sample as %s, which is allowed', async (sample, mime, ext) => {
    const detected = await fileTypeFromBuffer(SAMPLES[sample]);
    expect(detected?.mime).toBe(mime);
    expect(isEvidenceMediaType(mime)).toBe(true);
    expect(extensionFor(mime)).toBe(ext);
  });

  it('recognises no type in plain text, and allows nothing outside the list', async () => {
    expect(await fileTypeFromBuffer(SAMPLES.text)).toBeUndefined();
    expect(isEvidenceMediaType('video/matroska')).toBe(false);
    expect(isEvidenceMediaType('toString')).toBe(false);
    expect(extensionFor('application/zip')).toBe('bin');
  });
});
