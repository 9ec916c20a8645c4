"""Joining the lines of a block into one text, resolving hyphenated line breaks.

The joined text keeps a map from character offsets back to source lines, so that every
sentence can say where it starts in the file, even after footnote markers are removed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang import LanguageProfile
from pipeline.lang.hyphenation import decide
from pipeline.model import HyphenDecision

_HYPHEN_AT_END = re.compile(r"([^\W\d_][\w'’]*)[-\u2010]$")
_WORD_AT_START = re.compile(r"^[^\W\d_][\w'’]*")
_SOFT_HYPHEN = "\u00ad"
# A line that ends inside an address (`www.unodc.org/unodc/en/human-`, `https://www.un.org/`),
# and a line that goes on with one: its path (`/glotip/2022/…`). A word with a slash in it is
# prose (`and/or`, `и/или`, a document symbol): the space stays. (Looked for in the text's last
# word: the whole of a long paragraph, searched again at each of its lines, was quadratic.)
_URL_AT_END = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
# What goes on with an address on the next line: a slash, or a hyphen, underscore or tilde
# with no space after it (`…/en/human` + `-trafficking/donors.html`: a dash in prose has one).
_URL_GOES_ON = re.compile(r"/\S|[-_~][^\s\-–—]")
# The end of an address cut inside its file's name (`publications.ht` + `ml`): in Chinese,
# where no space parts words, the letters that follow are the name going on.
_CUT_FILE_NAME = re.compile(r"/[^/\s]*\.[a-z]{1,3}$")


@dataclass
class JoinedText:
    """Text with the source line of each stretch of it."""

    text: str
    starts: list[int]  # offsets where a source line begins in `text`, ascending
    lines: list[int]  # the source line number for each entry of `starts`

    def line_of(self, offset: int) -> int:
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.lines[max(index, 0)]

    def delete(self, start: int, end: int) -> None:
        """Remove text[start:end], keeping the line map right."""
        width = end - start
        self.text = self.text[:start] + self.text[end:]
        self.starts = [s if s <= start else max(start, s - width) for s in self.starts]

    def strip(self) -> None:
        leading = len(self.text) - len(self.text.lstrip())
        if leading:
            self.delete(0, leading)
        self.text = self.text.rstrip()


def is_unspaced_char(ch: str) -> bool:
    """A character of a script written without spaces (CJK ideographs, kana, CJK and
    full-width punctuation): lines and glyphs beside one join without a space."""
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


def join_lines(
    lines: Sequence[tuple[int, str]],
    profile: LanguageProfile,
    usage: Counter[str],
    decisions: list[HyphenDecision] | None = None,
) -> JoinedText:
    """Join `(line_number, text)` pairs; hyphen decisions are appended to `decisions`."""
    text = ""
    starts: list[int] = []
    numbers: list[int] = []
    for number, raw in lines:
        piece = raw.strip()
        if not piece:
            continue
        if text:
            if text.endswith(_SOFT_HYPHEN):
                text = text[:-1]
            elif _URL_AT_END.search(text, text.rfind(" ") + 1) and (text.endswith(("-", "\u2010", "/")) or _URL_GOES_ON.match(piece)
                                                or (profile.unspaced and _CUT_FILE_NAME.search(text) is not None
                                                    and piece[:1].isascii() and piece[:1].islower())):
                # An address broken at the end of a line, as a PDF breaks it: joined as it is
                # written, its hyphen kept (`human-trafficking`, not `humantrafficking`; no
                # dictionary knows an address) and no space put inside it.
                pass
            elif (left := _HYPHEN_AT_END.search(text)) and (right := _WORD_AT_START.match(piece)):
                keep, reason = decide(left.group(1), right.group(0), profile, usage)
                if decisions is not None:
                    decisions.append(
                        HyphenDecision(numbers[-1], left.group(1), right.group(0), keep, reason)
                    )
                if not keep:
                    text = text[:-1]
            elif text.endswith(("-", "\u2010", "/")):
                pass  # "COVID-" + "19", a URL or symbol broken at a slash: no space
            elif not (profile.unspaced and (is_unspaced_char(text[-1]) or is_unspaced_char(piece[0]))):
                text += " "
        starts.append(len(text))
        numbers.append(number)
        text += piece
    return JoinedText(text, starts, numbers)


def word_usage(text: str) -> Counter[str]:
    """How often each word form (case-folded, hyphenated compounds whole) occurs in a text."""
    return Counter(match.group(0).casefold() for match in re.finditer(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*", text))


def slice_joined(joined: JoinedText, start: int, end: int) -> JoinedText:
    """A part of a joined text, with its own line map."""
    starts: list[int] = []
    numbers: list[int] = []
    for offset, number in zip(joined.starts, joined.lines):
        if offset <= start:
            starts, numbers = [0], [number]
        elif offset < end:
            starts.append(offset - start)
            numbers.append(number)
    if not starts:
        starts, numbers = [0], [joined.line_of(start)]
    return JoinedText(joined.text[start:end], starts, numbers)
