"""The smoke test of a build (`toegang-desktop smoke-test`): proof that a bundle works.

On a temporary demo store (nothing is written to the user's own folders or next to the
program) it opens the main window with the demo conversation, exports the resident's report as
PDF, checks the PDF, closes everything and returns 0. It prints one line with the result; the
exit code says the same, because a windowed Windows program has no console to print to.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ...domain.caseload import CaseloadSort
from ...i18n import install_translators
from ...locations import resources_dir
from ...logging_setup import setup_logging
from ...paths import AppPaths, name_application
from ...services.report import ReportVariant, report_settings
from ...services.session import Session, open_session
from ...services.settings import open_settings
from .launch import apply_window_icon
from .main_window import MainWindow
from .style import APP_STYLE

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


class SmokeFailure(Exception):
    """A step of the smoke test went wrong; the message says which."""


def run_smoke_test() -> int:
    """Run the smoke test; prints one line and returns the exit code (0 when it passed)."""
    started = time.perf_counter()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    name_application(app)
    with tempfile.TemporaryDirectory(prefix="toegang-smoke-", ignore_cleanup_errors=True) as folder:
        try:
            pages = _exercise(app, Path(folder))
        except SmokeFailure as failure:
            print(translate("SmokeTest", "Smoke test FAILED: {reason}").format(reason=failure),
                  flush=True)
            return 1
        except Exception as error:  # any error fails the test, named by its type
            print(translate("SmokeTest", "Smoke test FAILED: {reason}").format(
                reason=f"{type(error).__name__}: {error}"), flush=True)
            return 1
        finally:
            _close_log_files()  # Windows cannot remove the folder while the log is open
    print(translate("SmokeTest", "Smoke test passed: main window opened, report of {pages} "
                                 "page(s) exported, in {seconds} s").format(
        pages=pages, seconds=f"{time.perf_counter() - started:.1f}"), flush=True)
    return 0


def _exercise(app: QApplication, folder: Path) -> int:
    paths = AppPaths.resolve(folder / "data", demo=True)
    settings = open_settings(paths.settings)
    translators = install_translators(app, "nl")
    if not any(Path(t.filePath()).parent == resources_dir() / "translations"
               for t in translators):
        raise SmokeFailure(translate("SmokeTest", "the app's translation was not found in {path}")
                           .format(path=resources_dir()))
    if not any(Path(t.filePath()).name.startswith("qtbase_") for t in translators):
        raise SmokeFailure(translate("SmokeTest", "Qt's own Dutch translation was not found"))
    app.setStyleSheet(APP_STYLE)
    if not apply_window_icon(app):
        raise SmokeFailure(translate("SmokeTest", "the app icon was not found"))
    setup_logging(paths.logs)
    session = open_session(paths, True, None, None)
    try:
        if session.content_problems:
            raise SmokeFailure(translate("SmokeTest", "the standard content did not load"))
        window = MainWindow(session, settings, str(paths.root), demo=True)
        try:
            window.show()
            app.processEvents()
            resident_id, conversation_id = _demo_conversation(session)
            window.open_dossier(resident_id)
            window.open_conversation(conversation_id)
            app.processEvents()
            if window.stack.currentWidget() is not window.conversation:
                raise SmokeFailure(translate("SmokeTest", "the demo conversation did not open"))
            out = folder / "verslag.pdf"
            pages = session.report.export(conversation_id, ReportVariant.RESIDENT, out,
                                          settings=report_settings(settings))
            _check_pdf(out, pages)
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        session.close()
    _check_encryption(folder / "versleuteld")
    return pages


def _check_encryption(folder: Path) -> None:
    """The bundled SQLCipher and key wrapping work: a password set, a store written
    encrypted, unlocked again and read back."""
    from ...services.vault import Vault

    paths = AppPaths.in_folder(folder)
    key, _code = Vault(paths).set_up("rooktest wachtwoord")
    session = open_session(paths, False, None, None, key=key)
    try:
        count = len(session.dossiers.search("", CaseloadSort.NAME))
    finally:
        session.close()
    if count != 0 or paths.store.read_bytes()[:6] == b"SQLite" \
            or Vault(paths).unlock("rooktest wachtwoord") != key:
        raise SmokeFailure(translate("SmokeTest", "the encrypted store did not work"))


def _demo_conversation(session: Session) -> tuple[int, int]:
    for resident_id in session.dossiers.search("", CaseloadSort.NAME):
        for conversation in session.dossiers.conversations(resident_id):
            if conversation.id is not None:
                return resident_id, conversation.id
    raise SmokeFailure(translate("SmokeTest", "the demo store has no conversation"))


def _check_pdf(path: Path, pages: int) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if pages < 1 or not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(translate("SmokeTest", "the exported report is not a valid PDF"))


def _close_log_files() -> None:
    logger = logging.getLogger("toegang_desktop")
    for handler in logger.handlers[:]:
        handler.close()
        logger.removeHandler(handler)
