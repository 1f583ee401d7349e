"""File ▸ Export view…, Copy view as image and Export brief…: the window's side of the exports.

The window's current view is turned into a picture by the same functions the command line uses
(desktop.export.views), so the same view with the same options gives the same picture. Data is read on the
GUI thread (short store reads); drawing and writing run on a worker thread and report back through signals.
Importing this module is cheap: the renderers load on first use.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence

from desktop.window_api import WindowApi

EXPORT_SHORTCUT = "Ctrl+Shift+X"
COPY_SHORTCUT = "Ctrl+Alt+C"
BRIEF_SHORTCUT = "Ctrl+Shift+B"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tr(text: str) -> str:
    return translate("ExportActions", text)


class ExportActions(QObject):
    """Owns the three actions and runs the exports for `window`, which it sees through its WindowApi."""

    exported = Signal(str)  # the file written (or "clipboard")
    failed = Signal(str)

    def __init__(self, window: WindowApi, file_menu):
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: list = []  # BackgroundJobs until they report back
        self.export_action = self._action(translate("ExportActions", "E&xport view (PNG, SVG, PDF)…"), EXPORT_SHORTCUT, self.export_view)
        self.copy_action = self._action(translate("ExportActions", "&Copy view as image"), COPY_SHORTCUT, self.copy_view)
        self.brief_action = self._action(translate("ExportActions", "Export &brief (PDF)…"), BRIEF_SHORTCUT, self.export_brief)
        for action in (self.export_action, self.copy_action, self.brief_action):
            file_menu.addAction(action)
            window.addAction(action)

    def _action(self, text: str, key: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(tr(key)))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # what is on screen ---------------------------------------------------------------------------------
    def available_views(self) -> list[str]:
        shown = self.window.current_view()
        views = ["compare-both", "compare-table", "compare-chart"] if shown.comparison is not None else []
        views.append("timeline")
        if shown.note_uid:
            views.append("note")
        return views

    def current_view(self) -> str:
        focus = self.window.current_view().focus
        return "compare-both" if focus == "compare" else focus

    def document(self, view: str, options):
        """The framed picture of `view` as the window shows it now (GUI thread: it reads the store)."""
        from desktop.export import views as v
        shown = self.window.current_view()
        if view.startswith("compare-"):
            if shown.comparison is None:
                return None
            return v.comparison_document(self._in_language(shown.comparison, options.lang), options)
        if view == "note":
            return v.note_document(self.window.store.note(shown.note_uid), options)
        if shown.timeline is None:  # not built yet: every event, every year (what `chiplens export timeline` draws)
            events = self.window.store.events()
            return v.timeline_document(events, *v.timeline_range(events, None, None), options)
        events = shown.timeline.events
        if shown.timeline.period is None:
            return v.timeline_document(events, *v.timeline_range(events, None, None), options)
        date_from, date_to = shown.timeline.period
        events = [e for e in events if e.end >= date_from and e.date <= date_to]
        return v.timeline_document(events, date_from, date_to, options)

    def _in_language(self, comparison, lang: str):
        """The comparison on screen, built again when the export is in another language than the window's (its
        figures in that language's number style, its rows in its words)."""
        from desktop import i18n
        if lang == i18n.current():
            return comparison
        from desktop.export.language import comparison_in
        return comparison_in(self.window.store.library, comparison, lang, self.window.store.verdicts_on)

    # settings ------------------------------------------------------------------------------------------
    def _settings(self) -> QSettings | None:
        return self.window.settings

    def _initial(self):
        """The last export's options, in the window's language (an export in another language is asked for each
        time)."""
        from desktop import i18n
        from desktop.export.options import ExportOptions, default_width
        c = self.window.comparison
        width = default_width(len(c.devices) if c is not None else 2)
        lang = i18n.current()
        s = self._settings()
        if s is None:
            return ExportOptions(width=width, scale=self._screen_ratio(), lang=lang)
        try:
            return ExportOptions(width=int(s.value("export/width", width)),
                                 scale=float(s.value("export/scale", self._screen_ratio())),
                                 theme=str(s.value("export/theme", "screen")),
                                 caption=str(s.value("export/caption", "true")).lower() == "true", lang=lang)
        except (TypeError, ValueError):
            return ExportOptions(width=width, scale=self._screen_ratio(), lang=lang)

    def _remember(self, options, target: Path | None) -> None:
        s = self._settings()
        if s is None:
            return
        s.setValue("export/width", options.width)
        s.setValue("export/scale", options.scale)
        s.setValue("export/theme", options.theme)
        s.setValue("export/caption", "true" if options.caption else "false")
        if target is not None:
            s.setValue("export/folder", str(target.parent))

    def _screen_ratio(self) -> float:
        screen = self.window.screen()
        return round(screen.devicePixelRatio(), 2) if screen is not None else 1.0

    def _folder(self) -> Path:
        s = self._settings()
        folder = s.value("export/folder") if s is not None else None
        return Path(folder) if folder and Path(str(folder)).is_dir() else Path.home()

    # actions -------------------------------------------------------------------------------------------
    def dialog(self, file: bool = True):
        from desktop.dialogs.export_dialog import ExportDialog
        return ExportDialog(self.available_views(), self.current_view(), self._screen_ratio(), self._initial(),
                            self._folder(), self.window, file=file)

    def export_view(self, request=None) -> None:
        """Ask what and where (or take `request`), then draw and write it on the worker thread."""
        if request is None:
            dialog = self.dialog()
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            request = dialog.request()
        from desktop.export.options import ExportError
        try:
            doc = self.document(request.view, request.options)
        except ExportError as exc:
            self._failed(str(exc))
            return
        if doc is None:
            return
        self._remember(request.options, request.target)
        from desktop.export import writers
        self._start(lambda: writers.write(doc, request.target, request.options), str(request.target))

    def copy_view(self, view: str | None = None) -> None:
        """The current view, with the last export options, as an image on the clipboard."""
        from desktop.export import writers
        from desktop.export.options import ExportError
        options = self._initial()
        try:
            doc = self.document(view or self.current_view(), options.checked())
            if doc is None:
                return
            image = writers.render_image(doc, options)
        except ExportError as exc:
            self._failed(str(exc))
            return
        writers.copy_image(image)
        self.window.statusBar().showMessage(translate("ExportActions", "Copied the view as a %1 × %2 image.").replace(
            "%1", str(image.width())).replace("%2", str(image.height())), 6000)
        self.exported.emit("clipboard")

    def brief_pairing(self):
        """The pairing on screen: the saved one if there is one, else an unsaved pairing of its devices."""
        from db.dto import PairingDTO
        from desktop.export.brief import matching_pairing
        c = self.window.comparison
        if c is None:
            return None
        saved = matching_pairing(self.window.pairings, c)
        if saved is not None:
            return saved
        slugs = tuple(d.slug for d in c.devices)
        name = translate("ExportActions", " vs ").join(d.name for d in c.devices)
        return PairingDTO("current", name, slugs[0], slugs[1], "user", tuple(slugs[2:]), c.baseline)

    def brief_dialog(self, data):
        """The dialog of File ▸ Export brief…: the generated findings to edit, the paper, the file."""
        from desktop.dialogs.brief_dialog import BriefDialog
        pairing = self.brief_pairing()
        letter = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        slug = pairing.slug if pairing is not None and pairing.slug != "current" else "-vs-".join(
            d.slug for d in data.comparison.devices)
        store, comparison = self.window.store, self.window.comparison

        def findings_in(lang: str) -> list[str]:
            return list(self._collect(store, comparison, lang).findings)
        return BriefDialog(data.title, list(data.findings), self._folder() / f"chiplens-brief-{slug}.pdf",
                           "letter" if letter else "a4", self.window, lang=data.lang, findings_in=findings_in)

    @staticmethod
    def _collect(store, comparison, lang: str):
        """The brief's data in `lang`; the comparison built again unless the window shows it in that language."""
        from desktop import i18n
        from desktop.export.brief import collect
        return collect(store, comparison, lang, rebuild=lang != i18n.current())

    def export_brief(self, target: Path | None = None, paper: str | None = None, findings=None,
                     lang: str | None = None) -> None:
        """The brief of the comparison on screen (2 to 4 devices, saved or not): asks for the findings, paper, file
        and language (or takes them; the window's language by default), reads the data here and draws and writes
        the PDF on the worker thread."""
        c = self.window.comparison
        if c is None:
            self.window.statusBar().showMessage(translate("ExportActions", "Pick devices to compare first."), 6000)
            return
        from desktop import i18n
        from desktop.export.brief import write_brief
        data = self._collect(self.window.store, c, lang or i18n.current())
        if target is None:
            dialog = self.brief_dialog(data)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            request = dialog.request()
            target, paper, findings = request.target, request.paper, request.findings
            if request.lang != data.lang:
                data = self._collect(self.window.store, c, request.lang)
        if findings is not None:
            data = data.with_findings(findings)
        s = self._settings()
        if s is not None:
            s.setValue("export/folder", str(Path(target).parent))
        self.window.statusBar().showMessage(translate("ExportActions", "Writing the brief…"))
        self._start(lambda: write_brief(data, Path(target), paper or "a4"), str(target))

    # worker ----------------------------------------------------------------------------------------------
    def _start(self, fn, label: str) -> None:
        from desktop.export.fonts import register_fonts
        register_fonts()  # on the GUI thread, before the worker draws with them
        from desktop.background import BackgroundJob
        job = BackgroundJob(fn)
        self._jobs.append(job)
        job.signals.finished.connect(lambda _result, j=job: self._finished(j, label, None))
        job.signals.failed.connect(lambda exc, j=job: self._finished(j, label, exc))
        self.pool.start(job)

    def _finished(self, job, label: str, error: Exception | None) -> None:
        from desktop.export.options import ExportError
        if job in self._jobs:
            self._jobs.remove(job)
        if isinstance(error, ExportError):
            self._failed(str(error))
            return
        if isinstance(error, OSError):
            self._failed(f"{error.strerror or error}: {error.filename or ''}")
            return
        if error is not None:  # a bug, not the user's doing: the crash report (log and dialog) takes it
            import sys
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.window.statusBar().showMessage(translate("ExportActions", "Exported to %1").replace("%1", label), 8000)
        self.exported.emit(label)

    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(translate("ExportActions", "Export failed: %1").replace("%1", message), 10_000)
        self.failed.emit(message)
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.warning(self.window, translate("ExportActions", "Export failed"), message)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running exports are done (tests, closing the window)."""
        return self.pool.waitForDone(msecs)

