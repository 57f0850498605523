import type { AnyRoute } from '../../http/route';
import { createUser } from './create-user';
import { disableUser } from './disable-user';
import { listUsers } from './list-users';

export const usersRoutes: AnyRoute[] = [createUser, listUsers, disableUser];
