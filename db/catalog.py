"""Editing the catalog: what a device, value, source or pairing must hold to be saved (no SQL, no Qt).

The desktop's dialogs call these checks as the user types; db.catalog_writes calls them again before
writing, so that the command line or a script cannot store what a dialog would refuse. Each check
returns {field: message} ({} when everything is valid); messages name the problem and the fix.

Rules: a numeric value needs a source and a confidence; it is typed with or without a unit
("1.2 PFLOPS", "900 GB/s", "2,800 Gbit/s") and stored in the metric's canonical unit. Bundled
(seed) values are never changed: a correction is saved as the user's own value.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from db.basis import GRANULARITIES, Basis
from db.dto import CONFIDENCE_ORDER, MetricDTO
from db.provenance import CARRIERS
from db.units import PLAIN, FigureError, NumberStyle, QuantityError, check_figure, parse_quantity, whole_number

KINDS = ("chip", "system")
STATUSES = ("shipping", "announced", "roadmap", "china-specific", "cancelled")
ROLES = ("accelerator", "cpu")
CONFIDENCES = CONFIDENCE_ORDER  # official | third-party | reported
MAX_COMPARED = 4

DEVICE_FIELDS = ("name", "kind", "family", "status", "vendor", "country", "aliases", "racks", "racks_note",
                 "components", "granularity", "packages")
VALUE_FIELDS = ("device", "metric", "value", "qualifier", "approximate", "source", "confidence", "as_of", "note",
                "prefer", "basis", "producer", "carrier_quality")
SOURCE_FIELDS = ("publisher", "title", "url", "date", "kind")
_ISO = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


class CatalogValidationError(ValueError):
    """Fields that cannot be saved; `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _text(fields: Mapping[str, object], name: str) -> str:
    value = fields.get(name)
    return value.strip() if isinstance(value, str) else ""


def _unknown(fields: Mapping[str, object], allowed: Sequence[str]) -> dict[str, str]:
    return {name: "unknown field" for name in fields if name not in allowed}


def clean_aliases(aliases: object) -> list[str]:
    """Aliases trimmed, empty ones and case-insensitive repeats dropped, order kept."""
    out: dict[str, str] = {}
    for a in aliases if isinstance(aliases, (list, tuple)) else ():
        if isinstance(a, str) and a.strip():
            out.setdefault(norm(a), " ".join(a.split()))
    return list(out.values())


def validate_device(fields: Mapping[str, object], taken_names: Mapping[str, str] | None = None,
                    slug: str | None = None) -> dict[str, str]:
    """Problems with a device's fields. `taken_names` maps normalised names and aliases already used to
    the slug of the device using them, so that a name or alias is never given to two devices."""
    errors = _unknown(fields, DEVICE_FIELDS)
    name = _text(fields, "name")
    if not name:
        errors["name"] = "a name is required"
    for field, choices, default in (("kind", KINDS, "chip"), ("status", STATUSES, "shipping"),
                                    ("granularity", GRANULARITIES, GRANULARITIES[0])):
        if fields.get(field, default) not in choices and not (field == "granularity" and fields[field] is None):
            errors[field] = f"{field} must be one of {', '.join(choices)}"
    if not _text(fields, "vendor"):
        errors["vendor"] = "a vendor is required"
    country = _text(fields, "country")
    if not re.fullmatch(r"[A-Z]{2,3}|[A-Z]{2}-[A-Z]{2,3}", country):
        errors["country"] = "a country code such as CN, US, KR or TW is required"
    for field in ("racks", "packages"):
        count = fields.get(field)
        if count is not None and not whole_number(count):
            errors[field] = f"{field} must be a whole number of at least 1, or empty"
    if taken_names is not None:
        for label, text in [("name", name)] + [("aliases", a) for a in clean_aliases(fields.get("aliases"))]:
            owner = taken_names.get(norm(text))
            if text and owner is not None and owner != slug and label not in errors:
                errors[label] = f"{text!r} already names another device ({owner})"
    comps = fields.get("components") or []
    if comps and fields.get("kind", "chip") != "system":
        errors["components"] = "only a system has a composition: set the kind to system or remove the components"
    for n, c in enumerate(comps if isinstance(comps, (list, tuple)) else [], start=1):
        problem = _component_error(c)
        if problem:
            errors.setdefault("components", f"component {n}: {problem}")
    return errors


def _component_error(c: object) -> str:
    if not isinstance(c, Mapping):
        return "not a component"
    if not _text(c, "name") and not c.get("device"):
        return "a name or a known device is required"
    if c.get("role", "accelerator") not in ROLES:
        return f"role must be one of {', '.join(ROLES)}"
    count = c.get("count")
    if count is not None and not whole_number(count):
        return "the count must be a whole number of at least 1, or empty"
    conf = c.get("confidence")
    if conf not in (None, "", *CONFIDENCES):
        return f"confidence must be one of {', '.join(CONFIDENCES)}"
    return ""


def parse_value(text: str, metric: MetricDTO, style: NumberStyle = PLAIN) -> tuple[float | None, str | None]:
    """(number in the canonical unit, None) for a numeric metric; (None, text) for a text or date metric.
    Raises QuantityError (a ValueError) with a message for the user."""
    raw = text.strip()
    if metric.kind == "number":
        return parse_quantity(raw, metric.unit, style), None
    if not raw:
        raise QuantityError("a value is required")
    if metric.kind == "date" and not _ISO.fullmatch(raw):
        raise QuantityError(f"{raw!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    return None, raw


def validate_value(fields: Mapping[str, object], metric: MetricDTO | None, style: NumberStyle = PLAIN,
                   sources: Sequence[str] | None = None) -> tuple[dict[str, str], float | None, str | None]:
    """(errors, number, text) for a value's fields; `sources` lists the known source keys (None: unchecked)."""
    errors = _unknown(fields, VALUE_FIELDS)
    if not _text(fields, "device"):
        errors["device"] = "choose a device"
    if metric is None:
        errors["metric"] = "choose a metric"
        return errors, None, None
    if metric.derived:
        errors["metric"] = f"{metric.label} is computed by ChipLens ({metric.formula}): enter its inputs instead"
        return errors, None, None
    number = text = None
    raw = fields.get("value")
    try:
        number, text = parse_value(raw if isinstance(raw, str) else ("" if raw is None else str(raw)), metric, style)
    except QuantityError as exc:
        errors["value"] = str(exc)
    if number is not None:
        try:  # the importers' rule too: finite, not negative, 0 or within a million times the bundled range
            number = check_figure(number, metric.unit)
        except FigureError as exc:
            errors["value"] = f"{str(raw).strip()!r} {exc}"
    source = _text(fields, "source")
    confidence = fields.get("confidence") or ""
    if metric.kind == "number":
        if not source:
            errors["source"] = "a figure needs a source: choose one or add a new source"
        if not confidence:
            errors["confidence"] = "a figure needs a confidence: official, third-party or reported"
    if source and sources is not None and source not in sources:
        errors["source"] = f"unknown source {source!r}"
    if confidence and confidence not in CONFIDENCES:
        errors["confidence"] = f"confidence must be one of {', '.join(CONFIDENCES)}"
    for field, choices in (("carrier_quality", CARRIERS),):  # empty: not stated
        if fields.get(field) not in (None, "", *choices):
            errors[field] = f"{field} must be one of {', '.join(choices)}"
    as_of = _text(fields, "as_of")
    if as_of and not _ISO.fullmatch(as_of):
        errors["as_of"] = f"{as_of!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
    if fields.get("basis") is not None:
        bad = metric.rule.contradictions(Basis.from_mapping(fields["basis"])) if isinstance(fields["basis"], dict) \
            else [("basis", str(fields["basis"]))]
        if bad:
            errors["basis"] = "; ".join(f"{dim} {value!r} not in {metric.label}" for dim, value in bad)
    return errors, number, text


def validate_source(fields: Mapping[str, object]) -> dict[str, str]:
    errors = _unknown(fields, SOURCE_FIELDS)
    if not _text(fields, "publisher"):
        errors["publisher"] = "a publisher is required (who published the figure)"
    url = _text(fields, "url")
    if url and not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", url):
        errors["url"] = "a web address starts with http:// or https:// and has no spaces"
    date = _text(fields, "date")
    if date and not re.search(r"\d{4}", date) and date.casefold() not in ("n.d.", "undated"):
        errors["date"] = "write the date as YYYY, YYYY-MM or YYYY-MM-DD (or n.d. if it has none)"
    return errors


def validate_group(name: str, devices: Sequence[str], baseline: int) -> dict[str, str]:
    errors = {}
    if not name.strip():
        errors["name"] = "a name is required"
    if not 2 <= len(devices) <= MAX_COMPARED:
        errors["devices"] = f"choose 2 to {MAX_COMPARED} devices"
    elif len(set(devices)) != len(devices):
        errors["devices"] = "each device may appear only once"
    if not 0 <= baseline < max(len(devices), 1):
        errors["baseline"] = "the baseline must be one of the devices"
    return errors
