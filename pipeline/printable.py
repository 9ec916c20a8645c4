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
    """`text` on one line, for a line of text output (a finding, an error, the summary): what
    `printable` escapes, and line breaks of every kind (`\\n`, `\\r`, U+0085, U+2028, U+2029)
    written as escapes, so that no catalog text or path can print a second line that reads as
    another finding, nor a carriage return write over the line. So are what a terminal acts on
    or reorders by: DEL, the C1 controls (U+009B starts an escape sequence as ESC [ does) and
    the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a line
    read otherwise than it is written; and the direction marks (U+200E, U+200F, U+061C), which
    are all a finding may be about (`'‏(name)s'`, a placeholder a mark split) and show nothing."""
    text = printable(text)
    if _ANY_LINE_BREAK.search(text):
        text = text.translate(_LINE_BREAKS)
    return _TERMINAL_CONTROLS.sub(_escape, text) if _TERMINAL_CONTROLS.search(text) else text


_LINE_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r", "\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_ANY_LINE_BREAK = re.compile("[\n\r\x85\u2028\u2029]")
_TERMINAL_CONTROLS = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def visible(text: str) -> str:
    """`text` as a page shows it to a reviser: C0 and C1 controls, DEL and the bidirectional
    overrides written as a visible mark, `⟨U+202E⟩`, line breaks kept. An override from a
    catalog drew the page's text, and the codes beside it, reversed (`100OPYT`), the character
    itself never shown. Embeddings and isolates, which Arabic text may rightly hold, are kept:
    each text is an isolate of its own on the page, so they reorder nothing outside it."""
    return _SHOWN_AS_MARKS.sub(lambda match: f"⟨U+{ord(match.group(0)):04X}⟩", text) if _SHOWN_AS_MARKS.search(text) else text


_SHOWN_AS_MARKS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202d\u202e\ud800-\udfff\ufffe\uffff]")
