"""The window's menu bar: its titles at once, their contents at once or, at start-up, once the comparison and
its chart are on screen.

The window's own actions (Edit, Notes, the Comparison menu, About) and their shortcuts are there at once. The
rest loads the export, import, backup, catalog, rule, fact and event actions (about ten modules and 13 ms); none
of it is seen before a menu opens, so a start shows every title (the bar keeps its height: nothing moves when
the contents come) and adds the rest right after the comparison and its chart are painted, or as soon as a menu
is opened. The texts keep their translation contexts (MainWindow, CatalogActions).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class WindowMenus:
    """File, Edit, View, Comparison, Data and Help of `window` (desktop.main_window.MainWindow)."""

    def __init__(self, window, defer: bool = False):
        self.window = window
        bar = window.menuBar()
        self.file = bar.addMenu(translate("MainWindow", "&File"))
        self.edit = bar.addMenu(translate("MainWindow", "&Edit"))
        self.view = bar.addMenu(translate("MainWindow", "&View"))
        self.comparison = bar.addMenu(translate("MainWindow", "&Comparison"))
        self.data = bar.addMenu(translate("CatalogActions", "&Data"))
        self.help = bar.addMenu(translate("MainWindow", "&Help"))
        window.view_menu = self.view
        self._fill_edit()  # the window's own actions (no module to load): at once, with their shortcuts
        notes_action = QAction(translate("MainWindow", "&Notes"), window)
        notes_action.setShortcut(QKeySequence(translate("MainWindow", "Ctrl+Shift+N")))
        notes_action.triggered.connect(window.toggle_notes)
        self.view.addAction(notes_action)
        window.addAction(notes_action)
        self._fill_comparison()
        about = QAction(translate("MainWindow", "&About ChipLens"), window)
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(window.show_about)
        self.help.addAction(about)
        self.filled = False
        if not defer:
            self.fill()
            return
        for menu in self.menus():
            menu.aboutToShow.connect(self.fill)  # opened before the rest came: it comes now

    def menus(self):
        return (self.file, self.edit, self.view, self.comparison, self.data, self.help)

    def fill(self) -> None:
        """The actions that load their modules: File's, View's colours and language, Data's, Help's data changes
        (once)."""
        if self.filled:
            return
        self.filled = True
        w = self.window
        from desktop.file_actions import FileActions  # export data, import data (issue 6), backups (issue 8)
        w.files = FileActions(w, self.file)
        self.file.addSeparator()
        from desktop.export.actions import ExportActions  # Export view…, Copy view as image, Export brief… (issue 5)
        w.exports = ExportActions(w, self.file)
        self.file.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), w)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(w.close)
        self.file.addAction(quit_action)
        from desktop.theme_menu import ThemeMenu
        w.theme_menu = ThemeMenu(w, self.view)
        from desktop.language_menu import LanguageMenu  # View ▸ Language: applied at once (desktop.window_language)
        w.language_menu = LanguageMenu(w, self.view)
        from desktop.catalog_actions import CatalogActions  # the Data menu: edit devices, figures, sources, groups
        w.catalog = CatalogActions(w)
        w.catalog.build_menu(self.data)
        from desktop.control_actions import ControlActions  # Data ▸ Export-control rules…, with undo
        w.control_rules = ControlActions(w)
        from desktop.beyond_actions import BeyondActions  # Data ▸ the analyst's stack facts and supply estimates
        w.beyond_facts = BeyondActions(w)
        from desktop.event_actions import EventActions  # the timeline's add, edit and delete, with undo
        w.events = EventActions(w)
        from desktop.dialogs import data_changes_dialog  # Help ▸ What's new in the data; shown once after an upgrade
        data_changes_dialog.install(w, self.help)

    def _fill_edit(self) -> None:
        w = self.window
        undo = w.undo_stack.createUndoAction(w, translate("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = w.undo_stack.createRedoAction(w, translate("MainWindow", "&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit.addActions([undo, redo])
        self.edit.addSeparator()
        w.quote_figure_action = QAction(translate("MainWindow", "&Quote the selected figure into the note"), w)
        w.quote_figure_action.setShortcut(QKeySequence(translate("MainWindow", "Ctrl+Shift+Q")))
        w.quote_figure_action.triggered.connect(w.quote_figure)
        w.quote_event_action = QAction(translate("MainWindow", "Quote the selected &event into the note"), w)
        w.quote_event_action.setShortcut(QKeySequence(translate("MainWindow", "Ctrl+Shift+E")))
        w.quote_event_action.triggered.connect(w.quote_event)
        for action in (w.quote_figure_action, w.quote_event_action):
            self.edit.addAction(action)
            w.addAction(action)

    def _fill_comparison(self) -> None:
        w = self.window
        for text, key, slot in (
                (translate("MainWindow", "Choose device &A…"), "Ctrl+1", w.picker_a.open),
                (translate("MainWindow", "Choose device &B…"), "Ctrl+2", w.picker_b.open),
                (translate("MainWindow", "Add or change device &C…"), "Ctrl+3", lambda: w.group_bar.open_picker(2)),
                (translate("MainWindow", "Add or change device &D…"), "Ctrl+4", lambda: w.group_bar.open_picker(3)),
                (translate("MainWindow", "&Swap sides"), "Ctrl+Shift+S", w.swap),
                (translate("MainWindow", "Choose a &preset pairing"), "Ctrl+P", w._focus_pairings),
                (translate("MainWindow", "Save this &pairing…"), "Ctrl+S", w.save_pairing)):
            action = QAction(text, w)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.comparison.addAction(action)
            w.addAction(action)

