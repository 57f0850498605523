/**
 * Officer roles. Each has the region level its scope must be at (null = national, no scope code).
 * Labels are in the message catalogues (src/shared/i18n).
 */
export const ROLES = [
  'PKD',
  'PANWASLU_KECAMATAN',
  'BAWASLU_KABKOTA',
  'BAWASLU_PROVINSI',
  'BAWASLU_RI',
  'GAKKUMDU_PENYIDIK',
  'GAKKUMDU_JAKSA',
  'INSTANSI_PENERIMA',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Which scope levels a role may be given. An empty list means national only (scope null). */
export const ROLE_SCOPE_LEVELS: Record<Role, readonly (RegionLevel | 'national')[]> = {
  PKD: ['village'],
  PANWASLU_KECAMATAN: ['district'],
  BAWASLU_KABKOTA: ['regency'],
  BAWASLU_PROVINSI: ['province'],
  BAWASLU_RI: ['national'],
  GAKKUMDU_PENYIDIK: ['province', 'regency'],
  GAKKUMDU_JAKSA: ['province', 'regency'],
  INSTANSI_PENERIMA: ['national', 'province', 'regency'],
  ADMIN: ['national'],
};

/** Level of a Kemendagri code by its shape: 11 / 11.01 / 11.01.01 / 11.01.01.2001. */
export function levelOfCode(code: string): RegionLevel | null {
  const parts = code.split('.').length;
  return REGION_LEVELS[parts - 1] ?? null;
}

/** True when `code` is `scope` itself or lies under it; a null scope covers the whole country. */
export function withinScope(scope: string | null, code: string): boolean {
  return scope === null || code === scope || code.startsWith(scope + '.');
}
