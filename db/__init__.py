"""ChipLens data layer: the SQLite store, its schema and migrations, seeding, comparison logic.

No Qt here. `db.api` is the surface the desktop imports; SQLAlchemy and Alembic are imported
lazily, only for writes, seeding and migrations, so that start-up stays fast.
"""
