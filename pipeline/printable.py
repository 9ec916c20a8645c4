"""Text from catalogs and glossaries made fit for formats that cannot hold every character.

A translation may hold any character but NUL (a PO file can carry \\x01 or an escape sequence
pasted from a terminal). JSON escapes them, and findings.json keeps the text exactly; XML 1.0
(JUnit) and the XLSX format (openpyxl refuses them: the report used to die half-written) cannot
hold C0 control characters other than tab and line ends, nor U+FFFE, U+FFFF or lone surrogates.
There each is written as a visible escape, `\\x01`, `\\uFFFE`, so that a reviser sees it is there.
"""

from __future__ import annotations

import re

_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04X}"


def printable(text: str) -> str:
    """`text` with every character XML 1.0 and XLSX cannot hold written as a visible escape."""
    return _NOT_IN_XML.sub(_escape, text) if _NOT_IN_XML.search(text) else text


def on_one_line(text: str) -> str:
    """`text` on one line, for a line of text output (a finding, an error): what `printable`
    escapes, and line breaks of every kind (`\\n`, `\\r`, U+0085, U+2028, U+2029) written as
    escapes, so that no catalog text or path can print a second line that reads as another
    finding, nor a carriage return write over the line."""
    text = printable(text)
    return text.translate(_LINE_BREAKS) if _ANY_LINE_BREAK.search(text) else text


_LINE_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r", "\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_ANY_LINE_BREAK = re.compile("[\n\r\x85\u2028\u2029]")
