"""Letters and word characters spelt out, for the expressions that read every text.

In an expression, a letter (`[^\\W\\d_]`), a word character (`\\w`) and a digit (`\\d`) are
categories: `re` asks Python's Unicode database about each character they meet, a question
or three each. Spelt out as the characters themselves, the same class is one table look-up
per character. On the 100,000-entry benchmark tree's texts the Latin tokenizer runs 1.55
times as fast spelt out, the Russian and Arabic word expressions 1.5 to 1.9 times, TYPO006's
1.75 times, with the same matches; a one-process check of the tree runs 4.7% fewer
instructions with these and the digits of pipeline/values.py spelt `[0-9]`.

Only the Basic Multilingual Plane is spelt out. Beyond it the letters lie in some 300 ranges,
which `re` tries one after another for every character that is not a BMP letter: five times
slower than the categories. So an expression is kept in both spellings (`TwoSpellings`): the
spelt one for texts wholly within the plane (all but texts with an emoji or a mathematical
letter), the categories for the rest. The tables are read from the running Python's own
Unicode database, once per process on first use (~10 ms), so the two spellings agree on
every character (tests/test_charclass.py holds them to it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache


@dataclass(frozen=True)
class Classes:
    """The classes an expression is built from, each a whole class: a letter, a digit, a word
    character with more (`word("-")` is `[\\w-]`) and neither a word character nor more
    (`not_word(r"\\s")` is `[^\\w\\s]`). Spelt out in a case-blind expression, each is matched
    case-sensitively (`(?-i:...)`), as the category is: otherwise `re` lower-cases each character
    before looking it up (slower than the category), and takes U+0345, no letter, for the letter
    ι it lower-cases to."""

    letters: str  # the insides of the classes
    digits: str
    words: str
    exact: bool = False  # matched case-sensitively in a case-blind expression

    def _whole(self, inside: str) -> str:
        return f"(?-i:[{inside}])" if self.exact else f"[{inside}]"

    @property
    def letter(self) -> str:
        return self._whole(self.letters)

    @property
    def digit(self) -> str:
        return self._whole(self.digits)

    def word(self, more: str = "") -> str:
        return self._whole(self.words + more)

    def not_word(self, more: str = "") -> str:
        return self._whole("^" + self.words + more)


CATEGORIES = Classes(letters=r"^\W\d_", digits=r"\d", words=r"\w")


# The plane in two pieces, the surrogates (no characters) left out between them.
_PLANE = (range(0xD800), range(0xE000, 0x10000))


def _inside(category: str, pieces: list[str]) -> str:
    """The inside of a class of the plane's characters in a category, each run of consecutive
    ones as a range (some 400 ranges for the letters, found in a millisecond)."""
    runs = []
    for piece in pieces:
        runs += [(piece[found.start()], piece[found.end() - 1]) for found in re.finditer(f"(?:{category})+", piece)]
    return "".join(re.escape(first) if first == last else f"{re.escape(first)}-{re.escape(last)}" for first, last in runs)


@lru_cache(maxsize=None)
def spelt() -> Classes:
    """The BMP's letters, digits and word characters, as the categories find them."""
    pieces = ["".join(map(chr, codes)) for codes in _PLANE]
    return Classes(*(_inside(category, pieces) for category in (CATEGORIES.letter, CATEGORIES.digit, CATEGORIES.word())))


def within_bmp(text: str) -> bool:
    """No character beyond the Basic Multilingual Plane. In UTF-16 a character of the plane
    takes two bytes and one beyond it four: the encoding is one pass in C (~1 µs for a
    paragraph, half of what a search for such a character takes)."""
    return text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


class TwoSpellings:
    """One expression, spelt out for texts within the BMP and with categories for the rest.

    `build` makes the expression's source from a `Classes`; `for_text(text)` gives the
    compiled expression to run on that text."""

    def __init__(self, build: Callable[[Classes], str], flags: int = 0):
        self.build, self.flags = build, flags

    @cached_property
    def general(self) -> re.Pattern[str]:
        return re.compile(self.build(CATEGORIES), self.flags)

    @cached_property
    def within(self) -> re.Pattern[str]:
        return re.compile(self.build(replace(spelt(), exact=bool(self.flags & re.IGNORECASE))), self.flags)

    def for_text(self, text: str) -> re.Pattern[str]:
        return self.within if within_bmp(text) else self.general
