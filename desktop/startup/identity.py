"""The app's identity towards the desktop: desktop-file name (= APP_ID), window icon, and on Windows
the named mutex the installer checks (Inno Setup `AppMutex`) so that it refuses to overwrite a
running ChipLens.
"""
from __future__ import annotations

import sys
from pathlib import Path

from desktop import APP_ID

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
_mutexes: list[int] = []  # handles kept open for the life of the process


def app_icon():
    """The ChipLens icon from its pre-rendered PNGs (no SVG plugin needed; loaded lazily by Qt)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    import resources
    folder = Path(resources.__file__).resolve().parent / "icons"  # (importlib.resources costs 4 ms here)
    icon = QIcon()
    for size in ICON_SIZES:  # sizes given: Qt reads no file until a size is drawn
        icon.addFile(str(folder / f"chiplens-{size}.png"), QSize(size, size))
    return icon


def create_app_mutex() -> bool:
    """Windows: hold mutexes named APP_ID (this session) and Global\\APP_ID (all sessions) while running.
    packaging/windows/chiplens.iss lists the same two names in AppMutex. Elsewhere: nothing to do."""
    if sys.platform != "win32" or _mutexes:
        return bool(_mutexes)
    import ctypes
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    for name in (APP_ID, "Global\\" + APP_ID):
        handle = kernel32.CreateMutexW(None, False, name)
        if handle:
            _mutexes.append(handle)
    return bool(_mutexes)


def apply(app) -> None:
    """Call once the QApplication exists, before the first window is shown."""
    app.setDesktopFileName(APP_ID)  # Wayland/X11 match the window to io.github.chiplens.ChipLens.desktop
    app.setWindowIcon(app_icon())
    create_app_mutex()
