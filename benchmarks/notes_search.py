"""Notes search at scale: median latency of ~50 varied queries over 100,000 notes (English with some
Chinese), the time to open a 5 MB note and to save a 100 kB note. One run; prints the numbers;
exits 1 over a goal.

    python benchmarks/notes_search.py [--notes 100000] [--seed 7]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CHIPLENS_TESTING", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEARCH_GOAL_MS = 20.0  # median
SEARCH_PAGE = 50  # desktop.views.notes.note_list.SEARCH_PAGE: hits fetched per page (more on scrolling)
OPEN_GOAL_MS = 300.0  # get_note of a 5 MB note
SAVE_GOAL_MS = 5.0  # save_note of a 100 kB note (reported; "a few ms")

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
QUERIES = ("Semi", "SemiAnalysis", "Huawei", "huawei 910C", "Ascend", "H100", "H20 export", "Blackwell", "GB200 rack",
           "CloudMatrix", "HBM", "CoWoS", "TSMC N5", "SMIC", "yield", "wafer foundry", "bandwidth", "liquid cooling",
           "procurement", "entity list", "smuggling", "license", "licence", "dense", "sparse", "optical", "shipments",
           "guidance", "MI308", "Cambricon", "Kunlun", "Biren", "Moore Threads", "token", "per watt", "roadmap",
           "TrendForce", "Reuters", "Epoch", "MOFCOM", "train", "infer", "昇腾", "英伟达", "出口管制", "算力",
           "国产替代", "液冷", "实体清单", "超节点", "华为 910C", "良率")


_SENTENCES: list[str] = []


def seed_sentences() -> list[str]:
    """Real analyst prose: the ~1,000 sentences of the bundled seed data (event summaries, value notes,
    source titles), so that word frequencies look like the notes users write about these chips."""
    if not _SENTENCES:
        import json
        import re

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
    """A real sentence, now and then with a made-up figure or a name mixed in."""
    text = rng.choice(seed_sentences())
    if rng.random() < 0.2:
        text += f" {rng.choice(NAMES)} {rng.choice(WORDS)} {rng.randint(10, 2000)} {rng.choice(WORDS)}."
    return text


def cjk_sentence(rng: random.Random) -> str:
    start = rng.randrange(len(CJK) - 30)
    return CJK[start:start + rng.randint(8, 28)] + rng.choice(("。", "，", "：")) + rng.choice(NAMES)


def note_text(rng: random.Random) -> tuple[str, str, list[str]]:
    words = sentence(rng).split()
    start = rng.randrange(max(1, len(words) - 6))
    title = " ".join(words[start:start + rng.randint(2, 7)]).strip(".,;:").capitalize()
    paragraphs = []
    for _ in range(rng.randint(1, 5)):
        parts = [cjk_sentence(rng) if rng.random() < 0.08 else sentence(rng) for _ in range(rng.randint(2, 6))]
        paragraphs.append(" ".join(parts))
    if rng.random() < 0.1:
        title = cjk_sentence(rng)[:12]
    tags = rng.sample(("compute", "memory", "policy", "supply", "pricing", "china", "us", "huawei", "nvidia"),
                      rng.randint(0, 3))
    return title, "\n\n".join(paragraphs), tags


def populate(db: Path, count: int, rng: random.Random) -> None:
    """Insert notes in bulk through db.notes (the same code path as create_note, one transaction)."""
    from contextlib import closing

    from db import notes
    from db.connect import connect
    with closing(connect(db)) as conn:
        conn.isolation_level = None
        conn.execute("BEGIN")
        for _ in range(count):
            title, body, tags = note_text(rng)
            notes.insert_note(conn, title, body, notes.clean_tags(tags), ())
        conn.execute("COMMIT")
        conn.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')")


def text_of(rng: random.Random, size: int) -> str:
    """`size` characters of paragraphs of realistic sentences."""
    parts, total = [], 0
    while total < size:
        part = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts)[:size]


def ms(fn, *args, **kwargs) -> tuple[float, object]:
    t = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - t) * 1000, result


def search_as_you_type(db: Path, queries) -> tuple[list[float], list[float]]:
    """The notes panel searching as the user types: the time its GUI thread spends starting each search,
    and the time until the results are on screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.store import Store
    from desktop.views.notes.notes_panel import NotesPanel
    app = QApplication.instance() or QApplication([])
    panel = NotesPanel(Store(db))
    panel.resize(460, 800)
    panel.show()
    QTest.qWait(100)
    shown: list[float] = []
    panel.search_finished.connect(lambda _n: shown.append(time.perf_counter()))
    gui, ready = [], []
    for q in queries:
        shown.clear()
        panel.search_box.setText(q)
        t = time.perf_counter()
        panel.refresh()
        gui.append((time.perf_counter() - t) * 1000)
        while not shown:
            QTest.qWait(2)
        ready.append((shown[0] - t) * 1000)
    panel.close()
    app.processEvents()
    return gui, ready


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    from db import api
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="chiplens-bench-") as tmp:
        db = Path(tmp) / api.DB_FILENAME
        api.open_store(db)
        t, _ = ms(populate, db, args.notes, rng)
        print(f"generated {args.notes:,} notes in {t / 1000:.1f} s ({db.stat().st_size / 1e6:.0f} MB)")
        for q in QUERIES[:5]:
            api.search_notes(db, q)  # warm the page cache
        # each query three times, its best time kept: this shared 2-core machine stalls a run now and then,
        # which says nothing about the search (the database is in the page cache for all three)
        samples, first, found, full = [], [], [], []
        for q in QUERIES:
            runs = [ms(api.search_notes, db, q, limit=SEARCH_PAGE) for _ in range(3)]
            first.append(runs[0][0])
            samples.append(min(t for t, _ in runs))
            found.append(len(runs[0][1]))
            full.append(ms(api.search_notes, db, q, limit=200)[0])
        median = statistics.median(samples)
        slowest = max(zip(samples, QUERIES))
        print(f"search (first page of {SEARCH_PAGE} hits, as the notes panel asks): median {median:.1f} ms over "
              f"{len(QUERIES)} queries, best of 3 each (goal <= {SEARCH_GOAL_MS:.0f} ms; first runs only: median "
              f"{statistics.median(first):.1f} ms); p90 {statistics.quantiles(samples, n=10)[-1]:.1f} ms; slowest "
              f"{slowest[0]:.1f} ms ({slowest[1]!r}); {sum(1 for n in found if n)} queries found notes")
        print(f"search for 200 hits (the command line's default): median {statistics.median(full):.1f} ms")
        panel_gui_ms, panel_ready_ms = search_as_you_type(db, ("s", "se", "sem", "semi", "h", "hu", "hua"))
        print(f"search as you type in the notes panel ('s', 'se', 'sem', … one letter at a time): GUI thread "
              f"max {max(panel_gui_ms):.1f} ms per keystroke's search (it runs on a worker); results shown after "
              f"median {statistics.median(panel_ready_ms):.0f} ms, max {max(panel_ready_ms):.0f} ms (one letter)")
        big_body = text_of(rng, 5_000_000)
        uid, _ = api.create_note(db, "Five megabytes", big_body)
        open_ms = min(ms(api.get_note, db, uid)[0] for _ in range(3))
        print(f"get_note of a {len(big_body) / 1e6:.1f} MB note: {open_ms:.1f} ms (goal <= {OPEN_GOAL_MS:.0f} ms)")
        body = text_of(rng, 100_000)
        uid, _ = api.create_note(db, "Hundred kilobytes", body)
        saves = []
        for i in range(20):
            body = body[:50_000] + f" edit {i} " + body[50_000:]
            saves.append(ms(api.save_note, db, uid, "Hundred kilobytes", body)[0])
        save_ms = statistics.median(saves)
        print(f"save_note of a {len(body) / 1e3:.0f} kB note: median {save_ms:.1f} ms, max {max(saves):.1f} ms "
              f"(goal a few ms, <= {SAVE_GOAL_MS:.0f} ms)")
        t, _ = ms(api.search_notes, db, "hundred")
        print(f"first search after those saves (re-indexes the 100 kB note): {t:.1f} ms")
    over = [name for name, value, goal in (("search", median, SEARCH_GOAL_MS), ("open", open_ms, OPEN_GOAL_MS),
                                           ("save", save_ms, SAVE_GOAL_MS)) if value > goal]
    if over:
        print("over goal: " + ", ".join(over))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
