"""MainWindow: pairing presets, device pickers, the comparison table, its chart, sources and calculator."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QToolBar, QToolButton

from db.dto import ComparisonDTO, RowDTO
from db.errors import StoreError, UnknownDeviceError
from desktop import APP_NAME
from desktop.startup import store_opening
from desktop.store import Store
from desktop.views.comparison_page import ComparisonPage
from desktop.models.device_list_model import DeviceIndex
from desktop.views.device_picker import DevicePicker
from desktop.views.group_bar import GroupBar
from desktop.window_api import CurrentView, TimelineShown
from desktop.window_geometry import fit_first_size
from desktop.window_menus import WindowMenus

if TYPE_CHECKING:
    from desktop.settings import AppSettings

DEFAULT_PAIRING = "910c-vs-h100"


class MainWindow(QMainWindow):
    ready = Signal()  # the first comparison is painted with data
    chart_ready = Signal()  # ... and its chart too
    comparison_changed = Signal(object)  # ComparisonDTO or None

    def __init__(self, store: Store, settings: QSettings | None = None, initial: tuple[str, str] | None = None,
                 defer_menus: bool = False):
        super().__init__()
        self.store = store
        self.settings = settings
        self.app_settings: AppSettings | None = None  # the session's settings file (set by the GUI start)
        self.comparison: ComparisonDTO | None = None
        self.timeline = None
        self.notes = None
        self.notes_dock = None
        self.undo_stack = QUndoStack(self)
        self._pair: tuple[str, str] | None = None  # devices A and B
        self._more: tuple[str, ...] = ()  # devices C and D of a group (issue 6)
        self._baseline = 1  # the column ratios are taken against
        self.per_package = False  # boards and superchips split per accelerator package
        self._team = None  # desktop.team_link.TeamLink, made after the first paint
        self.setWindowTitle(APP_NAME)
        fit_first_size(self)  # 1440 x 900, or less on a smaller screen (a saved geometry may replace it)
        self._build_toolbar()
        self._build_central()
        self.menus = WindowMenus(self, defer=defer_menus)  # a start fills them after its first paints
        from desktop.notes_host import NotesHost
        self.notes_host = NotesHost(self)
        self.store.changed.connect(self._store_changed)
        self._load_lists()
        self._open_initial(initial)

    # layout -------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Comparison"), self)
        bar.setObjectName("comparisonToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.addWidget(QLabel(self.tr(" Pairing: "), self))
        self.pairing_box = QComboBox(self)
        self.pairing_box.setObjectName("pairingBox")
        self.pairing_box.setAccessibleName(self.tr("Preset pairings"))
        self.pairing_box.setMinimumContentsLength(28)
        self.pairing_box.activated.connect(self._pairing_activated)
        bar.addWidget(self.pairing_box)
        bar.addSeparator()
        self.picker_a = DevicePicker(self.tr("Device A"), self)
        self.picker_b = DevicePicker(self.tr("Device B"), self)
        self.picker_a.device_chosen.connect(lambda slug: self.set_pair(slug, self._pair[1] if self._pair else slug))
        self.picker_b.device_chosen.connect(lambda slug: self.set_pair(self._pair[0] if self._pair else slug, slug))
        bar.addWidget(QLabel(self.tr(" A: "), self))
        bar.addWidget(self.picker_a)
        self.swap_button = QToolButton(self)
        self.swap_button.setText(self.tr("⇄ Swap"))
        self.swap_button.setToolTip(self.tr("Swap sides (Ctrl+Shift+S)"))
        self.swap_button.setAccessibleName(self.tr("Swap sides"))
        self.swap_button.clicked.connect(self.swap)
        bar.addWidget(self.swap_button)
        bar.addWidget(QLabel(self.tr(" B: "), self))
        bar.addWidget(self.picker_b)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # compare up to four: C, D and the baseline
        more = QToolBar(self.tr("More devices"), self)
        more.setObjectName("groupToolbar")
        more.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, more)
        self.group_bar = GroupBar(self)
        self.group_bar.extra_chosen.connect(self._extra_chosen)
        self.group_bar.extra_removed.connect(self._extra_removed)
        self.group_bar.baseline_chosen.connect(lambda i: self.set_devices(self.devices_shown(), i))
        more.addWidget(self.group_bar)

    def _build_central(self) -> None:
        self.page = ComparisonPage(self.store, self)
        self.panel, self.provenance, self.calculator = self.page.panel, self.page.provenance, self.page.calculator
        self.panel.cell_selected.connect(self._cell_selected)
        self.panel.painted_with_data.connect(self._first_paint)
        self.panel.context_menu_requested.connect(lambda row, side, pos: self.catalog.cell_menu(row, side, pos))
        self.panel.per_package_bar.per_package_requested.connect(self.set_per_package)
        self.provenance.value_chosen.connect(self._value_chosen)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.page, self.tr("Comparison"))
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(str(self.store.database))

    # data ---------------------------------------------------------------
    def _load_lists(self) -> None:
        for picker in (self.picker_a, self.picker_b, self.group_bar):  # the list is read when one opens
            picker.set_devices(self.store.devices)
        if self.timeline is not None:  # an import or an edit can add or rename devices that events name
            self.timeline.set_device_names({d.slug: d.name for d in self.store.devices()})
        self.pairings = self.store.pairings()
        self.pairing_box.clear()
        for p in self.pairings:  # ★ the analyst's own, ☆ a teammate's (from the team library)
            mark = {"user": "  ★", "team": "  ☆"}.get(p.origin, "")
            self.pairing_box.addItem(p.name + mark, (p.devices, p.baseline))
            if p.origin == "team":
                self.pairing_box.setItemData(self.pairing_box.count() - 1,
                                             self.tr("A teammate's, from the team library"), Qt.ItemDataRole.ToolTipRole)
        self.pairing_box.addItem(self.tr("(custom pairing)"), None)

    def _open_initial(self, initial: tuple[str, str] | None) -> None:
        """Open the requested pair, else the last one used, else the default preset, else any two devices."""
        candidates = [initial]
        if self.settings is not None:
            last = self.settings.value("comparison/last_pair")
            candidates.append(tuple(last) if isinstance(last, list) and len(last) == 2 else None)
        preset = next((p for p in self.pairings if p.slug == DEFAULT_PAIRING), self.pairings[0] if self.pairings else None)
        candidates.append((preset.device_a, preset.device_b) if preset else None)
        candidates.append(lambda: (ds := self.store.devices()) and (ds[0].slug, ds[min(1, len(ds) - 1)].slug))
        opened = next((i for i, c in enumerate(candidates) if (pair := c() if callable(c) else c)
                       and self.set_pair(str(pair[0]), str(pair[1]), quiet=True)), None)
        if opened is None:
            self._show(None)
        elif initial is not None and opened != 0:
            self.statusBar().showMessage(self.tr("Unknown device in %1 vs %2: showing another pairing")
                                         .replace("%1", initial[0]).replace("%2", initial[1]), 10_000)

    def set_pair(self, a: str, b: str, quiet: bool = False) -> bool:
        """Show A and B (with devices C and D of a group, if any, and the same baseline)."""
        return self.set_devices((a, b, *self._more), self._baseline, quiet)

    def devices_shown(self) -> tuple[str, ...]:
        return (*self._pair, *self._more) if self._pair else ()

    def set_devices(self, slugs, baseline: int = 1, quiet: bool = False) -> bool:
        """Compare 2 to 4 devices side by side, ratios against the `baseline` column (issue 6)."""
        from PySide6.QtWidgets import QMessageBox  # dialogs are imported when needed, not at start-up
        slugs = tuple(slugs)
        if len(set(slugs)) != len(slugs):
            self.statusBar().showMessage(self.tr("That device is already in the comparison."), 6000)
            return False
        baseline = baseline if 0 <= baseline < len(slugs) else 1
        try:
            comparison = self.store.compare_many(slugs, baseline, self.per_package)
        except UnknownDeviceError as exc:
            if not quiet:
                QMessageBox.warning(self, self.tr("Unknown device"), str(exc))
            return False
        except StoreError as exc:  # told without blocking: a refresh after a save must not hold the notes up
            store_opening.tell(exc, self, wait=False)
            return False
        self._pair = (comparison.devices[0].slug, comparison.devices[1].slug)
        self._more = tuple(d.slug for d in comparison.devices[2:])
        self._baseline = comparison.baseline
        self._show(comparison)
        if self.settings is not None:
            self.settings.setValue("comparison/last_pair", list(self._pair))
        return True

    def _show(self, comparison: ComparisonDTO | None) -> None:
        self.comparison = comparison
        self.page.set_comparison(comparison)
        current = self.panel.current_metric()
        if comparison is None:
            self.provenance.show_cell(None, None, None)
            self.setWindowTitle(APP_NAME)
            return
        a, b = comparison.devices[:2]
        slugs = tuple(d.slug for d in comparison.devices)
        self.picker_a.set_current(a.slug, a)
        self.picker_b.set_current(b.slug, b)
        self.group_bar.set_comparison(comparison)
        data = (slugs, comparison.baseline)
        index = next((i for i in range(self.pairing_box.count()) if self._preset(i) == data),
                     self.pairing_box.count() - 1)
        self.pairing_box.setCurrentIndex(index)
        self.setWindowTitle(" vs ".join(d.name for d in comparison.devices) + f" — {APP_NAME}")
        if self.timeline is not None:
            self.timeline.set_comparison_devices(slugs)
        self._update_note_context()
        if current:
            row = comparison.row(current[0])
            self.provenance.show_cell(comparison, row, current[1])
        else:
            self.provenance.show_cell(comparison, None, None)
        self.comparison_changed.emit(comparison)

    def set_per_package(self, on: bool) -> None:
        """Split boards' and superchips' figures per accelerator package (the per-package bar's switch)."""
        self.per_package = on
        if self._pair:
            self.set_devices(self.devices_shown(), self._baseline)

    def swap(self) -> None:
        if self._pair:
            self.set_pair(self._pair[1], self._pair[0])

    def _focus_pairings(self) -> None:
        self.pairing_box.setFocus()
        self.pairing_box.showPopup()

    def _preset(self, index: int) -> tuple[tuple[str, ...], int] | None:
        """(device slugs, baseline) of a pairing-box entry; None for '(custom pairing)'."""
        data = self.pairing_box.itemData(index)
        return (tuple(data[0]), int(data[1])) if data else None

    def _pairing_activated(self, index: int) -> None:
        preset = self._preset(index)
        if preset:
            self.set_devices(*preset)

    def _extra_chosen(self, index: int, slug: str) -> None:
        """Device C or D picked in the group bar (C first: D is offered once C is there)."""
        shown = list(self.devices_shown())
        if index < len(shown):
            shown[index] = slug
        else:
            shown.append(slug)
        if not self.set_devices(shown, self._baseline):
            self.group_bar.set_comparison(self.comparison)

    def _extra_removed(self, index: int) -> None:
        shown = list(self.devices_shown())
        if index < len(shown):
            del shown[index]
            self.set_devices(shown, self._baseline if self._baseline < len(shown) else 1)

    def _cell_selected(self, row: RowDTO, side) -> None:
        self.provenance.show_cell(self.comparison, row, side)

    def _value_chosen(self, device_slug: str, metric_key: str, uid) -> None:
        try:
            self.store.choose_value(device_slug, metric_key, uid, initiator=self)
        except StoreError as exc:
            store_opening.tell(exc, self)
            return
        if self._pair:
            self.set_pair(*self._pair)

    def _store_changed(self, change, initiator) -> None:
        if initiator is self:
            return
        if "pairing" in change.kinds or "seed" in change.kinds or "device" in change.kinds:
            self._load_lists()
        if "event" in change.kinds or "seed" in change.kinds:
            self.reload_events()
        if self._pair and change.kinds - {"event", "note"}:  # a note shows nowhere in the comparison
            known = {d.slug for d in self.store.devices()}
            shown = [s for s in self.devices_shown() if s in known]  # an undone device leaves the comparison
            baseline = self._baseline if len(shown) == len(self.devices_shown()) else 1
            if len(shown) < 2 or not self.set_devices(shown, baseline, quiet=True):
                self._more, self._baseline = (), 1
                self._open_initial(None)

    def save_pairing(self) -> None:
        from PySide6.QtWidgets import QInputDialog
        if not self.comparison:
            return
        devices = self.comparison.devices
        name, ok = QInputDialog.getText(self, self.tr("Save pairing") if len(devices) == 2 else self.tr("Save group"),
                                        self.tr("Name:"), text=" vs ".join(d.name for d in devices))
        if not ok or not name.strip():
            return
        # a named pairing or group of up to four, with its baseline; undoable (Edit ▸ Undo)
        self.catalog.save_group(name.strip(), [d.slug for d in devices], self.comparison.baseline)

    def show_about(self) -> None:
        from desktop.dialogs.about_dialog import AboutDialog
        AboutDialog(str(self.store.database), self).exec()

    # start-up -----------------------------------------------------------
    def _first_paint(self) -> None:
        self.ready.emit()
        QTimer.singleShot(0, self._load_chart)
        QTimer.singleShot(300, self, lambda: self.menus.fill())  # at the latest (the chart's paint fills them first)
        QTimer.singleShot(400, self, lambda: self.team().start())  # a team library's button and sync, if connected

    def team(self):
        """The store's team library link (desktop.team_link.TeamLink), made on first use."""
        if self._team is None:
            from desktop.team_link import TeamLink
            self._team = TeamLink(self)
        return self._team

    def _load_chart(self) -> None:
        if self.page.load_chart(self.comparison):
            self.page.chart.painted.connect(self.chart_ready)
            # the timeline tab comes once the chart is on screen: it must not delay the first paints
            self.page.chart.painted.connect(lambda: QTimer.singleShot(0, self._load_timeline))

    @property
    def chart(self):
        """The comparison's chart (desktop.charts.ratio_chart.RatioChart), None until the first paint is done."""
        return self.page.chart

    # policy timeline ----------------------------------------------------------
    def _load_timeline(self) -> None:
        """The timeline dock, created once the comparison and its chart are on screen."""
        if self.timeline is not None:
            return
        self.menus.fill()  # before the timeline adds its own entries to View
        from desktop.views.timeline_panel import TimelinePanel
        self.timeline = TimelinePanel(self, self.store)
        self.timeline.setObjectName("timelinePanel")
        self.timeline.set_device_names({d.slug: d.name for d in self.store.devices()})
        DeviceIndex.of(self.store.devices())  # the pickers' search is ready before the first one opens
        self.timeline.device_activated.connect(self.open_device)
        self.timeline.add_requested.connect(self.events.add)
        self.timeline.edit_requested.connect(self.events.edit)
        self.timeline.delete_requested.connect(self.events.delete)
        self.reload_events()
        if self.comparison is not None:
            self.timeline.set_comparison_devices(tuple(d.slug for d in self.comparison.devices))
        self.timeline.event_selected.connect(lambda _event: self._update_note_context())
        self.tabs.addTab(self.timeline, self.tr("Policy timeline"))
        from desktop.views.later_tabs import add_later_tabs
        add_later_tabs(self)  # export controls, supply, stacks
        if self.width() >= 1700:  # beside the comparison on wide screens; on a laptop, on demand (Ctrl+Shift+N)
            QTimer.singleShot(0, self._load_notes)
        for index, key in ((0, "Ctrl+Shift+C"), (1, "Ctrl+T")):
            action = QAction(self.tabs.tabText(index).replace("&", ""), self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.view_menu.addAction(action)
            self.addAction(action)

    # notes ----------------------------------------------------------------------
    def _load_notes(self) -> None:
        """The notes panel (desktop.notes_host: beside both tabs, or a tab); made after the first paints."""
        if self.notes is None:
            self.notes = self.notes_host.load()
            self.notes_dock = self.notes_host.dock
            self._update_note_context()
        self.notes_host.show()

    def notes_shown(self) -> bool:
        return self.notes_host.shown()

    def toggle_notes(self) -> None:
        """Show the notes (creating the panel the first time), or hide them."""
        if self.notes is not None and self.notes_host.shown():
            self.notes_host.hide()
        else:
            self._open_notes()

    def current_pairing_slug(self) -> str | None:  # the saved pairing or group on screen, if any
        if not self._pair:
            return None
        shown = self.devices_shown()
        return next((p.slug for p in self.pairings if p.devices == shown and (p.baseline == self._baseline or len(
            shown) == 2)), None)

    def current_view(self) -> CurrentView:
        """What is on screen, for the exports (desktop.window_api): the open note is saved first."""
        note_uid = self.notes.current_uid() if self.notes is not None else None
        if note_uid:
            self.notes.flush()
        timeline = None
        if self.timeline is not None:
            timeline = TimelineShown(self.timeline.shown_events(), self.timeline.visible_period())
        if note_uid and self.notes.isAncestorOf(self.focusWidget()):
            focus = "note"
        elif self.comparison is None or (timeline is not None and self.tabs.currentWidget() is self.timeline):
            focus = "timeline"
        else:
            focus = "compare"
        return CurrentView(focus, self.comparison, note_uid, timeline)

    def _update_note_context(self) -> None:
        if self.notes is None:
            return
        event = self.timeline.selected_event() if self.timeline is not None else None
        self.notes.set_context(self.devices_shown(), self.current_pairing_slug(), event.uid if event else None)

    def _open_notes(self) -> bool:
        if self.notes is None:
            self._load_chart()
            self._load_timeline()
        self._load_notes()
        return self.notes is not None

    def quote_figure(self) -> None:
        """Insert the selected comparison figure (or both sides of its row) with its source into the note."""
        from desktop.quotes import quote_figure
        current = self.panel.current_metric()
        if self.comparison is None or current is None:
            self.statusBar().showMessage(self.tr("Select a figure in the comparison table first."), 6000)
            return
        row = self.comparison.row(current[0])
        n = len(self.comparison.devices)
        sides = [current[1]] if current[1] is not None and 0 <= current[1] < n else list(range(n))
        text = "\n".join(quote_figure(row.metric, self.comparison.devices[s], row.cells[s], QCoreApplication.translate) for s in sides)
        if self._open_notes():
            self.notes.insert_quote(text)

    def quote_event(self) -> None:
        from desktop.quotes import quote_event
        event = self.timeline.selected_event() if self.timeline is not None else None
        if event is None:
            self.statusBar().showMessage(self.tr("Select an event in the policy timeline first."), 6000)
            return
        if self._open_notes():
            self.notes.insert_quote(quote_event(event, QCoreApplication.translate))

    def closeEvent(self, event) -> None:
        if self.notes is not None:
            self.notes.flush()  # the last keystrokes reach the store before the window goes
        super().closeEvent(event)

    def reload_events(self, select: str | None = None) -> None:
        if self.timeline is None:
            return
        self.timeline.set_events(self.store.events())
        if select:
            self.timeline.select_event(select)

    def show_stack(self, stack_id: str) -> None:  # the Stacks tab at that stack (the Software group links here)
        from desktop.views.stacks_panel import show_stack
        show_stack(self, stack_id)

    def open_device(self, slug: str) -> None:
        """A device clicked in the timeline: show it in the comparison, beside the other side's device."""
        if not self._pair:
            return
        if slug not in self.devices_shown():
            self.set_pair(slug, self._pair[1])
        self.tabs.setCurrentIndex(0)
