# PyInstaller runtime hook replacing PyInstaller's own pyi_rth_pyside6 (removed in chiplens.spec).
# That hook imports PySide6.QtCore at every start, only to register a qt.conf that the PyPI PySide6 wheel
# registers itself when QtCore is first imported. ChipLens's command-line commands never import Qt, so the
# import cost them 50-80 ms each (`chiplens --version`: 120 ms frozen vs 40 ms from source). Keep the part
# that matters: Qt finds its plugins inside the bundle.
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6") if sys.platform == "win32" else os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
if sys.platform == "win32":  # DLLs collected beside the executable stay findable (as in the original hook)
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
del _qt
