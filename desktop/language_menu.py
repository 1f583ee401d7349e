"""View ▸ Language: follow the system, or English, Français, 简体中文; applied at once, kept in the settings file.

Each language is named in its own words (a user who cannot read the current language still finds theirs).
Picking one installs its translators (desktop.i18n) and has the window rebuild its menus, bars and tabs in
it (desktop.window_language): no restart, nothing typed is lost (the open note is saved first).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.present import lang as langs
from desktop.window_api import WindowApi


class LanguageMenu(QObject):
    def __init__(self, window: WindowApi, parent_menu: QMenu):
        super().__init__(window)
        self.window = window
        menu = parent_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        from desktop.i18n import system_language
        system = langs.LANGUAGES[system_language()]
        choices = [("system", QCoreApplication.translate("LanguageMenu", "Follow the &system (%1)").replace(
            "%1", system))] + list(langs.LANGUAGES.items())
        for key, text in choices:
            action = QAction(text, window)
            action.setCheckable(True)
            action.setData(key)
            action.triggered.connect(lambda _checked=False, k=key: self.set_language(k))
            group.addAction(action)
            menu.addAction(action)
            self.actions[key] = action
        self.sync()

    def sync(self) -> None:
        settings = self.window.app_settings
        current = settings.language if settings is not None else "system"
        self.actions.get(current, self.actions["system"]).setChecked(True)

    def set_language(self, choice: str) -> None:
        """Remember `choice` (also in safe mode: the user chose it) and speak it now."""
        from desktop import i18n
        from desktop.settings import LANGUAGE
        settings = self.window.app_settings
        if settings is not None:
            settings.set_user_choice(LANGUAGE, choice)
        wanted = langs.resolve(choice, i18n.system_language())
        if wanted != i18n.current():
            i18n.install(wanted)
            from desktop.window_language import rebuild
            rebuild(self.window)  # this menu is rebuilt too: nothing of it is used after this line
        else:
            self.actions[choice].setChecked(True)
