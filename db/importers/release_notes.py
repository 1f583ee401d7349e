"""What changed in the data between two seed folders: the release notes of a bundled data release.

    python -m db.importers.release_notes OLD_SEED_DIR NEW_SEED_DIR --version 2026.12 --date 2026-12-05 \\
        [--since 2026.11 --since-date 2026-11-29] [-o NEW_SEED_DIR/release.json]

A build step, run when the seed is regenerated: each folder is seeded into a temporary store, so that both
are read by the code the window uses (db.compare: the figure each comparison shows, and where sources
disagree). Writes `release.json`: this release's version and date, the earlier releases, and for each
release what changed since the one before (newest first): devices added, removed or with another status;
figures added, changed (the same device, metric and source with another value) or removed; figures re-cited
to a better page (a value's `former_uids`: the same figure, a better citation); the figures comparisons show
that moved (old -> new, with both sources); events added, changed or removed; disagreements (figures of one
kind differing by more than db.disagreement.DISAGREEMENT) opened or resolved; presets added. Codes and data only:
desktop/present phrases them. The earlier releases and their changes are carried over from the release.json
already in NEW_SEED_DIR; without one, --since and --since-date name the release OLD_SEED_DIR holds.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from db.compare import headlines
from db.disagreement import DISAGREEMENT, flag as _disagreement
from db.units import PLAIN

Figure = dict[str, Any]
ROUND = 9  # digits two figures are compared to


def snapshot(seed_dir: Path) -> dict[str, Any]:
    """The seed in `seed_dir` as the window reads it: names, figures, headlines, disagreements, events."""
    from db import seed
    from db.api._session import read
    from db.api.compare import load_bundle
    from db.engine import make_engine
    from db.migrate import upgrade

    def load(name: str) -> Any:
        return json.loads((seed_dir / name).read_text(encoding="utf-8"))

    with tempfile.TemporaryDirectory(prefix="chiplens-release-") as tmp:
        path = Path(tmp) / "store.sqlite"
        upgrade(path)
        with make_engine(path).begin() as conn:
            seed.seed_connection(conn, seed_dir)
        devices = load("devices.json")
        bundle = read(path, lambda c: load_bundle(c, [d["slug"] for d in devices["devices"]]))
        make_engine(path).dispose()
    metrics = {m.key: m for m in bundle.metrics}
    names = {"devices": {s: d.name for s, d in bundle.devices.items()},
             "metrics": {k: (m.label, m.unit) for k, m in metrics.items()},
             "sources": {s["key"]: s for s in load("sources.json")["sources"]}}
    shown: dict[tuple[str, str], Figure] = {}
    disagree: dict[tuple[str, str], str] = {}
    for (slug, key), (value, cands) in headlines(bundle).items():
        root = value
        while root.inputs:
            root = root.inputs[0]
        shown[(slug, key)] = dict(uid=value.uid, device=slug, metric=key, value_num=value.value_num,
                                  value_text=value.value_text, approximate=value.approximate,
                                  source=root.source.key if root.source else None, confidence=value.confidence,
                                  derived=value.is_derived)
        text = _disagreement(value, list(cands), metrics[key], PLAIN)
        if text:
            disagree[(slug, key)] = text
    return {"names": names, "devices": {d["slug"]: d for d in devices["devices"]},
            "pairings": {p["slug"]: p for p in devices["pairings"]},
            "values": load("values.json")["values"], "events": {e["uid"]: e for e in load("events.json")["events"]},
            "shown": shown, "disagree": disagree}


def _same_number(a: Figure, b: Figure) -> bool:
    na, nb = a.get("value_num"), b.get("value_num")
    if na is None or nb is None:
        return na is nb and (a.get("value_text") or "") == (b.get("value_text") or "")
    return bool(round(float(na), ROUND) == round(float(nb), ROUND))


def _figure(v: Figure, snap: dict[str, Any]) -> Figure:
    """A figure as the release notes keep it: what it is, its number, its source, with names to phrase it."""
    names = snap["names"]
    label, unit = names["metrics"].get(v["metric"], (v["metric"], ""))
    src = names["sources"].get(v.get("source") or "", {})
    return dict(uid=v["uid"], device=v["device"], device_name=names["devices"].get(v["device"], v["device"]),
                metric=v["metric"], metric_label=label, unit=unit, value_num=v.get("value_num"),
                value_text=v.get("value_text"), approximate=bool(v.get("approximate")), source=v.get("source"),
                publisher=src.get("publisher") or "", source_title=src.get("title") or "",
                confidence=v.get("confidence"))


def _pair(old: Figure, new: Figure, old_snap: dict[str, Any], new_snap: dict[str, Any]) -> Figure:
    a, b = _figure(old, old_snap), _figure(new, new_snap)
    keep = ("device", "device_name", "metric", "metric_label", "unit")
    out = {k: b[k] for k in keep}
    out["old"] = {k: v for k, v in a.items() if k not in keep}
    out["new"] = {k: v for k, v in b.items() if k not in keep}
    return out


def _values(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Figure]]:
    """Figures added, changed, removed and re-cited, matched by uid, former uid, then device+metric+source."""
    new_by_uid = {v["uid"]: v for v in new["values"]}
    former = {f: v["uid"] for v in new["values"] for f in v.get("former_uids", ())}
    left = dict(new_by_uid)
    changed, recited, gone = [], [], []
    unmatched = []
    for v in old["values"]:
        if v["uid"] in new_by_uid or v["uid"] in former:
            w = new_by_uid[v["uid"]] if v["uid"] in new_by_uid else new_by_uid[former[v["uid"]]]
            left.pop(w["uid"], None)
            if not _same_number(v, w):
                changed.append(_pair(v, w, old, new))
            elif w.get("source") != v.get("source"):
                recited.append(_pair(v, w, old, new))
        else:
            unmatched.append(v)
    by_key: dict[tuple[str, str, str | None], list[Figure]] = defaultdict(list)
    for w in left.values():
        by_key[(w["device"], w["metric"], w.get("source"))].append(w)
    later = []
    for v in unmatched:  # the same figure under another uid (its note or basis reworded): no change to list
        same = next((w for w in by_key[(v["device"], v["metric"], v.get("source"))] if _same_number(v, w)), None)
        if same is None:
            later.append(v)
        else:
            by_key[(v["device"], v["metric"], v.get("source"))].remove(same)
            left.pop(same["uid"])
    for v in later:
        others = by_key[(v["device"], v["metric"], v.get("source"))]
        if others:
            w = others.pop(0)
            left.pop(w["uid"])
            changed.append(_pair(v, w, old, new))
        else:
            gone.append(_figure(v, old))
    added = [_figure(w, new) for w in new["values"] if w["uid"] in left]
    return {"values_added": added, "values_changed": changed, "values_removed": gone, "values_recited": recited}


def _shown(old: dict[str, Any], new: dict[str, Any], changed: list[Figure]) -> list[Figure]:
    """The figures comparisons show that moved to another number (not already listed as a changed figure)."""
    listed = {(c["old"]["uid"], c["new"]["uid"]) for c in changed}
    out = []
    for key, b in new["shown"].items():
        a = old["shown"].get(key)
        if a is None or _same_number(a, b) or (a["uid"], b["uid"]) in listed:
            continue
        pair = _pair(a, b, old, new)
        pair["old"]["derived"], pair["new"]["derived"] = a["derived"], b["derived"]
        out.append(pair)
    return out


def _disagreements(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[Figure], list[Figure]]:
    def entry(snap: dict[str, Any], key: tuple[str, str], text: str) -> Figure:
        label, unit = snap["names"]["metrics"][key[1]]
        return dict(device=key[0], device_name=snap["names"]["devices"][key[0]], metric=key[1], metric_label=label,
                    figures=text)
    opened = [entry(new, k, t) for k, t in new["disagree"].items() if k not in old["disagree"]]
    resolved = [dict(entry(old, k, t), now=new["disagree"].get(k, "")) for k, t in old["disagree"].items()
                if k not in new["disagree"]]
    return opened, resolved


def _event(e: Figure) -> Figure:
    return dict(uid=e["uid"], date=e["date"], precision=e.get("precision"), title=e["title"],
                category=e.get("category"), jurisdiction=e.get("jurisdiction"))


EVENT_FIELDS = ("date", "precision", "title", "summary", "actor", "jurisdiction", "category", "confidence", "sources",
                "devices", "tags")


def changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Everything that changed from the `old` snapshot to the `new` one (see the module's docstring)."""
    def device(d: Figure) -> Figure:
        return dict(slug=d["slug"], name=d["name"], kind=d["kind"], status=d["status"])
    od, nd = old["devices"], new["devices"]
    out: dict[str, Any] = {
        "devices_added": [device(d) for s, d in nd.items() if s not in od],
        "devices_removed": [device(d) for s, d in od.items() if s not in nd],
        "devices_status": [dict(device(d), old_status=od[s]["status"]) for s, d in nd.items()
                           if s in od and od[s]["status"] != d["status"]],
        "presets_added": [dict(slug=p["slug"], name=p["name"]) for s, p in new["pairings"].items()
                          if s not in old["pairings"]],
    }
    out.update(_values(old, new))
    out["shown_changed"] = _shown(old, new, out["values_changed"])
    oe, ne = old["events"], new["events"]
    out["events_added"] = [_event(e) for u, e in ne.items() if u not in oe]
    out["events_changed"] = [dict(_event(e), fields=[f for f in EVENT_FIELDS if oe[u].get(f) != e.get(f)])
                             for u, e in ne.items() if u in oe and any(oe[u].get(f) != e.get(f) for f in EVENT_FIELDS)]
    out["events_removed"] = [_event(e) for u, e in oe.items() if u not in ne]
    out["disagreements_opened"], out["disagreements_resolved"] = _disagreements(old, new)
    out["disagreement_threshold"] = DISAGREEMENT
    return out


def release_notes(old_dir: Path, new_dir: Path, version: str, date: str, since: str | None = None,
                  since_date: str | None = None, earlier: dict[str, Any] | None = None) -> dict[str, Any]:
    """The release.json of the seed in `new_dir`, released as `version` on `date`, after the one in `old_dir`
    (its version and date from `earlier`, the release.json it shipped with, or from since/since_date)."""
    earlier = earlier or {}
    if earlier.get("version") == version:  # made again for the same release: the one before is its last earlier
        prior = earlier["releases"][-1] if earlier.get("releases") else {}
        earlier = {**earlier, "version": prior.get("version"), "date": prior.get("date"),
                   "releases": earlier.get("releases", [])[:-1]}
    since = since or earlier.get("version")
    since_date = since_date or earlier.get("date")
    if not since or not since_date:
        raise ValueError("name the release the old seed holds (--since VERSION --since-date DATE)")
    if since == version:
        raise ValueError(f"the new release needs another version than {since}")
    diff = changes(snapshot(Path(old_dir)), snapshot(Path(new_dir)))
    releases = [r for r in earlier.get("releases", []) if r["version"] != since] + [{"version": since, "date": since_date}]
    older = [c for c in earlier.get("changes", []) if c["release"] != version]
    return {"version": version, "date": date, "releases": releases,
            "changes": [{"release": version, "date": date, "since": since, **diff}, *older]}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m db.importers.release_notes", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    # a build tool: its arguments are described in the module's docstring (the usage shows it)
    p.add_argument("old", type=Path, metavar="OLD_SEED_DIR")
    p.add_argument("new", type=Path, metavar="NEW_SEED_DIR")
    p.add_argument("--version", required=True, metavar="VERSION")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--since", metavar="VERSION")
    p.add_argument("--since-date", metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")
    args = p.parse_args(argv)
    current = args.new / "release.json"
    earlier = json.loads(current.read_text(encoding="utf-8")) if current.is_file() else None
    doc = release_notes(args.old, args.new, args.version, args.date, args.since, args.since_date, earlier)
    out = args.output or current
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(out)
    latest = doc["changes"][0]
    sys.stdout.write(f"{out}: release {args.version} since {latest['since']}: "
                     + ", ".join(f"{len(v)} {k}" for k, v in latest.items() if isinstance(v, list)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
