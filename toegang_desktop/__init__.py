"""Toegang Desktop: broad-view conversations for Dutch municipal local teams."""

# First: SQLCipher must be registered as the SQLite driver before sqlite-utils is imported
# anywhere (see store/driver.py).
from .store import driver as _driver  # noqa: F401

__version__ = "0.1.0"
APP_NAME = "Toegang Desktop"
ORG_NAME = "Toegang"
