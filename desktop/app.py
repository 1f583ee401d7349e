"""Entry point: `chiplens` (the GUI) and its command-line subcommands.

main(argv) -> exit code. The command-line paths never import Qt; the GUI path installs the
crash handlers first, shows the window, and loads heavy modules (pyqtgraph, SQLAlchemy) later.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import gc
    gc.disable()  # start-up makes long-lived objects, not garbage: some 80 collections (~12 ms) are saved
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    from desktop import paths as paths_mod
    from desktop.startup import code_cache
    code_cache.install(paths_mod.cache_dir())  # the data classes' methods compiled once, not at every start
    from desktop.startup import preflight  # a damaged installation: a clear message, not a traceback
    try:
        code = preflight.startup_check(sys.argv[1:] if argv is None else list(argv))
    except OSError as exc:  # the installation cannot be read (a failing drive)
        from desktop.present.file_errors import file_error
        sys.stderr.write(f"chiplens: {file_error(exc)}\n")
        return 1
    if code is not None:
        return code
    from desktop import cli
    args = cli.parse_args(argv)  # a window start reads the window's options only
    try:
        paths = paths_mod.resolve(args.data_dir)
    except paths_mod.PathError as exc:
        sys.stderr.write(f"chiplens: {exc}\n")
        return 2
    if args.command is None:
        from desktop.startup.gui import run_gui
        return run_gui(paths, args)
    import gc
    gc.enable()  # a command may make garbage in bulk (an import, a report)
    code = cli.main(paths, args)
    code_cache.save()
    return code


def run() -> None:
    sys.exit(main(sys.argv[1:]))
