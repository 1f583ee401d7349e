"""BasisForm: the basis fields of a figure (format, sparsity, granularity, direction, scope, condition) in a form.

Only the fields the metric's row cares about (`rule.dimensions`) are shown; each starts at the row's standard basis
for the device (`rule.defaults(device.granularity)`) or, when a figure is edited, at that figure's own basis. A
choice the row cannot hold (a 2:4 sparse figure in a dense row, an FP4 figure in the FP8 row) is refused under its
field by `rule.contradictions`; a sparse figure typed in a dense row can be moved to the row's sparse twin.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from db.api.catalog import Basis, BasisRule
from db.api.compare import DIMENSIONS, VOCABULARY
from db.dto import MetricDTO

CHOICE_DIMENSIONS = DIMENSIONS[:-1]


class BasisForm(QObject):
    """Adds the basis rows to a CatalogFormDialog (`dialog.add_field`) and keeps them in step with the metric."""

    basis_changed = Signal()
    twin_requested = Signal(str)  # the key of the metric a figure of this basis belongs in

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.rule = BasisRule()
        self.metric: MetricDTO | None = None
        self.metrics: list[MetricDTO] = []
        self._defaults = Basis()
        self._twin: str | None = None
        self.boxes: dict[str, QComboBox] = {}
        for dim in CHOICE_DIMENSIONS:
            box = QComboBox(dialog)
            box.setObjectName(f"{dim}Box")
            box.currentIndexChanged.connect(self.basis_changed)
            self.boxes[dim] = box
        self.condition_edit = QLineEdit(dialog)
        self.condition_edit.setObjectName("conditionEdit")
        self.condition_edit.setPlaceholderText(self.tr("optional, as the source words it, e.g. 1000 W, Server tier"))
        self.condition_edit.textChanged.connect(self.basis_changed)
        self.twin_button = QPushButton(dialog)
        self.twin_button.setObjectName("twinButton")
        self.twin_button.setVisible(False)
        self.twin_button.clicked.connect(lambda: self._twin and self.twin_requested.emit(self._twin))
        names = {"format": self.tr("Format"), "sparsity": self.tr("Sparsity"), "granularity": self.tr("Granularity"),
                 "direction": self.tr("Direction"), "scope": self.tr("Scope"), "condition": self.tr("Condition")}
        for dim, widget in (*self.boxes.items(), ("condition", self.condition_edit)):
            widget.setAccessibleName(names[dim])
        self.words = {
            "sparsity": {"dense": self.tr("dense"), "sparse": self.tr("2:4 sparse")},
            "granularity": {"die": self.tr("per die"), "package": self.tr("per package (one accelerator)"),
                            "board": self.tr("per board"), "superchip": self.tr("per superchip"),
                            "node": self.tr("per node"), "rack": self.tr("per rack"),
                            "system": self.tr("per system"), "pod": self.tr("per pod")},
            "direction": {"one-way": self.tr("one way"), "both-ways": self.tr("both ways")},
            "scope": {"whole": self.tr("all compute units"), "cube": self.tr("Cube or tensor units only"),
                      "vector": self.tr("vector units only")},
        }
        self.field_names = names
        sparsity_row = QHBoxLayout()
        sparsity_row.addWidget(self.boxes["sparsity"], 1)
        sparsity_row.addWidget(self.twin_button)
        self.titles: dict[str, QLabel] = {
            "format": dialog.add_field(self.tr("Fo&rmat"), "format", self.boxes["format"]),
            "sparsity": dialog.add_field(self.tr("S&parsity"), "sparsity", sparsity_row, self.boxes["sparsity"]),
            "granularity": dialog.add_field(self.tr("&Granularity"), "granularity", self.boxes["granularity"]),
            "direction": dialog.add_field(self.tr("Direc&tion"), "direction", self.boxes["direction"]),
            "scope": dialog.add_field(self.tr("Scop&e"), "scope", self.boxes["scope"]),
            "condition": dialog.add_field(self.tr("Cond&ition"), "condition", self.condition_edit),
        }

    def widgets(self) -> list:
        """The fields in the order they are shown (for the dialog's tab order)."""
        return [self.boxes["format"], self.boxes["sparsity"], self.twin_button, self.boxes["granularity"],
                self.boxes["direction"], self.boxes["scope"], self.condition_edit]

    # what is shown -------------------------------------------------------------------------------------------
    def visible_dimensions(self) -> tuple[str, ...]:
        return tuple(d for d in DIMENSIONS if self.metric is not None and self.metric.kind == "number"
                     and d in self.rule.dimensions)

    def set_metric(self, metric: MetricDTO | None, metrics: list[MetricDTO], device_granularity: str,
                   basis: Basis | None = None) -> None:
        """Show the fields of `metric`'s row. `basis` (a figure being edited) is shown as it is; otherwise the row's
        defaults for the device, keeping what the user chose that the new row can hold."""
        previous, old_defaults = (self.basis() if self.metric is not None else Basis()), self._defaults
        self.metric, self.metrics = metric, metrics
        self.rule = metric.rule if metric is not None else BasisRule()
        self._defaults = self.rule.defaults(device_granularity or "package")
        if basis is None:
            kept = {dim: getattr(previous, dim) for dim in DIMENSIONS
                    if getattr(previous, dim) != getattr(old_defaults, dim) and dim in self.rule.dimensions
                    and not self.rule.contradictions(Basis(**{dim: getattr(previous, dim)}))}
            basis = self._defaults.but(**kept)
        shown = self.visible_dimensions()
        for widget in (*self.boxes.values(), self.condition_edit):
            widget.blockSignals(True)
        for dim in CHOICE_DIMENSIONS:  # the row's own formats; every other field's whole vocabulary
            choices = self.rule.formats if dim == "format" and self.rule.formats else VOCABULARY[dim]
            self._fill(dim, choices, getattr(basis, dim))
        self.condition_edit.setText(basis.condition or "")
        for widget in (*self.boxes.values(), self.condition_edit):
            widget.blockSignals(False)
        for dim, title in self.titles.items():
            self.dialog.form.setRowVisible(title, dim in shown)
        self.basis_changed.emit()

    def _fill(self, dim: str, values, current: str | None) -> None:
        box = self.boxes[dim]
        box.clear()
        words = self.words.get(dim, {})
        for v in values:
            box.addItem(words.get(v, v), v)
        if current is not None and box.findData(current) < 0:  # a figure stored outside the row's vocabulary
            box.addItem(words.get(current, current), current)
        box.addItem(self.tr("not stated"), None)
        default = getattr(self._defaults, dim)
        if default is not None:
            i = box.findData(default)
            box.setItemText(i, self.tr("%1 — this row's standard").replace("%1", box.itemText(i)))
        box.setCurrentIndex(box.findData(current) if current is not None else box.count() - 1)

    def basis(self) -> Basis:
        """The basis chosen, with only the row's fields (the others are not stated)."""
        shown = self.visible_dimensions()
        values = {dim: self.boxes[dim].currentData() if dim in shown else None for dim in CHOICE_DIMENSIONS}
        condition = self.condition_edit.text().strip() if "condition" in shown else ""
        return Basis(**values, condition=condition or None)

    def defaults(self) -> Basis:
        return self._defaults

    # what is refused ----------------------------------------------------------------------------------------
    def _metric_label(self, key: str | None) -> str:
        return next((m.label for m in self.metrics if m.key == key), key or "")

    def twin(self) -> str | None:
        """The row that holds a figure of the sparsity chosen, when this one does not (None if none exists)."""
        if self.metric is None:
            return None
        if self.rule.sparse_twin:
            return self.rule.sparse_twin
        return next((m.key for m in self.metrics if m.rule.sparse_twin == self.metric.key), None)

    def errors(self, can_move: bool = True) -> dict[str, str]:
        """{field: message} for each basis field the row cannot hold."""
        if self.metric is None or self.metric.kind != "number":
            self._show_twin(None)
            return {}
        errors: dict[str, str] = {}
        row = self.metric.label
        twin = None
        for dim, value in self.rule.contradictions(self.basis()):
            if dim == "format":
                errors[dim] = self.tr("%1 is not a format of the row “%2”, which holds %3 only: enter the figure in "
                                      "the row of its format").replace("%1", value).replace("%2", row) \
                    .replace("%3", ", ".join(self.rule.formats))
            elif dim == "sparsity":
                twin = self.twin()
                held = self.words["sparsity"].get(self.rule.sparsity or "", self.rule.sparsity or "")
                if twin is not None:
                    text = self.tr("A %1 figure belongs in the row “%2”: “%3” holds %4 figures only.")
                    text = text.replace("%2", self._metric_label(twin))
                else:
                    text = self.tr("“%3” holds %4 figures only: a %1 figure has no row here.")
                errors[dim] = text.replace("%1", self.words["sparsity"].get(value, value)).replace("%3", row) \
                    .replace("%4", held)
            elif dim in self.field_names:
                errors[dim] = self.tr("%1 does not apply to the row “%2”").replace("%1", self.field_names[dim]) \
                    .replace("%2", row)
            else:
                errors[dim] = self.tr("“%1” is not a known value").replace("%1", value)
        self._show_twin(twin if can_move else None)
        return errors

    def _show_twin(self, twin: str | None) -> None:
        self._twin = twin
        if twin is not None:
            self.twin_button.setText(self.tr("&Move to “%1”").replace("%1", self._metric_label(twin)))
        self.twin_button.setVisible(twin is not None)

    def summary(self) -> str:
        """The basis in a few words for the 'Stored as' line: 'FP8, dense, per package (one accelerator)'."""
        b = self.basis()
        parts = [getattr(b, dim) and self.words.get(dim, {}).get(getattr(b, dim), getattr(b, dim))
                 for dim in CHOICE_DIMENSIONS]
        if b.condition:
            parts.append(b.condition)
        return ", ".join(p for p in parts if p)
