-- Audit trail: append-only, hash-chained. See src/domain/audit-chain.ts and src/server/audit/.
CREATE TABLE audit_events (
  seq          bigint PRIMARY KEY,
  occurred_at  timestamptz NOT NULL,
  actor_id     text,
  actor_label  text NOT NULL,
  action       text NOT NULL,
  subject_type text NOT NULL,
  subject_id   text,
  data         jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip           text,
  user_agent   text,
  request_id   text,
  prev_hash    char(64) NOT NULL,
  hash         char(64) NOT NULL UNIQUE
);
CREATE SEQUENCE audit_events_seq;
CREATE INDEX audit_events_subject ON audit_events (subject_type, subject_id);
CREATE INDEX audit_events_actor ON audit_events (actor_id, occurred_at);

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
