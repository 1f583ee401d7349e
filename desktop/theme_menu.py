"""View ▸ Colours: follow the system, or light or dark; kept in the settings file (not the database)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.window_api import WindowApi

translate = QCoreApplication.translate


class ThemeMenu(QObject):
    def __init__(self, window: WindowApi, parent_menu: QMenu):
        super().__init__(window)
        self.window = window
        menu = parent_menu.addMenu(translate("ThemeMenu", "&Colours"))
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for key, text in (("system", translate("ThemeMenu", "Follow the &system")),
                          ("light", translate("ThemeMenu", "&Light")), ("dark", translate("ThemeMenu", "&Dark"))):
            action = QAction(text, window)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=key: self.set_theme(k))
            group.addAction(action)
            menu.addAction(action)
            self.actions[key] = action
        menu.aboutToShow.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        """Tick the theme in use (the settings file may have changed it since the menu was last open)."""
        settings = self.window.app_settings
        current = settings.theme if settings is not None else "system"
        self.actions.get(current, self.actions["system"]).setChecked(True)

    def set_theme(self, theme: str) -> None:
        """Apply `theme` now and remember it (also in safe mode: it is a choice the user made)."""
        from PySide6.QtWidgets import QApplication

        from desktop.settings import THEME, apply_theme
        settings = self.window.app_settings
        if settings is not None:
            settings.set_user_choice(THEME, theme)
        apply_theme(QApplication.instance(), theme)
        self.actions[theme].setChecked(True)
