import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MeResponse } from '../shared/api/auth';
import { api, ApiError } from './api';
import { navigate } from './router';

/** `undefined` while loading, `null` when not (fully) signed in. */
type MeState = MeResponse | null | undefined;

interface Session {
  me: MeState;
  error: ApiError | null;
  refresh: () => Promise<MeResponse | null>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Errors that mean "go (back) to the sign-in page". */
const SIGN_IN_CODES = new Set(['AUTH_REQUIRED', 'MFA_REQUIRED', 'PASSWORD_CHANGE_REQUIRED', 'ACCOUNT_DISABLED']);

export function isSignInError(err: unknown): boolean {
  return err instanceof ApiError && SIGN_IN_CODES.has(err.code);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<MeState>(undefined);
  const [error, setError] = useState<ApiError | null>(null);

  const refresh = useCallback(async () => {
    try {
      const result = await api.get('/api/me', MeResponse);
      const full = result.session.next === 'done' ? result : null;
      setMe(full);
      setError(null);
      return full;
    } catch (err) {
      setMe(null);
      setError(err instanceof ApiError && !isSignInError(err) ? err : null);
      return null;
    }
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.postEmpty('/api/auth/logout');
    } finally {
      setMe(null);
      navigate('/masuk');
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ me, error, refresh, signOut }), [me, error, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** For officer pages: the signed-in officer, or a redirect to /masuk. */
export function useOfficer(): MeResponse | null {
  const { me, error } = useSession();
  useEffect(() => {
    if (me === null && !error) navigate('/masuk', { replace: true });
  }, [me, error]);
  return me ?? null;
}
