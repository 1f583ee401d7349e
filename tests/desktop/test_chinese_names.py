"""Devices and vendors by their Chinese names: the picker finds them (no spaces needed), `compare` takes them."""
import json

from desktop.app import main
from desktop.models.device_list_model import SLUG_ROLE
from desktop.store import Store
from desktop.views.device_picker import DevicePickerDialog


def shown(dialog) -> list[str]:
    model = dialog.model
    slugs = (model.index(r, 0).data(SLUG_ROLE) for r in range(model.rowCount()))
    return [s for s in slugs if s]


def typed(qtbot, dialog, text: str) -> list[str]:
    """Typed as an input method commits Chinese (a pinyin IME sends the characters, not key presses)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    dialog.search.clear()
    dialog.search.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(dialog.search, event)
    assert dialog.search.text() == text
    return shown(dialog)


def test_the_picker_finds_devices_by_their_chinese_names(qtbot, db_path):
    devices = Store(db_path).devices()
    dialog = DevicePickerDialog(devices, "h100-sxm", None)
    qtbot.addWidget(dialog)
    ascend = typed(qtbot, dialog, "昇腾")
    assert "ascend-910c" in ascend and "ascend-910b" in ascend
    assert {d.vendor for d in devices if d.slug in ascend} == {"Huawei (HiSilicon)"}, "only Huawei's Ascend chips"
    cambricon = typed(qtbot, dialog, "寒武纪")
    assert "mlu590" in cambricon
    assert set(cambricon) == {d.slug for d in devices if d.vendor == "Cambricon"}, "every Cambricon device, no other"
    assert typed(qtbot, dialog, "思元590") == ["mlu590"]
    huawei = typed(qtbot, dialog, "华为")
    assert set(huawei) == {d.slug for d in devices if d.vendor == "Huawei (HiSilicon)"} and "cloudmatrix-384" in huawei
    assert typed(qtbot, dialog, "华为昇腾910C") == ["ascend-910c"], "Chinese is typed without spaces"
    assert typed(qtbot, dialog, "华为 910c") == ["ascend-910c"]
    for name, vendor in (("海光", "Hygon"), ("昆仑芯", "Kunlunxin (Baidu)"), ("摩尔线程", "Moore Threads")):
        found = typed(qtbot, dialog, name)
        assert found and set(found) == {d.slug for d in devices if d.vendor == vendor}, name
    typed(qtbot, dialog, "华为昇腾910C")
    dialog.search.returnPressed.emit()
    assert dialog.chosen == "ascend-910c"


def test_compare_takes_chinese_names(capsys, data_dir):
    code = main(["--data-dir", str(data_dir), "compare", "昇腾910C", "思元590", "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    assert [d["slug"] for d in json.loads(out)["devices"]] == ["ascend-910c", "mlu590"]
    code = main(["--data-dir", str(data_dir), "compare", "昇腾950", "H100"])
    assert code == 0 and "Huawei Ascend 950PR" in capsys.readouterr().out.splitlines()[0]
