"""What the window writes in French and Chinese beyond the comparison: counts in the window's number style ('1 234'
with a narrow no-break space in French, never '1,234'), dates through the window's date formatter ('janv. 2026',
'2026年1月'), and the exports the tabs write in the window's language."""
from __future__ import annotations

from db.dto import EventDTO
from desktop.present.locale_style import NNBSP
from desktop.store import Store
from desktop.views.timeline_panel import TimelinePanel


def event(uid: str, **kw) -> EventDTO:
    values = dict(date="2025-04-09", precision="day", title=f"Event {uid}", summary="", actor="BIS", jurisdiction="US",
                  category="export-control", confidence="official", sources=(), devices=(), tags=(), origin="seed")
    values.update(kw)
    return EventDTO(uid=uid, **values)


def test_the_timeline_counts_its_events_in_the_windows_number_style(qtbot, db_path):
    events = [event(f"e{n}") for n in range(1234)]
    events.append(event("other", category="subsidy"))
    panel = TimelinePanel(None, Store(db_path, language="fr"))
    qtbot.addWidget(panel)
    panel.set_events(events)
    total = f"1{NNBSP}235"
    assert panel.count_label.text() == f"1{NNBSP}235 of {total} events"
    panel.category_filter.set_selected({"export-control"})
    assert panel.count_label.text() == f"1{NNBSP}234 of {total} events"


def dated_stacks(stacks):
    """The stacks whose latest version has a date, and that date (ISO)."""
    found = [(s, s.latest_version_date) for s in stacks if s.latest_version_seen and s.latest_version_date]
    assert found, "the bundled stacks date some latest versions"
    return found


def test_the_stacks_matrix_dates_a_latest_version_in_the_windows_language(qtbot, db_path):
    from desktop.present import dates
    from desktop.present import stacks_matrix as sm
    from desktop.views.stacks_panel import StacksPanel
    for lang in ("fr", "zh_CN"):
        panel = StacksPanel(Store(db_path, language=lang))
        qtbot.addWidget(panel)
        row = sm.ROWS.index("latest_version")
        for stack, iso in dated_stacks(panel.model.stacks()):
            shown = panel.model.index(row, panel.model.column_of(stack.id)).data()
            assert shown == f"{stack.latest_version_seen} ({dates.day(iso, lang)})" and iso not in shown, shown
            assert ("年" in shown) if lang == "zh_CN" else any(m in shown for m in dates._MONTHS["fr"][1]), shown


def test_the_stacks_picture_and_table_date_a_latest_version_in_their_own_language(qapp, capsys, data_dir, db_path):
    from db.api import Library
    from desktop.app import main
    from desktop.export.options import ExportOptions
    from desktop.export.stacks_picture import stacks_document
    from desktop.present import dates
    from desktop.present import stacks_matrix as sm
    library = Library(db_path)
    row = sm.ROWS.index("latest_version")
    chinese, english = (stacks_document(library, ExportOptions(lang=lang)) for lang in ("zh_CN", "en"))
    ids = [s.id for s in chinese.body.stacks]
    for stack, iso in dated_stacks(chinese.body.stacks):
        assert chinese.body.cells[row][ids.index(stack.id)].text() == f"{stack.latest_version_seen} " \
            f"({dates.day(iso, 'zh_CN')})"
        assert english.body.cells[row][ids.index(stack.id)].text() == f"{stack.latest_version_seen} ({iso})"

    def run(*argv) -> str:
        assert main(["--data-dir", str(data_dir), *argv]) == 0
        return capsys.readouterr().out
    table = run("--lang", "fr", "stacks")
    for stack, iso in dated_stacks(library.beyond.stacks()):
        assert f"{stack.latest_version_seen} ({dates.day(iso, 'fr')})" in table and iso not in table
    assert run("--lang", "fr", "stacks", "--format", "json") == run("stacks", "--format", "json")  # machine: ISO
    assert all(iso in run("stacks") for _s, iso in dated_stacks(library.beyond.stacks()))


def test_an_events_sources_are_dated_in_the_windows_language_as_precisely_as_given(qtbot):
    from db.dto import EventSourceDTO
    from desktop.present import dates
    from desktop.views.event_details_view import EventDetailsView
    sources = (EventSourceDTO("BIS", "A rule", None, "2025-01-15"), EventSourceDTO("Reuters", "A report", None, "2023-10"),
               EventSourceDTO("MOFCOM", "A notice", None, "2022"), EventSourceDTO("Caixin", "Undated", None, None))
    view = EventDetailsView()
    qtbot.addWidget(view)
    expected = {"en": ("— 2025-01-15", "— 2023-10", "— 2022"),
                "fr": ("— 15 janv. 2025", "— oct. 2023", "— 2022"),
                "zh_CN": ("— 2025年1月15日", "— 2023年10月", "— 2022年")}
    for lang, (day, month, year) in expected.items():
        dates.set_language(lang)
        view.show_event(event("e", sources=sources))
        text = view.toPlainText()
        assert f"“A rule” {day}" in text and f"“A report” {month}" in text and f"“A notice” {year}\n" in text, text
        assert "“Undated”\n" in text or text.rstrip().endswith("“Undated”"), text



def test_every_exports_footer_dates_the_data_release_in_the_exports_language(qapp, db_path):
    from db.api import Library
    from db.api.releases import bundled_release
    from desktop.export.control_map_picture import control_map_document
    from desktop.export.market_share_picture import market_share_document
    from desktop.export.options import ExportOptions
    from desktop.export.stacks_picture import stacks_document
    from desktop.export.views import comparison_document, timeline_document
    from desktop.present import dates
    release = bundled_release()
    assert release is not None and release.date
    library = Library(db_path)
    pair = library.compare.pair("910c", "h100")
    events = library.events.list()
    for lang in ("en", "fr", "zh_CN"):
        options = ExportOptions(lang=lang)
        documents = {"comparison": comparison_document(pair, options),
                     "timeline": timeline_document(events, "2020-01-01", "2026-01-01", options),
                     "control map": control_map_document(library, "2025-06-01", options),
                     "market share": market_share_document(library, options),
                     "stacks": stacks_document(library, options)}
        for name, document in documents.items():
            footer = next(line for line in document.caption.lines if release.version in line)
            assert dates.day(release.date, lang) in footer, (lang, name, footer)
            assert (release.date in footer) == (lang == "en"), (lang, name, footer)


def test_whats_new_in_the_data_dates_its_releases_in_the_windows_language(qtbot, db_path):
    from db.api import Library
    from desktop.dialogs.data_changes_dialog import DataChangesDialog
    from desktop.present import dates
    library = Library(db_path)
    release = library.releases.current()
    earlier = [(v, d) for v, d in release.known if v != release.version]
    assert earlier, "the bundled data has an earlier release to compare with"
    dates.set_language("fr")
    dialog = DataChangesDialog(library, release)
    qtbot.addWidget(dialog)
    assert f"({dates.day(release.date, 'fr')})" in dialog.title.text() and release.date not in dialog.title.text()
    boxed = [dialog.since_box.itemText(i) for i in range(dialog.since_box.count())]
    assert sorted(boxed) == sorted(f"{v} ({dates.day(d, 'fr')})" for v, d in earlier)
    shown = dialog.view.toPlainText()
    assert shown and not any(c.date in shown for c in dialog.changes), "each release's heading dated in French"


def test_the_control_map_and_stacks_tabs_export_in_the_windows_language(qtbot, db_path, tmp_path):
    import html

    from desktop.export.options import export_date, translator
    from desktop.present import stacks_matrix as sm
    from desktop.views.control_map_panel import ControlMapPanel
    from desktop.views.stacks_panel import StacksPanel
    store = Store(db_path, language="zh_CN")
    words = translator("zh_CN")
    controls = ControlMapPanel(store)
    qtbot.addWidget(controls)
    controls.on = "2025-06-01"
    controls.export_picture(str(tmp_path / "map.svg"))
    text = html.unescape((tmp_path / "map.svg").read_text(encoding="utf-8"))
    title = words("Export", "Export-control map: chips against the rules in force on %1")
    assert title != "Export-control map: chips against the rules in force on %1", "the shipped Chinese title"
    assert title.replace("%1", export_date("2025-06-01", "zh_CN")) in text and "Export-control map" not in text
    stacks = StacksPanel(store)
    qtbot.addWidget(stacks)
    stacks.export_picture(str(tmp_path / "stacks.svg"))
    text = html.unescape((tmp_path / "stacks.svg").read_text(encoding="utf-8"))
    assert words("Stacks", sm.TITLE) in text and sm.TITLE not in text


def test_correcting_an_estimate_names_its_figure_in_the_windows_number_style(qtbot, db_path, monkeypatch):
    from PySide6.QtWidgets import QLabel, QMenu

    from desktop import fact_menus
    from desktop.beyond_actions import AnalystFactsModel
    from desktop.dialogs.fact_dialog import FactDialog
    from desktop.main_window import MainWindow
    window = MainWindow(Store(db_path, language="fr"), None, ("910c", "h100"))
    qtbot.addWidget(window)
    big = [f for f in window.store.supply() if f.number is not None and f.number >= 10_000
           and float(f.number).is_integer() and f.unit.strip().lower() != "text"]
    assert len(big) > fact_menus.SUBMENU_AFTER, "the bundled estimates count some things in thousands"
    grouped = f"{int(big[0].number):,}"

    def french(text: str) -> bool:
        return grouped.replace(",", NNBSP) in text and grouped not in text
    menu = QMenu()
    fact_menus.fact_actions(window, menu, big[:2])
    entries = [a.text() for a in menu.actions()[0].menu().actions()]
    assert french(entries[0]), entries
    seen = []
    monkeypatch.setattr(FactDialog, "exec", lambda dialog: seen.append(dialog) or dialog.DialogCode.Rejected)
    menu.actions()[0].menu().actions()[0].trigger()
    assert french(seen[0].findChild(QLabel, "correcting").text())
    listed = AnalystFactsModel([(big[0], big[0].subject)], None, window.store.style)
    assert french(listed.index(0, 4).data())


def test_the_comparisons_supply_cells_write_estimates_in_the_windows_number_style(qapp, db_path):
    from desktop.present.beyond import supply_value
    store = Store(db_path, language="fr")
    comparison = store.compare("910c", "h100")
    estimates = [v for r in comparison.rows if r.metric.key.startswith("supply") for c in r.cells
                 for v in (c.value.inputs if c.value else ())]
    by_uid = {f.uid: f for f in store.supply()}
    big = [by_uid[v.uid] for v in estimates if v.uid in by_uid and by_uid[v.uid].number is not None
           and by_uid[v.uid].number >= 10_000 and float(by_uid[v.uid].number).is_integer()]
    assert big, "the 910C's Supply cells count some things in thousands"
    shown = " ".join(c.display for r in comparison.rows if r.metric.key.startswith("supply") for c in r.cells)
    for fact in big:
        assert supply_value(fact, store.style) in shown and supply_value(fact) not in shown, supply_value(fact)


def test_dialogs_without_a_store_count_in_the_windows_number_style(qtbot, tmp_path):
    """The export dialog's picture width, a note version's length and the long-note preview's notice write their
    counts as the window does: '2 000' in French, '2,000' in English."""
    from db.dto import NoteVersionDTO
    from desktop.dialogs.export_dialog import ExportDialog
    from desktop.dialogs.note_versions_dialog import NoteVersionsDialog
    from desktop.export.options import ExportOptions
    from desktop.present import dates
    from desktop.views.markdown_view import PREVIEW_LIMIT, MarkdownView
    for lang, group in (("fr", NNBSP), ("en", ",")):
        dates.set_language(lang)
        try:
            dialog = ExportDialog(["compare-both"], "compare-both", 1.0, ExportOptions(lang=lang), tmp_path)
            qtbot.addWidget(dialog)
            dialog.width_box.setValue(1000)
            dialog.scale_box.setCurrentIndex(dialog.scale_box.count() - 1)  # the largest scale: a width over 1,000
            wide = round(1000 * float(dialog.scale_box.currentData()))
            assert wide >= 1000 and f"{wide:,}".replace(",", group) + " pixels" in dialog.size_label.text()
            version = NoteVersionDTO(id=1, saved="2026-12-04T10:00:00Z", title="Long", body="x" * 12_345)
            versions = NoteVersionsDialog("Long", [version])
            qtbot.addWidget(versions)
            assert versions.list.item(0).toolTip() == f"12{group}345 characters"
            view = MarkdownView()
            qtbot.addWidget(view)
            view.set_markdown("word " * (PREVIEW_LIMIT // 4))
            limit = f"{PREVIEW_LIMIT:,}".replace(",", group)
            assert f"({limit} characters)" in view.toPlainText()
        finally:
            dates.set_language("en")


def test_an_estimate_in_a_menu_joins_its_period_and_figure_as_the_language_writes_a_colon(translation_table, qtbot,
                                                                                          db_path):
    from desktop import fact_menus, i18n
    translation_table('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_FR">'
                      "<context><name>Beyond</name><message><source>%1: %2</source>"
                      "<translation>%1\u00a0: %2</translation></message></context></TS>\n")
    i18n.install("fr")
    store = Store(db_path, language="fr")
    fact = next(f for f in store.supply() if f.number is not None and f.period)
    assert fact_menus.fact_words(fact, store.style).startswith(f"{fact.period}\u00a0: ")  # '2025 : 805 000 units'


def test_the_comparisons_software_row_dates_a_latest_version_in_the_windows_language(qapp, db_path):
    from desktop.present import dates
    store = Store(db_path, language="fr")
    try:
        slugs = [d.slug for d in store.devices()]
        dated = {ds.device: ds.stack.latest_version_date for ds in store.library.beyond.device_stacks(slugs)
                 if ds.stack is not None and ds.stack.latest_version_date}
        assert len(dated) >= 2, "some bundled stacks date their latest versions"
        pair = list(dated)[:2]
        comparison = store.compare(*pair)
        texts = [v.value_text for r in comparison.rows if r.metric.key.startswith("software") for c in r.cells
                 if (v := c.value) is not None and v.value_text]
        for slug in pair:
            assert not any(dated[slug] in t for t in texts), texts  # never '2026-04-10' beside French words
            assert any(dates.day(dated[slug], "fr") in t for t in texts), texts
    finally:
        dates.set_language("en")
