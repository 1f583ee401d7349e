"""The baseline: a bare PySide6 window started, shown and painted, then left the way ChipLens leaves when
it is measured (`--quit-when-ready`): right after its first paint, without the interpreter's teardown.

    python benchmarks/bare_window.py
"""
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from first_paint import run_until_painted

if "--help" in sys.argv or "-h" in sys.argv:
    print(__doc__.strip())
    sys.exit(0)

app = QApplication(sys.argv)
w = QMainWindow()
label = QLabel("bare")
w.setCentralWidget(label)
w.resize(1280, 800)
run_until_painted(app, w, label)
