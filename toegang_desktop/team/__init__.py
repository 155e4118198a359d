"""The team server's client: the only code that imports psycopg (team mode only, never on the
start path). `connection.py` connects, `api.py` has one typed function per API function of
the server (docs/team-protocol.md), `server_schema.py` applies db/server/, `admin.py` is what
`toegang-desktop server ...` does."""
