"""Progress while the store is updated to a newer schema at start-up (a copy first, then the
migrations): with 100,000 residents that takes many seconds, and without a sign of life the
professional would think the program did not start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from ... import APP_NAME

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


class MigrationProgress:
    """A `store.connection.Progress`: shows a dialog from the first report of an update on."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def __call__(self, step: str, done: int, total: int) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog()
            self.dialog.setWindowTitle(APP_NAME)
            self.dialog.setCancelButton(None)  # stopping halfway is not safe; the copy is kept
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setMinimumWidth(460)
        if step == "backup":
            text = translate("MigrationProgress", "Toegang Desktop has been updated. A safety "
                             "copy of your data is made first.\nDo not close the program.")
        else:
            text = translate("MigrationProgress", "Your data is being updated for this version "
                             "of Toegang Desktop.\nDo not close the program.")
        self.dialog.setLabelText(text)
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
