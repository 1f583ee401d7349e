"""Systems that know their chips: a system without a figure of its own shows its accelerator's (memory type,
process node, interconnect, family), marked as worked out and saying via which chips; and its power per
accelerator sits beside a chip's TDP."""
from __future__ import annotations

import pytest
from test_compare_rules import compare, device, fig

from db import api
from db.basis import Basis
from db.dto import ComponentDTO

SYSTEM = Basis(granularity="system")


def npu_system(count: int | None = 384):
    devices = [device("pod", "system"), device("npu"), device("other", "system")]
    return devices, {"pod": [ComponentDTO("NPU-X", "accelerator", count, "npu", None),
                             ComponentDTO("Host CPU", "cpu", 192, None, None)]}


@pytest.mark.parametrize("key", ["memory_type", "process_node", "foundry", "scaleup_interconnect", "family"])
def test_a_systems_text_comes_from_its_chip_when_it_has_none(key):
    devices, comps = npu_system()
    chip_text = fig("npu", key, None, basis=Basis(), text="HBM2E (8 stacks)")
    row = compare([chip_text], ("pod", "other"), devices, comps).row(key)
    shown = row.cells[0].value
    assert shown.value_text == "HBM2E (8 stacks)" and shown.value_num is None, "the chip's words, unchanged"
    assert shown.is_derived and shown.inputs == (chip_text,), "marked as worked out, with the chip's figure as input"
    assert shown.formula == "HBM2E (8 stacks) (via 384 × NPU-X)"
    assert row.cells[0].display == "HBM2E (8 stacks)"


def test_a_systems_own_text_wins_over_its_chips():
    devices, comps = npu_system()
    own = fig("pod", "memory_type", None, basis=Basis(), text="HBM3")
    row = compare([own, fig("npu", "memory_type", None, basis=Basis(), text="HBM2E")], ("pod", "other"), devices,
                  comps).row("memory_type")
    assert row.cells[0].value.uid == own.uid


def test_power_per_accelerator_is_the_systems_power_over_its_accelerators():
    devices, comps = npu_system()
    power = fig("pod", "power", 559_000, basis=SYSTEM, qualifier="all-in")
    row = compare([power], ("pod", "other"), devices, comps).row("power_per_accelerator")
    per = row.cells[0].value
    assert per.value_num == pytest.approx(559_000 / 384) and per.qualifier == "all-in"
    assert per.inputs == (power,) and per.formula.startswith("559 kW (all-in) ÷ 384 NPU-X")
    assert per.basis.granularity == "package"
    assert row.cells[0].display == "1,456 W (all-in)"


def test_power_per_accelerator_needs_one_counted_kind_of_accelerator_and_is_not_a_chips():
    devices, comps = npu_system(count=None)
    power = fig("pod", "power", 559_000, basis=SYSTEM, qualifier="all-in")
    assert compare([power], ("pod", "other"), devices, comps).row("power_per_accelerator").cells[0].value is None
    chips = compare([fig("npu", "power", 310, basis=Basis(granularity="package"))], ("npu", "other"), devices)
    assert chips.row("power_per_accelerator").cells[0].display == "not applicable"


def test_the_cloudmatrix_memory_type_reads_via_its_chips(db_path):
    row = api.compare(db_path, "CM384", "NVL72").row("memory_type")
    cm = row.cells[0].value
    assert cm.is_derived and "HBM2E" in cm.value_text and "384 × Ascend 910C" in cm.formula
    per = api.compare(db_path, "CM384", "NVL72").row("power_per_accelerator")
    assert all(c.value is not None and c.value.qualifier == "all-in" for c in per.cells)
    assert per.ratio is not None  # both all-in, both per accelerator: comparable
