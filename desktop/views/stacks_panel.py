"""StacksPanel (tab "Stacks"): the software stacks side by side, frameworks and engines down, stacks across, each cell
the route in words beside its colour; a jurisdiction filter; the selected cell's facts with their citations, the
catalog devices that run its stack (each opens a comparison) and the timeline events tagged with it.

MainWindow.show_stack(stack_id) switches here with that stack selected (the comparison's Software group links to it).
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence, QPalette, QPen
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QStyle, QStyledItemDelegate, QTableView, QTextBrowser, QVBoxLayout, QWidget)

from desktop.models.stacks_matrix_model import STRIPE_ROLE, StacksMatrixModel, tint
from desktop.present import stacks_matrix as sm
from desktop.present.beyond import ROUTE_KIND_COLOURS, ROUTE_KIND_LABELS, citation, route_label
from desktop.safe_links import open_external
from desktop.views.wrapped_header_view import WrappedHeaderView

MIN_COLUMN = 120  # a stack's column never narrower (the matrix scrolls across instead)
MAX_HEADER_COLUMN = 240  # a column widens up to this for its heading's name and maker to take a line each
STRIPE = 6  # the width of a route kind's colour stripe, left of its words
PAD = 4
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def fitted(text: str, metrics, width: int) -> tuple[str, int]:
    """The text and its wrap flags: words wrap at spaces; a word wider than `width` ('PaddleCustomDevice',
    'torch_npu/TorchNPU') may also break after its slashes, underscores, hyphens and inside its camelCase, and
    only if that is not enough, anywhere. A text that fits is left as it is."""
    if all(metrics.horizontalAdvance(w) <= width for w in text.split()):
        return text, WRAP
    broken = sm.breakable(text, lambda w: metrics.horizontalAdvance(w) > width)
    if all(metrics.horizontalAdvance(part) <= width for w in broken.split() for part in w.split(sm.ZWSP)):
        return broken, WRAP
    return text, WRAP | int(Qt.TextFlag.TextWrapAnywhere)


class StripeDelegate(QStyledItemDelegate):
    """A cell with its route kind's colour as a stripe on its left edge and its words beside it, wrapped at word
    boundaries or, for a word longer than the column ('PaddleCustomDevice'), anywhere: nothing is cut."""

    def _text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(STRIPE + PAD, PAD, -PAD, -PAD)

    def paint(self, painter, option, index) -> None:
        painter.save()
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(option.rect, background)
        colour = index.data(STRIPE_ROLE)
        if colour is not None:
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), STRIPE, option.rect.height()), colour)
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole) or option.palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)
        box = self._text_rect(option.rect)
        text, flags = fitted(index.data(Qt.ItemDataRole.DisplayRole) or "", option.fontMetrics, box.width())
        painter.drawText(box, flags, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        box = self._text_rect(QRect(0, 0, max(option.rect.width(), MIN_COLUMN), 1_000_000))
        text, flags = fitted(text, option.fontMetrics, box.width())
        bound = option.fontMetrics.boundingRect(box, flags, text)
        return QSize(box.width() + STRIPE + 2 * PAD, bound.height() + 2 * PAD)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def tr(text: str) -> str:
    return QCoreApplication.translate("Stacks", text)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def legend_html() -> str:
    """Each route kind's colour beside its words, and 'not found'."""
    parts = [f'<span style="background:{tint(ROUTE_KIND_COLOURS[k]).name()}; color:#1a1a1a">'
             f'&nbsp;<span style="color:{ROUTE_KIND_COLOURS[k]}">■</span>&nbsp;{html.escape(route_label(k, _translate))}'
             f'&nbsp;</span>' for k in ROUTE_KIND_LABELS]
    parts.append(f'<span style="background:#ffffff; color:#1a1a1a">&nbsp;□&nbsp;'
                 f'{html.escape(route_label(None, _translate))}&nbsp;</span>')
    return " ".join(parts)


class StacksPanel(QWidget):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.jurisdiction: str | None = None
        self._devices: dict[str, list] = {}
        self._events: list = []
        self.device_chosen = None  # callable(slug): open the device in the comparison
        self.event_chosen = None  # callable(uid): open the timeline at the event
        self.fact_links = None  # desktop.fact_menus.FactLinks: add a stack fact here, correct the facts (details)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Stacks", "Jurisdiction:"), self))
        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("stacksJurisdiction")
        self.filter_box.setAccessibleName(translate("Stacks", "Show the stacks of"))
        for code in (None, *sm.JURISDICTIONS):
            self.filter_box.addItem(sm.jurisdiction_text(code, _translate), code)
        self.filter_box.currentIndexChanged.connect(lambda _i: self.set_jurisdiction(self.filter_box.currentData()))
        bar.addWidget(self.filter_box)
        bar.addSpacing(12)
        self.legend = QLabel(legend_html(), self)
        self.legend.setObjectName("stacksLegend")
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(translate("Stacks", "Kinds of route"))
        bar.addWidget(self.legend, 1)
        self.export_button = QPushButton(translate("Stacks", "Export picture…"), self)
        self.export_button.setToolTip(translate("Stacks", "The matrix as shown (this jurisdiction) as PNG, SVG or PDF, with its legend "
                                         "and sources"))
        self.export_button.clicked.connect(lambda: self.export_picture())
        bar.addWidget(self.export_button)
        self.model = StacksMatrixModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("stacksMatrix")
        self.table.setHorizontalHeader(WrappedHeaderView(self.table))  # a stack's name and maker, wrapped to fit
        self.table.setAccessibleName(translate("Stacks", "Software stacks matrix"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(StripeDelegate(self.table))
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.selectionModel().currentChanged.connect(lambda current, _prev: self._show_details())
        self.details = QTextBrowser(self)
        self.details.setObjectName("stackDetails")
        self.details.setAccessibleName(translate("Stacks", "The selected cell's facts and sources"))
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        self.details.anchorClicked.connect(self._link)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.refresh()

    @classmethod
    def add_to(cls, window) -> StacksPanel:
        """The tab, in `window`'s tabs: a device opens in the comparison, an event in the timeline."""
        panel = cls(window.store, window)
        panel.setObjectName("stacksPanel")
        window.tabs.addTab(panel, translate("Stacks", "Stacks"))
        panel.device_chosen = window.open_device
        panel.event_chosen = lambda uid: _open_event(window, uid)
        window.store.changed.connect(panel._store_changed)  # a method: dropped with the panel (View ▸ Language)
        from desktop.fact_menus import hook_stacks
        hook_stacks(window, panel)  # a cell's menu: add a stack fact there, correct the facts behind it
        action = QAction(translate("Stacks", "Stacks"), window)  # View ▸ Stacks, after the tabs the window lists itself
        action.setShortcut(QKeySequence(translate("Stacks", "Ctrl+Shift+K")))
        action.triggered.connect(lambda: window.tabs.setCurrentWidget(panel))
        window.addAction(action)
        QTimer.singleShot(0, lambda: window.view_menu.addAction(action))
        return panel

    def export_picture(self, target: str | None = None) -> None:
        """Write the matrix as shown (its jurisdiction filter) where the user chooses."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.export import writers
        from desktop.export.options import ExportError, ExportOptions
        from desktop.export.stacks_picture import stacks_document
        if target is None:
            name = "chiplens-stacks" + (f"-{self.jurisdiction.lower()}" if self.jurisdiction else "") + ".png"
            target, _ = QFileDialog.getSaveFileName(self, translate("Stacks", "Export the stacks matrix"), name,
                                                    translate("Stacks", "Pictures (*.png *.svg *.pdf)"))
            if not target:
                return
        options = ExportOptions(width=sm.PICTURE_WIDTH, lang=self.store.language)  # the window's words and dates
        try:
            writers.write(stacks_document(self.store.library, options, self.jurisdiction), target, options)
        except (ExportError, OSError) as exc:
            QMessageBox.warning(self, translate("Stacks", "Export the stacks matrix"), str(exc))

    # data -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the stacks, the devices that run them and the events that name them (the store changed)."""
        current = self.selected_cell()
        devices = self.store.devices()
        runs = self.store.device_stacks([d.slug for d in devices]) if devices else ()
        self._devices = sm.devices_by_stack(runs, devices)
        self._events = self.store.events()
        self.model.set_stacks(self.store.stacks(self.jurisdiction))
        self._fit()
        if current is not None:
            self.select(current.stack_id, current.row)
        else:
            self._show_details()

    def set_jurisdiction(self, code: str | None) -> None:
        """Show all stacks (None) or one side's ('US', 'CN')."""
        self.jurisdiction = code
        index = self.filter_box.findData(code)
        if index >= 0 and index != self.filter_box.currentIndex():
            self.filter_box.setCurrentIndex(index)  # comes back here once
            return
        self.refresh()

    def select(self, stack_id: str, row: str = "pytorch") -> bool:
        """Select one stack's cell (its PyTorch route by default); False if the filter hides the stack."""
        column = self.model.column_of(stack_id)
        if column < 0:
            return False
        index = self.model.index(sm.ROWS.index(row) if row in sm.ROWS else 0, column)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)
        self._show_details()
        return True

    def show_stack(self, stack_id: str) -> bool:
        """Select the stack, clearing a filter that hides it."""
        if self.model.column_of(stack_id) < 0:
            self.set_jurisdiction(None)
        return self.select(stack_id)

    def selected_cell(self) -> sm.MatrixCell | None:
        index = self.table.currentIndex()
        return self.model.cell(index.row(), index.column()) if index.isValid() else None

    def devices_of(self, stack_id: str) -> list:
        return list(self._devices.get(stack_id, ()))

    def events_of(self, stack_id: str) -> list:
        return sm.stack_events(self._events, stack_id)

    # layout ---------------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit)

    def _store_changed(self, change, _initiator=None) -> None:
        if change.kinds - {"note"}:
            self.refresh()

    def _fit(self) -> None:
        """Each column as wide as its heading needs for the stack's name on one line and its maker on the next (from
        MIN_COLUMN up to MAX_HEADER_COLUMN; beyond, the heading wraps), the width left over shared out; the matrix
        scrolls across when the columns need more than the view. Rows as tall as their text."""
        n = self.model.columnCount()
        if not n:
            return
        header = self.table.horizontalHeader()
        needed = [min(max(MIN_COLUMN, header.natural_width(c)), MAX_HEADER_COLUMN) for c in range(n)]
        spare = max(0, self.table.viewport().width() - 2 - sum(needed)) // n
        for c, width in enumerate(needed):
            if header.sectionSize(c) != width + spare:
                header.resizeSection(c, width + spare)
        self.table.resizeRowsToContents()

    # details --------------------------------------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        s = self.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.UserRole)
        if s is not None:
            self.select(s.id, self.selected_cell().row if self.selected_cell() else "pytorch")

    def _show_details(self) -> None:
        self.details.setHtml(self.details_html())

    def details_html(self) -> str:
        c = self.selected_cell()
        if c is None:
            return "<p>" + html.escape(translate("Stacks", "Select a cell for its facts and sources.")) + "</p>"
        stack = next(s for s in self.model.stacks() if s.id == c.stack_id)
        e = html.escape
        head = f"{sm.row_label(c.row, _translate)} · {stack.name}"
        swatch = f'<span style="color:{c.colour}">■</span> ' if c.row in sm.ROUTE_KEYS else ""
        out = [f"<h3>{e(head)}</h3>",
               f"<p>{swatch}<b>{e(c.text(_translate))}</b> &nbsp;({e(stack.vendor)}, "
               f"{e(sm.jurisdiction_text(stack.jurisdiction, _translate))})</p>"]
        if c.facts:
            items = []
            for f in c.facts:
                link = (f' <a href="{e(f.source.url, quote=True)}">{e(f.source.url)}</a>' if f.source.url else "")
                note = f"<br><i>{e(f.note)}</i>" if f.note else ""
                mine = self.fact_links.fact(f) if self.fact_links else ""
                items.append(f"<li>{e(f.value)}<br><small>{e(citation(f, _translate))}{link}</small>{note}{mine}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
        else:
            out.append("<p><i>" + e(translate("Stacks", "No sourced fact behind this cell beyond the summary of the "
                                              "reference.")) + "</i></p>")
        if self.fact_links:
            out.append(self.fact_links.add(c.stack_id, c.row))
        devices = self.devices_of(stack.id)
        links = ", ".join(f'<a href="device:{e(d.slug, quote=True)}">{e(d.name)}</a>' for d in devices)
        run_by = translate("Stacks", "Devices that run %1:").replace("%1", sm.short_name(stack))
        out.append(f"<p><b>{e(run_by)}</b> {links or e(tr(sm.NO_DEVICES))}</p>")
        events = self.events_of(stack.id)
        items = ", ".join(f'<a href="event:{e(ev.uid, quote=True)}">{e(ev.label)} {e(ev.title)}</a>' for ev in events)
        on_timeline = translate("Stacks", "On the timeline:")
        out.append(f"<p><b>{e(on_timeline)}</b> {items or e(tr(sm.NO_EVENTS))}</p>")
        return "".join(out)

    def _link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "device" and self.device_chosen is not None:
            self.device_chosen(url.path())
        elif scheme == "event" and self.event_chosen is not None:
            self.event_chosen(url.path())
        elif scheme == "fact" and self.fact_links is not None:
            self.fact_links.clicked(url.path())
        elif scheme not in ("device", "event", "fact"):
            open_external(url)


def _open_event(window, uid: str) -> None:
    """The timeline tab at the event (its filters cleared if they hide it)."""
    timeline = window.timeline
    if timeline is None:
        return
    window.tabs.setCurrentWidget(timeline)
    if not timeline.select_event(uid):
        window.statusBar().showMessage(translate("Stacks", "That event is hidden by the timeline's filters."), 6000)


def show_stack(window, stack_id: str) -> bool:
    """MainWindow.show_stack: the Stacks tab (built now if the window has not built its later tabs yet) with
    `stack_id` selected; False for an unknown stack."""
    window._load_timeline()
    panel = window.stacks_panel
    window.tabs.setCurrentWidget(panel)
    return panel.show_stack(stack_id)
