"""The shared items, the team's roles and their row-level security.

One table holds what analysts share (their devices, sources, figures and corrections, pairings and groups,
events, shared notes):
a stable UUID, the kind, the row itself as JSON (bundled devices, metrics and sources named by slug and key, so
that different app versions can share one library), its author (the PostgreSQL role that added it, set by the
server) and who wrote its last version, created/updated times, a version that every change raises, a deletion time (a trash that syncs), the
transaction that last wrote it (a client pulls what finished transactions wrote, db.team.sync) and the id of the
client's change that wrote it (a push retried after a crash recognises its own work).

Roles (NOLOGIN groups, one set per library: chiplens_<database>_reader, _editor, _admin; members are granted
one): a reader reads, an editor adds and changes or deletes its own rows, an admin changes anything and manages
members. Enforced by the server with row-level
security (forced, so that even the table's owner obeys it unless it is a superuser).

Revision ID: t0001
Revises:
"""
from alembic import op

revision = "t0001"
down_revision = None
branch_labels = None
depends_on = None

KINDS = ("device", "source", "figure", "pairing", "event", "note")


def upgrade() -> None:
    import sqlalchemy as sa

    from db.team.server import role_name
    database = str(op.get_bind().execute(sa.text("SELECT current_database()")).scalar())
    reader, editor, admin = (f'"{role_name(database, r)}"' for r in ("reader", "editor", "admin"))
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    for statement in (
        "CREATE SEQUENCE item_change",
        f"""CREATE TABLE item (
            uuid uuid PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ({kinds})),
            body jsonb NOT NULL,
            author text NOT NULL DEFAULT current_user,
            changed_by text NOT NULL DEFAULT current_user,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            version integer NOT NULL DEFAULT 1,
            deleted_at timestamptz,
            change bigint NOT NULL DEFAULT nextval('item_change'),
            txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
            last_change uuid)""",
        "CREATE INDEX item_by_txid ON item (txid, uuid)",
        """CREATE FUNCTION item_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                NEW.author := current_user;  -- who added it is the server's word, not the client's
                NEW.created_at := now(); NEW.updated_at := now(); NEW.version := 1;
            ELSE
                NEW.author := OLD.author; NEW.created_at := OLD.created_at;
                NEW.updated_at := now(); NEW.version := OLD.version + 1;
            END IF;
            NEW.changed_by := current_user;  -- who wrote this version (an administrator may change any row)
            NEW.change := nextval('item_change');
            NEW.txid := pg_current_xact_id();  -- pulls take what committed transactions wrote (see db.team.sync)
            RETURN NEW;
        END $$""",
        "CREATE TRIGGER item_stamp BEFORE INSERT OR UPDATE ON item FOR EACH ROW EXECUTE FUNCTION item_stamp()",
        *(f"DO $$ BEGIN CREATE ROLE {r} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
          for r in (reader, editor, admin)),
        f"GRANT {reader} TO {editor}",
        f"GRANT {editor} TO {admin}",
        f"GRANT USAGE ON SCHEMA public TO {reader}",
        f"GRANT SELECT ON item, chiplens_team_version TO {reader}",
        f"GRANT INSERT, UPDATE, DELETE ON item TO {editor}",
        f"GRANT USAGE ON SEQUENCE item_change TO {editor}",
        "ALTER TABLE item ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE item FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY members_read ON item FOR SELECT TO {reader} USING (true)",
        f"CREATE POLICY editors_add ON item FOR INSERT TO {editor} WITH CHECK (author = current_user)",
        f"CREATE POLICY editors_change_own ON item FOR UPDATE TO {editor} USING (author = current_user) "
        "WITH CHECK (author = current_user)",
        f"CREATE POLICY editors_delete_own ON item FOR DELETE TO {editor} USING (author = current_user)",
        f"CREATE POLICY admins_all ON item FOR ALL TO {admin} USING (true) WITH CHECK (true)",
    ):
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TABLE item")
    op.execute("DROP FUNCTION item_stamp()")
    op.execute("DROP SEQUENCE item_change")
