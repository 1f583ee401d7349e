"""Store: the Qt-side facade over db.api. Views never query; they ask the Store.

Every write returns a ChangeSet that the Store broadcasts through `changed(change_set, initiator)`;
each panel decides whether to refresh (and skips changes it made itself).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from db import api
from db.dto import ChangeSet, ComparisonDTO, DeviceDTO, EventDTO, MetricDTO, PairingDTO, ScaleMatchDTO
from db.units import NumberStyle


def locale_style(locale: QLocale | None = None) -> NumberStyle:
    """The user's decimal point and group separator, for the one unit formatter."""
    loc = locale or QLocale()
    return NumberStyle(group=loc.groupSeparator(), point=loc.decimalPoint())


class Store(QObject):
    changed = Signal(object, object)  # ChangeSet, initiator (or None)

    def __init__(self, database: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.database = Path(database)
        self.style = locale_style()
        self._devices: list[DeviceDTO] | None = None

    # reads -------------------------------------------------------------
    def devices(self) -> list[DeviceDTO]:
        if self._devices is None:
            self._devices = api.list_devices(self.database)
        return self._devices

    def device(self, slug: str) -> DeviceDTO | None:
        return next((d for d in self.devices() if d.slug == slug), None)

    def pairings(self) -> list[PairingDTO]:
        return api.list_pairings(self.database)

    def metrics(self) -> list[MetricDTO]:
        return api.list_metrics(self.database)

    def compare(self, a: str, b: str) -> ComparisonDTO:
        return api.compare(self.database, a, b, self.style)

    def scale_to_match(self, comparison: ComparisonDTO, metric_key: str) -> ScaleMatchDTO:
        return api.scale_to_match(comparison, metric_key, self.style)

    def events(self) -> list[EventDTO]:
        return api.list_events(self.database)

    # writes ------------------------------------------------------------
    def choose_value(self, device_slug: str, metric_key: str, value_uid: str | None, initiator=None) -> None:
        self._emit(api.choose_value(self.database, device_slug, metric_key, value_uid), initiator)

    def save_pairing(self, name: str, a: str, b: str, initiator=None) -> str:
        slug, change = api.save_pairing(self.database, name, a, b)
        self._emit(change, initiator)
        return slug

    def save_event(self, fields: dict, uid: str | None = None, initiator=None) -> str:
        """Create (uid None) or edit a user event; EventValidationError lists what is wrong."""
        saved, change = api.save_event(self.database, fields, uid)
        self._emit(change, initiator)
        return saved

    def delete_event(self, uid: str, initiator=None) -> EventDTO:
        """Delete a user event and return it as it was, for undo."""
        event, change = api.delete_event(self.database, uid)
        self._emit(change, initiator)
        return event

    def restore_event(self, event: EventDTO, initiator=None) -> None:
        self._emit(api.restore_event(self.database, event), initiator)

    def export_data(self, target: Path) -> int:
        return api.export_data(self.database, target)

    def _emit(self, change: ChangeSet, initiator) -> None:
        if "seed" in change.kinds or "device" in change.kinds:
            self._devices = None
        self.changed.emit(change, initiator)
