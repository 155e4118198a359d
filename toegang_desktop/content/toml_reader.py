"""Reading a TOML content file with messages that name the file, the place and the problem.

A file that cannot be read for any reason, also one that would break the parser (nested
thousands deep, a number of thousands of digits, far too large), is a ContentError like any
other, so the app says so and falls back to the standard file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

MAX_CONTENT_BYTES = 2 * 1024 * 1024  # the standard files are 20-40 kB
MAX_DEPTH = 24  # tables and lists; the standard rules nest 8 deep
_INT_TOO_LONG = re.compile(r"integer string conversion")  # Python's int-str limit (4,300 digits)
# Strings and comments (whose brackets do not nest) or a bracket, to find where a file that
# broke the parser nests too deep.
_TOKEN = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]')


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
        """The parsed file; raises ContentError, never another exception (see the module)."""
        import tomllib  # here, not at the top: start-up needs ContentError, not the parser

        try:
            with self.path.open("rb") as file:
                raw = file.read(MAX_CONTENT_BYTES + 1)
            if len(raw) > MAX_CONTENT_BYTES:
                raise self.fail("-", "too_large", f"{MAX_CONTENT_BYTES // (1024 * 1024)} MB")
            data = tomllib.loads(raw.decode("utf-8"))
        except FileNotFoundError:
            raise self.fail("-", "not_found") from None
        except (OSError, UnicodeDecodeError) as error:
            raise self.fail("-", "unreadable", str(error)) from None
        except tomllib.TOMLDecodeError as error:
            raise self.fail("-", "syntax", str(error)) from None
        except RecursionError:  # nested thousands deep: the parser's own stack ran out
            raise self._too_deep_in_text(raw.decode("utf-8")) from None
        except ValueError as error:  # a number the parser cannot convert
            if _INT_TOO_LONG.search(str(error)):
                raise self.fail("-", "number_too_long") from None
            raise self.fail("-", "syntax", str(error)) from None
        self._check_depth(data)
        return data

    def _too_deep_in_text(self, text: str) -> ContentError:
        """too_deep_line {line}: the line where the text first nests deeper than MAX_DEPTH."""
        depth = 0
        for token in _TOKEN.finditer(text):
            mark = token.group()
            depth += 1 if mark in ("[", "{") else -1 if mark in ("]", "}") else 0
            if depth > MAX_DEPTH:
                return self.fail("-", "too_deep_line", str(text.count("\n", 0, token.start()) + 1))
        return self.fail("-", "too_deep", str(MAX_DEPTH))

    def _check_depth(self, data: dict[str, Any]) -> None:
        """Refuse nesting deeper than MAX_DEPTH at its place (walked without recursion), so
        the loaders, which do recurse, never meet it."""
        stack: list[tuple[object, str, int]] = [(data, "", 0)]
        while stack:
            value, place, depth = stack.pop()
            if depth > MAX_DEPTH:
                raise self.fail(place, "too_deep", str(MAX_DEPTH))
            if isinstance(value, dict):
                stack.extend((item, _join(place, str(key)), depth + 1)
                             for key, item in value.items())
            elif isinstance(value, list):
                stack.extend((item, f"{place}[{index + 1}]", depth + 1)
                             for index, item in enumerate(value))

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
