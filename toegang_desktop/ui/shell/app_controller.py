"""The windowed app's life: unlock (or set up) the encrypted store, open the main window, lock it
after idle time or on Ctrl+L, and unlock again where the professional was."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ... import APP_NAME
from ...paths import AppPaths
from ...services.errors import DamagedStoreError, StoreError
from ...services.vault import Vault, VaultState
from ...wording.store_messages import store_error_text
from ..vault.locking import (
    LOCK_MINUTES_CHOICES,
    LOCK_MINUTES_KEY,
    ClipboardGuard,
    IdleWatcher,
    lock_minutes,
)
from ..vault.setup_dialog import SetUpDialog
from ..vault.unlock_dialog import ChangePassphraseDialog, UnlockDialog
from .launch import Launcher
from .main_window import MainWindow

log = logging.getLogger(__name__)


class AppController(QObject):
    """Owns the main window between locks. A demo store (fictional residents) is not encrypted
    and is never locked."""

    def __init__(
        self, app: QApplication, paths: AppPaths, settings: QSettings, demo: bool,
        content_files: tuple[Path | None, Path | None, Path | None] = (None, None, None),
    ) -> None:
        super().__init__(app)
        self._app = app
        self._paths = paths
        self._settings = settings
        self._demo = demo
        self._content_files = content_files
        self.vault = Vault(paths)
        self._launcher: Launcher | None = None  # opens the window, and a new one after a restore
        # Locked while input could not be saved: the launcher with its hidden window is kept.
        self._kept: Launcher | None = None
        self.cancelled = False  # the person chose Quit (or Cancel) at the password dialog
        self.watcher = IdleWatcher(lock_minutes(settings), self)
        self.watcher.idle.connect(self.lock)
        self.watcher.lock_requested.connect(self.lock)
        app.installEventFilter(self.watcher)
        self.clipboard = ClipboardGuard(QGuiApplication.clipboard(), parent=self)
        app.aboutToQuit.connect(self.clipboard.clear_now)

    @property
    def window(self) -> MainWindow | None:
        return self._launcher.window if self._launcher is not None else None

    def front_widget(self) -> QWidget | None:
        """What a second start should bring forward: the window, or the unlock dialog."""
        return self.window or QApplication.activeModalWidget()

    def start(self) -> bool:
        """Unlock or set up, then show the main window; False when the person stopped or the
        store cannot be opened (they were told why)."""
        key = None if self._demo else self._obtain_key(locked=False)
        if key is None and not self._demo:
            return False
        return self._open(key)

    def _obtain_key(self, locked: bool) -> bytes | None:
        try:
            state = self.vault.state()
        except StoreError as error:
            log.error("store keys unavailable: %s", error.code)
            QMessageBox.critical(None, APP_NAME, store_error_text(error))
            return None
        if state is VaultState.PLAIN and not self._plain_store_usable():
            return None
        dialog: UnlockDialog | SetUpDialog
        if state is VaultState.LOCKED:
            dialog = UnlockDialog(self.vault, locked)
        else:
            dialog = SetUpDialog(self.vault, existing_store=state is VaultState.PLAIN)
        if not dialog.exec() or dialog.data_key is None:
            self.cancelled = True
            return None
        try:
            try:
                self.vault.finish_encryption(dialog.data_key)  # a set-up that was interrupted
            except DamagedStoreError:
                if not self._plain_store_usable():
                    return None
                self.vault.finish_encryption(dialog.data_key)
        except StoreError as error:
            QMessageBox.critical(None, APP_NAME, store_error_text(error))
            return None
        return dialog.data_key

    def _plain_store_usable(self) -> bool:
        """Before a store from before encryption is encrypted: is it whole? If not, the newest
        good backup is offered (the damaged file is moved aside), as at any start."""
        from ...services.backups import BackupService
        from ..backups.restore_backup import in_background, offer_restore_at_start

        service = BackupService(self._paths)  # still plain: no key
        problems = in_background(self.tr("Checking the data file…"), service.check_store)
        if not problems:
            return True
        log.error("plain store damaged before encryption")
        return bool(offer_restore_at_start(self._paths, None))

    def _open(self, key: bytes | None, place: tuple[int | None, int | None, int] | None = None
              ) -> bool:
        checklist, rules, partners = self._content_files
        self._launcher = Launcher(
            self._paths, self._demo, checklist, rules, partners, key=key,
            on_window=None if self._demo else self._add_security_actions)
        window = self._launcher.open()
        if window is None:
            return False
        if place is not None:
            window.return_to(place)
        if key is not None and (place is None or place[0] is None):
            # Unlocked onto the caseload: today's work first when anything is due (after the
            # caseload's first paint, so start-up is not slower).
            window.after_first_paint.add(window.today_work.show_if_due_on_caseload)
        if not self._demo:
            self.watcher.start()
        return True

    def _add_security_actions(self, window: MainWindow) -> None:
        lock = QAction(self.tr("&Lock"), window)
        lock.setShortcut(QKeySequence("Ctrl+L"))  # shown in the menu; the watcher handles it
        lock.triggered.connect(self.lock)
        window.file_menu.insertAction(window.quit_action, lock)
        menu = window.settings_qmenu
        menu.addSeparator()
        change = QAction(self.tr("Change &password…"), window)
        change.triggered.connect(lambda: ChangePassphraseDialog(self.vault, window).exec())
        menu.addAction(change)
        after = menu.addMenu(self.tr("Lock &automatically after"))
        group = QActionGroup(window)
        current = lock_minutes(self._settings)
        for minutes in LOCK_MINUTES_CHOICES:
            action = QAction(self.tr("%n minute(s)", "", minutes), window, checkable=True)
            action.setChecked(minutes == current)
            action.triggered.connect(lambda _c=False, m=minutes: self._set_lock_minutes(m))
            group.addAction(action)
            after.addAction(action)

    def _set_lock_minutes(self, minutes: int) -> None:
        self._settings.setValue(LOCK_MINUTES_KEY, minutes)
        self._settings.sync()
        self.watcher.set_minutes(minutes)
        self.watcher.start()

    def lock(self) -> None:
        """Save, empty the screens, close the store; then ask the password again."""
        window = self.window
        if window is None or self._demo:  # no window while a restore swaps the store
            return
        self.watcher.stop()
        self.clipboard.clear_now()
        self._app.setQuitOnLastWindowClosed(False)
        saved = window.save_before_lock()
        for widget in QApplication.topLevelWidgets():  # open dialogs: closed without asking
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        place = window.place()
        window.hide()
        launcher, self._launcher = self._launcher, None
        log.info("locked")
        # The store closes on the next pass of the event loop: code after a dialog's exec()
        # that was just ended may still read from it while it unwinds.
        QTimer.singleShot(0, lambda: self._finish_lock(launcher, window, saved, place))

    def _finish_lock(self, launcher: Launcher | None, window: MainWindow, saved: bool,
                     place: tuple[int | None, int | None, int]) -> None:
        if saved:
            window.close_store()  # waits for a running backup, closes the connection
            window.deleteLater()
        else:
            # Input that could not be saved (disk full) is not thrown away: the window stays
            # in memory, hidden, and comes back after unlocking.
            log.warning("locked with unsaved input kept in memory")
            self._kept = launcher
        self._unlock(place)

    def _resume_kept(self) -> None:
        """The window hidden at the lock with unsaved input comes back as it was."""
        self._launcher, self._kept = self._kept, None
        if self.window is not None:
            self.window.show()
        self.watcher.start()

    def _unlock(self, place: tuple[int | None, int | None, int]) -> None:
        key = self._obtain_key(locked=True)
        self._app.setQuitOnLastWindowClosed(True)
        if key is None:
            kept = self._kept.window if self._kept is not None else None
            if kept is not None:
                kept.show()
                kept.close()  # asks before unsaved input is lost
                if kept.isVisible():
                    self._resume_kept()
                    return
            self._app.quit()
            return
        log.info("unlocked")
        if self._kept is not None:
            self._resume_kept()
        elif not self._open(key, place):
            self._app.quit()
