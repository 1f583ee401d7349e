"""What the bare window and the reference window share with ChipLens's measured start (`--quit-when-ready`):
leave right after the first paint completes, without the interpreter's and Qt's teardown. One module, so that
the baseline, the reference and the app end their measured runs the same way."""
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Quits `app` once the watched widget has painted (after that paint completes)."""

    def __init__(self, app):
        super().__init__(app)
        self.app = app

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, self.app.quit)
        return False


def run_until_painted(app, window, watched) -> None:
    """Show `window`, run until `watched` has painted once, and leave as the measured app does."""
    first = FirstPaint(app)
    watched.installEventFilter(first)
    window.show()
    code = app.exec()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":  # a helper of bare_window.py and floor_window.py, not a benchmark
    print(__doc__.strip())
