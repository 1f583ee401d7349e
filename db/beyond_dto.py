"""What db.api.beyond returns: software stacks, their facts, supply facts and market-share series (frozen)."""
from __future__ import annotations

from dataclasses import dataclass

from db.beyond import vendor_wide


@dataclass(frozen=True)
class FactSourceDTO:
    """Where a stack or supply fact was read: publisher (who carried it, and whom it cites), page, address, the
    page's date and the day it was read (None when not given)."""

    publisher: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    read_on: str | None = None


@dataclass(frozen=True)
class StackFactDTO:
    uid: str
    stack_id: str
    field: str  # the reference's fact field ('pytorch_support', 'mlperf', ...)
    row: str | None  # the comparison row it supports (db.beyond.STACK_ROWS), None for background facts
    value: str
    source: FactSourceDTO
    confidence: str  # official | third-party | reported
    note: str | None
    origin: str  # seed | user
    updated: str | None = None  # the analyst's facts: when last saved


@dataclass(frozen=True)
class RouteDTO:
    """How a stack reaches a framework or engine: the reference's words and their kind (db.beyond.ROUTE_KINDS);
    text None: not found."""

    key: str  # pytorch | jax | tensorflow | paddlepaddle | mindspore | vllm | sglang | llama_cpp | triton | vendor_engine
    text: str | None
    kind: str | None


@dataclass(frozen=True)
class StackDTO:
    id: str
    name: str
    vendor: str
    jurisdiction: str
    organisations: tuple[str, ...]  # catalog organisation slugs whose accelerators it drives
    first_release_date: str | None
    latest_version_seen: str | None
    latest_version_date: str | None
    licence_openness: str | None
    programming_model: str | None
    translation_tools: str | None
    cuda_source_compatibility: str | None
    routes: tuple[RouteDTO, ...]
    facts: tuple[StackFactDTO, ...]  # bundled, then the analyst's

    def route(self, key: str) -> RouteDTO:
        return next((r for r in self.routes if r.key == key), RouteDTO(key, None, None))

    def facts_for(self, row: str) -> tuple[StackFactDTO, ...]:
        """The facts behind one comparison row (db.beyond.STACK_ROWS), bundled first."""
        return tuple(f for f in self.facts if f.row == row)

    def facts_of(self, *fields: str) -> tuple[StackFactDTO, ...]:
        return tuple(f for f in self.facts if f.field in fields)


@dataclass(frozen=True)
class DeviceStackDTO:
    """The stack a device runs: its own organisation's, or (a system) its accelerator's, named in `via`."""

    device: str
    organisation: str | None
    stack: StackDTO | None  # None: the reference has no stack for this organisation
    via: str | None = None  # the accelerator chip's slug, for a system


@dataclass(frozen=True)
class SupplyFactDTO:
    uid: str
    subject: str  # as the source words it ('Huawei Ascend (910B/910C)')
    metric: str
    kind: str  # db.beyond.SUPPLY_KINDS
    period: str
    value: str  # as written ('805000', '>75', '12-15')
    number: float | None  # where the value is one number
    unit: str  # as written; a count's unit says what it counts ('dies (up to)')
    counted: str | None  # chips | units | cards | dies | HBM stacks | wafers | plants; None: not a count
    source: FactSourceDTO
    confidence: str
    note: str | None
    devices: tuple[str, ...]  # catalog devices the subject names
    organisations: tuple[str, ...]  # organisations the subject is about
    origin: str  # seed | user
    updated: str | None = None

    @property
    def vendor_wide(self) -> bool:
        """About its organisation as a whole (db.beyond.vendor_wide): each of its chips may show it."""
        return vendor_wide(self.subject, self.devices)


@dataclass(frozen=True)
class SharePointDTO:
    year: int
    value: float  # percent
    fact: SupplyFactDTO  # the fact it is read from (a 'a -> b' fact gives two points)


@dataclass(frozen=True)
class ShareSeriesDTO:
    """One market-share series: one source's figures for one subject, never merged with another source's."""

    producer: str  # who made the figures ('IDC', 'TrendForce', 'Bernstein'): db.beyond.producer
    publisher: str  # the page they were read on, as the source names it
    subject: str
    metric: str
    points: tuple[SharePointDTO, ...]  # by year
