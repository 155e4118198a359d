"""`setup` makes a fresh data folder usable without the window (password twice, recovery code
shown once); `unlock` gives the other verbs the store's key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .common import Exit, Refused, read_line, say, translate
from .verbs import Context, Needs, Verbs

if TYPE_CHECKING:
    from ..paths import AppPaths


def register(verbs: Verbs) -> None:
    verbs.add("setup", translate("CommandLine", "make a new, encrypted store in the data folder "
                                                "(asks the password twice)"),
              _setup, Needs.FOLDER)


def unlock(paths: AppPaths) -> bytes | None:
    """The data key of an encrypted store (password asked on the terminal, or read as one line
    from standard input); None for a plain store from before encryption, which is used as it
    is. A command never creates a new, unencrypted store."""
    from ..services.vault import Vault, VaultState

    vault = Vault(paths)
    state = vault.state()
    if state is VaultState.NEW:
        raise Refused(translate(
            "CommandLine", "There is no data in {path} yet. Make the encrypted store with "
                           "'toegang-desktop setup' (it asks for a new password), or start "
                           "Toegang Desktop; then the commands work on it.",
        ).format(path=paths.root), Exit.UNUSABLE)
    if state is VaultState.PLAIN:
        say(translate("CommandLine", "Note: the data in {path} is not encrypted yet. Start "
                                     "Toegang Desktop to set a password."),
            to_stderr=True, path=paths.root)
        return None
    passphrase = read_line(translate("CommandLine", "Password: "), secret=True)
    if passphrase is None:  # nothing to read (a script without input): not a wrong password
        raise Refused(translate(
            "CommandLine", "No password was given, so the data stayed closed. Type the "
                           "password on the terminal, or give it as one line on standard "
                           "input."), Exit.UNUSABLE)
    key = vault.unlock(passphrase)
    vault.finish_encryption(key)
    return key


def _setup(context: Context) -> int:
    from ..services.session import open_session
    from ..services.vault import Vault, VaultState, passphrase_problem
    from ..wording.vault_messages import passphrase_problem_text

    paths = context.folder
    if context.args.demo:
        say(translate("CommandLine", "The demo store has no password: it holds fictional "
                                     "residents only. Leave out --demo to set up your own."),
            to_stderr=True)
        return Exit.REFUSED
    vault = Vault(paths)
    if vault.state() is not VaultState.NEW:
        say(translate("CommandLine", "There is already a store in {path}. Nothing was changed. "
                                     "Use the other commands on it, or choose an empty folder "
                                     "with --data-dir."), to_stderr=True, path=paths.root)
        return Exit.REFUSED
    passphrase = read_line(translate("CommandLine", "New password: "), secret=True)
    repeated = read_line(translate("CommandLine", "Repeat the password: "), secret=True)
    if passphrase is None or repeated is None:
        say(translate("CommandLine", "Nothing was set up: give the new password twice, on the "
                                     "terminal or as two lines on standard input."),
            to_stderr=True)
        return Exit.REFUSED
    problem = passphrase_problem(passphrase, repeated)
    if problem is not None:
        say(translate("CommandLine", "Nothing was set up. {problem}"), to_stderr=True,
            problem=passphrase_problem_text(problem))
        return Exit.REFUSED
    key, code = vault.set_up(passphrase)
    open_session(paths, False, None, None, key=key).close()  # the encrypted store itself
    say(translate("CommandLine", "The encrypted store is ready in {path}."), path=paths.root)
    say(translate("CommandLine", "This is your recovery code. It is shown only now:"))
    print(f"\n    {code}\n")
    say(translate("CommandLine", "Write it down and keep it in a safe place, apart from this "
                                 "computer. With it you open the data when the password is "
                                 "forgotten, or a backup on another computer."))
    return Exit.OK
