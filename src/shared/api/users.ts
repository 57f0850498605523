import { z } from 'zod';
import { PageQuery, RegionCode, page } from './common';
import { RegionSummary } from './regions';
import { Role, Username } from './auth';
import { RECEIVING_BODIES } from '../cases';

/** The receiving body an INSTANSI_PENERIMA officer belongs to (BKN, Bupati/Walikota, Propam …). */
export const UserBody = z.enum(RECEIVING_BODIES);

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: Role,
  scope: RegionSummary.nullable(),
  body: UserBody.nullable(),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const CreateUserRequest = z.object({
  username: Username,
  displayName: z.string().trim().min(1).max(120),
  email: z.string().trim().email().max(200).nullable().optional(),
  role: Role,
  /** Null for national roles (Bawaslu RI, admin). Must match the role's level. */
  scopeCode: RegionCode.nullable(),
  /** Required for a receiving body's officer (INSTANSI_PENERIMA), refused for every other role. */
  body: UserBody.nullable().optional(),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const CreateUserResponse = z.object({
  user: UserView,
  /** Shown once; the officer must change it at first sign-in. */
  oneTimePassword: z.string(),
});

/** Same shape as a creation: the new one-time password is shown once. */
export const ResetCredentialsResponse = CreateUserResponse;

export const UserParams = z.object({ id: z.string().uuid() });

export const UserListQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(100).optional(),
  role: Role.optional(),
  includeDisabled: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const UserPage = page(UserView);
