import { ApiError } from '../api';

/** Test helper: the `ApiError` a request fails with (any other outcome throws). */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the request to fail');
}
