"""How UN parliamentary documents in one language write their parts: heading labels, paragraph
and sub-paragraph numbers, the masthead's agenda-item line, and the phrases of a title that say
what type a document is. Each language module fills one `DocumentParts`; the extractor
(pipeline/extract/) reads them and names no language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.lang.arabic_marks import without_arabic_marks
from pipeline.lang.ordinals import arabic_ordinal
from pipeline.lang.zh_numerals import chinese_numeral

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")

# The types a document may be read as, in the order a title is tried against them: a
# resolution or decision first, as its title may name another type's ("Decision 5/2.
# Provisional agenda of the sixth session"), then the agenda, whose title names no other.
# A letter (or note verbale) to the Secretary-General or a council's President last: a note
# may transmit one (`Note by the Secretariat`, then `Letter dated …` as its second title). A
# treaty's text (a convention, a protocol, rules of procedure: articles) after them all: a
# resolution or a note may name one in its title.
DOCUMENT_TYPES = ("resolution", "agenda", "report", "note", "letter", "treaty")
# A resolution or decision as adopted, headed by its number in any language: `11/2. Cooperation
# with the private sector`, `76/123. Strengthening …`, and as UN Arabic writes it, with a dash
# (`78/231 - تعزيز التعاون الدولي …`).
NUMBERED_RESOLUTION = re.compile(r"^\d{1,3}/\d{1,3}(?:\.|\s+[-–—])\s")


@dataclass(frozen=True)
class DocumentParts:
    # A level-1 heading's label (`II.`, `二.`, `ثانياً-`) and a level-2 one (`A.`, `Б.`, `باء-`),
    # each an expression matched at the start of a block; the text after it is the heading.
    chapter_label: str = r"(?:[IVX]{1,5})\."
    section_label: str = r"[A-Z]\."
    # A numbered paragraph's number (group 1): `12. `; Arabic also `12- `.
    paragraph_number: str = r"(\d{1,3})\.\s"
    # A sub-sub-paragraph's label (group 1: its number as a Roman numeral or a digit): `(ii)`,
    # Arabic `‘2’`.
    sub_sub_label: str = r"\(?(i{1,3}|iv|vi{0,3}|ix|x)\)\s"
    # The masthead line naming the agenda item (or items) a document is issued under.
    agenda_item: str = r"(?:Agenda\s+)?[Ii]tems?\s+\d"
    # The masthead line naming the session or meeting (`Eleventh session`), above place and dates.
    # The Security Council's year is an ordinal's (`Seventy-ninth year`), never a title's last
    # line (`financial year`).
    session: str = r"\b(?:session|meeting)\s*$|^(?:\w+-)?(?:first|second|third|\w+th)\s+year\s*$"
    # The words of a title that say the document's type (searched case-insensitively).
    type_phrases: dict[str, str] = field(default_factory=dict)
    # The mark a signature block's copy carries where the original was signed (`(Signed)`).
    signed: str = r"\(\s*Signed\s*\)"
    # Of an agenda's title: that it comes with annotations.
    annotated: str = r"annotat"
    # The heading of an annex, with its number if there are several (`Annex II`).
    annex_label: str = r"Annex(?:\s+[IVX]{1,4})?"
    # The heading of the annex of a letter, which names the letter (`Annex to the letter dated
    # 14 March 2024 from …`; Chinese ends with it: `…给秘书长的信的附件`).
    letter_annex: str = r"Annex(?:\s+[IVX]{1,4})?\s+to\s+the\s+(?:identical\s+)?(?:letters?|note\s+verbale)\s+dated\b"
    # An article of a treaty or a rule of rules of procedure, alone on its line, its number
    # group 1 (`Article 6`, `Rule 37`; French `Article premier`, Chinese `第六条`), whose
    # paragraphs are numbered again from 1.
    article_label: str = r"(?:Article|Rule)\s+(\d{1,3})"

    @cached_property
    def chapter(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*({self.chapter_label})\s*(\S.*)$", re.S)

    @cached_property
    def section(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*({self.section_label})\s*(\S.*)$", re.S)

    @cached_property
    def paragraph(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*{self.paragraph_number}\s*(\S.*)$", re.S)

    @cached_property
    def sub_sub(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*{self.sub_sub_label}\s*(\S.*)$", re.S)

    @cached_property
    def label(self) -> re.Pattern[str]:
        """Any label of a heading or a (sub-)paragraph, alone (fullmatch it on the label and a
        space): what a PDF sets before a tab-wide gap."""
        return re.compile(rf"(?:{self.chapter_label}|{self.section_label}|{self.paragraph_number}|{self.sub_sub_label})\s*")

    @cached_property
    def heading_start(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*(?:{self.chapter_label}|{self.section_label})\s*\S")

    @cached_property
    def item_line(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*{self.agenda_item}", re.I)

    @cached_property
    def session_line(self) -> re.Pattern[str]:
        return re.compile(self.session, re.I)

    @cached_property
    def annex(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*(?:{self.annex_label}\s*$|{self.letter_annex})", re.S)

    @cached_property
    def article(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*{self.article_label}\s*$")

    @cached_property
    def types(self) -> dict[str, re.Pattern[str]]:
        return {name: re.compile(self.type_phrases[name], re.I) for name in DOCUMENT_TYPES if name in self.type_phrases}

    def type_of(self, titles: list[str], but: tuple[str, ...] = (), treaty: bool = False) -> str | None:
        """The type the title blocks of a document name (`but` those), or None. A treaty's
        only where `treaty` (the titles under the masthead): a masthead's organ names a
        convention (`联合国打击跨国有组织犯罪公约` over `缔约方会议`) as no document's title."""
        if not treaty:
            but = (*but, "treaty")
        titles = [title_words(title) for title in titles]
        if "resolution" not in but and any(NUMBERED_RESOLUTION.match(title) for title in titles):
            return "resolution"
        for name, phrase in self.types.items():
            if name not in but and any(phrase.search(title) for title in titles):
                return name
        return None


def title_words(text: str) -> str:
    """A title's words as the type phrases read them: its spaces one, and without the vowel
    marks and the tatweel an Arabic title may be written with (`مذكِّرة من الأمانة` is the
    note `مذكرة من الأمانة`)."""
    return " ".join(without_arabic_marks(text).split())


def article_number(written: str) -> int:
    """An article's number as its label writes it: `6`, French `premier` (or `1er`), Chinese
    `六`, `二十一`, Arabic `الثالثة` (0 for what is none)."""
    if written.isdigit():
        return int(written)
    if written in ("premier", "1er"):
        return 1
    if written[:1] in ARABIC_LETTERS:
        return arabic_ordinal(written)
    return chinese_numeral(written) or 0


ARABIC_LETTERS = frozenset(chr(code) for code in range(0x0621, 0x064B))


# Chinese sub-sub-paragraph labels, one to ten.
PARENTHESIZED_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"


def sub_sub_number(label: str) -> int:
    """1 for `i`, `1`, `㈠` or `一` (of `(一)`), 2 for `ii`, `2`, `㈡` or `二`..."""
    if label in PARENTHESIZED_IDEOGRAPHS:
        return PARENTHESIZED_IDEOGRAPHS.index(label) + 1
    if "\u4e00" <= label[:1] <= "\u9fff":  # (of `(一)`, as Word's numbering draws it)
        return chinese_numeral(label)
    return int(label) if label.isdigit() else ROMAN.index(label) + 1
