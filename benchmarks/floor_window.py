"""A reference for the start-up figures: a PySide6 window with the widgets ChipLens shows first (two tool bars
with a combo box and buttons, six menu titles, a tab, a 62-row table of figures with icons, a side panel and a
status bar) and none of ChipLens's code or data, started, shown and painted, then left right after its first
paint like the bare window and the measured app. What it costs over the bare window is what those widgets cost
in PySide6 (its Qt namespace alone makes some 110 Python enum types); the rest of ChipLens's ratio is its own.

    python benchmarks/floor_window.py
"""
import sys

if "--help" in sys.argv or "-h" in sys.argv:
    print(__doc__.strip())
    sys.exit(0)

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import (QApplication, QComboBox, QLabel, QMainWindow, QSplitter, QTableView,  # noqa: E402
                               QTabWidget, QToolBar, QToolButton)

from first_paint import run_until_painted  # noqa: E402


app = QApplication(sys.argv)
w = QMainWindow()
for title in ("&File", "&Edit", "&View", "&Comparison", "&Data", "&Help"):
    w.menuBar().addMenu(title)
for row in range(2):
    bar = QToolBar(f"bar {row}", w)
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.addWidget(QLabel("Pairing:"))
    box = QComboBox()
    box.addItems([f"pairing {i}" for i in range(15)])
    bar.addWidget(box)
    for text in ("Device A ▾", "⇄ Swap", "Device B ▾"):
        button = QToolButton()
        button.setText(text)
        bar.addWidget(button)
    w.addToolBarBreak()
pixmap = QPixmap(16, 16)
pixmap.fill(QColor("steelblue"))
icon = QIcon(pixmap)
model = QStandardItemModel(62, 4)
for r in range(62):
    model.setItem(r, 0, QStandardItem(f"Metric number {r}"))
    for c in (1, 2):
        item = QStandardItem(f"{(r + 1) * c * 12.5:,.1f} TFLOPS")
        item.setIcon(icon)
        model.setItem(r, c, item)
    model.setItem(r, 3, QStandardItem("0.76×  ▲B"))
table = QTableView()
table.setModel(model)
table.setWordWrap(True)
table.verticalHeader().hide()
table.resizeRowsToContents()
split = QSplitter()
split.addWidget(table)
split.addWidget(QLabel("Key figures, A over B"))
tabs = QTabWidget()
tabs.addTab(split, "Comparison")
w.setCentralWidget(tabs)
w.statusBar().showMessage("chiplens.sqlite")
w.resize(1280, 800)
run_until_painted(app, w, table.viewport())
