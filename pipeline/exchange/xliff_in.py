"""Reading XLIFF 1.2 (and 1.1) and 2.x into a BilingualFile, each entry with its line.

What a CAT tool may do to a file hexaglot wrote, and how it is read:

- fill targets and change states: 1.2 `needs-*` and `new` with a translation are fuzzy, and so
  are Trados's and memoQ's own unfinished states (a target that is the source's copy in a
  segment not yet translated, 1.2 `new` or `needs-translation`, 2.x `initial`, Trados's or
  memoQ's own, is no translation; one that no state marks at all is fuzzy),
  `translated`, `signed-off`, `final` are not, and without a state `approved="no"` is; 2.x `initial` with a translation
  (the default state) is fuzzy, `translated`, `reviewed`, `final` are not;
- split a unit into segments (2.x `<segment>`s and `<ignorable>`s, 1.2 `<mrk mtype="seg">`):
  the parts are joined back, in the target's `order` where one is given; a unit with a segment
  left untranslated is fuzzy, so that no half translation passes for a whole one;
- add notes: any note that is not one hexaglot writes is the translator's (`#` comment);
- wrap text in inline codes: the native data is text again (1.2 `<ph>`, `<bpt>`, `<ept>`,
  `<it>`; 2.x `<ph>`, `<pc>`, `<sc>`, `<ec>` from `<originalData>`; `<cp>` is its character);
  a code with no native data (1.2 `<x/>`, `<bx/>`, `<ex/>`) cannot become PO text and is an
  error (E024), not a silent loss;
- add units: they are read like the others; import decides where their translations go;
- leave out a plural's group, its units saved among the others, in any order: units named as
  one plural's forms (`X[0]`, `X[1]`, … or, in 2.x, `X-0`, `X-1`, …) are read as that one entry
  again (each form's unit says its msgctxt and what was exported, as its group does); a form
  whose unit is gone is an empty form in its place.

One `<file>` per XLIFF file (a catalog). A unit marked `translate="no"` is no entry. Where the
file is to become a catalog (import), two units of one `(msgctxt, source)` are refused (one
entry takes one translation), and so is a code without native data. Where it is only checked
(`checking`), a CAT tool's file is read as it is: each unit an entry (a heading met twice is
two units of one source, each a segment of its own), and each code whose native data the tool
kept in its own files a tag of its id (`<x2/>`, `<g1>…</g1>`, 2.x `<ph2/>`, `<pc1>…</pc1>`), so
that the markup check (FMT005) finds one the translation lost.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from lxml import etree

from pipeline.errors import HexaglotInputError
from pipeline.exchange.bilingual import BilingualEntry, BilingualFile
from pipeline.exchange.other_formats import BY_ROOT, other_format
from pipeline.exchange.xliff_out import (CONTEXT_TYPES, DEVELOPER, DOCUMENT_SYMBOL, EXPORTED_FUZZY, GLOSSARY, META_TYPES,
                                         METADATA, PLURALS_2, PLURALS_12, PO_HEADER, PO_HEADER_COMMENT, TEMPLATE, XLIFF_2,
                                         XLIFF_12)
from pipeline.fileio import regular_file
from pipeline.lang import profile
from pipeline.lang.locales import tag_language
from pipeline.model import LANGUAGES
from pipeline.safe_xml import parse_untrusted

XLIFF_11 = "urn:oasis:names:tc:xliff:document:1.1"
# Trados Studio's .sdlxliff and memoQ's .mqxliff are XLIFF 1.2 with the tools' own additions;
# Phrase's .mxliff too, in a namespace of its own (found in a folder as it is read when named:
# left out, a Phrase file beside a PO catalog went unchecked, exit 0); Wordfast Pro's .txlf.
XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff", ".txlf")
# Trados Studio keeps a segment's state in its own confirmation level (sdl:seg/@conf), not in
# XLIFF's: these are a translation not yet finished (PO's fuzzy).
_SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
_SDL_UNFINISHED = {"Draft", "RejectedTranslation", "RejectedSignOff"}
# A Trados segment with no confirmation level is "Not Translated", and one its translator has
# not confirmed is "Draft": Trados's "copy source to target" leaves the copy at one of these.
_SDL_NOT_STARTED = {"", "Draft"}
# memoQ keeps its own segment status (mq:status on the unit): those of a translation someone
# confirmed name it so (`ManuallyConfirmed`, `Reviewer1Confirmed`, `ConfirmedTranslator`) or are
# `Proofread`; any other (`NotStarted`, `PartiallyEdited`, `Pretranslated`, one this list does
# not know) is a translation not yet finished, as Trados's `Draft` is.
_MEMOQ = "MQXliff"
_MEMOQ_STATUS = f"{{{_MEMOQ}}}status"
# Phrase (Memsource) writes .mxliff in a namespace of its own (`…/mxlf/2.0`).
_PHRASE = "{http://www.memsource.com/mxlf/"
# 1.2 states of a translation still to be reviewed or finished: PO's fuzzy.
# The states of a 1.2 segment no one has translated yet: a target that is the source there is
# the copy a CAT tool makes to be typed over (Trados's and memoQ's "copy source to target").
_NOT_STARTED_12 = {"new", "needs-translation"}
_UNFINISHED_12 = {"new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
                  "needs-review-adaptation", "needs-review-l10n"}
# No language has more plural forms than Arabic's six: a unit named `X[999999]` is no form.
_MOST_FORMS = 10
# The id of a plural form's unit: its entry's id and the form's index.
_FORM_ID = re.compile(r"(.+)(?:\[(\d+)\]|-(\d+))")
_CONTEXT_FIELDS = {value: name for name, value in CONTEXT_TYPES.items()}
# The xml:space in force at an element: its own, or its nearest ancestor's (compiled once: it is
# asked of every unit and target).
_NEAREST_XML_SPACE = etree.XPath("string(ancestor-or-self::*[@xml:space][1]/@xml:space)")
_META_FIELDS = {value: name for name, value in META_TYPES.items()}
# A reviser's tracked deletion in a Trados Studio file (.sdlxliff): the text the reviser
# deleted, kept in the target beside what they added (an `x-sdl-added` <mrk>, read as text)
# until the changes are accepted. The file is read as if they were.
_TRACKED_DELETION = "x-sdl-deleted"


def holds_xliff(path: Path) -> bool:
    """Whether a file named otherwise (a tool's XLIFF saved as `.xml`) holds an XLIFF document:
    its root element, the first after the XML declaration, comments and a DOCTYPE (a build
    file that names `<xliff>` in a comment or an element of its own is none), in UTF-8 or
    UTF-16 as its byte order mark says."""
    text = _start_of(path, 64 * 1024)
    return text is not None and _XLIFF_ROOT.match(text, _PROLOG.match(text).end()) is not None


def _start_of(path: Path, size: int) -> str | None:
    """The first `size` bytes of a file as text, in UTF-16 where its byte order mark says so
    (as Windows tools save XML), else UTF-8, the mark taken off; None where it cannot be read
    (the reader that needs it says why)."""
    try:
        with open(path, "rb") as file:
            start = file.read(size)
    except OSError:
        return None
    encoding = "utf-16" if start[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8"
    return start.decode(encoding, errors="ignore").lstrip("\ufeff")


# What may stand before an XML document's root element: the declaration, processing
# instructions, comments, a DOCTYPE, white space.
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.S)
_XLIFF_ROOT = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?xliff[\s>/]")


def is_xliff(path: Path) -> bool:
    """Named as XLIFF, or, named neither so nor as PO, holding XML (a tool's XLIFF saved as
    `.xml`, a TMX given as a catalog): read as XLIFF, which names any other XML for what it is.
    A `.po` file is not opened here: it is PO, and every catalog of a run is one."""
    suffix = path.suffix.lower()
    if suffix in XLIFF_SUFFIXES:
        return True
    if suffix in (".po", ".pot"):
        return False
    text = _start_of(path, 64)
    return text is not None and text.lstrip().startswith("<")


# What a file given as a catalog may be instead, by its root element.
_NOT_A_CATALOG = {
    "tmx": "a TMX translation memory, not a catalog: hexaglot reads PO and XLIFF files (export --format tmx writes memories)",
    "tbx": "a TBX glossary, not a catalog: give it with --glossary",
    "martif": "a TBX glossary, not a catalog: give it with --glossary",
}


def read_xliff(path: Path, checking: bool = False, data: bytes | None = None) -> BilingualFile:
    """An XLIFF file's one catalog, or HexaglotInputError E024 naming the line of what is wrong.
    `checking`: read to be checked, not to become a catalog (see above). `data`: the file's
    bytes where the caller has read them already."""
    if data is None:
        data = regular_file(path, "XLIFF file", "E001").read_bytes()
    other = other_format(path)
    if other is not None:  # `hexaglot import ru.json`, `hexaglot check ru.json` (catalog.py says it first)
        raise HexaglotInputError("E024", path, other.said() if checking else
                                 f"{other.name}, not an XLIFF file: import reads the XLIFF that `hexaglot export` "
                                 "writes or a CAT tool saves")
    root = parse_untrusted(data, path, "E024").getroot()
    namespace, name = etree.QName(root).namespace, etree.QName(root).localname
    if name in _NOT_A_CATALOG:
        raise HexaglotInputError("E024", path, _NOT_A_CATALOG[name], root.sourceline)
    if name in BY_ROOT and not namespace:
        raise HexaglotInputError("E024", path, BY_ROOT[name].said(), root.sourceline)
    if name != "xliff" or namespace not in (XLIFF_11, XLIFF_12, XLIFF_2):
        raise HexaglotInputError("E024", path, f"not XLIFF 1.2 or 2.x: the root element is <{name}>"
                                 + (f" in the namespace {namespace}" if namespace else " in no namespace"), root.sourceline)
    reader = _Reader12(path, namespace, checking) if namespace != XLIFF_2 else _Reader2(path, checking)
    files = [child for child in root if reader.named(child, "file")]
    if len(files) != 1:
        raise HexaglotInputError("E024", path, f"the file holds {len(files)} <file> elements; hexaglot reads one catalog "
                                 "per XLIFF file", (files[1] if len(files) > 1 else root).sourceline)
    return reader.read(root, files[0])


# The restype Translate Toolkit's po2xliff gives the unit that holds a PO file's header.
DOMAIN_HEADER = "x-gettext-domain-header"


def _one_plural_form(tag: str) -> bool:
    """Whether the language of a file's target has one plural form (Chinese), of the six."""
    lang = tag_language(tag) if tag else ""
    return lang in LANGUAGES and profile(lang).plural_count == 1


class _Reader:
    namespace: str

    def __init__(self, path: Path, checking: bool = False):
        self.path = path
        self.checking = checking
        self.seen: dict[tuple[str | None, str], int] = {}
        self.domain_header = ""  # a PO header written as a unit (Translate Toolkit's po2xliff)
        self.codes_dropped = 0  # BilingualFile.codes_dropped
        self.phrase_document = False  # whether Phrase's codes in the text are codes (_Reader12.read)
        self.copies_left_out = 0  # BilingualFile.copies_left_out
        self.one_plural_form = False  # whether the target language has one plural form (Chinese): set by read
        # id() of the first unit of each plural gathered by its notes whose first unit's source
        # is the msgid_plural: form 0 of a plural whose msgid is its msgid_plural, or a later
        # form whose form 0 is not in the file; the catalog tells which (see lone_form).
        self.form_0_unsure: set[int] = set()

    def named(self, element, name: str) -> bool:
        return element.tag == f"{{{self.namespace}}}{name}"

    def children(self, element, name: str) -> list:
        return [child for child in element if self.named(child, name)]

    def error(self, element, message: str) -> HexaglotInputError:
        return HexaglotInputError("E024", self.path, message, element.sourceline)

    def comments_on_words(self, element) -> list[str]:
        """The comments a CAT tool attached to words of the text (Trados, memoQ and Phrase on
        a selection): 1.2's `<mrk mtype="x-comment" comment="…">`, 2.x's `<mrk type="comment"
        value="…">` (one that points to a <note> by `ref` is that note's). Each as `words:
        comment`, which says what it is about."""
        said = []
        for mark in element.iter(f"{{{self.namespace}}}mrk"):
            kind, comment = (mark.get("mtype"), mark.get("comment")) if self.namespace == XLIFF_12 \
                else (mark.get("type"), mark.get("value"))
            if kind in ("x-comment", "comment") and comment and comment.strip():
                said.append(f"{' '.join(''.join(mark.itertext()).split())}: {comment.strip()}")
        return said

    def add(self, entries: list[BilingualEntry], entry: BilingualEntry, element) -> None:
        # As gettext tells entries apart: no msgctxt is not an empty one.
        key = (entry.msgctxt, entry.msgid)
        # A unit without a resource name (a CAT tool that numbers its units) is placed by its
        # source, the n-th unit of a source in the n-th entry of it, as a heading met twice in
        # a document is: repeated, it is no more ambiguous than the document is. With one, two
        # units of one name and source would give one entry two translations.
        if key in self.seen and not self.checking and entry.msgctxt is not None and not entry.lone_form:
            raise self.error(element, f"this unit repeats the one at line {self.seen[key]} (same resource name and "
                                      "source): one catalog entry cannot take two translations")
        self.seen.setdefault(key, element.sourceline)
        entries.append(replace(entry, unit=element.get("id") or ""))

    def runs(self, container, unit_name: str) -> list:
        """The children of `container`, with the units of each plural whose group a CAT tool
        left out gathered in a list, in their forms' order, where the first of them stood: one
        entry, not an entry per form. A form's unit is named after its group, `X[0]`, `X[1]`, …
        (hexaglot's 1.2 and Translate Toolkit) or `X-0`, `X-1`, … (hexaglot's 2.x); a tool may
        have moved them apart or reordered them. Form 0 must be there (it holds the msgid), and
        the forms after it translate one source, the msgid_plural: a tool's own numbering of
        unrelated units is not taken for a plural."""
        children = list(container)
        named: dict[tuple[str, bool], dict[int, object]] = {}
        for element in children:
            match = _FORM_ID.fullmatch(element.get("id") or "") if self.named(element, unit_name) else None
            if match is not None:
                bracket = match.group(2) is not None
                named.setdefault((match.group(1), bracket), {}).setdefault(int(match.group(2) or match.group(3)), element)
        gathered: dict[int, list] = {}  # id() of a plural's first unit in the file → its units in order
        position = {id(element): at for at, element in enumerate(children)}

        def source(unit) -> str:
            return "".join(source.xpath("string()") for source in unit.iter(f"{{{self.namespace}}}source"))

        for forms in named.values():
            if 0 not in forms or max(forms) >= _MOST_FORMS:
                continue
            if len(forms) < 2:
                # One unit: in a language of one plural form (Chinese) it is the whole plural
                # ("without their form 0" was said of it); in another, a form 0 alone is not.
                if self.one_plural_form and self.unit_fields(forms[0]).get("msgid_plural"):
                    gathered[id(forms[0])] = [forms[0]]
                continue
            if len({unit.get("resname") if unit_name == "trans-unit" else unit.get("name") for unit in forms.values()}) > 1:
                continue  # a singular whose msgctxt is `a[0]` beside the forms of `a`: not one of them
            plural_sources = {source(unit) for number, unit in forms.items() if number}
            if len(plural_sources) != 1:
                continue
            # A form whose unit is not in the file stands empty (None) in its place: the forms
            # after it keep their numbers.
            units = [forms.get(number) for number in range(max(forms) + 1)]
            first = min((unit for unit in units if unit is not None), key=lambda unit: position[id(unit)])
            gathered[id(first)] = units
        members = {id(unit) for units in gathered.values() for unit in units if unit is not None}
        gathered.update(self.runs_by_notes([element for element in children if id(element) not in members], unit_name, source))
        if not gathered:
            return children
        members = {id(unit) for units in gathered.values() for unit in units if unit is not None}
        return [gathered[id(element)] if id(element) in gathered else element for element in children
                if id(element) in gathered or id(element) not in members]

    def runs_by_notes(self, children: list, unit_name: str, source) -> dict[int, list]:
        """The plurals among `children` whose units a tool renamed (`1`, `2`, …: no form number
        left in their names), by what each form's unit was exported with: the msgid_plural and
        the export's digest of its entry, under one name. Form 0 first (its source the msgid),
        then the units whose source is the msgid_plural, in the file's order: a tool that both
        renamed and reordered them leaves nothing to place them by. Where the first unit's source
        is the msgid_plural too, it is form 0 only if the msgid is the msgid_plural (English
        says some alike: `%(count)d item(s) selected`), which the catalog knows: the run is
        gathered, its form 0 unsure (form_0_unsure)."""
        found: dict[int, list] = {}
        run: list = []
        run_key = None
        for element in [*children, None]:  # None: the end, which closes the last run
            key = None
            if element is not None and self.named(element, unit_name):
                fields = self.unit_fields(element)
                name = element.get("resname") if unit_name == "trans-unit" else element.get("name")
                key = (fields["msgid_plural"], fields["exported"], name) if fields["msgid_plural"] else None
            if key is not None and key == run_key and source(element) == key[0] and len(run) < _MOST_FORMS:
                run.append(element)
                continue
            if len(run) >= 2:
                found[id(run[0])] = run
                if source(run[0]) == run_key[0]:
                    self.form_0_unsure.add(id(run[0]))
            run, run_key = ([element], key) if key is not None else ([], None)
        return found

    def unit_fields(self, unit) -> dict:
        """What a unit's notes and context say (annotations), for a unit alone."""
        raise NotImplementedError

    def catalog(self, source_lang: str, target_lang: str, original: str, header_notes: list[tuple[str, str]],
                entries: list[BilingualEntry], version: str) -> BilingualFile:
        header, metadata, fuzzy, has_template, symbol = "", [], False, False, ""
        file_notes: list[str] = []
        if self.domain_header and not any(name == PO_HEADER for name, _ in header_notes):
            header_notes = [*header_notes, (PO_HEADER, self.domain_header)]
        for name, text in header_notes:
            if name == PO_HEADER:
                metadata, fuzzy = _header_fields(text)
            elif name == PO_HEADER_COMMENT:
                header = text
            elif name == TEMPLATE:
                has_template = True
            elif name == DOCUMENT_SYMBOL:
                symbol = text
            elif name not in (DEVELOPER, GLOSSARY) and text.strip() and text not in file_notes:
                file_notes.append(text)
        if symbol and not any(key == "X-Document-Symbol" for key, _ in metadata):
            metadata.append(("X-Document-Symbol", symbol))
        return BilingualFile(str(self.path), source_lang, target_lang, original, header, tuple(metadata), tuple(entries),
                             has_template, version, fuzzy, self.codes_dropped, tuple(file_notes), self.copies_left_out)


def _unfinished(unit, state: str) -> bool:
    """Whether a 1.2 translation is still to be finished (PO's fuzzy): its state says so, or,
    without a state, `approved="no"` does (Translate Toolkit's mark), or a segment of it is
    at an unfinished Trados confirmation level (or none), or memoQ's status is not confirmed."""
    if any(segment.get("conf", "") in _SDL_UNFINISHED | _SDL_NOT_STARTED for segment in unit.iter(f"{{{_SDL}}}seg")):
        return True
    if not _memoq_confirmed(unit) or _phrase_confirmed(unit) is False:
        return True
    if state:
        return state in _UNFINISHED_12
    return unit.get("approved") == "no"


def _memoq_confirmed(unit) -> bool:
    """False where memoQ's status says the unit's translation is not confirmed (see _MEMOQ)."""
    status = unit.get(_MEMOQ_STATUS)
    return status is None or "Confirmed" in status or status == "Proofread"


def _phrase_confirmed(unit) -> bool | None:
    """Phrase's (Memsource's) own mark on a unit of its .mxliff, `m:confirmed`: 0 is not
    confirmed (its machine translation or a match as it came), 1 and up confirmed at that level;
    None where the unit has none."""
    for name, value in unit.attrib.items():
        if name.startswith(_PHRASE) and name.endswith("}confirmed"):
            return value.strip() not in ("", "0")
    return None


def _copy_not_started(unit, state: str) -> bool:
    """Whether the tool says the unit was never translated, so that a target that is its
    source is the copy a CAT tool makes to be typed over, not a translation: a 1.2 state of no
    translation yet, a Trados segment not translated or in draft, a memoQ status not confirmed."""
    segments = list(unit.iter(f"{{{_SDL}}}seg"))
    return (state in _NOT_STARTED_12 or bool(segments) and all(s.get("conf", "") in _SDL_NOT_STARTED for s in segments)
            or not _memoq_confirmed(unit) or _phrase_confirmed(unit) is False)


def _stateless(unit, state: str) -> bool:
    """Whether nothing in the unit says how far its translation is (OmegaT's and Okapi's files:
    no state, no approved, no tool's own status)."""
    return not state and unit.get("approved") is None and unit.get(_MEMOQ_STATUS) is None \
        and next(unit.iter(f"{{{_SDL}}}seg"), None) is None and _phrase_confirmed(unit) is None


def _left_as_exported_to_review(fields: dict, units: list) -> bool:
    """Whether units whose translation nothing marks (a tool that writes no states has taken
    hexaglot's off: OmegaT, Okapi) were exported to be reviewed: their silence is no word on
    the translation, and the mark stands (read as finished, it was cleared, and a translation a
    reviser flagged shipped)."""
    return fields.get("exported_state") == EXPORTED_FUZZY and bool(units) and all(_stateless(unit, state) for unit, state in units)


def _header_fields(text: str) -> tuple[list[tuple[str, str]], bool]:
    """A PO header's `Key: value` lines, as polib reads them (a line without a colon continues
    the field before it)."""
    fields: list[list[str]] = []
    fuzzy = False
    for line in text.splitlines():
        if line.strip() == "#, fuzzy" and not fields:
            fuzzy = True
            continue
        key, colon, value = line.partition(":")
        if colon:
            fields.append([key, value.strip()])
        elif fields:
            fields[-1][1] += "\n" + line.strip()
    return [(key, value) for key, value in fields], fuzzy


class _Notes:
    """The notes of a unit, sorted into the entry's fields."""

    def __init__(self):
        self.comment: list[str] = []
        self.source_comment: list[str] = []
        self.tcomment: list[str] = []

    def add(self, name: str | None, about: str | None, text: str) -> None:
        if name == DEVELOPER:
            (self.source_comment if about == "source" else self.comment).append(text)
        elif name == GLOSSARY:
            return  # made from the glossary at export: the glossary is where it lives
        elif text not in self.tcomment:
            # The translator's, and every note a CAT tool or its user added.
            self.tcomment.append(text)

    def fields(self) -> dict:
        return {"comment": "\n".join(self.comment), "tcomment": "\n".join(self.tcomment),
                "source_comment": "\n".join(self.source_comment) if self.source_comment else None}


class _Reader12(_Reader):
    def __init__(self, path: Path, namespace: str, checking: bool = False):
        super().__init__(path, checking)
        self.namespace = namespace

    def read(self, root, file) -> BilingualFile:
        # A catalog's strings (an XLIFF made from a PO file) are text as written, `{1>` too:
        # Phrase's codes are those of the documents it reads itself (`agenda.docx`).
        self.phrase_document = not file.get("original", "").lower().endswith((".po", ".pot"))
        header_notes = []
        for header in self.children(file, "header"):
            header_notes = [(note.get("from", ""), _note(note)) for note in self.children(header, "note")]
        entries: list[BilingualEntry] = []
        bodies = self.children(file, "body")
        if not bodies:
            raise self.error(file, "the <file> has no <body>")
        self.one_plural_form = _one_plural_form(file.get("target-language", ""))
        self.walk(bodies[0], entries)
        version = "1.1" if self.namespace == XLIFF_11 else "1.2"
        return self.catalog(file.get("source-language", ""), file.get("target-language", ""), file.get("original", ""),
                            header_notes, entries, version)

    def walk(self, container, entries: list[BilingualEntry]) -> None:
        for element in self.runs(container, "trans-unit"):
            if isinstance(element, list):  # a plural's units, their group left out
                self.add(entries, self.plural_units(element, element[0]), element[0])
                continue
            if element.get("translate") == "no":
                continue  # no translation is asked for: no entry
            if self.named(element, "trans-unit") and element.get("restype") == DOMAIN_HEADER:
                # The PO header, as po2xliff writes it: the catalog's header fields, no entry.
                source, target, _ = self.texts(element)
                self.domain_header = target or source
            elif self.named(element, "trans-unit"):
                self.add(entries, self.single(element), element)
            elif self.named(element, "group"):
                if element.get("restype") == PLURALS_12:
                    self.add(entries, self.plural(element), element)
                else:
                    self.walk(element, entries)  # a tool's grouping: its units are entries like the others
            elif self.named(element, "bin-unit"):
                raise self.error(element, "a <bin-unit> holds binary content, which no catalog entry can")

    def unit_fields(self, unit) -> dict:
        return self.annotations([unit])

    def single(self, unit) -> BilingualEntry:
        source, target, state = self.texts(unit)
        copy = bool(target) and target == source
        if copy and _copy_not_started(unit, state):
            target = ""  # a CAT tool's copy of the source into a segment not yet translated: no translation
            self.copies_left_out += 1
        fields = self.annotations([unit])
        lone_form = bool(fields.pop("msgid_plural")) and _FORM_ID.fullmatch(unit.get("id") or "") is not None
        fields.pop("forms")
        partial = bool(target) and self.segment_left_empty(unit)
        # A copy of the source that nothing marks (Okapi Rainbow copies every source into its
        # target; a name or `Introduction` in French is its own translation): kept, but as
        # fuzzy, a translation to confirm, never one that passes for finished.
        unconfirmed_copy = bool(target) and copy and _stateless(unit, state)
        unfinished = _unfinished(unit, state) or _left_as_exported_to_review(fields, [(unit, state)])
        return BilingualEntry(unit.get("resname"), source, target, unconfirmed_copy=unconfirmed_copy,
                              fuzzy=bool(target) and (unfinished or partial or unconfirmed_copy),
                              partial=partial, lone_form=lone_form, line=unit.sourceline,
                              space_is_layout=not _preserves_space(unit), **fields)

    def plural(self, group) -> BilingualEntry:
        units = self.children(group, "trans-unit")
        if not units:
            raise self.error(group, "a plural group (x-gettext-plurals) without units")
        return self.plural_units(_in_their_places(group, units), group)

    def plural_units(self, units: list, group) -> BilingualEntry:
        """The entry of a plural's units; `group` is their group, or the first unit where the
        group was left out."""
        present = [unit for unit in units if unit is not None]  # a form left out of the file is None
        texts = [self.texts(unit) if unit is not None else ("", "", "") for unit in units]
        fuzzy = any(_unfinished(unit, state) for unit, (_, target, state) in zip(units, texts) if target and unit is not None)
        partial = any(self.segment_left_empty(unit) for unit, (_, target, _) in zip(units, texts) if target and unit is not None)
        fields = self.annotations([group, *present] if group is not units[0] else present)
        fuzzy = fuzzy or _left_as_exported_to_review(fields, [(unit, state) for unit, (_, target, state) in zip(units, texts)
                                                              if target and unit is not None])
        forms = _catalog_forms(tuple(target for _, target, _ in texts), fields.pop("forms"))
        later_sources = [source for unit, (source, _, _) in zip(units[1:], texts[1:]) if unit is not None]
        msgid_plural = fields.pop("msgid_plural") or (later_sources[0] if later_sources else texts[0][0])
        return BilingualEntry(group.get("resname"), texts[0][0], "", msgid_plural=msgid_plural, plural_forms=forms,
                              fuzzy=(fuzzy or partial) and any(forms), partial=partial and any(forms),
                              lone_form=units[0] is None or id(units[0]) in self.form_0_unsure,
                              space_is_layout=not _preserves_space(group),
                              line=group.sourceline, form_lines=tuple(unit.sourceline if unit is not None else 0 for unit in units),
                              **fields)

    def texts(self, unit) -> tuple[str, str, str]:
        """(source, translation, state) of a trans-unit."""
        sources = self.children(unit, "source")
        if not sources:
            raise self.error(unit, "a <trans-unit> without <source>")
        targets = self.children(unit, "target")
        if len(targets) > 1:
            # 1.2 allows one target a unit: a tool's second (an alternative, a reviser's) was
            # dropped unsaid, and which of the two is the translation is for a person to say.
            raise self.error(targets[1], f"a <trans-unit> with {len(targets)} <target> elements: which is the translation "
                             "is not said; keep one (an alternative goes in <alt-trans>)")
        target = targets[0] if targets else None
        if target is not None and not self.checking:
            self.codes_dropped += sum(1 for code in target.iter() if code.tag == f"{{{self.namespace}}}g" or _display_only(code))
        source = self.inline(sources[0])
        translation = self.inline(target) if target is not None else ""
        if target is not None and not _preserves_space(target):
            translation = _without_layout(self.inline(target, self.gaps(unit, target)), source)
        if self.phrase_document and any(name.startswith(_PHRASE) for name in unit.attrib):
            # Phrase writes the codes of its source document as text: `{1>`…`<1}` a pair. Checked
            # as tags (a pair lost or half deleted was no finding); imported as what a catalog's
            # text holds of them: nothing (they were `{1>16<1}` in a msgstr).
            source, translation = self.phrase_codes(source, False), self.phrase_codes(translation, target is not None)
        if _no_text(translation):
            # A space typed over a segment, or the empty target a re-indenting tool writes as
            # a line break and indentation: no translation (as a 2.x one, and as Translate
            # Toolkit and Okapi count a blank target), never one that erases the catalog's.
            translation = ""
        return source, translation, (target.get("state") or "") if target is not None else ""

    def phrase_codes(self, text: str, counted: bool) -> str:
        """A Phrase text with its codes as tags (checking) or left out (import); `counted`: the
        codes left out are counted among those dropped."""
        if self.checking:
            return _PHRASE_CODE.sub(lambda code: f"<g{code.group(1)}>" if code.group(1) else f"</g{code.group(2)}>", text)
        if counted:
            self.codes_dropped += len(_PHRASE_CODE.findall(text))
        return _PHRASE_CODE.sub("", text)

    def segment_left_empty(self, unit) -> bool:
        """Whether a tool that split the unit into segments (`<mrk mtype="seg">` in the target,
        the source's in `<seg-source>`: Okapi Rainbow, Trados) left one of them untranslated:
        a source segment with words whose target segment is missing or blank, or, without a
        `<seg-source>`, a blank target segment. The target read whole would pass the part for
        the translation."""
        targets = self.children(unit, "target")
        if not targets:
            return False
        target_segments = {mrk.get("mid"): mrk for mrk in self.segments(targets[0])}
        source_segments = [mrk for seg_source in self.children(unit, "seg-source") for mrk in self.segments(seg_source)]
        if source_segments:
            return any(not _blank(mrk) and _blank(target_segments.get(mrk.get("mid"))) for mrk in source_segments)
        return any(_blank(mrk) for mrk in target_segments.values())

    def gaps(self, unit, target) -> dict[int, str]:
        """For a target split into segments (`<mrk mtype="seg">`) with no xml:space to keep its
        whitespace: what stands between two of its segments where a re-indenting tool laid a
        line break and indentation there (the place of the segment before among the target's
        children → the text): the
        `<seg-source>`'s own between the same segments, else a space. Taken as it is, the
        layout went into the paragraph (`2022.\n           \n          Le 2 mars…`)."""
        segments = [(place, child) for place, child in enumerate(target)
                    if self.named(child, "mrk") and child.get("mtype") == "seg"]
        if len(segments) < 2:
            return {}
        source_gaps = {mrk.get("mid"): mrk.tail or "" for seg_source in self.children(unit, "seg-source")
                       for mrk in seg_source if self.named(mrk, "mrk") and mrk.get("mtype") == "seg"}
        gaps = {}
        for place, segment in segments[:-1]:
            tail = segment.tail or ""
            if "\n" in tail and not tail.strip():
                theirs = source_gaps.get(segment.get("mid"))
                gaps[place] = theirs if theirs is not None and not theirs.strip() and "\n" not in theirs else " "
        return gaps

    def segments(self, element) -> list:
        return [mrk for mrk in element.iter(f"{{{self.namespace}}}mrk") if mrk.get("mtype") == "seg"]

    def inline(self, element, gaps: dict[int, str] | None = None) -> str:
        """The element's text with its inline codes as catalog text; `gaps`: what stands after
        a child in place of its tail (see gaps)."""
        pieces = [element.text or ""]
        for place, child in enumerate(element):
            if isinstance(child.tag, str):
                name = etree.QName(child).localname
                if name in ("x", "bx", "ex"):
                    if not self.checking:
                        raise self.error(child, f"an inline <{name}/> stands for native data the file does not hold: "
                                                "it cannot become catalog text")
                    pieces.append(f"<{name}{child.get('id', '')}/>")
                elif name == "g" and self.checking:
                    pieces.append(_tagged(f"g{child.get('id', '')}", self.inline(child)))
                elif _display_only(child):
                    # memoQ's `{}` for a code whose native data it keeps itself (bold, italics):
                    # no text of the translation's (it was `{}16{}` in a msgstr), a tag of its
                    # id where the file is checked.
                    if self.checking:
                        pieces.append(f"<{name}{child.get('id', '')}/>")
                elif name == "mrk" and child.get("mtype") == _TRACKED_DELETION:
                    pass  # read as accepted: the deleted text is no more the translation's (the added is)
                else:
                    pieces.append(self.inline(child))  # g, mrk, sub: text; ph, bpt, ept, it: the native code
            pieces.append(gaps[place] if gaps and place in gaps else child.tail or "")
        return "".join(pieces)

    def annotations(self, elements) -> dict:
        notes = _Notes()
        references: list[str] = []
        machine: dict[str, str] = {}
        for element in elements:
            for child in element:
                if self.named(child, "note"):
                    notes.add(child.get("from"), child.get("annotates"), _note(child))
                elif self.named(child, "context-group"):
                    self.context_group(child, references, machine, notes)
            for comment in self.comments_on_words(element):
                notes.add(None, None, comment)
        return {**notes.fields(), "references": tuple(references), **_machine_fields(machine)}

    def context_group(self, group, references: list[str], machine: dict[str, str], notes: _Notes) -> None:
        contexts = [(context.get("context-type", ""), _note(context)) for context in self.children(group, "context")]
        if group.get("purpose") == "location":
            path = ""
            for kind, text in contexts:
                if kind == "sourcefile":
                    if path:
                        references.append(path)
                    path = text
                elif kind == "linenumber" and path:
                    references.append(f"{path}:{text}")
                    path = ""
            if path:
                references.append(path)
            return
        for kind, text in contexts:
            if kind in _CONTEXT_FIELDS:
                machine[_CONTEXT_FIELDS[kind]] = text
            elif kind == "x-po-trancomment" and text not in notes.tcomment:
                notes.tcomment.append(text)  # Translate Toolkit's po2xliff, which also writes a note


class _Reader2(_Reader):
    namespace = XLIFF_2

    def unit_fields(self, unit) -> dict:
        return self.annotations(unit)

    def read(self, root, file) -> BilingualFile:
        header_notes = [(note.get("category", ""), _note(note)) for notes in self.children(file, "notes")
                        for note in self.children(notes, "note")]
        entries: list[BilingualEntry] = []
        self.one_plural_form = _one_plural_form(root.get("trgLang", ""))
        self.walk(file, entries)
        return self.catalog(root.get("srcLang", ""), root.get("trgLang", ""), file.get("original", ""), header_notes,
                            entries, root.get("version", "2.0"))

    def walk(self, container, entries: list[BilingualEntry]) -> None:
        for element in self.runs(container, "unit"):
            if isinstance(element, list):  # a plural's units, their group left out
                self.add(entries, self.plural_units(element, element[0]), element[0])
                continue
            if element.get("translate") == "no":
                continue  # no translation is asked for: no entry
            if self.named(element, "unit"):
                self.add(entries, self.single(element), element)
            elif self.named(element, "group"):
                if element.get("type") == PLURALS_2:
                    self.add(entries, self.plural(element), element)
                else:
                    self.walk(element, entries)

    def single(self, unit) -> BilingualEntry:
        source, target, fuzzy, partial = self.texts(unit)
        if fuzzy and not partial and target == source and all(
                segment.get("state", "initial") == "initial" for segment in unit.iter(f"{{{self.namespace}}}segment")):
            target = ""  # a CAT tool's copy of the source into a segment not yet translated: no translation
            self.copies_left_out += 1
        fields = self.annotations(unit)
        lone_form = bool(fields.pop("msgid_plural")) and _FORM_ID.fullmatch(unit.get("id") or "") is not None
        fields.pop("forms")
        return BilingualEntry(unit.get("name"), source, target, fuzzy=fuzzy, partial=partial, lone_form=lone_form,
                              space_is_layout=not _preserves_space(unit), line=unit.sourceline, **fields)

    def plural(self, group) -> BilingualEntry:
        units = self.children(group, "unit")
        if not units:
            raise self.error(group, "a plural group (gettext:plurals) without units")
        return self.plural_units(_in_their_places(group, units), group)

    def plural_units(self, units: list, group) -> BilingualEntry:
        """The entry of a plural's units; `group` is their group, or the first unit where the
        group was left out."""
        texts = [self.texts(unit) if unit is not None else ("", "", False, False) for unit in units]
        fields = self.annotations(group)
        forms = _catalog_forms(tuple(target for _, target, _, _ in texts), fields.pop("forms"))
        later_sources = [source for unit, (source, *_) in zip(units[1:], texts[1:]) if unit is not None]
        msgid_plural = fields.pop("msgid_plural") or (later_sources[0] if later_sources else texts[0][0])
        return BilingualEntry(group.get("name"), texts[0][0], "", msgid_plural=msgid_plural, plural_forms=forms,
                              fuzzy=any(fuzzy for _, _, fuzzy, _ in texts) and any(forms),
                              lone_form=units[0] is None or id(units[0]) in self.form_0_unsure,
                              partial=any(partial for *_, partial in texts) and any(forms),
                              space_is_layout=not _preserves_space(group), line=group.sourceline,
                              form_lines=tuple(unit.sourceline if unit is not None else 0 for unit in units), **fields)

    def texts(self, unit) -> tuple[str, str, bool, bool]:
        """(source, translation, fuzzy, partial) of a unit: its segments and ignorables joined;
        partial where a segment with words has no translation while others have one."""
        data = {item.get("id"): item for original in self.children(unit, "originalData")
                for item in self.children(original, "data")}
        sources, targets, fuzzy, untranslated = [], [], False, False
        for position, part in enumerate(child for child in unit if self.named(child, "segment") or self.named(child, "ignorable")):
            source_elements = self.children(part, "source")
            if not source_elements:
                raise self.error(part, f"a <{etree.QName(part).localname}> without <source>")
            source = self.inline(source_elements[0], data)
            sources.append(source)
            target_elements = self.children(part, "target")
            if target_elements:
                target = target_elements[0]
                if not self.checking:
                    self.codes_dropped += sum(1 for code in target.iter(f"{{{self.namespace}}}pc")
                                              if code.get("dataRefStart") is None and code.get("dataRefEnd") is None)
                order = target.get("order")
                text = self.inline(target, data)
                if not _preserves_space(target):
                    text = _without_layout(text, source)
                targets.append((int(order) if order and order.isdigit() else position + 1, text))
                if self.named(part, "segment") and part.get("state", "initial") == "initial":
                    fuzzy = True
            elif self.named(part, "ignorable"):
                targets.append((position + 1, source))  # whitespace between segments, the same in both
            elif source.strip():
                untranslated = True
        if not sources:
            raise self.error(unit, "a <unit> without <segment>")
        places = [place for place, _ in targets]
        clash = next((place for place in places if places.count(place) > 1), None)
        if clash is not None:
            # XLIFF 2 gives each target its own place (`order`, by default its own position):
            # two at one place cannot be put together, and guessed, the sentences were glued.
            raise self.error(unit, f"two targets of the unit are at place {clash} (their `order`, or a target's own "
                                   "position where it has none): each must have a place of its own")
        target = "".join(text for _, text in sorted(targets, key=lambda item: item[0]))
        if _no_text(target):
            target = ""
        partial = bool(target) and untranslated
        return "".join(sources), target, bool(target) and (fuzzy or untranslated), partial

    def inline(self, element, data: dict) -> str:
        pieces = [element.text or ""]
        for child in element:
            if isinstance(child.tag, str):
                name = etree.QName(child).localname
                if name == "cp":
                    pieces.append(self.code_point(child))
                elif name in ("ph", "sc", "ec"):
                    pieces.append(self.native(child, child.get("dataRef"), data))
                elif name == "pc" and self.checking and child.get("dataRefStart") is None and child.get("dataRefEnd") is None:
                    pieces.append(_tagged(f"pc{child.get('id', '')}", self.inline(child, data)))
                elif name == "pc":
                    pieces.append(self.native(child, child.get("dataRefStart"), data) + self.inline(child, data)
                                  + self.native(child, child.get("dataRefEnd"), data))
                elif name == "mrk":
                    pieces.append(self.inline(child, data))
                # sm and em mark a span and hold nothing
            pieces.append(child.tail or "")
        return "".join(pieces)

    def native(self, code, reference: str | None, data: dict) -> str:
        if reference is None:
            if etree.QName(code).localname == "pc":
                return ""  # a paired code may have no data at one end
            if self.checking:
                return f"<{etree.QName(code).localname}{code.get('id', '')}/>"
            raise self.error(code, f"an inline <{etree.QName(code).localname}> without dataRef stands for native data "
                                   "the file does not hold: it cannot become catalog text")
        if reference not in data:
            raise self.error(code, f"dataRef '{reference}' names no <data> of the unit's <originalData>")
        return self.inline(data[reference], {})

    def code_point(self, element) -> str:
        try:
            return chr(int(element.get("hex", ""), 16))
        except (ValueError, OverflowError):
            raise self.error(element, f"<cp hex=\"{element.get('hex', '')}\"> is not a code point") from None

    def annotations(self, element) -> dict:
        notes = _Notes()
        references: list[str] = []
        machine: dict[str, str] = {}
        for child in element:
            if self.named(child, "notes"):
                for note in self.children(child, "note"):
                    notes.add(note.get("category"), note.get("appliesTo"), _note(note))
            elif child.tag == f"{{{METADATA}}}metadata":
                for meta in child.iter(f"{{{METADATA}}}meta"):
                    kind = _META_FIELDS.get(meta.get("type", ""))
                    if kind == "reference":
                        references.append(_plain(meta))
                    elif kind:
                        machine[kind] = _plain(meta)
        for comment in self.comments_on_words(element):
            notes.add(None, None, comment)
        return {**notes.fields(), "references": tuple(references), **_machine_fields(machine)}


def _in_their_places(group, units: list) -> list:
    """A plural group's units by the form each is named for (`<group id>[n]`, `<group id>-n`),
    a form whose unit a CAT tool left out None in its place; in their order where they are not
    named so (Translate Toolkit's po2xliff, a tool's own ids)."""
    numbered: dict[int, object] = {}
    for unit in units:
        match = _FORM_ID.fullmatch(unit.get("id") or "")
        if match is None or match.group(1) != group.get("id"):
            return units
        numbered.setdefault(int(match.group(2) or match.group(3)), unit)
    if len(numbered) != len(units) or max(numbered) >= _MOST_FORMS:
        return units
    return [numbered.get(number) for number in range(max(numbered) + 1)]


def form_group(unit_id: str) -> str | None:
    """The id of the plural group a form's unit is named after (`meeting list[0]` →
    `meeting list`, `meeting_list-0` → `meeting_list`), or None for another name."""
    match = _FORM_ID.fullmatch(unit_id)
    return match.group(1) if match else None


# Phrase's codes written as text: `{1>` opens a pair, `<1}` closes it. (`{2}`, a code alone, is
# left as written: a program's placeholder is written so too, and FMT004 compares it.)
_PHRASE_CODE = re.compile(r"\{(\d+)>|<(\d+)\}")


def _display_only(code) -> bool:
    """A 1.2 paired code (`<bpt>`, `<ept>`, `<it>`) whose content is memoQ's `{}`, the mark of
    formatting whose native data the tool keeps itself: no native data, no text. (Not a
    `<ph>`: a program's `{}` placeholder is that one's native data.)"""
    return isinstance(code.tag, str) and etree.QName(code).localname in ("bpt", "ept", "it") \
        and (code.text or "") == "{}" and not len(code)


def _tagged(name: str, text: str) -> str:
    """A paired code with no native data, as it is checked: its text between tags of its id."""
    return f"<{name}>{text}</{name}>"


def _machine_fields(machine: dict[str, str]) -> dict:
    flags = tuple(flag.strip() for flag in machine.get("flags", "").split(",") if flag.strip())
    return {"flags": flags, "previous_msgctxt": machine.get("previous_msgctxt"), "previous_msgid": machine.get("previous_msgid"),
            "previous_msgid_plural": machine.get("previous_msgid_plural"), "exported": machine.get("exported", ""),
            "exported_state": machine.get("exported_state", ""),
            "msgid_plural": machine.get("msgid_plural", ""), "forms": machine.get("forms", "")}


def _catalog_forms(forms: tuple[str, ...], written: str) -> tuple[str, ...]:
    """The plural forms of an entry: the catalog's count where the export padded the entry to
    the language's forms (`written`) and the padding came back empty."""
    if written.isdigit() and all(not form for form in forms[int(written):]):
        return forms[:int(written)]
    return forms


def _preserves_space(element) -> bool:
    """Whether the nearest `xml:space` over the element says `preserve`. Where none does, the
    file leaves whitespace to the application (XML 1.0 §2.10, XLIFF 1.2's and 2.x's default):
    the line breaks and indentation a tool that re-indents the file puts around a text."""
    return _NEAREST_XML_SPACE(element) == "preserve"


def _without_layout(target: str, source: str) -> str:
    """A target read where the file does not preserve space, without the whitespace a tool laid
    around it: at its start where the source has none at its start, at its end likewise. The
    source's own (a message that ends in a line break) is the text's, and stays; so does every
    space inside the text. A unit whose source is the catalog's msgid (where import takes a
    translation as it stands) thus keeps what the msgid has at its edges."""
    if not source[:1].isspace():
        target = target.lstrip()
    elif "\n" in _leading(target) and _leading(target) != _leading(source):
        # A source with its own edge (`  Vienna\n`) and a target a tool laid out on lines of
        # its own: the edge the file does not preserve is the source's, as msgfmt -c wants it.
        target = _leading(source) + target.lstrip()
    if not source[-1:].isspace():
        target = target.rstrip()
    elif "\n" in _trailing(target) and _trailing(target) != _trailing(source):
        target = target.rstrip() + _trailing(source)
    return target


def _leading(text: str) -> str:
    return text[:len(text) - len(text.lstrip())]


def _trailing(text: str) -> str:
    return text[len(text.rstrip()):]


def _blank(element) -> bool:
    """Nothing in it but whitespace: no words, no inline code (an element missing is blank)."""
    return element is None or (_no_text("".join(element.itertext())) and not any(isinstance(child.tag, str) for child in element))


def _no_text(text: str) -> bool:
    """Nothing but whitespace and format characters, which show nothing: a zero-width space
    (U+200B) or a BOM a tool left in an emptied segment is no translation that could erase the
    catalog's."""
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)


def _plain(element) -> str:
    return "".join(element.itertext())


def _note(element) -> str:
    """A note's or a context's text, its line breaks as a catalog's comments have them: a
    tool that read a CRLF catalog (Translate Toolkit's po2xliff) writes the CR of each as
    `&#13;`, which XML keeps, and the note, no longer the comment it came from, was added to
    the catalog again with a lone CR in it."""
    return _LINE_ENDS.sub("\n", _plain(element))


_LINE_ENDS = re.compile(r"\r\n?")
