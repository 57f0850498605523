-- The audit trail as several hash chains ("lanes"), one per hash of the subject, so that writes
-- about different subjects do not queue behind one lock through each other's COMMIT. Events of one
-- subject stay in one lane, in order. Events recorded before this migration form lane 0.
-- See src/domain/audit-chain.ts (laneOf) and src/server/audit/.
ALTER TABLE audit_events ADD COLUMN lane smallint NOT NULL DEFAULT 0 CHECK (lane BETWEEN 0 AND 63);
CREATE INDEX audit_events_lane_seq ON audit_events (lane, seq);
