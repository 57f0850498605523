-- Regions of Indonesia at four levels, Kemendagri codes (11 / 11.01 / 11.01.01 / 11.01.01.2001).
CREATE TABLE regions (
  code         text PRIMARY KEY,
  parent_code  text REFERENCES regions (code),
  level        text NOT NULL CHECK (level IN ('province', 'regency', 'district', 'village')),
  name         text NOT NULL,
  -- Province's zone, copied down so any region answers without a join.
  time_zone    text NOT NULL CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
  name_lower   text GENERATED ALWAYS AS (lower(name)) STORED,
  -- Name as searched: lower case, without the KABUPATEN / KOTA [ADMINISTRASI] prefix of regencies.
  search_name  text GENERATED ALWAYS AS (lower(regexp_replace(name, '^(KABUPATEN|KOTA)( ADMINISTRASI)? ', ''))) STORED,
  -- Regency: KABUPATEN or KOTA; village: DESA (code 2xxx) or KELURAHAN (code 1xxx).
  kind         text GENERATED ALWAYS AS (
                 CASE
                   WHEN level = 'regency' AND name LIKE 'KOTA %' THEN 'KOTA'
                   WHEN level = 'regency' THEN 'KABUPATEN'
                   WHEN level = 'village' AND substr(code, 10, 1) = '1' THEN 'KELURAHAN'
                   WHEN level = 'village' THEN 'DESA'
                 END) STORED,
  CHECK (code ~ '^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$')
);
CREATE INDEX regions_parent ON regions (parent_code);
CREATE INDEX regions_level ON regions (level);
-- Subtree lookups (`code LIKE '36.03.%'`) and name prefix lookups, whatever the database collation.
CREATE INDEX regions_code_pattern ON regions (code text_pattern_ops);
CREATE INDEX regions_search_name ON regions (search_name text_pattern_ops);

-- Which reference data sets have been loaded (regions, each seed file), so a restart does not
-- reload them and a row an admin deleted does not come back.
CREATE TABLE reference_loads (
  dataset    text PRIMARY KEY,
  loaded_at  timestamptz NOT NULL,
  detail     jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- Elections: Pilkada (regional heads) or Pemilu (national), with their stages and the regions
-- that hold them (a province for a governor's election, a regency/city for a bupati/walikota's).
CREATE TABLE elections (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  regime      text NOT NULL CHECK (regime IN ('PILKADA', 'PEMILU')),
  source      text CHECK (length(source) <= 1000),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);

CREATE TABLE election_stages (
  election_id  text NOT NULL REFERENCES elections (id) ON DELETE CASCADE,
  code         text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position     integer NOT NULL,
  starts_on    date NOT NULL,
  ends_on      date NOT NULL,
  PRIMARY KEY (election_id, code),
  CHECK (ends_on >= starts_on)
);

CREATE TABLE election_regions (
  election_id  text NOT NULL REFERENCES elections (id) ON DELETE CASCADE,
  region_code  text NOT NULL REFERENCES regions (code),
  -- Level of the office elected: province (governor) or regency (bupati / walikota).
  level        text NOT NULL CHECK (level IN ('province', 'regency')),
  PRIMARY KEY (election_id, region_code)
);
CREATE INDEX election_regions_region ON election_regions (region_code);

-- Days that do not count as working days: national holidays, collective leave (cuti bersama)
-- and voting days declared holidays. One row per date; `source` names the decree.
CREATE TABLE holidays (
  date        date PRIMARY KEY,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind        text NOT NULL CHECK (kind IN ('NATIONAL', 'COLLECTIVE_LEAVE', 'ELECTION_DAY')),
  source      text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
