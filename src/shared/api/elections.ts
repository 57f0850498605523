import { z } from 'zod';
import { IsoDate, PageQuery, RegionCode, page } from './common';
import { RegionLevel } from './regions';

/** A real calendar date 'YYYY-MM-DD' (rejects 2025-02-29, 2024-13-01). */
export const CalendarDate = IsoDate.refine(isCalendarDate, { message: 'Tanggal tidak valid / Invalid date' });

export const Regime = z.enum(['PILKADA', 'PEMILU']);
export type Regime = z.infer<typeof Regime>;

/** A readable, stable identifier chosen by whoever records the election, e.g. `pilkada-2024`. */
export const ElectionId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,62}$/,
    'Huruf kecil, angka dan tanda hubung, mis. pilkada-2024 / lower case, digits and dashes',
  );

export const StageCode = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9_]{1,63}$/,
    'Huruf besar dan garis bawah, mis. CAMPAIGN / upper case and underscores, e.g. CAMPAIGN',
  );

const Text = (max: number) => z.string().trim().min(1).max(max);

export const ElectionStage = z
  .strictObject({
    code: StageCode,
    name: Text(200),
    startsOn: CalendarDate,
    endsOn: CalendarDate,
  })
  .refine((s) => s.endsOn >= s.startsOn, {
    message: 'Tanggal selesai sebelum tanggal mulai / endsOn is before startsOn',
    path: ['endsOn'],
  });
export type ElectionStage = z.infer<typeof ElectionStage>;

const Stages = z
  .array(ElectionStage)
  .min(1)
  .max(50)
  .refine((stages) => new Set(stages.map((s) => s.code)).size === stages.length, {
    message: 'Kode tahapan ganda / duplicate stage code',
  });

/** Codes of the provinces (governor) and regencies/cities (bupati/walikota) that hold it. */
const RegionCodes = z
  .array(RegionCode)
  .max(1000)
  .refine((codes) => codes.every((c) => /^\d{2}(\.\d{2})?$/.test(c)), {
    message: 'Hanya provinsi atau kabupaten/kota / only provinces or regencies/cities',
  })
  .refine((codes) => new Set(codes).size === codes.length, { message: 'Kode wilayah ganda / duplicate region code' });

export const ElectionCreate = z.strictObject({
  id: ElectionId,
  name: Text(200),
  regime: Regime,
  source: Text(1000).nullable().optional(),
  stages: Stages,
  regions: RegionCodes.default([]),
});
export type ElectionCreate = z.infer<typeof ElectionCreate>;

/** Fields given replace the stored ones (stages and regions as whole lists). */
export const ElectionUpdate = z
  .strictObject({
    name: Text(200).optional(),
    regime: Regime.optional(),
    source: Text(1000).nullable().optional(),
    stages: Stages.optional(),
    regions: RegionCodes.optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), { message: 'Tidak ada perubahan / nothing to change' });
export type ElectionUpdate = z.infer<typeof ElectionUpdate>;

export const ElectionParams = z.object({ id: ElectionId });

export const ElectionSummary = z.object({
  id: z.string(),
  name: z.string(),
  regime: Regime,
  source: z.string().nullable(),
  stages: z.array(z.object({ code: z.string(), name: z.string(), startsOn: IsoDate, endsOn: IsoDate })),
  regionCounts: z.object({ province: z.number().int(), regency: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ElectionSummary = z.infer<typeof ElectionSummary>;

export const ElectionRegion = z.object({ code: RegionCode, name: z.string(), level: RegionLevel });

export const ElectionDetail = ElectionSummary.extend({ regions: z.array(ElectionRegion) });
export type ElectionDetail = z.infer<typeof ElectionDetail>;

export const ElectionListQuery = PageQuery.extend({
  regime: Regime.optional(),
  /** Elections held in this region or in a region above it (a village sees its regency's and province's). */
  region: RegionCode.optional(),
});
export type ElectionListQuery = z.infer<typeof ElectionListQuery>;

export const ElectionPage = page(ElectionSummary);

// Holidays -------------------------------------------------------------------------------------

export const HolidayKind = z.enum(['NATIONAL', 'COLLECTIVE_LEAVE', 'ELECTION_DAY']);
export type HolidayKind = z.infer<typeof HolidayKind>;

export const Holiday = z.strictObject({
  date: CalendarDate,
  name: Text(200),
  kind: HolidayKind,
  /** The decree it comes from, e.g. "SKB 3 Menteri No. 855/2023, 3/2023, 4/2023". */
  source: Text(500),
});
export type Holiday = z.infer<typeof Holiday>;

export const HolidayOut = z.object({ date: IsoDate, name: z.string(), kind: HolidayKind, source: z.string() });

export const HolidayListQuery = PageQuery.extend({
  year: z.coerce.number().int().min(1900).max(2199).optional(),
});

export const HolidayPage = page(HolidayOut);

export const HolidayUpsert = z.strictObject({
  holidays: z
    .array(Holiday)
    .min(1)
    .max(1000)
    .refine((hs) => new Set(hs.map((h) => h.date)).size === hs.length, { message: 'Tanggal ganda / duplicate date' }),
});
export type HolidayUpsert = z.infer<typeof HolidayUpsert>;

export const HolidayUpsertResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  items: z.array(HolidayOut),
});

export const HolidayParams = z.object({ date: CalendarDate });

/** True for a real date 'YYYY-MM-DD' between the years 1900 and 2199. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || d < 1) return false;
  const dim =
    mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return d <= dim;
}
