import { z } from 'zod';
import { ACTIONS } from '../abilities';
import { ROLES } from '../roles';
import { RegionSummary } from './regions';

/** What the login flow asks of the officer next. */
export const LoginStep = z.enum(['totp', 'totp_enroll', 'password_change', 'done']);
export type LoginStep = z.infer<typeof LoginStep>;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, '3–64 huruf kecil, angka, titik, garis / 3–64 lowercase letters, digits, dot, dash');

export const Password = z.string().min(12, 'Minimal 12 karakter / at least 12 characters').max(200);

export const LoginRequest = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});
export const LoginResponse = z.object({ next: LoginStep });

export const TotpCode = z.string().regex(/^\d{6}$/, '6 digit / 6 digits');
export const RecoveryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{8,32}$/, 'Kode pemulihan / recovery code');

/** Second step: a TOTP code, or one of the recovery codes. */
export const TotpVerifyRequest = z.union([z.object({ code: TotpCode }), z.object({ recoveryCode: RecoveryCode })]);
export const TotpVerifyResponse = z.object({ next: LoginStep });

export const TotpEnrollResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** QR code of `otpauthUri` as an SVG document. */
  qrSvg: z.string(),
});
export const TotpEnrollConfirmRequest = z.object({ code: TotpCode });
export const TotpEnrollConfirmResponse = z.object({
  /** Shown once; only their hashes are stored. */
  recoveryCodes: z.array(z.string()),
  next: LoginStep,
});

export const PasswordChangeRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});
export const PasswordChangeResponse = z.object({ next: LoginStep });

export const Role = z.enum(ROLES);

export const MeResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    scope: RegionSummary.nullable(),
    totpEnabled: z.boolean(),
  }),
  session: z.object({ next: LoginStep }),
  abilities: z.array(z.enum(ACTIONS)),
});
export type MeResponse = z.infer<typeof MeResponse>;
