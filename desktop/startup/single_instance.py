"""One running ChipLens per data folder: a lock file plus a local socket.

The first instance takes `chiplens.lock` (a QLockFile: a lock left by a killed process is taken
over) and, once its window is painted, listens on a local socket whose name is derived from the
data folder. A second start with the same folder finds the lock taken, sends its command line
(JSON, one line) to that socket, waits for "ok" and exits 0; the running instance handles it
(`--pair A B` opens that comparison) and comes to the front.

Listening waits until after the first paint so that QtNetwork (about 15 ms to import) is not on
the start-up path; a second start meanwhile keeps trying to connect for a few seconds.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

log = logging.getLogger("chiplens")

MAX_MESSAGE = 64 * 1024


def server_name(data_dir: Path) -> str:
    """A socket name unique to this user and data folder (short: Unix socket paths are limited)."""
    import hashlib
    key = str(Path(data_dir).resolve())
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"chiplens-{uid}-{digest}"


class SingleInstance(QObject):
    """The running instance's side: owns the lock, later the server; emits what a second start asks for."""

    message_received = Signal(list)  # argv of a second start

    def __init__(self, data_dir: Path, lock_file: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.name: str | None = None  # the socket's name, computed when listening (hashlib stays off start-up)
        self.lock = QLockFile(str(lock_file))
        self.lock.setStaleLockTime(0)  # never stale by age; a lock of a dead process is taken over
        self.server = None

    def acquire(self, timeout_ms: int = 0) -> bool:
        """True if this process now owns the data folder; False if another ChipLens does."""
        return self.lock.tryLock(timeout_ms)

    def lock_error(self) -> QLockFile.LockError:
        return self.lock.error()

    def listen(self) -> bool:
        """Start answering second starts (call once the window is up)."""
        from PySide6.QtNetwork import QLocalServer
        if self.server is not None:
            return True
        self.name = server_name(self.data_dir)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a killed instance (we hold the lock)
        if not server.listen(self.name):
            log.warning("single instance: cannot listen on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(sock=sock, buffer=buffer) -> None:
                buffer.extend(bytes(sock.readAll().data()))
                if len(buffer) > MAX_MESSAGE:
                    sock.abort()
                    return
                if b"\n" not in buffer:
                    return
                line = bytes(buffer).split(b"\n", 1)[0]
                import json
                try:
                    message = json.loads(line.decode("utf-8"))
                    argv = [str(a) for a in message.get("argv", [])]
                except (ValueError, AttributeError, TypeError):
                    log.warning("single instance: ignored a malformed message")
                    sock.abort()
                    return
                sock.write(b"ok\n")
                sock.flush()
                sock.disconnectFromServer()
                self.message_received.emit(argv)

            sock.readyRead.connect(read)
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                read()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def send_to_running(data_dir: Path, argv: list[str], timeout_s: float = 15.0) -> bool:
    """A second start: hand `argv` to the running instance. True once it answered. The wait is long enough
    for a first instance still starting on a busy machine (it listens a second after its first paint)."""
    import json

    from PySide6.QtNetwork import QLocalSocket
    name = server_name(Path(data_dir))
    payload = json.dumps({"argv": list(argv), "pid": os.getpid()}).encode("utf-8") + b"\n"
    deadline = time.monotonic() + timeout_s
    while True:
        sock = QLocalSocket()
        sock.connectToServer(name)
        if sock.waitForConnected(500):
            sock.write(payload)
            sock.flush()
            answer = b""
            while b"\n" not in answer and time.monotonic() < deadline and sock.waitForReadyRead(500):
                answer += bytes(sock.readAll().data())
            sock.abort()
            if answer.startswith(b"ok"):
                return True
        else:
            sock.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)  # the running instance may not listen yet (its window is still starting)


def bring_to_front(window) -> None:
    from PySide6.QtCore import Qt
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def forwarded_args(args) -> list[str]:
    """The part of a second start's command line the running instance acts on."""
    return ["--pair", *args.pair] if getattr(args, "pair", None) else []


def claim(paths, args, quiet: bool) -> tuple[SingleInstance | None, int | None]:
    """Take the data folder for this process: (instance, None); or hand over to the running one: (None, exit code).

    A second start sends its command line to the running ChipLens and exits 0; if that one does
    not answer (hung, or another user's), the message says so and the exit code is 1.
    """
    import sys

    from desktop.paths import make_private
    try:
        make_private(paths.data_dir)
    except OSError:
        pass  # the store check reports an unusable folder with advice
    instance = SingleInstance(paths.data_dir, paths.lock_file)
    if instance.acquire(0):
        return instance, None
    if instance.lock_error() != QLockFile.LockError.LockFailedError:
        return instance, None  # no lock possible (read-only folder...): the store check explains
    if send_to_running(paths.data_dir, forwarded_args(args)):
        sys.stderr.write(f"chiplens: already running with {paths.data_dir}; handed over to that window.\n")
        return None, 0
    from PySide6.QtCore import QCoreApplication
    msg = QCoreApplication.translate(
        "SingleInstance", "ChipLens is already running with the data folder %1 but does not answer. Switch to that "
        "window (or end it), or start this one with --data-dir DIR to use another folder.").replace(
        "%1", str(paths.data_dir))
    sys.stderr.write(f"chiplens: {msg}\n")
    if not quiet:
        from PySide6.QtGui import QGuiApplication
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.warning(None, "ChipLens", msg)
    return None, 1


def parse_pair(argv: list[str]) -> tuple[str, str] | None:
    """`--pair A B` from a forwarded command line (anything else is ignored)."""
    for i, arg in enumerate(argv):
        if arg == "--pair" and len(argv) > i + 2:
            return argv[i + 1], argv[i + 2]
    return None


def handle_message(argv: list[str]) -> None:
    """A second start's command line reached the running instance: act on it, come to the front."""
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        return
    window = windows[-1]
    pair = parse_pair(argv)
    log.info("second start handed over: %s", argv)
    bring_to_front(window)
    if pair is not None:
        window.set_pair(*pair)
