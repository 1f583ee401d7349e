"""TimelinePanel: the policy timeline with its filters, event details and add/edit/delete buttons.

The filter buttons are MultiSelectButtons (multi_select_button.py), the details an EventDetailsView
(event_details_view.py); the list of events wraps each row to its width (wrapped_text_delegate.py).

Importing this module does not import pyqtgraph: the chart (desktop/charts/timeline_chart.py) is created
by ensure_chart(), on first show, so that start-up stays lean. Filtering happens in memory on the list of
EventDTOs; the chart receives every event once and then only a mask.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit,
                               QListView, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from db.api.compare import PLAIN
from db.api.events import period_end
from db.dto import EventDTO, EventSourceDTO  # noqa: F401  (EventSourceDTO: the shape of EventDTO.sources)
from desktop.models.event_list_model import (CATEGORY_ORDER, CONFIDENCE_ORDER, EVENT_ROLE, JURISDICTION_ORDER,
                                             EventFilter, EventListModel, category_label, confidence_label, filter_mask,
                                             jurisdiction_label, search_text)
from desktop.present import dates
from desktop.present.locale_style import count_text
from desktop.views.event_details_view import EventDetailsView
from desktop.views.flow_layout import FlowLayout
from desktop.views.multi_select_button import MultiSelectButton
from desktop.views.wrapped_text_delegate import WrappedTextDelegate


@lru_cache(maxsize=65_536)
def _period_end(iso: str, precision: str) -> str:
    return period_end(iso, precision)


def _end(e: EventDTO) -> str:
    """EventDTO.end, cached: many events share a period."""
    return _period_end(e.date, e.precision)


class TimelinePanel(QWidget):
    device_activated = Signal(str)  # a device link in the details was clicked (slug)
    event_selected = Signal(object)  # EventDTO or None
    add_requested = Signal()
    edit_requested = Signal(object)  # EventDTO (origin == 'user')
    delete_requested = Signal(object)  # EventDTO (origin == 'user')
    chart_ready = Signal()  # the chart has been created and painted once

    def __init__(self, parent: QWidget | None = None, store=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Policy timeline"))
        self.store = store  # its number style writes the counts ('1 234' in French); None: English's
        self.chart = None  # TimelineChart, created by ensure_chart()
        self._events: list[EventDTO] = []
        self._search: list[str] = []
        self._ends: list[str] = []
        self._mask: list[bool] = []
        self._shown: list[EventDTO] = []
        self._selected: EventDTO | None = None
        self._comparison: tuple[str, str] | None = None
        self._device_names: dict[str, str] = {}
        self._syncing = False
        self._build_filters()
        self._build_controls()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(self._filter_row)
        layout.addLayout(self._control_row)
        layout.addWidget(self.splitter, 1)
        self._shortcuts()
        self._apply_filters()

    # layout ----------------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.category_filter = MultiSelectButton(self.tr("Categories"),
                                                 [(k, category_label(k)) for k in CATEGORY_ORDER], self)
        self.category_filter.setToolTip(self.tr("Show only some categories of events"))
        self.jurisdiction_filter = MultiSelectButton(self.tr("Jurisdictions"),
                                                     [(k, jurisdiction_label(k)) for k in JURISDICTION_ORDER], self)
        self.jurisdiction_filter.setToolTip(self.tr("Show only events of some jurisdictions"))
        self.confidence_filter = QComboBox(self)
        self.confidence_filter.setAccessibleName(self.tr("Confidence"))
        self.confidence_filter.addItem(self.tr("Any confidence"), None)
        for key in CONFIDENCE_ORDER:
            self.confidence_filter.addItem(self.tr("Only %1").replace("%1", confidence_label(key)), key)
        self.from_check = QCheckBox(self.tr("From"), self)
        self.from_check.setToolTip(self.tr("Hide events that ended before this date"))
        self.from_date = self._date_edit(self.tr("From date"), QDate(2018, 1, 1))
        self.to_check = QCheckBox(self.tr("to"), self)
        self.to_check.setToolTip(self.tr("Hide events that started after this date"))
        self.to_date = self._date_edit(self.tr("To date"), QDate.currentDate())
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search title, summary, actor, tags"))
        self.search_box.setAccessibleName(self.tr("Search events"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("Search title, summary, actor") + 40)
        self.devices_only = QCheckBox(self.tr("Only the compared devices"), self)
        self.devices_only.setToolTip(self.tr("Show only events about the two devices in the comparison"))
        self.devices_only.setEnabled(False)
        for signal in (self.category_filter.changed, self.jurisdiction_filter.changed,
                       self.confidence_filter.currentIndexChanged, self.from_check.toggled, self.to_check.toggled,
                       self.from_date.dateChanged, self.to_date.dateChanged, self.search_box.textChanged,
                       self.devices_only.toggled):
            signal.connect(self._apply_filters)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        # rows wrap on a narrow window (a laptop with the notes docked) instead of widening it
        row = self._filter_row = FlowLayout(spacing=6)
        for w in (self.category_filter, self.jurisdiction_filter, self.confidence_filter, self.from_check,
                  self.from_date, self.to_check, self.to_date, self.search_box, self.devices_only):
            row.addWidget(w)

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setAccessibleName(name)
        edit.setDisplayFormat(dates.edit_format())
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(1800, 1, 1))
        edit.setMaximumDate(QDate(2199, 12, 31))
        edit.setEnabled(False)
        return edit

    def _build_controls(self) -> None:
        self.lane_box = QComboBox(self)
        self.lane_box.setAccessibleName(self.tr("Lanes"))
        self.lane_box.addItem(self.tr("Lanes by jurisdiction"), "jurisdiction")
        self.lane_box.addItem(self.tr("Lanes by category"), "category")
        self.lane_box.currentIndexChanged.connect(lambda _i: self.set_lane_mode(self.lane_box.currentData()))
        self.range_buttons = {}
        row = self._control_row = FlowLayout(spacing=6)
        row.addWidget(self.lane_box)
        for key, text, tip in (("1y", self.tr("1 year"), self.tr("Show the last year")),
                               ("3y", self.tr("3 years"), self.tr("Show the last three years")),
                               ("all", self.tr("Fit all"), self.tr("Show every event that matches (Home)"))):
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(lambda _c=False, k=key: self.show_range(k))
            self.range_buttons[key] = b
            row.addWidget(b)
        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.prev_button.setToolTip(self.tr("Previous event ([ or Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous event"))
        self.prev_button.clicked.connect(self.select_previous)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setToolTip(self.tr("Next event (] or Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next event"))
        self.next_button.clicked.connect(self.select_next)
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("timelineCount")
        row.addWidget(self.count_label)
        self.add_button = QPushButton(self.tr("Add event…"), self)
        self.add_button.setAccessibleName(self.tr("Add event"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit event"))
        self.edit_button.setToolTip(self.tr("Edit the selected event (only events you added)"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete event"))
        self.delete_button.setToolTip(self.tr("Delete the selected event (only events you added)"))
        self.delete_button.clicked.connect(self._delete)
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)

    def _build_body(self) -> None:
        self.stack = QStackedWidget(self)
        self.chart_host = QWidget(self.stack)
        self.chart_layout = QVBoxLayout(self.chart_host)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_placeholder = QLabel(self.tr("Drawing the timeline…"), self.chart_host)
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.chart_placeholder)
        self.empty_page = QWidget(self.stack)
        self.empty_label = QLabel(self.tr("No events match these filters"), self.empty_page)
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.empty_label.setFont(font)
        self.reset_button = QPushButton(self.tr("Reset filters"), self.empty_page)
        self.reset_button.setAccessibleName(self.tr("Reset filters"))
        self.reset_button.clicked.connect(self.reset_filters)
        self.empty_add_button = QPushButton(self.tr("Add event…"), self.empty_page)
        self.empty_add_button.clicked.connect(self.add_requested)
        empty = QVBoxLayout(self.empty_page)
        empty.addStretch(1)
        empty.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.empty_add_button)
        buttons.addStretch(1)
        empty.addLayout(buttons)
        empty.addStretch(1)
        self.stack.addWidget(self.chart_host)
        self.stack.addWidget(self.empty_page)

        self.details = EventDetailsView(self)
        self.details.device_activated.connect(self.device_activated)
        self.list_model = EventListModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("timelineList")
        self.list_view.setAccessibleName(self.tr("Events that match the filters"))
        self.list_view.setModel(self.list_model)
        # whole titles: each row wraps to the list's width (never cut, never a horizontal scroll bar)
        self.list_view.setItemDelegate(WrappedTextDelegate(self.list_view))
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a steady width to wrap to
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().currentChanged.connect(self._list_current_changed)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.details)
        side.addWidget(self.list_view)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])
        self.splitter.setCollapsible(0, False)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((("[", "Alt+Left"), self.select_previous), (("]", "Alt+Right"), self.select_next),
                           (("Home",), lambda: self.show_range("all"))):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(context)
                shortcut.activated.connect(slot)

    # chart (lazy) ----------------------------------------------------------------------------------
    def ensure_chart(self):
        """Create the pyqtgraph chart (imports pyqtgraph); returns it."""
        if self.chart is not None:
            return self.chart
        from desktop.charts.timeline_chart import TimelineChart
        self.chart = TimelineChart(self.chart_host)
        self.chart.selection_changed.connect(self._chart_selection_changed)
        self.chart.painted.connect(self.chart_ready)
        self.chart_layout.removeWidget(self.chart_placeholder)
        self.chart_placeholder.deleteLater()
        self.chart_layout.addWidget(self.chart)
        self.chart.set_lane_mode(self.lane_box.currentData())
        self.chart.set_events(self._events, self._mask, self._comparison_uids())
        if self._selected is not None:
            self.chart.select(self._selected.uid)
        self.chart.fit_all()
        return self.chart

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.chart is None:
            QTimer.singleShot(0, self.ensure_chart)

    # data in ---------------------------------------------------------------------------------------
    def set_events(self, events: list[EventDTO]) -> None:
        """Every event (seed and user); the filters apply on top. Keeps the selection when it still exists."""
        self._events = sorted(events, key=lambda e: (e.date, e.title))
        self._search = [search_text(e) for e in self._events]
        self._ends = [_end(e) for e in self._events]
        first = self.chart is not None and not self.chart.events()
        keep = self._selected.uid if self._selected else None
        self._selected = next((e for e in self._events if e.uid == keep), None) if keep else None
        self._mask = filter_mask(self._events, self.current_filter(), self._search, self._ends)
        if self.chart is not None:
            self.chart.set_events(self._events, self._mask, self._comparison_uids())
        self._apply_filters(chart=False)
        if self._selected is not None and self.chart is not None:
            self.chart.select(self._selected.uid)
        self._show_details(self._selected)
        if first:
            self.chart.fit_all()

    def set_comparison_devices(self, slugs: tuple[str, str] | None) -> None:
        """Highlight events about these devices; powers the 'only the compared devices' filter."""
        self._comparison = tuple(slugs) if slugs else None
        self.devices_only.setEnabled(self._comparison is not None)
        if self._comparison is None:
            self.devices_only.setToolTip(self.tr("Open a comparison to filter by its devices"))
        else:
            names = " / ".join(self._device_names.get(s, s) for s in self._comparison)
            self.devices_only.setToolTip(self.tr("Show only events about %1").replace("%1", names))
        if self.chart is not None:
            self.chart.set_highlighted(self._comparison_uids())
        if self.devices_only.isChecked():
            self._apply_filters()
        self._show_details(self._selected)

    def set_device_names(self, names: dict[str, str]) -> None:
        """Display names of device slugs, for the details (slugs are shown otherwise)."""
        self._device_names = dict(names)
        self._show_details(self._selected)

    def _comparison_uids(self) -> set[str]:
        if not self._comparison:
            return set()
        wanted = set(self._comparison)
        return {e.uid for e in self._events if not wanted.isdisjoint(e.devices)}

    # filters ---------------------------------------------------------------------------------------
    def current_filter(self) -> EventFilter:
        devices = frozenset(self._comparison) if self._comparison and self.devices_only.isChecked() else None
        return EventFilter(
            categories=self.category_filter.selected(),
            jurisdictions=self.jurisdiction_filter.selected(),
            confidence=self.confidence_filter.currentData(),
            date_from=self.from_date.date().toString("yyyy-MM-dd") if self.from_check.isChecked() else None,
            date_to=self.to_date.date().toString("yyyy-MM-dd") if self.to_check.isChecked() else None,
            text=self.search_box.text().strip(),
            devices=devices)

    def reset_filters(self) -> None:
        self._syncing = True
        try:
            self.category_filter.set_selected(None)
            self.jurisdiction_filter.set_selected(None)
            self.confidence_filter.setCurrentIndex(0)
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
            self.search_box.clear()
            self.devices_only.setChecked(False)
        finally:
            self._syncing = False
        self._apply_filters()
        if self.chart is not None:
            self.chart.fit_all()

    def _apply_filters(self, *_args, chart: bool = True) -> None:
        if self._syncing:
            return
        if chart:
            self._mask = filter_mask(self._events, self.current_filter(), self._search, self._ends)
        self._shown = [e for e, keep in zip(self._events, self._mask) if keep]
        if chart and self.chart is not None:
            self.chart.set_mask(self._mask)
        self.list_model.set_events(self._shown)
        if self._selected is not None and self.list_model.row_of(self._selected.uid) < 0:
            self._set_selected(None)
        elif self._selected is not None:
            self._sync_list(self._selected)
        total, shown = len(self._events), len(self._shown)
        if total == 0:
            self.empty_label.setText(self.tr("No events yet. Add the first one."))
            self.reset_button.setVisible(False)
        else:
            self.empty_label.setText(self.tr("No events match these filters"))
            self.reset_button.setVisible(True)
        self.stack.setCurrentWidget(self.empty_page if shown == 0 else self.chart_host)
        style = self.store.style if self.store is not None else PLAIN
        self.count_label.setText(self.tr("%1 of %2 events").replace("%1", count_text(shown, style))
                                 .replace("%2", count_text(total, style)))
        for b in (self.prev_button, self.next_button):
            b.setEnabled(shown > 0)

    def shown_events(self) -> list[EventDTO]:
        return list(self._shown)

    def visible_period(self) -> tuple[str, str] | None:
        """First and last ISO day the chart shows now; None before the chart is drawn."""
        if self.chart is None:
            return None
        from desktop.present.timeline_scale import iso_day
        x0, x1 = self.chart.x_range()
        return iso_day(x0), iso_day(x1 - 1)

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    # view ------------------------------------------------------------------------------------------
    def set_lane_mode(self, mode: str) -> None:
        i = self.lane_box.findData(mode)
        if i < 0:
            raise ValueError(mode)
        if self.lane_box.currentIndex() != i:
            self.lane_box.setCurrentIndex(i)  # comes back here through the signal
            return
        if self.chart is not None:
            self.chart.set_lane_mode(mode)

    def show_range(self, key: str) -> None:
        chart = self.ensure_chart()
        if key == "1y":
            chart.show_years(1)
        elif key == "3y":
            chart.show_years(3)
        else:
            chart.fit_all()

    # selection -------------------------------------------------------------------------------------
    def selected_event(self) -> EventDTO | None:
        return self._selected

    def select_event(self, uid: str | None, recentre: bool = True) -> bool:
        e = next((x for x in self._shown if x.uid == uid), None) if uid else None
        if self.chart is not None:
            self.chart.select(e.uid if e else None, recentre=recentre)  # comes back through selection_changed
        self._set_selected(e)
        return e is not None

    def select_next(self) -> None:
        self._step(1)

    def select_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self._shown:
            return
        if self.chart is not None:
            self.chart.select_step(step)
            return
        row = self.list_model.row_of(self._selected.uid) if self._selected else -1
        row = max(0, min(len(self._shown) - 1, row + step if row >= 0 else (0 if step > 0 else len(self._shown) - 1)))
        self._set_selected(self._shown[row])

    def _chart_selection_changed(self, e: EventDTO | None) -> None:
        if not self._syncing:
            self._set_selected(e)

    def _list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        e = current.data(EVENT_ROLE)
        if self.chart is not None:
            self.chart.select(e.uid, recentre=True)
        self._set_selected(e)

    def _set_selected(self, e: EventDTO | None) -> None:
        if e is self._selected or (e is not None and self._selected is not None and e.uid == self._selected.uid
                                   and e == self._selected):
            self._show_details(e)
            return
        self._selected = e
        self._syncing = True
        try:
            if self.chart is not None and (self.chart.selected() or None) != e:
                self.chart.select(e.uid if e else None)
            self._sync_list(e)
        finally:
            self._syncing = False
        self._show_details(e)
        self.event_selected.emit(e)

    def _sync_list(self, e: EventDTO | None) -> None:
        was, self._syncing = self._syncing, True
        try:
            row = self.list_model.row_of(e.uid) if e else -1
            sel = self.list_view.selectionModel()
            if row < 0:
                sel.clearSelection()
                sel.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.list_model.index(row, 0)
                sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
        finally:
            self._syncing = was

    # details ---------------------------------------------------------------------------------------
    def details_text(self) -> str:
        return self.details.toPlainText()

    def _show_details(self, e: EventDTO | None) -> None:
        user = e is not None and e.origin == "user"
        self.edit_button.setEnabled(user)
        self.delete_button.setEnabled(user)
        self.details.device_names = self._device_names
        self.details.compared = tuple(self._comparison or ())
        self.details.show_event(e)

    def details_html(self, e: EventDTO) -> str:
        return self.details.details_html(e)

    def _edit(self) -> None:
        if self._selected is not None and self._selected.origin == "user":
            self.edit_requested.emit(self._selected)

    def _delete(self) -> None:
        if self._selected is not None and self._selected.origin == "user":
            self.delete_requested.emit(self._selected)
