"""Starting the windowed application: paths, language, checklist, store, main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from ..i18n import DEFAULT_LANGUAGE, install_translators
from ..locations import resources_dir
from ..logging_setup import setup_logging
from ..paths import AppPaths, name_application
from ..services.errors import StoreError
from ..services.messages import content_error_text, store_error_text
from ..services.session import open_session
from ..services.settings import open_settings
from .error_dialog import install_exception_hook
from .main_window import MainWindow
from .migration_progress import MigrationProgress
from .settings_menu import CHECKLIST_KEY, PARTNERS_KEY, RULES_KEY
from .style import APP_STYLE

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace) -> int:
    app, window = start_gui(args)
    if window is None:
        return 2
    window.show()
    code = app.exec()
    log.info("stop")
    return int(code)


def start_gui(args: argparse.Namespace) -> tuple[QApplication, MainWindow | None]:
    """Everything before the main window shows: application, language, style, icon, logging,
    store and window (None after telling the person what went wrong). The cold-start benchmark
    (bench/child_window.py) times exactly this, then the first paint."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    name_application(app)
    paths = AppPaths.resolve(args.data_dir, args.demo)
    settings = open_settings(paths.settings)
    language = args.lang or str(settings.value("ui/language", DEFAULT_LANGUAGE))
    install_translators(app, language)  # the translators are the app's children: they stay
    app.setStyleSheet(APP_STYLE)
    apply_window_icon(app)
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
    partners_file: Path | None = None,
) -> MainWindow | None:
    """Open everything the window needs; on a problem tell the person and return None."""
    settings = open_settings(paths.settings)
    progress = MigrationProgress()  # shown only when the store is updated to a newer schema
    try:
        session = open_session(
            paths, demo, _chosen_file(settings, CHECKLIST_KEY, checklist_file),
            _chosen_file(settings, RULES_KEY, rules_file),
            _chosen_file(settings, PARTNERS_KEY, partners_file), progress)
    except StoreError as error:
        progress.close()
        log.error("store not opened: %s", error.code)
        QMessageBox.critical(None, APP_NAME, store_error_text(error))
        return None
    progress.close()
    for problem in session.content_problems:
        QMessageBox.warning(None, APP_NAME, content_error_text(problem))
    where = translate("Launch", "Demo data in %1") if demo else translate("Launch", "Data in %1")
    window = MainWindow(session, settings, where.replace("%1", str(paths.root)), demo)
    window.destroyed.connect(session.close)
    return window
