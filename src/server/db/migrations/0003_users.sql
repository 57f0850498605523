-- Officers, their sessions and login protection. See src/server/auth/.
CREATE TABLE users (
  id                    uuid PRIMARY KEY,
  username              text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name          text NOT NULL,
  email                 text,
  role                  text NOT NULL CHECK (role IN ('PKD', 'PANWASLU_KECAMATAN', 'BAWASLU_KABKOTA',
                          'BAWASLU_PROVINSI', 'BAWASLU_RI', 'GAKKUMDU_PENYIDIK', 'GAKKUMDU_JAKSA',
                          'INSTANSI_PENERIMA', 'ADMIN')),
  -- Null: the whole country. Which level a role may have is checked by the service (ROLE_SCOPE_LEVELS).
  scope_code            text REFERENCES regions (code),
  -- scrypt with its parameters and salt; see src/server/auth/password.ts.
  password_hash         text NOT NULL,
  must_change_password  boolean NOT NULL DEFAULT true,
  password_changed_at   timestamptz,
  -- TOTP secrets sealed with AES-256-GCM (src/server/crypto/secretbox.ts), never in clear.
  totp_secret_enc       text,
  totp_pending_enc      text,
  totp_enabled_at       timestamptz,
  -- Last accepted TOTP time step: a code is refused for any step at or before it (no replay).
  totp_last_step        bigint,
  last_login_at         timestamptz,
  disabled_at           timestamptz,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL
);
CREATE INDEX users_scope ON users (scope_code);

CREATE TABLE recovery_codes (
  user_id    uuid NOT NULL REFERENCES users (id),
  code_hash  char(64) NOT NULL,
  used_at    timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- Server-side sessions; the cookie holds a random token, only its SHA-256 is stored.
CREATE TABLE sessions (
  token_hash    char(64) PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users (id),
  mfa_passed    boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Fixed-window counters shared by every app instance (login attempts, public endpoints).
CREATE TABLE rate_limits (
  key           text NOT NULL,
  window_start  timestamptz NOT NULL,
  hits          integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limits_window ON rate_limits (window_start);
