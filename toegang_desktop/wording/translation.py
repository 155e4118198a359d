"""How a text finds its words: `translate("Context", "English source")` in every layer.

lupdate finds these calls by name (as it finds Qt's own `translate`), so every text lands in
resources/translations/toegang_nl.ts with its context. Which words come back depends on who
asks:
- the screens and the command line: the translator they install with `use_translator`
  (Qt's `QCoreApplication.translate`, which reads the .qm compiled from the .ts), in the
  interface language the person chose;
- a document that is always Dutch (the PDF reports, the period CSV): inside `in_dutch()`, the
  Dutch catalogue `toegang_nl.json`, generated from the same .ts by
  scripts/update_translations.py. So paper and screen say the same, and wording needs no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from ..locations import resources_dir

# context -> English source -> Dutch text, or [one, many] for a plural ("%n ...") message
Catalogue = dict[str, dict[str, str | list[str]]]
Translator = Callable[[str, str, str | None, int], str]
DUTCH_CATALOGUE = "toegang_nl.json"


def _untranslated(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source itself (what Qt gives when no translation is installed)."""
    return source.replace("%n", str(n)) if n >= 0 else source


_installed: list[Translator] = [_untranslated]
_override: ContextVar[Translator | None] = ContextVar("wording_translator", default=None)


def use_translator(translator: Translator) -> None:
    """Called once by the window and the command line, after they load the interface language."""
    _installed[0] = translator


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the current language; with n >= 0 the plural form for n, %n filled in."""
    override = _override.get()
    return (override or _installed[0])(context, source, disambiguation, n)


def catalogue_path() -> Path:
    return resources_dir() / "translations" / DUTCH_CATALOGUE


@cache
def dutch_catalogue() -> Catalogue:
    with catalogue_path().open(encoding="utf-8") as file:
        loaded: Catalogue = json.load(file)
    return loaded


def dutch_plural(n: int) -> int:
    """Dutch has two forms: one for exactly 1, the other for every other number."""
    return 0 if n == 1 else 1


def translate_dutch(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    found = dutch_catalogue().get(context, {}).get(source)
    if found is None:
        return _untranslated(context, source, disambiguation, n)
    text = found[min(dutch_plural(n), len(found) - 1)] if isinstance(found, list) else found
    return text.replace("%n", str(n)) if n >= 0 else text


@contextmanager
def translating_with(translator: Translator) -> Iterator[None]:
    """Words asked for inside this block come from `translator` (in this thread only)."""
    token = _override.set(translator)
    try:
        yield
    finally:
        _override.reset(token)


def in_dutch() -> AbstractContextManager[None]:
    """Words asked for inside this block are Dutch, whatever the interface language."""
    return translating_with(translate_dutch)
