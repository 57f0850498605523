import type { AnyRoute } from '../../http/route';
import { login } from './login';
import { logout } from './logout';
import { me } from './me';
import { passwordChange } from './password-change';
import { totpEnroll } from './totp-enroll';
import { totpEnrollConfirm } from './totp-enroll-confirm';
import { totpVerify } from './totp-verify';

export const authRoutes: AnyRoute[] = [login, totpVerify, totpEnroll, totpEnrollConfirm, passwordChange, logout, me];
