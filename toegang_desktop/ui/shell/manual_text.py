"""The manual's text (Help > Manual): English source, Dutch in the translation file. Paths are
this computer's own; the keyboard table comes from the menus (help_window.shortcut_rows)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...paths import AppPaths

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def _section(title: str, *paragraphs: str) -> str:
    body = "".join(p if p.startswith("<table") else f"<p>{p}</p>" for p in paragraphs)
    return f"<h2>{escape(title)}</h2>{body}"


def _keyboard(menu_rows: list[tuple[str, str]]) -> str:
    other = [
        (translate("Manual", "Next or previous life domain in a conversation"), "Ctrl+PgDown / Ctrl+PgUp"),
        (translate("Manual", "The overview of a conversation"), "Ctrl+0"),
        (translate("Manual", "Next or previous field"), "Tab / Shift+Tab"),
        (translate("Manual", "The main button of a window (Save, Unlock, …)"), "Enter"),
        (translate("Manual", "Cancel a window (it asks first when you typed something)"), "Esc"),
    ]
    return _section(
        translate("Manual", "Keyboard"),
        translate(
            "Manual", "Everything can be done without a mouse. The letter underlined in a menu or button "
                      "works with Alt."),
        table(menu_rows + other))


def _folders(paths: AppPaths) -> str:
    rows = [(translate("Manual", "The data (encrypted)"), str(paths.store)),
            (translate("Manual", "The key file (the password and recovery code open it)"), str(paths.keys)),
            (translate("Manual", "Backups"), str(paths.backups)),
            (translate("Manual", "Technical logs (no personal data)"), str(paths.logs)),
            (translate("Manual", "Settings"), str(paths.settings))]
    return _section(
        translate("Manual", "Where the data lives"),
        translate("Manual", "Everything stays on this computer, in these places:"),
        table(rows),
        translate(
            "Manual", "Never copy, move or open the data file with another program while Toegang Desktop "
                      "is open; use a backup instead. The data file and the key file belong together."))


def _problems() -> str:
    return _section(
        translate("Manual", "When Toegang Desktop reports a problem"),
        translate(
            "Manual", "<b>In use (busy)</b>: another program is working with the data, usually a second "
                      "Toegang Desktop window or a command on the command line. Close the other window or "
                      "wait until the command is finished, then try again. Nothing was lost: what you typed "
                      "stays on screen and is saved as soon as it can be."),
        translate(
            "Manual", "<b>Damaged</b>: the data file cannot be read. Nothing was changed or deleted. Ask "
                      "your application manager to restore a backup (File > Restore from backup, or "
                      "'toegang-desktop restore' on the command line). The damaged file is kept aside, "
                      "so nothing is thrown away."),
        translate(
            "Manual", "<b>Locked</b>: after a while without use, or with Ctrl+L, the screen locks and the "
                      "data is closed. Type your password to continue where you were. If Toegang Desktop "
                      "says it is already open on this computer, switch to that window (it may be behind "
                      "others or minimised)."),
        translate("Manual", "<b>Saving did not work</b> (a red bar): the disk may be full or the folder "
                      "read-only. Everything stays on screen and saving is retried every few seconds."))


def _backups(paths: AppPaths) -> str:
    return _section(
        translate("Manual", "Backups and restoring"),
        translate(
            "Manual", "A backup is made when the app starts and every 30 minutes while it is open, into "
                      "%1. The most recent ones are kept, and older ones one per day, week and month. "
                      "Backups are encrypted like the data itself.").replace(
            "%1", escape(str(paths.backups))),
        translate(
            "Manual", "To go back to a backup: File > Restore from backup. Choose the moment; the current "
                      "data is kept as a copy first, so a restore can be undone. Changes made after the "
                      "backup are not in it."),
        translate("Manual", "To open a backup on another computer you need the recovery code."))


def _recovery() -> str:
    return _section(
        translate("Manual", "Password and recovery code"),
        translate(
            "Manual", "The data is encrypted with your password. When the password was chosen, a recovery "
                      "code was shown once. Keep it on paper, in a safe place, apart from the laptop."),
        translate(
            "Manual", "Forgot your password? At the password question choose \"Forgot your password? Use "
                      "the recovery code\", type the recovery code and choose a new password. The recovery "
                      "code stays valid. Without password and recovery code nobody can open the data, not "
                      "even the application manager."),
        translate("Manual", "Change the password: Settings > Change password."))


def _team() -> str:
    return _section(
        translate("Manual", "Working in a team"),
        translate(
            "Manual", "Settings > Team… joins your team's server. You need the server's name, your user "
                      "name and password for it, and the municipality's certificate file; your "
                      "application manager gives them. The password is not kept in the settings."),
        translate(
            "Manual", "The status bar says where the team stands: when it was last updated, how many of "
                      "your changes wait (without network they wait safely on the laptop and go up "
                      "later), and how many conflicts there are. F5 (Team > Update now) updates at "
                      "once; otherwise it happens every few minutes, in the background."),
        translate(
            "Manual", "<b>A conflict</b>: a colleague changed the same field before your change reached "
                      "the server. Nothing is overwritten: click the conflicts in the status bar, see "
                      "both values side by side, keep one or merge them into one text."),
        translate(
            "Manual", "<b>Take along for a home visit</b> (on the dossier): for at most seven days only "
                      "you change the dossier, also without network; colleagues see that it is on the "
                      "road with you. Give it back afterwards. Team > Team caseload (Ctrl+2) finds every "
                      "resident of the team."))


def manual_html(menu_rows: list[tuple[str, str]], paths: AppPaths) -> str:
    style = ("<style>h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; }"
             " td { padding-right: 16px; vertical-align: top; }</style>")
    return (style + "<h1>" + escape(translate("Manual", "Manual")) + "</h1>"
            + "<p>" + translate(
                "Manual", "A short guide to working with Toegang Desktop. Search with the field "
                         "above; Enter finds the next place.") + "</p>"
            + _keyboard(menu_rows) + _folders(paths) + _problems() + _backups(paths)
            + _recovery() + _team())


def table(rows: list[tuple[str, str]]) -> str:
    """A two-column HTML table with escaped cells."""
    cells = "".join(f"<tr><td>{escape(a)}</td><td><b>{escape(b)}</b></td></tr>" for a, b in rows)
    return f'<table cellspacing="0" cellpadding="4">{cells}</table>'
