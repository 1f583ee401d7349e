# PyInstaller runtime hook: a windowed build (Windows: console=False) starts with sys.stdout and
# sys.stderr set to None, and every `sys.stderr.write(message)` of ChipLens would then raise. Send them
# to the null device instead; the log file (data folder/logs) and the dialogs still tell the user.
import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  (lives as long as the process)
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
