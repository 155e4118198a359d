-- The team server, version 1: roles, tables and the team API (docs/team-protocol.md).
--
-- Applied by toegang_desktop/team/server_schema.py in one transaction, as a superuser (the
-- roles and the ownership changes need one). Everything else is made
-- as the NOLOGIN owner role `toegang_owner`, which owns the tables and the SECURITY DEFINER
-- functions of `toegang_api`. Login roles (one per professional) get USAGE on `toegang_api`
-- and EXECUTE on the functions their group needs, and nothing else: every read and write
-- goes through a function that checks session_user against toegang.members on every call.

-- ---------------------------------------------------------------------------------------
-- Roles. Cluster-wide, so made only when missing (a second database on the same cluster,
-- or a migration test, finds them already there).
DO $roles$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['toegang_owner', 'toegang_role_admin', 'toegang_professional',
                                'toegang_team_leader', 'toegang_application_manager',
                                'toegang_privacy_officer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END
$roles$;
-- Only toegang_role_admin may make and change login roles, and it can only be reached through
-- two small functions of its own (toegang.create_login, toegang.change_login). CREATEROLE is
-- a strong right; it is kept off the role that owns the data.
ALTER ROLE toegang_role_admin CREATEROLE;
ALTER ROLE toegang_owner NOCREATEROLE;
GRANT toegang_professional, toegang_team_leader, toegang_application_manager,
      toegang_privacy_officer TO toegang_role_admin WITH ADMIN OPTION;

-- The database: nobody but the roles of this app may do anything in it.
DO $db$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO toegang_professional, toegang_team_leader, '
                   'toegang_application_manager, toegang_privacy_officer', current_database());
END
$db$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA toegang AUTHORIZATION toegang_owner;
CREATE SCHEMA toegang_api AUTHORIZATION toegang_owner;
REVOKE ALL ON SCHEMA toegang FROM PUBLIC;
REVOKE ALL ON SCHEMA toegang_api FROM PUBLIC;
GRANT USAGE ON SCHEMA toegang_api TO toegang_professional, toegang_team_leader,
    toegang_application_manager, toegang_privacy_officer;
GRANT USAGE ON SCHEMA toegang TO toegang_role_admin;
ALTER DEFAULT PRIVILEGES FOR ROLE toegang_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE toegang_role_admin REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

SET LOCAL ROLE toegang_owner;

-- ---------------------------------------------------------------------------------------
-- Tables

CREATE TABLE toegang.schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- One row: the server's epoch is made at init; a laptop keeps it to recognise its server.
CREATE TABLE toegang.server_meta (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    epoch uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO toegang.server_meta DEFAULT VALUES;

CREATE TABLE toegang.teams (
    team_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE toegang.members (
    login text PRIMARY KEY,                 -- the PostgreSQL login role (session_user)
    display_name text NOT NULL,
    team_id uuid REFERENCES toegang.teams,  -- NULL only for an application manager
    role text NOT NULL CHECK (role IN ('professional', 'team_leader', 'application_manager',
                                       'privacy_officer')),
    active boolean NOT NULL DEFAULT true,
    added_at timestamptz NOT NULL DEFAULT now(),
    CHECK (team_id IS NOT NULL OR role = 'application_manager')
);

CREATE TABLE toegang.devices (
    device_id uuid PRIMARY KEY,
    login text NOT NULL REFERENCES toegang.members,
    label text NOT NULL DEFAULT '',
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

-- The tables whose records are only ever inserted (journal lines, decisions, log lines).
CREATE TABLE toegang.append_only_tables (
    table_name text PRIMARY KEY
);
INSERT INTO toegang.append_only_tables
VALUES ('dossier_events'), ('signal_decisions'), ('access_log'), ('resident_changes');

-- Every change in a team gets a number from one sequence; pull's "since" counts in it. The
-- change_id lets a laptop notice that the server went back (a restored backup reuses numbers).
CREATE SEQUENCE toegang.change_seq;
CREATE TABLE toegang.changes (
    seq bigint PRIMARY KEY,
    change_id uuid NOT NULL DEFAULT gen_random_uuid(),
    team_id uuid NOT NULL REFERENCES toegang.teams,
    resident_id uuid,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE toegang.residents (
    resident_id uuid PRIMARY KEY,
    team_id uuid NOT NULL REFERENCES toegang.teams,
    coordinator text NOT NULL REFERENCES toegang.members,
    -- The caseload's fields, kept up to date by the laptop's summary operations.
    display_name text NOT NULL DEFAULT '',
    search_key text NOT NULL DEFAULT '',   -- ' ' || folded name: a word starts after a space
    sort_key text NOT NULL DEFAULT '',     -- folded, surname first when the laptop says so
    date_of_birth date,
    next_legal_term date,
    deleted boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- The team list in list order: its first page, and the first walk of a search (index-only:
-- the search key rides along).
CREATE INDEX residents_team_sort ON toegang.residents (team_id, sort_key, resident_id)
    INCLUDE (search_key) WHERE NOT deleted;

-- The team list's search: each typed word must start a word of the name (as the laptop's own
-- search). One row per word of each resident's folded name, so a typed word is a range scan
-- of (team, word); the other columns ride along in the index (index-only: no table reads,
-- which is what made a trigram index on 500,000 names slow for a common word).
CREATE TABLE toegang.resident_words (
    team_id uuid NOT NULL,
    word text NOT NULL,
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    sort_key text NOT NULL,
    search_key text NOT NULL,
    PRIMARY KEY (resident_id, word)
);
CREATE INDEX resident_words_prefix ON toegang.resident_words (team_id, word text_pattern_ops)
    INCLUDE (sort_key, resident_id, search_key);
CREATE INDEX residents_coordinator ON toegang.residents (coordinator);

CREATE TABLE toegang.involvement (
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    login text NOT NULL REFERENCES toegang.members,
    team_id uuid NOT NULL REFERENCES toegang.teams,
    since timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (resident_id, login)
);
CREATE INDEX involvement_login ON toegang.involvement (login);

CREATE TABLE toegang.leases (
    resident_id uuid PRIMARY KEY REFERENCES toegang.residents,
    team_id uuid NOT NULL REFERENCES toegang.teams,
    holder text NOT NULL REFERENCES toegang.members,
    device_id uuid NOT NULL REFERENCES toegang.devices,
    taken_at timestamptz NOT NULL DEFAULT now(),
    until timestamptz NOT NULL
);

CREATE TABLE toegang.records (
    table_name text NOT NULL CHECK (table_name ~ '^[a-z][a-z0-9_]{0,62}$'),
    record_id uuid NOT NULL,
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    team_id uuid NOT NULL REFERENCES toegang.teams,
    data jsonb NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL REFERENCES toegang.changes,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL,
    device_id uuid,
    PRIMARY KEY (table_name, record_id)
);
CREATE INDEX records_resident_seq ON toegang.records (resident_id, seq);

CREATE TABLE toegang.applied_operations (
    op_id uuid PRIMARY KEY,
    device_id uuid NOT NULL REFERENCES toegang.devices,
    login text NOT NULL,
    status text NOT NULL,
    device_time text,
    applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE toegang.conflicts (
    conflict_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team_id uuid NOT NULL REFERENCES toegang.teams,
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    table_name text NOT NULL,
    record_id uuid NOT NULL,
    field text,                    -- NULL: a delete made while a colleague held the lease
    before_value jsonb,
    server_value jsonb,
    pushed_value jsonb,
    pushed_by text NOT NULL,
    device_id uuid NOT NULL,
    op_id uuid NOT NULL,
    pushed_at text,                -- the device's clock, as told
    reason text NOT NULL,          -- 'changed' | 'leased'
    created_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    resolved_by text,
    resolution jsonb
);
CREATE INDEX conflicts_open ON toegang.conflicts (team_id, resident_id) WHERE resolved_at IS NULL;

-- A dossier came into or left someone's scope (handover, involvement, removal): pull's
-- "removed" and "a dossier newly in scope comes whole" read these.
CREATE TABLE toegang.scope_events (
    seq bigint PRIMARY KEY REFERENCES toegang.changes,
    team_id uuid NOT NULL REFERENCES toegang.teams,
    resident_id uuid NOT NULL REFERENCES toegang.residents,
    login text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('gained', 'lost')),
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scope_events_login ON toegang.scope_events (login, seq);

-- The server's access log (NEN 7513): who (session_user, name, role), when (server time),
-- which client (resident), what (action, subject: table and field names, never values),
-- from where (device, address), the result. One hash chain per team (NULL: administration),
-- serialised by an advisory lock. Lines a laptop logged offline keep their device, line id
-- and device time (source 'device').
CREATE TABLE toegang.access_log (
    id bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    team_id uuid,
    actor text NOT NULL,
    actor_name text NOT NULL,
    actor_role text NOT NULL,
    action text NOT NULL,
    resident_id uuid,
    subject text NOT NULL DEFAULT '',
    detail text NOT NULL DEFAULT '',
    result text NOT NULL DEFAULT 'ok',
    device_id uuid,
    client_addr text,
    source text NOT NULL DEFAULT 'server' CHECK (source IN ('server', 'device')),
    device_line_id text,
    device_time text,
    device_actor text,
    prev_hash text NOT NULL,
    hash text NOT NULL
);
CREATE SEQUENCE toegang.access_log_id OWNED BY toegang.access_log.id;
CREATE INDEX access_log_chain ON toegang.access_log (team_id, id);
CREATE UNIQUE INDEX access_log_device_line ON toegang.access_log (device_id, device_line_id)
    WHERE source = 'device';

CREATE FUNCTION toegang.refuse_log_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only' USING ERRCODE = 'TG005';
END
$$;
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON toegang.access_log
    FOR EACH ROW EXECUTE FUNCTION toegang.refuse_log_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON toegang.access_log
    FOR EACH STATEMENT EXECUTE FUNCTION toegang.refuse_log_change();

-- ---------------------------------------------------------------------------------------
-- Internal helpers (schema toegang: no login role can reach them)

CREATE FUNCTION toegang.fold(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = toegang, pg_temp AS $$
    SELECT regexp_replace(
        translate(lower(coalesce(p, '')),
                  'áàäâãåéèëêíìïîóòöôõøúùüûýÿçñ''’-',
                  'aaaaaaeeeeiiiioooooouuuuyycn   '),
        '\s+', ' ', 'g')
$$;

-- The caller's team, for the row-level security policies (session_user: inside a SECURITY
-- DEFINER function current_user is the owner, the session's user is still the login).
CREATE FUNCTION toegang.session_team() RETURNS uuid
LANGUAGE sql STABLE SET search_path = toegang, pg_temp AS $$
    SELECT team_id FROM toegang.members WHERE login = session_user::text AND active
$$;

CREATE FUNCTION toegang.caller(p_roles text[]) RETURNS toegang.members
LANGUAGE plpgsql STABLE SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members;
BEGIN
    SELECT * INTO m FROM toegang.members WHERE login = session_user::text AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not a member of a team on this server' USING ERRCODE = 'TG001';
    END IF;
    IF NOT m.role = ANY (p_roles) THEN
        RAISE EXCEPTION 'not allowed for the role %', m.role USING ERRCODE = 'TG005';
    END IF;
    RETURN m;
END
$$;

CREATE FUNCTION toegang.check_device(m toegang.members, p_device uuid) RETURNS void
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    d toegang.devices;
BEGIN
    SELECT * INTO d FROM toegang.devices WHERE device_id = p_device;
    IF NOT FOUND OR d.login <> m.login THEN
        RAISE EXCEPTION 'this device is not registered to you' USING ERRCODE = 'TG003';
    END IF;
    IF d.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'this device was revoked' USING ERRCODE = 'TG003';
    END IF;
    IF d.last_seen < now() - interval '1 minute' THEN
        UPDATE toegang.devices SET last_seen = now() WHERE device_id = p_device;
    END IF;
END
$$;

CREATE FUNCTION toegang.lock_team(p_team uuid) RETURNS void
LANGUAGE sql SET search_path = toegang, pg_temp AS $$
    SELECT pg_advisory_xact_lock(hashtextextended('toegang.team:' || coalesce(p_team::text, '-'), 0))
$$;

CREATE FUNCTION toegang.log_canonical(l toegang.access_log) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = toegang, pg_temp AS $$
    SELECT jsonb_build_array(l.id, to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                             l.team_id, l.actor, l.actor_name, l.actor_role, l.action, l.resident_id,
                             l.subject, l.detail, l.result, l.device_id, l.client_addr, l.source,
                             l.device_line_id, l.device_time, l.device_actor)::text
$$;

CREATE FUNCTION toegang.log_hash(p_prev text, l toegang.access_log) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = toegang, pg_temp AS $$
    SELECT encode(sha256(convert_to(p_prev || E'\n' || toegang.log_canonical(l), 'UTF8')), 'hex')
$$;

-- One line in the team's chain; the lock is held to the end of the transaction, so the line
-- commits (or not) with the change it records.
CREATE FUNCTION toegang.write_log(
    m toegang.members, p_team uuid, p_action text, p_resident uuid, p_subject text,
    p_detail text DEFAULT '', p_result text DEFAULT 'ok', p_device uuid DEFAULT NULL,
    p_source text DEFAULT 'server', p_device_line text DEFAULT NULL,
    p_device_time text DEFAULT NULL, p_device_actor text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    l toegang.access_log;
    prev text;
BEGIN
    PERFORM toegang.lock_team(p_team);
    -- Two forms, not IS NOT DISTINCT FROM: only an equality (leakproof, under row-level
    -- security) lets the (team_id, id) index find the chain's last line at once.
    IF p_team IS NULL THEN
        SELECT hash INTO prev FROM toegang.access_log WHERE team_id IS NULL ORDER BY id DESC LIMIT 1;
    ELSE
        SELECT hash INTO prev FROM toegang.access_log WHERE team_id = p_team ORDER BY id DESC LIMIT 1;
    END IF;
    l.id := nextval('toegang.access_log_id');
    l.at := now();
    l.team_id := p_team;
    l.actor := session_user::text;
    l.actor_name := m.display_name;
    l.actor_role := m.role;
    l.action := p_action;
    l.resident_id := p_resident;
    l.subject := coalesce(p_subject, '');
    l.detail := coalesce(p_detail, '');
    l.result := p_result;
    l.device_id := p_device;
    l.client_addr := host(inet_client_addr());
    l.source := p_source;
    l.device_line_id := p_device_line;
    l.device_time := p_device_time;
    l.device_actor := p_device_actor;
    l.prev_hash := coalesce(prev, repeat('0', 64));
    l.hash := toegang.log_hash(l.prev_hash, l);
    INSERT INTO toegang.access_log VALUES (l.*);
    RETURN l.id;
END
$$;

CREATE FUNCTION toegang.new_change(p_team uuid, p_resident uuid) RETURNS bigint
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    s bigint := nextval('toegang.change_seq');
BEGIN
    INSERT INTO toegang.changes (seq, team_id, resident_id) VALUES (s, p_team, p_resident);
    RETURN s;
END
$$;

CREATE FUNCTION toegang.in_scope(p_login text, p_resident uuid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = toegang, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = p_resident AND coordinator = p_login)
        OR EXISTS (SELECT 1 FROM toegang.involvement WHERE resident_id = p_resident AND login = p_login)
$$;

CREATE FUNCTION toegang.scope_event(p_team uuid, p_resident uuid, p_login text, p_kind text)
RETURNS void
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
BEGIN
    INSERT INTO toegang.scope_events (seq, team_id, resident_id, login, kind)
    VALUES (toegang.new_change(p_team, p_resident), p_team, p_resident, p_login, p_kind);
END
$$;

-- The team list's words of one resident, after its name changed or it was deleted.
CREATE FUNCTION toegang.index_words(p_resident uuid) RETURNS void
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
BEGIN
    DELETE FROM toegang.resident_words WHERE resident_id = p_resident;
    INSERT INTO toegang.resident_words (team_id, word, resident_id, sort_key, search_key)
    SELECT DISTINCT r.team_id, w, r.resident_id, r.sort_key, r.search_key
      FROM toegang.residents r, regexp_split_to_table(btrim(r.search_key), ' ') AS w
     WHERE r.resident_id = p_resident AND NOT r.deleted AND w <> '';
END
$$;

-- ---------------------------------------------------------------------------------------
-- Login roles: made and changed only here, by toegang_role_admin (CREATEROLE). The password
-- arrives as a SCRAM-SHA-256 verifier computed by the admin command: never in clear.

CREATE FUNCTION toegang.check_login_name(p_login text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = toegang, pg_temp AS $$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR p_login ~ '^(pg_|toegang_)'
       OR p_login IN ('postgres', 'public') THEN
        RAISE EXCEPTION 'a login is 2-63 lower-case letters, digits, ".", "-" or "_"'
            USING ERRCODE = '22023';
    END IF;
END
$$;

RESET ROLE;

CREATE FUNCTION toegang.create_login(p_login text, p_verifier text, p_group text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
BEGIN
    PERFORM toegang.check_login_name(p_login);
    IF p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password arrives as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    IF p_group NOT IN ('toegang_professional', 'toegang_team_leader',
                       'toegang_application_manager', 'toegang_privacy_officer') THEN
        RAISE EXCEPTION 'unknown group %', p_group USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the login % exists already', p_login USING ERRCODE = '42710';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    EXECUTE format('GRANT %I TO %I', p_group, p_login);
END
$$;

CREATE FUNCTION toegang.change_login(p_login text, p_verifier text, p_old_group text,
                                     p_new_group text, p_can_log_in boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
BEGIN
    PERFORM toegang.check_login_name(p_login);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND NOT rolsuper) THEN
        RAISE EXCEPTION 'no login %', p_login USING ERRCODE = '22023';
    END IF;
    IF p_verifier IS NOT NULL THEN
        IF p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
            RAISE EXCEPTION 'a password arrives as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    END IF;
    IF p_new_group IS NOT NULL AND p_new_group IS DISTINCT FROM p_old_group THEN
        IF p_new_group NOT IN ('toegang_professional', 'toegang_team_leader',
                               'toegang_application_manager', 'toegang_privacy_officer') THEN
            RAISE EXCEPTION 'unknown group %', p_new_group USING ERRCODE = '22023';
        END IF;
        IF p_old_group IS NOT NULL THEN
            EXECUTE format('REVOKE %I FROM %I', p_old_group, p_login);
        END IF;
        EXECUTE format('GRANT %I TO %I', p_new_group, p_login);
    END IF;
    IF p_can_log_in IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_can_log_in THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
END
$$;
ALTER FUNCTION toegang.create_login(text, text, text) OWNER TO toegang_role_admin;
ALTER FUNCTION toegang.change_login(text, text, text, text, boolean) OWNER TO toegang_role_admin;
REVOKE ALL ON FUNCTION toegang.create_login(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION toegang.change_login(text, text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION toegang.create_login(text, text, text) TO toegang_owner;
GRANT EXECUTE ON FUNCTION toegang.change_login(text, text, text, text, boolean) TO toegang_owner;
GRANT EXECUTE ON FUNCTION toegang.check_login_name(text) TO toegang_role_admin;

SET LOCAL ROLE toegang_owner;

CREATE FUNCTION toegang.group_of(p_role text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = toegang, pg_temp AS $$
    SELECT 'toegang_' || p_role
$$;

-- ---------------------------------------------------------------------------------------
-- Row-level security: the second fence. Even a mistake in a function cannot reach another
-- team's dossiers (FORCE: the policies hold for the owner the functions run as).

ALTER TABLE toegang.residents ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.residents FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.records ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.records FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.involvement ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.involvement FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.leases ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.leases FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.conflicts FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.scope_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.scope_events FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.changes FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.resident_words ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.resident_words FORCE ROW LEVEL SECURITY;
ALTER TABLE toegang.access_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE toegang.access_log FORCE ROW LEVEL SECURITY;

CREATE POLICY own_team ON toegang.residents USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.records USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.involvement USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.leases USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.conflicts USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.scope_events USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.resident_words USING (team_id = (SELECT toegang.session_team()));
CREATE POLICY own_team ON toegang.changes USING (team_id = (SELECT toegang.session_team()));
-- The log: a team's lines for its members, the administration's (team NULL) for the manager.
CREATE POLICY own_team ON toegang.access_log
    USING (team_id IS NOT DISTINCT FROM (SELECT toegang.session_team()));

-- ---------------------------------------------------------------------------------------
-- The team API

CREATE FUNCTION toegang_api.whoami() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader',
                                               'application_manager', 'privacy_officer']);
BEGIN
    RETURN jsonb_build_object(
        'login', m.login, 'display_name', m.display_name, 'role', m.role,
        'team_id', m.team_id,
        'team_name', (SELECT name FROM toegang.teams WHERE team_id = m.team_id));
END
$$;

CREATE FUNCTION toegang_api.server_info() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
    SELECT jsonb_build_object(
        'schema_version', (SELECT max(version) FROM toegang.schema_version),
        'epoch', (SELECT epoch FROM toegang.server_meta),
        'server_time', now())
$$;

CREATE FUNCTION toegang_api.register_device(p_device uuid, p_label text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader',
                                               'application_manager', 'privacy_officer']);
    d toegang.devices;
BEGIN
    SELECT * INTO d FROM toegang.devices WHERE device_id = p_device;
    IF FOUND AND (d.login <> m.login OR d.revoked_at IS NOT NULL) THEN
        RAISE EXCEPTION 'this device cannot be registered (revoked or someone else''s)'
            USING ERRCODE = 'TG003';
    END IF;
    IF FOUND THEN
        UPDATE toegang.devices SET label = coalesce(p_label, ''), last_seen = now()
         WHERE device_id = p_device;
    ELSE
        INSERT INTO toegang.devices (device_id, login, label) VALUES (p_device, m.login, coalesce(p_label, ''));
        PERFORM toegang.write_log(m, m.team_id, 'device_register', NULL, 'devices', p_label,
                                  'ok', p_device);
    END IF;
END
$$;

-- One operation of a push; the caller holds the team's lock. Returns (status, reason).
CREATE FUNCTION toegang.push_one(m toegang.members, p_device uuid, op jsonb,
                                 OUT status text, OUT reason text)
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    v_op uuid;
    v_kind text := op->>'kind';
    v_table text := op->>'table';
    v_record uuid;
    v_resident uuid;
    v_field text := op->>'field';
    v_at text := op->>'at';
    prior toegang.applied_operations;
    res toegang.residents;
    rec toegang.records;
    holder text;
    cur jsonb;
    bef jsonb := coalesce(op->'before', 'null'::jsonb);
    aft jsonb := coalesce(op->'after', 'null'::jsonb);
    s bigint;
    uuid_re constant text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
BEGIN
    IF coalesce(op->>'op_id', '') !~ uuid_re OR coalesce(op->>'record_id', '') !~ uuid_re
       OR coalesce(op->>'resident_id', '') !~ uuid_re
       OR v_kind IS NULL OR v_kind NOT IN ('insert', 'update', 'delete', 'summary')
       OR coalesce(v_table, '') !~ '^[a-z][a-z0-9_]{0,62}$'
       OR (v_kind = 'update' AND coalesce(v_field, '') !~ '^[a-z_][a-z0-9_]{0,62}$')
       OR (v_kind IN ('insert', 'summary') AND jsonb_typeof(op->'data') IS DISTINCT FROM 'object') THEN
        status := 'refused'; reason := 'malformed';
        RETURN;
    END IF;
    v_op := (op->>'op_id')::uuid;
    v_record := (op->>'record_id')::uuid;
    v_resident := (op->>'resident_id')::uuid;

    SELECT * INTO prior FROM toegang.applied_operations WHERE op_id = v_op;
    IF FOUND THEN
        IF prior.device_id = p_device THEN
            status := 'duplicate'; reason := prior.status;
        ELSE
            status := 'refused'; reason := 'replay';
            PERFORM toegang.write_log(m, m.team_id, 'change', v_resident, v_table,
                                      'replayed operation ' || v_op, 'refused', p_device);
        END IF;
        RETURN;
    END IF;

    -- A new dossier: in the caller's team, the caller its coordinator.
    IF v_kind = 'insert' AND v_table = 'residents' THEN
        IF v_record <> v_resident THEN
            status := 'refused'; reason := 'malformed';
            RETURN;
        END IF;
        -- The primary key sees every team (row-level security hides the others' rows, not
        -- their keys): a resident id that exists anywhere is refused.
        BEGIN
            INSERT INTO toegang.residents (resident_id, team_id, coordinator)
            VALUES (v_resident, m.team_id, m.login);
        EXCEPTION WHEN unique_violation THEN
            status := 'refused'; reason := 'exists';
            RETURN;
        END;
        s := toegang.new_change(m.team_id, v_resident);
        INSERT INTO toegang.records (table_name, record_id, resident_id, team_id, data, seq,
                                     changed_by, device_id)
        VALUES (v_table, v_record, v_resident, m.team_id, op->'data', s, m.login, p_device);
        INSERT INTO toegang.applied_operations (op_id, device_id, login, status, device_time)
        VALUES (v_op, p_device, m.login, 'applied', v_at);
        PERFORM toegang.write_log(m, m.team_id, 'create', v_resident, v_table, '', 'ok', p_device);
        status := 'applied';
        RETURN;
    END IF;

    SELECT * INTO res FROM toegang.residents WHERE resident_id = v_resident;
    IF NOT FOUND OR NOT toegang.in_scope(m.login, v_resident) THEN
        status := 'refused'; reason := 'no_access';
        PERFORM toegang.write_log(m, m.team_id, 'change', CASE WHEN FOUND THEN v_resident END,
                                  v_table, v_kind, 'refused', p_device);
        RETURN;
    END IF;

    IF v_kind = 'summary' THEN
        -- Derived fields (nobody typed them): no conflict check, the newest wins. A date that
        -- is no date refuses this operation only, not the whole push.
        BEGIN
            PERFORM (op->'data'->>'date_of_birth')::date, (op->'data'->>'next_legal_term')::date;
        EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
            status := 'refused'; reason := 'malformed';
            RETURN;
        END;
        UPDATE toegang.residents
           SET display_name = coalesce(op->'data'->>'display_name', display_name),
               search_key = ' ' || toegang.fold(coalesce(op->'data'->>'display_name', display_name)),
               sort_key = toegang.fold(coalesce(op->'data'->>'sort_name', op->'data'->>'display_name',
                                                display_name)),
               date_of_birth = CASE WHEN op->'data' ? 'date_of_birth'
                                    THEN (op->'data'->>'date_of_birth')::date ELSE date_of_birth END,
               next_legal_term = CASE WHEN op->'data' ? 'next_legal_term'
                                      THEN (op->'data'->>'next_legal_term')::date ELSE next_legal_term END
         WHERE resident_id = v_resident;
        PERFORM toegang.index_words(v_resident);
        INSERT INTO toegang.applied_operations (op_id, device_id, login, status, device_time)
        VALUES (v_op, p_device, m.login, 'applied', v_at);
        status := 'applied';
        RETURN;
    END IF;

    SELECT l.holder INTO holder FROM toegang.leases l
     WHERE l.resident_id = v_resident AND l.until > now() AND l.holder <> m.login;

    IF v_kind = 'insert' THEN
        -- A new record cannot overwrite anybody's work: applied even under a colleague's lease.
        SELECT * INTO rec FROM toegang.records WHERE table_name = v_table AND record_id = v_record;
        IF FOUND THEN
            status := 'refused'; reason := 'exists';
            RETURN;
        END IF;
        s := toegang.new_change(m.team_id, v_resident);
        INSERT INTO toegang.records (table_name, record_id, resident_id, team_id, data, seq,
                                     changed_by, device_id)
        VALUES (v_table, v_record, v_resident, m.team_id, op->'data', s, m.login, p_device);
        INSERT INTO toegang.applied_operations (op_id, device_id, login, status, device_time)
        VALUES (v_op, p_device, m.login, 'applied', v_at);
        PERFORM toegang.write_log(m, m.team_id, 'create', v_resident, v_table, '', 'ok', p_device);
        status := 'applied';
        RETURN;
    END IF;

    IF EXISTS (SELECT 1 FROM toegang.append_only_tables WHERE table_name = v_table) THEN
        status := 'refused'; reason := 'append_only';
        RETURN;
    END IF;
    SELECT * INTO rec FROM toegang.records
     WHERE table_name = v_table AND record_id = v_record FOR UPDATE;
    IF NOT FOUND OR rec.resident_id <> v_resident THEN
        status := 'refused'; reason := 'unknown_record';
        RETURN;
    END IF;

    cur := CASE WHEN v_kind = 'update' THEN coalesce(rec.data->v_field, 'null'::jsonb) END;
    IF holder IS NOT NULL OR (v_kind = 'update' AND cur <> bef AND cur <> aft) THEN
        INSERT INTO toegang.conflicts (team_id, resident_id, table_name, record_id, field,
                                       before_value, server_value, pushed_value, pushed_by,
                                       device_id, op_id, pushed_at, reason)
        VALUES (m.team_id, v_resident, v_table, v_record,
                CASE WHEN v_kind = 'update' THEN v_field END,
                CASE WHEN v_kind = 'update' THEN bef END,
                CASE WHEN v_kind = 'update' THEN cur ELSE to_jsonb(NOT rec.deleted) END,
                CASE WHEN v_kind = 'update' THEN aft ELSE 'false'::jsonb END,
                m.login, p_device, v_op, v_at,
                CASE WHEN holder IS NOT NULL THEN 'leased' ELSE 'changed' END);
        INSERT INTO toegang.applied_operations (op_id, device_id, login, status, device_time)
        VALUES (v_op, p_device, m.login, 'conflict', v_at);
        PERFORM toegang.write_log(m, m.team_id, 'change', v_resident,
                                  v_table || coalesce('.' || v_field, ''), 'conflict', 'conflict', p_device);
        status := 'conflict';
        reason := CASE WHEN holder IS NOT NULL THEN 'leased' ELSE 'changed' END;
        RETURN;
    END IF;

    IF v_kind = 'update' THEN
        IF cur <> aft THEN
            s := toegang.new_change(m.team_id, v_resident);
            UPDATE toegang.records
               SET data = jsonb_set(data, ARRAY[v_field], aft, true), seq = s, changed_at = now(),
                   changed_by = m.login, device_id = p_device
             WHERE table_name = v_table AND record_id = v_record;
        END IF;
        PERFORM toegang.write_log(m, m.team_id, 'change', v_resident, v_table || '.' || v_field,
                                  '', 'ok', p_device);
    ELSE
        IF NOT rec.deleted THEN
            s := toegang.new_change(m.team_id, v_resident);
            UPDATE toegang.records
               SET deleted = true, seq = s, changed_at = now(), changed_by = m.login, device_id = p_device
             WHERE table_name = v_table AND record_id = v_record;
            IF v_table = 'residents' THEN
                UPDATE toegang.residents SET deleted = true WHERE resident_id = v_resident;
                PERFORM toegang.index_words(v_resident);
            END IF;
        END IF;
        PERFORM toegang.write_log(m, m.team_id, 'delete', v_resident, v_table, '', 'ok', p_device);
    END IF;
    INSERT INTO toegang.applied_operations (op_id, device_id, login, status, device_time)
    VALUES (v_op, p_device, m.login, 'applied', v_at);
    status := 'applied';
END
$$;

CREATE FUNCTION toegang_api.push(p_device uuid, p_ops jsonb) RETURNS jsonb
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
    -- Changes of one team commit in the order of their numbers: a pull never skips one that
    -- was still being written (the same lock serialises the team's log chain).
    PERFORM toegang.lock_team(m.team_id);
    FOR op IN SELECT value FROM jsonb_array_elements(p_ops) LOOP
        r := toegang.push_one(m, p_device, op);
        results := results || jsonb_build_array(jsonb_build_object(
            'op_id', op->>'op_id', 'status', r.status, 'reason', r.reason));
    END LOOP;
    RETURN results;
END
$$;

CREATE FUNCTION toegang_api.pull(p_device uuid, p_since bigint, p_since_change uuid, p_limit int)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    v_since bigint := greatest(coalesce(p_since, 0), 0);
    v_limit int := least(greatest(coalesce(p_limit, 500), 1), 5000);
    cut bigint;
    page jsonb;
    high bigint;
    more boolean;
    removed jsonb;
    lost_high bigint;
    residents_read uuid[];
    rid uuid;
BEGIN
    PERFORM toegang.check_device(m, p_device);
    IF v_since > 0 AND NOT EXISTS (SELECT 1 FROM toegang.changes
                                    WHERE seq = v_since AND change_id = p_since_change) THEN
        RETURN jsonb_build_object('reset', true, 'high', 0, 'high_change', NULL, 'more', true,
                                  'records', '[]'::jsonb, 'removed', '[]'::jsonb);
    END IF;

    -- What is in scope and changed after v_since; a dossier newly in scope comes whole, at
    -- the number of the event that brought it (eff). A page ends after p_limit rows but never
    -- inside one number, so it never splits a dossier's arrival.
    WITH scope AS (
        SELECT r.resident_id FROM toegang.residents r WHERE r.coordinator = m.login
        UNION
        SELECT i.resident_id FROM toegang.involvement i WHERE i.login = m.login
    ), gained AS (
        SELECT e.resident_id, max(e.seq) AS g FROM toegang.scope_events e
         WHERE e.login = m.login AND e.kind = 'gained' AND e.seq > v_since
         GROUP BY e.resident_id
    ), wanted AS (
        SELECT greatest(rec.seq, coalesce(g.g, 0)) AS eff, rec.seq, rec.table_name, rec.record_id,
               rec.resident_id, rec.deleted, rec.data
          FROM scope s
          JOIN toegang.records rec ON rec.resident_id = s.resident_id
          LEFT JOIN gained g ON g.resident_id = s.resident_id
         WHERE rec.seq > v_since OR g.g IS NOT NULL
    ), numbered AS (
        SELECT w.*, row_number() OVER (ORDER BY w.eff, w.seq) AS rn FROM wanted w
    ), bound AS (
        SELECT max(n.eff) FILTER (WHERE n.rn = v_limit) AS at_limit, max(n.eff) AS top FROM numbered n
    )
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'seq', n.seq, 'table', n.table_name, 'record_id', n.record_id,
               'resident_id', n.resident_id, 'deleted', n.deleted, 'data', n.data)
               ORDER BY n.eff, n.seq) FILTER (WHERE b.at_limit IS NULL OR n.eff <= b.at_limit), '[]'::jsonb),
           max(n.eff) FILTER (WHERE b.at_limit IS NULL OR n.eff <= b.at_limit),
           array_agg(DISTINCT n.resident_id) FILTER (WHERE b.at_limit IS NULL OR n.eff <= b.at_limit),
           coalesce(bool_or(b.at_limit IS NOT NULL AND n.eff > b.at_limit), false)
      INTO page, high, residents_read, more
      FROM numbered n CROSS JOIN bound b;
    cut := CASE WHEN more THEN high END;

    -- Dossiers that left the caller's scope (and are still out of it).
    SELECT coalesce(jsonb_agg(DISTINCT e.resident_id), '[]'::jsonb), max(e.seq)
      INTO removed, lost_high
      FROM toegang.scope_events e
     WHERE e.login = m.login AND e.kind = 'lost' AND e.seq > v_since
       AND (cut IS NULL OR e.seq <= cut)
       AND NOT toegang.in_scope(m.login, e.resident_id);
    IF NOT more THEN
        high := greatest(high, lost_high);
    END IF;
    high := coalesce(high, v_since);

    IF residents_read IS NOT NULL THEN
        FOREACH rid IN ARRAY residents_read LOOP
            PERFORM toegang.write_log(m, m.team_id, 'view', rid, 'pull', '', 'ok', p_device);
        END LOOP;
    END IF;
    RETURN jsonb_build_object(
        'reset', false, 'high', high,
        'high_change', CASE WHEN high = v_since THEN p_since_change
                            ELSE (SELECT change_id FROM toegang.changes WHERE seq = high) END,
        'more', more, 'records', page, 'removed', removed);
END
$$;

CREATE FUNCTION toegang_api.caseload(p_search text, p_limit int)
RETURNS TABLE (resident_id uuid, display_name text, date_of_birth date, coordinator text,
               coordinator_name text, next_legal_term date, lease_holder text,
               lease_holder_name text, lease_until timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    v_limit int := least(greatest(coalesce(p_limit, 200), 1), 10000);
    words text[];
    others text := '';
    every text := '';
    ids uuid[];
    walked bigint;
    i int;
    -- How many names the walk in list order reads before the word index takes over.
    walk_cap constant int := 5000;
BEGIN
    -- The typed words, longest first (the longest is the rarest: its range scan is shortest).
    SELECT coalesce(array_agg(x ORDER BY length(x) DESC, x), '{}') INTO words
      FROM regexp_split_to_table(toegang.fold(p_search), ' ') AS x WHERE x <> '';
    PERFORM toegang.write_log(m, m.team_id, 'search', NULL, 'caseload', '', 'ok');
    IF cardinality(words) = 0 THEN
        SELECT array_agg(x.resident_id ORDER BY x.sort_key, x.resident_id) INTO ids
          FROM (SELECT r.resident_id, r.sort_key FROM toegang.residents r
                 WHERE r.team_id = m.team_id AND NOT r.deleted
                 ORDER BY r.sort_key, r.resident_id LIMIT v_limit) x;
    ELSE
        FOR i IN 1 .. cardinality(words) LOOP
            every := every || ' AND strpos(r.search_key, ' || quote_literal(' ' || words[i]) || ') > 0';
        END LOOP;
        -- First, walk the team in list order (index-only, at most walk_cap names): when many
        -- names match (a first letter, "jan"), the first p_limit of them are found there.
        EXECUTE 'WITH walk AS MATERIALIZED (
                     SELECT r.resident_id, r.sort_key, r.search_key FROM toegang.residents r
                      WHERE r.team_id = $1 AND NOT r.deleted
                      ORDER BY r.sort_key, r.resident_id LIMIT $3)
                 SELECT (SELECT count(*) FROM walk),
                        (SELECT array_agg(x.resident_id ORDER BY x.sort_key, x.resident_id)
                           FROM (SELECT r.resident_id, r.sort_key FROM walk r WHERE true' || every || '
                                  ORDER BY r.sort_key, r.resident_id LIMIT $2) x)'
           INTO walked, ids USING m.team_id, v_limit, walk_cap;
        IF walked = walk_cap AND coalesce(cardinality(ids), 0) < v_limit THEN
            -- Fewer match: all of them through the word index, then the first p_limit.
            FOR i IN 2 .. cardinality(words) LOOP
                others := others || ' AND strpos(w.search_key, ' || quote_literal(' ' || words[i]) || ') > 0';
            END LOOP;
            -- Dynamic SQL, planned with the typed word, so `^@` (starts with) becomes a range
            -- of the index. Not LIKE: under row-level security only leakproof operators may
            -- use an index, and LIKE is not one (^@ and the range it makes are).
            -- A name with two words starting alike comes twice: the first 8 x p_limit rows
            -- (a top-N sort instead of a DISTINCT over every match), then each resident once.
            EXECUTE 'SELECT (array_agg(y.resident_id ORDER BY y.sort_key, y.resident_id))[1:$2]
                       FROM (SELECT DISTINCT x.sort_key, x.resident_id
                               FROM (SELECT w.sort_key, w.resident_id FROM toegang.resident_words w
                                      WHERE w.team_id = $1 AND w.word ^@ ' || quote_literal(words[1])
                                      || others || '
                                      ORDER BY w.sort_key, w.resident_id LIMIT $2 * 8) x) y'
               INTO ids USING m.team_id, v_limit;
        END IF;
    END IF;
    RETURN QUERY
    SELECT r.resident_id, r.display_name, r.date_of_birth, r.coordinator, c.display_name,
           r.next_legal_term, l.holder, h.display_name, l.until
      FROM toegang.residents r
      JOIN toegang.members c ON c.login = r.coordinator
      LEFT JOIN toegang.leases l ON l.resident_id = r.resident_id AND l.until > now()
      LEFT JOIN toegang.members h ON h.login = l.holder
     WHERE r.resident_id = ANY (coalesce(ids, '{}'))
     ORDER BY r.sort_key, r.resident_id;
END
$$;

CREATE FUNCTION toegang_api.take_lease(p_device uuid, p_resident uuid, p_until timestamptz)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    v_until timestamptz := least(p_until, now() + interval '7 days');
    l toegang.leases;
BEGIN
    PERFORM toegang.check_device(m, p_device);
    IF NOT EXISTS (SELECT 1 FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted)
       OR NOT toegang.in_scope(m.login, p_resident) THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    IF v_until <= now() THEN
        RAISE EXCEPTION 'a lease ends in the future' USING ERRCODE = '22023';
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

CREATE FUNCTION toegang_api.return_lease(p_device uuid, p_resident uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
BEGIN
    PERFORM toegang.check_device(m, p_device);
    DELETE FROM toegang.leases WHERE resident_id = p_resident AND holder = m.login;
    IF FOUND THEN
        PERFORM toegang.write_log(m, m.team_id, 'lease_return', p_resident, 'leases', '', 'ok', p_device);
    END IF;
END
$$;

CREATE FUNCTION toegang_api.conflicts() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    result jsonb;
BEGIN
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'conflict_id', c.conflict_id, 'resident_id', c.resident_id,
               'resident_name', r.display_name, 'table', c.table_name, 'record_id', c.record_id,
               'field', c.field, 'before', c.before_value, 'server_value', c.server_value,
               'pushed_value', c.pushed_value, 'pushed_by', c.pushed_by,
               'pushed_by_name', p.display_name, 'pushed_at', c.pushed_at,
               'reason', c.reason, 'created_at', c.created_at) ORDER BY c.created_at), '[]'::jsonb)
      INTO result
      FROM toegang.conflicts c
      JOIN toegang.residents r ON r.resident_id = c.resident_id
      LEFT JOIN toegang.members p ON p.login = c.pushed_by
     WHERE c.resolved_at IS NULL AND (r.coordinator = m.login OR c.pushed_by = m.login);
    RETURN result;
END
$$;

CREATE FUNCTION toegang_api.resolve_conflict(p_conflict uuid, p_value jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    c toegang.conflicts;
    s bigint;
BEGIN
    PERFORM toegang.lock_team(m.team_id);
    SELECT * INTO c FROM toegang.conflicts WHERE conflict_id = p_conflict FOR UPDATE;
    IF NOT FOUND OR NOT (c.pushed_by = m.login OR EXISTS (
            SELECT 1 FROM toegang.residents WHERE resident_id = c.resident_id AND coordinator = m.login)) THEN
        RAISE EXCEPTION 'no access to this conflict' USING ERRCODE = 'TG002';
    END IF;
    IF c.resolved_at IS NOT NULL THEN
        RETURN;  -- resolved before (a repeated call): nothing more to do
    END IF;
    s := toegang.new_change(c.team_id, c.resident_id);
    IF c.field IS NOT NULL THEN
        UPDATE toegang.records
           SET data = jsonb_set(data, ARRAY[c.field], coalesce(p_value, 'null'::jsonb), true),
               seq = s, changed_at = now(), changed_by = m.login, device_id = NULL
         WHERE table_name = c.table_name AND record_id = c.record_id;
    ELSE
        -- A delete under a colleague's lease: true keeps the record, false deletes it.
        UPDATE toegang.records
           SET deleted = NOT coalesce((p_value)::text = 'true', false), seq = s, changed_at = now(),
               changed_by = m.login, device_id = NULL
         WHERE table_name = c.table_name AND record_id = c.record_id;
    END IF;
    UPDATE toegang.conflicts SET resolved_at = now(), resolved_by = m.login, resolution = p_value
     WHERE conflict_id = p_conflict;
    PERFORM toegang.write_log(m, c.team_id, 'change', c.resident_id,
                              c.table_name || coalesce('.' || c.field, ''), 'conflict resolved', 'ok');
END
$$;

CREATE FUNCTION toegang_api.handover(p_resident uuid, p_to text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    r toegang.residents;
    t toegang.members;
BEGIN
    PERFORM toegang.lock_team(m.team_id);
    SELECT * INTO r FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted FOR UPDATE;
    IF NOT FOUND OR NOT (r.coordinator = m.login OR m.role = 'team_leader') THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    SELECT * INTO t FROM toegang.members
     WHERE login = p_to AND active AND team_id = m.team_id AND role IN ('professional', 'team_leader');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not a professional of this team: %', p_to USING ERRCODE = 'TG001';
    END IF;
    IF t.login = r.coordinator THEN
        RETURN;
    END IF;
    IF NOT toegang.in_scope(t.login, p_resident) THEN
        PERFORM toegang.scope_event(m.team_id, p_resident, t.login, 'gained');
    END IF;
    UPDATE toegang.residents SET coordinator = t.login WHERE resident_id = p_resident;
    IF NOT toegang.in_scope(r.coordinator, p_resident) THEN
        PERFORM toegang.scope_event(m.team_id, p_resident, r.coordinator, 'lost');
        DELETE FROM toegang.leases WHERE resident_id = p_resident AND holder = r.coordinator;
    END IF;
    PERFORM toegang.write_log(m, m.team_id, 'handover', p_resident, 'residents',
                              r.coordinator || ' -> ' || t.login, 'ok');
END
$$;

-- Involvement: a colleague who works on the dossier too (not the coordinator).
CREATE FUNCTION toegang_api.set_involved(p_resident uuid, p_login text, p_involved boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader']);
    r toegang.residents;
BEGIN
    PERFORM toegang.lock_team(m.team_id);
    SELECT * INTO r FROM toegang.residents WHERE resident_id = p_resident AND NOT deleted;
    IF NOT FOUND OR NOT (r.coordinator = m.login OR m.role = 'team_leader') THEN
        RAISE EXCEPTION 'no access to this dossier' USING ERRCODE = 'TG002';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM toegang.members WHERE login = p_login AND active
                   AND team_id = m.team_id AND role IN ('professional', 'team_leader')) THEN
        RAISE EXCEPTION 'not a professional of this team: %', p_login USING ERRCODE = 'TG001';
    END IF;
    IF p_involved AND NOT EXISTS (SELECT 1 FROM toegang.involvement
                                  WHERE resident_id = p_resident AND login = p_login) THEN
        IF NOT toegang.in_scope(p_login, p_resident) THEN
            PERFORM toegang.scope_event(m.team_id, p_resident, p_login, 'gained');
        END IF;
        INSERT INTO toegang.involvement (resident_id, login, team_id) VALUES (p_resident, p_login, m.team_id);
    ELSIF NOT p_involved THEN
        DELETE FROM toegang.involvement WHERE resident_id = p_resident AND login = p_login;
        IF FOUND AND NOT toegang.in_scope(p_login, p_resident) THEN
            PERFORM toegang.scope_event(m.team_id, p_resident, p_login, 'lost');
            DELETE FROM toegang.leases WHERE resident_id = p_resident AND holder = p_login;
        END IF;
    END IF;
    PERFORM toegang.write_log(m, m.team_id, CASE WHEN p_involved THEN 'involve' ELSE 'uninvolve' END,
                              p_resident, 'involvement', p_login, 'ok');
END
$$;

CREATE FUNCTION toegang_api.upload_log(p_device uuid, p_lines jsonb) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['professional', 'team_leader',
                                               'application_manager', 'privacy_officer']);
    line jsonb;
    added int := 0;
    v_resident uuid;
BEGIN
    PERFORM toegang.check_device(m, p_device);
    IF jsonb_typeof(p_lines) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'p_lines is a JSON array' USING ERRCODE = '22023';
    END IF;
    PERFORM toegang.lock_team(m.team_id);
    FOR line IN SELECT value FROM jsonb_array_elements(p_lines) LOOP
        IF coalesce(line->>'line_id', '') = '' OR coalesce(line->>'action', '') = '' THEN
            RAISE EXCEPTION 'a log line has a line_id and an action' USING ERRCODE = '22023';
        END IF;
        CONTINUE WHEN EXISTS (SELECT 1 FROM toegang.access_log
                               WHERE source = 'device' AND device_id = p_device
                                 AND device_line_id = line->>'line_id');
        v_resident := CASE WHEN coalesce(line->>'resident_id', '') ~
                                '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
                           THEN (line->>'resident_id')::uuid END;
        PERFORM toegang.write_log(m, m.team_id, left(line->>'action', 40), v_resident,
                                  left(coalesce(line->>'subject', ''), 200),
                                  left(coalesce(line->>'detail', ''), 1000),
                                  left(coalesce(line->>'result', 'ok'), 20), p_device, 'device',
                                  left(line->>'line_id', 100), left(line->>'at', 40),
                                  left(line->>'actor', 200));
        added := added + 1;
    END LOOP;
    RETURN added;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Administration (application manager: teams, members, devices; never dossier content)

CREATE FUNCTION toegang_api.add_team(p_name text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['application_manager']);
    t uuid;
BEGIN
    INSERT INTO toegang.teams (name) VALUES (p_name) RETURNING team_id INTO t;
    PERFORM toegang.write_log(m, NULL, 'team_add', NULL, 'teams', p_name, 'ok');
    RETURN t;
END
$$;

CREATE FUNCTION toegang.add_member_row(m toegang.members, p_login text, p_name text,
                                       p_team text, p_role text, p_verifier text) RETURNS void
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    t uuid;
BEGIN
    IF p_role NOT IN ('professional', 'team_leader', 'application_manager', 'privacy_officer') THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
    END IF;
    IF p_team IS NOT NULL AND p_team <> '' THEN
        SELECT team_id INTO t FROM toegang.teams WHERE name = p_team OR team_id::text = p_team;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no team %', p_team USING ERRCODE = '22023';
        END IF;
    ELSIF p_role <> 'application_manager' THEN
        RAISE EXCEPTION 'a % belongs to a team', p_role USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM toegang.members WHERE login = p_login) THEN
        RAISE EXCEPTION 'the login % exists already', p_login USING ERRCODE = '42710';
    END IF;
    PERFORM toegang.create_login(p_login, p_verifier, toegang.group_of(p_role));
    INSERT INTO toegang.members (login, display_name, team_id, role)
    VALUES (p_login, coalesce(p_name, p_login), t, p_role);
    PERFORM toegang.write_log(m, NULL, 'member_add', NULL, 'members', p_login || ' ' || p_role, 'ok');
END
$$;

CREATE FUNCTION toegang_api.add_member(p_login text, p_name text, p_team text, p_role text,
                                       p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['application_manager']);
BEGIN
    PERFORM toegang.add_member_row(m, p_login, p_name, p_team, p_role, p_verifier);
END
$$;

-- The first application manager, made by `server init` (a superuser; no member exists yet).
CREATE FUNCTION toegang.bootstrap_manager(p_login text, p_name text, p_verifier text) RETURNS void
LANGUAGE plpgsql SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members;
BEGIN
    m.login := session_user::text;
    m.display_name := 'server init';
    m.role := 'superuser';
    PERFORM toegang.add_member_row(m, p_login, p_name, NULL, 'application_manager', p_verifier);
END
$$;

CREATE FUNCTION toegang_api.set_role(p_login text, p_role text, p_team text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['application_manager']);
    old toegang.members;
    t uuid;
BEGIN
    SELECT * INTO old FROM toegang.members WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no member %', p_login USING ERRCODE = '22023';
    END IF;
    IF p_role NOT IN ('professional', 'team_leader', 'application_manager', 'privacy_officer') THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = '22023';
    END IF;
    t := old.team_id;
    IF p_team IS NOT NULL AND p_team <> '' THEN
        SELECT team_id INTO t FROM toegang.teams WHERE name = p_team OR team_id::text = p_team;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no team %', p_team USING ERRCODE = '22023';
        END IF;
    END IF;
    IF t IS DISTINCT FROM old.team_id AND EXISTS (
            SELECT 1 FROM toegang.residents WHERE coordinator = p_login AND NOT deleted) THEN
        -- A dossier stays in its team: a team leader hands them over before the move.
        RAISE EXCEPTION '% still coordinates dossiers in the old team', p_login USING ERRCODE = 'TG005';
    END IF;
    IF p_role <> 'application_manager' AND t IS NULL THEN
        RAISE EXCEPTION 'a % belongs to a team', p_role USING ERRCODE = '22023';
    END IF;
    UPDATE toegang.members SET role = p_role, team_id = t WHERE login = p_login;
    PERFORM toegang.change_login(p_login, NULL, toegang.group_of(old.role), toegang.group_of(p_role), NULL);
    PERFORM toegang.write_log(m, NULL, 'member_role', NULL, 'members',
                              p_login || ' ' || old.role || ' -> ' || p_role, 'ok');
END
$$;

CREATE FUNCTION toegang_api.set_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['application_manager']);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM toegang.members WHERE login = p_login) THEN
        RAISE EXCEPTION 'no member %', p_login USING ERRCODE = '22023';
    END IF;
    PERFORM toegang.change_login(p_login, p_verifier, NULL, NULL, NULL);
    PERFORM toegang.write_log(m, NULL, 'member_password', NULL, 'members', p_login, 'ok');
END
$$;

-- A member leaves: the login can no longer log in, the row stays (the log names them).
-- Their dossiers keep them as coordinator until a team leader hands them over.
CREATE FUNCTION toegang_api.remove_member(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['application_manager']);
BEGIN
    IF p_login = m.login THEN
        RAISE EXCEPTION 'an application manager cannot remove themselves' USING ERRCODE = 'TG005';
    END IF;
    UPDATE toegang.members SET active = false WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no member %', p_login USING ERRCODE = '22023';
    END IF;
    UPDATE toegang.devices SET revoked_at = now() WHERE login = p_login AND revoked_at IS NULL;
    PERFORM toegang.change_login(p_login, NULL, NULL, NULL, false);
    PERFORM toegang.write_log(m, NULL, 'member_remove', NULL, 'members', p_login, 'ok');
END
$$;

CREATE FUNCTION toegang_api.revoke_device(p_device uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['application_manager']);
BEGIN
    UPDATE toegang.devices SET revoked_at = now() WHERE device_id = p_device AND revoked_at IS NULL;
    IF NOT FOUND AND NOT EXISTS (SELECT 1 FROM toegang.devices WHERE device_id = p_device) THEN
        RAISE EXCEPTION 'no device %', p_device USING ERRCODE = '22023';
    END IF;
    PERFORM toegang.write_log(m, NULL, 'device_revoke', NULL, 'devices', p_device::text, 'ok');
END
$$;

CREATE FUNCTION toegang_api.status() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['application_manager']);
BEGIN
    RETURN jsonb_build_object(
        'schema_version', (SELECT max(version) FROM toegang.schema_version),
        'epoch', (SELECT epoch FROM toegang.server_meta),
        'teams', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                      'team_id', t.team_id, 'name', t.name,
                      'members', (SELECT count(*) FROM toegang.members x WHERE x.team_id = t.team_id AND x.active))
                      ORDER BY t.name), '[]'::jsonb) FROM toegang.teams t),
        'members', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'login', x.login, 'display_name', x.display_name, 'role', x.role,
                        'team', (SELECT name FROM toegang.teams t WHERE t.team_id = x.team_id),
                        'active', x.active) ORDER BY x.login), '[]'::jsonb) FROM toegang.members x),
        'devices', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                        'device_id', d.device_id, 'login', d.login, 'label', d.label,
                        'last_seen', d.last_seen, 'revoked', d.revoked_at IS NOT NULL)
                        ORDER BY d.login, d.registered_at), '[]'::jsonb) FROM toegang.devices d));
END
$$;

-- ---------------------------------------------------------------------------------------
-- Privacy officer: the team's log, and whether its chain is whole.

CREATE FUNCTION toegang_api.access_log(p_resident uuid, p_from timestamptz, p_to timestamptz,
                                       p_limit int) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['privacy_officer']);
    result jsonb;
BEGIN
    SELECT coalesce(jsonb_agg(to_jsonb(l) - 'prev_hash' ORDER BY l.id DESC), '[]'::jsonb) INTO result
      FROM (SELECT * FROM toegang.access_log a
             WHERE a.team_id = m.team_id
               AND (p_resident IS NULL OR a.resident_id = p_resident)
               AND (p_from IS NULL OR a.at >= p_from) AND (p_to IS NULL OR a.at < p_to)
             ORDER BY a.id DESC LIMIT least(greatest(coalesce(p_limit, 1000), 1), 100000)) l;
    PERFORM toegang.write_log(m, m.team_id, 'log_export', p_resident, 'access_log', '', 'ok');
    RETURN result;
END
$$;

CREATE FUNCTION toegang_api.verify_access_log() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = toegang, pg_temp AS $$
DECLARE
    m toegang.members := toegang.caller(ARRAY['privacy_officer']);
    l toegang.access_log;
    prev text := repeat('0', 64);
    n bigint := 0;
BEGIN
    FOR l IN SELECT * FROM toegang.access_log WHERE team_id = m.team_id ORDER BY id LOOP
        IF l.prev_hash <> prev OR l.hash <> toegang.log_hash(prev, l) THEN
            RETURN jsonb_build_object('ok', false, 'lines', n, 'broken_at', l.id);
        END IF;
        prev := l.hash;
        n := n + 1;
    END LOOP;
    RETURN jsonb_build_object('ok', true, 'lines', n);
END
$$;

RESET ROLE;

-- Who may call what (the functions check the role again on every call).
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA toegang FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA toegang_api FROM PUBLIC;
GRANT EXECUTE ON FUNCTION toegang_api.whoami(), toegang_api.server_info(),
    toegang_api.register_device(uuid, text), toegang_api.upload_log(uuid, jsonb)
    TO toegang_professional, toegang_team_leader, toegang_application_manager, toegang_privacy_officer;
GRANT EXECUTE ON FUNCTION toegang_api.push(uuid, jsonb), toegang_api.pull(uuid, bigint, uuid, int),
    toegang_api.caseload(text, int), toegang_api.take_lease(uuid, uuid, timestamptz),
    toegang_api.return_lease(uuid, uuid), toegang_api.conflicts(),
    toegang_api.resolve_conflict(uuid, jsonb), toegang_api.handover(uuid, text),
    toegang_api.set_involved(uuid, text, boolean)
    TO toegang_professional, toegang_team_leader;
GRANT EXECUTE ON FUNCTION toegang_api.add_team(text), toegang_api.add_member(text, text, text, text, text),
    toegang_api.set_role(text, text, text), toegang_api.set_password(text, text),
    toegang_api.remove_member(text), toegang_api.revoke_device(uuid), toegang_api.status()
    TO toegang_application_manager;
GRANT EXECUTE ON FUNCTION toegang_api.access_log(uuid, timestamptz, timestamptz, int),
    toegang_api.verify_access_log()
    TO toegang_privacy_officer;
-- The owner's own helpers (the SECURITY DEFINER functions run as toegang_owner).
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA toegang TO toegang_owner;
GRANT EXECUTE ON FUNCTION toegang.create_login(text, text, text),
    toegang.change_login(text, text, text, text, boolean) TO toegang_owner;
