"""Team library sync (issue 24): the first sync of a library that 50 analysts filled, into an empty store, and
an incremental sync of 10 changes, against a real PostgreSQL server on this computer.

    python benchmarks/team_sync.py [--runs 7] [--first-runs 1] [--analysts 50] [--figures 20000] [--sources 5000]
                                   [--shared-notes 50000] [--changes 10] [--profile]

The script starts its own throwaway cluster (initdb and pg_ctl of the `postgresql` package, as tests/team does;
under root it belongs to the `postgres` user), creates a library (`chiplens team init`'s schema and roles), a login
for each analyst (editors), and writes their rows straight into the library's table as each analyst (the server
stamps author, times and version): sources, figures on bundled devices and metrics (copies of bundled figures,
values moved a little, half citing the analyst's own sources), and notes of analyst prose, some linked to a
bundled device; one transaction per analyst, as one push of everything would be. A 51st analyst then joins with
a fresh store (the bundled data, as a first start makes it) through db.api.team, as the window and
`chiplens team sync` do:

- first sync: the whole library into the empty store (a fresh copy each run); checked afterwards (every figure,
  source and note arrived). Goal: <= 60 s.
- incremental, pull: a teammate adds 10 rows (figures, sources, notes), then this analyst syncs. Goal: <= 300 ms.
- incremental, push: this analyst shares 10 new notes, then syncs. Goal: <= 300 ms.
- nothing to sync (reported only).
Every run counts, the first too; medians and 90th percentiles beside the goals. --profile prints where a first
sync spends its time (cProfile, cumulative). Without PostgreSQL installed the script says so and measures nothing.
"""
from __future__ import annotations

import cProfile
import json
import pstats
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from contextlib import closing
from pathlib import Path

import bench
import stores  # noqa: F401 - sets CHIPLENS_TESTING, as every benchmark that makes stores does

bench.project_on_path()

FIRST_GOAL_S = 60.0
INCREMENTAL_GOAL_MS = 300.0
DATABASE = "bench_team"
PASSWORD = "bench-password"


def _args(argv):
    p = bench.parser(__doc__, runs=7)
    p.add_argument("--first-runs", type=int, default=1, help="first syncs measured, each into a fresh store (default 1)")
    p.add_argument("--analysts", type=int, default=50, help="analysts who filled the library (default 50)")
    p.add_argument("--figures", type=int, default=20_000, help="figures in the library (default 20000)")
    p.add_argument("--sources", type=int, default=5_000, help="sources in the library (default 5000)")
    p.add_argument("--shared-notes", type=int, default=50_000, help="shared notes in the library (default 50000)")
    p.add_argument("--changes", type=int, default=10, help="changes per incremental sync (default 10)")
    p.add_argument("--profile", action="store_true", help="print where the first sync spends its time (cProfile)")
    return p.parse_args(argv)


# ---------------------------------------------------------------- the library's rows, as clients write them

class Rows:
    """Bodies shaped as db.team.shared_rows and shared_notes send them, built from a seeded store's own rows."""

    def __init__(self, store: Path, seed: int = 24):
        from db.team.shared_rows import _SOURCE_COLS, _VALUE_COLS
        self.rng = random.Random(seed)
        self.note_text = stores.note_text
        self.value_cols, self.source_cols = _VALUE_COLS, _SOURCE_COLS
        with closing(sqlite3.connect(store)) as conn:
            conn.row_factory = sqlite3.Row
            self.figures = conn.execute(
                "SELECT v.*, d.slug AS device_slug, m.key AS metric_key, s.key AS source_key FROM spec_value v "
                "JOIN device d ON d.id = v.device_id JOIN metric m ON m.id = v.metric_id "
                "LEFT JOIN source s ON s.id = v.source_id WHERE v.origin = 'seed'").fetchall()
            self.sources = conn.execute("SELECT * FROM source WHERE origin = 'seed'").fetchall()
            self.devices = [r[0] for r in conn.execute("SELECT slug FROM device WHERE origin = 'seed'")]

    def source(self, n: int) -> tuple[str, str, dict]:
        like = self.rng.choice(self.sources)
        body = {c: like[c] for c in self.source_cols}
        body.update(key=f"team-{n:06d}", title=f"{like['title']} (analyst's copy {n})")
        return str(uuid.uuid4()), "source", body

    def figure(self, own_sources: list[str]) -> tuple[str, str, dict]:
        like = self.rng.choice(self.figures)
        body = {c: (bool(like[c]) if c == "approximate" else like[c]) for c in self.value_cols}
        if body["value_num"] is not None:
            body["value_num"] = round(body["value_num"] * self.rng.uniform(0.9, 1.1), 3)
        source = {"team": self.rng.choice(own_sources)} if own_sources and self.rng.random() < 0.5 else like["source_key"]
        body.update(uid=str(uuid.uuid4()), device=like["device_slug"], metric=like["metric_key"], source=source)
        return str(uuid.uuid4()), "figure", body

    def note(self) -> tuple[str, str, dict]:
        title, text, tags = self.note_text(self.rng)
        links = [f"device:{self.rng.choice(self.devices)}"] if self.rng.random() < 0.33 else []
        return str(uuid.uuid4()), "note", {"title": title, "body": text, "tags": tags, "links": links}


def _split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def write_as(conn, login: str, rows: list[tuple[str, str, dict]]) -> None:
    """Rows written into the library's item table as `login` (one transaction; the server stamps the rest)."""
    with conn.transaction():
        conn.execute(f'SET LOCAL ROLE "{login}"')
        conn.cursor().executemany(  # not COPY: the table's row-level security refuses it, as for any client
            "INSERT INTO item (uuid, kind, body) VALUES (%s, %s, CAST(%s AS jsonb))",
            [(uid, kind, json.dumps(body, ensure_ascii=False, sort_keys=True)) for uid, kind, body in rows])


def fill_library(cluster, rows: Rows, args) -> dict[str, int]:
    """The library made, its analysts' logins, and their rows; how many rows of each kind."""
    import psycopg
    import sqlalchemy as sa

    from db.api import team as team_api
    from db.team import server
    cluster.create_database(DATABASE)
    admin_url = cluster.url(database=DATABASE)
    team_api.init(admin_url)
    logins = [f"analyst_{i:02d}" for i in range(1, args.analysts + 2)]  # the last one joins with an empty store
    eng = sa.create_engine(admin_url)
    try:
        with eng.begin() as conn:
            for login in logins:
                conn.execute(sa.text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}'"))
        for login in logins:
            server.add_member_on(eng, login, "editor")
    finally:
        eng.dispose()
    counts = {"source": 0, "figure": 0, "note": 0}
    with psycopg.connect(host="127.0.0.1", port=cluster.port, user="chiplens_test_super", password=cluster_password(),
                         dbname=DATABASE) as conn:
        for login, n_src, n_fig, n_note in zip(logins[:-1], _split(args.sources, args.analysts),
                                               _split(args.figures, args.analysts), _split(args.shared_notes, args.analysts),
                                               strict=True):
            sources = [rows.source(counts["source"] + i) for i in range(n_src)]
            own = [uid for uid, _, _ in sources]
            batch = sources + [rows.figure(own) for _ in range(n_fig)] + [rows.note() for _ in range(n_note)]
            rows.rng.shuffle(batch)  # one push of everything: the server's order is not the kinds' order
            write_as(conn, login, batch)
            counts["source"] += n_src
            counts["figure"] += n_fig
            counts["note"] += n_note
    return counts


def cluster_password() -> str:
    from tests.team.cluster import SUPERPASS
    return SUPERPASS


# ---------------------------------------------------------------- the analyst who joins

def received(store: Path) -> dict[str, int]:
    with closing(sqlite3.connect(store)) as conn:
        return {"source": conn.execute("SELECT count(*) FROM source WHERE origin = 'team'").fetchone()[0],
                "figure": conn.execute("SELECT count(*) FROM spec_value WHERE origin = 'team'").fetchone()[0],
                "note": conn.execute("SELECT count(*) FROM note WHERE team_author IS NOT NULL").fetchone()[0]}


def first_sync(template: Path, folder: Path, conninfo: str, profile: bool) -> tuple[float, Path, int]:
    """A fresh copy of the empty store connected, then synced: (seconds, the store, progress reports)."""
    from db.api import team
    folder.mkdir()
    store = folder / template.name
    shutil.copyfile(template, store)
    team.connect(store, conninfo)
    reports: list[tuple[str, int, int]] = []
    seconds = timed(lambda: team.sync(store, progress=lambda stage, done, total: reports.append((stage, done, total))),
                    "the first sync" if profile else None)
    return seconds, store, len(reports)


def timed(fn, profile_as: str | None = None) -> float:
    """Seconds one call of fn takes; with `profile_as`, profiled, and where the time went printed."""
    profiler = cProfile.Profile() if profile_as else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    fn()
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - start
    if profiler:
        print(f"\nwhere {profile_as} spends its time (cumulative):")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return seconds


def teammate_adds(conn, rows: Rows, login: str, n: int) -> None:
    kinds = [("figure", "source", "note")[i % 3] for i in range(n)]
    batch = [rows.figure([]) if k == "figure" else rows.source(10_000_000 + rows.rng.randrange(10**6)) if k == "source"
             else rows.note() for k in kinds]
    write_as(conn, login, batch)


def share_notes(store: Path, rows: Rows, n: int) -> None:
    from db import api
    from db.api import team
    for _ in range(n):
        _, _, body = rows.note()
        uid, _ = api.create_note(store, body["title"], body["body"], body["tags"])
        team.share_note(store, uid)


def measure(args) -> list[bench.Figure]:
    import psycopg

    from db import api
    from db.api import team
    from tests.team.cluster import start_cluster
    work = Path(tempfile.mkdtemp(prefix="chiplens-team-sync-"))
    cluster = start_cluster()
    try:
        template = work / api.DB_FILENAME
        api.open_store(template)  # the bundled data, as a first start makes it
        rows = Rows(template)
        began = time.monotonic()
        counts = fill_library(cluster, rows, args)
        print(f"library filled: {counts['figure']:,} figures, {counts['source']:,} sources, {counts['note']:,} notes "
              f"by {args.analysts} analysts, in {time.monotonic() - began:.0f} s", flush=True)
        me = f"analyst_{args.analysts + 1:02d}"
        conninfo = f"postgresql://{me}:{PASSWORD}@127.0.0.1:{cluster.port}/{DATABASE}"
        firsts: list[float] = []
        store = template
        for run in range(args.first_runs):
            seconds, store, reports = first_sync(template, work / f"first-{run}", conninfo, args.profile and run == 0)
            got = received(store)
            if got != counts:
                raise SystemExit(f"the first sync left the store incomplete: {got} of {counts}")
            print(f"first sync {run + 1}: {seconds:.1f} s ({reports} progress reports)", flush=True)
            firsts.append(seconds)
        pulls, pushes, idle = [], [], []
        with psycopg.connect(host="127.0.0.1", port=cluster.port, user="chiplens_test_super",
                             password=cluster_password(), dbname=DATABASE) as conn:
            for run in range(args.runs):
                profile = args.profile and run == args.runs - 1
                done = []
                teammate_adds(conn, rows, "analyst_01", args.changes)
                pulls.append(1000 * timed(lambda: done.append(team.sync(store)),
                                          "an incremental sync (pull)" if profile else None))
                if done[-1].pulled != args.changes:
                    raise SystemExit(f"an incremental sync pulled {done[-1].pulled} rows, not {args.changes}")
                share_notes(store, rows, args.changes)
                pushes.append(1000 * timed(lambda: done.append(team.sync(store)),
                                           "an incremental sync (push)" if profile else None))
                if done[-1].pushed != args.changes:
                    raise SystemExit(f"an incremental sync pushed {done[-1].pushed} rows, not {args.changes}")
                idle.append(1000 * timed(lambda: team.sync(store)))
    finally:
        cluster.remove()
        shutil.rmtree(work, ignore_errors=True)
    total = sum(counts.values())
    return [
        bench.figure(f"first sync: {total:,} rows of {args.analysts} analysts into an empty store", firsts, "s",
                     FIRST_GOAL_S),
        bench.figure(f"incremental sync: {args.changes} rows a teammate added, pulled", pulls, "ms",
                     INCREMENTAL_GOAL_MS),
        bench.figure(f"incremental sync: {args.changes} notes shared here, pushed", pushes, "ms", INCREMENTAL_GOAL_MS),
        bench.figure("sync with nothing to do", idle, "ms"),
    ]


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    try:
        from tests.team.cluster import pg_binary
        pg_binary("initdb")
        pg_binary("pg_ctl")
    except RuntimeError as exc:
        return bench.skip(str(exc))
    figures = measure(args)
    return bench.finish(figures, "Team library sync against a local PostgreSQL server (issue 24)")


if __name__ == "__main__":
    sys.exit(main())
