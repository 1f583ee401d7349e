"""What the frozen build leaves out: Python modules ChipLens never imports, Qt parts it never loads,
and the Linux desktop stack's own libraries (X11, fontconfig, GLib, ...), which must come from the
system so that they match its display server, fonts and GTK (the .deb declares them in Depends).

Used by packaging/chiplens.spec. The app uses QtCore, QtGui, QtWidgets (and QtNetwork for the
single-instance hand-over); pyqtgraph needs QtOpenGL/QtOpenGLWidgets (its curve item imports them)
and falls back gracefully when QtTest is absent; SVG export uses QtSvg. Everything QML/Quick, PDF,
SQL drivers, TLS, embedded (eglfs, evdev, linuxfb, VNC) and Designer is dropped, as are Qt's own
translations except those of the languages ChipLens ships.
A kept plugin that needed a dropped library would fail to load: `python packaging/build.py`
checks every kept Qt plugin with ldd (Linux) so such a cut fails the build, not the user.
"""
from __future__ import annotations

import plistlib
import re
from pathlib import Path

EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "readline", "pydoc_data", "lib2to3", "idlelib", "ensurepip", "venv",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtSvgWidgets", "PySide6.QtTest",
    "PySide6.QtSql", "PySide6.QtXml", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "PySide6.QtConcurrent",
    "PySide6.QtDBus", "PySide6.scripts",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.flowchart",
    "numpy.f2py", "numpy.distutils", "numpy.testing", "numpy.tests",
    # (SQLAlchemy's other dialects stay: alembic.ddl imports every one of them)
    "IPython", "matplotlib", "PIL", "scipy", "pandas", "cupy", "numba", "h5py", "pytest", "pytestqt",
    # syntax highlighting for Mako templates (Alembic writes migration scripts with Mako; the app never does)
    "pygments", "mako.ext.pygmentplugin",
]

# Qt shared libraries that nothing kept needs (matched against the file name)
_DROP_LIB = re.compile(
    r"Qt6(Qml|Quick|Labs|Lottie|Pdf|Designer|Help|UiTools|VirtualKeyboard|WaylandCompositor|Wl[A-Z]|"
    r"EglFS|EglFs|Test|Sql|SvgWidgets|Concurrent|Xml|PrintSupport)")

# Qt plugins: per folder, the files kept (None: the whole folder is dropped)
_KEEP_PLUGINS = {
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so",
                  "qwindows.dll", "qoffscreen.dll", "qminimal.dll", "libqcocoa.dylib", "libqoffscreen.dylib",
                  "libqminimal.dylib"},
    "platformthemes": "*", "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so",
                                                     "libibusplatforminputcontextplugin.so"},
    "imageformats": {"libqgif.so", "libqico.so", "libqjpeg.so", "libqsvg.so", "qgif.dll", "qico.dll",
                     "qjpeg.dll", "qsvg.dll", "libqgif.dylib", "libqico.dylib", "libqjpeg.dylib",
                     "libqsvg.dylib", "libqicns.dylib"},
    "iconengines": "*", "xcbglintegrations": "*", "styles": "*",
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-decoration-client": "*",
    "wayland-graphics-integration-client": {"libqt-plugin-wayland-egl.so", "libshm-emulation-server.so"},
}

# Linux system libraries PyInstaller would copy from the build machine; the .deb's Depends (see
# packaging/build.py DEB_DEPENDS) brings them in instead. Bundling them breaks on newer systems
# (a bundled libstdc++/libfreetype older than the one Mesa or fontconfig expect) and costs ~25 MiB.
_SYSTEM_LIB = re.compile(
    r"^lib(X11|X11-xcb|xcb.*|Xau|Xdmcp|Xext|Xrender|xkbcommon.*|atk-1\.0|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|"
    r"pangoft2-1\.0|harfbuzz|fontconfig|freetype|glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|gthread-2\.0|"
    r"gdk_pixbuf-2\.0|dbus-1|systemd|gcrypt|gpg-error|gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils|"
    r"pcre2-8|mount|blkid|selinux|pixman-1|png16|jpeg|brotlicommon|brotlidec|bz2|expat|ffi|fribidi|graphite2|"
    r"thai|datrie|lz4|lzma|zstd|md|bsd|cap|tinfo|readline|stdc\+\+|gcc_s|ssl|crypto|EGL|GL|GLX|OpenGL|"
    r"wayland-.*|uuid|z)\.so[.0-9]*$")

_KEEP_TRANSLATIONS = re.compile(r"^qt(base)?_(fr|zh_CN)\.qm$")


def _keep(dest: str) -> bool:
    parts = Path(dest).parts
    name = parts[-1]
    if "Qt" in parts and "plugins" in parts:
        folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 2 else ""
        kept = _KEEP_PLUGINS.get(folder)
        return kept == "*" or (kept is not None and name in kept)
    if "translations" in parts and "PySide6" in parts:
        return bool(_KEEP_TRANSLATIONS.match(name))
    if _DROP_LIB.search(name):
        return False
    if len(parts) == 1 and _SYSTEM_LIB.match(name):
        return False
    if "PySide6" in parts and (name.startswith("Qt") and name.endswith((".pyi", ".pyi.gz")) or "typesystems" in parts
                               or "include" in parts or "glue" in parts):
        return False
    return True


def prune(toc):
    """A PyInstaller TOC (dest, source, typecode) without the parts above."""
    return [entry for entry in toc if _keep(entry[0])]


def plist(path: Path) -> dict:
    with open(path, "rb") as fh:
        return plistlib.load(fh)
