import { describe, expect, it } from 'vitest';
import { LoginResponse } from '../shared/api/auth';
import { createApiClient, type Fetcher } from './api';
import { failure } from './test/api-failure';

function respond(status: number, body: unknown, contentType = 'application/json'): Fetcher {
  return async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': contentType },
    });
}

describe('API client', () => {
  it('parses a success with the shared schema', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const client = createApiClient(async (url, init) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ next: 'totp' }), { status: 200 });
    });
    await expect(client.post('/api/auth/login', LoginResponse, { username: 'a', password: 'b' })).resolves.toEqual({
      next: 'totp',
    });
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.body).toBe('{"username":"a","password":"b"}');
  });

  it('builds query strings without empty values', async () => {
    let seen = '';
    const client = createApiClient(async (url) => {
      seen = url;
      return new Response(JSON.stringify({ next: 'done' }));
    });
    await client.get('/api/regions', LoginResponse, { level: 'province', q: '', parent: undefined, limit: 500 });
    expect(seen).toBe('/api/regions?level=province&limit=500');
  });

  it('maps the error envelope to a typed error with its code', async () => {
    const client = createApiClient(
      respond(401, {
        error: {
          code: 'INVALID_CREDENTIALS',
          message: 'Nama pengguna atau kata sandi salah / Wrong username or password',
        },
      }),
    );
    const err = await failure(client.post('/api/auth/login', LoginResponse, {}));
    expect(err.code).toBe('INVALID_CREDENTIALS');
    expect(err.status).toBe(401);
    expect(err.issues).toEqual([]);
  });

  it('exposes the field issues of VALIDATION_FAILED', async () => {
    const issues = [{ path: ['username'], code: 'too_small', message: 'x' }];
    const client = createApiClient(
      respond(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Isian tidak valid / Invalid input',
          details: { in: 'body', issues },
        },
      }),
    );
    const err = await failure(client.post('/api/users', LoginResponse, {}));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.issues).toEqual(issues);
  });

  it('maps responses that are not the envelope by status', async () => {
    expect(
      (
        await failure(
          createApiClient(respond(502, '<html>Bad gateway</html>', 'text/html')).get('/api/me', LoginResponse),
        )
      ).code,
    ).toBe('UNAVAILABLE');
    expect((await failure(createApiClient(respond(401, {})).get('/api/me', LoginResponse))).code).toBe('AUTH_REQUIRED');
    expect(
      (
        await failure(
          createApiClient(respond(400, { error: { code: 'NO_SUCH_CODE', message: '' } })).get('/x', LoginResponse),
        )
      ).code,
    ).toBe('BAD_REQUEST');
  });

  it('turns a network failure into UNAVAILABLE and a wrong shape into INTERNAL', async () => {
    const offline = createApiClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failure(offline.get('/api/me', LoginResponse))).code).toBe('UNAVAILABLE');
    expect((await failure(createApiClient(respond(200, { next: 'nope' })).get('/api/me', LoginResponse))).code).toBe(
      'INTERNAL',
    );
  });
});
