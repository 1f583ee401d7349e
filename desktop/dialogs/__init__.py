"""Dialogs. `exec_until_saved` is how every edit dialog saves: nothing typed is lost when the store refuses."""
from __future__ import annotations


def exec_until_saved(dialog, save):
    """Show `dialog` until `save()` returns something other than None, or the user cancels. When the store refuses
    (locked, full, read-only), `save` says why and returns None, and the dialog comes back with what was typed."""
    from PySide6.QtWidgets import QDialog
    while dialog.exec() == QDialog.DialogCode.Accepted:
        saved = save()
        if saved is not None:
            return saved
    return None
