"""analyst notes: note, note_tag, note_link, note_version and the FTS5 index note_fts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 03:30:00

Notes are user data: nothing here (or in seeding) rewrites them. The FTS5 table is created with
plain SQL (SQLAlchemy cannot declare virtual tables); db.notes keeps it in sync explicitly, because
CJK text is split into one-character tokens in Python before it is indexed.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

FTS_SQL = ("CREATE VIRTUAL TABLE note_fts USING fts5(title, body, tags, "
           "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")


def upgrade() -> None:
    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created', sa.String(length=32), nullable=False),
    sa.Column('updated', sa.String(length=32), nullable=False),
    sa.Column('deleted', sa.String(length=32), nullable=True),
    sa.Column('fts_stale', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_fts_stale'), ['fts_stale'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_updated'), ['updated'], unique=False)

    op.create_table('note_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('note_id', 'kind', 'target')
    )
    with op.batch_alter_table('note_link', schema=None) as batch_op:
        batch_op.create_index('ix_note_link_kind_target', ['kind', 'target'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_link_note_id'), ['note_id'], unique=False)

    op.create_table('note_tag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('tag', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('note_id', 'tag')
    )
    with op.batch_alter_table('note_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_tag_note_id'), ['note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_tag_tag'), ['tag'], unique=False)

    op.create_table('note_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('saved', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('note_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_version_note_id'), ['note_id'], unique=False)

    op.execute(FTS_SQL)


def downgrade() -> None:
    op.execute("DROP TABLE note_fts")
    with op.batch_alter_table('note_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_version_note_id'))

    op.drop_table('note_version')
    with op.batch_alter_table('note_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_tag_tag'))
        batch_op.drop_index(batch_op.f('ix_note_tag_note_id'))

    op.drop_table('note_tag')
    with op.batch_alter_table('note_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_link_note_id'))
        batch_op.drop_index('ix_note_link_kind_target')

    op.drop_table('note_link')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_updated'))
        batch_op.drop_index(batch_op.f('ix_note_fts_stale'))

    op.drop_table('note')
