"""kill -9 in the middle of a stream of writes: the store stays intact and every confirmed save is there."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from db import api, recovery

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from db import api
    db, uid = Path(sys.argv[1]), sys.argv[2]
    i = 0
    while True:
        i += 1
        body = f"version {i}\\n" + "typed text that grows " * (i % 50)
        api.save_note(db, uid, "Under fire", body, checkpoint=(i % 10 == 0))
        if i % 7 == 0:
            api.create_note(db, f"side note {i}", "x" * (i % 300))
        print(i, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("after", [5, 40])
def test_sigkill_during_writes_loses_no_confirmed_save(db_path, after, reap):
    uid, _ = api.create_note(db_path, "Under fire", "version 0")
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), uid], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    confirmed = 0
    with reap(proc):
        deadline = time.monotonic() + 60
        while confirmed < after and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            confirmed = int(line)
        assert confirmed >= after, proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)  # mid-write: it never stops between saves on its own
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    report = recovery.check_database(db_path)
    assert report.ok, report.problems
    api.open_store(db_path)  # opens normally: no recovery needed
    body = api.get_note(db_path, uid).body
    saved = int(body.split("\n", 1)[0].removeprefix("version "))
    assert saved >= confirmed  # the last confirmed save (or the one after it, committed before the kill)
    assert [h.uid for h in api.search_notes(db_path, "fire")] == [uid]  # the search index agrees
