import type { AnyRoute } from '../../http/route';
import { createUser } from './create-user';
import { disableUser } from './disable-user';
import { enableUser } from './enable-user';
import { listUsers } from './list-users';
import { resetUser } from './reset-user';

export const usersRoutes: AnyRoute[] = [createUser, listUsers, disableUser, enableUser, resetUser];
