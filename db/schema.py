"""The store's tables, as SQLAlchemy 2 declarative classes (the schema Alembic migrates).

Seed rows and user rows are keyed by stable slugs/keys/uids, never by autoincrement ids, so that
re-seeding can replace seed rows and leave user rows (origin = 'user') untouched.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, PrimaryKeyConstraint, String,
                        Table, Text, UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import NullType


class Base(DeclarativeBase):
    pass


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(8))
    # its other names, one a line: the vendor's own Chinese name (华为, 寒武纪), searched with `name` (migration 0010)
    aliases: Mapped[str] = mapped_column(Text, default="", server_default="")


class Device(Base):
    __tablename__ = "device"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))  # chip | system
    family: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(32))  # shipping | announced | roadmap | china-specific | cancelled
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    racks: Mapped[int | None] = mapped_column(Integer)
    racks_note: Mapped[str] = mapped_column(Text, default="")
    composition_source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))
    origin: Mapped[str] = mapped_column(String(8), default="seed")  # seed | user
    # what one of this device is (db.basis.GRANULARITIES: package, board, superchip, rack, system...) and, for a
    # board or superchip, how many accelerator packages it holds (migration 0005)
    granularity: Mapped[str | None] = mapped_column(String(16))
    packages: Mapped[int | None] = mapped_column(Integer)


class DeviceAlias(Base):
    __tablename__ = "device_alias"
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    alias_norm: Mapped[str] = mapped_column(String(200), unique=True)  # casefolded, for lookups


class SystemComponent(Base):
    __tablename__ = "system_component"
    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"), index=True)
    component_device_id: Mapped[int | None] = mapped_column(ForeignKey("device.id"))
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(32))  # accelerator | cpu
    count: Mapped[int | None] = mapped_column(Integer)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))
    confidence: Mapped[str | None] = mapped_column(String(16))


class Metric(Base):
    __tablename__ = "metric"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    grp: Mapped[str] = mapped_column(String(64))
    unit: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str] = mapped_column(String(16))  # number | text | date
    higher_is_better: Mapped[bool | None] = mapped_column(Boolean)
    aggregate: Mapped[str | None] = mapped_column(String(16))  # sum | same | None
    default_qualifier: Mapped[str | None] = mapped_column(String(32))
    directional: Mapped[bool] = mapped_column(Boolean, default=False)
    derived: Mapped[bool] = mapped_column(Boolean, default=False)
    formula: Mapped[str] = mapped_column(Text, default="")
    inputs: Mapped[str] = mapped_column(Text, default="")  # comma-separated metric keys
    key_metric: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    basis_rule: Mapped[str | None] = mapped_column(Text)  # db.basis.BasisRule as JSON (migration 0005)


class Source(Base):
    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    publisher: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    date_text: Mapped[str] = mapped_column(String(200), default="")
    date_sort: Mapped[str | None] = mapped_column(String(10))  # ISO YYYY[-MM[-DD]] parsed from date_text
    kind: Mapped[str] = mapped_column(String(64), default="")
    other_urls: Mapped[str] = mapped_column(Text, default="")  # newline-separated
    repo_ref: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(8), default="seed")


class SpecValue(Base):
    """One figure from one source. Several per (device, metric): sources disagree.

    A row with neither value_num nor value_text records a known gap ("not published") and its note.
    """

    __tablename__ = "spec_value"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"), index=True)
    metric_id: Mapped[int] = mapped_column(ForeignKey("metric.id"), index=True)
    value_num: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(Text)
    qualifier: Mapped[str | None] = mapped_column(String(64))
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))
    confidence: Mapped[str | None] = mapped_column(String(16))  # official | third-party | reported
    as_of: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    unit_text: Mapped[str] = mapped_column(String(200), default="")
    origin: Mapped[str] = mapped_column(String(8), default="seed")
    # the figure's basis (db.basis; migration 0005): None = the sources do not say. `qualifier` now only says what
    # a power figure counts (TDP, all-in, sum of chip TDPs)
    basis_format: Mapped[str | None] = mapped_column(String(16))
    basis_sparsity: Mapped[str | None] = mapped_column(String(8))
    basis_granularity: Mapped[str | None] = mapped_column(String(16))
    basis_direction: Mapped[str | None] = mapped_column(String(16))
    basis_scope: Mapped[str | None] = mapped_column(String(8))
    basis_condition: Mapped[str | None] = mapped_column(Text)
    # who produced the figure and how strong its citation is (db.provenance; migration 0006): None = not stated
    producer: Mapped[str | None] = mapped_column(Text)
    carrier_quality: Mapped[str | None] = mapped_column(String(16))


class Pairing(Base):
    __tablename__ = "pairing"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    device_a_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"))
    device_b_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(8), default="seed")
    # a group of three or four devices (migration 0004); baseline: index of the reference column
    device_c_id: Mapped[int | None] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"))
    device_d_id: Mapped[int | None] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"))
    baseline: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ValueChoice(Base):
    """The user's pick of another source for one cell; user data keyed by slugs and the value uid."""

    __tablename__ = "value_choice"
    __table_args__ = (UniqueConstraint("device_slug", "metric_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    device_slug: Mapped[str] = mapped_column(String(100))
    metric_key: Mapped[str] = mapped_column(String(64))
    value_uid: Mapped[str] = mapped_column(String(64))


class AppMeta(Base):
    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Event(Base):
    """A policy / market / product event. `date` is the first day of a period of `precision`."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)  # seed: hash of date + title; user: uuid4 hex
    date: Mapped[str] = mapped_column(String(10), index=True)  # ISO YYYY-MM-DD
    precision: Mapped[str] = mapped_column(String(8))  # day | month | quarter | year
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(Text, default="")
    jurisdiction: Mapped[str] = mapped_column(String(8))  # db.events.JURISDICTIONS
    category: Mapped[str] = mapped_column(String(32))  # db.events.CATEGORIES
    confidence: Mapped[str] = mapped_column(String(16))  # official | third-party | reported (db.events.CONFIDENCES)
    origin: Mapped[str] = mapped_column(String(8), default="seed")  # seed | user
    created: Mapped[str] = mapped_column(String(32))  # UTC ISO 8601
    updated: Mapped[str] = mapped_column(String(32))


class EventSource(Base):
    __tablename__ = "event_source"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    publisher: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    date_text: Mapped[str | None] = mapped_column(String(32))  # as the source gives it, e.g. 2025-04 or NULL


class EventDevice(Base):
    """An event's subject that is a known device."""

    __tablename__ = "event_device"
    __table_args__ = (UniqueConstraint("event_id", "device_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"), index=True)


class EventTag(Base):
    """An event's subject that matches no device ('Blackwell', 'Entity List', 'HBM'), kept as text."""

    __tablename__ = "event_tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    tag: Mapped[str] = mapped_column(Text)


class Note(Base):
    """An analyst's note: user data (never touched by seeding), keyed by a uuid4 hex uid.

    `deleted` is set when the note is in the trash. Search goes through the FTS5 table `note_fts`
    (rowid = note.id), which holds only notes that are not in the trash and is kept in sync by
    db.notes (the CJK text is pre-split in Python, so SQL triggers cannot do it). Saving only sets
    `fts_stale`; the next search re-indexes the stale notes first, so that autosave stays cheap.
    """

    __tablename__ = "note"
    # the notes list a page at a time (db.notes_list, migration 0009): newest first, and by title; the
    # migration makes the title index's column COLLATE NOCASE, which SQLite does not report back (so neither
    # does this mirror, or comparing it with a migrated store would see an expression index that is not there)
    __table_args__ = (Index("ix_note_deleted_updated", "deleted", "updated"),
                      Index("ix_note_deleted_title", "deleted", "title"),
                      Index("ix_note_team_uuid", "team_uuid", unique=True))
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(String(32))  # UTC ISO 8601 'YYYY-MM-DDTHH:MM:SSZ'
    updated: Mapped[str] = mapped_column(String(32), index=True)
    deleted: Mapped[str | None] = mapped_column(String(32))  # in the trash since (UTC), or NULL
    fts_stale: Mapped[bool] = mapped_column(Boolean, default=False, index=True)  # saved, not yet re-indexed
    team_uuid: Mapped[str | None] = mapped_column(String(36))  # shared with the team library (0011): its row there
    team_author: Mapped[str | None] = mapped_column(Text)  # a teammate's note, pulled; NULL: the analyst's own


class NoteTag(Base):
    __tablename__ = "note_tag"
    # ix_note_tag_tag_nocase is COLLATE NOCASE in its migration (0009), for the tag filter; see Note
    __table_args__ = (UniqueConstraint("note_id", "tag"), Index("ix_note_tag_tag_nocase", "tag", "note_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    tag: Mapped[str] = mapped_column(Text, index=True)


class NoteLink(Base):
    """A link from a note to a device, pairing, event or source, by slug / uid / key (not by id), so
    that the link survives re-seeding and shows as missing when its target is gone."""

    __tablename__ = "note_link"
    __table_args__ = (UniqueConstraint("note_id", "kind", "target"),
                      Index("ix_note_link_kind_target", "kind", "target", "note_id"))  # covering: migration 0009
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # device | pairing | event | source
    target: Mapped[str] = mapped_column(String(200))


class NoteVersion(Base):
    """An earlier title and body of a note, kept by save_note (at most one per 10 minutes) and restore."""

    __tablename__ = "note_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    saved: Mapped[str] = mapped_column(String(32))  # UTC ISO 8601
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)


class NoteTerm(Base):
    """A word of four characters or more in the notes search index, as FTS5 spells it (lower case, no diacritics;
    migration 0009): a typed prefix is looked up here and searched as those words (see db.notes_find). Words are
    only added; one whose notes are gone matches nothing."""

    __tablename__ = "note_term"
    __table_args__ = {"sqlite_with_rowid": False}
    term: Mapped[str] = mapped_column(Text, primary_key=True)


# The FTS5 table `note_fts` and the shadow tables SQLite creates for it, as they reflect. SQLAlchemy
# cannot declare a virtual table: migration 0003 creates it with CREATE VIRTUAL TABLE (0009 makes it again with
# prefix = '1 2 3', so that one-letter queries read one list). They are listed
# here only so that comparing this metadata with a database (alembic compare_metadata, autogenerate)
# knows them; never create them from this metadata (create_all would make plain tables).
FTS_TABLE = "note_fts"


def _rowid_column() -> Column[int]:
    return Column("id", Integer, primary_key=True, nullable=True)  # 'id INTEGER PRIMARY KEY' reflects as nullable


FTS_SHADOW_TABLES = (
    Table(FTS_TABLE, Base.metadata, Column("title", NullType), Column("body", NullType), Column("tags", NullType),
          info={"virtual": "fts5"}),
    Table(f"{FTS_TABLE}_data", Base.metadata, _rowid_column(), Column("block", LargeBinary),
          info={"virtual": "fts5-shadow"}),
    Table(f"{FTS_TABLE}_idx", Base.metadata, Column("segid", NullType, nullable=False),
          Column("term", NullType, nullable=False), Column("pgno", NullType), PrimaryKeyConstraint("segid", "term"),
          info={"virtual": "fts5-shadow"}),
    Table(f"{FTS_TABLE}_content", Base.metadata, _rowid_column(), Column("c0", NullType),
          Column("c1", NullType), Column("c2", NullType), info={"virtual": "fts5-shadow"}),
    Table(f"{FTS_TABLE}_docsize", Base.metadata, _rowid_column(), Column("sz", LargeBinary),
          info={"virtual": "fts5-shadow"}),
    Table(f"{FTS_TABLE}_config", Base.metadata, Column("k", NullType, nullable=False), Column("v", NullType),
          PrimaryKeyConstraint("k"), info={"virtual": "fts5-shadow"}),
)


class ControlRule(Base):
    """An export-control rule of the analyst's (migration 0007): a proposed rule, or their version of a bundled
    one (same `rule_id`, `based_on` set). Bundled rules are read from resources/seed/controls.json, never stored,
    so re-seeding cannot touch these rows."""

    __tablename__ = "control_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(100), unique=True)
    origin: Mapped[str] = mapped_column(String(8), default="user")
    based_on: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    jurisdiction: Mapped[str] = mapped_column(String(8))
    effective: Mapped[str] = mapped_column(String(10))
    ends: Mapped[str | None] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text)  # the whole rule as JSON (db.control_rules.to_json): conditions as data
    created: Mapped[str] = mapped_column(String(32))
    updated: Mapped[str] = mapped_column(String(32))


class AnalystFact(Base):
    """A software-stack or supply fact of the analyst's (migration 0008), with its source. Bundled facts are read
    from resources/seed/stacks.json and supply.json, never stored, so re-seeding cannot touch these rows."""

    __tablename__ = "analyst_fact"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    domain: Mapped[str] = mapped_column(String(8))  # db.beyond.DOMAINS
    subject: Mapped[str] = mapped_column(Text)  # a stack id, or a supply subject as written
    field: Mapped[str] = mapped_column(Text)  # a stack fact field, or a supply metric
    period: Mapped[str | None] = mapped_column(Text)
    value: Mapped[str] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source_date: Mapped[str | None] = mapped_column(String(10))
    confidence: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String(32))
    updated: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[str | None] = mapped_column(String(32))


class TeamState(Base):
    """The team library's sync state in this store (migration 0011): the server's library id, the pull
    watermark (db.team.sync)."""

    __tablename__ = "team_state"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TeamItem(Base):
    """A row of the team library as last pulled from the server: the team's copy (never edited here)."""

    __tablename__ = "team_item"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    body: Mapped[str] = mapped_column(Text)  # JSON
    author: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    updated: Mapped[str] = mapped_column(String(40))
    deleted: Mapped[str | None] = mapped_column(String(40))


class TeamOutbox(Base):
    """A change made here and not yet on the server, in the order it was made (one per row: a later edit of the
    same row replaces the body and keeps the version it started from)."""

    __tablename__ = "team_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    earlier_ids: Mapped[str] = mapped_column(Text, default="")  # change ids this one replaced, space-separated
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str | None] = mapped_column(Text)  # JSON; NULL: a deletion
    base_version: Mapped[int | None] = mapped_column(Integer)  # the server's version it was made on; NULL: new
    queued: Mapped[str] = mapped_column(String(32))


class TeamConflict(Base):
    """Both versions of a row two analysts changed apart: kept until the analyst picks or merges (nothing lost)."""

    __tablename__ = "team_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    mine: Mapped[str | None] = mapped_column(Text)  # JSON; NULL: deleted here
    theirs: Mapped[str | None] = mapped_column(Text)  # JSON; NULL: deleted there
    theirs_version: Mapped[int] = mapped_column(Integer)
    theirs_author: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(16))  # edited_elsewhere | refused
    noticed: Mapped[str] = mapped_column(String(32))
    resolved: Mapped[str | None] = mapped_column(String(32))


class TeamRow(Base):
    """A catalog row shared with the team (migration 0011): the analyst's own (author NULL; digest of the body
    last queued, 'gone' once deleted) or a teammate's (author: their PostgreSQL role), by its id in the library
    and its key here (db.team.shared_rows)."""

    __tablename__ = "team_row"
    __table_args__ = (UniqueConstraint("kind", "key"),
                      Index("ix_team_row_mine", "kind", "key", sqlite_where=text("author IS NULL")),
                      Index("ix_team_row_waiting", "uuid", sqlite_where=text("digest = 'waiting'")))
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # device | source | figure | pairing | event
    key: Mapped[str] = mapped_column(String(100))  # its slug, key or uid in this store
    author: Mapped[str | None] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(40))
