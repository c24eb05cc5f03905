-- Every audit event of a report is announced on the channel factcheck_audit when its transaction
-- commits (NOTIFY is transactional: a rolled-back change announces nothing), so each server
-- process that LISTENs can tell the pages open on that report that it changed, across processes
-- and machines. The payload names the event and its report, never its values: what a page shows
-- is read again through the same permission checks as any read.
CREATE FUNCTION audit_events_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.report_id IS NOT NULL THEN
    PERFORM pg_notify('factcheck_audit', json_build_object('sequence', NEW.sequence::text, 'reportId', NEW.report_id)::text);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER audit_events_announce AFTER INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_announce();
