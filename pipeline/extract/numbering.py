"""Word's automatic list numbering: the label ("1.", "(a)", "I.", "(أ)") Word shows before a
numbered paragraph.

UN documents written in Word rarely type their numbers: agenda items, paragraphs, sub-items
and headings are numbered from word/numbering.xml. An abstract definition (w:abstractNum)
describes up to nine levels, each with a start value, a number format, a label text such as
`%1.`, `(%2)` or `%1.%2` and a rule for restarting; a list instance (w:num) points to one and
may redefine or restart a level (w:lvlOverride, w:startOverride). A paragraph names an
instance and a level (w:numPr), itself or through its style.

Counters belong to the abstract definition, as in Word: the paragraphs of two instances of
one definition count on from each other, unless an instance restarts a level (which is how
Word's "Restart at 1" is written). `ListCounters.label` is called for the paragraphs in
document order and returns what Word shows, so that the structure stage reads the numbers as
if they had been typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.extract.wordml import MC, W, flag, integer, value

LEVELS = 9
# Word's dialog refuses a start value past 32767; no counter goes past it here either, so that
# a hostile start of 10**30 gives a label of a few characters, not millions.
MAX_COUNTER = 32767
# A label is a few characters ("1.2.3.4.5.6.7.8.9." is 18); one made longer by a hostile
# w:lvlText or a letter repeated a thousand times is cut here.
MAX_LABEL = 100
_PLACEHOLDER = re.compile(r"%([1-9])")
# Formats whose label is no number: a bullet's glyph (often a private-use character of a
# symbol font) says nothing the structure stage could use.
_NO_LABEL = {"bullet"}


@dataclass(frozen=True)
class Level:
    """One level of a list: what Word needs to write its label."""

    start: int = 0  # w:start; the spec's default is 0
    number_format: str = "decimal"  # w:numFmt
    text: str = ""  # w:lvlText, with %1 ... %9 for the numbers of levels 1 ... 9; "" writes no label
    # w:lvlRestart: None restarts this level whenever a higher one is used; 0 never; n only
    # when level n (1-based) or a higher one is used.
    restart: int | None = None
    legal: bool = False  # w:isLgl: every number of the label in decimal digits
    style: str | None = None  # w:pStyle: the paragraph style that takes this level


@dataclass(frozen=True)
class AbstractList:
    levels: dict[int, Level]
    style_link: str | None = None  # w:styleLink: the numbering style this definition is
    num_style_link: str | None = None  # w:numStyleLink: the numbering style whose levels it uses


@dataclass(frozen=True)
class ListInstance:
    abstract_id: str
    levels: dict[int, Level] = field(default_factory=dict)  # levels redefined by w:lvlOverride/w:lvl
    start_overrides: dict[int, int] = field(default_factory=dict)  # w:lvlOverride/w:startOverride


@dataclass(frozen=True)
class NumberingDefinitions:
    abstracts: dict[str, AbstractList] = field(default_factory=dict)
    instances: dict[str, ListInstance] = field(default_factory=dict)
    style_links: dict[str, str] = field(default_factory=dict)  # numbering style → the abstract id defining it

    def abstract_id(self, num_id: str) -> str | None:
        """The abstract definition whose counters and levels instance `num_id` uses: a
        definition that only links to a numbering style (w:numStyleLink) is replaced by the
        one that defines that style; None when the instance or its definition is missing."""
        instance = self.instances.get(num_id)
        if instance is None or instance.abstract_id not in self.abstracts:
            return None
        abstract_id = instance.abstract_id
        for _ in range(LEVELS):  # a chain of links is a step or two; a cycle stops here
            target = self.style_links.get(self.abstracts[abstract_id].num_style_link or "")
            if target is None or target == abstract_id:
                break
            abstract_id = target
        return abstract_id


def read_numbering(root) -> NumberingDefinitions:
    """The definitions of a parsed word/numbering.xml. Values Word would not write (a level
    outside 0-8, a start that is not a number) are skipped or clamped, never raised."""
    abstracts = {}
    for element in root.iterchildren(f"{W}abstractNum"):
        abstract_id = element.get(f"{W}abstractNumId")
        if abstract_id is not None and abstract_id not in abstracts:
            abstracts[abstract_id] = AbstractList(
                _levels(element.iterchildren(f"{W}lvl")),
                value(element.find(f"{W}styleLink")),
                value(element.find(f"{W}numStyleLink")),
            )
    instances = {}
    for element in root.iterchildren(f"{W}num"):
        num_id = element.get(f"{W}numId")
        abstract_id = value(element.find(f"{W}abstractNumId"))
        if num_id is None or abstract_id is None or num_id in instances:
            continue
        levels, starts = {}, {}
        for override in element.iterchildren(f"{W}lvlOverride"):
            index = integer(override, "ilvl", 0, 2**31 - 1)
            if index is None or index >= LEVELS:
                continue
            start = integer(override.find(f"{W}startOverride"), high=MAX_COUNTER)
            if start is not None:
                starts[index] = start
            redefined = override.find(f"{W}lvl")
            if redefined is not None:
                levels[index] = _level(redefined)
        instances[num_id] = ListInstance(abstract_id, levels, starts)
    style_links: dict[str, str] = {}
    for abstract_id, abstract in abstracts.items():
        if abstract.style_link:
            style_links.setdefault(abstract.style_link, abstract_id)
    return NumberingDefinitions(abstracts, instances, style_links)


def _levels(elements) -> dict[int, Level]:
    levels = {}
    for element in elements:
        index = integer(element, "ilvl", 0, 2**31 - 1)
        if index is not None and index < LEVELS and index not in levels:
            levels[index] = _level(element)
    return levels


def _level(element) -> Level:
    number_format = element.find(f"{W}numFmt")
    if number_format is None:
        # Word 2010 writes formats of its own (w:val="custom") inside mc:AlternateContent,
        # with a format every reader knows as the fallback.
        number_format = element.find(f"{MC}AlternateContent/{MC}Fallback/{W}numFmt")
    text = element.find(f"{W}lvlText")
    restart = integer(element.find(f"{W}lvlRestart"), high=LEVELS)
    return Level(
        start=integer(element.find(f"{W}start"), high=MAX_COUNTER) or 0,
        number_format=value(number_format) or "decimal",
        text=value(text) or "",
        restart=restart,
        legal=flag(element.find(f"{W}isLgl")),
        style=value(element.find(f"{W}pStyle")),
    )


class ListCounters:
    """The counters of every list while a document's paragraphs are read in order."""

    def __init__(self, definitions: NumberingDefinitions):
        self.definitions = definitions
        self.counters: dict[str, list[int | None]] = {}  # abstract id → the value of each level
        self.started: set[tuple[str, int]] = set()  # (num id, level) whose w:startOverride is spent

    def label(self, num_id: str, level: int | None, style_ids: Sequence[str] = ()) -> str:
        """Count a paragraph of list instance `num_id` at `level` and return its label as Word
        shows it; "" when the list, its definition or the level is missing, or the level
        writes no number (a bullet, an empty w:lvlText). `level` None is the level linked to
        one of `style_ids` (the paragraph's style chain), else the first."""
        abstract_id = self.definitions.abstract_id(num_id)
        if abstract_id is None:
            return ""
        instance = self.definitions.instances[num_id]
        abstract = self.definitions.abstracts[abstract_id]
        if level is None:
            level = self._linked_level(instance, abstract, style_ids)
        if not 0 <= level < LEVELS:
            return ""
        definition = self._definition(instance, abstract, level)
        if definition is None:
            return ""
        values = self.counters.setdefault(abstract_id, [None] * LEVELS)
        self._count(values, instance, abstract, num_id, level, definition)
        if definition.number_format in _NO_LABEL:
            return ""
        return self._render(values, instance, abstract, definition)

    def _count(self, values, instance, abstract, num_id: str, level: int, definition: Level) -> None:
        if level in instance.start_overrides and (num_id, level) not in self.started:
            self.started.add((num_id, level))
            values[level] = instance.start_overrides[level]
        elif values[level] is None:
            values[level] = definition.start
        else:
            values[level] = min(values[level] + 1, MAX_COUNTER)
        for deeper in range(level + 1, LEVELS):
            rule = self._definition(instance, abstract, deeper)
            restart = rule.restart if rule is not None else None
            if restart is None or (restart > 0 and level <= restart - 1):
                values[deeper] = None

    def _render(self, values, instance, abstract, definition: Level) -> str:
        def number(match: re.Match[str]) -> str:
            shown = int(match.group(1)) - 1
            of = self._definition(instance, abstract, shown) or Level()
            count = values[shown] if values[shown] is not None else of.start
            return format_number(count, "decimal" if definition.legal else of.number_format)

        return _PLACEHOLDER.sub(number, definition.text[: MAX_LABEL * 2])[:MAX_LABEL]

    @staticmethod
    def _definition(instance: ListInstance, abstract: AbstractList, level: int) -> Level | None:
        return instance.levels.get(level) or abstract.levels.get(level)

    @staticmethod
    def _linked_level(instance: ListInstance, abstract: AbstractList, style_ids: Sequence[str]) -> int:
        for style_id in style_ids:
            for index in range(LEVELS):
                definition = instance.levels.get(index) or abstract.levels.get(index)
                if definition is not None and definition.style == style_id:
                    return index
        return 0


# -- number formats -------------------------------------------------------------------------
# The names are ECMA-376's ST_NumberFormat; the letters are those Word writes, as [MS-DOCX] 2.4
# lists them: arabicAlpha is the hija'i order (أ ب ت ث), arabicAbjad the abjad order (أ ب ج د)
# in which UN Arabic documents letter their sub-items.
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщыэюя"  # without ё, й, ъ, ь, as Word counts
_ARABIC_ALPHA = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"
_ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
_ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_FULL_WIDTH_DIGITS = "０１２３４５６７８９"
_CJK_DIGITS = "○一二三四五六七八九"  # the zero as [MS-DOCX] gives it for chineseCounting (一○○)
_CJK_UNITS = ("", "十", "百", "千")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def format_number(number: int, number_format: str) -> str:
    """`number` written in a w:numFmt. A format not known here is written in decimal digits,
    so that a label keeps its number; `none` writes nothing."""
    formatter = _FORMATS.get(number_format)
    return formatter(number) if formatter else str(number)


def _letters(alphabet: str):
    """a … z, then aa … zz, then aaa …: Word repeats the letter, it does not carry."""

    def write(number: int) -> str:
        if number <= 0:
            return str(number)
        return alphabet[(number - 1) % len(alphabet)] * ((number - 1) // len(alphabet) + 1)

    return write


def _digits(digits: str):
    return lambda number: "".join(digits[int(d)] if d.isdigit() else d for d in str(number))


def _roman(number: int) -> str:
    if number <= 0:
        return str(number)
    written = []
    for amount, numeral in _ROMAN:
        count, number = divmod(number, amount)
        written.append(numeral * count)
    return "".join(written)


def _chinese_counting(number: int) -> str:
    """一 … 十, 十一, 二十一, 一百零一, 一千零一十: counting with the signs for ten,
    hundred and thousand (Word's chineseCountingThousand); digit by digit from 10 000."""
    if not 0 < number < 10_000:
        return _digits(_CJK_DIGITS)(number)
    written: list[str] = []
    zero_pending = False
    text = str(number)
    for index, digit in enumerate(map(int, text)):
        place = len(text) - 1 - index
        if digit == 0:
            zero_pending = bool(written)
            continue
        if zero_pending:
            written.append("零")
            zero_pending = False
        if not (digit == 1 and place == 1 and not written):  # 十一, not 一十一
            written.append(_CJK_DIGITS[digit])
        written.append(_CJK_UNITS[place])
    return "".join(written)


_FORMATS = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda number: f"{number:02d}",
    "decimalFullWidth": _digits(_FULL_WIDTH_DIGITS),
    "decimalFullWidth2": _digits(_FULL_WIDTH_DIGITS),
    "decimalEnclosedCircle": lambda number: chr(0x2460 + number - 1) if 1 <= number <= 20 else str(number),
    "upperRoman": _roman,
    "lowerRoman": lambda number: _roman(number).lower(),
    "upperLetter": _letters(_LATIN.upper()),
    "lowerLetter": _letters(_LATIN),
    "russianLower": _letters(_RUSSIAN),
    "russianUpper": _letters(_RUSSIAN.upper()),
    "arabicAlpha": _letters(_ARABIC_ALPHA),
    "arabicAbjad": _letters(_ARABIC_ABJAD),
    # Microsoft calls the Arabic-Indic digits "Hindi" (WdArabicNumeral.wdNumeralHindi).
    "hindiNumbers": _digits(_ARABIC_INDIC_DIGITS),
    # 一, 十, 一○○: counting below a hundred, digits from there ([MS-DOCX] 2.4).
    "chineseCounting": lambda number: _chinese_counting(number) if number < 100 else _digits(_CJK_DIGITS)(number),
    "chineseCountingThousand": _chinese_counting,
    "ideographDigital": _digits(_CJK_DIGITS),
    "none": lambda number: "",
}
