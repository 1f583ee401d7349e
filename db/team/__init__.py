"""The team library: a PostgreSQL database several analysts share (no Qt here).

server.py   the server's side: its schema (Alembic, own version table chiplens_team_version), the team's roles and
            row-level security, members; `init`, `add_member`, `members`, `check_schema`.
The PostgreSQL driver (psycopg 3) is imported only when a team library is used.
"""
