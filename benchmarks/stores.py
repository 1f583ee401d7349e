"""Stores for the benchmarks, made once and kept outside the repository (in $CHIPLENS_BENCH_CACHE, by default
~/.cache/chiplens-bench): the bundled data plus N notes written like an analyst's, or plus devices up to a
total of N (copies of the bundled devices with their figures, so that every comparison has real numbers).

    python benchmarks/stores.py notes 1000 100000 1000000
    python benchmarks/stores.py devices 2600 10000

A store is kept per schema: a checkout with a newer schema upgrades a copy of the older one. A benchmark that writes
asks for a scratch copy (`scratch_copy`), which it deletes when done.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
import sys
import time
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("CHIPLENS_TESTING", "1")

NOTE_COUNTS = (1_000, 100_000, 1_000_000)
DEVICE_COUNTS = (2_600, 10_000)  # and the bundled catalog as it is (bundled_store)
FORMAT = 1  # bump when the made data changes shape: older cached stores are remade

WORDS = ("the of and to in a is that for on with as by at from it this are be was which an or has have not "
         "chip chips accelerator memory bandwidth compute cluster rack power export control licence license "
         "performance training inference dense sparse tensor cores yield wafer foundry node process packaging "
         "interconnect optical network supply demand price shipments quarter guidance revenue capacity estimate "
         "analyst report suggests claims official figure source disagree roughly about nearly per watt cooling "
         "liquid density throughput latency token model cost margin datacenter hyperscaler procurement tender "
         "government rules entity list smuggling domestic substitution roadmap launch delay sample volume").split()
NAMES = ("Huawei Ascend 910B 910C 950PR CloudMatrix NVIDIA H100 H800 H20 B200 GB200 NVL72 Blackwell Hopper "
         "AMD MI300X MI308 Cambricon MLU590 Baidu Kunlun Alibaba Hanguang SMIC TSMC N7 N5 HBM3 HBM2e CoWoS "
         "SemiAnalysis TrendForce Reuters Bloomberg Epoch BIS MOFCOM Kunpeng Biren Moore Threads").split()
CJK = ("华为昇腾芯片算力英伟达出口管制美国商务部中国国产替代训练推理集群功耗带宽内存光互联供应链产能良率"
       "晶圆代工先进制程封装价格季度出货分析报告估计官方数据来源超节点液冷数据中心采购政府规则实体清单")
TAGS = ("compute", "memory", "policy", "supply", "pricing", "china", "us", "huawei", "nvidia", "export controls",
        "packaging", "hbm", "smic", "tsmc", "cloud", "briefing", "to check", "interview", "earnings", "rumour")


def cache_dir() -> Path:
    folder = Path(os.environ.get("CHIPLENS_BENCH_CACHE") or Path.home() / ".cache" / "chiplens-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ---------------------------------------------------------------- analyst prose

_SENTENCES: list[str] = []


def seed_sentences() -> list[str]:
    """Real analyst prose: the sentences of the bundled seed data (event summaries, figure notes, source
    titles), so that word frequencies look like the notes users write about these chips."""
    if not _SENTENCES:
        import resources
        texts: list[str] = []

        def walk(o) -> None:
            if isinstance(o, str):
                if len(o) > 30 and " " in o and not o.startswith("http"):
                    texts.append(o)
            elif isinstance(o, dict):
                for v in o.values():
                    walk(v)
            elif isinstance(o, list):
                for v in o:
                    walk(v)
        for name in resources.SEED_FILES:
            walk(json.loads(resources.seed_bytes(name)))
        _SENTENCES.extend(s for t in texts for s in re.split(r"(?<=[.;!?])\s+", t) if len(s) > 20)
    return _SENTENCES


def sentence(rng: random.Random) -> str:
    """A real sentence, now and then with a name and a made-up figure mixed in (notes, not reference data)."""
    text = rng.choice(seed_sentences())
    if rng.random() < 0.2:
        text += f" {rng.choice(NAMES)} {rng.choice(WORDS)} {rng.randint(10, 2000)} {rng.choice(WORDS)}."
    return text


def cjk_sentence(rng: random.Random) -> str:
    start = rng.randrange(len(CJK) - 30)
    return CJK[start:start + rng.randint(8, 28)] + rng.choice(("。", "，", "：")) + rng.choice(NAMES)


def note_text(rng: random.Random) -> tuple[str, str, list[str]]:
    """A title, a body of 1-5 paragraphs (some Chinese) and 0-3 tags."""
    words = sentence(rng).split()
    start = rng.randrange(max(1, len(words) - 6))
    title = " ".join(words[start:start + rng.randint(2, 7)]).strip(".,;:").capitalize()
    paragraphs = []
    for _ in range(rng.randint(1, 5)):
        parts = [cjk_sentence(rng) if rng.random() < 0.08 else sentence(rng) for _ in range(rng.randint(2, 6))]
        paragraphs.append(" ".join(parts))
    if rng.random() < 0.1:
        title = cjk_sentence(rng)[:12]
    tags = rng.sample(TAGS, rng.choices((0, 1, 2, 3), (2, 4, 3, 1))[0])
    return title, "\n\n".join(paragraphs), tags


def text_of(rng: random.Random, size: int) -> str:
    """`size` characters of paragraphs of realistic sentences."""
    parts, total = [], 0
    while total < size:
        part = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts)[:size]


# ---------------------------------------------------------------- making stores

def _fresh(path: Path) -> None:
    from db import api
    for side in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + side).unlink(missing_ok=True)
    api.open_store(path)


def _finish(tmp: Path, path: Path) -> Path:
    with closing(sqlite3.connect(tmp)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    tmp.replace(path)
    return path


def add_notes(db: Path, count: int, seed: int = 7, progress: bool = False) -> None:
    """`count` notes written over ten years (created and updated spread out), a third linked to a bundled
    device, 1% in the trash; inserted through db.notes (the code path of create_note), one transaction."""
    from db import notes
    from db.connect import connect
    rng = random.Random(seed)
    with closing(connect(db)) as conn:
        devices = [r[0] for r in conn.execute("SELECT slug FROM device WHERE origin = 'seed' ORDER BY slug")]
        conn.isolation_level = None
        conn.execute("BEGIN")
        start = datetime(2016, 1, 1, tzinfo=timezone.utc)
        span = (datetime(2026, 12, 1, tzinfo=timezone.utc) - start).total_seconds()
        began = time.monotonic()
        for i in range(count):
            title, body, tags = note_text(rng)
            created = start + timedelta(seconds=span * (i + rng.random()) / count)
            updated = created + timedelta(days=rng.expovariate(1 / 20))
            links = (("device", rng.choice(devices)),) if devices and rng.random() < 0.33 else ()
            stamp = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
            uid = notes.insert_note(conn, title, body, notes.clean_tags(tags), links, created=stamp(created),
                                    updated=stamp(min(updated, datetime(2026, 12, 1, tzinfo=timezone.utc))))
            if rng.random() < 0.01:
                notes.set_deleted(conn, uid, True)
            if progress and i and i % 100_000 == 0:
                print(f"  {i:,} notes, {time.monotonic() - began:.0f} s", flush=True)
        conn.execute("COMMIT")
        conn.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')")


def add_devices(db: Path, total: int, seed: int = 11) -> None:
    """Devices up to `total`: copies of the bundled ones (name, kind, organisation, figures and their basis
    and sources), each named as a copy, with an alias; origin 'user' as an import would make them."""
    rng = random.Random(seed)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        bundled = conn.execute("SELECT id, slug, name, kind, family, status, organisation_id, granularity, packages "
                               "FROM device WHERE origin = 'seed' ORDER BY id").fetchall()
        have = conn.execute("SELECT count(*) FROM device").fetchone()[0]
        cols = [r[1] for r in conn.execute("PRAGMA table_info(spec_value)") if r[1] not in ("id", "uid", "device_id",
                                                                                            "origin")]
        with conn:
            for n in range(have, total):
                d = rng.choice(bundled)
                slug = f"bench-{n:05d}-{d[1]}"
                new = conn.execute("INSERT INTO device (slug, name, kind, family, status, organisation_id, racks_note, "
                                   "origin, granularity, packages) VALUES (?, ?, ?, ?, ?, ?, '', 'user', ?, ?)",
                                   (slug, f"{d[2]} (copy {n:05d})", d[3], d[4], d[5], d[6], d[7], d[8])).lastrowid
                conn.execute("INSERT INTO device_alias (device_id, alias, alias_norm) VALUES (?, ?, ?)",
                             (new, f"BX-{n:05d}", f"bx-{n:05d}"))
                conn.execute(f"INSERT INTO spec_value (uid, device_id, origin, {', '.join(cols)}) "
                             f"SELECT 'bench-' || ? || '-' || id, ?, 'user', {', '.join(cols)} FROM spec_value "
                             "WHERE device_id = ?", (n, new, d[0]))


def _store(name: str, make) -> Path:
    """The cached store `name` at this checkout's schema: made once, or copied from the same store at an
    earlier schema and upgraded (the copy keeps stores of each schema usable by checkouts of that schema)."""
    from db import api
    from db.migrations import HEAD, KNOWN_REVISIONS
    path = cache_dir() / f"{name}-f{FORMAT}-s{HEAD}.sqlite"
    if not path.exists():
        tmp = path.with_suffix(".making")
        began = time.monotonic()
        older = [p for r in reversed(KNOWN_REVISIONS[:-1])
                 if (p := cache_dir() / f"{name}-f{FORMAT}-s{r}.sqlite").exists()]
        if older:
            print(f"upgrading a copy of {older[0].name} to schema {HEAD} (once) ...", flush=True)
            shutil.copyfile(older[0], tmp)
            api.open_store(tmp)
        else:
            print(f"making {path} (once) ...", flush=True)
            _fresh(tmp)
            make(tmp)
        _finish(tmp, path)
        print(f"made {path.name}: {path.stat().st_size / 1e6:,.0f} MB in {time.monotonic() - began:.0f} s", flush=True)
    api.open_store(path)  # the seed refreshed if this checkout's differs; user rows kept
    return path


def notes_store(count: int) -> Path:
    """The bundled data plus `count` notes (cached)."""
    return _store(f"notes-{count}", lambda p: add_notes(p, count, progress=count >= 100_000))


def devices_store(total: int) -> Path:
    """The bundled data plus copies of its devices up to `total` devices in all (cached); the bundled store itself
    when the bundled catalog has that many already (0: the bundled catalog as it is)."""
    if total <= bundled_device_count():
        return bundled_store()
    return _store(f"devices-{total}", lambda p: add_devices(p, total))


def bundled_device_count() -> int:
    """How many devices the bundled data holds (read from the store a first start makes)."""
    with closing(sqlite3.connect(bundled_store())) as conn:
        return conn.execute("SELECT count(*) FROM device").fetchone()[0]


def bundled_store() -> Path:
    """The bundled data alone, as a first start makes it (cached)."""
    return _store("bundled", lambda p: None)


def scratch_copy(path: Path, folder: Path) -> Path:
    """A copy of a cached store to write into (the cache stays as made)."""
    from db import api
    target = folder / api.DB_FILENAME
    shutil.copyfile(path, target)
    return target


def main(argv: list[str] | None = None) -> int:
    import argparse
    p = argparse.ArgumentParser(description=__doc__.strip(), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kind", choices=("notes", "devices", "bundled"))
    p.add_argument("counts", nargs="*", type=int)
    args = p.parse_args(argv)
    if args.kind == "bundled":
        print(bundled_store())
        return 0
    make = notes_store if args.kind == "notes" else devices_store
    for count in args.counts or (NOTE_COUNTS if args.kind == "notes" else DEVICE_COUNTS):
        print(make(count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
