-- The audit log is append-only: history is rendered from these rows alone, so no code path may
-- rewrite or remove one. The database refuses it, whatever the caller, as the SQLite triggers do
-- (same message). TRUNCATE fires no row trigger, hence the statement trigger. The error is in the
-- integrity-constraint class (23000), like SQLite's SQLITE_CONSTRAINT_TRIGGER.
CREATE FUNCTION "events_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only'
    USING ERRCODE = 'integrity_constraint_violation', DETAIL = TG_OP || ' on events is refused';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "events_no_update" BEFORE UPDATE ON "events"
  FOR EACH ROW EXECUTE FUNCTION "events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "events_no_delete" BEFORE DELETE ON "events"
  FOR EACH ROW EXECUTE FUNCTION "events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "events_no_truncate" BEFORE TRUNCATE ON "events"
  FOR EACH STATEMENT EXECUTE FUNCTION "events_refuse_change"();
