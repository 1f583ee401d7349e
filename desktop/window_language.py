"""The window rebuilt in the language just installed (View ▸ Language), without a restart.

Every text of the window is set once, through Qt's translate functions, when its part is built; so a new
language is applied by building the parts again: the tool bars, the menus with their actions and
shortcuts, the tabs (comparison, timeline and the later tabs) and the notes panel. What the user was
looking at comes back: the devices and baseline compared, the per-package split, the open tab, the notes
(the open note is saved first, and reopened), the undo history (kept: it holds no text of its own).
The window itself, its store, its settings and everything the start-up attached to it stay.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMenuBar, QToolBar

from desktop import i18n


def rebuild(window) -> None:
    """Rebuild `window` (a MainWindow) in the installed language, showing what it showed."""
    window.store.set_language(i18n.current())  # numbers and dates too, before anything is drawn again
    notes = window.notes
    note_uid = notes.current_uid() if notes is not None else None
    if notes is not None:
        notes.flush()
    shown = window.devices_shown()
    baseline = window._baseline
    tab = window.tabs.currentIndex()
    notes_shown = notes is not None and window.notes_host.shown()
    timeline_loaded = window.timeline is not None
    old = [getattr(window, name, None) for name in ("files", "exports", "theme_menu", "language_menu", "catalog",
                                                      "control_rules", "beyond_facts", "events", "notes_host")]
    old += window.findChildren(QToolBar)
    old += [window.notes_dock, window.tabs]
    for action in window.actions():  # shortcuts added to the window: the rebuilt ones replace them
        window.removeAction(action)
    for toolbar in window.findChildren(QToolBar):
        window.removeToolBar(toolbar)
    if window.notes_dock is not None:
        window.removeDockWidget(window.notes_dock)
    window.setMenuBar(QMenuBar(window))  # the old bar is deleted with its menus
    window.takeCentralWidget()
    window.timeline = window.notes = window.notes_dock = None
    window._build_toolbar()
    window._build_central()
    window.panel.painted_with_data.disconnect(window._first_paint)  # the window was painted: no second 'ready'
    window.menus = type(window.menus)(window)  # every menu, filled at once, in the new language
    from desktop.notes_host import NotesHost
    window.notes_host = NotesHost(window)
    for obj in old:
        if obj is not None:
            obj.deleteLater()  # after the slot that asked for the rebuild (a menu action) has returned
    window._load_lists()
    if len(shown) >= 2:
        window.set_devices(shown, baseline, quiet=True)
    else:
        window._open_initial(None)
    window._load_chart()
    if timeline_loaded:
        window._load_timeline()
    if notes_shown:
        window._load_notes()
        if note_uid:
            window.notes.open_note(note_uid)
    if 0 <= tab < window.tabs.count():
        window.tabs.setCurrentIndex(tab)
