"""Starting the windowed application: paths, language, checklist, store, main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ... import APP_NAME
from ...i18n import DEFAULT_LANGUAGE, install_translators
from ...locations import resources_dir
from ...logging_setup import setup_logging
from ...paths import AppPaths, name_application
from ...services.errors import DamagedStoreError, StoreError
from ...services.session import open_session
from ...services.settings import open_settings
from ...services.storage_check import data_folder_risk
from ...wording.messages import content_error_text
from ...wording.store_messages import store_error_text
from ..common.error_dialog import install_exception_hook
from .main_window import MainWindow
from .migration_progress import MigrationProgress
from .settings_menu import CHECKLIST_KEY, PARTNERS_KEY, RULES_KEY
from .style import APP_STYLE

if TYPE_CHECKING:
    from ...services.session import Session
    from .single_instance import InstanceGuard

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace) -> int:
    from .single_instance import bring_to_front  # QtNetwork: only the real start needs it

    app, paths, settings, language = prepare_app(args)
    guard, refused = claim_data_folder(paths.root)  # before anything is written there
    if guard is None:
        return refused
    setup_logging(paths.logs)
    log.info("start (demo=%s, language=%s)", args.demo, language)

    install_exception_hook()
    from .app_controller import AppController  # it builds windows with the Launcher below

    controller = AppController(app, paths, settings, args.demo,
                               (args.checklist, args.rules, args.partners))
    # A second start brings this one forward: the window, or the unlock dialog when locked.
    guard.activate_requested.connect(lambda: bring_to_front(controller.front_widget()))
    if not controller.start():
        guard.release()
        return 0 if controller.cancelled else 2  # stopping at the password is no error
    code = app.exec()
    guard.release()
    log.info("stop")
    return int(code)


def claim_data_folder(
    root: Path, ask_to_try_again: Callable[[Path, str], bool] | None = None,
) -> tuple[InstanceGuard | None, int]:
    """(guard, 0) when this instance may use the data folder; (None, exit code) when another
    instance already does: that one was brought to the front (0), or it did not answer and
    the person chose not to try again (3). `ask_to_try_again(root, owner)` asks that (a
    dialog unless given); a stopped owner's lock is taken over without asking."""
    from . import single_instance
    from .single_instance import InstanceGuard, Outcome

    ask = ask_to_try_again or single_instance.ask_to_try_again
    guard = InstanceGuard(root)
    while True:
        outcome = guard.acquire()
        if outcome is Outcome.FORWARDED:
            return None, 0
        if outcome is not Outcome.NO_ANSWER:
            return guard, 0
        if not ask(root, guard.owner()):
            return None, 3


def prepare_app(args: argparse.Namespace) -> tuple[QApplication, AppPaths, QSettings, str]:
    """The application with its names, language, style and icon; the data paths and settings."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    name_application(app)
    paths = AppPaths.resolve(args.data_dir, args.demo)
    settings = open_settings(paths.settings)
    language = args.lang or str(settings.value("ui/language", DEFAULT_LANGUAGE))
    install_translators(app, language)  # the translators are the app's children: they stay
    app.setStyleSheet(APP_STYLE)
    apply_window_icon(app)
    return app, paths, settings, language


def start_gui(args: argparse.Namespace) -> tuple[QApplication, MainWindow | None]:
    """Everything before the main window shows, for a plain (unencrypted) store: application,
    language, style, icon, logging, store and window (None after telling the person what went
    wrong). The cold-start benchmark (bench/child_window.py) times exactly this, then the first
    paint; the app itself starts through run_gui (single instance, unlock, Launcher)."""
    app, paths, _settings, language = prepare_app(args)
    setup_logging(paths.logs)
    log.info("start (demo=%s, language=%s)", args.demo, language)
    install_exception_hook()
    return app, build_main_window(paths, args.demo, args.checklist, args.rules, args.partners)


def apply_window_icon(app: QApplication) -> bool:
    """The app's icon on every window (the executable's own icon is set by the build)."""
    path = resources_dir() / "icons" / "toegang.png"
    if not path.is_file():
        return False
    app.setWindowIcon(QIcon(str(path)))
    return True


def _chosen_file(settings: QSettings, key: str, given: Path | None) -> Path | None:
    """A file given on the command line wins over the one chosen in the settings."""
    if given is not None:
        return given
    chosen = str(settings.value(key, "") or "")
    return Path(chosen) if chosen else None


def build_main_window(
    paths: AppPaths, demo: bool, checklist_file: Path | None, rules_file: Path | None = None,
    partners_file: Path | None = None, recover: bool = True, key: bytes | None = None,
) -> MainWindow | None:
    """Open everything the window needs (the store encrypted with `key`, if given); on a
    problem tell the person and return None. A damaged store is moved aside and the newest
    good backup restored, when the person agrees."""
    settings = open_settings(paths.settings)
    progress = MigrationProgress()  # shown only when the store is updated to a newer schema
    try:
        session = open_session(
            paths, demo, _chosen_file(settings, CHECKLIST_KEY, checklist_file),
            _chosen_file(settings, RULES_KEY, rules_file),
            _chosen_file(settings, PARTNERS_KEY, partners_file), key=key, progress=progress)
    except DamagedStoreError as error:
        log.error("store not opened: %s", error.code)
        return _recovered_window(error, paths, demo, (checklist_file, rules_file, partners_file),
                                 recover, key)
    except StoreError as error:
        log.error("store not opened: %s", error.code)
        QMessageBox.critical(None, APP_NAME, store_error_text(error))
        return None
    finally:
        progress.close()
    if session.wal_was_missing:
        QMessageBox.warning(None, APP_NAME, translate(
            "Launch", "The file with the latest changes (%1) was missing when the app started. "
            "The data file itself is in order, but changes from shortly before the app was "
            "last closed or stopped may be missing. Check the dossiers you worked on last; if "
            "something is missing, look under File → Restore from backup.").replace(
            "%1", paths.store.name + "-wal"))
    if demo:
        where = translate("Launch", "Demo data in %1 (fictional, not encrypted)")
    elif key is not None:
        where = translate("Launch", "Encrypted data in %1")
    else:
        where = translate("Launch", "Data in %1")
    window = MainWindow(session, settings, where.replace("%1", str(paths.root)), demo)
    window.destroyed.connect(session.close)
    # The content files load once the caseload shows; a problem with one is told then.
    window.after_first_paint.add(lambda: _tell_content_problems(window, session))
    risk = data_folder_risk(paths.root)
    if risk is not None:  # a banner, not a dialog: the work can go on
        from ..common.location_warning import show_location_warning  # only for a risky folder

        show_location_warning(window, risk, paths.root)
    return window


def _tell_content_problems(window: MainWindow, session: Session) -> None:
    for problem in session.content_problems:
        QMessageBox.warning(window, APP_NAME, content_error_text(problem))


def _recovered_window(
    error: DamagedStoreError, paths: AppPaths, demo: bool,
    files: tuple[Path | None, Path | None, Path | None], recover: bool, key: bytes | None,
) -> MainWindow | None:
    """The store cannot be opened because it is damaged: the newest good backup is offered
    (once), and the window opens on it; otherwise the person is told and None returned."""
    if not recover:
        QMessageBox.critical(None, APP_NAME, store_error_text(error))
        return None
    from ..backups.restore_backup import offer_restore_at_start  # only for a damaged store

    status = offer_restore_at_start(paths, key)
    if not status:
        return None
    window = build_main_window(paths, demo, *files, recover=False, key=key)
    if window is not None:
        window.statusBar().showMessage(status, 30000)
    return window


class Launcher(QObject):
    """Keeps one main window open, and replaces it by a fresh one after a restore: the old
    window closes (saving what is on screen) and its store connection is closed before the
    backup is swapped in."""

    def __init__(
        self, paths: AppPaths, demo: bool, checklist_file: Path | None,
        rules_file: Path | None = None, partners_file: Path | None = None,
        start_backups: bool = True, key: bytes | None = None,
        on_window: Callable[[MainWindow], None] | None = None,
    ) -> None:
        super().__init__()
        self._paths = paths
        self._files = (checklist_file, rules_file, partners_file)
        self._demo = demo
        self._start_backups = start_backups
        self._key = key
        self._on_window = on_window  # e.g. the lock actions, on every window this one opens
        self.window: MainWindow | None = None  # None while a restore swaps the store

    def open(self, status: str = "") -> MainWindow | None:
        window = build_main_window(self._paths, self._demo, *self._files, key=self._key)
        self.window = window
        if window is None:
            return None
        window.backup_actions.restore_requested.connect(self.restore)
        if self._on_window is not None:
            self._on_window(window)
        window.show()
        if status:
            window.statusBar().showMessage(status, 30000)
        if self._start_backups:  # the quick check and a first copy, after the caseload shows
            window.after_first_paint.add(window.backup_actions.start)
        return window

    def restore(self, name: str) -> MainWindow | None:
        """Close the window, restore `name`, open a new window (also when it failed: the store
        is then unchanged)."""
        old = self.window
        if old is None:
            return None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # no window is open for a moment
        try:
            if not old.close():
                return old
            self.window = None  # nothing to lock or bring to the front meanwhile
            old.close_store()
            old.deleteLater()
            from ..backups.restore_backup import restore_now  # only for a restore

            status = restore_now(self._paths, name, self._key)
            window = self.open(status)
            if window is None:  # the person was told why; with no window left, stop
                QTimer.singleShot(0, app.quit)
            return window
        finally:
            app.setQuitOnLastWindowClosed(True)
