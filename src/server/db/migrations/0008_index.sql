-- Vulnerability index (Indeks Kerawanan Pemilu, DOMAIN.md §6): cut points, the indicator
-- catalogue and its versions, indicator values, ASN headcounts (the denominator of neutrality
-- rates), and editions of the index with their scores. See src/server/index-editions/.
-- Everything here is aggregate data about regions: no personal data.

-- Category boundaries by level, effective-dated (a new edition of the index may change them).
-- inclusive 'UPPER': a score exactly on a cut point belongs to the upper category
-- (low < low_cut ≤ medium < high_cut ≤ high); 'LOWER': it belongs to the lower one.
CREATE TABLE index_cut_points (
  level           text NOT NULL CHECK (level IN ('province', 'regency')),
  effective_from  date NOT NULL,
  low             numeric NOT NULL CHECK (low >= 0 AND low <= 100),
  high            numeric NOT NULL CHECK (high >= 0 AND high <= 100),
  inclusive       text NOT NULL CHECK (inclusive IN ('UPPER', 'LOWER')),
  source          text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
  PRIMARY KEY (level, effective_from),
  CHECK (low < high)
);
INSERT INTO index_cut_points (level, effective_from, low, high, inclusive, source) VALUES
  ('province', '2022-12-16', 21.7, 68.5, 'UPPER',
   'Bawaslu, Indeks Kerawanan Pemilu 2024 (peluncuran 2022-12-16): provinsi rendah < 21,7 ≤ sedang < 68,5 ≤ tinggi'),
  ('regency', '2022-12-16', 13.47, 49.33, 'UPPER',
   'Bawaslu, Indeks Kerawanan Pemilu 2024 (peluncuran 2022-12-16): kabupaten/kota rendah < 13,47 ≤ sedang < 49,33 ≤ tinggi');

-- The indicator catalogue: dimensions → sub-dimensions → indicators. Weights are relative among
-- siblings (the engine divides by their sum) and are data an admin may edit.
CREATE TABLE index_dimensions (
  code    text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
  name    text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  weight  double precision NOT NULL CHECK (weight > 0)
);

CREATE TABLE index_sub_dimensions (
  code            text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
  dimension_code  text NOT NULL REFERENCES index_dimensions (code),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  weight          double precision NOT NULL CHECK (weight > 0)
);
CREATE INDEX index_sub_dimensions_dimension ON index_sub_dimensions (dimension_code);

CREATE TABLE index_indicators (
  code                text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
  sub_dimension_code  text NOT NULL REFERENCES index_sub_dimensions (code),
  name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  weight              double precision NOT NULL CHECK (weight > 0),
  direction           text NOT NULL CHECK (direction IN ('HIGHER_MORE_VULNERABLE', 'HIGHER_LESS_VULNERABLE')),
  level               text NOT NULL CHECK (level IN ('province', 'regency')),
  source_kind         text NOT NULL CHECK (source_kind IN ('IMPORTED', 'COMPUTED')),
  unit                text CHECK (unit IS NULL OR length(unit) BETWEEN 1 AND 100),
  active              boolean NOT NULL DEFAULT true
);
CREATE INDEX index_indicators_sub_dimension ON index_indicators (sub_dimension_code);

-- Each change of the catalogue is a new version with a snapshot of the whole catalogue, so an
-- edition can say (and show) exactly which indicators and weights it was computed with.
CREATE TABLE index_catalogue_versions (
  version     integer PRIMARY KEY CHECK (version > 0),
  created_at  timestamptz NOT NULL,
  created_by  uuid,
  snapshot    jsonb NOT NULL
);

-- Raw indicator values per region and observation date (imported, or computed by Netra). Finite
-- only: PostgreSQL orders NaN above Infinity, so the CHECK refuses it too.
CREATE TABLE indicator_values (
  region_code     text NOT NULL REFERENCES regions (code),
  indicator_code  text NOT NULL REFERENCES index_indicators (code),
  observed_on     date NOT NULL,
  value           double precision NOT NULL CHECK (value > '-Infinity' AND value < 'Infinity'),
  source          text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
  imported_at     timestamptz NOT NULL,
  PRIMARY KEY (region_code, indicator_code, observed_on)
);
CREATE INDEX indicator_values_indicator ON indicator_values (indicator_code, observed_on);

-- Civil servants (PNS and PPPK) per region: the denominator of "findings per 10,000 ASN".
CREATE TABLE asn_headcounts (
  region_code  text NOT NULL REFERENCES regions (code),
  as_of        date NOT NULL,
  pns          integer NOT NULL CHECK (pns >= 0),
  pppk         integer NOT NULL CHECK (pppk >= 0),
  source       text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
  PRIMARY KEY (region_code, as_of)
);

-- An edition of the index: PUBLISHED (figures published by Bawaslu, loaded as data) or LIVE
-- (computed by Netra from indicator values with a catalogue version).
CREATE TABLE index_editions (
  id                 text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  kind               text NOT NULL CHECK (kind IN ('PUBLISHED', 'LIVE')),
  level              text NOT NULL CHECK (level IN ('province', 'regency')),
  title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  published_on       date NOT NULL,
  source             text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
  catalogue_version  integer REFERENCES index_catalogue_versions (version),
  computed_at        timestamptz,
  created_at         timestamptz NOT NULL,
  CHECK (kind = 'PUBLISHED' OR (catalogue_version IS NOT NULL AND computed_at IS NOT NULL))
);

CREATE TABLE index_scores (
  edition_id   text NOT NULL REFERENCES index_editions (id) ON DELETE CASCADE,
  region_code  text NOT NULL REFERENCES regions (code),
  -- Null when the region has too little data to be scored (a LIVE edition).
  score        double precision CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  category     text CHECK (category IS NULL OR category IN ('LOW', 'MEDIUM', 'HIGH')),
  rank         integer CHECK (rank IS NULL OR rank > 0),
  breakdown    jsonb,
  PRIMARY KEY (edition_id, region_code),
  CHECK ((score IS NULL) = (category IS NULL) AND (score IS NULL) = (rank IS NULL))
);
CREATE INDEX index_scores_region ON index_scores (region_code);
