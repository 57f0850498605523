-- Rate-limit counters need no crash safety (after a crash they start again from zero), and writing
-- them must not wait for a WAL flush: every public request takes a slot before anything else.
ALTER TABLE rate_limits SET UNLOGGED;
