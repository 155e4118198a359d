"""Reading a TOML content file with messages that name the file, the place and the problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class ContentError(Exception):
    """A content file (checklist, rules) that cannot be used: which file, where, and what is wrong."""

    def __init__(self, path: Path, place: str, code: str, detail: str = "") -> None:
        super().__init__(f"{path}: {place}: {code} {detail}".strip())
        self.path = path
        self.place = place
        self.code = code
        self.detail = detail


class TomlReader:
    """Typed access to parsed TOML that names the place of every problem."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def parse(self) -> dict[str, Any]:
        import tomllib  # here, not at the top: start-up needs ContentError, not the parser

        try:
            return tomllib.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise self.fail("-", "not_found") from None
        except (OSError, UnicodeDecodeError) as error:
            raise self.fail("-", "unreadable", str(error)) from None
        except tomllib.TOMLDecodeError as error:
            raise self.fail("-", "syntax", str(error)) from None

    def fail(self, place: str, code: str, detail: str = "") -> ContentError:
        return ContentError(self.path, place, code, detail)

    def table(self, data: dict[str, Any], key: str, place: str) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            raise self.fail(place or key, "missing", key)
        if not isinstance(value, dict):
            raise self.fail(_join(place, key), "not_table")
        return value

    def text(self, data: dict[str, Any], key: str, place: str) -> str:
        value = data.get(key)
        if value is None:
            raise self.fail(place or key, "missing", key)
        if not isinstance(value, str):
            raise self.fail(_join(place, key), "not_text")
        if not value.strip():
            raise self.fail(_join(place, key), "empty")
        return value.strip()

    def texts(
        self, data: dict[str, Any], key: str, place: str, low: int, high: int
    ) -> tuple[str, ...]:
        value = data.get(key)
        where = _join(place, key)
        if value is None:
            raise self.fail(place or key, "missing", key)
        if not isinstance(value, list):
            raise self.fail(where, "not_list")
        if not low <= len(value) <= high:
            raise self.fail(where, "count", f"{low}-{high}" if low != high else str(low))
        items = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{where}[{index + 1}]", "empty")
            items.append(item.strip())
        return tuple(items)


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key
