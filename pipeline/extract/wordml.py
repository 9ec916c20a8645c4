"""WordprocessingML names and values shared by the modules that read a .docx."""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# An ST_DecimalNumber as Word writes it. Longer runs of digits are refused before int() sees
# them: a value is a count or a level, and a million-digit "number" costs time to convert.
_INTEGER = re.compile(r"[+-]?\d{1,10}")
_TRUE = {"1", "true", "on"}


def integer(element, name: str = "val", low: int = 0, high: int = 2**31 - 1) -> int | None:
    """The integer attribute `name` (w:val) of `element`, clamped into [low, high]; None when
    the element or the attribute is missing or is not a number."""
    if element is None:
        return None
    value = (element.get(f"{W}{name}") or "").strip()
    if not _INTEGER.fullmatch(value):
        return None
    return min(max(int(value), low), high)


def flag(element) -> bool:
    """An on/off property element: present and not switched off (`<w:isLgl/>`, `w:val="1"`)."""
    if element is None:
        return False
    setting = element.get(f"{W}val")
    return setting is None or is_true(setting)


def is_true(setting: str | None) -> bool:
    """An ST_OnOff attribute value that switches something on (`1`, `true`, `on`)."""
    return setting is not None and setting.strip().lower() in _TRUE


def value(element, name: str = "val") -> str | None:
    """The attribute `name` (w:val) of `element`, or None."""
    return None if element is None else element.get(f"{W}{name}")
