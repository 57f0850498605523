-- Regions of Indonesia at four levels, Kemendagri codes (11 / 11.01 / 11.01.01 / 11.01.01.2001).
CREATE TABLE regions (
  code         text PRIMARY KEY,
  parent_code  text REFERENCES regions (code),
  level        text NOT NULL CHECK (level IN ('province', 'regency', 'district', 'village')),
  name         text NOT NULL,
  -- Province's zone, copied down so any region answers without a join.
  time_zone    text NOT NULL CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'))
);
CREATE INDEX regions_parent ON regions (parent_code);
CREATE INDEX regions_level ON regions (level);
