-- Intake: reports (laporan), tips (informasi awal) and findings (temuan), their reported parties
-- and evidence. See src/server/reports/. Reporter identity and witnesses are sealed with
-- AES-256-GCM (src/server/crypto/secretbox.ts); only masked forms are stored in clear.

-- Effective-dated deadline rules per regime (DOMAIN.md §1). Intake uses REPORT_WINDOW; case
-- handling adds its own codes. A rule applies from `effective_from` until a later row replaces it.
CREATE TABLE deadline_rules (
  regime          text NOT NULL CHECK (regime IN ('PILKADA', 'PEMILU')),
  code            text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  effective_from  date NOT NULL,
  days            integer NOT NULL CHECK (days BETWEEN 1 AND 366),
  unit            text NOT NULL CHECK (unit IN ('CALENDAR', 'WORKING')),
  source          text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
  PRIMARY KEY (regime, code, effective_from)
);
INSERT INTO deadline_rules (regime, code, effective_from, days, unit, source) VALUES
  ('PILKADA', 'REPORT_WINDOW', '2015-03-18', 7, 'CALENDAR',
   'UU 1/2015 Pasal 134 ayat (4) sebagaimana diubah UU 10/2016; Perbawaslu 8/2020 jo. 9/2024 (satuan "hari" dibaca hari kalender: verifikasi)'),
  ('PEMILU', 'REPORT_WINDOW', '2017-08-16', 7, 'WORKING',
   'UU 7/2017 Pasal 454 ayat (6); Perbawaslu 7/2022 (7 hari kerja)');

CREATE TABLE reports (
  id                     uuid PRIMARY KEY,
  kind                   text NOT NULL CHECK (kind IN ('REPORT', 'TIP', 'FINDING')),
  channel                text NOT NULL CHECK (channel IN ('WEB', 'WALK_IN', 'TIP', 'FINDING', 'MEDIA')),
  status                 text NOT NULL CHECK (status IN ('RECEIVED')),
  received_at            timestamptz NOT NULL,
  election_id            text REFERENCES elections (id),
  regime                 text NOT NULL CHECK (regime IN ('PILKADA', 'PEMILU')),
  -- The handling office: a province (governor's election) or a regency/city Bawaslu.
  office_code            text NOT NULL REFERENCES regions (code),
  incident_region_code   text REFERENCES regions (code),
  incident_on            date,
  incident_time          text CHECK (incident_time ~ '^\d{2}:\d{2}$'),
  place_detail           text,
  -- Date the reporter came to know of it (reports), discovery date (findings), tip date.
  known_on               date,
  governor_election      boolean NOT NULL DEFAULT false,
  description            text,
  acts                   text[] NOT NULL DEFAULT '{}',
  links                  text[] NOT NULL DEFAULT '{}',
  reporter_type          text CHECK (reporter_type IN ('VOTER', 'MONITOR', 'CANDIDATE_PAIR')),
  -- Sealed JSON {name, nik, address, phone, email}; the key id says which key sealed it.
  reporter_enc           text,
  name_masked            text,
  nik_masked             text,
  phone_masked           text,
  witnesses_enc          text,
  witness_count          integer NOT NULL DEFAULT 0,
  identity_key_id        text,
  requirements           jsonb,
  -- SHA-256 of the tracking code; the code itself is never stored.
  tracking_hash          char(64) UNIQUE,
  -- SHA-256 of the submitter's idempotency key and of the submission, for safe retries.
  idempotency_hash       char(64) UNIQUE,
  fingerprint            char(64),
  created_by             uuid REFERENCES users (id),
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  CHECK ((kind = 'REPORT') = (reporter_type IS NOT NULL OR channel = 'MEDIA'))
);
CREATE INDEX reports_office ON reports (office_code text_pattern_ops, received_at DESC);
CREATE INDEX reports_incident_region ON reports (incident_region_code text_pattern_ops);
CREATE INDEX reports_received ON reports (received_at DESC, id DESC);

CREATE TABLE report_parties (
  report_id        uuid NOT NULL REFERENCES reports (id),
  position         integer NOT NULL,
  name             text NOT NULL,
  subject_type     text NOT NULL,
  position_title   text,
  agency           text,
  region_code      text REFERENCES regions (code),
  identity_number  text,
  address          text,
  PRIMARY KEY (report_id, position)
);

-- Which office a report was routed to and why: the first routing and every re-routing.
CREATE TABLE report_routings (
  report_id     uuid NOT NULL REFERENCES reports (id),
  seq           integer NOT NULL,
  office_code   text NOT NULL REFERENCES regions (code),
  reason        text NOT NULL,
  routed_by     uuid REFERENCES users (id),
  routed_at     timestamptz NOT NULL,
  PRIMARY KEY (report_id, seq)
);

-- Evidence blobs, once per content hash; the bytes live in the blob store.
CREATE TABLE evidence_blobs (
  sha256       char(64) PRIMARY KEY,
  size         bigint NOT NULL CHECK (size > 0),
  media_type   text NOT NULL,
  stored_at    timestamptz NOT NULL
);

CREATE TABLE report_evidence (
  id           uuid PRIMARY KEY,
  report_id    uuid NOT NULL REFERENCES reports (id),
  position     integer NOT NULL,
  sha256       char(64) NOT NULL REFERENCES evidence_blobs (sha256),
  filename     text NOT NULL,
  added_at     timestamptz NOT NULL,
  added_by     uuid REFERENCES users (id),
  UNIQUE (report_id, position)
);
CREATE INDEX report_evidence_sha ON report_evidence (sha256);
