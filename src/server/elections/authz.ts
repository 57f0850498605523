import type { Action } from '../../shared/abilities';
import type { Principal } from '../auth/principal';
import { AppError } from '../http/errors';
import { authorize } from '../policies';

/**
 * Who may manage elections and holidays: the policies decide (src/server/policies, today ADMIN
 * only). 401 without a principal, 403 FORBIDDEN when the role lacks the action.
 */
export function requireAbility(principal: Principal | null, action: Action): asserts principal is Principal {
  if (!principal) throw new AppError('AUTH_REQUIRED', 'Silakan masuk terlebih dahulu / Please sign in');
  authorize(principal, action);
}
