"""The team library: a PostgreSQL database several analysts share (no Qt here).

server.py   the server's side: its schema (Alembic, own version table chiplens_team_version), the team's roles and
            row-level security, members; `init_on`, `add_member_on`, `members_on`, `check_schema` (on an engine:
            db.api.team opens it from a connection string).
The PostgreSQL driver (psycopg 3) is imported only when a team library is used.
"""
