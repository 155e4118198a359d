"""The main window's menu bar. The texts keep the MainWindow translation context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from ... import APP_NAME, __version__
from .settings_menu import SettingsMenu

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def _action(window: MainWindow, menu: QMenu, text: str, keys: QKeySequence | None,
            slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    if keys is not None:
        action.setShortcut(keys)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _show_manual(window: MainWindow) -> None:
    from .help_window import show_manual  # imported on first use: start-up

    show_manual(window, window._session.paths)


def _about(window: MainWindow) -> None:
    QMessageBox.about(window, APP_NAME, translate(
        "MainWindow",
        "<b>Toegang Desktop %1</b><p>Broad-view conversations for local teams: all life "
        "domains, the resident's own words, and recognition of life-wide and lifelong "
        "support needs.</p>").replace("%1", __version__))


def build_menus(w: MainWindow) -> None:
    """File, Go, Learning loop, Privacy (filled by PrivacyWiring), Settings and Help; the
    actions the lock controller and the tests use are kept on the window."""
    bar = w.menuBar()
    w.file_menu = file_menu = bar.addMenu(translate("MainWindow", "&File"))
    _action(w, file_menu, translate("MainWindow", "&New resident…"),
            QKeySequence(QKeySequence.StandardKey.New), w.new_resident)
    _action(w, file_menu, translate("MainWindow", "New &conversation…"),
            QKeySequence("Ctrl+Shift+N"), w.new_conversation_for_current)
    _action(w, file_menu, translate("MainWindow", "New &journal contact…"),
            QKeySequence("Ctrl+J"), w.new_journal_entry_for_current)
    file_menu.addSeparator()
    _action(w, file_menu, translate("MainWindow", "&Export dossier (JSON)…"),
            QKeySequence("Ctrl+E"), w.export_dossier)
    _action(w, file_menu, translate("MainWindow", "&Import dossier (JSON)…"),
            QKeySequence("Ctrl+I"), w.import_dossier)
    w.report_action = _action(w, file_menu, translate("MainWindow", "Export &report (PDF)…"),
                              QKeySequence("Ctrl+P"), w.export_report)
    file_menu.addSeparator()
    w.restore_action = _action(w, file_menu, translate("MainWindow", "Restore from &backup…"),
                               None, w.backup_actions.choose_backup)
    file_menu.addSeparator()
    w.quit_action = _action(w, file_menu, translate("MainWindow", "&Quit"),
                            QKeySequence(QKeySequence.StandardKey.Quit), w.close)
    w.go_menu = go_menu = bar.addMenu(translate("MainWindow", "&Go"))
    _action(w, go_menu, translate("MainWindow", "&Caseload"), QKeySequence("Ctrl+1"),
            w.show_caseload)
    _action(w, go_menu, translate("MainWindow", "&Search"), QKeySequence("Ctrl+F"),
            w.show_caseload)
    _action(w, go_menu, translate("MainWindow", "&Back"), QKeySequence("Alt+Left"), w.go_back)
    learning_menu = bar.addMenu(translate("MainWindow", "&Learning loop"))
    _action(w, learning_menu, translate("MainWindow", "&Bottlenecks and neighbourhood signals…"),
            QKeySequence("Ctrl+Shift+K"), w.open_learning)
    _action(w, learning_menu, translate("MainWindow", "&Period report…"), None,
            w.open_period_report)
    w.privacy_menu = bar.addMenu(translate("MainWindow", "&Privacy"))
    w.settings_qmenu = bar.addMenu(translate("MainWindow", "&Settings"))
    w.settings_menu = SettingsMenu(w.settings_qmenu, w.settings, w)
    w.settings_qmenu.addSeparator()
    w.team_settings_action = _action(w, w.settings_qmenu, translate("MainWindow", "&Team…"),
                                     None, w.open_team_settings)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    w.manual_action = _action(w, help_menu, translate("MainWindow", "&Manual"),
                              QKeySequence(QKeySequence.StandardKey.HelpContents),
                              lambda: _show_manual(w))
    _action(w, help_menu, translate("MainWindow", "&About Toegang Desktop"), None,
            lambda: _about(w))
