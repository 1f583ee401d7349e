"""The start of the scripts that drive the real app in a subprocess (the kill, shutdown and I/O-fault tests):
Qt offscreen, and the helpers every such script needs (wait_for, main_window, open_notes, open_new_note). A test writes `PRELUDE + its own script` to a file
and runs it with `python FILE DATA_DIR ...`; the script then calls `desktop.app.main` as `chiplens` does."""
from __future__ import annotations

import textwrap

PRELUDE = textwrap.dedent("""
    import json, os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def wait_for(predicate, what, timeout_ms=30000):
        waited = 0
        while not predicate():
            if waited > timeout_ms:
                print("TIMEOUT", what, flush=True)
                os._exit(3)
            QTest.qWait(20)
            waited += 20

    def main_window():
        return next((w for w in QApplication.topLevelWidgets()
                     if type(w).__name__ == "MainWindow" and w.isVisible()), None)

    def open_notes(win):
        win.activateWindow()
        win.windowHandle().requestActivate()
        wait_for(win.isActiveWindow, "active window")
        QTest.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        wait_for(lambda: win.notes is not None and win.notes_shown(), "notes dock")
        return win.notes

    def open_new_note(win):
        panel = open_notes(win)
        QTest.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
        wait_for(lambda: panel.editor.isVisible() and panel.editor.isEnabled(), "editor")
        return panel
""")
