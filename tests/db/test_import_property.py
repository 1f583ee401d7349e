"""Random and malformed files thrown at the importers: a clean error or a plan, never a crash; the store untouched."""
import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis caches data in .hypothesis/ of the working folder (even with database=None): tests write only to
# temporary folders, so it goes to one, from the moment this module is collected
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="chiplens-hypothesis-"))

from db import api  # noqa: E402
from db.importers.base import DataImportError  # noqa: E402
from db.importers.plan import ImportPlan  # noqa: E402

EPOCH_HEADER = ["Hardware name", "Manufacturer", "Tensor-FP16/BF16 performance (FLOP/s)", "Memory (bytes)",
                "TDP (W)", "Last modified", "Release date", "Foundry", "Process size (nm)", "Mystery column"]
CSV_HEADER = ["device", "metric", "value", "unit", "qualifier", "approximate", "confidence", "source", "publisher",
              "as_of", "note", "origin"]
CELLS = st.one_of(
    st.sampled_from(["h100", "910C", "H20", "Google TPU v7 Ironwood", "bf16_dense", "power", "Dense BF16/FP16",
                     "memory_capacity", "700", "7OO", "1e+16", "989,4", "1.229,5", "-5", "inf", "nan", "TFLOPS",
                     "PFLOPS", "furlongs", "Gbit/s", "official", "sure", "EPOCH", "True", "maybe", "2025-12-16",
                     "2025-13-45", "=1+1", "'=cmd", "@x", "seed", "user", "import", "", " ", "\"", "\"\"", ";", ",",
                     "\t", "\n", "\r\n", "\x00", "北京", "\ufeff", "2025-12-05 21:21:23+00:00"]),
    st.text(max_size=30),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)


def _csv(header, rows, sep):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


@st.composite
def csv_files(draw):
    kind = draw(st.sampled_from(["chiplens", "epoch", "random", "raw"]))
    if kind == "raw":
        text = draw(st.text(max_size=400))
    else:
        header = {"chiplens": CSV_HEADER, "epoch": EPOCH_HEADER}.get(kind) or draw(st.lists(CELLS, max_size=6))
        if draw(st.booleans()):
            header = draw(st.permutations(header))
        width = st.integers(0, len(header) + 2)
        rows = draw(st.lists(width.flatmap(lambda n: st.lists(CELLS, min_size=n, max_size=n)), max_size=12))
        text = _csv(header, rows, draw(st.sampled_from([",", ";", "\t"])))
        if draw(st.booleans()):  # cut it anywhere, like a half-written file
            text = text[:draw(st.integers(0, len(text)))]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 3)) == 0:  # stray bytes before or after
        data = draw(st.binary(max_size=40)) + data if draw(st.booleans()) else data + draw(st.binary(max_size=40))
    return data


def check_clean(db_path: Path, file: Path, fmt: str | None) -> None:
    try:
        plan = api.plan_import(db_path, file, fmt)
    except DataImportError as exc:
        assert str(exc)
        return
    assert isinstance(plan, ImportPlan)
    assert all(str(e).startswith(file.name) for e in plan.errors)
    if plan.errors:
        try:
            api.apply_import(db_path, plan)
        except DataImportError as exc:
            assert exc.problems == plan.errors
        else:
            raise AssertionError("a plan with errors was applied")


@settings(max_examples=250, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=csv_files(), fmt=st.sampled_from([None, "epoch", "csv", "json"]))
def test_malformed_csv_gives_a_clean_error_and_leaves_the_store_alone(db_path, tmp_path, data, fmt):
    before = db_path.read_bytes()
    file = tmp_path / "random.csv"
    file.write_bytes(data)
    check_clean(db_path, file, fmt)
    assert db_path.read_bytes() == before


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.recursive(
    st.one_of(st.none(), st.booleans(), st.floats(), st.text(max_size=10), st.integers()),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(
        st.sampled_from(["values", "devices", "metrics", "sources", "device", "metric", "value", "unit", "key",
                         "slug", "name", "kind", "origin", "approximate", "confidence"]), inner, max_size=5)),
    max_leaves=20).map(lambda doc: repr(doc).replace("'", '"').replace("None", "null").replace("True", "true")
                       .replace("False", "false").encode())))
def test_malformed_json_gives_a_clean_error(db_path, tmp_path, data):
    before = db_path.read_bytes()
    file = tmp_path / "random.json"
    file.write_bytes(data)
    check_clean(db_path, file, "json")
    assert db_path.read_bytes() == before
