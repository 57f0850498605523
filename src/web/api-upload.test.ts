import { describe, expect, it } from 'vitest';
import { IntakeCreated } from '../shared/api/reports';
import { upload } from './api';
import { failure } from './test/api-failure';

type Progress = { loaded: number; total: number; lengthComputable: boolean };

/** Just enough of XMLHttpRequest: records the request, then answers with `status` and `body`. */
class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: FormData | null = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: Progress) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor(private readonly answer: { status: number; body: string } | 'offline') {}

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return name === 'content-type' ? 'application/json; charset=utf-8' : null;
  }
  send(body: FormData) {
    this.sent = body;
    queueMicrotask(() => {
      if (this.answer === 'offline') return this.onerror?.();
      this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
      this.upload.onprogress?.({ loaded: 100, total: 100, lengthComputable: true });
      this.status = this.answer.status;
      this.responseText = this.answer.body;
      this.onload?.();
    });
  }
}

function using(xhr: FakeXhr): () => XMLHttpRequest {
  return () => xhr as unknown as XMLHttpRequest;
}

describe('multipart upload with progress', () => {
  it('posts the form, reports progress and parses the answer with the schema', async () => {
    const xhr = new FakeXhr({ status: 201, body: JSON.stringify({ id: 'r1', receipt: null }) });
    const body = new FormData();
    body.append('description', 'x');
    const seen: number[] = [];
    const result = await upload('/api/findings', IntakeCreated, body, {
      onProgress: (sent, total) => seen.push(sent / total),
      makeRequest: using(xhr),
    });
    expect(result).toEqual({ id: 'r1', receipt: null });
    expect([xhr.method, xhr.url, xhr.sent]).toEqual(['POST', '/api/findings', body]);
    expect(xhr.headers.accept).toBe('application/json');
    expect(seen).toEqual([0.5, 1]);
  });

  it('turns the error envelope into an ApiError with its issues', async () => {
    const issues = [{ path: ['parties', 0, 'name'], code: 'too_small', message: 'Wajib diisi / Required' }];
    const xhr = new FakeXhr({
      status: 400,
      body: JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'x', details: { in: 'body', issues } } }),
    });
    const err = await failure(
      upload('/api/reports/walk-in', IntakeCreated, new FormData(), { makeRequest: using(xhr) }),
    );
    expect([err.code, err.status]).toEqual(['VALIDATION_FAILED', 400]);
    expect(err.issues).toEqual(issues);
  });

  it('maps a body that is not the envelope by status, a wrong shape to INTERNAL, no network to UNAVAILABLE', async () => {
    const proxy = new FakeXhr({ status: 413, body: '<html>too big</html>' });
    expect((await failure(upload('/x', IntakeCreated, new FormData(), { makeRequest: using(proxy) }))).code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    const shape = new FakeXhr({ status: 201, body: JSON.stringify({ id: 1 }) });
    expect((await failure(upload('/x', IntakeCreated, new FormData(), { makeRequest: using(shape) }))).code).toBe(
      'INTERNAL',
    );
    const offline = new FakeXhr('offline');
    expect((await failure(upload('/x', IntakeCreated, new FormData(), { makeRequest: using(offline) }))).code).toBe(
      'UNAVAILABLE',
    );
  });
});
