/**
 * Region name search: how a typed query is read. Pure; the SQL lives in the regions repository.
 *
 * People type regions the way letters and news name them: "Kab. Tangerang", "Kota Tangerang",
 * "Kec. Cisauk", "Desa Suradita", "Kel. Sukasari". The leading word restricts the level (and for
 * regencies and villages the kind), the rest is the name. The whole query is also tried as a
 * literal name, because some places are called "Kota Baru" or "Desa Baru".
 */
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';
export type RegionKind = 'KABUPATEN' | 'KOTA' | 'DESA' | 'KELURAHAN';

export interface RegionQuery {
  /** The whole query, lower case, spaces collapsed. */
  literal: string;
  /** The name after a recognised prefix (lower case), or null when there is no prefix. */
  name: string | null;
  level: RegionLevel | null;
  kind: RegionKind | null;
}

const PREFIXES: ReadonlyArray<readonly [RegExp, RegionLevel, RegionKind | null]> = [
  [/^(?:kabupaten|kab)$/, 'regency', 'KABUPATEN'],
  [/^(?:kota|kot)$/, 'regency', 'KOTA'],
  [/^(?:kecamatan|kec)$/, 'district', null],
  [/^(?:desa|ds)$/, 'village', 'DESA'],
  [/^(?:kelurahan|kel)$/, 'village', 'KELURAHAN'],
  [/^(?:provinsi|prov|propinsi)$/, 'province', null],
];

export function normaliseQuery(q: string): string {
  return q.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function parseRegionQuery(q: string): RegionQuery {
  const literal = normaliseQuery(q);
  // A prefix word ends with "." or a space: "kab. tangerang", "kab.tangerang", "kab tangerang";
  // never inside a word ("kotabaru" is a name).
  const m = /^([a-z]+)(?:\.\s*|\s+)(.+)$/.exec(literal);
  if (m) {
    const word = m[1]!;
    const rest = m[2]!.trim();
    for (const [re, level, kind] of PREFIXES) {
      if (re.test(word) && rest.length > 0) return { literal, name: rest, level, kind };
    }
  }
  return { literal, name: null, level: null, kind: null };
}

/** Escapes `%`, `_` and `\` for a LIKE pattern (the default escape character is `\`). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
