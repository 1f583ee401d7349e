"""Every Qt model passes pytest-qt's model tester, with data and empty."""
from PySide6.QtCore import Qt

from db import api
from desktop.models.comparison_model import ROW_ROLE, ComparisonModel
from desktop.models.device_tree_model import SLUG_ROLE, DeviceFilterProxyModel, DeviceTreeModel


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


def test_device_tree_and_search(qtmodeltester, db_path, seed):
    model = DeviceTreeModel()
    model.set_devices(api.list_devices(db_path))
    qtmodeltester.check(model)
    proxy = DeviceFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def found():
        out = []
        for g in range(proxy.rowCount()):
            group = proxy.index(g, 0)
            out += [proxy.index(r, 0, group).data(SLUG_ROLE) for r in range(proxy.rowCount(group))]
        return out
    assert len(found()) == seed.devices
    proxy.set_query("cm384")
    assert found() == ["cloudmatrix-384"]
    proxy.set_query("huawei 910")
    assert found() == ["ascend-910b", "ascend-910c"]
    proxy.set_query("CN")
    assert "h100-sxm" not in found() and "ascend-910c" in found()
    proxy.set_query("no such thing")
    assert found() == [] and proxy.rowCount() == 0
    qtmodeltester.check(proxy)
