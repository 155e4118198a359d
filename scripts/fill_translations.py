"""Fill unfinished translations from a JSON file, or list what is still unfinished.

    python scripts/fill_translations.py --unfinished            # print unfinished Dutch as JSON
    python scripts/fill_translations.py texts.json [more.json]  # fill, then run lupdate/lrelease

Each JSON file is a list of {"context": ..., "source": ..., "nl": "..."} objects; plural
messages give "nl" (and "en") as a list of two forms: [singular, plural]. Only unfinished
entries are filled, so a file can be applied twice. Used when several branches add texts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        found.extend((name, message) for message in context.iter("message"))
    return found


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if isinstance(value, list):
        translation.text = None
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value


def fill(language: str, entries: list[dict[str, object]]) -> int:
    path = TRANSLATIONS / f"toegang_{language}.ts"
    tree = ET.parse(path)
    wanted = {(str(e["context"]), str(e["source"])): e[language] for e in entries if language in e}
    filled = 0
    for context, message in _messages(tree):
        key = (context, message.findtext("source", ""))
        translation = message.find("translation")
        if key in wanted and translation is not None and translation.get("type") == "unfinished":
            value = wanted[key]
            _set(message, list(value) if isinstance(value, list) else str(value))
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished() -> list[dict[str, object]]:
    tree = ET.parse(TRANSLATIONS / "toegang_nl.ts")
    return [
        {"context": context, "source": message.findtext("source", ""), "nl": ""}
        for context, message in _messages(tree)
        if (t := message.find("translation")) is not None and t.get("type") == "unfinished"
    ]


def main(argv: list[str]) -> int:
    if argv == ["--unfinished"]:
        print(json.dumps(unfinished(), ensure_ascii=False, indent=1))
        return 0
    if not argv:
        print(__doc__)
        return 2
    entries: list[dict[str, object]] = []
    for name in argv:
        entries.extend(json.loads(Path(name).read_text(encoding="utf-8")))
    for language in ("nl", "en"):
        print(f"{language}: filled {fill(language, entries)}")
    # lupdate rewrites the files in its own layout and lrelease compiles them.
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py")], check=True)
    left = len(unfinished())
    print(f"unfinished Dutch left: {left}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
