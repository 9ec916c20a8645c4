"""The data that flows between stages: small immutable dataclasses, no behaviour to speak of.

This module imports nothing from the package, so that every stage can depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


class BlockKind(str, Enum):
    """What a block of a document is; decides whether it is split into sentences."""

    MASTHEAD = "masthead"
    TITLE = "title"
    HEADING = "heading"
    AGENDA_ITEM = "agenda-item"
    PARAGRAPH = "paragraph"
    DOCUMENTATION = "documentation"
    FOOTNOTE = "footnote"
    LINK = "link"
    TABLE_CELL = "table-cell"

    @property
    def splits_into_sentences(self) -> bool:
        return self in (BlockKind.PARAGRAPH, BlockKind.FOOTNOTE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a block, with the line of the source file where it starts."""

    text: str
    line: int
    footnotes: tuple[str, ...] = ()  # ids of the footnotes whose markers it carried


@dataclass(frozen=True)
class Block:
    """A structural unit of a document (a paragraph, a heading, a footnote, a table cell).

    `id` is derived from the structure (`item/2/p1`, `fn/1`, `annex/r3/title`), so it is the
    same in every language version and does not change when text elsewhere is edited.
    """

    id: str
    kind: BlockKind
    sentences: tuple[Sentence, ...]
    context: str  # the heading of the part or agenda item the block belongs to
    note_of: str | None = None  # for a footnote: the id of the block that carries its marker

    @property
    def text(self) -> str:
        return join_sentences(s.text for s in self.sentences)

    @property
    def line(self) -> int:
        return self.sentences[0].line

    @property
    def footnotes(self) -> tuple[str, ...]:
        return tuple(ref for s in self.sentences for ref in s.footnotes)


def join_sentences(texts) -> str:
    """Sentences of a paragraph joined back: no space after a Chinese sentence."""
    out = ""
    for text in texts:
        if out and not _is_cjk(out[-1]):
            out += " "
        out += text
    return out


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3000 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF


@dataclass(frozen=True)
class AnnexRow:
    """A row of the annex table, as read: time (may be empty), item label, title."""

    index: int
    time: str
    item: str
    title: str
    continued: bool


@dataclass(frozen=True)
class ExtractedDocument:
    """One language version of a document, as structured blocks."""

    path: str  # as given, relative to the project when possible
    lang: str
    blocks: tuple[Block, ...]
    annex_rows: tuple[AnnexRow, ...] = ()
    hyphenation: tuple["HyphenDecision", ...] = ()

    def block(self, block_id: str) -> Block | None:
        for block in self.blocks:
            if block.id == block_id:
                return block
        return None

    @property
    def sentence_count(self) -> int:
        return sum(len(b.sentences) for b in self.blocks)


@dataclass(frozen=True)
class HyphenDecision:
    """How a word broken across lines by a hyphen was put back together, and why."""

    line: int  # the line that ends with the hyphen
    left: str
    right: str
    kept_hyphen: bool
    reason: str

    @property
    def result(self) -> str:
        return f"{self.left}-{self.right}" if self.kept_hyphen else self.left + self.right


@dataclass(frozen=True)
class UnitVersion:
    """One language's text of an aligned unit."""

    text: str
    line: int
    footnotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class AlignedUnit:
    """A translation unit: one source segment and its version in each language found.

    `fuzzy` holds the languages whose alignment is uncertain; `note` says why.
    """

    id: str
    kind: BlockKind
    context: str
    versions: dict[str, UnitVersion] = field(default_factory=dict)
    fuzzy: frozenset[str] = frozenset()
    note: str = ""
    note_of: str | None = None


# -- glossary ------------------------------------------------------------------------------


class TermStatus(str, Enum):
    """A term's administrative status; preferred and admitted terms are the approved ones."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"
    FORBIDDEN = "forbidden"

    @property
    def approved(self) -> bool:
        return self in (TermStatus.PREFERRED, TermStatus.ADMITTED)


class Verification(str, Enum):
    """How sure the glossary is of a term, after the reference's marks ✔ ○ ?."""

    VERIFIED = "verified"  # ✔ seen in a published source
    UNVERIFIED = "unverified"  # ○ the standard form, not seen word for word
    UNCERTAIN = "uncertain"  # ? competing variants, must be checked

    @property
    def mark(self) -> str:
        return {"verified": "✔", "unverified": "○", "uncertain": "?"}[self.value]


@dataclass(frozen=True)
class Term:
    """One designation of a concept in one language, with what a terminologist records."""

    text: str
    lang: str
    status: TermStatus = TermStatus.PREFERRED
    part_of_speech: str = ""  # noun, adjective, verb, adverb, properNoun, other
    term_type: str = ""  # fullForm, shortForm, acronym, abbreviation, variant, phrase
    gender: str = ""  # masculine, feminine, neuter, other
    number: str = ""  # singular, plural, mass
    note: str = ""
    source: str = ""
    verification: Verification = Verification.VERIFIED
    case_sensitive: bool = False  # acronyms: UNODC, ONUDC, УНП ООН
    pattern: str = ""  # a regular expression for a forbidden variant whose forms are endless
    extra: tuple[tuple[str, str, str], ...] = ()  # foreign TBX fields: (element, type, text)


@dataclass(frozen=True)
class Concept:
    id: str
    terms: tuple[Term, ...]
    subject: str = ""
    definition: str = ""
    note: str = ""
    source: str = ""
    extra: tuple[tuple[str, str, str], ...] = ()

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        return tuple(term for term in self.terms if term.lang == lang)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(term.lang for term in self.terms))


@dataclass(frozen=True)
class Glossary:
    title: str
    concepts: tuple[Concept, ...]
    description: str = ""
    source_lang: str = "en"


# -- catalogs and findings -----------------------------------------------------------------------


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class Entry:
    """One entry of a PO catalog, as the checks see it."""

    msgctxt: str
    msgid: str
    msgstr: str
    line: int  # the line of the entry in the PO file (its msgctxt or msgid line)
    fuzzy: bool = False
    comment: str = ""  # extracted comments (#.)
    tcomment: str = ""  # translator comments (#), where suppressions are written


    @property
    def key(self) -> tuple[str, str]:
        """What identifies the entry in its catalog, as gettext has it: (msgctxt, msgid)."""
        return self.msgctxt, self.msgid


@dataclass(frozen=True)
class CatalogFile:
    path: str
    lang: str
    entries: tuple[Entry, ...]
    # hexaglot's own catalogs use msgctxt for the segment's id (`item/2/p1/s1`), which says where
    # an entry is, not what it means; in other tools' catalogs msgctxt tells two meanings of one
    # source apart (`May` the month, `May` the verb), so the consistency checks must honour it.
    contexts_are_ids: bool = False
    # The variety: `ru`, `zh` (Simplified, however spelt), `es_AR` (checked by the es rules,
    # kept apart from es). What was found, where lang is "" (pipeline/lang/locales.py).
    locale: str = ""
    # Why the catalog cannot be checked ("'de' is not one of the six"), or "".
    language_problem: str = ""


@dataclass(frozen=True)
class SkippedCatalog:
    """A catalog read but not checked, and why: every summary lists these."""

    file: str
    reason: str


@dataclass(frozen=True)
class Finding:
    """One problem found by a check, with the fields of the findings JSON contract."""

    code: str
    severity: Severity
    lang: str
    file: str
    line: int
    msgctxt: str
    message: str
    concept: str = ""
    source_term: str = ""
    expected: tuple[str, ...] = ()
    found: str = ""
    # The source of the entry: with msgctxt, what identifies it (catalogs of other tools often
    # have no msgctxt). Not in the findings JSON, whose entries are named by file and line.
    msgid: str = ""
