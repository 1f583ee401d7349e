"""A failed read or write reads the same in English as before, and in another language with its translation."""
from __future__ import annotations

import errno

from desktop.present.file_errors import ADVICE, CONTEXT, NO_NAME, file_error


def test_english_and_a_translated_table():
    full = OSError(errno.ENOSPC, "No space left on device", "/data/chiplens.db")
    unnamed = OSError(errno.ENOSPC, "No space left on device")
    assert file_error(full) == "/data/chiplens.db: the disk is full: free some space and try again"
    assert file_error(unnamed) == "a file could not be read or written: the disk is full: free some space and try again"
    table = {(CONTEXT, ADVICE[errno.ENOSPC]): "le disque est plein", (CONTEXT, NO_NAME): "fichier illisible : %1"}

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)
    assert file_error(full, translate) == "/data/chiplens.db: le disque est plein"
    assert file_error(unnamed, translate) == "fichier illisible : le disque est plein"
