"""Export-control rules as data: reading a rule (seed or user) into a RuleDTO, writing it back, checking it.

A rule's technical conditions are a tree of `any_of` / `all_of` nodes over leaves `{metric, op, value}`,
grouped into named tests ("3A090.a", "3A090.b", "eligible_for_case_by_case"), each marked verified or not.
Nothing here knows any particular rule: the engine (db.controls) evaluates whatever the data says.
"""
from __future__ import annotations

import json
import re
from typing import Any

from db.control_dto import (ConditionDTO, RuleDTO, RuleEventDTO, RuleNoteDTO, RuleProductDTO, RuleSourceDTO,
                            RuleTestDTO)

KINDS = ("threshold-rule", "licence-policy", "guidance", "procurement-rule", "rescission")
JURISDICTIONS = ("US", "CN", "other")
OPS = (">=", ">", "<", "<=", "==")
GROUPS = ("any_of", "all_of")
EVENT_ROLES = ("enacted", "amended", "suspended", "rescinded", "related")
# what meeting a test means, by its key (data: a rule may add tests of its own)
EFFECT_CONTROLLED, EFFECT_ELIGIBLE, EFFECT_CONDITION = "controlled", "eligible", "condition"
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{1,99}$")

# validation problems, as codes (desktop.present.controls words them)
E_ID, E_NAME, E_KIND, E_JURISDICTION, E_EFFECTIVE, E_ENDS, E_ENDS_BEFORE, E_CONDITION, E_TEST_KEY = (
    "id", "name", "kind", "jurisdiction", "effective", "ends", "ends_before_effective", "condition", "test_key")


def effect_of(key: str) -> str:
    """What meeting a test means: a 3A090 paragraph controls the chip; the Jan 2026 test makes it eligible for
    case-by-case review; any other test is a plain condition."""
    if key.startswith(("3A090", "4A090")) or key == "":
        return EFFECT_CONTROLLED
    if key.startswith("eligible"):
        return EFFECT_ELIGIBLE
    return EFFECT_CONDITION


def is_condition(node: Any) -> bool:
    return isinstance(node, dict) and any(k in node for k in (*GROUPS, "metric"))


def parse_condition(node: dict[str, Any]) -> ConditionDTO:
    for group in GROUPS:
        if group in node:
            return ConditionDTO(group, children=tuple(parse_condition(c) for c in node[group]))
    value = node.get("value")
    return ConditionDTO(node["op"], metric=node["metric"], value=value, applies=node.get("applies"))


def condition_json(c: ConditionDTO) -> dict[str, Any]:
    if c.op in GROUPS:
        return {c.op: [condition_json(x) for x in c.children]}
    out: dict[str, Any] = {"metric": c.metric, "op": c.op, "value": c.value}
    if c.applies:
        out["applies"] = c.applies
    return out


def condition_errors(node: Any) -> list[str]:
    """Why a condition tree (JSON) is not one the engine can read, as codes ([] when it is)."""
    if not isinstance(node, dict):
        return ["not_object"]
    groups = [g for g in GROUPS if g in node]
    if groups:
        kids = node[groups[0]]
        if len(groups) > 1 or not isinstance(kids, list) or not kids:
            return ["empty_group"]
        return [e for k in kids for e in condition_errors(k)]
    if not isinstance(node.get("metric"), str) or not node["metric"]:
        return ["leaf_metric"]
    if node.get("op") not in OPS:
        return ["leaf_op"]
    if isinstance(node.get("value"), bool) and node["op"] == "==":
        return []
    if not isinstance(node.get("value"), (int, float)) or isinstance(node.get("value"), bool):
        return ["leaf_value"]
    return []


def from_json(doc: dict[str, Any], origin: str = "seed", based_on: str | None = None) -> RuleDTO:
    """A rule of resources/seed/controls.json (or a user rule's stored JSON) as a RuleDTO."""
    tests = tuple(RuleTestDTO(t["key"], t.get("effect") or effect_of(t["key"]), t.get("verified"),
                              t.get("verified_against"), t.get("note") or "", parse_condition(t["condition"]))
                  for t in doc.get("tests", ()))
    return RuleDTO(
        id=doc["id"], name=doc["name"], jurisdiction=doc["jurisdiction"], kind=doc["kind"],
        effective=doc["effective"], ends=doc.get("ends"), tests=tests,
        effective_note=doc.get("effective_note") or "", ends_note=doc.get("ends_note") or "",
        enacted_by=doc.get("enacted_by") or "", ended_by=doc.get("ended_by") or "",
        ended_by_rule=doc.get("ended_by_rule"), rescinds=doc.get("rescinds"),
        destinations=tuple(doc.get("destinations") or ()), destinations_note=doc.get("destinations_note") or "",
        notes=tuple(RuleNoteDTO(n["key"], n.get("text") or "", n.get("verified")) for n in doc.get("notes", ())),
        details=json.dumps(doc.get("details") or {}, ensure_ascii=False, sort_keys=True),
        products=tuple(RuleProductDTO(p["text"], p.get("device")) for p in doc.get("products", ())),
        summary=doc.get("summary") or "",
        sources=tuple(RuleSourceDTO(s.get("publisher") or "", s.get("title") or "", s.get("url"), s.get("date"))
                      for s in doc.get("sources", ())),
        confidence=doc.get("confidence"), compliance_date=doc.get("compliance_date"),
        events=tuple(RuleEventDTO(e["uid"], e["role"]) for e in doc.get("events", ())),
        origin=origin, based_on=based_on)


def to_json(rule: RuleDTO) -> dict[str, Any]:
    """The JSON a rule is stored as (the inverse of from_json, without origin)."""
    return {
        "id": rule.id, "name": rule.name, "jurisdiction": rule.jurisdiction, "kind": rule.kind,
        "effective": rule.effective, "effective_note": rule.effective_note, "ends": rule.ends,
        "ends_note": rule.ends_note, "enacted_by": rule.enacted_by, "ended_by": rule.ended_by,
        "ended_by_rule": rule.ended_by_rule, "rescinds": rule.rescinds, "destinations": list(rule.destinations),
        "destinations_note": rule.destinations_note,
        "tests": [{"key": t.key, "effect": t.effect, "verified": t.verified, "verified_against": t.verified_against,
                   "note": t.note, "condition": condition_json(t.condition)} for t in rule.tests],
        "notes": [{"key": n.key, "text": n.text, "verified": n.verified} for n in rule.notes],
        "details": json.loads(rule.details or "{}"),
        "products": [{"text": p.text, "device": p.device_slug} for p in rule.products],
        "summary": rule.summary,
        "sources": [{"publisher": s.publisher, "title": s.title, "url": s.url, "date": s.date} for s in rule.sources],
        "confidence": rule.confidence, "compliance_date": rule.compliance_date,
        "events": [{"uid": e.uid, "role": e.role} for e in rule.events],
    }


def validate(doc: dict[str, Any]) -> dict[str, str]:
    """Problems of a rule's JSON, field -> code or detail ({} when it can be saved)."""
    errors: dict[str, str] = {}
    if not isinstance(doc.get("id"), str) or not _ID.match(doc["id"]):
        errors["id"] = E_ID
    if not str(doc.get("name") or "").strip():
        errors["name"] = E_NAME
    if doc.get("kind") not in KINDS:
        errors["kind"] = E_KIND
    if doc.get("jurisdiction") not in JURISDICTIONS:
        errors["jurisdiction"] = E_JURISDICTION
    if not isinstance(doc.get("effective"), str) or not _ISO.match(doc["effective"]):
        errors["effective"] = E_EFFECTIVE
    ends = doc.get("ends")
    if ends is not None and (not isinstance(ends, str) or not _ISO.match(ends)):
        errors["ends"] = E_ENDS
    elif ends is not None and "effective" not in errors and ends <= doc["effective"]:
        errors["ends"] = E_ENDS_BEFORE
    keys = [t.get("key") for t in doc.get("tests", ())]
    if len(set(keys)) != len(keys) or any(not isinstance(k, str) for k in keys):
        errors["tests"] = E_TEST_KEY
    for t in doc.get("tests", ()):
        problems = condition_errors(t.get("condition"))
        if problems:
            errors["tests"] = f"{E_CONDITION}: {t.get('key')}: {problems[0]}"
            break
    return errors
