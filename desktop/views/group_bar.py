"""GroupBar: a third and fourth device beside A and B, and the column ratios are taken against."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from db.dto import ComparisonDTO, DeviceDTO
from desktop.present.comparison import LETTERS
from desktop.views.device_picker import DevicePicker


class GroupBar(QWidget):
    """Pickers for devices C and D (each can be removed again) and the baseline column.

    `extra_chosen(index, slug)`: device C (index 2) or D (3) was picked; `extra_removed(index)`;
    `baseline_chosen(index)`: the column ratios are taken against.
    """

    extra_chosen = Signal(int, str)
    extra_removed = Signal(int)
    baseline_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.pickers: dict[int, DevicePicker] = {}
        self.remove_buttons: dict[int, QToolButton] = {}
        for index in (2, 3):
            letter = LETTERS[index]
            layout.addWidget(QLabel(self.tr(" %1: ").replace("%1", letter), self))
            picker = DevicePicker(self.tr("Device %1").replace("%1", letter), self)
            picker.button.setMinimumWidth(200)
            picker.empty_text = self.tr("＋ Add device %1 ▾").replace("%1", letter)
            picker.set_current(None)
            picker.device_chosen.connect(lambda slug, i=index: self.extra_chosen.emit(i, slug))
            remove = QToolButton(self)
            remove.setText("×")
            remove.setToolTip(self.tr("Remove device %1 from the comparison").replace("%1", letter))
            remove.setAccessibleName(self.tr("Remove device %1").replace("%1", letter))
            remove.clicked.connect(lambda _=False, i=index: self.extra_removed.emit(i))
            layout.addWidget(picker)
            layout.addWidget(remove)
            self.pickers[index] = picker
            self.remove_buttons[index] = remove
        layout.addSpacing(16)
        label = QLabel(self.tr("Ratios against:"), self)
        layout.addWidget(label)
        self.baseline_box = QComboBox(self)
        self.baseline_box.setObjectName("baselineBox")
        self.baseline_box.setAccessibleName(self.tr("Baseline column: ratios are taken against it"))
        self.baseline_box.setMinimumContentsLength(18)
        self.baseline_box.activated.connect(lambda i: self.baseline_chosen.emit(self.baseline_box.itemData(i)))
        label.setBuddy(self.baseline_box)
        layout.addWidget(self.baseline_box)
        layout.addStretch(1)

    def set_devices(self, devices: Sequence[DeviceDTO] | Callable[[], Sequence[DeviceDTO]]) -> None:
        for picker in self.pickers.values():
            picker.set_devices(devices)
        self._state = None  # names may have changed

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        """Show the comparison's devices C and D and its baseline; D can be added once C is there."""
        devices = comparison.devices if comparison else ()
        state = (tuple(d.slug for d in devices), comparison.baseline if comparison else None)
        if state == getattr(self, "_state", None):
            return
        self._state = state
        for index, picker in self.pickers.items():
            picker.set_current(*((devices[index].slug, devices[index]) if len(devices) > index else (None,)))
            self.remove_buttons[index].setEnabled(len(devices) > index)
            picker.setEnabled(comparison is not None and len(devices) >= index)
        self.baseline_box.clear()
        for i, d in enumerate(devices):
            self.baseline_box.addItem(f"{LETTERS[i]}: {d.name}", i)
        if comparison is not None:
            self.baseline_box.setCurrentIndex(comparison.baseline)
        self.baseline_box.setEnabled(comparison is not None)

    def open_picker(self, index: int) -> None:
        if self.pickers[index].isEnabled():
            self.pickers[index].open()
