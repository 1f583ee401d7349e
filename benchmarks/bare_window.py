"""The baseline: a bare PySide6 window started, shown and painted, then left the way ChipLens leaves when
it is measured (`--quit-when-ready`): right after its first paint, without the interpreter's teardown.

    python benchmarks/bare_window.py
"""
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

if "--help" in sys.argv or "-h" in sys.argv:
    print(__doc__.strip())
    sys.exit(0)


class FirstPaint(QObject):
    """Quits once the label has painted (after that paint completes, as the app's ready signal does)."""

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv)
w = QMainWindow()
label = QLabel("bare")
w.setCentralWidget(label)
w.resize(1280, 800)
first = FirstPaint()
label.installEventFilter(first)
w.show()
code = app.exec()
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
