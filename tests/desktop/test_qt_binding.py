"""Regression guard for PySide6 6.12.0 on Python 3.11 (KNOWN-ISSUES): void calls and emits must not
drop references to None/True, or a panning chart aborts the app after a few thousand repaints."""
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class Emitter(QObject):
    fired = Signal(bool)


def test_repaints_and_void_calls_keep_reference_counts(qtbot):
    import pyqtgraph as pg
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    curve = plot.plot([0, 1, 2], [0, 1, 0])
    plot.show()
    label, emitter = QLabel(), Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(3000):
        label.setText("x")
        label.update()
        curve.setData([0, 1, 2], [0, i % 3, 0])
        emitter.fired.emit(True)
        if i % 100 == 0:
            plot.repaint()
    assert sys.getrefcount(None) - none_before >= -50
    assert sys.getrefcount(True) - true_before >= -50
