import type { z } from 'zod';
import { ErrorEnvelope } from '../shared/api/common';
import type { ErrorCode } from '../shared/errors';

/** One issue of a VALIDATION_FAILED error, as the server reports it. */
export interface ApiIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** A failed request, typed by the API's stable error code. Branch on `code`, never on `message`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field issues of a VALIDATION_FAILED error (empty for any other error). */
  get issues(): ApiIssue[] {
    if (this.code !== 'VALIDATION_FAILED') return [];
    const d = this.details;
    if (typeof d !== 'object' || d === null || !('issues' in d) || !Array.isArray(d.issues)) return [];
    return d.issues.filter(isIssue);
  }
}

function isIssue(value: unknown): value is ApiIssue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.path) && typeof v.code === 'string' && typeof v.message === 'string';
}

export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

/** Turns any failed response into an ApiError; a body that is not the envelope maps by status. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (e.g. a proxy's HTML page).
  }
  const parsed = ErrorEnvelope.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, response.status, message, details);
  }
  const code: ErrorCode =
    response.status === 401
      ? 'AUTH_REQUIRED'
      : response.status === 404
        ? 'NOT_FOUND'
        : response.status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : response.status >= 500
            ? 'UNAVAILABLE'
            : 'BAD_REQUEST';
  return new ApiError(code, response.status, `HTTP ${response.status}`);
}

/** A successful response's body, checked with the shared schema (the server's own). */
async function parse<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('INTERNAL', response.status, 'Response is not JSON');
  }
  const result = schema.safeParse(body);
  if (!result.success)
    throw new ApiError('INTERNAL', response.status, 'Unexpected response shape', result.error.issues);
  return result.data;
}

export interface ApiClient {
  get<S extends z.ZodType>(
    path: string,
    schema: S,
    query?: Record<string, string | number | boolean | undefined | null>,
  ): Promise<z.output<S>>;
  post<S extends z.ZodType>(path: string, schema: S, body?: unknown): Promise<z.output<S>>;
  put<S extends z.ZodType>(path: string, schema: S, body?: unknown): Promise<z.output<S>>;
  /** For endpoints that answer 204 No Content. */
  postEmpty(path: string, body?: unknown): Promise<void>;
}

export function createApiClient(fetcher: Fetcher = (input, init) => fetch(input, init)): ApiClient {
  async function send(method: 'GET' | 'POST' | 'PUT', path: string, body: unknown): Promise<Response> {
    const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
    if (method !== 'GET') {
      init.headers = { accept: 'application/json', 'content-type': 'application/json' };
      init.body = JSON.stringify(body ?? {});
    }
    let response: Response;
    try {
      response = await fetcher(path, init);
    } catch (err) {
      throw new ApiError('UNAVAILABLE', 0, err instanceof Error ? err.message : 'network error');
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  return {
    async get(path, schema, query) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query ?? {}))
        if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
      const qs = params.toString();
      return parse(await send('GET', qs ? `${path}?${qs}` : path, undefined), schema);
    },
    async post(path, schema, body) {
      return parse(await send('POST', path, body), schema);
    },
    async put(path, schema, body) {
      return parse(await send('PUT', path, body), schema);
    },
    async postEmpty(path, body) {
      await send('POST', path, body);
    },
  };
}

export const api = createApiClient();

export interface UploadOptions {
  /** Bytes of the request body sent so far, and its total size. */
  onProgress?: (sent: number, total: number) => void;
  /** For tests: makes the request object. */
  makeRequest?: () => XMLHttpRequest;
}

/**
 * POSTs a multipart form with XMLHttpRequest (fetch cannot report upload progress) and reads the
 * answer exactly as the client above does: the body parsed with `schema`, a failure as an ApiError.
 */
export function upload<S extends z.ZodType>(
  path: string,
  schema: S,
  body: FormData,
  { onProgress, makeRequest = () => new XMLHttpRequest() }: UploadOptions = {},
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = makeRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(e.loaded, e.total);
    };
    xhr.onload = () => {
      const contentType = xhr.getResponseHeader('content-type') ?? 'application/json';
      // Status 0 and 1xx cannot build a Response; they are network failures here anyway.
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new ApiError('UNAVAILABLE', xhr.status, 'network error'));
        return;
      }
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        headers: { 'content-type': contentType },
      });
      (response.ok ? parse(response, schema) : toApiError(response).then((err) => Promise.reject(err))).then(
        resolve,
        reject,
      );
    };
    xhr.onerror = () => reject(new ApiError('UNAVAILABLE', 0, 'network error'));
    xhr.onabort = () => reject(new ApiError('UNAVAILABLE', 0, 'aborted'));
    xhr.send(body);
  });
}
