"""Bootstrap and run Toegang Desktop for development (Windows first, also Debian 12).

Uses only the Python standard library, so it runs with any Python 3.11+:

    python3 scripts/dev.py setup               set up only (system libraries, .venv, dependencies)
    python3 scripts/dev.py demo [args...]      set up, then start the app on the demo store
    python3 scripts/dev.py test [pytest args]  set up, then run the whole test suite with pytest

Setup checks the Debian packages Qt and the team tests (PostgreSQL) need (installing them with
apt-get when run as root), creates `.venv` in the repository root and runs
`pip install -e ".[test]"` into it. The install is skipped while `.venv/.toegang-installed`
holds the sha256 of pyproject.toml.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".toegang-installed"
BASE_PACKAGES = [
    "libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libglib2.0-0", "libxkbcommon0", "fonts-dejavu-core", "poppler-utils",
    # The team tests start a throwaway PostgreSQL (15 on Debian 12) from its binaries
    # (tests/team/pg_cluster.py); the app itself never needs a local server.
    "postgresql",
]  # fmt: skip
WINDOW_PACKAGES = [
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-render-util0", "libxcb-shape0", "libxkbcommon-x11-0",
]  # fmt: skip


class SetupError(Exception):
    """A setup step failed; the message says which."""


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def run(cmd: list[str], what: str, env: dict[str, str] | None = None) -> None:
    try:
        subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SetupError(f"{what} failed: {' '.join(cmd)} ({exc})") from exc


def is_installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def needs_venv_package() -> bool:
    """Debian's own python3 needs python3-venv for `python3 -m venv` (ensurepip)."""
    if VENV.exists() or sys.base_prefix != "/usr":
        return False
    return not is_installed(f"python3.{sys.version_info.minor}-venv")


def ensure_system_packages(window: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    if shutil.which("dpkg-query") is None:
        print("note: no dpkg-query (not Debian?), skipping the system library check")
        return
    print("checking system libraries")
    wanted = BASE_PACKAGES + (WINDOW_PACKAGES if window else [])
    missing = [name for name in wanted if not is_installed(name)]
    if needs_venv_package():
        missing.append("python3-venv")
    if not missing:
        return
    if getattr(os, "geteuid", lambda: -1)() != 0:
        print("missing system packages; install them with:", file=sys.stderr)
        print(f"  sudo apt-get install {' '.join(missing)}", file=sys.stderr)
        raise SystemExit(1)
    print(f"installing system packages: {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-q"], "apt-get update", env)
    run(["apt-get", "install", "-y", "-q", *missing], "apt-get install", env)


def ensure_venv() -> None:
    if venv_python().exists():
        return
    print("setting up .venv")
    try:
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(VENV, ignore_errors=True)
        raise SetupError(f"creating .venv failed ({exc}); is python3-venv installed?") from exc


QT_TOOLS_VERSION = "6.12.0"  # only its lupdate and lrelease are used


def ensure_dependencies() -> None:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()
                            + QT_TOOLS_VERSION.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8").strip() == digest:
        print("dependencies up to date")
        return
    print("installing dependencies")
    STAMP.unlink(missing_ok=True)
    cmd = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check"]
    run([*cmd, "-e", ".[test]"], "pip install")
    # lupdate/lrelease of a newer Qt for the translation files (see update_translations.py).
    run([*cmd, "--no-deps", "--upgrade", "--target", str(VENV / "qt-tools"),
         f"PySide6-Essentials=={QT_TOOLS_VERSION}"], "pip install (translation tools)")
    STAMP.write_text(digest + "\n", encoding="utf-8")


def setup(window: bool) -> None:
    ensure_system_packages(window)
    ensure_venv()
    ensure_dependencies()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="dev.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Arguments after the command go to the app (demo) or to pytest (test).",
    )
    parser.add_argument("command", choices=["setup", "demo", "test"])
    parser.add_argument("args", nargs=argparse.REMAINDER, help="passed on unchanged")
    ns = parser.parse_args(argv)
    command: str = ns.command
    extra: list[str] = ns.args
    try:
        setup(window=command == "demo")
        python = str(venv_python())
        if command == "setup":
            print("setup done")
            return 0
        if command == "demo":
            print("starting Toegang Desktop (demo store)")
            return subprocess.call([python, "-m", "toegang_desktop", "--demo", *extra], cwd=ROOT)
        env = dict(os.environ)
        if "DISPLAY" not in env and "QT_QPA_PLATFORM" not in env:
            env["QT_QPA_PLATFORM"] = "offscreen"
        print("running tests")
        code = subprocess.call([python, "-m", "pytest", *extra], cwd=ROOT, env=env)
        if code == 5:
            print("error: pytest collected no tests", file=sys.stderr)
            return 1
        return code
    except SetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
