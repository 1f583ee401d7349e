"""Alembic environment of the team library's server: runs on the connection handed over (config.attributes),
with its own version table, so that a database can hold it beside anything else."""
from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table="chiplens_team_version")
with context.begin_transaction():
    context.run_migrations()
