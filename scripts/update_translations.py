"""Refresh the translation sources and compile them.

    python scripts/update_translations.py          # lupdate (.ts) + lrelease (.qm)
    python scripts/update_translations.py --check  # exit 1 when .ts or .qm is out of date

lupdate collects every tr()/translate() string from toegang_desktop/ into
resources/translations/toegang_nl.ts; translators fill in the Dutch there; lrelease turns
it into the .qm file the app loads, and the Dutch is also written to toegang_nl.json, the
catalogue of the documents that are always Dutch (PDF reports; toegang_desktop/wording).
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from toegang_desktop.wording.catalogue import catalogue_json  # noqa: E402 - after the path

PACKAGE = ROOT / "toegang_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
# English needs a file too: only for its plural forms ("%n resident(s)").
LANGUAGES = ("nl", "en")
DUTCH_JSON = "toegang_nl.json"


# The app runs on PySide6 6.11 (6.12.0 loses a reference to True on every Signal.emit and
# crashes after a few thousand), but the 6.11 lupdate misses plural messages written as
# translate("Context", "%n ...", "", count): it drops or un-plurals them. So the translation
# tools come from 6.12, installed by scripts/dev.py into .venv/qt-tools (tools only, no Python
# bindings), and the app's own PySide6 is used only when that folder is missing.
QT_TOOLS = ROOT / ".venv" / "qt-tools" / "PySide6"


def _tool(name: str) -> str:
    for candidate in (QT_TOOLS / name, QT_TOOLS / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def update(ts_dir: Path, qm_dir: Path) -> None:
    for language in LANGUAGES:
        ts = ts_dir / f"toegang_{language}.ts"
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
            cwd=ROOT, check=True, capture_output=True,
        )
        subprocess.run(
            [_tool("lrelease"), str(ts), "-qm", str(qm_dir / f"toegang_{language}.qm")],
            cwd=ROOT, check=True, capture_output=True,
        )
    (qm_dir / DUTCH_JSON).write_text(catalogue_json(ts_dir / "toegang_nl.ts"), encoding="utf-8")


def check() -> int:
    """Regenerate into a temporary folder and compare with what is committed."""
    with tempfile.TemporaryDirectory() as tmp:
        temp = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(TRANSLATIONS / f"toegang_{language}.ts", temp)
        update(temp, temp)
        names = [f"toegang_{language}.{kind}" for language in LANGUAGES for kind in ("ts", "qm")]
        stale = [name for name in (*names, DUTCH_JSON)
                 if not filecmp.cmp(temp / name, TRANSLATIONS / name, shallow=False)]
    for name in stale:
        print(f"{name} is out of date: run python scripts/update_translations.py")
    return 1 if stale else 0


def main() -> int:
    if "--check" in sys.argv:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    update(TRANSLATIONS, TRANSLATIONS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
