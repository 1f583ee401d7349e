"""Beyond FLOPS: the vocabulary and rules of software-stack facts and supply facts. No Qt, no SQLAlchemy.

A stack fact is one sourced statement about a software stack (CUDA, CANN, MUSA...): its `field` names what it
says (the PyTorch route, the vLLM route, CUDA compatibility, the latest version...). A supply fact is one
sourced figure or statement about making or selling chips (output, yields, node, HBM, revenue, market share,
funding) for a `subject` in a `period`, with the unit the source gives; what a count counts (dies, packages,
cards, chips) is part of that unit and is never converted, so estimates that count different things stay
side by side. Values are kept as the reference writes them ('>75', '12-15', '95 -> 0'); a number is read
from them only where the text is one.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from db.periods import parse_iso_date

CONFIDENCES = ("official", "third-party", "reported")
DOMAINS = ("stack", "supply")

# the stack fields a comparison shows, in order (the reference's fact fields map onto them)
STACK_ROWS = ("latest_version", "pytorch", "vllm", "other_engines", "triton", "cuda_compatibility", "openness")
STACK_FIELD_ROWS: dict[str, str] = {
    "latest_version": "latest_version", "pytorch_support": "pytorch", "vllm_support": "vllm",
    "sglang_support": "other_engines", "llama_cpp": "other_engines", "vendor_engine": "other_engines",
    "other_engines": "other_engines", "triton_support": "triton",
    "cuda_source_compatibility": "cuda_compatibility", "translation_tools": "cuda_compatibility",
    "licence_openness": "openness", "licence": "openness", "governance": "openness",
}
# the frameworks and engines of the stacks matrix: (key, the summary mapping it is read from or None for a
# top-level summary field)
MATRIX_COLUMNS = (("pytorch", "frameworks"), ("jax", "frameworks"), ("tensorflow", "frameworks"),
                  ("paddlepaddle", "frameworks"), ("mindspore", "frameworks"), ("vllm", "inference_engines"),
                  ("sglang", "inference_engines"), ("llama_cpp", "inference_engines"), ("triton", None))

# what kind of route a stack gives a framework, from the words of the reference's summary; checked in order
ROUTE_KINDS = ("native", "in-tree", "plugin", "fork", "vendor build", "claimed", "other")
_ROUTE_WORDS = (("in-tree", re.compile(r"in-tree|in tree|reference platform")),
                ("plugin", re.compile(r"plugin|privateuse1|custom ?device|pjrt|extension|backend|native device")),
                ("fork", re.compile(r"fork|branch")),
                ("vendor build", re.compile(r"vendor torch build|vendor images|rocm-style|rocm path|adapted|vendor build")),
                ("native", re.compile(r"native")),
                ("claimed", re.compile(r"claimed")))

# supply kinds (`chiplens supply --metric KIND`): HBM first (by metric or subject), then the first kind whose
# words appear in the metric
SUPPLY_KINDS = ("output", "yield", "node", "capacity", "hbm", "share", "revenue", "funding", "other")
_KIND_WORDS = (("share", re.compile(r"market share|share of|quota")),
               ("funding", re.compile(r"ipo|placement|valuation|proceeds")),
               ("yield", re.compile(r"yield")),
               ("output", re.compile(r"production|die output|shipments|unit sales|orders|order vs delivery")),
               ("capacity", re.compile(r"capacity|7nm|wafers|utilisation|fabs")),
               ("node", re.compile(r"node|teardown|dies per package|packaging|die bank|tsmc matching")),
               ("revenue", re.compile(r"revenue|profit|charge|sales|market size|guidance")))
_HBM = re.compile(r"\bhbm(?!-constrained)", re.IGNORECASE)
_MARKET_SHARE = re.compile(r"market share|share of china(?:'s)? ai")
# what a count counts, from the unit's first word
COUNTED = {"chips": "chips", "units": "units", "cards": "cards", "dies": "dies", "stacks": "HBM stacks",
           "wafers": "wafers", "plants": "plants"}

_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_ARROW = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*->\s*(-?\d+(?:\.\d+)?)\s*$")
_YEAR = re.compile(r"^(?:FY)?((?:19|20)\d\d)$")
_YEAR_ARROW = re.compile(r"^((?:19|20)\d\d)\s*->\s*((?:19|20)\d\d)\b")
_PLAIN_YEAR = re.compile(r"^((?:19|20)\d\d)$")


@lru_cache(maxsize=1)
def bundled_stacks() -> dict[str, Any]:
    """The bundled stacks (resources/seed/stacks.json, written by db.importers.beyond), read once."""
    import resources
    doc: dict[str, Any] = json.loads(resources.seed_bytes("stacks.json"))
    return doc


def bundled_stack_ids() -> tuple[str, ...]:
    """The bundled stacks' ids: what an analyst's stack fact may name as its subject."""
    return tuple(s["id"] for s in bundled_stacks()["stacks"])


def route_kind(text: str | None) -> str | None:
    """The kind of route a summary names ('out-of-tree PrivateUse1 plugin (torch_npu)' -> 'plugin'); None when
    the reference has nothing."""
    if not text:
        return None
    low = text.lower()
    if low.startswith("native"):
        return "native"
    for kind, words in _ROUTE_WORDS:
        if words.search(low):
            return kind
    return "other"


def supply_kind(metric: str, subject: str) -> str:
    """The kind of a supply fact from its metric and subject: HBM first ('HBM stacks stockpiled', or any metric of
    'Huawei HiBL 1.0 (in-house HBM)'; an output forecast that is only 'HBM-constrained' stays output), then
    share, funding, yield, output, capacity, node, revenue ('planned annual die output' -> 'output')."""
    if _HBM.search(metric) or _HBM.search(subject):
        return "hbm"
    low = metric.lower()
    for kind, words in _KIND_WORDS:
        if words.search(low):
            return kind
    return "other"


def market_share(metric: str, unit: str) -> bool:
    """Whether a share fact is a share of China's AI-chip market (what the market-share chart draws), not a
    share of one company's revenue or a quota."""
    return unit.strip().startswith("%") and _MARKET_SHARE.search(metric.lower()) is not None


def counted(unit: str) -> str | None:
    """What a count counts, from its unit ('chips (packages)' -> 'chips', 'dies (up to)' -> 'dies'); None for a
    unit that is no count (%, CNY bn, text)."""
    return COUNTED.get((unit.split() or [""])[0].lower())


def number(value: object) -> float | None:
    """The number a value is, when it is one (200000, '4.6'); None for text, ranges and bounds ('>75')."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and _NUMBER.match(value.strip()):
        return float(value.strip())
    return None


def year_points(value: object, period: str) -> tuple[tuple[int, float], ...]:
    """The (year, value) points a share fact gives: one for a number in a one-year period ('2025', 'FY2025'),
    two for 'a -> b' over 'y1 -> y2' (one statement of a start and an end); none otherwise."""
    period = period.strip()
    single = _YEAR.match(period)
    num = number(value)
    if single and num is not None:
        return ((int(single.group(1)), num),)
    both = _YEAR_ARROW.match(period)
    arrow = _ARROW.match(value) if isinstance(value, str) else None
    if both and arrow:
        return ((int(both.group(1)), float(arrow.group(1))), (int(both.group(2)), float(arrow.group(2))))
    return ()


def period_start(period: str) -> str:
    """A sort key for a period as the reference writes it ('2025 H1', 'FY2026 Q3', '2025-06', 'to end-2024'):
    its first four-digit year and what follows, so periods sort by year first."""
    m = re.search(r"(19|20)\d\d", period)
    return period[m.start():] if m else period


# who produced a figure, read from the publisher field that names the carrier and whom it cites ('DataStorage Asia
# (reporting TrendForce)' -> TrendForce): research firms first, then the press they are relayed through
PRODUCERS = ("IDC", "TrendForce", "Bernstein", "SemiAnalysis", "TechInsights", "CSIS", "RAND", "Nikkei", "Reuters",
             "Bloomberg", "Financial Times", "DIGITIMES")


def producer(publisher: str) -> str:
    """The firm a publisher field says produced the figure (the first of PRODUCERS it names), else the publisher."""
    found = [p for p in PRODUCERS if re.search(rf"\b{re.escape(p)}\b", publisher)]
    return found[0] if found else publisher


# organisation slug -> the names a supply subject starts with when it is about that organisation
ORGANISATION_NAMES: dict[str, tuple[str, ...]] = {
    "nvidia": ("nvidia",), "huawei": ("huawei",), "amd": ("amd",), "cambricon": ("cambricon",),
    "moore-threads": ("moore threads",), "metax": ("metax",), "kunlunxin": ("kunlunxin", "baidu kunlunxin"),
    "biren": ("biren",), "alibaba-t-head": ("alibaba t-head",), "hygon": ("hygon",), "google": ("google",),
    "aws": ("aws", "amazon"), "enflame": ("enflame",), "smic": ("smic",), "tsmc": ("tsmc",), "cxmt": ("cxmt",),
}


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def subject_devices(subject: str, names: Mapping[str, str]) -> list[str]:
    """The catalog devices a subject names (`names`: every normalised device name and alias -> slug): 'Huawei
    Ascend 910C' -> the 910C; 'Huawei Ascend (910B/910C)' -> both; 'NVIDIA H20' -> the H20 (not the H200); a
    bare number ('310') names nothing."""
    out: list[str] = []
    for part in re.split(r"[\s/(),]+", _norm(subject)):
        slug = names.get(part) if part and not part.isdigit() else None
        if slug and slug not in out:
            out.append(slug)
    return out


_MODEL = re.compile(r"^(?=[^ ]*\d)(?=[^ ]*[a-z])[a-z0-9+.-]+$")


def names_a_model(subject: str) -> bool:
    """Whether a subject names one product by a model number ('Huawei Ascend 910D', 'NVIDIA H20') rather than a
    company or a product line ('Huawei Ascend (all models)', 'Huawei-dedicated fabs')."""
    return any(_MODEL.match(part) for part in re.split(r"[\s/(),]+", _norm(subject)) if part)


def vendor_wide(subject: str, devices: Iterable[str]) -> bool:
    """Whether a fact is about its organisation as a whole, so that each of its chips may show it: it names no
    catalog device and no other model (a 910D patent is not the 910C's)."""
    return not list(devices) and not names_a_model(subject)


def subject_organisations(subject: str) -> list[str]:
    """The organisations a subject is about: those whose name it starts with ('Baidu Kunlunxin' -> kunlunxin)."""
    low = _norm(subject)
    return [slug for slug, starts in ORGANISATION_NAMES.items() if any(low.startswith(s) for s in starts)]


def matches(subject: str, query: str) -> bool:
    """Whether a subject answers a query: every word of the query appears in the subject (case-insensitive),
    so 'huawei' finds 'Huawei Ascend 910C' and 'ByteDance / Huawei Ascend 910B', '910c' finds the 910C."""
    words = query.lower().split()
    low = subject.lower()
    return bool(words) and all(w in low for w in words)


# what validate_fact finds wrong: (field, code, the offending value or the allowed values), phrased in desktop/present
E_REQUIRED, E_NOT_ONE_OF, E_UNKNOWN_STACK, E_NEGATIVE_COUNT, E_DATE, E_URL, E_UNKNOWN_FACT = (
    "required", "not_one_of", "unknown_stack", "negative_count", "date", "url", "unknown_fact")
E_NOT_FINITE = "not_finite"  # a number beyond the float range ('1' and 400 zeros), NaN or Infinity in a pack
FactError = tuple[str, str, str]


def validate_fact(domain: str, doc: Mapping[str, object], stack_ids: Iterable[str] = ()) -> list[FactError]:
    """What is wrong with an analyst's fact, as (field, code, value) triples (field: subject, field, period,
    value, unit, confidence, publisher, source_date, url, domain); [] when it can be saved."""
    if domain not in DOMAINS:
        return [("domain", E_NOT_ONE_OF, ", ".join(DOMAINS))]

    def text(name: str) -> str:
        value = doc.get(name)
        return value.strip() if isinstance(value, str) else ""

    errors: list[FactError] = []
    known = set(stack_ids)
    if not text("subject"):
        errors.append(("subject", E_REQUIRED, ""))
    elif domain == "stack" and known and text("subject") not in known:
        errors.append(("subject", E_UNKNOWN_STACK, text("subject")))
    if not text("field"):
        errors.append(("field", E_REQUIRED, ""))
    elif domain == "stack" and text("field") not in STACK_FIELD_ROWS:
        errors.append(("field", E_NOT_ONE_OF, ", ".join(sorted(STACK_FIELD_ROWS))))
    if not text("value"):
        errors.append(("value", E_REQUIRED, ""))
    if domain == "supply":
        errors += [(name, E_REQUIRED, "") for name in ("period", "unit") if not text(name)]
        num = number(text("value"))
        if num is not None and not math.isfinite(num):
            errors.append(("value", E_NOT_FINITE, text("value")[:12] + "…"))  # hundreds of digits
        elif num is not None and num < 0 and counted(text("unit")):
            errors.append(("value", E_NEGATIVE_COUNT, text("value")))
    if doc.get("confidence") not in CONFIDENCES:
        errors.append(("confidence", E_NOT_ONE_OF, ", ".join(CONFIDENCES)))
    if not text("publisher"):
        errors.append(("publisher", E_REQUIRED, ""))
    date = text("source_date")
    if date and parse_iso_date(date) is None and not re.match(r"^(19|20)\d\d(-(0[1-9]|1[0-2]))?$", date):
        errors.append(("source_date", E_DATE, date))
    url = text("url")
    if url and not url.startswith(("https://", "http://")):
        errors.append(("url", E_URL, url))
    return errors
