"""AboutDialog: version, data credits (Epoch AI, CC-BY 4.0) and where the data lives."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop import APP_NAME, __version__


def _open_link(link: str) -> None:
    from desktop.safe_links import open_external
    open_external(link)


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        text = QLabel(self)
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setOpenExternalLinks(False)
        text.linkActivated.connect(_open_link)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        text.setText(
            f"<h2>{APP_NAME} {__version__}</h2>"
            + self.tr("<p>Side-by-side comparison of AI accelerators and rack-scale systems, with the source, "
                      "date and confidence of every figure.</p>")
            + self.tr("<p><b>Data credits.</b> Specifications are compiled from the public sources listed with each "
                      "figure. Includes data from Epoch AI, “Data on Machine Learning Hardware”, "
                      "<a href='https://epoch.ai/data/machine-learning-hardware'>epoch.ai</a>, licensed under "
                      "<a href='https://creativecommons.org/licenses/by/4.0/'>CC-BY 4.0</a>.</p>")
            + self.tr("<p>Figures are dense peak throughput unless marked; values no source gives are shown as "
                      "“not published”, never estimated.</p>")
            + "<p>" + self.tr("Database") + f": <code>{html.escape(database)}</code></p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(560, 360)
