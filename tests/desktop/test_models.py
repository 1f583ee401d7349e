"""Every Qt model passes pytest-qt's model tester, with data and empty."""
from PySide6.QtCore import Qt

from db import api
from desktop.models.comparison_model import ROW_ROLE, ComparisonModel
from desktop.models.device_list_model import HEADING_ROLE, SLUG_ROLE, DeviceListModel


def test_comparison_model(qtmodeltester, db_path):
    model = ComparisonModel()
    qtmodeltester.check(model)
    model.set_comparison(api.compare(db_path, "CM384", "NVL72"))
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal).splitlines()[0] == "A: Huawei CloudMatrix 384"
    row = model.row_of("memory_bandwidth")
    assert model.index(row, 1).data() == "1,229 TB/s" and model.index(row, 2).data() == "576 TB/s"
    assert model.index(row, 3).data() == "2.1×  ▲A"
    assert model.index(row, 0).data(ROW_ROLE).metric.key == "memory_bandwidth"
    assert "WinBuzzer" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)  # tooltip names the source
    model.set_comparison(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_device_list_and_search(qtmodeltester, db_path, seed):
    model = DeviceListModel()
    qtmodeltester.check(model)
    model.set_devices(api.list_devices(db_path))
    qtmodeltester.check(model)

    def found():
        return [model.index(r, 0).data(SLUG_ROLE) for r in range(model.rowCount())
                if not model.index(r, 0).data(HEADING_ROLE)]
    assert len(found()) == seed.devices
    model.set_query("cm384")
    assert found() == ["cloudmatrix-384"]
    model.set_query("huawei 910")
    assert found() == ["ascend-910b", "ascend-910c"]
    model.set_query("CN")
    assert "h100-sxm" not in found() and "ascend-910c" in found()
    model.set_query("no such thing")
    assert found() == [] and model.rowCount() == 0
    qtmodeltester.check(model)
