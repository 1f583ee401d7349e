"""TeamDialog (File ▸ Team library…, or the status bar's team button): connect this store to a team library on a
PostgreSQL server, then see where it syncs, as whom, when it last did and what waits; Sync now, the conflicts,
the members (administrators) and Disconnect.

The dialog never waits for the server: it asks desktop.team_link.TeamLink, whose calls run on a worker thread
and come back through signals (the connection's errors are shown here, in words).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from shiboken6 import isValid

from desktop.present import dates
from desktop.present.team_messages import team_message


def _wrapped(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TeamDialog(QDialog):
    def __init__(self, link, parent: QWidget | None = None):
        """`link`: the window's desktop.team_link.TeamLink."""
        super().__init__(parent)
        self.link = link
        self.connecting = False
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team library"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(600)
        self.pages = QStackedWidget(self)
        self.form_page = self._build_form()
        self.status_page = self._build_status()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.status_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        link.status_changed.connect(self._show_status)
        link.connected.connect(self._connected)
        link.connect_failed.connect(self._connect_failed)
        link.sync_started.connect(self._sync_started)
        link.sync_progressed.connect(self._sync_progressed)
        link.sync_finished.connect(self._sync_finished)
        link.sync_failed.connect(self._sync_failed)
        link.members_read.connect(self._members_read)
        link.members_failed.connect(self._sync_failed)
        self._show_status(link.status)
        if link.syncing:
            self._sync_started()
        link.refresh()
        self._ask_keyring()

    # not connected: the form ---------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        intro = _wrapped(page, "teamIntro")
        intro.setText(self.tr("Connect this computer's store to a team library on a PostgreSQL server. Your work "
                              "stays here and is synced with the team's: changes made offline wait in a queue."))
        self.connection_edit = QLineEdit(page)
        self.connection_edit.setObjectName("teamConnection")
        self.connection_edit.setPlaceholderText(self.tr("postgresql://ana@db.example.org/desk  or  service=desk"))
        self.connection_edit.setAccessibleName(self.tr("Connection"))
        self.connection_edit.setToolTip(self.tr(
            "A libpq connection string: a URI (postgresql://USER@HOST:PORT/DATABASE), keywords (host=… dbname=… "
            "user=…) or service=NAME for an entry of ~/.pg_service.conf. A server that is not this computer must "
            "prove its name (sslmode=verify-full) unless the string says otherwise."))
        self.password_edit = QLineEdit(page)
        self.password_edit.setObjectName("teamPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("empty: from ~/.pgpass, the service file or the keyring"))
        self.keep_box = QCheckBox(self.tr("Keep the password in the system keyring"), page)
        self.keep_box.setObjectName("teamKeepPassword")
        self.keep_box.setEnabled(False)
        self.keep_box.setToolTip(self.tr("Looking for a system keyring…"))
        form = QFormLayout()
        form.addRow(self.tr("&Connection:"), self.connection_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.keep_box)
        self.form_error = _wrapped(page, "teamConnectError")
        self.form_error.hide()
        self.connect_progress = QProgressBar(page)
        self.connect_progress.setRange(0, 0)
        self.connect_progress.setTextVisible(False)
        self.connect_progress.hide()
        self.connect_button = QPushButton(self.tr("C&onnect"), page)
        self.connect_button.setObjectName("teamConnectButton")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(lambda: self.connect_library())
        self.connection_edit.returnPressed.connect(self.connect_library)
        self.password_edit.returnPressed.connect(self.connect_library)
        row = QHBoxLayout()
        row.addWidget(self.connect_progress, 1)
        row.addStretch()
        row.addWidget(self.connect_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addLayout(row)
        layout.addStretch()
        return page

    def _ask_keyring(self) -> None:
        from db.api import team

        def answered(available) -> None:
            if not isValid(self):  # closed before the answer came
                return
            self.keep_box.setEnabled(bool(available))
            self.keep_box.setToolTip(self.tr(
                "The password is kept in this computer's keyring and read from there at each sync.") if available
                else self.tr("No system keyring is available on this computer: the password is kept for this "
                             "session only. To keep it, write it in ~/.pgpass or a service file, which "
                             "PostgreSQL's own tools read too."))
        self.link._run(team.keyring_available, answered, lambda _exc: answered(False))

    def connect_library(self) -> None:
        text = self.connection_edit.text().strip()
        if self.connecting:
            return
        if not text:
            self._connect_failed(self.tr("Give the team library's address: postgresql://USER@HOST/DATABASE, or "
                                         "service=NAME."))
            return
        self.connecting = True
        self.form_error.hide()
        for widget in (self.connection_edit, self.password_edit, self.connect_button):
            widget.setEnabled(False)
        self.connect_progress.show()
        self.link.connect_library(text, self.password_edit.text(), self.keep_box.isChecked())

    def _connect_finished(self) -> None:
        self.connecting = False
        for widget in (self.connection_edit, self.password_edit, self.connect_button):
            widget.setEnabled(True)
        self.connect_progress.hide()

    def _connect_failed(self, message: str) -> None:
        self._connect_finished()
        self.form_error.setText(self.tr("Not connected: %1").replace("%1", message))
        self.form_error.show()
        self.password_edit.setFocus()

    def _connected(self, status) -> None:
        self._connect_finished()
        self.password_edit.clear()
        self._show_status(status)

    # connected: where, as whom, the last sync --------------------------------------------------------
    def _build_status(self) -> QWidget:
        page = QWidget(self)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (("where", self.tr("Library:")), ("user", self.tr("Signed in as:")),
                          ("role", self.tr("Role:")), ("last_sync", self.tr("Last sync:")),
                          ("queued", self.tr("Queued changes:")), ("conflicts", self.tr("Open conflicts:")),
                          ("last_error", self.tr("Last error:"))):
            self.fields[key] = _wrapped(page, f"team_{key}")
            form.addRow(text, self.fields[key])
        self.sync_progress = QProgressBar(page)
        self.sync_progress.setObjectName("teamSyncProgress")
        self.sync_progress.hide()
        self.sync_message = _wrapped(page, "teamSyncMessage")
        self.sync_button = QPushButton(self.tr("&Sync now"), page)
        self.sync_button.setObjectName("teamSyncButton")
        self.sync_button.clicked.connect(lambda: self.link.sync())
        self.conflicts_button = QPushButton(self.tr("Con&flicts…"), page)
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.members_button = QPushButton(self.tr("&Members…"), page)
        self.members_button.setToolTip(self.tr("The library's members and their roles (administrators)"))
        self.members_button.clicked.connect(lambda: self.link.members())
        self.disconnect_button = QPushButton(self.tr("&Disconnect"), page)
        self.disconnect_button.setToolTip(self.tr(
            "Stop syncing this store. Your queue, the conflicts and the team's rows stay here for a later "
            "connection; a password kept in the keyring is forgotten."))
        self.disconnect_button.clicked.connect(lambda: self.link.disconnect_library())
        row = QHBoxLayout()
        for button in (self.sync_button, self.conflicts_button, self.members_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.disconnect_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.sync_progress)
        layout.addWidget(self.sync_message)
        layout.addLayout(row)
        layout.addStretch()
        return page

    def _show_status(self, status) -> None:
        if status is None:
            if not self.connecting:
                self.pages.setCurrentWidget(self.form_page)
            return
        self.pages.setCurrentWidget(self.status_page)
        roles = {"reader": self.tr("reader (receives the team's changes)"),
                 "editor": self.tr("editor (shares rows, changes only their own)"),
                 "admin": self.tr("administrator (manages members)")}
        values = {"where": status.where, "user": status.user or self.tr("unknown"),
                  "role": roles.get(status.role or "", status.role or self.tr("unknown")),
                  "last_sync": dates.date_time(status.last_sync) if status.last_sync else self.tr("never"),
                  "queued": str(status.queued), "conflicts": str(status.conflicts),
                  "last_error": team_message(status.last_error, QCoreApplication.translate) if status.last_error
                  else self.tr("none")}
        for key, value in values.items():
            self.fields[key].setText(value)
        self.conflicts_button.setEnabled(status.conflicts > 0)
        self.members_button.setVisible(status.role == "admin")

    def _sync_started(self) -> None:
        self.sync_button.setEnabled(False)
        self.sync_message.clear()
        self.sync_progress.setRange(0, 0)
        self.sync_progress.show()

    def _sync_progressed(self, stage: str, done: int, total: int) -> None:
        self.sync_progress.setRange(0, max(total, 0))
        self.sync_progress.setValue(min(done, total))
        self.sync_progress.setFormat(self.tr("Sending %v of %m") if stage == "push" else
                                     self.tr("Receiving %v of %m"))

    def _sync_finished(self, result) -> None:
        self._sync_done()
        text = self.tr("Synced: %1 sent, %2 received.").replace("%1", str(result.pushed)).replace(
            "%2", str(result.pulled))
        if result.conflicts:
            text += " " + self.tr("%1 new conflicts: see Conflicts….").replace("%1", str(result.conflicts))
        self.sync_message.setText(text)

    def _sync_failed(self, message: str) -> None:
        self._sync_done()
        self.sync_message.setText(message)

    def _sync_done(self) -> None:
        self.sync_button.setEnabled(True)
        self.sync_progress.hide()

    def show_conflicts(self) -> None:
        from desktop.dialogs.team_conflicts import TeamConflictsDialog
        dialog = TeamConflictsDialog(self.link.store, self)
        dialog.finished.connect(lambda _r: self.link.refresh())
        dialog.open()

    def _members_read(self, members) -> None:
        MembersDialog(members, self).open()


class MembersDialog(QDialog):
    """The library's members and their roles (an administrator's view)."""

    def __init__(self, members, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("teamMembersDialog")
        self.setWindowTitle(self.tr("Team library members"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.table = QTableWidget(len(members), 2, self)
        self.table.setObjectName("teamMembers")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        roles = {"reader": self.tr("reader"), "editor": self.tr("editor"), "admin": self.tr("administrator")}
        for row, member in enumerate(members):
            self.table.setItem(row, 0, QTableWidgetItem(member.name))
            self.table.setItem(row, 1, QTableWidgetItem(roles.get(member.role, member.role)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 360)
