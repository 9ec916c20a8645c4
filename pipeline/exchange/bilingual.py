"""A catalog as it travels to a CAT tool and back: one language's entries, each with what
XLIFF carries for it (source, translation, state, notes, plural forms), and the catalog's
header. No file format here: catalog.py makes one from a PO file and merges one into a PO
file; xliff_out.py and xliff_in.py write and read one.

An entry is `(msgctxt, msgid)`, as everywhere: `msgctxt` None is an entry without one (a
catalog another tool wrote), kept apart from an empty msgctxt so that a round trip gives the
catalog back as it was.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath


@dataclass(frozen=True)
class BilingualEntry:
    msgctxt: str | None
    msgid: str
    msgstr: str = ""  # the translation; an entry with plural forms has them in plural_forms
    msgid_plural: str = ""
    plural_forms: tuple[str, ...] = ()  # msgstr[0], msgstr[1], ... of an entry with msgid_plural
    fuzzy: bool = False
    comment: str = ""  # extracted comments (#.): the segment's heading, its footnote markers
    tcomment: str = ""  # translator comments (#), and the notes a CAT tool's user wrote
    flags: tuple[str, ...] = ()  # gettext flags but fuzzy (c-format, no-wrap, ...)
    references: tuple[str, ...] = ()  # `#:` references, `path:line` each
    previous_msgctxt: str | None = None  # `#|` fields: what a fuzzy entry translated before
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    # The template's extracted comment where it differs from the entry's (the source's own
    # footnote markers, which REF004 compares with the version's); None where none was given.
    source_comment: str | None = None
    glossary_notes: tuple[str, ...] = ()  # the glossary's terms found in the source (written, never read back)
    # A digest of the catalog's translation when the file was exported (`translation_digest`),
    # so that import can tell a translation the CAT tool changed from one changed in the
    # catalog meanwhile; "" when the file does not say (a file hexaglot did not write).
    exported: str = ""
    # The entry's state then (xliff_out's EXPORTED_FUZZY or EXPORTED_NOT_FUZZY); "" where the
    # file does not say (written by another tool, or by hexaglot before it said).
    exported_state: str = ""
    # Read from a unit a CAT tool split into segments and left one of them untranslated: a
    # part of a translation, never to be taken for the whole.
    partial: bool = False
    # A target that copies its source where nothing says how far the unit's translation is
    # (Okapi Rainbow copies every source into its target): fuzzy where it fills or changes a
    # translation, and no change of state where the catalog has the same text already.
    unconfirmed_copy: bool = False
    # A plural form's unit met without the unit of form 0, which holds the msgid (a CAT tool
    # that dropped the group and that unit): it names no entry to import into. Also forms whose
    # first unit may be form 0 or not (renumbered units all of the msgid_plural's source): the
    # catalog's entry, if its msgid is its msgid_plural, tells.
    lone_form: bool = False
    # Read where the file does not preserve whitespace (no xml:space="preserve" over it): what
    # a tool that re-indented the file put at a text's edges is layout, not the text.
    space_is_layout: bool = field(default=False, compare=False)
    line: int = 0  # where the entry starts in the file it was read from
    # Where each plural form's unit starts, read from XLIFF: where, not what (two entries that
    # hold the same are equal wherever they were read).
    form_lines: tuple[int, ...] = field(default=(), compare=False)
    # The id of the unit it was read from (a CAT tool's segment number), where it names it.
    unit: str = field(default="", compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return self.msgctxt or "", self.msgid

    @property
    def forms(self) -> tuple[str, ...]:
        """The translation's strings: the plural forms, or the one msgstr."""
        return self.plural_forms if self.msgid_plural else (self.msgstr,)

    @property
    def translated(self) -> bool:
        return any(self.forms)


def translation_digest(forms: tuple[str, ...]) -> str:
    """What a translation was, in 16 hex digits: enough to tell whether it is still the same."""
    return hashlib.sha256("\x00".join(forms).encode("utf-8")).hexdigest()[:16]


_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)\s*;")
_PLURAL_RULE = re.compile(r"\bplural\s*=\s*([^;]+)")


@dataclass(frozen=True)
class BilingualFile:
    """One catalog: its languages (as written: `ru`, `zh-Hans`, `zh_Hans`), the catalog it came
    from, its PO header (comment block and fields, in order) and its live entries."""

    path: str  # the file it was read from, or the catalog it was made from
    source_lang: str
    target_lang: str
    # The catalog's path below its locale root (`ru/LC_MESSAGES/<doc>.po`): what an XLIFF
    # file says it translates, and where import looks for the catalog (never used as a path
    # as it stands: import builds the path from the language and the document's name).
    original: str
    header: str = ""
    metadata: tuple[tuple[str, str], ...] = ()
    entries: tuple[BilingualEntry, ...] = ()
    # Whether the template's comments travelled with the entries (`source_comment`), so that
    # the checks can compare footnote markers with the source's as they do beside a POT.
    has_template: bool = False
    version: str = ""  # the XLIFF version read ("1.2", "2.0", ...), "" for a PO file
    metadata_fuzzy: bool = False  # the PO header entry is marked fuzzy
    # Inline codes of the targets that no catalog text can hold, their text kept (1.2 `<g>`,
    # 2.x `<pc>` without native data: a CAT tool's bold or italics), read for import.
    codes_dropped: int = 0
    # Notes on the whole file that hexaglot did not write (a reviewer's instruction for the
    # document, in 1.2's `<header>` or 2.x's `<file><notes>`): import adds them to the
    # catalog's header comment.
    file_notes: tuple[str, ...] = ()
    # Targets that copy their source left out where the tool marks the segment not yet
    # translated (a CAT tool's copy, to be typed over).
    copies_left_out: int = 0

    def field(self, name: str) -> str:
        """A header field's value, "" when the header has none."""
        return next((value for key, value in self.metadata if key == name), "")

    def plural_header(self) -> tuple[int | None, str]:
        """(nplurals, the plural expression) of the PO header's Plural-Forms, where it has them."""
        header = self.field("Plural-Forms")
        declared, rule = _NPLURALS.search(header), _PLURAL_RULE.search(header)
        return (int(declared.group(1)) if declared else None), (rule.group(1).strip() if rule else "")

    @property
    def symbol(self) -> str:
        """The document's symbol (hexaglot's X-Document-Symbol header), or ""."""
        return self.field("X-Document-Symbol")

    @property
    def document(self) -> str:
        """The catalog's domain: its file name without `.po`."""
        return PurePosixPath(self.original.replace("\\", "/")).stem if self.original else ""


def entry_ids(entries: Iterable[BilingualEntry]) -> dict[int, str]:
    """The id each entry asks for: its msgctxt where that names it alone (every entry of a
    hexaglot catalog: the segment id), else its msgctxt and a digest of its source."""
    entries = list(entries)
    counts: dict[str | None, int] = {}
    for entry in entries:
        counts[entry.msgctxt] = counts.get(entry.msgctxt, 0) + 1
    wanted = {}
    for entry in entries:
        if entry.msgctxt and counts[entry.msgctxt] == 1:
            wanted[id(entry)] = entry.msgctxt
        else:
            digest = translation_digest((entry.msgctxt or "", entry.msgid))[:10]
            wanted[id(entry)] = f"{entry.msgctxt}#{digest}" if entry.msgctxt else f"msgid-{digest}"
    return wanted
