"""The Dutch catalogue read from the translators' file (toegang_nl.ts): the one source of the
Dutch that both the screens (.qm) and the documents (toegang_nl.json) show."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

from .translation import Catalogue


def catalogue_from_ts(ts_file: Path) -> Catalogue:
    """Every finished translation of the .ts file, by context and English source."""
    catalogue: Catalogue = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text: str | list[str] = forms if message.get("numerus") == "yes" else translation.text or ""
            catalogue.setdefault(name, {})[message.findtext("source", "")] = text
    return catalogue


def catalogue_json(ts_file: Path) -> str:
    """The catalogue as the app ships it (sorted, so a regenerated file only differs when the
    translations do)."""
    return json.dumps(catalogue_from_ts(ts_file), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
