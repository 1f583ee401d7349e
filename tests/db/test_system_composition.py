"""Systems that know their chips: a system without a figure of its own shows its accelerator's (memory type,
process node, interconnect, family), marked as worked out and saying via which chips; and its power per
accelerator sits beside a chip's TDP."""
from __future__ import annotations

import pytest
from test_compare_rules import DENSE, METRICS, compare, device, fig

from db import api
from db.basis import Basis
from db.compare import Bundle, compare_devices, headlines
from db.dto import ComponentDTO
from db.units import NumberStyle

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


def test_a_systems_figures_name_the_system_and_its_power_per_accelerator_reads_in_the_users_style():
    devices, comps = npu_system()
    values = [fig("pod", "power", 1_234_500, basis=SYSTEM, qualifier="all-in"),
              fig("npu", "memory_type", None, basis=Basis(), text="HBM3")]
    grouped: dict = {}
    for v in values:
        grouped.setdefault((v.device_slug, v.metric_key), []).append(v)
    cmp = compare_devices(Bundle(METRICS, {d.slug: d for d in devices}, grouped, comps, {}), ["pod", "other"],
                          style=NumberStyle(group=" ", point=","))
    per, text = cmp.row("power_per_accelerator").cells[0].value, cmp.row("memory_type").cells[0].value
    assert per.device_slug == text.device_slug == "pod", "a system's worked-out figure is the system's"
    assert per.uid.startswith("derived:pod:") and text.uid.startswith("derived:pod:")
    assert per.formula.startswith("1 234 kW (all-in) ÷ 384 NPU-X"), "the formula reads in the user's number style"


def test_power_per_accelerator_says_why_a_chip_has_none():
    devices, _ = npu_system()
    chips = compare([fig("npu", "power", 310, basis=Basis(granularity="package"))], ("npu", "other"), devices)
    assert chips.row("power_per_accelerator").cells[0].gap_note == "systems only"


def test_headlines_are_each_devices_own_figure_of_each_row_it_has():
    devices = [device("board", granularity="board", packages=2), device("b"),
               device("pod", "system")]
    picked = fig("board", "bf16_dense", 90, basis=DENSE.but(granularity="board"), conf="reported")
    values = [fig("board", "bf16_dense", 96, basis=DENSE.but(granularity="board")), picked,
              fig("board", "bf16_per_watt", 1.5, basis=Basis()),  # a stored figure in a computed row
              fig("b", "power_per_accelerator", 500, basis=Basis(granularity="package")),  # not a chip's row
              fig("b", "power", 700, basis=Basis(granularity="package"))]
    grouped: dict = {}
    for v in values:
        grouped.setdefault((v.device_slug, v.metric_key), []).append(v)
    comps = {"pod": [ComponentDTO("B", "accelerator", 8, "b", None)]}
    found = headlines(Bundle(METRICS, {d.slug: d for d in devices}, grouped, comps,
                             {("board", "bf16_dense"): picked.uid}))
    shown, candidates = found[("board", "bf16_dense")]
    assert shown.uid == picked.uid, "the analyst's pick is the device's headline"
    assert shown.value_num == 90 and len(candidates) == 2, "a board's figures as published, not split per package"
    assert ("board", "bf16_per_watt") not in found, "computed rows are not headlines"
    assert ("b", "power_per_accelerator") not in found, "a row that does not apply to the device is left out"
    assert ("pod", "composition") not in found and ("b", "power") in found
