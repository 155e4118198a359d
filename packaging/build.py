"""Build Toegang Desktop for the current platform: the PyInstaller one-folder bundle and, on
Windows with Inno Setup 6 installed, the per-user installer.

    python packaging/build.py            bundle (+ installer on Windows when ISCC.exe is found)
    python packaging/build.py --smoke    ... then run the built app's smoke test

Run it with the project's virtual environment after `pip install -e ".[build]"`. The bundle is
written to dist/toegang-desktop/, the installer to dist/ToegangDesktop-<version>-setup.exe;
intermediate files go to build/. Uses only the standard library (and PyInstaller, run as a
separate process).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "toegang.spec"
ISS = PACKAGING / "toegang.iss"
VERSION_TEMPLATE = PACKAGING / "version_info.txt.in"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUNDLE = DIST / "toegang-desktop"
WINDOWS = sys.platform == "win32"
SMOKE_TIMEOUT = 180  # seconds


class BuildError(Exception):
    """A build step failed; the message says which."""


def package_version() -> str:
    """toegang_desktop.__version__, read from the source (importing would need Qt)."""
    text = (ROOT / "toegang_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise BuildError("no __version__ in toegang_desktop/__init__.py")
    return found.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); a suffix such as '.dev1' or 'rc2' is left out."""
    leading = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in leading.group(0).split(".")][:4] if leading else []
    padded = (numbers + [0, 0, 0, 0])[:4]
    return (padded[0], padded[1], padded[2], padded[3])


def write_version_file(version: str) -> Path:
    """Fill in packaging/version_info.txt.in as build/version_info.txt (Windows resource)."""
    text = VERSION_TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("@VERSION_TUPLE@", repr(version_tuple(version)))
    text = text.replace("@VERSION@", version)
    target = BUILD / "version_info.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def executable() -> Path:
    """The built program; on Windows the console variant, so its output can be read."""
    if WINDOWS:
        return BUNDLE / "toegang-desktop-cli.exe"
    return BUNDLE / "toegang-desktop"


def run_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError("PyInstaller is not installed in this Python; run "
                         "`pip install -e \".[build]\"` in the project's .venv first")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)]
    print("building the bundle:", " ".join(cmd), flush=True)
    if subprocess.call(cmd, cwd=ROOT) != 0:
        raise BuildError("PyInstaller failed (see its output above)")
    if not executable().exists():
        raise BuildError(f"PyInstaller finished but {executable()} is missing")


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def smoke_test() -> None:
    """Run the built app's smoke test; it must exit 0 and leave the bundle untouched."""
    env = dict(os.environ)
    if not WINDOWS:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    before = snapshot(BUNDLE)
    cmd = [str(executable()), "smoke-test"]
    print("smoke test of the built app:", " ".join(cmd), flush=True)
    try:
        result = subprocess.run(cmd, env=env, timeout=SMOKE_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"the smoke test did not finish within {SMOKE_TIMEOUT} s") from exc
    if result.returncode != 0:
        raise BuildError(f"the smoke test of the built app failed (exit code {result.returncode})")
    after = snapshot(BUNDLE)
    if after != before:
        changed = sorted(set(after) ^ set(before) | {k for k in after if before.get(k) != after[k]})
        raise BuildError(f"the app wrote next to its executable: {', '.join(changed[:10])}")


def find_iscc() -> Path | None:
    """Inno Setup 6's compiler: on PATH, or in its default install folders."""
    on_path = shutil.which("ISCC")
    if on_path:
        return Path(on_path)
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        if not base:
            continue
        for candidate in (Path(base) / "Inno Setup 6" / "ISCC.exe",
                          Path(base) / "Programs" / "Inno Setup 6" / "ISCC.exe"):
            if candidate.exists():
                return candidate
    return None


def build_installer(version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("note: Inno Setup 6 (ISCC.exe) not found, so no installer was made; install it "
              "from https://jrsoftware.org/isinfo.php and run this again")
        return None
    cmd = [str(iscc), "/Q", f"/DAppVersion={version}", f"/DSourceDir={BUNDLE}",
           f"/DOutputDir={DIST}", str(ISS)]
    print("building the installer:", " ".join(cmd), flush=True)
    if subprocess.call(cmd, cwd=ROOT) != 0:
        raise BuildError("ISCC failed (see its output above)")
    installer = DIST / f"ToegangDesktop-{version}-setup.exe"
    if not installer.exists():
        raise BuildError(f"ISCC finished but {installer} is missing")
    return installer


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files; links (PyInstaller makes some on Linux) are not counted."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build.py", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true",
                        help="run the built app's smoke test (opens the main window on a "
                             "temporary store and exports one PDF)")
    parser.add_argument("--no-installer", action="store_true",
                        help="on Windows: build the bundle only, not the installer")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        version = package_version()
        write_version_file(version)
        run_pyinstaller()
        built = time.perf_counter() - started
        size, count = folder_size(BUNDLE)
        print(f"bundle: {BUNDLE} ({size / 1_000_000:.1f} MB in {count} files), "
              f"built in {built:.0f} s", flush=True)
        if args.smoke:
            smoke_test()
            print("smoke test of the built app passed", flush=True)
        if WINDOWS and not args.no_installer:
            installer = build_installer(version)
            if installer is not None:
                print(f"installer: {installer} ({installer.stat().st_size / 1_000_000:.1f} MB)")
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
