"""Entry script of the PyInstaller bundle: the same as the `toegang-desktop` command."""

import sys

from toegang_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
