"""The data that flows between stages: small dataclasses, no behaviour to speak of beyond
what keeps them whole (RunIndex merges parts and reads itself back from the cache).

This module imports nothing from the package, so that every stage can depend on it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import PurePath
from typing import NamedTuple

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
    SIGNATURE = "signature"  # a letter's signature block: name, rank and title, in the order each language sets them

    @property
    def splits_into_sentences(self) -> bool:
        return self in (BlockKind.PARAGRAPH, BlockKind.FOOTNOTE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a block, with the line of the source file where it starts."""

    text: str
    line: int
    footnotes: tuple[str, ...] = ()  # ids of the footnotes whose markers it carried
    # Those whose call the text puts after a punctuation mark (`heures.1`, not `heures1.`).
    calls_after_punctuation: tuple[str, ...] = ()


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

    @property
    def calls_after_punctuation(self) -> tuple[str, ...]:
        return tuple(ref for s in self.sentences for ref in s.calls_after_punctuation)


def join_sentences(texts) -> str:
    """Sentences of a paragraph joined back: no space beside a Chinese sentence (its end read
    through the quotation marks and brackets that close it: `幸存者？”这一问题`), nor before
    one (`开始.项目`, a Latin stop typed in Chinese)."""
    out = ""
    for text in texts:
        if out and not _is_cjk(out.rstrip(CLOSING_MARKS)[-1:] or " ") and not (text and _is_cjk(text[0])):
            out += " "
        out += text
    return out


# The quotation marks and brackets that close what a sentence or a clause ends inside, in the
# six languages (Chinese's full-width ones: `）》」』］〉`); every reader of an ending asks here.
CLOSING_MARKS = "\"'»”’)]）》」』］〉"


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
class Masthead:
    """What a UN document's masthead says of it beyond its translatable text."""

    symbol: str | None = None  # `CTOC/COP/WG.7/2022/4`
    distribution: str | None = None  # `Distr.: General`
    issued: str | None = None  # the date under the distribution, as written
    original: str | None = None  # the original language, as written (`English`, `anglais`)


@dataclass(frozen=True)
class ExtractedDocument:
    """One language version of a document, as structured blocks."""

    path: str  # as given, relative to the project when possible
    lang: str
    blocks: tuple[Block, ...]
    annex_rows: tuple[AnnexRow, ...] = ()
    hyphenation: tuple["HyphenDecision", ...] = ()
    # The type it was read as (pipeline/extract/doc_types.py): "annotated agenda", "agenda",
    # "report", "note", "resolution" or "generic".
    doc_type: str = "generic"
    masthead: Masthead = Masthead()
    # What the reader of the structure should know: a type not recognised, a masthead not found,
    # a paragraph number skipped.
    notes: tuple[str, ...] = ()

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
    calls_after_punctuation: tuple[str, ...] = ()  # see Sentence


@dataclass(frozen=True)
class AlignedUnit:
    """A translation unit: one source segment and its version in each language found.

    `fuzzy` holds the languages whose alignment is uncertain; `note` says why, for every
    language (a paragraph kept whole is one unit in all six), and `language_notes` what one
    language's version alone needs said (paired by content), in that language's catalog alone.
    """

    id: str
    kind: BlockKind
    context: str
    versions: dict[str, UnitVersion] = field(default_factory=dict)
    fuzzy: frozenset[str] = frozenset()
    note: str = ""
    note_of: str | None = None
    language_notes: dict[str, str] = field(default_factory=dict)

    def note_for(self, lang: str) -> str:
        """What the unit's entry says of its alignment in `lang`'s catalog."""
        return " ".join(filter(None, [self.note, self.language_notes.get(lang, "")]))


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
    # Where a rejected term is right after all (`followed by Конвенции о биологическом
    # разнообразии`): rules as written, read by pipeline/glossary/contexts.py.
    contexts: tuple[str, ...] = ()
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
    # Words of a language its spelling signal (TYPO008) takes as known, from the word list
    # kept beside the glossary (glossaries/ru-words.txt): (lang, words) pairs.
    known_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Read from a term list (one column per language: pipeline/glossary/language_columns.py):
    # each concept holds what a row can, not its whole record, and the ids in `made_ids` were
    # made from its terms, not read. Importing it into a glossary merges rather than replaces
    # (pipeline/glossary/importing.py).
    term_list: bool = False
    made_ids: frozenset[str] = frozenset()
    # A term list's ID cells written otherwise as TBX ids (`un:som` → `un-som`, `12345` →
    # `concept-12345`): (as written, as made), said by the import.
    ids_rewritten: tuple[tuple[str, str], ...] = ()
    # Read from a spreadsheet in hexaglot's layout: its header's columns (empty: a whole
    # record, as TBX holds it). A column the sheet lacks says nothing of the concepts it holds:
    # importing it keeps the glossary's (a reviewer who deleted the status columns, or the
    # other languages', did not make forbidden terms preferred, nor drop those languages).
    columns: frozenset[str] = frozenset()
    # Read from a spreadsheet: the row each concept is on (its id → the row), so that lint and
    # errors point a terminologist at the row, as a TBX's problems point at a line.
    rows: tuple[tuple[str, int], ...] = ()
    # Read from a spreadsheet in hexaglot's layout: the terms whose status cell was empty, read
    # as preferred, as (concept id, language, term); lint says so where that makes a second
    # approved term of the language (GLS021).
    unstated: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)
    # Read from a TBX another tool wrote (not one whose header says hexaglot wrote it): the
    # data categories it holds anywhere, as (element, type) pairs (`("termNote",
    # "x-verification")`, `("note", "")`; None: not such a file). Another tool's export (memoQ,
    # MultiTerm) drops what it does not know, hexaglot's own `x-` fields first: a category the
    # file holds nowhere says nothing of the concepts, and importing it keeps the glossary's (a
    # round trip did not make forbidden terms deprecated, unverified ones verified, nor drop
    # every note), as a sheet without a column does. A TBX hexaglot wrote is a whole record.
    categories: frozenset[tuple[str, str]] | None = field(default=None, compare=False)
    # The regions read as their language because the file has no other variety of it (an
    # `es-419` termbase's Spanish): (the tag, the language). Merged into a glossary that keeps
    # that region apart, its terms go to the region, not over the UN variety's.
    folded: tuple[tuple[str, str], ...] = field(default=(), compare=False)


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
    # An entry with plural forms: its msgid_plural, and every msgstr[n] in order. Its msgstr is
    # msgstr[0], the singular, which the text checks read against the msgid.
    msgid_plural: str = ""
    plural_forms: tuple[str, ...] = ()
    # Its flags but fuzzy (`c-format`, `python-brace-format`, `no-python-format`): what its
    # text holds besides prose.
    flags: tuple[str, ...] = ()
    # The line of its msgstr (msgstr[0]), where a reviser's editor should land; 0 where the
    # file has none of its own (an XLIFF unit: its line stands).
    msgstr_line: int = 0
    # The line of each msgstr[n] of an entry with plural forms (none where the file has no
    # lines of its own for them).
    plural_lines: tuple[int, ...] = ()
    # The catalog writes `msgctxt ""`: a context of its own for gettext, another entry than the
    # same msgid without one (msgctxt is "" for both).
    empty_context: bool = False
    # The segment id of its template entry, where the file has no msgctxt and its template has
    # hexaglot's ids (a catalog another tool rewrote, found by its msgid): what the checks that
    # know a segment by its id read (`segment_id`), never what findings name (its msgctxt).
    segment: str = ""

    @property
    def finding_line(self) -> int:
        """The line findings on this entry name: its msgstr's, else the entry's."""
        return self.msgstr_line or self.line

    def form_line(self, form: int) -> int:
        """The line findings on msgstr[form] name: that form's, else (a form an XLIFF file left
        out of its group, line 0) the entry's msgstr's."""
        return (self.plural_lines[form] if form < len(self.plural_lines) else 0) or self.finding_line

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the entry in its catalog, as gettext has it: (msgctxt, msgid)."""
        return self.msgctxt, self.msgid

    @property
    def segment_id(self) -> str:
        """Where the entry is in its document, in hexaglot's catalogs: its msgctxt, or its
        template entry's where the file has none (`segment`)."""
        return self.msgctxt or self.segment

    @property
    def unit_key(self) -> tuple[str, str]:
        """What pairs the entry with its versions in the other languages: (segment id, msgid)."""
        return self.segment_id, self.msgid

    @property
    def blank(self) -> bool:
        """Translated with whitespace alone (`msgstr " "`, a line break, a zero-width space)
        where the source has text: gettext takes it for a translation, and the page has a hole
        (CONS001's). Of a plural entry, every form so."""
        forms = self.plural_forms or (self.msgstr,)
        return any(forms) and all(_shows_nothing(form) for form in forms) and not _shows_nothing(self.msgid)


def _shows_nothing(text: str) -> bool:
    """Whitespace and invisible format characters alone (U+200B, U+2060, U+FEFF), fillers that
    draw nothing (Hangul's, Braille's blank), or nothing."""
    return not text.strip() or all(ch.isspace() or ch in _BLANK_LETTERS or unicodedata.category(ch) == "Cf" for ch in text)


_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


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
    # The number of plural forms its Plural-Forms header declares (nplurals), if it has one.
    nplurals: int | None = None
    # Its Plural-Forms header's rule (`n != 1`, `(n%10==1 && n%100!=11 ? 0 : …)`), or "".
    plural_rule: str = ""
    # What is wrong with its Plural-Forms header, as msgfmt would refuse it (a PO file's plural
    # entries without one among them), or "": a sentence, said as it is.
    plural_header_problem: str = ""
    # The document it is part of, as reports name it (pipeline/run/documents.py), once checked.
    document: str = ""
    # The file holds nothing at all, no header and no entry (a tool that stopped as it wrote it):
    # listed as not checked, never counted as a catalog checked and found clean.
    empty: bool = False
    # The line of the PO header entry (its `msgid ""`), where findings on the catalog as a whole
    # point; 0 where the file has none (an XLIFF file, a PO file without a header).
    header_line: int = 0
    # The translator comments above the header entry (`# hexaglot: ignore FMT002` there suppresses
    # the findings on the header, as an entry's comment does its entry's).
    header_comment: str = ""
    # The (msgctxt, msgid) of its obsolete entries (`#~`) that keep a translation, out of use,
    # which CONS010 tells from an entry the catalog lacks.
    obsolete_keys: frozenset[tuple[str, str]] = frozenset()
    # The SHA-256 of the bytes its entries were read from (b"" for a catalog made in memory):
    # the findings cache keys what was checked on them, never on the file as it is later.
    digest: bytes = b""


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
    # The translation an entry-level check read ("" for findings about several entries): what
    # an accepted finding with no text found (a missing term, a fuzzy entry) was accepted for,
    # so that a changed translation makes it stale. Not in the findings JSON.
    msgstr: str = ""
    # Where in the msgstr the check found it: character offsets [start, end), set by the check
    # itself (a report that searched the text again would mark the first of two equal words).
    # None where the finding is about the whole entry (untranslated, fuzzy, a missing term).
    start: int | None = None
    end: int | None = None
    # What [start, end) should read, where the fault has one right answer (a Latin `a` in a
    # Russian word, an ordinary space before a French `;`): `check --fix` writes it. None where
    # a person must decide.
    replacement: str | None = None
    # Which msgstr[n] of an entry with plural forms the check read, where it was a later form
    # than the singular: its line is that form's, start and end are offsets in that form.
    form: int = 0

    @property
    def fingerprint(self) -> str:
        """What identifies this finding across runs, for a baseline of accepted findings: the
        code, language, document, entry (msgctxt and msgid), concept and the text found (the
        whole translation, for a finding about the entry as a whole), never a line number or
        offset, so that editing other entries does not make it new again, and a translation
        changed where the fault was makes it stale."""
        document = PurePath(self.file).stem
        parts = (self.code, self.lang, document, self.msgctxt, self.msgid, self.concept,
                 self.found or self.msgstr)
        if self.form:
            # The same fault in two forms is two findings (a finding on the singular keeps the
            # fingerprint it had before forms were read).
            parts += (f"msgstr[{self.form}]",)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]  # (a file name of no encoding)


# -- what a run of the checks gives back (pipeline/run/) ---------------------------------------

@dataclass(frozen=True, order=True)
class Place:
    """Where an entry is: ordered by file and line, so that the earliest place is the least."""

    file: str
    line: int
    msgctxt: str = field(compare=False)
    msgid: str = field(compare=False)


@dataclass(slots=True)
class Use:
    """How often a translation of a source is used, and its earliest place."""

    count: int
    place: Place


def source_key(context) -> tuple[str, str, str, str]:
    """(language, kind, context, source): entries with one key should read the same. A table
    cell is compared with table cells; msgctxt counts where it tells meanings apart (catalogs
    of other tools), not where it is hexaglot's segment id."""
    entry, catalog = context.entry, context.catalog
    locale = catalog.locale or context.lang  # es_AR is not es: its own consistency
    if catalog.contexts_are_ids:
        return locale, "cell" if entry.segment_id.startswith("annex/") else "text", "", entry.msgid
    # `msgctxt ""` is a context: not the same entry as the msgid without one (a NUL, which no
    # catalog's msgctxt holds, stands for it).
    return locale, "text", "\0" if entry.empty_context and not entry.msgctxt else entry.msgctxt, entry.msgid


class RunIndex:
    """Each record keeps the earliest place (file, line) it is used, not the first place met:
    parts of a run are checked in any order (processes, the cache, a cluster) and merged as
    they come, and the run-wide findings must not depend on that order."""

    def __init__(self):
        # source_key → msgstr → its Use
        self.by_source: dict[tuple[str, str, str, str], dict[str, Use]] = {}
        # (locale, msgstr) → msgid → the earliest Place
        self.by_translation: dict[tuple[str, str], dict[str, Place]] = {}

    def add(self, context) -> None:
        entry, lang = context.entry, context.lang
        place = Place(context.catalog.path, entry.finding_line, entry.msgctxt, entry.msgid)
        variants = self.by_source.setdefault(source_key(context), {})
        known = variants.get(entry.msgstr)
        if known is None:
            variants[entry.msgstr] = Use(1, place)
        else:
            known.count += 1
            known.place = min(known.place, place)
        if len(entry.msgstr.split(None, 2)) == 3:  # three words or more (splitting stops at the third)
            # Keyed on the source as written; sources that differ only in punctuation and case
            # are taken as one by CONS005 (normalised there, for the few translations that have
            # two sources, not here for every entry).
            sources = self.by_translation.setdefault((context.catalog.locale or lang, entry.msgstr), {})
            if entry.msgid not in sources or place < sources[entry.msgid]:
                sources[entry.msgid] = place

    def merge(self, other: "RunIndex") -> None:
        """Add another index's records to this one. The other index is taken over, not copied:
        its records become this one's (most keys of a part are new to the run) and change
        with it, so each part is merged once and then dropped."""
        for key, variants in other.by_source.items():
            mine = self.by_source.get(key)
            if mine is None:
                self.by_source[key] = variants
                continue
            for msgstr, use in variants.items():
                known = mine.get(msgstr)
                if known is None:
                    mine[msgstr] = use
                else:
                    known.count += use.count
                    known.place = min(known.place, use.place)
        for key, sources in other.by_translation.items():
            mine = self.by_translation.get(key)
            if mine is None:
                self.by_translation[key] = sources
                continue
            for source, place in sources.items():
                if source not in mine or place < mine[source]:
                    mine[source] = place

    def to_json(self) -> dict:
        return {
            "by_source": [[list(key), {text: [use.count, *_place_json(use.place)] for text, use in variants.items()}]
                          for key, variants in self.by_source.items()],
            "by_translation": [[list(key), {source: _place_json(place) for source, place in sources.items()}]
                               for key, sources in self.by_translation.items()],
        }

    @classmethod
    def from_json(cls, data: dict) -> "RunIndex":
        """The index stored by to_json; ValueError for anything of another shape."""
        index = cls()
        try:
            for key, variants in data["by_source"]:
                index.by_source[_key(key, 4)] = {_text(text): Use(_count(use[0]), _place(use[1:])) for text, use in variants.items()}
            for key, sources in data["by_translation"]:
                index.by_translation[_key(key, 2)] = {_text(source): _place(place) for source, place in sources.items()}
        except (KeyError, TypeError, AttributeError, IndexError) as error:
            raise ValueError(f"not a run index: {error}") from None
        return index


def _place_json(place: Place) -> list:
    return [place.file, place.line, place.msgctxt, place.msgid]


def _place(data: list) -> Place:
    file, line, msgctxt, msgid = data
    if not (isinstance(file, str) and type(line) is int and isinstance(msgctxt, str) and isinstance(msgid, str)):
        raise ValueError("not a place")
    return Place(file, line, msgctxt, msgid)


def _key(data: list, length: int) -> tuple[str, ...]:
    if not isinstance(data, list) or len(data) != length or not all(isinstance(part, str) for part in data):
        raise ValueError("not a key")
    return tuple(data)


def _text(value) -> str:
    if not isinstance(value, str):
        raise ValueError("not a text")
    return value


def _count(value) -> int:
    if type(value) is not int or value < 1:
        raise ValueError("not a count")
    return value


class TermOccurrence(NamedTuple):
    """A glossary term found in a text: where (character offsets), which concept, its status."""

    start: int
    end: int
    concept: str
    status: str


# Why a catalog checked held nothing to check (CheckResult.catalogs_not_checked).
NOTHING_IN_THE_FILE = "the file is empty: no header, no entry"
NO_ENTRY_BUT_THE_HEADER = "no entry but the header, or only obsolete ones (#~)"


@dataclass
class CheckResult:
    """The outcome of checking some documents; results of documents checked apart (in other
    processes, from the cache, on a cluster) are absorbed into one."""

    findings: list[Finding] = field(default_factory=list)
    entries_checked: int = 0
    catalogs: list[str] = field(default_factory=list)  # the catalogs checked, not those skipped
    # Those of them that hold nothing, no header and no entry (CONS010's): not counted as checked.
    empty_catalogs: list[str] = field(default_factory=list)
    # ... and those that hold a header alone, or obsolete entries (#~) alone: nor are they (checked
    # beside another document's catalog, such a catalog was counted checked, and the run passed).
    catalogs_without_entries: list[str] = field(default_factory=list)
    # Entries translated but for a plural form left empty (FMT001's): said where FMT001 is not run.
    forms_left_empty: int = 0
    # The locale each catalog checked was read as (`zh` for a zh_Hans folder, `es_AR`).
    locales: dict[str, str] = field(default_factory=dict)
    skipped: list[SkippedCatalog] = field(default_factory=list)
    suppressed: int = 0
    suppressed_in: dict[str, int] = field(default_factory=dict)  # catalog → its findings suppressed (a report's page counts its own)
    run_index: RunIndex = field(default_factory=RunIndex)
    # What a report shows beside the findings, kept from the run so that no check runs again.
    catalog_files: list[CatalogFile] = field(default_factory=list)
    # (file, msgctxt, msgid) → the glossary terms found in the translation, and in the source
    target_terms: dict[tuple[str, str, str], list[TermOccurrence]] = field(default_factory=dict)
    source_terms: dict[tuple[str, str, str], list[TermOccurrence]] = field(default_factory=dict)
    # file → the words of its sources by state, as pocount counts them (pipeline/wordcount.py)
    words: dict[str, dict[str, int]] = field(default_factory=dict)
    # file → the document it is part of, as reports name it (`polls-django` where two
    # applications have a `django.po`). Set by the runner for the whole run: a label depends on
    # the run's other documents, so it is never cached with a document's result.
    document_labels: dict[str, str] = field(default_factory=dict)
    # How many of the run's documents came from the cache unchanged (set by the runner, said
    # in the text summary; the findings and the JSON are the same either way).
    documents: int = 0
    documents_from_cache: int = 0
    # The glossary concepts found in the sources of the entries checked (by their ids): none in
    # a run with a glossary means the term checks had nothing to check, which the summary says.
    concepts_found: set[str] = field(default_factory=set)
    # The kinds of entry (pipeline/entry_kinds.py) the catalogs checked hold: a check that reads
    # one kind alone, selected where there is none of it, is said as not checked.
    entry_kinds: set[str] = field(default_factory=set)
    # Suppression comments that name no check (`# hexaglot: ignore TREM002`): each said in the
    # summary as `file:line: what it says`, never inert in silence.
    unknown_suppressions: list[str] = field(default_factory=list)
    # (file, msgctxt, msgid) → the codes a translator comment suppresses there (None: all), for
    # the entries that have one: the run-wide checks' findings (CONS004, CONS005), made once
    # every document is in, are suppressed by them as a document's own are.
    suppressions: dict[tuple[str, str, str], tuple[str, ...] | None] = field(default_factory=dict)

    def catalogs_not_checked(self) -> list[tuple[str, str]]:
        """Each catalog of the run passed over, with why: those skipped (another language, a
        second catalog of a locale), then those that held nothing to check."""
        return ([(skipped.file, skipped.reason) for skipped in self.skipped]
                + [(path, NOTHING_IN_THE_FILE) for path in self.empty_catalogs]
                + [(path, NO_ENTRY_BUT_THE_HEADER) for path in self.catalogs_without_entries])

    def with_nothing_to_check(self) -> set[str]:
        """The catalogs of `catalogs` that held no entry to check (not counted as checked)."""
        return set(self.empty_catalogs) | set(self.catalogs_without_entries)

    def suppress(self, findings: list[Finding]) -> list[Finding]:
        """The findings no suppression names; those it names are counted as suppressed."""
        kept = []
        for finding in findings:
            rule = self.suppressions.get((finding.file, finding.msgctxt, finding.msgid), ())
            if rule is None or any(_names(code, finding.code) for code in rule):
                self.suppressed += 1
                self.suppressed_in[finding.file] = self.suppressed_in.get(finding.file, 0) + 1
            else:
                kept.append(finding)
        return kept

    def absorb(self, part: "CheckResult") -> None:
        """Add a part's results to these; the part is taken over (see RunIndex.merge)."""
        self.findings.extend(part.findings)
        self.entries_checked += part.entries_checked
        self.catalogs.extend(part.catalogs)
        self.empty_catalogs.extend(part.empty_catalogs)
        self.catalogs_without_entries.extend(part.catalogs_without_entries)
        self.forms_left_empty += part.forms_left_empty
        self.locales.update(part.locales)
        self.skipped.extend(part.skipped)
        self.suppressed += part.suppressed
        for file, count in part.suppressed_in.items():
            self.suppressed_in[file] = self.suppressed_in.get(file, 0) + count
        self.catalog_files.extend(part.catalog_files)
        self.target_terms.update(part.target_terms)
        self.source_terms.update(part.source_terms)
        self.words.update(part.words)
        self.document_labels.update(part.document_labels)
        self.run_index.merge(part.run_index)
        self.concepts_found.update(part.concepts_found)
        self.entry_kinds.update(part.entry_kinds)
        self.unknown_suppressions.extend(part.unknown_suppressions)
        self.suppressions.update(part.suppressions)


def _names(written: str, code: str) -> bool:
    """Whether a suppression's word names the check `code`: the code itself, or its family as
    --ignore takes one (`TERM`: every TERM check). Not any beginning of it: `T` or `TERM00`,
    which the summary says suppress nothing, hid every TERM and TYPO finding."""
    return code == written or (written.isalpha() and code.startswith(written) and code[len(written):].isdigit())
