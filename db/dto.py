"""Frozen dataclasses: the only shapes that leave db/ for the desktop and the command line."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.basis import Basis, BasisRule
from db.periods import period_end, period_label
from db.reasons import Reason

CONFIDENCE_ORDER = ("official", "third-party", "reported")


@dataclass(frozen=True)
class OrganisationDTO:
    slug: str
    name: str
    country: str


@dataclass(frozen=True)
class DeviceDTO:
    slug: str
    name: str
    kind: str  # chip | system
    family: str
    status: str  # shipping | announced | roadmap | china-specific | cancelled
    vendor: str
    country: str
    aliases: tuple[str, ...] = ()
    racks: int | None = None
    racks_note: str = ""
    origin: str = "seed"
    granularity: str = "package"  # what one of it is (db.basis.GRANULARITIES)
    packages: int | None = None  # accelerator packages in one, for a board or superchip
    status_as_of: str | None = None  # newest date of its availability / announced figures; None = not stated
    vendor_aliases: tuple[str, ...] = ()  # the organisation's other names (华为 for Huawei), for searching


@dataclass(frozen=True)
class SourceDTO:
    key: str
    publisher: str
    title: str
    url: str | None
    date_text: str
    date_sort: str | None
    kind: str

    @property
    def is_derived(self) -> bool:
        return self.kind == "derived"


@dataclass(frozen=True)
class ComponentDTO:
    name: str
    role: str  # accelerator | cpu
    count: int | None
    device_slug: str | None
    source: SourceDTO | None
    confidence: str | None = None


@dataclass(frozen=True)
class MetricDTO:
    key: str
    label: str
    group: str
    unit: str
    kind: str  # number | text | date
    higher_is_better: bool | None
    aggregate: str | None
    default_qualifier: str | None
    directional: bool
    derived: bool
    formula: str
    inputs: tuple[str, ...]
    key_metric: bool
    description: str
    position: int
    rule: BasisRule = BasisRule()


@dataclass(frozen=True)
class ValueDTO:
    """One figure for one device and metric: stored (with a source) or derived (with a formula)."""

    uid: str
    device_slug: str
    metric_key: str
    value_num: float | None
    value_text: str | None
    qualifier: str | None
    approximate: bool
    source: SourceDTO | None
    confidence: str | None
    as_of: str | None
    note: str
    unit_text: str = ""
    origin: str = "seed"
    derived: bool = False
    formula: str = ""
    inputs: tuple["ValueDTO", ...] = ()
    basis: Basis = Basis()
    producer: str | None = None  # who produced the figure (db.provenance); None = not stated
    carrier_quality: str | None = None  # primary | reputable-relay | weak-relay | derived; None = not stated
    made: str = ""  # how ChipLens worked it out: halved | doubled | split | from parts | formula; "" = as given
    author: str | None = None  # a teammate's figure (origin 'team'): who added it; None: the analyst's own or bundled

    @property
    def is_gap(self) -> bool:
        return self.value_num is None and self.value_text is None

    @property
    def is_derived(self) -> bool:
        """Computed by ChipLens (formula) or given by the reference's DERIVED source."""
        return self.derived or (self.source is not None and self.source.is_derived)


@dataclass(frozen=True)
class PairingDTO:
    """A named pairing (two devices) or group (three or four), with the column ratios are taken against."""

    slug: str
    name: str
    device_a: str
    device_b: str
    origin: str = "seed"
    more: tuple[str, ...] = ()  # the third and fourth devices of a group
    baseline: int = 1  # index into `devices` of the reference column (B for a pair)

    @property
    def devices(self) -> tuple[str, ...]:
        return (self.device_a, self.device_b, *self.more)


@dataclass(frozen=True)
class CellDTO:
    """What one side of one comparison row shows, with everything needed to explain it."""

    device_slug: str
    value: ValueDTO | None  # the figure shown; None = not published
    display: str
    candidates: tuple[ValueDTO, ...]  # every figure known, preferred first
    disagreement: str = ""  # "752 / 780 / 800 TFLOPS" when sources differ by more than 5%
    gap_note: str = ""
    user_choice: bool = False
    ratio: float | None = None  # this cell's figure ÷ the baseline column's (None on the baseline itself)
    ratio_display: str = ""
    ratio_note: Reason | None = None  # why there is no ratio (figures of different kinds, a zero)
    better: bool | None = None  # better than the baseline (None: equal, no sense of better, not comparable)
    ratio_warnings: tuple[Reason, ...] = ()  # why the ratio needs care (basis not stated, other power condition)


@dataclass(frozen=True)
class RowDTO:
    """One metric across 2–4 devices. ratio / ratio_display / better / ratio_note compare the first
    non-baseline device with the baseline (A ÷ B for a pair); each cell has its own ratio too."""

    metric: MetricDTO
    cells: tuple[CellDTO, ...]
    ratio: float | None = None
    ratio_display: str = ""
    better: int | None = None  # index of the better device of that pair; None = no winner / not comparable
    ratio_note: Reason | None = None
    best: tuple[int, ...] = ()  # indices of the best figure among those comparable with the baseline
    ratio_warnings: tuple[Reason, ...] = ()
    provenance_note: Reason | None = None  # the sides' figures come from different sources or methods


@dataclass(frozen=True)
class ComparisonDTO:
    devices: tuple[DeviceDTO, ...]  # 2 to 4
    rows: tuple[RowDTO, ...]
    components: tuple[tuple[ComponentDTO, ...], ...] = ((), ())
    baseline: int = 1  # index of the column ratios are taken against (B for a pair)
    per_package: bool = False  # boards and superchips split per accelerator package
    splittable: tuple[int, ...] = ()  # the devices (indices) that are boards or superchips of known packages

    def row(self, key: str) -> RowDTO | None:
        return next((r for r in self.rows if r.metric.key == key), None)

    @property
    def other(self) -> int:
        """The first device that is not the baseline: the one the row-level ratio is about."""
        return next(i for i in range(len(self.devices)) if i != self.baseline)


@dataclass(frozen=True)
class ScaleMatchDTO:
    """How many of A match one B on a metric, and at what power."""

    metric: MetricDTO
    count: float | None  # n such that n x A = 1 x B
    power_ratio: float | None  # n x power(A) / power(B)
    text: str
    detail: str = ""
    reason: Reason | None = None  # why there is no count (or no power ratio)
    warnings: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class EventSourceDTO:
    publisher: str
    title: str
    url: str | None
    date: str | None  # as the source gives it: 'YYYY-MM-DD', 'YYYY-MM' or None


@dataclass(frozen=True)
class EventDTO:
    """One policy / market / product event on the timeline; `date` is the first day of its period."""

    uid: str
    date: str  # ISO 'YYYY-MM-DD'
    precision: str  # day | month | quarter | year
    title: str
    summary: str
    actor: str
    jurisdiction: str
    category: str
    confidence: str  # official | third-party | reported
    sources: tuple[EventSourceDTO, ...]
    devices: tuple[str, ...]  # device slugs
    tags: tuple[str, ...]  # subjects that match no device
    origin: str  # seed | user | team (a teammate's, from the team library)
    created: str = ""  # UTC, ISO 8601
    updated: str = ""
    author: str | None = None  # a teammate's event: who added it

    @property
    def end(self) -> str:
        """ISO date of the last day of the event's period."""
        return period_end(self.date, self.precision)

    @property
    def label(self) -> str:
        """The date as precise as it is known: '2025-04-09', '2025-04', '2025-Q2' or '2025'."""
        return period_label(self.date, self.precision)


@dataclass(frozen=True)
class NoteLinkDTO:
    """A note's link to something in the store; `missing` when the target no longer exists."""

    kind: str  # 'device' | 'pairing' | 'event' | 'source'
    target: str  # slug, event uid or source key
    label: str  # display name resolved from the store ('' if unknown)
    missing: bool  # the target no longer exists (the note stays; the link is shown as missing)


@dataclass(frozen=True)
class NoteSummaryDTO:
    uid: str
    title: str
    tags: tuple[str, ...]
    links: tuple[NoteLinkDTO, ...]
    created: str  # ISO UTC 'YYYY-MM-DDTHH:MM:SSZ'
    updated: str
    deleted: str | None
    team_author: str | None = None  # a teammate's note (pulled from the team library): who wrote it
    shared: bool = False  # shared with the team library (the analyst's own, or a teammate's)


@dataclass(frozen=True)
class NoteQuery:
    """Which notes a list shows and in which order. `linked_any`: (kind, target) links, notes linked to any
    of them (an empty tuple: none); `title_words`: words the title contains (SQL LIKE, ASCII case folded)."""

    tag: str | None = None
    device: str | None = None
    linked: tuple[str, str] | None = None
    trash: bool = False
    sort: str = "updated"
    linked_any: tuple[tuple[str, str], ...] | None = None
    title_words: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class NoteDTO(NoteSummaryDTO):
    """A note with its text (NoteSummaryDTO is what lists show)."""
    body: str


@dataclass(frozen=True)
class NoteHitDTO:
    uid: str
    title: str
    tags: tuple[str, ...]
    updated: str
    snippet: str  # plain text with matches wrapped in [[ and ]]
    rank: float  # lower is better: 0 the title matches, 1 the tags, 2 the body only (newest first within each)


@dataclass(frozen=True)
class NoteVersionDTO:
    id: int
    saved: str  # ISO UTC 'YYYY-MM-DDTHH:MM:SSZ'
    title: str
    body: str


@dataclass(frozen=True)
class StoreInfo:
    path: str
    schema_revision: str
    migrated_from: str | None = None
    seeded: dict[str, int] = field(default_factory=dict)
    backup: str | None = None


@dataclass(frozen=True)
class ChangeSet:
    """What a write changed, so that each panel can decide whether to refresh."""

    kinds: frozenset[str]  # e.g. {"choice"}, {"pairing"}, {"event"}, {"seed"}
    device_slugs: frozenset[str] = frozenset()
    metric_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CatalogEditDTO:
    """One edit of the catalog (a device, source, value or pairing) with the row's state before and
    after it, as JSON keyed by slugs / keys / uids: undo restores `before`, redo restores `after`."""

    kind: str  # device | source | value | pairing
    key: str  # device slug, source key, value uid or pairing slug
    before: str  # JSON; 'null' when the row did not exist
    after: str
    label: str = ""


@dataclass(frozen=True)
class HeadlineUseDTO:
    """A device whose headline figure for a metric (what every comparison shows in its cell) rests on a source."""

    device_slug: str
    device_name: str
    metric_key: str
    metric_label: str
    value_uid: str  # the figure shown (a worked-out one's uid when it was worked out)
    figure_uid: str  # the stored figure citing the source that it rests on
    picked: bool  # the analyst's pick for that device and metric (else the automatic choice)
    weak_only: bool  # every figure the device has for that metric was read on a weak relay


@dataclass(frozen=True)
class SourceQualityDTO:
    """One source seen as a citation: the figures resting on it, the quality of the pages they were read on,
    and the headline figures that would change if it were replaced."""

    source: SourceDTO
    carriers: tuple[str | None, ...]  # carrier qualities of its figures, most common first (None: not stated)
    figures: tuple[ValueDTO, ...]  # the stored figures citing it
    headlines: tuple[HeadlineUseDTO, ...]  # by device name, then metric

    @property
    def carrier(self) -> str | None:
        """The most common carrier quality of its figures (None when it has none or none is stated)."""
        return self.carriers[0] if self.carriers else None

    @property
    def weak_figures(self) -> tuple[ValueDTO, ...]:
        return tuple(v for v in self.figures if v.carrier_quality == "weak-relay")

    @property
    def headline_devices(self) -> tuple[str, ...]:
        """The names of the devices with a headline figure resting on it, each once."""
        return tuple(dict.fromkeys(h.device_name for h in self.headlines))


@dataclass(frozen=True)
class DataReleaseDTO:
    """The bundled data release and what the store held before it (db.api.releases)."""

    version: str  # e.g. 2026.12
    date: str  # ISO day
    previous: str | None = None  # the release the store held before this one was seeded (None: new store)
    known: tuple[tuple[str, str], ...] = ()  # every release, oldest first: (version, date)


@dataclass(frozen=True)
class DataChangesDTO:
    """What changed in the data from release `since` to `release` (kinds as in db.importers.release_notes:
    devices_added, values_changed, shown_changed, events_added, disagreements_opened, ...; entries are plain
    JSON-like mappings with names and codes, phrased by desktop.present.data_changes)."""

    release: str
    date: str
    since: str
    entries: dict[str, tuple[dict[str, Any], ...]]

    def of(self, kind: str) -> tuple[dict[str, Any], ...]:
        return self.entries.get(kind, ())

    @property
    def empty(self) -> bool:
        return not any(self.entries.values())
