"""Start the window: crash handlers first, then the store (with a way out on errors), then the UI."""
from __future__ import annotations

import logging
import os
import sys

from desktop import APP_NAME, __version__

log = logging.getLogger("chiplens")


def _setup_logging(paths) -> None:
    try:
        from desktop.paths import make_private
        make_private(paths.data_dir)  # owner-only, like the database it holds
        make_private(paths.log_file.parent)
        if paths.log_file.exists() and paths.log_file.stat().st_size > 1_000_000:  # keep one previous log
            paths.log_file.replace(paths.log_file.with_suffix(".log.1"))
        handler = logging.FileHandler(paths.log_file, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    except OSError:
        pass  # an unwritable folder is reported by the store check, with advice


def _headless() -> bool:
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.platformName() in ("offscreen", "minimal")


def install_language(args, app_settings) -> str:
    """The window's language for this run: `--lang` if given (the settings file keeps its own choice), else the
    View ▸ Language setting ('system': the system's language). Returns its code."""
    from desktop import i18n
    return i18n.install(getattr(args, "lang", None) or i18n.resolve(app_settings.language))


def run_gui(paths, args) -> int:
    from desktop.startup import preflight
    if (problem := preflight.display_problem()) is not None:  # Qt would abort (core dump) without a display
        return preflight.report(problem, gui=False)
    from desktop.startup.qt_import import quicker_feature_scan
    quicker_feature_scan()  # PySide6 reads each module imported after it: bytes, not tokens
    from desktop.startup import crash
    crash.install(paths)  # faulthandler to logs/faulthandler.log, exception hooks with a dialog
    _setup_logging(paths)
    if (problem := preflight.platform_plugin_problem()) is not None:  # a missing library: Qt would abort
        log.error(problem)
        return preflight.report(problem, gui=False)
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "chiplens"])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    from desktop.startup import identity
    identity.apply(app)  # desktop-file name = APP_ID, window icon, Windows installer mutex
    from desktop.export.fonts import register_ui_fonts
    register_ui_fonts()  # bundled CJK subset: Chinese names render without system CJK fonts (issue 5)
    quiet = bool(args.quit_when_ready)
    from desktop.startup.single_instance import claim, handle_message
    from desktop.startup.store_opening import backup_on_exit, open_store_interactively
    instance, exit_code = claim(paths, args, quiet)  # one instance per data folder; a second one hands over
    if instance is None:
        return exit_code
    chosen = open_store_interactively(paths, quiet, check_later=True)  # the full check: after the first paint
    if chosen is None:
        instance.release()
        return 1
    if chosen != paths:  # the user picked another folder: that one is ours now
        instance.release()
        paths = chosen
        instance, exit_code = claim(paths, args, quiet)
        if instance is None:
            return exit_code
    from PySide6.QtCore import QTimer

    from desktop.main_window import MainWindow
    from desktop.settings import AppSettings, apply_theme
    from desktop.store import Store
    app_settings = AppSettings(paths.settings_file, safe_mode=bool(getattr(args, "safe_mode", False)))
    apply_theme(app, app_settings.theme)
    install_language(args, app_settings)  # before any text is built; English loads no translator
    settings = app_settings.qsettings
    window = MainWindow(Store(paths.database), settings, tuple(args.pair) if args.pair else None,
                        defer_menus=True)  # their contents come after the first paints
    window.app_settings = app_settings  # File > Backups shows and sets the retention policy
    from desktop.work_backups import WorkBackups  # every 30 minutes of use, if the store changed
    work_backups = WorkBackups(window.store, app_settings.retention,
                               lambda text: window.statusBar().showMessage(text, 30000), parent=window)
    app_settings.restore_window(window)
    instance.message_received.connect(handle_message)
    # a second start may hand over once the window is up; QtNetwork (15 ms) stays off the start-up path
    window.ready.connect(lambda: QTimer.singleShot(1000, instance.listen))
    if args.quit_when_ready == "table":
        window.ready.connect(lambda: app.exit(0))
    elif args.quit_when_ready == "chart":
        window.chart_ready.connect(lambda: app.exit(0))
    window.show()
    import gc
    gc.freeze()  # what start-up built lives as long as the window: never scanned again
    gc.enable()  # (desktop.app turned collection off while it was built)
    guards, checks = [], []  # set up once the window is painted (the event loop's next turn after the paint):

    def after_first_paint() -> None:
        from desktop.startup import code_cache, shutdown
        code_cache.save()  # any data class compiled for the first time this run
        if not guards:  # SIGTERM/SIGINT/SIGHUP and logout save the notes, then leave
            guards.append(shutdown.install(app, window, paths.data_dir, tell=not quiet))

    def check_store() -> None:  # once the chart is painted too: the check (a core for seconds) delays no paint
        from desktop.startup.full_check import FullCheck
        if not checks:
            checks.append(FullCheck(window))  # quick_check and the foreign keys, on a worker; writes wait for it
            checks[0].start()
    window.ready.connect(lambda: QTimer.singleShot(0, after_first_paint))
    window.chart_ready.connect(lambda: QTimer.singleShot(0, check_store))
    window.ready.connect(lambda: QTimer.singleShot(3000, check_store))  # at the latest
    code = app.exec()
    if guards:  # a note the store refused on the way out goes to unsaved-notes-<time>.md
        from desktop.startup import shutdown
        shutdown.finish(guards[0])
    if checks:  # a check still reading the file is stopped: the next start runs it again
        checks[0].finish()
    if not args.quit_when_ready:
        app_settings.save_window(window)
    app_settings.close()
    changed = work_backups.finish()  # a running backup ends first
    if code == 0 and not args.quit_when_ready:
        backup_on_exit(paths.database, app_settings, changed)
    instance.release()
    if args.quit_when_ready:
        from desktop.startup import code_cache
        code_cache.save()
        # the measurement ends at the paint: leave without the interpreter's and Qt's teardown
        # (about 0.1 s with pyqtgraph loaded); everything worth keeping is already written
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
