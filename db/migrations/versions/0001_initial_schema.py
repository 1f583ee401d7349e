"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 01:40:49.557396
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('metric',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('grp', sa.String(length=64), nullable=False),
    sa.Column('unit', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('higher_is_better', sa.Boolean(), nullable=True),
    sa.Column('aggregate', sa.String(length=16), nullable=True),
    sa.Column('default_qualifier', sa.String(length=32), nullable=True),
    sa.Column('directional', sa.Boolean(), nullable=False),
    sa.Column('derived', sa.Boolean(), nullable=False),
    sa.Column('formula', sa.Text(), nullable=False),
    sa.Column('inputs', sa.Text(), nullable=False),
    sa.Column('key_metric', sa.Boolean(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=8), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('publisher', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('date_text', sa.String(length=200), nullable=False),
    sa.Column('date_sort', sa.String(length=10), nullable=True),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('other_urls', sa.Text(), nullable=False),
    sa.Column('repo_ref', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('value_choice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_slug', sa.String(length=100), nullable=False),
    sa.Column('metric_key', sa.String(length=64), nullable=False),
    sa.Column('value_uid', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('device_slug', 'metric_key')
    )
    op.create_table('device',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('family', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('racks', sa.Integer(), nullable=True),
    sa.Column('racks_note', sa.Text(), nullable=False),
    sa.Column('composition_source_id', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['composition_source_id'], ['source.id'], ),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    op.create_table('device_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=200), nullable=False),
    sa.Column('alias_norm', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('alias_norm')
    )
    with op.batch_alter_table('device_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_alias_device_id'), ['device_id'], unique=False)

    op.create_table('pairing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('device_a_id', sa.Integer(), nullable=False),
    sa.Column('device_b_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['device_a_id'], ['device.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['device_b_id'], ['device.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    op.create_table('spec_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('metric_id', sa.Integer(), nullable=False),
    sa.Column('value_num', sa.Float(), nullable=True),
    sa.Column('value_text', sa.Text(), nullable=True),
    sa.Column('qualifier', sa.String(length=64), nullable=True),
    sa.Column('approximate', sa.Boolean(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.String(length=16), nullable=True),
    sa.Column('as_of', sa.String(length=10), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('unit_text', sa.String(length=200), nullable=False),
    sa.Column('origin', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['metric_id'], ['metric.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    with op.batch_alter_table('spec_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spec_value_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_spec_value_metric_id'), ['metric_id'], unique=False)

    op.create_table('system_component',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('system_id', sa.Integer(), nullable=False),
    sa.Column('component_device_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['component_device_id'], ['device.id'], ),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ),
    sa.ForeignKeyConstraint(['system_id'], ['device.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('system_component', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_system_component_system_id'), ['system_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('system_component', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_system_component_system_id'))

    op.drop_table('system_component')
    with op.batch_alter_table('spec_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spec_value_metric_id'))
        batch_op.drop_index(batch_op.f('ix_spec_value_device_id'))

    op.drop_table('spec_value')
    op.drop_table('pairing')
    with op.batch_alter_table('device_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_alias_device_id'))

    op.drop_table('device_alias')
    op.drop_table('device')
    op.drop_table('value_choice')
    op.drop_table('source')
    op.drop_table('organisation')
    op.drop_table('metric')
    op.drop_table('app_meta')
