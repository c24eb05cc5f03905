-- Audit history is append-only and hash-chained. Written by hand around Prisma's index changes.

-- DropIndex
DROP INDEX "audit_events_actor_id_sequence_idx";

-- DropIndex
DROP INDEX "audit_events_entity_type_entity_id_sequence_idx";

-- DropIndex
DROP INDEX "audit_events_report_id_sequence_idx";

-- Every writer of audit events takes this transaction-level lock before it is given a sequence
-- number, and holds it until commit, so appends are serialized and sequence order is chain order.
-- The key is an arbitrary constant that only the audit chain uses.
CREATE FUNCTION audit_next_sequence() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(4830271605112);
  RETURN nextval('audit_events_sequence_seq');
END
$$;

-- The canonical text of an event that its hash covers: every column but the hash, as jsonb text
-- (jsonb orders keys and spacing itself), the time in UTC to the millisecond.
CREATE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'sequence', e.sequence,
    'createdAt', to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actorId', e.actor_id,
    'action', e.action,
    'entityType', e.entity_type,
    'entityId', e.entity_id,
    'reportId', e.report_id,
    'sentenceId', e.sentence_id,
    'before', e.before,
    'after', e.after,
    'requestId', e.request_id,
    'reason', e.reason
  )::text
$$;

-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN "hash" CHAR(64) NOT NULL DEFAULT '',
ALTER COLUMN "sequence" SET DEFAULT audit_next_sequence();

-- Chain the events written before this migration, in sequence order.
DO $$
DECLARE
  event audit_events;
  previous text := '';
BEGIN
  FOR event IN SELECT * FROM audit_events ORDER BY sequence LOOP
    previous := encode(sha256(convert_to(previous || audit_event_canonical(event), 'UTF8')), 'hex');
    UPDATE audit_events SET hash = previous WHERE sequence = event.sequence;
  END LOOP;
END
$$;

-- Sets each new event's hash from the chain head. The advisory lock is already held when the
-- sequence default ran, and is taken again here (it is re-entrant) for inserts that name their
-- own sequence. Under READ COMMITTED each statement here sees the head committed by the previous
-- lock holder; an older snapshot (REPEATABLE READ, SERIALIZABLE) could fork the chain, so those
-- are refused.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head record;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit events must be written under READ COMMITTED, not %', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(4830271605112);
  SELECT sequence, hash INTO head FROM audit_events ORDER BY sequence DESC LIMIT 1;
  IF head.sequence IS NOT NULL AND NEW.sequence <= head.sequence THEN
    RAISE EXCEPTION 'audit event sequence % is not after the chain head %', NEW.sequence, head.sequence;
  END IF;
  NEW.hash := encode(sha256(convert_to(coalesce(head.hash, '') || audit_event_canonical(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

-- Append-only: no row is changed or removed. TRUNCATE skips row triggers, so it has its own.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();

CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- CreateIndex
CREATE INDEX "audit_events_created_at_sequence_idx" ON "audit_events"("created_at", "sequence");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_created_at_sequence_idx" ON "audit_events"("actor_id", "created_at", "sequence");

-- CreateIndex
CREATE INDEX "audit_events_report_id_created_at_sequence_idx" ON "audit_events"("report_id", "created_at", "sequence");

-- CreateIndex
CREATE INDEX "audit_events_sentence_id_created_at_sequence_idx" ON "audit_events"("sentence_id", "created_at", "sequence");

-- CreateIndex
CREATE INDEX "audit_events_action_created_at_sequence_idx" ON "audit_events"("action", "created_at", "sequence");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_created_at_sequence_idx" ON "audit_events"("entity_type", "entity_id", "created_at", "sequence");
