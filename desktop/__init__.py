"""ChipLens desktop application and command line (the only package that imports Qt)."""
__version__ = "0.1.0"
APP_NAME = "ChipLens"
# The one reverse-DNS id of the app: the .desktop file's name, the macOS bundle id, the AppStream id,
# QGuiApplication.desktopFileName and the Windows installer's AppMutex all use it.
APP_ID = "io.github.chiplens.ChipLens"
