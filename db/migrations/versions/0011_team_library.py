"""the team library's sync state: team_state, team_item (the team's rows as pulled), team_outbox (changes not yet
on the server), team_conflict (both versions of a row changed apart),
team_row (which catalog rows are shared, under which id, by whom)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 22:10:00

New tables, and two empty columns on note (team_uuid: the note is shared, team_author: a teammate's note):
nothing a user made before this revision changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('note', sa.Column('team_uuid', sa.String(length=36), nullable=True))
    op.add_column('note', sa.Column('team_author', sa.Text(), nullable=True))
    op.create_index('ix_note_team_uuid', 'note', ['team_uuid'], unique=True)
    op.create_table('team_state',
                    sa.Column('key', sa.String(length=32), nullable=False),
                    sa.Column('value', sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint('key'))
    op.create_table('team_item',
                    sa.Column('uuid', sa.String(length=36), nullable=False),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('body', sa.Text(), nullable=False),
                    sa.Column('author', sa.Text(), nullable=False),
                    sa.Column('version', sa.Integer(), nullable=False),
                    sa.Column('updated', sa.String(length=40), nullable=False),
                    sa.Column('deleted', sa.String(length=40), nullable=True),
                    sa.PrimaryKeyConstraint('uuid'))
    op.create_index('ix_team_item_kind', 'team_item', ['kind'])
    op.create_table('team_outbox',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('change_id', sa.String(length=36), nullable=False),
                    sa.Column('earlier_ids', sa.Text(), nullable=False),
                    sa.Column('uuid', sa.String(length=36), nullable=False),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('body', sa.Text(), nullable=True),
                    sa.Column('base_version', sa.Integer(), nullable=True),
                    sa.Column('queued', sa.String(length=32), nullable=False),
                    sa.PrimaryKeyConstraint('id'),
                    sa.UniqueConstraint('change_id'),
                    sa.UniqueConstraint('uuid'))
    op.create_table('team_conflict',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('uuid', sa.String(length=36), nullable=False),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('mine', sa.Text(), nullable=True),
                    sa.Column('theirs', sa.Text(), nullable=True),
                    sa.Column('theirs_version', sa.Integer(), nullable=False),
                    sa.Column('theirs_author', sa.Text(), nullable=False),
                    sa.Column('reason', sa.String(length=16), nullable=False),
                    sa.Column('noticed', sa.String(length=32), nullable=False),
                    sa.Column('resolved', sa.String(length=32), nullable=True),
                    sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_team_conflict_uuid', 'team_conflict', ['uuid'])
    op.create_table('team_row',
                    sa.Column('uuid', sa.String(length=36), nullable=False),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('key', sa.String(length=100), nullable=False),
                    sa.Column('author', sa.Text(), nullable=True),
                    sa.Column('digest', sa.String(length=40), nullable=False),
                    sa.PrimaryKeyConstraint('uuid'),
                    sa.UniqueConstraint('kind', 'key'))
    # a sync reads the analyst's own shared rows, and rows waiting for what they name: not every teammate's row
    op.create_index('ix_team_row_mine', 'team_row', ['kind', 'key'], sqlite_where=sa.text('author IS NULL'))
    op.create_index('ix_team_row_waiting', 'team_row', ['uuid'], sqlite_where=sa.text("digest = 'waiting'"))


def downgrade() -> None:
    for table in ('team_row', 'team_conflict', 'team_outbox', 'team_item', 'team_state'):
        op.drop_table(table)
    op.drop_index('ix_note_team_uuid', 'note')
    op.execute("ALTER TABLE note DROP COLUMN team_author")
    op.execute("ALTER TABLE note DROP COLUMN team_uuid")
