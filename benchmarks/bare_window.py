"""The baseline: a bare PySide6 window started and shown the way ChipLens starts (offscreen in CI)."""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
w = QMainWindow()
w.setCentralWidget(QLabel("bare"))
w.resize(1280, 800)
w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
