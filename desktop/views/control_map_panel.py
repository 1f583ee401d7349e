"""The "Export controls" tab: the control map, a date (QDateEdit and a slider over the rules' dates), its key,
and the rules in force that the map cannot draw, listed beside it.

    ControlMapPanel.add_to(window)   # builds the tab beside "Comparison" and "Policy timeline"

A date change redraws the regions and the points' status; a click on a point opens that device in the
comparison (MainWindow.open_device); the compared devices are ringed.
"""
from __future__ import annotations

import gc
import html
from datetime import date

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QDate, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QLabel, QPushButton, QSlider, QSplitter, QTextBrowser,
                               QVBoxLayout, QWidget)

from desktop.present import control_map_layout as lay
from desktop.present import dates
from desktop.present import controls as words
from desktop.present.dates import day
from desktop.present.locale_style import count_text


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ControlMapPanel(QWidget):
    date_changed = Signal(str)  # ISO date

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.controls = store.library.controls
        self.controls_library = store.library
        self.rules = self.controls.rules()
        self.dates = lay.rule_dates(self.rules)
        self.ringed: tuple[str, ...] = ()
        self.on = date.today().isoformat()
        self.regions: list[lay.Region] = []
        self.listed: list[lay.Listed] = []
        self._map = None  # the ControlMap (pyqtgraph), made when the tab is first shown or the map is asked for
        self._map_data: tuple = ([], [], {})  # (regions, points, tips) for the map
        self._verdicts: tuple = ()  # every chip's verdicts on the day shown, read by `refresh`
        self._stale = True  # the verdicts are read when the tab is shown (every chip: 10,000 after an import)
        self._pool = QThreadPool(self)  # every chip's verdicts are read on it, never on the GUI thread
        self._pool.setMaxThreadCount(1)
        self._generation = 0  # of the newest read: an older one's result is dropped
        self._jobs: dict[object, object] = {}  # each running read's job, until its signal is handled
        self.reading_label = QLabel(self)
        self.reading_label.setObjectName("controlMapReading")
        self.reading_label.hide()
        self._points_stale = False  # the rings move on a comparison switch; the points are redrawn when shown
        self._map_placeholder = QLabel(translate("Controls", "Drawing the map…"), self)
        self._map_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.date_edit = QDateEdit(self, calendarPopup=True)
        self.date_edit.setDisplayFormat(dates.edit_format())
        self.date_edit.setObjectName("controlMapDate")
        self.slider = QSlider(Qt.Horizontal, self)
        self.slider.setObjectName("controlMapSlider")
        self.slider.setRange(0, max(len(self.dates), 1))  # the last step: today
        self.slider.setPageStep(1)
        self.slider.setToolTip(translate("Controls", "Step through the days the rules changed"))
        self.key = QLabel(self)
        self.key.setTextFormat(Qt.RichText)
        self.key.setText(self._key_html())
        self.listed_view = QTextBrowser(self)
        self.listed_view.setObjectName("controlMapListed")
        self.listed_view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.listed_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.listed_title = QLabel(self)
        self.listed_title.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Controls", "Rules in force on"), self))
        bar.addWidget(self.date_edit)
        bar.addWidget(self.slider, 1)
        bar.addWidget(self.reading_label)
        self.export_button = QPushButton(translate("Controls", "Export picture…"), self)
        self.export_button.setToolTip(translate("Controls",
                                                "The map on this day as PNG, SVG or PDF, with its caption and sources"))
        self.export_button.clicked.connect(lambda: self.export_picture())
        bar.addWidget(self.export_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.listed_title)
        side_layout.addWidget(self.listed_view, 1)
        self._split = split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self._map_placeholder)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.key)
        layout.addWidget(split, 1)
        self.date_edit.setDate(QDate.fromString(self.on, "yyyy-MM-dd"))
        self.slider.setValue(self.slider.maximum())
        self.date_edit.dateChanged.connect(lambda d: self.set_date(d.toString("yyyy-MM-dd")))
        self.slider.valueChanged.connect(self._slid)
        self.refresh()

    @property
    def map(self):
        """The map (desktop.charts.control_map.ControlMap): made on first use, so that pyqtgraph and numpy load when
        the tab opens, not when the window starts."""
        if self._map is None:
            from desktop.charts.control_map import ControlMap
            self._map = ControlMap(self, self.store.style)
            self._split.replaceWidget(0, self._map)
            self._map_placeholder.deleteLater()
            self._map.device_clicked.connect(self._open)
            self._show_on_map()
        return self._map

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:  # what changed while the tab was hidden, once it is laid out (labels fit the map's size)
            QTimer.singleShot(0, self, self.refresh)
        elif self._points_stale:
            QTimer.singleShot(0, self, self._place_points)
        if self._map is None and not self._stale and not self.reading:  # else made when the verdicts arrive
            QTimer.singleShot(0, self, lambda: self.map)

    def _show_on_map(self) -> None:
        regions, points, tips = self._map_data
        self._map.regions = regions
        self._map.set_points(points, tips)

    @classmethod
    def add_to(cls, window) -> ControlMapPanel:
        """The tab, in `window`'s tabs, ringing the compared devices and opening a clicked one."""
        panel = cls(window.store, window)
        panel.setObjectName("controlMapPanel")
        window.tabs.addTab(panel, translate("Controls", "Export controls"))
        window.comparison_changed.connect(panel._ring_comparison)  # methods, not lambdas: a rebuilt window's
        # tabs (View ▸ Language) are deleted, and Qt drops a deleted receiver's connections
        if window.comparison is not None:
            panel.set_ringed(tuple(d.slug for d in window.comparison.devices))
        panel.device_chosen = window.open_device
        panel.date_changed.connect(lambda on: _compare_on(window, on))
        # a note changes nothing on the map (an autosave must not judge every chip again)
        window.store.changed.connect(panel._store_changed)
        if window.timeline is not None:  # a rule's event shows its thresholds and the chips it caught that day
            window.timeline.details.rule_html = panel.rule_html
        return panel

    device_chosen = None

    def _ring_comparison(self, comparison) -> None:
        self.set_ringed(tuple(d.slug for d in comparison.devices) if comparison else ())

    def _store_changed(self, change, _initiator=None) -> None:
        if change.kinds - {"note"}:
            self.refresh()

    def _open(self, slug: str) -> None:
        if self.device_chosen is not None:
            self.device_chosen(slug)

    def _key_html(self) -> str:
        parts = []
        for kind, key, text in lay.legend_items(QCoreApplication.translate):
            mark = f'<span style="color:{key}">●</span>' if kind == "colour" else key
            parts.append(f"{mark}&nbsp;{text}")
        ring = translate("Controls", "ringed: in the comparison")
        return "&nbsp;&nbsp; ".join(parts) + f"&nbsp;&nbsp; ◯&nbsp;{ring}"

    def _slid(self, index: int) -> None:
        day = self.dates[index] if index < len(self.dates) else date.today().isoformat()
        self.date_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))

    # state ---------------------------------------------------------------------------------------------------
    def set_ringed(self, slugs: tuple[str, ...]) -> None:
        """Ring the compared devices: from the verdicts read last (a comparison switch reads no other chip), and
        on screen only (hidden, the points are placed when the tab is shown)."""
        self.ringed = slugs
        if self.isVisible() and not self._stale:
            self._place_points()
        else:
            self._points_stale = True

    def _place_points(self) -> None:
        regions, _, tips = self._map_data
        self._map_data = (regions, lay.map_points(self._verdicts, self.ringed), tips)
        self._points_stale = False
        if self._map is not None:
            self._show_on_map()

    def set_date(self, on: str) -> None:
        if on == self.on:
            return
        self.on = on
        if self.date_edit.date().toString("yyyy-MM-dd") != on:
            self.date_edit.setDate(QDate.fromString(on, "yyyy-MM-dd"))
        step = sum(1 for d in self.dates if d <= on) - 1  # the last change on or before the day
        self.slider.blockSignals(True)
        self.slider.setValue(self.slider.maximum() if on >= date.today().isoformat() else max(step, 0))
        self.slider.blockSignals(False)
        self.refresh()
        self.date_changed.emit(on)

    def refresh(self) -> None:
        """Read the rules and every chip's verdicts for the date shown and redraw; while the tab is hidden, only
        note that they are owed (they are read when it is shown). The regions follow at once; the verdicts are
        read on a worker thread (10,000 chips take a while) and the points are drawn when they arrive."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = self._points_stale = False
        self.rules = self.controls.rules()
        self.regions, self.listed = lay.map_regions(self.rules, self.on, QCoreApplication.translate,
                                                    style=self.store.style)
        self._map_data = (self.regions, *self._map_data[1:])
        if self._map is not None:
            self._show_on_map()
        self._fill_listed()
        self._read_verdicts()

    @property
    def reading(self) -> bool:
        """Whether the verdicts of the day shown are still being read."""
        return bool(self._jobs)

    def _read_verdicts(self) -> None:
        from desktop.background import BackgroundJob
        self._generation += 1
        generation, on, ringed, controls = self._generation, self.on, self.ringed, self.controls

        def read():
            if generation != self._generation:
                return None  # queued behind a read already out of date: skip the work
            gc.disable()  # a full collection over 10,000 chips' verdicts would hold the GIL (the window) for 0.5 s
            try:
                verdicts = controls.all_verdicts(on, kind="chip")
                return verdicts, lay.map_points(verdicts, ringed), ringed
            finally:
                gc.enable()

        job = BackgroundJob(read)
        job.signals.finished.connect(self._verdicts_read)  # bound: no late result reaches a deleted panel
        job.signals.failed.connect(self._verdicts_failed)
        self._jobs[job.signals] = (generation, job)
        text = translate("Controls", "Reading %1 devices…").replace("%1", count_text(controls.device_count("chip"),
                                                                                     self.store.style))
        self.reading_label.setText(text)
        self.reading_label.show()
        if self._map is None:
            self._map_placeholder.setText(text)
        self._pool.start(job)

    def _current(self) -> bool:
        """Whether the read whose signal is being handled is the newest (and forget it)."""
        generation, _job = self._jobs.pop(self.sender(), (None, None))
        if not self._jobs:
            self.reading_label.hide()
        return generation == self._generation

    def _verdicts_read(self, result) -> None:
        if not self._current() or result is None:
            return
        verdicts, points, ringed = result
        self._verdicts = verdicts
        if ringed != self.ringed:  # the comparison changed while they were read
            points = lay.map_points(verdicts, self.ringed)
        self._map_data = (self.regions, points, _Tooltips(verdicts, self.store.style))
        self._points_stale = False
        if self._map is not None:
            self._show_on_map()
        elif self.isVisible():
            self.map  # noqa: B018 - made now that there is something to draw (it draws what was read)

    def _verdicts_failed(self, exc) -> None:
        if self._current():
            self.reading_label.setText(translate("Controls",
                                                 "The verdicts could not be read: %1").replace("%1", str(exc)))
            self.reading_label.show()

    def export_picture(self, target: str | None = None) -> None:
        """Write the map on the day shown (the compared devices ringed) where the user chooses."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.export import writers
        from desktop.export.control_map_picture import control_map_document
        from desktop.export.options import ExportError, ExportOptions
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, translate("Controls", "Export the control map"), f"chiplens-controls-{self.on}.png",
                                                    translate("Controls", "Pictures (*.png *.svg *.pdf)"))
            if not target:
                return
        options = ExportOptions(lang=self.store.language)  # what the tab shows: the window's words, numbers and dates
        try:
            writers.write(control_map_document(self.controls_library, self.on, options, self.ringed), target, options)
        except (ExportError, OSError) as exc:
            QMessageBox.warning(self, translate("Controls", "Export the control map"), str(exc))

    def rule_html(self, event) -> str:
        """The export-control rules a timeline event enacted or changed: thresholds, chips caught and missed."""
        esc = html.escape
        parts = []
        for rule, role in lay.rules_of_event(self.controls.rules(), event.uid):
            day = lay.event_day(rule, event.date)
            shown = day == self.on and not self.reading and not self._stale and self._verdicts  # the map's own day
            verdicts = self._verdicts if shown else self.controls.all_verdicts(day, kind="chip")
            catch = lay.rule_catch(rule, role, day, verdicts, QCoreApplication.translate, style=self.store.style)
            rule_word = translate("Controls", "Export-control rule")
            thresholds = catch.thresholds or translate("Controls", "no chip threshold")
            role_word = words.event_role(role, QCoreApplication.translate)
            parts.append(f"<p><b>{esc(rule_word)}</b> ({esc(role_word)}): {esc(rule.name)}<br>"
                         + esc(translate("Controls", "Thresholds")) + f": {esc(thresholds)}</p>")
            for title, chips in ((translate("Controls", "Caught on %1"), catch.caught), (translate("Controls", "Missed on %1"), catch.missed),
                                 (translate("Controls", "Undecided on %1 (a figure not published)"), catch.undecided)):
                if chips:
                    links = ", ".join(f"<a href='device:{esc(s, quote=True)}'>{esc(n)}</a>" for s, n in chips)
                    parts.append(f"<p><b>{esc(title.replace('%1', dates.day(day)))}</b> ({len(chips)}): {links}</p>")
        return "".join(parts)

    def _fill_listed(self) -> None:
        self.listed_title.setText(translate("Controls",
                                            "In force on %1, not drawn (other figures, or no chip test):").replace(
            "%1", day(self.on)))
        esc = html.escape
        self.listed_view.setHtml("".join(
            f"<p><b>{esc(item.name)}</b><br><small>{esc(item.rule_id)} · {esc(item.text)}</small></p>"
            for item in self.listed))


def _compare_on(window, on: str) -> None:
    """The comparison's export-control verdict row follows the map's date (today: 'today')."""
    window.store.verdicts_on = None if on == date.today().isoformat() else on
    if window.comparison is not None:
        window.set_devices(window.devices_shown(), window.comparison.baseline, quiet=True)


class _Tooltips(Mapping[str, str]):
    """A point's tooltip, worded when it is first asked for (hovered), not for every chip when they are read."""

    def __init__(self, verdicts, style) -> None:
        self._by_slug = {v.device_slug: v for v in verdicts}
        self._style = style  # the window's numbers
        self._made: dict[str, str] = {}

    def __getitem__(self, slug: str) -> str:
        if slug not in self._made:
            self._made[slug] = lay.tooltip(self._by_slug[slug], QCoreApplication.translate, self._style)
        return self._made[slug]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_slug)

    def __len__(self) -> int:
        return len(self._by_slug)
