"""What a Word paragraph takes from its style: the list that numbers it and its outline level.

A paragraph names a style (w:pStyle, else the document's default paragraph style), and a
style may be based on another (w:basedOn). Along that chain, the paragraph's own properties
first, the nearest setting wins: the list instance and level (w:numPr; w:numId 0 takes a
style's numbering off), and the outline level that makes a heading (w:outlineLvl, or one of
the built-in styles "heading 1" … "heading 9").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.numbering import LEVELS
from pipeline.extract.wordml import W, flag, integer, is_true, value

_HEADING_NAME = re.compile(r"heading ([1-9])")
_HEADING_ID = re.compile(r"Heading([1-9])")
BODY_TEXT = 9  # the w:outlineLvl of a paragraph that is no heading
_MAX_CHAIN = 32  # styles deep: real chains are three or four; a longer one (or a cycle) stops here


@dataclass(frozen=True)
class ParagraphProperties:
    """The properties of a style or of a paragraph itself that the reader uses."""

    style_id: str | None = None  # None for a paragraph's own properties
    name: str = ""  # w:name, lower case ("heading 1")
    based_on: str | None = None
    num_id: str | None = None  # w:numPr/w:numId
    level: int | None = None  # w:numPr/w:ilvl
    outline_level: int | None = None  # w:outlineLvl, 0 … 9

    @property
    def heading_level(self) -> int | None:
        """1 … 9 when these properties make a heading, 0 when they make body text, None when
        they say nothing."""
        if self.outline_level is not None:
            return self.outline_level + 1 if self.outline_level < BODY_TEXT else 0
        if match := _HEADING_NAME.fullmatch(self.name) or _HEADING_ID.fullmatch(self.style_id or ""):
            return int(match.group(1))
        return None


class StyleSheet:
    """The paragraph styles of a document (word/styles.xml), and the character styles that
    hide their text (w:vanish, set on the style or one it is based on)."""

    def __init__(self, styles: dict[str, ParagraphProperties], default: str | None = None,
                 hidden_characters: frozenset[str] = frozenset()):
        self.styles = styles
        self.default = default
        self.hidden_characters = hidden_characters

    def chain(self, own: ParagraphProperties, style_id: str | None) -> list[ParagraphProperties]:
        """A paragraph's own properties, then its style and the styles that one is based on."""
        chain = [own]
        style = self.styles.get(style_id or "") or self.styles.get(self.default or "")
        seen = set()
        while style is not None and style.style_id not in seen and len(chain) <= _MAX_CHAIN:
            seen.add(style.style_id)
            chain.append(style)
            style = self.styles.get(style.based_on or "")
        return chain


def read_styles(root) -> StyleSheet:
    """The paragraph styles of a parsed word/styles.xml; a sheet with none when `root` is None."""
    styles: dict[str, ParagraphProperties] = {}
    characters: dict[str, tuple[str | None, bool | None]] = {}  # id → (based on, its own w:vanish)
    default = None
    if root is not None:
        for element in root.iterchildren(f"{W}style"):
            style_id = element.get(f"{W}styleId")
            if element.get(f"{W}type") == "character" and style_id and style_id not in characters:
                vanish = element.find(f"{W}rPr/{W}vanish")
                characters[style_id] = (value(element.find(f"{W}basedOn")), flag(vanish) if vanish is not None else None)
            if element.get(f"{W}type", "paragraph") != "paragraph" or not style_id or style_id in styles:
                continue
            styles[style_id] = properties(
                element.find(f"{W}pPr"),
                style_id=style_id,
                name=(value(element.find(f"{W}name")) or "").strip().lower(),
                based_on=value(element.find(f"{W}basedOn")),
            )
            if default is None and is_true(element.get(f"{W}default")):
                default = style_id
    return StyleSheet(styles, default, frozenset(style for style in characters if _hides(style, characters)))


def _hides(style_id: str, characters: dict[str, tuple[str | None, bool | None]]) -> bool:
    """Whether a character style hides its text: the nearest w:vanish along its chain."""
    seen: set[str] = set()
    while style_id in characters and style_id not in seen and len(seen) <= _MAX_CHAIN:
        seen.add(style_id)
        based_on, vanish = characters[style_id]
        if vanish is not None:
            return vanish
        style_id = based_on or ""
    return False


def properties(ppr, style_id: str | None = None, name: str = "", based_on: str | None = None) -> ParagraphProperties:
    """The properties read from a w:pPr (a paragraph's or a style's); `ppr` may be None."""
    numbering = ppr.find(f"{W}numPr") if ppr is not None else None
    outline = ppr.find(f"{W}outlineLvl") if ppr is not None else None
    return ParagraphProperties(
        style_id=style_id,
        name=name,
        based_on=based_on,
        num_id=value(numbering.find(f"{W}numId")) if numbering is not None else None,
        level=integer(numbering.find(f"{W}ilvl"), high=LEVELS) if numbering is not None else None,
        outline_level=integer(outline, high=BODY_TEXT),
    )


def list_of(chain: list[ParagraphProperties]) -> tuple[str | None, int | None]:
    """The list instance and level that number a paragraph, the nearest of each along its
    chain; (None, None) when none does or the nearest w:numId is 0 (numbering taken off)."""
    num_id = next((p.num_id for p in chain if p.num_id is not None), None)
    if num_id is None or num_id.strip() == "0":
        return None, None
    return num_id.strip(), next((p.level for p in chain if p.level is not None), None)


def heading_level(chain: list[ParagraphProperties]) -> int | None:
    """1 … 9 for a heading of that level, None for body text: the nearest setting wins, so a
    style based on "heading 2" that sets outline level 9 (body text) makes no heading."""
    for item in chain:
        level = item.heading_level
        if level is not None:
            return level or None
    return None
