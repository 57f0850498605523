-- Case handling (DOMAIN.md §2–5): cases, their timeline and deadlines, register numbers,
-- categories, forwardings and follow-up, Sentra Gakkumdu, official documents, the e-mail outbox.
-- See src/server/cases/. Legal rules are effective-dated reference data with their sources.

-- ---- Reference data ----

-- Deadline rules of case handling, beside intake's REPORT_WINDOW (DOMAIN.md §1, §3).
INSERT INTO deadline_rules (regime, code, effective_from, days, unit, source) VALUES
  ('PILKADA', 'COMPLETION', '2020-07-01', 2, 'CALENDAR',
   'Perbawaslu 8/2020 jo. 9/2024: kelengkapan laporan 2 hari (DOMAIN.md: 2–3 hari, verifikasi)'),
  ('PILKADA', 'DECISION', '2016-07-01', 3, 'CALENDAR',
   'UU 10/2016 Pasal 134 ayat (5): diputus paling lama 3 hari setelah laporan diterima'),
  ('PILKADA', 'DECISION_EXTENSION', '2016-07-01', 2, 'CALENDAR',
   'UU 10/2016 Pasal 134 ayat (6): dapat ditambah paling lama 2 hari bila memerlukan keterangan tambahan'),
  ('PILKADA', 'FORWARDING_REPLY', '2020-07-01', 14, 'WORKING',
   'Kebiasaan penerusan ke instansi berwenang: jawaban diharapkan 14 hari kerja (verifikasi, dapat diubah)'),
  ('PEMILU', 'COMPLETION', '2022-12-01', 3, 'WORKING',
   'Perbawaslu 7/2022: kelengkapan laporan (verifikasi)'),
  ('PEMILU', 'DECISION', '2017-08-16', 7, 'WORKING',
   'UU 7/2017 Pasal 454 ayat (7): 7 hari kerja setelah laporan diterima dan diregistrasi'),
  ('PEMILU', 'DECISION_EXTENSION', '2017-08-16', 7, 'WORKING',
   'UU 7/2017 Pasal 454 ayat (8): paling lama 14 hari kerja bila memerlukan keterangan tambahan'),
  ('PEMILU', 'FORWARDING_REPLY', '2022-12-01', 14, 'WORKING',
   'Kebiasaan penerusan ke instansi berwenang: jawaban diharapkan 14 hari kerja (verifikasi, dapat diubah)');

-- Sentra Gakkumdu steps after forwarding (DOMAIN.md §3). Bawaslu's guidance counts the first four in
-- working days; the court steps are read as calendar days (verify, editable).
INSERT INTO deadline_rules (regime, code, effective_from, days, unit, source)
SELECT r.regime, s.code, s.effective_from::date, s.days, s.unit, s.source
  FROM (VALUES ('PILKADA'), ('PEMILU')) AS r (regime)
 CROSS JOIN (VALUES
  ('INVESTIGATION', '2016-07-01', 14, 'WORKING', 'UU 10/2016 Pasal 146 ayat (1): penyidikan, berkas ke penuntut umum 14 hari (hari kerja menurut pedoman Bawaslu)'),
  ('FILE_RETURN', '2016-07-01', 3, 'WORKING', 'UU 10/2016 Pasal 146 ayat (3): berkas belum lengkap dikembalikan 3 hari'),
  ('FILE_COMPLETION', '2016-07-01', 3, 'WORKING', 'UU 10/2016 Pasal 146 ayat (3): penyidik melengkapi berkas 3 hari'),
  ('TO_COURT', '2016-07-01', 5, 'WORKING', 'UU 10/2016 Pasal 146 ayat (4): penuntut umum melimpahkan ke pengadilan 5 hari'),
  ('DISTRICT_VERDICT', '2016-07-01', 7, 'CALENDAR', 'UU 1/2015 Pasal 148 ayat (1): putusan pengadilan negeri 7 hari (verifikasi satuan)'),
  ('APPEAL', '2016-07-01', 3, 'CALENDAR', 'UU 1/2015 Pasal 148 ayat (2): permohonan banding 3 hari (verifikasi satuan)'),
  ('TO_HIGH_COURT', '2016-07-01', 3, 'CALENDAR', 'UU 1/2015 Pasal 148 ayat (3): berkas ke pengadilan tinggi 3 hari (verifikasi satuan)'),
  ('HIGH_COURT_VERDICT', '2016-07-01', 7, 'CALENDAR', 'UU 1/2015 Pasal 148 ayat (4): putusan pengadilan tinggi 7 hari, final (verifikasi satuan)')
 ) AS s (code, effective_from, days, unit, source);

-- Who receives a decided case, by category and subject type, by the date of the act (DOMAIN.md §4).
-- `subject_type` '*' applies to every subject without a rule of its own; `effective_to` is inclusive.
CREATE TABLE routing_rules (
  category        text NOT NULL CHECK (category IN ('ADMINISTRATIVE', 'ADMINISTRATIVE_TSM', 'ETHICS', 'CRIME', 'OTHER_LAWS')),
  subject_type    text NOT NULL,
  effective_from  date NOT NULL,
  effective_to    date,
  body            text NOT NULL,
  source          text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
  PRIMARY KEY (category, subject_type, effective_from),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
INSERT INTO routing_rules (category, subject_type, effective_from, effective_to, body, source) VALUES
  ('ADMINISTRATIVE', '*', '2015-03-18', NULL, 'KPU', 'UU 1/2015 jo. UU 10/2016 Pasal 138–139: pelanggaran administrasi diteruskan ke KPU'),
  ('ADMINISTRATIVE_TSM', '*', '2016-07-01', NULL, 'BAWASLU_PROVINSI', 'UU 10/2016 Pasal 135A: pelanggaran administrasi TSM diperiksa Bawaslu Provinsi'),
  ('ETHICS', '*', '2015-03-18', NULL, 'DKPP', 'UU 1/2015 Pasal 136–137: pelanggaran kode etik penyelenggara ke DKPP'),
  ('CRIME', '*', '2015-03-18', NULL, 'GAKKUMDU', 'UU 10/2016 Pasal 152: tindak pidana pemilihan melalui Sentra Gakkumdu'),
  ('OTHER_LAWS', 'PNS', '2014-01-15', '2024-08-23', 'KASN', 'UU 5/2014: pengawasan netralitas ASN oleh KASN sampai 2024-08-23'),
  ('OTHER_LAWS', 'PPPK', '2014-01-15', '2024-08-23', 'KASN', 'UU 5/2014: pengawasan netralitas ASN oleh KASN sampai 2024-08-23'),
  ('OTHER_LAWS', 'CAMAT', '2014-01-15', '2024-08-23', 'KASN', 'UU 5/2014: pengawasan netralitas ASN oleh KASN sampai 2024-08-23'),
  ('OTHER_LAWS', 'LURAH', '2014-01-15', '2024-08-23', 'KASN', 'UU 5/2014: pengawasan netralitas ASN oleh KASN sampai 2024-08-23'),
  ('OTHER_LAWS', 'PNS', '2024-08-24', NULL, 'BKN', 'UU 20/2023 dan Perpres 1/2024: tugas pengawasan KASN beralih ke BKN (Deputi Wasdal)'),
  ('OTHER_LAWS', 'PPPK', '2024-08-24', NULL, 'BKN', 'UU 20/2023 dan Perpres 1/2024: tugas pengawasan KASN beralih ke BKN (Deputi Wasdal)'),
  ('OTHER_LAWS', 'CAMAT', '2024-08-24', NULL, 'BKN', 'UU 20/2023 dan Perpres 1/2024: tugas pengawasan KASN beralih ke BKN (Deputi Wasdal)'),
  ('OTHER_LAWS', 'LURAH', '2024-08-24', NULL, 'BKN', 'UU 20/2023 dan Perpres 1/2024: tugas pengawasan KASN beralih ke BKN (Deputi Wasdal)'),
  ('OTHER_LAWS', 'KEPALA_DESA', '2014-01-15', NULL, 'BUPATI_WALIKOTA', 'UU 6/2014 (Desa) Pasal 29–30: sanksi kepala desa oleh Bupati/Walikota'),
  ('OTHER_LAWS', 'PERANGKAT_DESA', '2014-01-15', NULL, 'BUPATI_WALIKOTA', 'UU 6/2014 (Desa) Pasal 51–52: melalui kepala desa (rekomendasi camat: verifikasi)'),
  ('OTHER_LAWS', 'POLRI', '2002-01-08', NULL, 'PROPAM', 'UU 2/2002: disiplin dan kode etik anggota Polri (Propam / atasan)'),
  ('OTHER_LAWS', 'TNI', '2004-10-16', NULL, 'ANKUM', 'UU 34/2004: hukum disiplin militer oleh Ankum / Polisi Militer (verifikasi)'),
  ('OTHER_LAWS', 'PENYELENGGARA', '2015-03-18', NULL, 'DKPP', 'Kode etik penyelenggara pemilihan: DKPP'),
  ('OTHER_LAWS', 'PEJABAT_DAERAH', '2014-10-02', NULL, 'KEMENDAGRI', 'UU 23/2014: pembinaan pejabat daerah oleh Kemendagri (verifikasi)');

-- Criminal liability under Pasal 188 by subject type and date of the act (DOMAIN.md §3).
CREATE TABLE liability_rules (
  article         text NOT NULL CHECK (article IN ('PASAL_188')),
  subject_type    text NOT NULL,
  effective_from  date NOT NULL,
  source          text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
  PRIMARY KEY (article, subject_type, effective_from)
);
INSERT INTO liability_rules (article, subject_type, effective_from, source) VALUES
  ('PASAL_188', 'PNS', '2016-07-01', 'UU 10/2016 Pasal 188: pejabat ASN'),
  ('PASAL_188', 'PPPK', '2016-07-01', 'UU 10/2016 Pasal 188: pejabat ASN'),
  ('PASAL_188', 'CAMAT', '2016-07-01', 'UU 10/2016 Pasal 188: pejabat ASN'),
  ('PASAL_188', 'LURAH', '2016-07-01', 'UU 10/2016 Pasal 188: kepala desa atau sebutan lain/lurah'),
  ('PASAL_188', 'KEPALA_DESA', '2016-07-01', 'UU 10/2016 Pasal 188: kepala desa atau sebutan lain/lurah'),
  ('PASAL_188', 'PEJABAT_DAERAH', '2024-11-14', 'Putusan MK 136/PUU-XXII/2024 (2024-11-14): pejabat daerah'),
  ('PASAL_188', 'TNI', '2024-11-14', 'Putusan MK 136/PUU-XXII/2024 (2024-11-14): anggota TNI'),
  ('PASAL_188', 'POLRI', '2024-11-14', 'Putusan MK 136/PUU-XXII/2024 (2024-11-14): anggota Polri');

-- A receiving body's officers (role INSTANSI_PENERIMA) belong to one body.
ALTER TABLE users ADD COLUMN body text CHECK (body IS NULL OR body ~ '^[A-Z_]{2,40}$');

-- ---- Cases ----

CREATE TABLE cases (
  id                    uuid PRIMARY KEY,
  kind                  text NOT NULL CHECK (kind IN ('REPORT', 'FINDING')),
  status                text NOT NULL CHECK (status IN ('RECEIVED', 'INITIAL_REVIEW', 'NEEDS_COMPLETION',
                          'NOT_REGISTERED', 'REGISTERED', 'CLARIFICATION', 'ANALYSIS', 'PLENARY', 'NOT_VIOLATION',
                          'VIOLATION', 'FORWARDED', 'FOLLOW_UP_RECEIVED', 'CLOSED', 'WITHDRAWN', 'MERGED')),
  is_open               boolean GENERATED ALWAYS AS (status NOT IN ('NOT_REGISTERED', 'NOT_VIOLATION', 'CLOSED',
                          'WITHDRAWN', 'MERGED')) STORED,
  regime                text NOT NULL CHECK (regime IN ('PILKADA', 'PEMILU')),
  election_id           text REFERENCES elections (id),
  governor_election     boolean NOT NULL DEFAULT false,
  -- The handling office (a province or regency/city Bawaslu) and its province, for the inbox.
  office_code           text NOT NULL REFERENCES regions (code),
  province_code         text NOT NULL,
  incident_region_code  text REFERENCES regions (code),
  -- Zone of the incident region: deadlines end at the end of a day there.
  time_zone             text NOT NULL CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
  received_at           timestamptz NOT NULL,
  act_on                date,
  requirements_met      boolean NOT NULL,
  decision_extended     boolean NOT NULL DEFAULT false,
  register_number       text UNIQUE,
  registered_at         timestamptz,
  not_registered_reason text,
  merged_into           uuid REFERENCES cases (id),
  -- Denormalised for the inbox: the nearest open deadline, parties' subject types, acts, categories.
  next_deadline_code    text,
  next_deadline_at      timestamptz,
  subject_types         text[] NOT NULL DEFAULT '{}',
  acts                  text[] NOT NULL DEFAULT '{}',
  categories            text[] NOT NULL DEFAULT '{}',
  closed_at             timestamptz,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL
);
-- Inbox orders: nearest deadline first, per office, per province, nationally (open cases).
CREATE INDEX cases_office_deadline ON cases (office_code, next_deadline_at, id) WHERE is_open;
CREATE INDEX cases_province_deadline ON cases (province_code, next_deadline_at, id) WHERE is_open;
CREATE INDEX cases_deadline ON cases (next_deadline_at, id) WHERE is_open;
CREATE INDEX cases_office_received ON cases (office_code, received_at DESC);
CREATE INDEX cases_province_received ON cases (province_code, received_at DESC);
CREATE INDEX cases_incident_region ON cases (incident_region_code text_pattern_ops);

ALTER TABLE reports ADD COLUMN case_id uuid REFERENCES cases (id);
-- Whether the sealed identity holds an e-mail address (status notices go there); the address stays sealed.
ALTER TABLE reports ADD COLUMN has_email boolean NOT NULL DEFAULT false;
CREATE INDEX reports_case ON reports (case_id);

-- A case's reported parties: the parties of its reports, numbered within the case.
CREATE TABLE case_parties (
  case_id          uuid NOT NULL REFERENCES cases (id),
  position         integer NOT NULL,
  report_id        uuid NOT NULL REFERENCES reports (id),
  report_position  integer NOT NULL,
  name             text NOT NULL,
  subject_type     text NOT NULL,
  position_title   text,
  agency           text,
  region_code      text REFERENCES regions (code),
  identity_number  text,
  PRIMARY KEY (case_id, position)
);

-- The timeline: every command, its reason, whether the reporter sees it.
CREATE TABLE case_events (
  case_id      uuid NOT NULL REFERENCES cases (id),
  seq          integer NOT NULL,
  command      text NOT NULL,
  from_status  text NOT NULL,
  to_status    text NOT NULL,
  reason_code  text,
  note         text,
  public       boolean NOT NULL,
  data         jsonb NOT NULL DEFAULT '{}',
  actor_id     uuid REFERENCES users (id),
  at           timestamptz NOT NULL,
  PRIMARY KEY (case_id, seq)
);

-- Every deadline of a case: decision, completion, each forwarding's reply (ref = forwarding id),
-- each Gakkumdu step. Stored as the instant it ends, with the rule version used.
CREATE TABLE case_deadlines (
  case_id              uuid NOT NULL REFERENCES cases (id),
  code                 text NOT NULL,
  ref                  text NOT NULL DEFAULT '',
  start_on             date NOT NULL,
  last_day             date NOT NULL,
  due_at               timestamptz NOT NULL,
  rule_regime          text NOT NULL,
  rule_effective_from  date NOT NULL,
  extended_from        date,
  met_at               timestamptz,
  PRIMARY KEY (case_id, code, ref)
);
CREATE INDEX case_deadlines_open ON case_deadlines (due_at) WHERE met_at IS NULL;

-- Categories decided per reported party.
CREATE TABLE case_categories (
  case_id         uuid NOT NULL REFERENCES cases (id),
  party_position  integer NOT NULL,
  category        text NOT NULL,
  PRIMARY KEY (case_id, party_position, category)
);

-- Gap-free counters: register numbers per office, year and kind; document numbers per office, year
-- and kind. Taken inside the transaction that uses them (a row lock; a rollback gives it back).
CREATE TABLE counters (
  office_code  text NOT NULL,
  year         integer NOT NULL,
  series       text NOT NULL,
  last_number  integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (office_code, year, series)
);

CREATE TABLE forwardings (
  id                 uuid PRIMARY KEY,
  case_id            uuid NOT NULL REFERENCES cases (id),
  party_position     integer NOT NULL,
  category           text NOT NULL,
  body               text NOT NULL,
  body_detail        text,
  letter_number      text NOT NULL,
  letter_date        date NOT NULL,
  expected_reply_on  date NOT NULL,
  expected_reply_at  timestamptz NOT NULL,
  status             text NOT NULL DEFAULT 'SENT',
  final              boolean NOT NULL DEFAULT false,
  rule_effective_from date,
  created_by         uuid REFERENCES users (id),
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL
);
CREATE INDEX forwardings_case ON forwardings (case_id);
CREATE INDEX forwardings_body_open ON forwardings (body, expected_reply_at) WHERE NOT final;

CREATE TABLE follow_ups (
  forwarding_id  uuid NOT NULL REFERENCES forwardings (id),
  seq            integer NOT NULL,
  status         text NOT NULL,
  sanctions      jsonb NOT NULL DEFAULT '[]',
  note           text,
  recorded_by    uuid REFERENCES users (id),
  recorded_at    timestamptz NOT NULL,
  PRIMARY KEY (forwarding_id, seq)
);

-- Sentra Gakkumdu: a case shared with the centre of the handling office.
CREATE TABLE gakkumdu_cases (
  case_id      uuid PRIMARY KEY REFERENCES cases (id),
  centre_code  text NOT NULL REFERENCES regions (code),
  stage        text NOT NULL,
  article      text,
  opened_by    uuid REFERENCES users (id),
  opened_at    timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX gakkumdu_cases_centre ON gakkumdu_cases (centre_code);

CREATE TABLE gakkumdu_discussions (
  case_id      uuid NOT NULL REFERENCES gakkumdu_cases (case_id),
  seq          integer NOT NULL,
  stage        text NOT NULL,
  held_on      date NOT NULL,
  article      text NOT NULL,
  conclusion   text NOT NULL,
  minutes      text NOT NULL,
  recorded_by  uuid REFERENCES users (id),
  recorded_at  timestamptz NOT NULL,
  PRIMARY KEY (case_id, seq)
);

-- Official documents issued for a case; the bytes live in the blob store under their hash.
CREATE TABLE case_documents (
  id                uuid PRIMARY KEY,
  case_id           uuid NOT NULL REFERENCES cases (id),
  kind              text NOT NULL,
  number            text NOT NULL UNIQUE,
  sha256            char(64) NOT NULL REFERENCES evidence_blobs (sha256),
  template_version  integer NOT NULL,
  forwarding_id     uuid REFERENCES forwardings (id),
  created_by        uuid REFERENCES users (id),
  created_at        timestamptz NOT NULL
);
CREATE INDEX case_documents_case ON case_documents (case_id);

-- Templates edited by an admin; version 0 is the built-in default (src/server/documents/).
CREATE TABLE document_templates (
  kind        text NOT NULL,
  version     integer NOT NULL CHECK (version > 0),
  title       text NOT NULL,
  body        text NOT NULL,
  updated_by  uuid REFERENCES users (id),
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (kind, version)
);

-- E-mail to reporters, sent by a worker that retries. The address is sealed like the identity.
CREATE TABLE outbox_emails (
  id               uuid PRIMARY KEY,
  to_enc           text NOT NULL,
  key_id           text NOT NULL,
  subject          text NOT NULL,
  body_text        text NOT NULL,
  case_id          uuid REFERENCES cases (id),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  sent_at          timestamptz,
  last_error       text,
  created_at       timestamptz NOT NULL
);
CREATE INDEX outbox_emails_due ON outbox_emails (next_attempt_at) WHERE sent_at IS NULL;

-- Reports received before case handling existed become one case each.
INSERT INTO cases (id, kind, status, regime, election_id, governor_election, office_code, province_code,
                   incident_region_code, time_zone, received_at, act_on, requirements_met, subject_types, acts,
                   created_at, updated_at)
SELECT r.id, r.kind, 'RECEIVED', r.regime, r.election_id, r.governor_election, r.office_code,
       substr(r.office_code, 1, 2), r.incident_region_code,
       coalesce((SELECT time_zone FROM regions WHERE code = r.incident_region_code),
                (SELECT time_zone FROM regions WHERE code = r.office_code)),
       r.received_at, r.incident_on, coalesce((r.requirements ->> 'allMet')::boolean, false),
       coalesce((SELECT array_agg(DISTINCT p.subject_type) FROM report_parties p WHERE p.report_id = r.id), '{}'),
       r.acts, r.created_at, r.updated_at
  FROM reports r WHERE r.kind IN ('REPORT', 'FINDING');
UPDATE reports SET case_id = id WHERE kind IN ('REPORT', 'FINDING');
INSERT INTO case_parties (case_id, position, report_id, report_position, name, subject_type, position_title, agency,
                          region_code, identity_number)
SELECT p.report_id, p.position, p.report_id, p.position, p.name, p.subject_type, p.position_title, p.agency,
       p.region_code, p.identity_number
  FROM report_parties p JOIN reports r ON r.id = p.report_id WHERE r.kind IN ('REPORT', 'FINDING');
