"""a figure's basis as fields: format, sparsity, granularity, direction, scope, condition

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 08:30:00

Until now one free `qualifier` said what kind a figure was ('dense', 'sparse', 'unidirectional',
'bidirectional', 'Cube units only', 'TDP', 'all-in'), and a NULL qualifier meant the metric's default
(dense for compute, bidirectional for links). Each moves into its field here, for seed and user rows alike,
so that every figure keeps its meaning:
- compute: 'dense' or NULL -> sparsity dense; 'sparse' -> sparsity sparse, and the figure moves to the new
  row of sparse figures of its format (a dense row never holds a sparse figure), with the user's pick of it;
- links: 'unidirectional' -> one-way; 'bidirectional' or NULL -> both-ways;
- 'Cube units only' -> scope cube;
- power keeps TDP / all-in / sum of chip TDPs as its qualifier (what the figure counts);
- any other wording (a user's) becomes the figure's condition, word for word.
Granularity: a figure entered for a chip counts one package, one for a system the whole system, except the
per-accelerator link rows (per package on every device). Seeding then replaces the seed rows with the bundled
ones, which carry the basis read from the reference data.
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

SPARSE_TWINS = {"bf16_dense": ("bf16_sparse", "Sparse BF16/FP16 (2:4, vendor headline)", "TFLOPS"),
                "fp8_dense": ("fp8_sparse", "Sparse FP8 (2:4, vendor headline)", "TFLOPS"),
                "fp4_dense": ("fp4_sparse", "Sparse FP4 (2:4, vendor headline)", "TFLOPS"),
                "int8_dense": ("int8_sparse", "Sparse INT8 (2:4, vendor headline)", "TOPS")}
COMPUTE = ("bf16_dense", "fp8_dense", "fp4_dense", "int8_dense", "fp32", "fp64")
LINKS = ("scaleup_bw", "scaleup_bw_total")
PER_ACCELERATOR = ("scaleup_bw", "scaleout_bw")
LEGACY = {"unidirectional": ("basis_direction", "one-way"), "bidirectional": ("basis_direction", "both-ways"),
          "Cube units only": ("basis_scope", "cube"), "dense": ("basis_sparsity", "dense"),
          "sparse": ("basis_sparsity", "sparse")}
POWER = ("TDP", "all-in", "sum of chip TDPs")


def _in(keys: tuple[str, ...]) -> str:
    return "(SELECT id FROM metric WHERE key IN (" + ", ".join(f"'{k}'" for k in keys) + "))"


def _id(key: str) -> str:
    return f"(SELECT id FROM metric WHERE key = '{key}')"


def upgrade() -> None:
    for column, kind in (("basis_format", "VARCHAR(16)"), ("basis_sparsity", "VARCHAR(8)"),
                         ("basis_granularity", "VARCHAR(16)"), ("basis_direction", "VARCHAR(16)"),
                         ("basis_scope", "VARCHAR(8)"), ("basis_condition", "TEXT")):
        op.execute(f"ALTER TABLE spec_value ADD COLUMN {column} {kind}")
    op.execute("ALTER TABLE metric ADD COLUMN basis_rule TEXT")
    op.execute("ALTER TABLE device ADD COLUMN granularity VARCHAR(16)")
    op.execute("ALTER TABLE device ADD COLUMN packages INTEGER")

    # the rows of sparse figures (seeding gives them their full description and place)
    for dense, (key, label, unit) in SPARSE_TWINS.items():
        op.execute(f"INSERT INTO metric (key, label, grp, unit, kind, higher_is_better, aggregate, directional, "
                   f"derived, formula, inputs, key_metric, description, position) "
                   f"SELECT '{key}', '{label}', 'Compute', '{unit}', 'number', 1, 'sum', 0, 0, '', '', 0, '', "
                   f"(SELECT coalesce(max(position), 0) + 1 FROM metric) "
                   f"WHERE NOT EXISTS (SELECT 1 FROM metric WHERE key = '{key}')")

    # figures with a value (gaps keep a NULL basis: nothing was published)
    has_value = "(value_num IS NOT NULL OR value_text IS NOT NULL)"
    for qualifier, (column, value) in LEGACY.items():
        op.execute(f"UPDATE spec_value SET {column} = '{value}', qualifier = NULL "
                   f"WHERE qualifier = '{qualifier}' AND metric_id <> {_id('power')}")
    op.execute(f"UPDATE spec_value SET basis_sparsity = 'dense' WHERE qualifier IS NULL AND {has_value} "
               f"AND basis_sparsity IS NULL AND basis_scope IS NULL AND basis_condition IS NULL "
               f"AND metric_id IN {_in(COMPUTE[:4])}")
    op.execute("UPDATE spec_value SET basis_sparsity = 'dense' WHERE basis_scope = 'cube' AND basis_sparsity IS NULL")
    op.execute(f"UPDATE spec_value SET basis_direction = 'both-ways' WHERE qualifier IS NULL AND {has_value} "
               f"AND basis_direction IS NULL AND metric_id IN {_in(LINKS)}")
    power = ", ".join(f"'{q}'" for q in POWER)
    op.execute(f"UPDATE spec_value SET basis_condition = qualifier, qualifier = NULL WHERE qualifier IS NOT NULL "
               f"AND NOT (metric_id = {_id('power')} AND qualifier IN ({power}))")

    # a sparse figure moves to its own row, with the user's pick of it
    for dense, (key, _, _) in SPARSE_TWINS.items():
        op.execute(f"UPDATE value_choice SET metric_key = '{key}' WHERE metric_key = '{dense}' AND value_uid IN "
                   f"(SELECT uid FROM spec_value WHERE basis_sparsity = 'sparse' AND metric_id = {_id(dense)})"
                   f" AND NOT EXISTS (SELECT 1 FROM value_choice c2 WHERE c2.device_slug = value_choice.device_slug "
                   f"AND c2.metric_key = '{key}')")
        op.execute(f"UPDATE spec_value SET metric_id = (SELECT id FROM metric WHERE key = '{key}') "
                   f"WHERE basis_sparsity = 'sparse' AND metric_id = {_id(dense)}")

    # granularity: what the figure was entered for
    op.execute("UPDATE device SET granularity = CASE kind WHEN 'chip' THEN 'package' ELSE 'system' END")
    op.execute(f"UPDATE spec_value SET basis_granularity = 'package' WHERE {has_value} AND value_num IS NOT NULL "
               f"AND metric_id IN {_in(PER_ACCELERATOR)}")
    op.execute(f"UPDATE spec_value SET basis_granularity = (SELECT d.granularity FROM device d "
               f"WHERE d.id = spec_value.device_id) WHERE value_num IS NOT NULL AND basis_granularity IS NULL")


def downgrade() -> None:
    for dense, (key, _, _) in SPARSE_TWINS.items():
        op.execute(f"UPDATE spec_value SET metric_id = (SELECT id FROM metric WHERE key = '{dense}'), "
                   f"qualifier = 'sparse' WHERE metric_id = (SELECT id FROM metric WHERE key = '{key}')")
        op.execute(f"UPDATE value_choice SET metric_key = '{dense}' WHERE metric_key = '{key}'")
        op.execute(f"DELETE FROM metric WHERE key = '{key}'")
    for qualifier, (column, value) in LEGACY.items():
        if qualifier != "sparse":
            op.execute(f"UPDATE spec_value SET qualifier = '{qualifier}' WHERE {column} = '{value}' "
                       f"AND qualifier IS NULL")
    op.execute("UPDATE spec_value SET qualifier = basis_condition WHERE qualifier IS NULL "
               "AND basis_condition IS NOT NULL")
    for table, columns in (("spec_value", ("basis_format", "basis_sparsity", "basis_granularity", "basis_direction",
                                           "basis_scope", "basis_condition")),
                           ("metric", ("basis_rule",)), ("device", ("granularity", "packages"))):
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
