"""Starting the windowed application: paths, language, checklist, store, main window."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, __version__
from ..i18n import DEFAULT_LANGUAGE, install_translators
from ..locations import migrations_dir
from ..logging_setup import setup_logging
from ..paths import AppPaths, name_application
from ..services.content import active_checklist, active_rules
from ..services.conversations import ConversationService
from ..services.demo import seed_demo
from ..services.dossiers import DossierService
from ..services.messages import content_error_text, store_error_text
from ..services.recognition import RecognitionService
from ..services.settings import open_settings
from ..services.transfer import DossierTransfer
from ..store.connection import open_store
from ..store.errors import StoreError
from .main_window import MainWindow
from .settings_menu import CHECKLIST_KEY, RULES_KEY
from .style import APP_STYLE

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    name_application(app)
    paths = AppPaths.resolve(args.data_dir, args.demo)
    settings = open_settings(paths.settings)
    language = args.lang or str(settings.value("ui/language", DEFAULT_LANGUAGE))
    translators = install_translators(app, language)  # noqa: F841 - keep them alive
    app.setStyleSheet(APP_STYLE)
    setup_logging(paths.logs)
    log.info("start (demo=%s, language=%s)", args.demo, language)

    window = build_main_window(paths, args.demo, args.checklist, getattr(args, "rules", None))
    if window is None:
        return 2
    window.show()
    code = app.exec()
    log.info("stop")
    return int(code)


def _chosen_file(settings: QSettings, key: str, given: Path | None) -> Path | None:
    """A file given on the command line wins over the one chosen in the settings."""
    if given is not None:
        return given
    chosen = str(settings.value(key, "") or "")
    return Path(chosen) if chosen else None


def build_main_window(
    paths: AppPaths, demo: bool, checklist_file: Path | None, rules_file: Path | None = None
) -> MainWindow | None:
    """Open everything the window needs; on a problem tell the person and return None."""
    settings = open_settings(paths.settings)
    checklist, checklist_problem = active_checklist(_chosen_file(settings, CHECKLIST_KEY, checklist_file))
    rules, rules_problem = active_rules(_chosen_file(settings, RULES_KEY, rules_file), checklist)
    for problem in (checklist_problem, rules_problem):
        if problem is not None:
            log.warning("custom content skipped: %s", problem.code)
            QMessageBox.warning(None, APP_NAME, content_error_text(problem))
    try:
        db = open_store(paths.store, paths.backups, migrations_dir())
    except StoreError as error:
        log.error("store not opened: %s", error.code)
        QMessageBox.critical(None, APP_NAME, store_error_text(error))
        return None
    if demo:
        seed_demo(db, checklist, date.today())
    where = translate("Launch", "Demo data in %1") if demo else translate("Launch", "Data in %1")
    window = MainWindow(
        DossierService(db),
        ConversationService(db, checklist),
        RecognitionService(db, rules),
        DossierTransfer(db, __version__),
        settings,
        where.replace("%1", str(paths.root)),
        demo,
    )
    window.destroyed.connect(db.close)
    return window
