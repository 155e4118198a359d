-- The team server, version 2: working as a team (issue 17). Involvement with a purpose and an
-- end date, handover as a proposal the colleague accepts or declines, standing in during
-- illness or leave, breaking the glass, the team leader's overview, the case discussion
-- (casuïstiekoverleg) and the access request (art. 15 AVG).
--
-- Same rules as 0001: every function checks session_user against toegang.members, writes its
-- access-log line in the same transaction, and only the group roles that need it may EXECUTE.
-- End dates are evaluated lazily (toegang.expire_due): every call that reads scope first ends
-- what is due, so no scheduler is needed. Day boundaries are Dutch (Europe/Amsterdam).

SET LOCAL ROLE toegang_owner;

-- ---------------------------------------------------------------------------------------
-- Tables

-- Involvement gets its purpose and an end; a break-the-glass grant is an involvement of kind
-- 'glass' (read only, until the end of the day), so pull's scope, its "newly in scope comes
-- whole" and its "removed" work for it unchanged. Pushes of a glass holder are refused.
ALTER TABLE toegang.involvement
    ADD COLUMN kind text NOT NULL DEFAULT 'involved' CHECK (kind IN ('involved', 'glass')),
    ADD COLUMN purpose text NOT NULL DEFAULT '',
    ADD COLUMN until timestamptz,
    ADD COLUMN added_by text;
CREATE INDEX involvement_until ON toegang.involvement (team_id, until) WHERE until IS NOT NULL;

-- What the laptop's summary operation tells besides the name and the legal term: derived
-- counts the server cannot compute from the records' jsonb (docs/team-protocol.md).
ALTER TABLE toegang.residents
    ADD COLUMN signals_to_weigh integer NOT NULL DEFAULT 0,
    ADD COLUMN plan_evaluation date,
    ADD COLUMN last_contact date;

-- How residents reach a professional (a desk phone, the team's address): the resident's
-- report names the current coordinator and this, also when another laptop prints it.
ALTER TABLE toegang.members
    ADD COLUMN contact text NOT NULL DEFAULT '' CHECK (length(contact) <= 300);

-- A handover as a proposal: only an accept moves coordination.
CREATE TABLE toegang.handovers (
    handover_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team_id uuid NOT NULL REFERENCES toegang.teams,
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    from_login text NOT NULL REFERENCES toegang.members,
    to_login text NOT NULL REFERENCES toegang.members,
    running text NOT NULL DEFAULT '',     -- what runs
    agreed text NOT NULL DEFAULT '',      -- what was agreed
    watch text NOT NULL DEFAULT '',       -- what to watch
    status text NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn', 'void')),
    answer text NOT NULL DEFAULT '',      -- a decline's reason
    proposed_at timestamptz NOT NULL DEFAULT now(),
    answered_at timestamptz
);
CREATE UNIQUE INDEX handovers_one_open ON toegang.handovers (resident_id) WHERE status = 'proposed';
CREATE INDEX handovers_to ON toegang.handovers (to_login) WHERE status = 'proposed';

-- Standing in: the team leader moves coordination for a while; at `until` it returns.
CREATE TABLE toegang.stand_ins (
    stand_in_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team_id uuid NOT NULL REFERENCES toegang.teams,
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    coordinator text NOT NULL REFERENCES toegang.members,   -- who returns
    stand_in text NOT NULL REFERENCES toegang.members,
    reason text NOT NULL CHECK (length(btrim(reason)) > 0),
    until timestamptz NOT NULL,
    made_by text NOT NULL,
    made_at timestamptz NOT NULL DEFAULT now(),
    ended_at timestamptz,
    outcome text CHECK (outcome IN ('returned', 'stayed', 'superseded'))
);
CREATE INDEX stand_ins_due ON toegang.stand_ins (team_id, until) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX stand_ins_one_open ON toegang.stand_ins (resident_id) WHERE ended_at IS NULL;

-- Every break of the glass, kept after the grant ended (the overview counts them, the access
-- request names them with their reason).
CREATE TABLE toegang.glass_events (
    glass_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team_id uuid NOT NULL REFERENCES toegang.teams,
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    login text NOT NULL REFERENCES toegang.members,
    reason text NOT NULL CHECK (length(btrim(reason)) >= 5),
    at timestamptz NOT NULL DEFAULT now(),
    until timestamptz NOT NULL
);
CREATE INDEX glass_events_resident ON toegang.glass_events (resident_id, at);
CREATE INDEX glass_events_team ON toegang.glass_events (team_id, at);

-- The case discussion: a meeting, its agenda (one case per dossier brought), the outcome.
CREATE TABLE toegang.meetings (
    meeting_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team_id uuid NOT NULL REFERENCES toegang.teams,
    held_on date NOT NULL,
    title text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meetings_team ON toegang.meetings (team_id, held_on);

CREATE TABLE toegang.meeting_cases (
    case_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    meeting_id uuid NOT NULL REFERENCES toegang.meetings,
    team_id uuid NOT NULL REFERENCES toegang.teams,
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    position integer NOT NULL,
    brought_by text NOT NULL REFERENCES toegang.members,
    -- The question for the team, in a few lines: no more personal data than needed.
    question text NOT NULL CHECK (length(btrim(question)) BETWEEN 1 AND 600),
    participants text[] NOT NULL DEFAULT '{}',
    advice text NOT NULL DEFAULT '',
    agreements jsonb NOT NULL DEFAULT '[]',   -- what went into the plan: [{record_id, what, who, due_date}]
    recorded_by text,
    recorded_at timestamptz,
    added_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (meeting_id, resident_id)
);
CREATE INDEX meeting_cases_resident ON toegang.meeting_cases (resident_id);

ALTER TABLE toegang.handovers ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.handovers FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.stand_ins ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.stand_ins FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.glass_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.glass_events FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.meetings ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.meetings FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.meeting_cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.meeting_cases FORCE ROW LEVEL SECURITY;
CREATE POLICY own_team ON toegang.handovers USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.stand_ins USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.glass_events USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.meetings USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.meeting_cases USING (team_id = (SELECT toegang.session_team()));

-- ---------------------------------------------------------------------------------------
-- Internal helpers

-- The start of a Dutch day as a moment: an end date "until 14-12" ends at 14-12 00:00.
CREATE FUNCTION toegang.day_start(p_day date) RETURNS timestamptz
LANGUAGE sql IMMUTABLE SET search_path = toegang, pg_temp AS $$
    SELECT (p_day::timestamp) AT TIME ZONE 'Europe/Amsterdam'
$$;

CREATE FUNCTION toegang.today() RETURNS date
LANGUAGE sql STABLE SET search_path = toegang, pg_temp AS $$
    SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date
$$;

CREATE FUNCTION toegang.require_text(p_text text, p_what text, p_min int DEFAULT 1) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = toegang, pg_temp AS $$
BEGIN
    IF p_text IS NULL OR length(btrim(p_text)) < p_min THEN
        RAISE EXCEPTION '% is required', p_what USING ERRCODE = 'TG007';
    END IF;
    RETURN btrim(p_text);
END
$$;

CREATE FUNCTION toegang.team_member(m toegang.members, p_login text) RETURNS toegang.members
LANGUAGE plpgsql STABLE SET search_path = toegang, pg_temp AS $$
DECLARE
    t toegang.members;
BEGIN
    SELECT * INTO t FROM toegang.members
     WHERE login = p_login AND active AND team_id = m.team_id AND role IN ('professional', 'team_leader');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not a professional of this team: %', p_login USING ERRCODE = 'TG001';
    END IF;
    RETURN t;
END
$$;

-- Coordination moves from whoever has it to p_to: scope events for both, the old holder's
-- lease ends when the dossier leaves their scope. The caller holds the team's lock.
CREATE FUNCTION toegang.move_coordination(p_team uuid, p_resident uuid, p_to text) RETURNS text
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    old text;
BEGIN
    SELECT coordinator INTO old FROM toegang.residents WHERE resident_id = p_resident FOR UPDATE;
    IF old = p_to THEN
        RETURN old;
    END IF;
    IF NOT toegang.in_scope(p_to, p_resident) THEN
        PERFORM toegang.scope_event(p_team, p_resident, p_to, 'gained');
    END IF;
    -- A glass grant becomes coordination: the row would otherwise keep it read-only.
    DELETE FROM toegang.involvement WHERE resident_id = p_resident AND login = p_to AND kind = 'glass';
    UPDATE toegang.residents SET coordinator = p_to WHERE resident_id = p_resident;
    IF NOT toegang.in_scope(old, p_resident) THEN
        PERFORM toegang.scope_event(p_team, p_resident, old, 'lost');
        DELETE FROM toegang.leases WHERE resident_id = p_resident AND holder = old;
    END IF;
    -- A proposal made by the coordinator who no longer is one is void.
    UPDATE toegang.handovers SET status = 'void', answered_at = now()
     WHERE resident_id = p_resident AND status = 'proposed' AND from_login <> p_to;
    RETURN old;
END
$$;

-- An involvement row ends (end date reached, ended by the coordinator, glass at day's end).
CREATE FUNCTION toegang.drop_involvement(p_team uuid, p_resident uuid, p_login text) RETURNS boolean
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
BEGIN
    DELETE FROM toegang.involvement WHERE resident_id = p_resident AND login = p_login;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF NOT toegang.in_scope(p_login, p_resident) THEN
        PERFORM toegang.scope_event(p_team, p_resident, p_login, 'lost');
        DELETE FROM toegang.leases WHERE resident_id = p_resident AND holder = p_login;
    END IF;
    RETURN true;
END
$$;

-- What is due ends now: involvements and glass grants past their end, stand-ins whose end
-- date came (coordination returns to the coordinator when they are still in the team, else it
-- stays with the stand-in and the team leader sees the dossier in the overview). Cheap when
-- nothing is due (two index probes, no lock); the log lines name the caller whose call
-- noticed it, with "automatic" in the detail.
CREATE FUNCTION toegang.expire_due(m toegang.members) RETURNS void
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    i record;
    s toegang.stand_ins;
    cur text;
BEGIN
    IF m.team_id IS NULL OR NOT (
            EXISTS (SELECT 1 FROM toegang.involvement
                     WHERE team_id = m.team_id AND until IS NOT NULL AND until <= now())
         OR EXISTS (SELECT 1 FROM toegang.stand_ins
                     WHERE team_id = m.team_id AND ended_at IS NULL AND until <= now())) THEN
        RETURN;
    END IF;
    PERFORM toegang.lock_team(m.team_id);
    FOR i IN SELECT resident_id, login, kind FROM toegang.involvement
              WHERE team_id = m.team_id AND until IS NOT NULL AND until <= now()
              ORDER BY until FOR UPDATE LOOP
        IF toegang.drop_involvement(m.team_id, i.resident_id, i.login) THEN
            PERFORM toegang.write_log(m, m.team_id,
                                      CASE WHEN i.kind = 'glass' THEN 'glass_end' ELSE 'uninvolve' END,
                                      i.resident_id, 'involvement', i.login || ' automatic', 'ok');
        END IF;
    END LOOP;
    FOR s IN SELECT * FROM toegang.stand_ins
              WHERE team_id = m.team_id AND ended_at IS NULL AND until <= now()
              ORDER BY until FOR UPDATE LOOP
        SELECT coordinator INTO cur FROM toegang.residents WHERE resident_id = s.resident_id;
        IF cur IS DISTINCT FROM s.stand_in THEN
            UPDATE toegang.stand_ins SET ended_at = now(), outcome = 'superseded'
             WHERE stand_in_id = s.stand_in_id;
        ELSIF EXISTS (SELECT 1 FROM toegang.members WHERE login = s.coordinator AND active
                       AND team_id = m.team_id AND role IN ('professional', 'team_leader')) THEN
            PERFORM toegang.move_coordination(m.team_id, s.resident_id, s.coordinator);
            UPDATE toegang.stand_ins SET ended_at = now(), outcome = 'returned'
             WHERE stand_in_id = s.stand_in_id;
            PERFORM toegang.write_log(m, m.team_id, 'stand_in_end', s.resident_id, 'residents',
                                      s.stand_in || ' -> ' || s.coordinator || ' automatic', 'ok');
        ELSE
            UPDATE toegang.stand_ins SET ended_at = now(), outcome = 'stayed'
             WHERE stand_in_id = s.stand_in_id;
            PERFORM toegang.write_log(m, m.team_id, 'stand_in_end', s.resident_id, 'residents',
                                      s.stand_in || ' stays: ' || s.coordinator || ' left automatic',
                                      'ok');
        END IF;
    END LOOP;
END
$$;

-- Involve (or re-involve with a new purpose and end). Kind 'glass' only through break_glass.
CREATE FUNCTION toegang.put_involvement(m toegang.members, p_resident uuid, p_login text,
                                        p_kind text, p_purpose text, p_until timestamptz)
RETURNS void
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    existing toegang.involvement;
BEGIN
    SELECT * INTO existing FROM toegang.involvement
     WHERE resident_id = p_resident AND login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        IF NOT toegang.in_scope(p_login, p_resident) THEN
            PERFORM toegang.scope_event(m.team_id, p_resident, p_login, 'gained');
        END IF;
        INSERT INTO toegang.involvement (resident_id, login, team_id, kind, purpose, until, added_by)
        VALUES (p_resident, p_login, m.team_id, p_kind, coalesce(p_purpose, ''), p_until, m.login);
    ELSIF existing.kind = 'glass' AND p_kind = 'glass' THEN
        UPDATE toegang.involvement SET until = greatest(until, p_until)
         WHERE resident_id = p_resident AND login = p_login;
    ELSIF p_kind = 'involved' THEN
        UPDATE toegang.involvement
           SET kind = 'involved', purpose = coalesce(p_purpose, ''), until = p_until, added_by = m.login
         WHERE resident_id = p_resident AND login = p_login;
    END IF;
END
$$;

-- The dossier's coordinator, the team leader, or refuse.
CREATE FUNCTION toegang.coordinated_or_led(m toegang.members, p_resident uuid) RETURNS toegang.residents
LANGUAGE plpgsql STABLE SET search_path = toegang, pg_temp AS $$
DECLARE
    r toegang.residents;
BEGIN
    SELECT * INTO r FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted;
    IF NOT FOUND OR NOT (r.coordinator = m.login OR m.role = 'team_leader') THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION toegang.initials(p_name text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = toegang, pg_temp AS $$
    SELECT coalesce(string_agg(upper(left(w, 1)) || '.', '' ORDER BY n), '')
      FROM regexp_split_to_table(btrim(coalesce(p_name, '')), '\s+') WITH ORDINALITY AS x(w, n)
     WHERE w <> '' AND w !~ '^(van|de|der|den|het|ten|ter|te|in|op|\''t)$'
$$;

-- ---------------------------------------------------------------------------------------
-- Wrapping 0001's functions: the API keeps its names and signatures; the old bodies move to
-- the internal schema (no login role reaches them) and the new ones first end what is due.

ALTER FUNCTION toegang_api.pull(uuid, bigint, uuid, int) RENAME TO pull_v1;
ALTER FUNCTION toegang_api.pull_v1(uuid, bigint, uuid, int) SET SCHEMA toegang;
ALTER FUNCTION toegang_api.caseload(text, int) RENAME TO caseload_v1;
ALTER FUNCTION toegang_api.caseload_v1(text, int) SET SCHEMA toegang;
ALTER FUNCTION toegang.push_one(toegang.members, uuid, jsonb) RENAME TO push_one_v1;

CREATE FUNCTION toegang_api.pull(p_device uuid, p_since bigint, p_since_change uuid, p_limit int)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
BEGIN
    PERFORM toegang.check_device(m, p_device);
    PERFORM toegang.expire_due(m);
    RETURN toegang.pull_v1(p_device, p_since, p_since_change, p_limit);
END
$$;

-- One operation: a glass holder reads only; a summary also brings the derived counts.
CREATE FUNCTION toegang.push_one(m toegang.members, p_device uuid, op jsonb,
                                 OUT status text, OUT reason text)
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    r record;
    v_resident uuid;
    d jsonb := op->'data';
    uuid_re constant text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
BEGIN
    IF coalesce(op->>'resident_id', '') ~ uuid_re AND coalesce(op->>'op_id', '') ~ uuid_re
       AND NOT EXISTS (SELECT 1 FROM toegang.applied_operations
                        WHERE op_id = (op->>'op_id')::uuid) THEN
        v_resident := (op->>'resident_id')::uuid;
        IF EXISTS (SELECT 1 FROM toegang.involvement WHERE resident_id = v_resident
                      AND login = m.login AND kind = 'glass')
           AND NOT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = v_resident
                              AND coordinator = m.login) THEN
            status := 'refused'; reason := 'read_only';
            PERFORM toegang.write_log(m, m.team_id, 'change', v_resident, coalesce(op->>'table', ''),
                                      'broken glass: read only', 'refused', p_device);
            RETURN;
        END IF;
    END IF;
    r := toegang.push_one_v1(m, p_device, op);
    status := r.status; reason := r.reason;
    IF op->>'kind' = 'summary' AND status = 'applied' AND jsonb_typeof(d) = 'object' THEN
        UPDATE toegang.residents
           SET signals_to_weigh = CASE WHEN jsonb_typeof(d->'signals_to_weigh') = 'number'
                                       THEN greatest((d->>'signals_to_weigh')::numeric::int, 0)
                                       ELSE signals_to_weigh END,
               plan_evaluation = CASE WHEN d ? 'plan_evaluation'
                                      THEN (d->>'plan_evaluation')::date ELSE plan_evaluation END,
               last_contact = CASE WHEN d ? 'last_contact'
                                   THEN (d->>'last_contact')::date ELSE last_contact END
         WHERE resident_id = (op->>'resident_id')::uuid;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION toegang_api.push(p_device uuid, p_ops jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    op jsonb;
    r record;
    results jsonb := '[]'::jsonb;
BEGIN
    PERFORM toegang.check_device(m, p_device);
    IF jsonb_typeof(p_ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'p_ops is a JSON array' USING ERRCODE = '22023';
    END IF;
    PERFORM toegang.expire_due(m);
    PERFORM toegang.lock_team(m.team_id);
    FOR op IN SELECT value FROM jsonb_array_elements(p_ops) LOOP
        r := toegang.push_one(m, p_device, op);
        results := results || jsonb_build_array(jsonb_build_object(
            'op_id', op->>'op_id', 'status', r.status, 'reason', r.reason));
    END LOOP;
    RETURN results;
END
$$;

-- The team's list, with what the team view shows besides (who is involved, the last contact,
-- whether the coordinator is still in the team, a stand-in and until when).
CREATE FUNCTION toegang_api.caseload(p_search text, p_limit int)
RETURNS TABLE (resident_id uuid, display_name text, date_of_birth date, coordinator text,
               coordinator_name text, next_legal_term date, lease_holder text,
               lease_holder_name text, lease_until timestamptz, involved text,
               last_contact date, coordinator_active boolean, stand_in_for text,
               stand_in_until timestamptz, involved_logins text[], coordinator_contact text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
BEGIN
    PERFORM toegang.expire_due(m);
    -- One pass per extra: the page's involvement and stand-ins are gathered once (joins by
    -- the page's ids), not looked up row by row.
    RETURN QUERY
    WITH c AS MATERIALIZED (
        SELECT * FROM toegang.caseload_v1(p_search, p_limit) WITH ORDINALITY
    ), inv AS (
        SELECT i.resident_id, string_agg(x.display_name, ', ' ORDER BY x.display_name) AS names,
               array_agg(i.login ORDER BY i.login) AS logins
          FROM toegang.involvement i JOIN toegang.members x ON x.login = i.login
         WHERE i.kind = 'involved' AND i.resident_id IN (SELECT c.resident_id FROM c)
         GROUP BY i.resident_id
    ), si AS (
        SELECT s.resident_id, x.display_name, s.until
          FROM toegang.stand_ins s JOIN toegang.members x ON x.login = s.coordinator
         WHERE s.ended_at IS NULL AND s.resident_id IN (SELECT c.resident_id FROM c)
    )
    SELECT c.resident_id, c.display_name, c.date_of_birth, c.coordinator, c.coordinator_name,
           c.next_legal_term, c.lease_holder, c.lease_holder_name, c.lease_until,
           inv.names, r.last_contact,
           coalesce(co.active AND co.team_id = m.team_id AND co.role IN ('professional', 'team_leader'),
                    false),
           si.display_name, si.until, coalesce(inv.logins, '{}'), co.contact
      FROM c
      JOIN toegang.residents r ON r.resident_id = c.resident_id
      LEFT JOIN toegang.members co ON co.login = c.coordinator
      LEFT JOIN inv ON inv.resident_id = c.resident_id
      LEFT JOIN si ON si.resident_id = c.resident_id
     ORDER BY c.ordinality;
END
$$;

-- The caller's own contact details for residents (how to reach them).
CREATE FUNCTION toegang_api.set_contact(p_contact text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
BEGIN
    IF length(coalesce(p_contact, '')) > 300 THEN
        RAISE EXCEPTION 'contact details are at most 300 characters' USING ERRCODE = 'TG011';
    END IF;
    UPDATE toegang.members SET contact = btrim(coalesce(p_contact, '')) WHERE login = m.login;
    PERFORM toegang.write_log(m, m.team_id, 'member_contact', NULL, 'members', m.login, 'ok');
END
$$;

-- The team's colleagues to choose from (involve, hand over, stand in, who took part).
CREATE FUNCTION toegang_api.team_members() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
BEGIN
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('login', x.login, 'display_name', x.display_name,
                                                         'role', x.role) ORDER BY x.display_name, x.login),
                            '[]'::jsonb)
              FROM toegang.members x
             WHERE x.team_id = m.team_id AND x.active AND x.role IN ('professional', 'team_leader'));
END
$$;

-- A glass holder may not take the dossier along (read only).
CREATE OR REPLACE FUNCTION toegang_api.take_lease(p_device uuid, p_resident uuid, p_until timestamptz)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    v_until timestamptz := least(p_until, now() + interval '7 days');
    l toegang.leases;
BEGIN
    PERFORM toegang.check_device(m, p_device);
    PERFORM toegang.expire_due(m);
    IF NOT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted)
       OR NOT toegang.in_scope(m.login, p_resident)
       OR (EXISTS (SELECT 1 FROM toegang.involvement WHERE resident_id = p_resident
                     AND login = m.login AND kind = 'glass')
           AND NOT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = p_resident
                             AND coordinator = m.login)) THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    IF v_until <= now() THEN
        RAISE EXCEPTION 'a lease ends in the future' USING ERRCODE = 'TG009';
    END IF;
    PERFORM toegang.lock_team(m.team_id);
    SELECT * INTO l FROM toegang.leases WHERE resident_id = p_resident FOR UPDATE;
    IF FOUND AND l.holder <> m.login AND l.until > now() THEN
        RAISE EXCEPTION 'taken along by % until %', l.holder, l.until USING ERRCODE = 'TG004';
    END IF;
    INSERT INTO toegang.leases (resident_id, team_id, holder, device_id, until)
    VALUES (p_resident, m.team_id, m.login, p_device, v_until)
    ON CONFLICT (resident_id) DO UPDATE
        SET holder = excluded.holder, device_id = excluded.device_id, taken_at = now(),
            until = excluded.until;
    PERFORM toegang.write_log(m, m.team_id, 'lease', p_resident, 'leases',
                              'until ' || v_until::text, 'ok', p_device);
    RETURN v_until;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Involvement

-- Involve a colleague with a purpose (required) and an optional last day; their laptop pulls
-- the whole dossier. Again for the same colleague: a new purpose or end.
CREATE FUNCTION toegang_api.involve(p_resident uuid, p_login text, p_purpose text, p_until date)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    r toegang.residents;
    v_purpose text := toegang.require_text(p_purpose, 'a purpose');
BEGIN
    PERFORM toegang.expire_due(m);
    PERFORM toegang.lock_team(m.team_id);
    r := toegang.coordinated_or_led(m, p_resident);
    PERFORM toegang.team_member(m, p_login);
    IF p_login = r.coordinator THEN
        RAISE EXCEPTION 'the coordinator is involved already' USING ERRCODE = 'TG011';
    END IF;
    IF p_until IS NOT NULL AND p_until < toegang.today() THEN
        RAISE EXCEPTION 'the end date lies in the past' USING ERRCODE = 'TG009';
    END IF;
    PERFORM toegang.put_involvement(m, p_resident, p_login, 'involved', left(v_purpose, 300),
                                    CASE WHEN p_until IS NOT NULL THEN toegang.day_start(p_until + 1) END);
    PERFORM toegang.write_log(m, m.team_id, 'involve', p_resident, 'involvement',
                              p_login || coalesce(' until ' || p_until::text, ''), 'ok');
END
$$;

CREATE FUNCTION toegang_api.end_involvement(p_resident uuid, p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
BEGIN
    PERFORM toegang.lock_team(m.team_id);
    PERFORM toegang.coordinated_or_led(m, p_resident);
    IF toegang.drop_involvement(m.team_id, p_resident, p_login) THEN
        PERFORM toegang.write_log(m, m.team_id, 'uninvolve', p_resident, 'involvement', p_login, 'ok');
    END IF;
END
$$;

-- 0001's set_involved stays for compatibility: involve without a purpose, or end.
CREATE OR REPLACE FUNCTION toegang_api.set_involved(p_resident uuid, p_login text, p_involved boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
BEGIN
    PERFORM toegang.lock_team(m.team_id);
    PERFORM toegang.coordinated_or_led(m, p_resident);
    PERFORM toegang.team_member(m, p_login);
    IF p_involved THEN
        PERFORM toegang.put_involvement(m, p_resident, p_login, 'involved', '', NULL);
        PERFORM toegang.write_log(m, m.team_id, 'involve', p_resident, 'involvement', p_login, 'ok');
    ELSIF toegang.drop_involvement(m.team_id, p_resident, p_login) THEN
        PERFORM toegang.write_log(m, m.team_id, 'uninvolve', p_resident, 'involvement', p_login, 'ok');
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Handover: the coordinator proposes with a note, the colleague accepts or declines.

CREATE FUNCTION toegang_api.propose_handover(p_resident uuid, p_to text, p_running text,
                                             p_agreed text, p_watch text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    r toegang.residents;
    t toegang.members;
    h uuid;
BEGIN
    PERFORM toegang.expire_due(m);
    PERFORM toegang.lock_team(m.team_id);
    SELECT * INTO r FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted FOR UPDATE;
    IF NOT FOUND OR r.coordinator <> m.login THEN
        RAISE EXCEPTION 'only the coordinator proposes a handover' USING ERRCODE = 'TG002';
    END IF;
    t := toegang.team_member(m, p_to);
    IF t.login = m.login THEN
        RAISE EXCEPTION 'a handover goes to a colleague' USING ERRCODE = 'TG011';
    END IF;
    IF length(btrim(coalesce(p_running, '') || coalesce(p_agreed, '') || coalesce(p_watch, ''))) = 0 THEN
        RAISE EXCEPTION 'a handover note is required' USING ERRCODE = 'TG007';
    END IF;
    IF length(coalesce(p_running, '')) > 4000 OR length(coalesce(p_agreed, '')) > 4000
       OR length(coalesce(p_watch, '')) > 4000 THEN
        RAISE EXCEPTION 'a handover note is at most 4000 characters a part' USING ERRCODE = 'TG011';
    END IF;
    -- A new proposal replaces the open one (the coordinator changed their mind).
    UPDATE toegang.handovers SET status = 'withdrawn', answered_at = now()
     WHERE resident_id = p_resident AND status = 'proposed';
    INSERT INTO toegang.handovers (team_id, resident_id, from_login, to_login, running, agreed, watch)
    VALUES (m.team_id, p_resident, m.login, t.login, coalesce(p_running, ''), coalesce(p_agreed, ''),
            coalesce(p_watch, ''))
    RETURNING handover_id INTO h;
    PERFORM toegang.write_log(m, m.team_id, 'handover_propose', p_resident, 'handovers',
                              m.login || ' -> ' || t.login, 'ok');
    RETURN h;
END
$$;

-- Open proposals to the caller and from the caller (the note is for the colleague who decides).
CREATE FUNCTION toegang_api.handovers() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    result jsonb;
BEGIN
    PERFORM toegang.expire_due(m);
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'handover_id', h.handover_id, 'resident_id', h.resident_id,
               'resident_name', r.display_name, 'from_login', h.from_login,
               'from_name', f.display_name, 'to_login', h.to_login, 'to_name', t.display_name,
               'running', h.running, 'agreed', h.agreed, 'watch', h.watch,
               'proposed_at', h.proposed_at) ORDER BY h.proposed_at), '[]'::jsonb)
      INTO result
      FROM toegang.handovers h
      JOIN toegang.residents r ON r.resident_id = h.resident_id
      JOIN toegang.members f ON f.login = h.from_login
      JOIN toegang.members t ON t.login = h.to_login
     WHERE h.status = 'proposed' AND (h.to_login = m.login OR h.from_login = m.login);
    RETURN result;
END
$$;

-- The proposed colleague answers; an accept moves coordination (when the proposer still
-- coordinates), a decline says why. The proposer may also withdraw (p_accept NULL).
CREATE FUNCTION toegang_api.answer_handover(p_handover uuid, p_accept boolean, p_answer text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    h toegang.handovers;
    r toegang.residents;
BEGIN
    PERFORM toegang.expire_due(m);
    PERFORM toegang.lock_team(m.team_id);
    SELECT * INTO h FROM toegang.handovers WHERE handover_id = p_handover FOR UPDATE;
    IF NOT FOUND OR NOT (h.to_login = m.login OR (p_accept IS NULL AND h.from_login = m.login)) THEN
        RAISE EXCEPTION 'this handover is not yours to answer' USING ERRCODE = 'TG002';
    END IF;
    SELECT * INTO r FROM toegang.residents WHERE resident_id = h.resident_id FOR UPDATE;
    IF h.status <> 'proposed' OR r.deleted OR r.coordinator <> h.from_login THEN
        RAISE EXCEPTION 'this handover is no longer open' USING ERRCODE = 'TG008';
    END IF;
    IF p_accept IS NULL THEN
        UPDATE toegang.handovers SET status = 'withdrawn', answered_at = now()
         WHERE handover_id = p_handover;
        PERFORM toegang.write_log(m, m.team_id, 'handover_withdraw', h.resident_id, 'handovers',
                                  h.from_login || ' -> ' || h.to_login, 'ok');
    ELSIF p_accept THEN
        UPDATE toegang.handovers SET status = 'accepted', answered_at = now(),
                                     answer = left(coalesce(p_answer, ''), 2000)
         WHERE handover_id = p_handover;
        PERFORM toegang.move_coordination(m.team_id, h.resident_id, h.to_login);
        -- A running stand-in ends: coordination was handed over for good.
        UPDATE toegang.stand_ins SET ended_at = now(), outcome = 'superseded'
         WHERE resident_id = h.resident_id AND ended_at IS NULL;
        PERFORM toegang.write_log(m, m.team_id, 'handover', h.resident_id, 'residents',
                                  h.from_login || ' -> ' || h.to_login || ' accepted', 'ok');
    ELSE
        UPDATE toegang.handovers SET status = 'declined', answered_at = now(),
                                     answer = toegang.require_text(left(p_answer, 2000), 'a reason')
         WHERE handover_id = p_handover;
        PERFORM toegang.write_log(m, m.team_id, 'handover_decline', h.resident_id, 'handovers',
                                  h.from_login || ' -> ' || h.to_login, 'ok');
    END IF;
END
$$;

-- The direct handover is the team leader's: a dossier whose coordinator left the team, or
-- that must move without the coordinator (who may be unreachable). Coordinators propose.
CREATE OR REPLACE FUNCTION toegang_api.handover(p_resident uuid, p_to text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['team_leader']);
    r toegang.residents;
    t toegang.members;
    old text;
BEGIN
    PERFORM toegang.expire_due(m);
    PERFORM toegang.lock_team(m.team_id);
    SELECT * INTO r FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    t := toegang.team_member(m, p_to);
    IF t.login = r.coordinator THEN
        RETURN;
    END IF;
    old := toegang.move_coordination(m.team_id, p_resident, t.login);
    UPDATE toegang.stand_ins SET ended_at = now(), outcome = 'superseded'
     WHERE resident_id = p_resident AND ended_at IS NULL;
    PERFORM toegang.write_log(m, m.team_id, 'handover', p_resident, 'residents',
                              old || ' -> ' || t.login || ' by team leader', 'ok');
END
$$;

-- ---------------------------------------------------------------------------------------
-- Standing in: the team leader moves one or many dossiers to a colleague until a date.

CREATE FUNCTION toegang_api.stand_in(p_residents uuid[], p_to text, p_reason text, p_until date)
RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['team_leader']);
    v_reason text := toegang.require_text(p_reason, 'a reason');
    t toegang.members;
    r toegang.residents;
    rid uuid;
    original text;
    n int := 0;
BEGIN
    IF p_until IS NULL OR p_until <= toegang.today() THEN
        RAISE EXCEPTION 'the end date lies in the future' USING ERRCODE = 'TG009';
    END IF;
    PERFORM toegang.expire_due(m);
    PERFORM toegang.lock_team(m.team_id);
    t := toegang.team_member(m, p_to);
    FOREACH rid IN ARRAY coalesce(p_residents, '{}') LOOP
        SELECT * INTO r FROM toegang.residents WHERE resident_id = rid AND NOT deleted FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
        END IF;
        CONTINUE WHEN r.coordinator = t.login;
        -- Standing in for a stand-in: the original coordinator stays the one who returns.
        UPDATE toegang.stand_ins SET ended_at = now(), outcome = 'superseded'
         WHERE resident_id = rid AND ended_at IS NULL
        RETURNING coordinator INTO original;
        original := coalesce(original, r.coordinator);
        INSERT INTO toegang.stand_ins (team_id, resident_id, coordinator, stand_in, reason, until, made_by)
        VALUES (m.team_id, rid, original, t.login, left(v_reason, 500),
                toegang.day_start(p_until), m.login);
        PERFORM toegang.move_coordination(m.team_id, rid, t.login);
        PERFORM toegang.write_log(m, m.team_id, 'stand_in', rid, 'residents',
                                  original || ' -> ' || t.login || ' until ' || p_until::text, 'ok');
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;

-- Coordination returns now (the colleague is back early).
CREATE FUNCTION toegang_api.end_stand_in(p_resident uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['team_leader']);
BEGIN
    PERFORM toegang.lock_team(m.team_id);
    UPDATE toegang.stand_ins SET until = now()
     WHERE resident_id = p_resident AND ended_at IS NULL AND team_id = m.team_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no stand-in runs for this dossier' USING ERRCODE = 'TG008';
    END IF;
    PERFORM toegang.expire_due(m);
END
$$;

-- ---------------------------------------------------------------------------------------
-- Break the glass: a reason, read access until the end of the (Dutch) day, logged.

CREATE FUNCTION toegang_api.break_glass(p_resident uuid, p_reason text) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    -- No reason, no access (TG007): refused before anything is read or granted.
    v_reason text := toegang.require_text(p_reason, 'a reason', 5);
    v_until timestamptz := toegang.day_start(toegang.today() + 1);
BEGIN
    PERFORM toegang.expire_due(m);
    PERFORM toegang.lock_team(m.team_id);
    IF NOT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted) THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    IF toegang.in_scope(m.login, p_resident) AND NOT EXISTS (
            SELECT 1 FROM toegang.involvement WHERE resident_id = p_resident AND login = m.login
               AND kind = 'glass') THEN
        RETURN NULL;  -- coordinator or involved: the dossier is on the laptop already
    END IF;
    PERFORM toegang.put_involvement(m, p_resident, m.login, 'glass', left(v_reason, 1000), v_until);
    INSERT INTO toegang.glass_events (team_id, resident_id, login, reason, until)
    VALUES (m.team_id, p_resident, m.login, left(v_reason, 1000), v_until);
    PERFORM toegang.write_log(m, m.team_id, 'break_glass', p_resident, 'involvement',
                              left(v_reason, 1000), 'ok');
    RETURN v_until;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The team overview (team leader): counts only. "Soon" is within 14 days; broken glass is
-- counted over the last 30 days. Signals not yet weighed and the plan's evaluation date come
-- from the laptops' summary operations (the server cannot read them from the records' jsonb).

CREATE FUNCTION toegang.unassigned(p_team uuid) RETURNS SETOF uuid
LANGUAGE sql STABLE SET search_path = toegang, pg_temp AS $$
    SELECT r.resident_id FROM toegang.residents r
     WHERE r.team_id = p_team AND NOT r.deleted
       AND NOT EXISTS (SELECT 1 FROM toegang.members x WHERE x.login = r.coordinator AND x.active
                         AND x.team_id = p_team AND x.role IN ('professional', 'team_leader'))
$$;

CREATE FUNCTION toegang_api.team_overview() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['team_leader']);
    today date;
    people jsonb;
    totals jsonb;
BEGIN
    PERFORM toegang.expire_due(m);
    today := toegang.today();
    WITH who AS (
        -- the team's professionals, and anyone who still coordinates a dossier of it
        SELECT x.login, x.display_name, x.active AND x.team_id = m.team_id AS in_team
          FROM toegang.members x
         WHERE (x.team_id = m.team_id AND x.active AND x.role IN ('professional', 'team_leader'))
            OR x.login IN (SELECT r.coordinator FROM toegang.residents r
                            WHERE r.team_id = m.team_id AND NOT r.deleted)
    ), coord AS (
        SELECT r.coordinator AS login, count(*) AS n,
               count(*) FILTER (WHERE r.next_legal_term < today) AS overdue,
               count(*) FILTER (WHERE r.next_legal_term BETWEEN today AND today + 14) AS soon,
               coalesce(sum(r.signals_to_weigh), 0) AS signals,
               count(*) FILTER (WHERE r.plan_evaluation < today) AS plans
          FROM toegang.residents r WHERE r.team_id = m.team_id AND NOT r.deleted
         GROUP BY r.coordinator
    ), inv AS (
        SELECT i.login, count(*) AS n FROM toegang.involvement i
          JOIN toegang.residents r ON r.resident_id = i.resident_id AND NOT r.deleted
         WHERE i.team_id = m.team_id AND i.kind = 'involved' GROUP BY i.login
    ), conf AS (
        SELECT r.coordinator AS login, count(*) AS n FROM toegang.conflicts c
          JOIN toegang.residents r ON r.resident_id = c.resident_id
         WHERE c.team_id = m.team_id AND c.resolved_at IS NULL GROUP BY r.coordinator
    ), glass AS (
        SELECT g.login, count(*) AS n FROM toegang.glass_events g
         WHERE g.team_id = m.team_id AND g.at > now() - interval '30 days' GROUP BY g.login
    )
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'login', w.login, 'display_name', w.display_name, 'in_team', w.in_team,
               'coordinated', coalesce(c.n, 0), 'involved', coalesce(i.n, 0),
               'overdue_terms', coalesce(c.overdue, 0), 'soon_terms', coalesce(c.soon, 0),
               'signals_to_weigh', coalesce(c.signals, 0), 'plans_past_evaluation', coalesce(c.plans, 0),
               'open_conflicts', coalesce(f.n, 0), 'broken_glass', coalesce(g.n, 0))
               ORDER BY w.in_team DESC, w.display_name, w.login), '[]'::jsonb)
      INTO people
      FROM who w LEFT JOIN coord c ON c.login = w.login LEFT JOIN inv i ON i.login = w.login
      LEFT JOIN conf f ON f.login = w.login LEFT JOIN glass g ON g.login = w.login;
    SELECT jsonb_build_object(
        'dossiers', (SELECT count(*) FROM toegang.residents WHERE team_id = m.team_id AND NOT deleted),
        'without_coordinator', (SELECT count(*) FROM toegang.unassigned(m.team_id)),
        'broken_glass', (SELECT count(*) FROM toegang.glass_events
                          WHERE team_id = m.team_id AND at > now() - interval '30 days'),
        'open_handovers', (SELECT count(*) FROM toegang.handovers
                            WHERE team_id = m.team_id AND status = 'proposed'),
        'stand_ins', (SELECT count(*) FROM toegang.stand_ins WHERE team_id = m.team_id AND ended_at IS NULL))
      INTO totals;
    PERFORM toegang.write_log(m, m.team_id, 'overview', NULL, 'team_overview', '', 'ok');
    RETURN jsonb_build_object('today', today, 'soon_days', 14, 'glass_days', 30,
                              'people', people, 'totals', totals);
END
$$;

-- Behind a count of the overview: the list the team leader may see (the caseload's fields).
-- p_kind: coordinated | involved | overdue_terms | soon_terms | signals_to_weigh |
-- plans_past_evaluation | open_conflicts | broken_glass | without_coordinator.
CREATE FUNCTION toegang_api.overview_list(p_kind text, p_login text)
RETURNS TABLE (resident_id uuid, display_name text, date_of_birth date, coordinator text,
               coordinator_name text, next_legal_term date)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['team_leader']);
    today date := toegang.today();
BEGIN
    IF p_kind NOT IN ('coordinated', 'involved', 'overdue_terms', 'soon_terms', 'signals_to_weigh',
                      'plans_past_evaluation', 'open_conflicts', 'broken_glass', 'without_coordinator') THEN
        RAISE EXCEPTION 'unknown list %', p_kind USING ERRCODE = 'TG011';
    END IF;
    PERFORM toegang.write_log(m, m.team_id, 'search', NULL, 'team_overview', p_kind, 'ok');
    RETURN QUERY
    SELECT r.resident_id, r.display_name, r.date_of_birth, r.coordinator, c.display_name, r.next_legal_term
      FROM toegang.residents r JOIN toegang.members c ON c.login = r.coordinator
     WHERE r.team_id = m.team_id AND NOT r.deleted
       AND CASE p_kind
           WHEN 'without_coordinator' THEN r.resident_id IN (SELECT toegang.unassigned(m.team_id))
           WHEN 'involved' THEN EXISTS (SELECT 1 FROM toegang.involvement i WHERE i.resident_id = r.resident_id
                                          AND i.login = p_login AND i.kind = 'involved')
           WHEN 'broken_glass' THEN EXISTS (SELECT 1 FROM toegang.glass_events g
                                              WHERE g.resident_id = r.resident_id
                                                AND (p_login IS NULL OR g.login = p_login)
                                                AND g.at > now() - interval '30 days')
           ELSE (p_login IS NULL OR r.coordinator = p_login) AND CASE p_kind
               WHEN 'coordinated' THEN true
               WHEN 'overdue_terms' THEN r.next_legal_term < today
               WHEN 'soon_terms' THEN r.next_legal_term BETWEEN today AND today + 14
               WHEN 'signals_to_weigh' THEN r.signals_to_weigh > 0
               WHEN 'plans_past_evaluation' THEN r.plan_evaluation < today
               WHEN 'open_conflicts' THEN EXISTS (SELECT 1 FROM toegang.conflicts x
                                                   WHERE x.resident_id = r.resident_id
                                                     AND x.resolved_at IS NULL)
           END
       END
     ORDER BY r.sort_key, r.resident_id;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The case discussion (casuïstiekoverleg)

CREATE FUNCTION toegang_api.new_meeting(p_held_on date, p_title text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    v uuid;
BEGIN
    IF p_held_on IS NULL THEN
        RAISE EXCEPTION 'a meeting has a date' USING ERRCODE = 'TG011';
    END IF;
    INSERT INTO toegang.meetings (team_id, held_on, title, created_by)
    VALUES (m.team_id, p_held_on, left(coalesce(p_title, ''), 200), m.login) RETURNING meeting_id INTO v;
    PERFORM toegang.write_log(m, m.team_id, 'meeting_add', NULL, 'meetings', p_held_on::text, 'ok');
    RETURN v;
END
$$;

CREATE FUNCTION toegang_api.meetings(p_from date) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    result jsonb;
BEGIN
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'meeting_id', x.meeting_id, 'held_on', x.held_on, 'title', x.title,
               'cases', (SELECT count(*) FROM toegang.meeting_cases c WHERE c.meeting_id = x.meeting_id))
               ORDER BY x.held_on, x.created_at), '[]'::jsonb)
      INTO result
      FROM toegang.meetings x
     WHERE x.team_id = m.team_id AND (p_from IS NULL OR x.held_on >= p_from);
    RETURN result;
END
$$;

-- The coordinator brings a dossier with a question for the team (a few lines).
CREATE FUNCTION toegang_api.bring_case(p_meeting uuid, p_resident uuid, p_question text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    v_question text := toegang.require_text(p_question, 'a question');
    v uuid;
BEGIN
    PERFORM toegang.lock_team(m.team_id);
    IF NOT EXISTS (SELECT 1 FROM toegang.meetings WHERE meeting_id = p_meeting AND team_id = m.team_id) THEN
        RAISE EXCEPTION 'no such meeting' USING ERRCODE = 'TG002';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted
                     AND coordinator = m.login) THEN
        RAISE EXCEPTION 'only the coordinator brings a dossier' USING ERRCODE = 'TG002';
    END IF;
    IF length(v_question) > 600 THEN
        RAISE EXCEPTION 'the question is a few lines (at most 600 characters)' USING ERRCODE = 'TG011';
    END IF;
    INSERT INTO toegang.meeting_cases (meeting_id, team_id, resident_id, position, brought_by, question)
    VALUES (p_meeting, m.team_id, p_resident,
            (SELECT coalesce(max(position), 0) + 1 FROM toegang.meeting_cases WHERE meeting_id = p_meeting),
            m.login, v_question)
    ON CONFLICT (meeting_id, resident_id) DO UPDATE SET question = excluded.question
    RETURNING case_id INTO v;
    PERFORM toegang.write_log(m, m.team_id, 'case_bring', p_resident, 'meeting_cases', '', 'ok');
    RETURN v;
END
$$;

-- The meeting and its agenda, for the team's members. The resident is named on the screen
-- (the team's caseload shows the name already); the PDF prints initials.
CREATE FUNCTION toegang_api.meeting(p_meeting uuid) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    x toegang.meetings;
    cases jsonb;
BEGIN
    SELECT * INTO x FROM toegang.meetings WHERE meeting_id = p_meeting AND team_id = m.team_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such meeting' USING ERRCODE = 'TG002';
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'case_id', c.case_id, 'resident_id', c.resident_id, 'resident_name', r.display_name,
               'resident_initials', toegang.initials(r.display_name), 'position', c.position,
               'brought_by', c.brought_by, 'brought_by_name', b.display_name,
               'brought_by_initials', toegang.initials(b.display_name), 'question', c.question,
               'participants', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                    'login', p.login, 'name', p.display_name,
                                    'initials', toegang.initials(p.display_name)) ORDER BY p.display_name),
                                    '[]'::jsonb)
                                  FROM toegang.members p WHERE p.login = ANY (c.participants)),
               'advice', c.advice, 'agreements', c.agreements, 'recorded_at', c.recorded_at)
               ORDER BY c.position), '[]'::jsonb)
      INTO cases
      FROM toegang.meeting_cases c
      JOIN toegang.residents r ON r.resident_id = c.resident_id
      JOIN toegang.members b ON b.login = c.brought_by
     WHERE c.meeting_id = p_meeting;
    PERFORM toegang.write_log(m, m.team_id, 'view', NULL, 'meetings', p_meeting::text, 'ok');
    RETURN jsonb_build_object('meeting_id', x.meeting_id, 'held_on', x.held_on, 'title', x.title,
                              'cases', cases);
END
$$;

-- The outcome of one case: who took part, the advice, who does what next. Each agreement
-- goes into the dossier's plan as a record of the synced table `agreements` (in the dossier's
-- latest conversation, owner 'team', "who: what"), so the laptops that hold the dossier pull it.
-- By the coordinator, or the team leader who chairs the meeting. Recording again replaces
-- participants and advice and adds only new agreements.
CREATE FUNCTION toegang_api.record_case(p_case uuid, p_participants text[], p_advice text,
                                        p_agreements jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    c toegang.meeting_cases;
    r toegang.residents;
    conv toegang.records;
    a jsonb;
    added jsonb := '[]'::jsonb;
    v_record uuid;
    v_what text;
    v_plain text;
    v_due date;
    v_pos int;
    s bigint;
    stamp text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"');
BEGIN
    PERFORM toegang.lock_team(m.team_id);
    SELECT * INTO c FROM toegang.meeting_cases WHERE case_id = p_case AND team_id = m.team_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such case' USING ERRCODE = 'TG002';
    END IF;
    r := toegang.coordinated_or_led(m, c.resident_id);
    IF EXISTS (SELECT 1 FROM unnest(coalesce(p_participants, '{}')) p
                WHERE NOT EXISTS (SELECT 1 FROM toegang.members x WHERE x.login = p
                                    AND x.team_id = m.team_id)) THEN
        RAISE EXCEPTION 'a participant is not of this team' USING ERRCODE = 'TG001';
    END IF;
    IF p_agreements IS NOT NULL AND jsonb_typeof(p_agreements) <> 'array' THEN
        RAISE EXCEPTION 'p_agreements is a JSON array' USING ERRCODE = 'TG011';
    END IF;
    IF jsonb_array_length(coalesce(p_agreements, '[]')) > 0 THEN
        -- The plan lives in the latest conversation (by its date, then its record's age).
        SELECT * INTO conv FROM toegang.records
         WHERE resident_id = c.resident_id AND table_name = 'conversations' AND NOT deleted
         ORDER BY data->>'held_on' DESC NULLS LAST, seq DESC LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the dossier has no conversation to hold the plan' USING ERRCODE = 'TG010';
        END IF;
        SELECT coalesce(max((x.data->>'position')::int), 0) INTO v_pos FROM toegang.records x
         WHERE x.table_name = 'agreements' AND x.resident_id = c.resident_id
           AND x.data->>'conversation_id' = conv.record_id::text;
    END IF;
    FOR a IN SELECT value FROM jsonb_array_elements(coalesce(p_agreements, '[]')) LOOP
        v_plain := left(toegang.require_text(a->>'what', 'what is agreed'), 1000);
        v_what := v_plain;
        IF length(btrim(coalesce(a->>'who', ''))) > 0 THEN
            v_what := btrim(a->>'who') || ': ' || v_plain;
        END IF;
        v_due := CASE WHEN coalesce(a->>'due_date', '') <> '' THEN (a->>'due_date')::date END;
        v_record := gen_random_uuid();
        v_pos := v_pos + 1;
        s := toegang.new_change(m.team_id, c.resident_id);
        INSERT INTO toegang.records (table_name, record_id, resident_id, team_id, data, seq,
                                     changed_by, device_id)
        VALUES ('agreements', v_record, c.resident_id, m.team_id,
                jsonb_build_object('conversation_id', conv.record_id::text, 'position', v_pos,
                                   'what', left(v_what, 1000), 'owner', 'team', 'partner_id', NULL,
                                   'due_date', v_due, 'status', 'open',
                                   'created_at', stamp, 'updated_at', stamp),
                s, m.login, NULL);
        added := added || jsonb_build_array(jsonb_build_object(
            'record_id', v_record, 'what', v_plain, 'who', btrim(coalesce(a->>'who', '')),
            'due_date', v_due));
        PERFORM toegang.write_log(m, m.team_id, 'create', c.resident_id, 'agreements',
                                  'case discussion', 'ok');
    END LOOP;
    UPDATE toegang.meeting_cases
       SET participants = coalesce(p_participants, '{}'), advice = left(coalesce(p_advice, ''), 4000),
           agreements = agreements || added, recorded_by = m.login, recorded_at = now()
     WHERE case_id = p_case;
    PERFORM toegang.write_log(m, m.team_id, 'case_record', c.resident_id, 'meeting_cases', '', 'ok');
    RETURN added;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The dossier's team history: involvement, handovers, stand-ins, broken glass and case
-- discussions, for those who hold the dossier (and the team leader).

CREATE FUNCTION toegang_api.team_history(p_resident uuid) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    result jsonb;
    held boolean;
BEGIN
    PERFORM toegang.expire_due(m);
    held := toegang.in_scope(m.login, p_resident);
    IF NOT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = p_resident)
       OR NOT (held OR m.role = 'team_leader') THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    WITH events AS (
        SELECT i.since AS at, 'involved' AS kind, x.display_name AS who, i.purpose AS text,
               i.until AS until, ''::text AS other
          FROM toegang.involvement i JOIN toegang.members x ON x.login = i.login
         WHERE i.resident_id = p_resident AND i.kind = 'involved'
        UNION ALL
        SELECT h.proposed_at, 'handover_' || h.status, f.display_name,
               concat_ws(E'\n', nullif(h.running, ''), nullif(h.agreed, ''), nullif(h.watch, ''),
                         nullif(h.answer, '')),
               h.answered_at, t.display_name
          FROM toegang.handovers h JOIN toegang.members f ON f.login = h.from_login
          JOIN toegang.members t ON t.login = h.to_login
         WHERE h.resident_id = p_resident
        UNION ALL
        SELECT s.made_at, 'stand_in', y.display_name, s.reason, s.until, c.display_name
          FROM toegang.stand_ins s JOIN toegang.members y ON y.login = s.stand_in
          JOIN toegang.members c ON c.login = s.coordinator
         WHERE s.resident_id = p_resident
        UNION ALL
        SELECT g.at, 'broken_glass', x.display_name, g.reason, g.until, ''
          FROM toegang.glass_events g JOIN toegang.members x ON x.login = g.login
         WHERE g.resident_id = p_resident
        UNION ALL
        SELECT coalesce(c.recorded_at, c.added_at), 'case_discussion', b.display_name,
               concat_ws(E'\n', c.question, nullif(c.advice, '')), NULL, mt.held_on::text
          FROM toegang.meeting_cases c JOIN toegang.members b ON b.login = c.brought_by
          JOIN toegang.meetings mt ON mt.meeting_id = c.meeting_id
         WHERE c.resident_id = p_resident
    )
    -- A team leader who does not hold the dossier sees who and when, not what was written.
    SELECT coalesce(jsonb_agg(jsonb_build_object('at', e.at, 'kind', e.kind, 'who', e.who,
                                                 'text', CASE WHEN held THEN e.text ELSE '' END,
                                                 'until', e.until, 'other', e.other)
                              ORDER BY e.at), '[]'::jsonb)
      INTO result FROM events e;
    PERFORM toegang.write_log(m, m.team_id, 'view', p_resident, 'team_history', '', 'ok');
    RETURN result;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The access request (art. 15 AVG): every professional who saw or changed the dossier, from
-- the server's log (laptop lines uploaded after working offline included), with each broken
-- glass and its reason. For the privacy officer and the dossier's coordinator.

CREATE FUNCTION toegang_api.access_request(p_resident uuid) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['privacy_officer', 'professional', 'team_leader']);
    people jsonb;
    glass jsonb;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = p_resident
                     AND (m.role = 'privacy_officer' OR coordinator = m.login)) THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'login', p.actor, 'name', p.actor_name, 'role', p.actor_role, 'first', p.first,
               'last', p.last, 'times', p.times, 'actions', p.actions) ORDER BY p.first), '[]'::jsonb)
      INTO people
      FROM (SELECT l.actor, max(l.actor_name) AS actor_name, max(l.actor_role) AS actor_role,
                   min(l.at) AS first, max(l.at) AS last, count(*) AS times,
                   to_jsonb(array_agg(DISTINCT l.action ORDER BY l.action)) AS actions
              FROM toegang.access_log l
             WHERE l.team_id = m.team_id AND l.resident_id = p_resident AND l.result = 'ok'
               AND l.actor_role IN ('professional', 'team_leader')
             GROUP BY l.actor) p;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'login', g.login, 'name', x.display_name, 'at', g.at, 'until', g.until,
               'reason', g.reason) ORDER BY g.at), '[]'::jsonb)
      INTO glass
      FROM toegang.glass_events g JOIN toegang.members x ON x.login = g.login
     WHERE g.resident_id = p_resident;
    PERFORM toegang.write_log(m, m.team_id, 'access_request', p_resident, 'access_log', '', 'ok');
    RETURN jsonb_build_object('people', people, 'broken_glass', glass);
END
$$;

RESET ROLE;

-- Who may call what (the functions check the role again on every call).
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA toegang FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA toegang_api FROM PUBLIC;
-- The moved bodies of 0001 are internal now.
REVOKE ALL ON FUNCTION toegang.pull_v1(uuid, bigint, uuid, int), toegang.caseload_v1(text, int)
    FROM toegang_professional, toegang_team_leader;
GRANT EXECUTE ON FUNCTION toegang_api.pull(uuid, bigint, uuid, int), toegang_api.caseload(text, int),
    toegang_api.involve(uuid, text, text, date), toegang_api.end_involvement(uuid, text),
    toegang_api.propose_handover(uuid, text, text, text, text), toegang_api.handovers(),
    toegang_api.answer_handover(uuid, boolean, text), toegang_api.break_glass(uuid, text),
    toegang_api.new_meeting(date, text), toegang_api.meetings(date),
    toegang_api.bring_case(uuid, uuid, text), toegang_api.meeting(uuid),
    toegang_api.record_case(uuid, text[], text, jsonb), toegang_api.team_history(uuid),
    toegang_api.set_contact(text), toegang_api.team_members()
    TO toegang_professional, toegang_team_leader;
-- The direct handover is the team leader's now (professionals propose).
REVOKE EXECUTE ON FUNCTION toegang_api.handover(uuid, text) FROM toegang_professional;
GRANT EXECUTE ON FUNCTION toegang_api.team_overview(), toegang_api.overview_list(text, text),
    toegang_api.stand_in(uuid[], text, text, date), toegang_api.end_stand_in(uuid)
    TO toegang_team_leader;
GRANT EXECUTE ON FUNCTION toegang_api.access_request(uuid)
    TO toegang_privacy_officer, toegang_professional, toegang_team_leader;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA toegang TO toegang_owner;
GRANT EXECUTE ON FUNCTION toegang.create_login(text, text, text),
    toegang.change_login(text, text, text, text, boolean) TO toegang_owner;
