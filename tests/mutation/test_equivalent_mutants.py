"""The reviewed list of equivalent mutants stays readable: one mutant a line, with a reason, sorted."""
import re
from pathlib import Path

LIST = Path(__file__).with_name("equivalent-mutants.txt")


def test_each_equivalent_mutant_has_a_reason_and_the_list_is_sorted():
    lines = LIST.read_text(encoding="utf-8").splitlines()
    assert lines, "the list is empty: delete the file rather than keep it empty"
    for line in lines:
        assert re.fullmatch(r"[\w.]+__mutmut_\d+  \S.*", line), f"not 'mutant  reason': {line!r}"
    names = [line.split()[0] for line in lines]
    assert len(set(names)) == len(names), "a mutant is listed twice"
    assert lines == sorted(lines), "keep the list sorted"
