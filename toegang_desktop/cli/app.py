"""The application itself from the command line: the smoke test of a build (not listed in the
help; see toegang_desktop/ui/shell/smoke.py). Without a verb, entry.py starts the window."""

from __future__ import annotations

from .verbs import Context, Needs, Verbs


def register(verbs: Verbs) -> None:
    verbs.add("smoke-test", None, _smoke_test, Needs.NOTHING)


def _smoke_test(_context: Context) -> int:
    from ..ui.shell.smoke import run_smoke_test

    return run_smoke_test()
