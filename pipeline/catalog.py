"""Gettext catalogs: building, merging and writing POT and PO files.

The only module that imports polib. Merging follows msgmerge (pipeline/merge.py decides where
each existing translation goes): an entry is `(msgctxt, msgid)`; a translation that exists is
never dropped or overwritten; one found by its segment id, its source or a similar source is
made fuzzy with what it translated kept (`#|`); translations no segment takes become obsolete
(`#~`). The header's comment block and the fields translators and their tools set are kept.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from gettext import c2py
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import polib

from pipeline import __version__
from pipeline.errors import HexaglotInputError
from pipeline.exchange.bilingual import BilingualEntry, BilingualFile, translation_digest
from pipeline.exchange.other_formats import other_format
from pipeline.exchange.xliff_in import form_group, is_xliff, read_xliff
from pipeline.exchange.xliff_out import EXPORTED_FUZZY, EXPORTED_NOT_FUZZY, nmtoken
from pipeline.extract.reader import OTHER_FORMATS
from pipeline.extract.segment_ids import FOOTNOTE_CALL_AFTER_PUNCTUATION, FOOTNOTE_MARKER, are_segment_ids
from pipeline.fileio import atomic_write_bytes, held_for_writing, marked_encoding, regular_file
from pipeline.lang import plural_numbers, profile
from pipeline.lang.locales import CatalogLocale, catalog_locale, version_language
from pipeline.extract.sentences import split_sentences
from pipeline.merge import How, NewEntry, Placement, plan_merge, regroup_edits
from pipeline.model import LANGUAGES, AlignedUnit, BlockKind, CatalogFile, Entry
from pipeline.po_reader import parse_po
from pipeline.po_writer import PAGE_WIDTH, page_width_of, po_text
from pipeline.version_texts import text_digest

_DATE_KEYS = ("POT-Creation-Date", "PO-Revision-Date")
_TEMPLATE_REVISION_DATE = "YEAR-MO-DA HO:MI+ZONE"


@dataclass(frozen=True)
class CatalogInfo:
    """What a catalog says about its document in its header."""

    document: str  # the corpus folder's name, e.g. CTOC-COP-WG.7-2022-1
    symbol: str
    title: str
    source_lang: str
    source_path: str  # as shown in `#:` references


@dataclass
class MergeStats:
    entries: int = 0
    translated: int = 0
    new: int = 0
    kept: int = 0  # existing translations kept as they were
    kept_over_corpus: int = 0  # kept although the document now reads differently
    source_changed: int = 0  # made fuzzy, previous msgid kept
    context_changed: int = 0  # the same source found under another msgctxt (or none): made fuzzy
    updated_from_version: int = 0  # the version corrected since, its old text unedited in the catalog: taken
    version_not_revised: int = 0  # the version's text unchanged where the source changed: fuzzy
    moved: int = 0  # the same source, renumbered (a paragraph added or removed before it): kept as it was
    filled_from_version: int = 0  # entries the catalog had with no translation, given the version's text
    suggested: int = 0  # a similar source's translation, for a segment the document lacks: fuzzy
    obsolete: int = 0
    similar_skipped: bool = False  # too many to compare: no similar-source suggestions
    # Edited translations of a paragraph segmented otherwise now (merge.regroup_edits): the
    # sentences' joined into the paragraph's entry, a paragraph's cut into its sentences'.
    joined_edits: int = 0
    cut_edits: int = 0
    # Edited translations of a paragraph now in sentences that could not be cut into them (its
    # sentences are not the new entries'): kept obsolete, named, and those entries fuzzy.
    uncut_edits: list[str] = field(default_factory=list)
    fuzzy_ids: list[str] = field(default_factory=list)


def read_catalog(path: Path) -> polib.POFile | None:
    """An existing catalog, or None when there is none yet."""
    return read_catalog_as_read(path)[0]


def read_catalog_as_read(path: Path) -> tuple[polib.POFile | None, bytes | None]:
    """An existing catalog and the bytes it was read from (for save_catalog's `read_from`), or
    (None, None) when there is none yet."""
    if not path.exists() and not path.is_symlink():
        return None, None
    data = regular_file(path, "catalog", "E008").read_bytes()
    return _parsed_catalog(data, path), data


# The first bytes of the forms a document's version comes in (extract/reader.py's OTHER_FORMATS):
# PDF, a .docx (a ZIP), Word 97-2003, RTF.
_DOCUMENT_FORMATS = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf")
_DOCUMENT_NAMES = {".docx": "a Word document", ".pdf": "a PDF file", ".doc": "a Word 97-2003 file", ".rtf": "an RTF file",
                   ".odt": "an OpenDocument text"}


def _parsed_catalog(data: bytes, path: Path) -> polib.POFile:
    if data[:4] in _MO_MAGIC:
        raise HexaglotInputError("E008", path, "a compiled gettext catalog (.mo), not a PO file: check the .po it was "
                                 "compiled from (msgunfmt makes one back)")
    for signature, what, _ in OTHER_FORMATS:
        if data.startswith(signature):
            # `check corpora/X/en.docx`: "NUL byte in the catalog" said nothing of what the file is.
            document = signature in _DOCUMENT_FORMATS and path.suffix.lower() in _DOCUMENT_NAMES
            raise HexaglotInputError("E008", path, f"the file is {_DOCUMENT_NAMES.get(path.suffix.lower(), what)}, not a PO catalog"
                                     + (": a document's versions are made into catalogs by `hexaglot extract` (or `run`), "
                                        "which are checked" if document else ""))
    if b"\x00" in data:
        wide = _wide_encoding(data)
        if wide:
            # Notepad's "Unicode": gettext reads no such catalog; said as what it is.
            raise HexaglotInputError("E008", path, f"the catalog is saved as {wide}, which gettext does not read: save "
                                     f"it as UTF-8 (iconv -f {wide} -t UTF-8)")
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise HexaglotInputError("E008", path, "NUL byte in the catalog: it is binary, not a PO file", line)
    catalog = parse_po(data, path)
    if len(data) > MAX_TEXT:
        _refuse_texts_too_long(catalog, path)
    return catalog


def _refuse_texts_too_long(catalog: polib.POFile, path: Path) -> None:
    """E018 for an entry of more than MAX_TEXT characters, whichever command reads the catalog:
    check refused one, and extract merged a 50-million-character msgstr for six minutes and
    6.6 GB, then wrote it back at exit 0."""
    for entry in catalog:
        if entry.obsolete:
            continue  # (kept as it is by every command, never checked nor merged)
        # Each text with the line it is written at (the reader's: the msgstr's, each form's).
        forms = [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
        form_lines = getattr(entry, "msgstr_plural_linenums", ())
        texts = [(entry.msgid, entry.linenum), (entry.msgid_plural or "", entry.linenum),
                 (entry.msgstr, getattr(entry, "msgstr_linenum", entry.linenum)),
                 *((form, form_lines[n] if n < len(form_lines) else entry.linenum) for n, form in enumerate(forms))]
        longest, line = max(texts, key=lambda text: len(text[0]))
        if len(longest) > MAX_TEXT:
            raise HexaglotInputError("E018", path, f"an entry's text of {len(longest):,} characters (the limit is "
                                     f"{MAX_TEXT:,}): not a translation to check; is the file generated?", line)


def _wide_encoding(data: bytes) -> str:
    """"UTF-16" or "UTF-32" where the bytes are text in one of them (its byte-order mark, or
    the NUL high bytes of `msgid` every catalog holds), else ""."""
    marked = marked_encoding(data)
    if marked in ("utf-16", "utf-32"):
        return marked.upper()
    for name, codec in (("UTF-32", "utf-32-le"), ("UTF-32", "utf-32-be"), ("UTF-16", "utf-16-le"), ("UTF-16", "utf-16-be")):
        if "msgid".encode(codec) in data[:4096]:
            return name
    return ""


# The first four bytes of a .mo file, in either byte order (GNU gettext's magic number).
_MO_MAGIC = (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")


def build_template(units: Sequence[AlignedUnit], info: CatalogInfo) -> polib.POFile:
    info = _fit_for_po(info)
    template = polib.POFile(wrapwidth=78)
    template.header = (
        f"{info.title}, {info.symbol}: template in the source language ({info.source_lang}).\n"
        f"Made by hexaglot from {info.source_path}; do not translate this file."
    )
    template.metadata = _metadata(info, lang=None)
    for unit in units:
        source = unit.versions[info.source_lang]
        template.append(
            polib.POEntry(
                msgctxt=unit.id,
                msgid=source.text,
                msgstr="",
                occurrences=[(info.source_path, str(source.line))],
                comment=_comment(unit, info.source_lang),
            )
        )
    return template


def build_catalog(
    units: Sequence[AlignedUnit],
    info: CatalogInfo,
    lang: str,
    target_path: str | None,
    existing: polib.POFile | None,
    extracted_from: Mapping[str, str] | None = None,
) -> tuple[polib.POFile, MergeStats]:
    """The catalog of one target language, merged with the catalog that exists, if any (see
    pipeline/merge.py for where each existing translation goes). `extracted_from`: what each
    segment's version said at the last extraction, as digests (pipeline/version_texts.py)."""
    info = _fit_for_po(info)
    target_path = _one_line(target_path) if target_path else target_path
    stats = MergeStats()
    catalog = polib.POFile(wrapwidth=78)
    catalog.header = (
        f"{info.title}, {info.symbol}: {profile(lang).english_name} version.\n"
        f"Made by hexaglot from {info.source_path} and {target_path or '(no ' + lang + ' version)'}.\n"
        f"{_KEPT_LINE}"
    )
    catalog.metadata = _metadata(info, lang)
    if existing is not None:
        _keep_header(catalog, existing)
    old_entries = list(existing) if existing is not None else []  # a POFile lists its obsolete entries too
    wanted = [NewEntry(unit.id, unit.versions[info.source_lang].text, lang in unit.versions,
                       text_digest(unit.versions[lang].text) if lang in unit.versions else "") for unit in units]
    plan = plan_merge(wanted, old_entries, _translated, extracted_from)
    language = profile(lang)
    regrouped = regroup_edits(
        wanted, plan, lambda old: _translated(old) and not old.msgid_plural
        and (not extracted_from or extracted_from.get(old.msgctxt) != text_digest(old.msgstr)),
        lambda text: [text[start:end] for start, end in split_sentences(text, language)], "" if language.unspaced else " ")
    old_by_segment = {entry.msgctxt: entry for entry in old_entries if entry.msgctxt and not entry.obsolete}
    stats.similar_skipped = plan.similar_skipped
    for index, unit in enumerate(units):
        entry = _merged_entry(unit, info, lang, target_path, plan.placed.get(index), stats, extracted_from or {})
        if index in regrouped:
            made = regrouped[index]
            entry.msgstr, entry.previous_msgid = made.msgstr, made.previous_msgid
            entry.tcomment = "\n".join(filter(None, dict.fromkeys(old.tcomment for old in made.olds)))
            if "fuzzy" not in entry.flags:
                entry.flags.insert(0, "fuzzy")
            if made.joined:
                stats.joined_edits += len(made.olds)
            elif made.olds[0].msgctxt + "/s1" == unit.id:
                stats.cut_edits += 1
        before = old_by_segment.get(unit.id)
        if (index not in plan.placed and before is not None and lang in unit.versions and extracted_from
                and extracted_from.get(unit.id) == text_digest(unit.versions[lang].text) and before.msgid != entry.msgid):
            # The version gives the text it gave this segment before, and the source here
            # changed (the old text moved on, or was rewritten): that text translates the old
            # source, to be reviewed as a changed source is.
            if "fuzzy" not in entry.flags:
                entry.flags.insert(0, "fuzzy")
            entry.previous_msgid = before.msgid
            stats.version_not_revised += 1
        catalog.append(entry)
        stats.entries += 1
        if entry.msgstr:
            stats.translated += 1
        if entry.fuzzy:
            stats.fuzzy_ids.append(unit.id)
    for leftover in plan.left:
        # A translation, or a translator's comment, that no segment takes any more is kept
        # obsolete (`#~`), where msgmerge keeps it and a translator can find it again.
        if _translated(leftover) or leftover.tcomment:
            _review_what_replaced(leftover, catalog, stats, extracted_from)
            leftover.obsolete = True
            catalog.append(leftover)
            stats.obsolete += 1
    return catalog, stats


def _review_what_replaced(leftover: polib.POEntry, catalog: polib.POFile, stats: MergeStats,
                          extracted_from: Mapping[str, str] | None) -> None:
    """A paragraph's translation edited in the catalog that no sentence entry of the paragraph
    took (another version now splits it otherwise, and the edit has not as many sentences):
    the entries that replaced it give the version's text, not the reviser's, and are fuzzy,
    with the paragraph's msgid as their previous one, so that the edit is merged by hand, not
    lost among the obsolete entries."""
    edited = (_translated(leftover) and not leftover.msgid_plural and leftover.msgctxt
              and (not extracted_from or extracted_from.get(leftover.msgctxt) != text_digest(leftover.msgstr)))
    if not edited:
        return
    parts = [entry for entry in catalog if (entry.msgctxt or "").startswith(leftover.msgctxt + "/")]
    if not parts:
        return
    stats.uncut_edits.append(leftover.msgctxt)
    for entry in parts:
        if "fuzzy" not in entry.flags:
            entry.flags.insert(0, "fuzzy")
            stats.fuzzy_ids.append(entry.msgctxt)
        entry.previous_msgid = entry.previous_msgid or leftover.msgid
        entry.previous_msgctxt = entry.previous_msgctxt or leftover.msgctxt


def _fit_for_po(info: CatalogInfo) -> CatalogInfo:
    """What came from files (a folder's name, meta.toml's title, paths) on one line each: a
    line break in a header field or a `#:` reference would make the catalog unparsable."""
    return CatalogInfo(*(_one_line(value) for value in (info.document, info.symbol, info.title, info.source_lang, info.source_path)))


def _translated(entry: polib.POEntry) -> bool:
    return bool(entry.msgstr) or any(entry.msgstr_plural.values())


# Header fields hexaglot sets on every extraction; every other field of an existing catalog
# (Last-Translator, Language-Team, Plural-Forms, a tool's X- fields) is the translators' and kept.
_OWN_FIELDS = {"POT-Creation-Date", "PO-Revision-Date", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
               "X-Generator", "X-Document-Symbol", "X-Source-Language"}


# The last line of the comment block hexaglot writes above a catalog's header.
_KEPT_LINE = "Translations edited here are kept when the catalog is extracted again."


def _keep_header(catalog: polib.POFile, existing: polib.POFile) -> None:
    """What translators and their tools wrote in the header survives re-extraction: the comment
    block's lines (all of a block hexaglot did not write; of one it wrote, every line but its
    own three, which are written anew: a translator's credit, a `# hexaglot: ignore CODE` for
    the whole catalog, were gone at the next extraction) and every field hexaglot does not own."""
    lines = existing.header.split("\n") if existing.header.strip() else []
    made = next((n for n, line in enumerate(lines) if line.startswith("Made by hexaglot from")), None)
    if made is None:
        if lines:
            catalog.header = existing.header
    else:
        ours = {made, made - 1} | ({made + 1} if made + 1 < len(lines) and lines[made + 1] == _KEPT_LINE else set())
        theirs = [line for n, line in enumerate(lines) if n not in ours]
        if any(line.strip() for line in theirs):
            catalog.header = "\n".join([catalog.header, *theirs])
    for key, value in existing.metadata.items():
        if key not in _OWN_FIELDS and (value or key not in catalog.metadata):
            catalog.metadata[key] = value


def _merged_entry(unit, info, lang, target_path, placement: Placement | None, stats: MergeStats,
                  extracted_from: Mapping[str, str]) -> polib.POEntry:
    source = unit.versions[info.source_lang]
    version = unit.versions.get(lang)
    occurrences = [(info.source_path, str(source.line))]
    if version and target_path:
        occurrences.append((target_path, str(version.line)))
    entry = polib.POEntry(
        msgctxt=unit.id,
        msgid=source.text,
        msgstr=version.text if version else "",
        occurrences=occurrences,
        comment=_comment(unit, lang),
        flags=["fuzzy"] if lang in unit.fuzzy else [],
    )
    old = placement.old if placement else None
    if old is None or not _translated(old):
        if old is not None:
            entry.tcomment = old.tcomment
            # Said: an entry a translator emptied on purpose is filled again as any empty one is.
            stats.filled_from_version += bool(entry.msgstr)
        stats.new += old is None
        return entry
    if (version and not old.msgid_plural and old.msgstr != version.text and old.msgctxt == unit.id
            and placement.how in (How.EXACT, How.SAME_SEGMENT) and extracted_from.get(old.msgctxt) == text_digest(old.msgstr)):
        # The catalog holds what the version said for this segment at the last extraction, and
        # the version says otherwise now: a corrected version, read as a first extraction reads
        # it. Only for the same segment: a translation that followed its text to another number
        # is compared with what the version says at that number, another paragraph's text
        # where the version is not renumbered yet.
        entry.tcomment = old.tcomment
        # A fuzzy mark the alignment made goes with the old text; one a translator set (no
        # alignment note says why) is theirs to clear: the corrected version may still need it.
        translators_mark = not _aligned_fuzzy(old)
        entry.flags += [flag for flag in old.flags if (flag != "fuzzy" or translators_mark) and flag not in entry.flags]
        stats.updated_from_version += 1
        return entry
    # A translation exists: it wins over the document's text, as a translator put it there.
    entry.msgstr = old.msgstr
    entry.msgstr_plural = dict(old.msgstr_plural)
    entry.msgid_plural = old.msgid_plural
    entry.tcomment = old.tcomment
    entry.flags = list(old.flags)
    stats.kept += 1
    if placement.how in (How.EXACT, How.MOVED):
        if version and old.msgstr != version.text:
            stats.kept_over_corpus += 1
        entry.previous_msgid = old.previous_msgid
        entry.previous_msgctxt = old.previous_msgctxt
        stats.moved += placement.how is How.MOVED
        return entry
    # Found by its segment, its source or a similar source: to be reviewed, with what it
    # translated kept (`#|`), as msgmerge marks its fuzzy matches.
    if "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    if "fuzzy" in old.flags and old.previous_msgid:
        # Fuzzy already, with what it translated kept (`#|`, a translator's tool or an earlier
        # merge wrote it): the translation still renders that text, not the msgid it was
        # found under, and the `#|` is kept as it was.
        entry.previous_msgid, entry.previous_msgctxt = old.previous_msgid, old.previous_msgctxt
    else:
        entry.previous_msgid = old.msgid
        if (old.msgctxt or "") != unit.id:
            entry.previous_msgctxt = old.msgctxt
    if placement.how in (How.SAME_SEGMENT, How.MOVED_EDITED):
        stats.source_changed += 1
    elif placement.how is How.SAME_SOURCE:
        stats.context_changed += 1
    else:
        stats.suggested += 1
    return entry


def _aligned_fuzzy(entry: polib.POEntry) -> bool:
    """Whether an entry's fuzzy mark is the alignment's: its extracted comment holds the note
    the alignment writes where a pairing is uncertain (align.py: whole paragraph, by content)."""
    return "Aligned as a whole paragraph" in (entry.comment or "") or "Paired by content" in (entry.comment or "")


def _comment(unit: AlignedUnit, lang: str) -> str:
    lines = [unit.context]
    if unit.kind is BlockKind.FOOTNOTE and unit.note_of:
        lines.append(f"Footnote to {unit.note_of}.")
    if unit.kind is BlockKind.LINK and unit.note_of:
        lines.append(f"Link target in {unit.note_of}.")
    version = unit.versions.get(lang)
    if version and version.footnotes:
        lines.append(FOOTNOTE_MARKER + ", ".join(version.footnotes) + ".")
    if version and version.calls_after_punctuation:
        # Where the call stands is lost with the marker: said here for TYPO010.
        lines.append(f"{FOOTNOTE_CALL_AFTER_PUNCTUATION}: " + ", ".join(version.calls_after_punctuation) + ".")
    if unit.note_for(lang):
        # Every catalog says why the paragraph is one unit, not only those marked fuzzy; a
        # version's own pairing is said in its catalog.
        lines.append(unit.note_for(lang))
    return "\n".join(lines)


def _metadata(info: CatalogInfo, lang: str | None) -> dict[str, str]:
    metadata = {
        "Project-Id-Version": info.document,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": "",
    }
    # The fields msgfmt --check-header expects; a template keeps xgettext's placeholders.
    metadata["PO-Revision-Date"] = "" if lang else _TEMPLATE_REVISION_DATE
    metadata["Last-Translator"] = "" if lang else "FULL NAME <EMAIL@ADDRESS>"
    metadata["Language-Team"] = profile(lang).english_name if lang else "LANGUAGE <LL@li.org>"
    metadata["Language"] = lang or ""
    metadata.update(
        {
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
    )
    if lang:
        metadata["Plural-Forms"] = profile(lang).plural_forms
    metadata["X-Document-Symbol"] = info.symbol
    metadata["X-Generator"] = f"hexaglot {__version__}"
    metadata["X-Source-Language"] = info.source_lang
    # A value that came from a file (a folder's name, meta.toml's symbol) holds no line break
    # or other control character: in a header field it would end the field, and the catalog
    # would not parse.
    return {key: _one_line(value) for key, value in metadata.items()}


def _one_line(text: str) -> str:
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)


def save_catalog(catalog: polib.POFile, path: Path, existing: polib.POFile | None, creation_date: str | None = None,
                 read_from: bytes | None = None) -> bool:
    """Write a catalog atomically unless nothing but its dates would change.

    Returns whether the file was written. Dates are kept from the existing file when the
    content is otherwise the same, so that re-extracting unchanged input changes no byte.
    `read_from`: the bytes `existing` was read from; a file that holds others now changed
    since (a translator saved it meanwhile) and is not written over (E050).
    """
    with held_for_writing([path]):  # from the comparison with what was read to the write
        data = catalog_to_save(catalog, path, existing, creation_date, read_from)
        if data is None:
            return False
        atomic_write_bytes(path, data)
    return True


def catalog_to_save(catalog: polib.POFile, path: Path, existing: polib.POFile | None, creation_date: str | None = None,
                    read_from: bytes | None = None) -> bytes | None:
    """The bytes save_catalog writes, or None where nothing but the dates would change (for a
    command that writes several catalogs all or none: fileio.atomic_write_all)."""
    _no_joined_comment_lines(catalog)
    _header_says_utf8(catalog)
    on_disk = path.read_bytes() if path.exists() else b""
    if read_from is not None and on_disk != read_from:
        raise HexaglotInputError("E050", path, "changed on disk while hexaglot merged into it (saved by someone meanwhile?): "
                                 "not written over, so nothing of it is lost; run the command again")
    # Lines end as the file's did: a catalog a Windows editor saved with CRLF, rewritten with LF,
    # showed every line changed in the translator's diff.
    line_end = "\r\n" if on_disk.split(b"\n", 1)[0].endswith(b"\r") else "\n"
    # And wrapped as the file was: a catalog Weblate wrote unwrapped, rewrapped at 79 columns,
    # showed every long entry changed for a one-word import; so did one msgcat wrote at 60.
    page_width = page_width_of(on_disk.decode("utf-8", "replace")) if on_disk else PAGE_WIDTH
    if existing is not None and on_disk:
        for key in _DATE_KEYS:
            # A date the existing header does not have is not added as an empty one (and then
            # dated now: import gave msginit's catalogs a POT-Creation-Date).
            if catalog.metadata.get(key) != _TEMPLATE_REVISION_DATE and key in existing.metadata:
                catalog.metadata[key] = existing.metadata[key]
        if _written(catalog, line_end, page_width) == on_disk:
            return None
    now = _now()
    if "POT-Creation-Date" in catalog.metadata:
        catalog.metadata["POT-Creation-Date"] = creation_date or now
    if catalog.metadata.get("PO-Revision-Date") != _TEMPLATE_REVISION_DATE:
        catalog.metadata["PO-Revision-Date"] = now
    return _written(catalog, line_end, page_width)


def _written(catalog: polib.POFile, line_end: str, page_width: int | None = PAGE_WIDTH) -> bytes:
    # po_text writes a line break inside a string as `\n`: every "\n" it returns ends a line.
    text = po_text(catalog, page_width)
    return (text if line_end == "\n" else text.replace("\n", line_end)).encode("utf-8")


_HEADER_CHARSET = re.compile(r"(\bcharset=)[^\s;]+", re.I)
_SAYS_UTF8 = re.compile(r"\bcharset=utf-?8(?![^\s;])", re.I)


def _header_says_utf8(catalog: polib.POFile) -> None:
    """The catalog is written in UTF-8, so its header says so. import writes into a catalog
    another tool made, whose header may declare CP1251, ISO-8859-1 or msginit's ASCII: kept,
    that header made gettext read every Russian translation as mojibake (or refuse the file)
    and hexaglot refuse the catalog it had just written."""
    content_type = catalog.metadata.get("Content-Type")
    if content_type is not None and not _SAYS_UTF8.search(content_type):  # `charset=utf-8` kept as written
        catalog.metadata["Content-Type"] = _HEADER_CHARSET.sub(r"\1UTF-8", content_type)


def _no_joined_comment_lines(catalog: polib.POFile) -> None:
    """A comment line ending in a backslash would be joined to the next line by gettext (and by
    po_reader.py, which reads as gettext does): the entry's msgctxt or msgid would become part
    of the comment. Such a line gets a space after the backslash."""
    def safe(text: str) -> str:
        return "\n".join(line + " " if line.endswith("\\") else line for line in text.split("\n")) if "\\" in text else text

    catalog.header = safe(catalog.header)
    for entry in catalog:
        entry.comment, entry.tcomment = safe(entry.comment or ""), safe(entry.tcomment or "")


def _now() -> str:
    """The time to stamp a changed catalog with; SOURCE_DATE_EPOCH makes builds reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.gmtime()
    return time.strftime("%Y-%m-%d %H:%M+0000", moment)


# Where a catalog says the language of its msgids: hexaglot's PO header field, XLIFF 1.2's
# <file source-language>, XLIFF 2's <xliff srcLang>. Looked for in the file's first bytes only
# (the header, the root): read before any catalog is, for every catalog of a run.
_DECLARED_SOURCE = re.compile(rb'^"X-Source-Language:\s*([A-Za-z_-]+)\s*\\n"|\b(?:source-language|srcLang)\s*=\s*["\']([A-Za-z_-]+)',
                              re.MULTILINE)


def declared_source(path: Path) -> str | None:
    """The one of the six languages a catalog says its msgids are in, or None where it says
    none (most catalogs of other tools) or cannot be read (said when it is read to be checked)."""
    try:
        with open(path, "rb") as file:
            head = file.read(16384)
    except OSError:
        return None
    if not is_xliff(path):
        head = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]  # the header entry alone
    found = _DECLARED_SOURCE.search(head)
    return version_language((found.group(1) or found.group(2)).decode("ascii")) or None if found else None


def read_entries(path: Path, shown: str | None = None) -> CatalogFile:
    """A catalog's live entries for the checks, with each entry's line in its file: a PO file,
    or an XLIFF file read as the catalog it carries (pipeline/exchange/). `shown` is the path
    findings name (a Dask worker reads the file at its absolute path, while findings name it
    as the user gave it)."""
    if is_xliff(path):
        data = regular_file(path, "XLIFF file", "E001").read_bytes()
        return replace(_xliff_entries(read_xliff(path, checking=True, data=data), path, shown), digest=hashlib.sha256(data).digest())
    other = other_format(path)
    if other is not None:
        raise HexaglotInputError("E008", path, other.said())
    catalog, data = read_catalog_as_read(path)
    if catalog is None:
        raise HexaglotInputError("E001", path, "the catalog does not exist")
    if path.suffix.lower() == ".pot":
        found = catalog_locale(catalog.metadata.get("X-Source-Language", ""), path)
    else:
        found = catalog_locale(catalog.metadata.get("Language", ""), path)
    # A document's source is the same in its five catalogs: interned, each is one string, not
    # five, wherever it goes (the caches keyed on it, the run index a worker sends back: a
    # third smaller, 0.9 MB a document of the benchmark tree before, 0.6 MB after).
    entries = tuple(
        Entry(e.msgctxt or "", sys.intern(e.msgid), e.msgstr_plural.get(0, "") if e.msgid_plural else e.msgstr, e.linenum,
              e.fuzzy, e.comment or "", e.tcomment or "", e.msgid_plural or "",
              tuple(e.msgstr_plural[n] for n in sorted(e.msgstr_plural)) if e.msgid_plural else (),
              tuple(flag for flag in e.flags if flag != "fuzzy"), getattr(e, "msgstr_linenum", 0),
              getattr(e, "msgstr_plural_linenums", ()) if e.msgid_plural else (), e.msgctxt == "")
        for e in catalog
        if not e.obsolete and (e.msgid or e.msgctxt is not None)  # `pgettext("ctx", "")` is an entry too
    )
    read = _catalog_file(shown or str(path), found, entries, catalog.metadata, has_header=True)
    if not catalog.metadata and not len(catalog):
        read = replace(read, empty=True)
    obsolete = frozenset((e.msgctxt or "", e.msgid) for e in catalog
                         if e.obsolete and (e.msgstr or any(e.msgstr_plural.values())))  # (with a translation kept)
    return replace(read, header_line=getattr(catalog, "header_line", 0), header_comment=catalog.header or "",
                   obsolete_keys=obsolete, digest=hashlib.sha256(data).digest())


# The longest text an entry may hold: a page of a web site is a few thousand characters, and
# extraction's limit for a line of a document is the same (extract/reader.py's MAX_LINE).
MAX_TEXT = 1_000_000


def _catalog_file(shown: str, found, entries: tuple[Entry, ...], metadata, positions: bool = False,
                  has_header: bool = False) -> CatalogFile:
    """What the checks see of a catalog, whatever file it came from: its entries, its language
    and what its header says of plural forms and of its msgctxt. `positions`: its msgctxt say
    where an entry is (unit ids), whatever the header says. `has_header`: a PO file, whose
    header is where gettext looks for the Plural-Forms its plural entries need (an XLIFF file
    has no such place)."""
    for entry in entries:
        # Each text with the line it is written at: the msgid's, the msgstr's, each form's.
        texts = [(entry.msgid, entry.line), (entry.msgid_plural, entry.line), (entry.msgstr, entry.finding_line),
                 *((form, entry.form_line(number)) for number, form in enumerate(entry.plural_forms))]
        longest, line = max(texts, key=lambda text: len(text[0]))
        if len(longest) > MAX_TEXT:
            # A 50 MB msgstr took two minutes and 3 GB to check, for two million findings.
            raise HexaglotInputError("E018", shown, f"an entry's text of {len(longest):,} characters (the limit is "
                                     f"{MAX_TEXT:,}): not a translation to check; is the file generated?", line)
    plural_forms = metadata.get("Plural-Forms", "")
    declared, rule = _NPLURALS.search(plural_forms), _PLURAL_RULE.search(plural_forms)
    problem = _plural_header_problem(plural_forms, declared, rule)
    if has_header and not plural_forms.strip() and any(entry.msgid_plural for entry in entries):
        problem = ("the catalog has plural entries and no Plural-Forms header: gettext picks their forms by "
                   f"English's rule ({_GETTEXT_DEFAULT_RULE}) (msgfmt refuses the catalog)")
    if problem:
        declared = rule = None  # the language's rules stand in for a header gettext cannot use
    # Written by hexaglot (even if a PO editor has since rewritten X-Generator, the document's
    # symbol is still there), or by a tool that kept hexaglot's msgctxt and not its header (an
    # Okapi or Translate Toolkit XLIFF of its catalog, its resnames the ids): segment ids.
    ids = positions or metadata.get("X-Generator", "").startswith("hexaglot") or "X-Document-Symbol" in metadata \
        or are_segment_ids([entry.msgctxt for entry in entries])
    return CatalogFile(shown, found.lang, entries, contexts_are_ids=ids, locale=found.locale,
                       language_problem=found.problem, nplurals=int(declared.group(1)) if declared else None,
                       plural_rule=rule.group(1).strip() if rule else "", plural_header_problem=problem)


def _xliff_entries(bilingual: BilingualFile, path: Path, shown: str | None) -> CatalogFile:
    """An XLIFF file's catalog as the checks see a PO file's: the entries at their units' lines,
    the language its header (or its target-language, or its path) names."""
    metadata = dict(bilingual.metadata)
    source = catalog_locale(bilingual.source_lang, path, path_may_differ=True).lang if bilingual.source_lang else ""
    found = catalog_locale(metadata.get("Language", "") or bilingual.target_lang, path,
                           "the Language header" if metadata.get("Language", "") else "its target-language", path_may_name=source or "en")
    if bilingual.target_lang and metadata.get("Language", ""):
        # The catalog's header the export carried, and the target language the CAT tool's
        # project says: a file retargeted to another language (Traditional Chinese, which is
        # refused) is read as what it now is, not as the catalog it came from.
        targeted = catalog_locale(bilingual.target_lang, path, "its target-language", path_may_name=source or "en")
        if targeted.problem or targeted.lang != found.lang:
            found = targeted
    read = [e for e in bilingual.entries if e.msgid]
    # Units of one source (a CAT tool's segments: a heading met twice) are entries of their
    # own, named by their unit's id, which says where the segment is, not what it means.
    repeated = {key for key, count in Counter(e.key for e in read).items() if count > 1}
    entries = tuple(
        Entry((e.unit or str(e.line)) if e.key in repeated else e.msgctxt or "", sys.intern(e.msgid),
              e.forms[0] if e.forms else "", e.line, e.fuzzy, e.comment,
              e.tcomment, e.msgid_plural, e.plural_forms if e.msgid_plural else (), e.flags,
              plural_lines=e.form_lines if e.msgid_plural else (), empty_context=e.msgctxt == "" and e.key not in repeated)
        for e in read
    )
    positions = bool(repeated) and not any(e.msgctxt for e in read)
    return _catalog_file(shown or str(path), found, entries, metadata, positions)


def xliff_template(path: Path, shown: str | None = None) -> CatalogFile | None:
    """The template an XLIFF file carries (each entry's source and the template's comment),
    where it was exported beside one: what the checks compare footnote markers with."""
    bilingual = read_xliff(path, checking=True)  # as _xliff_entries read it: a CAT tool's file may repeat a source
    if not bilingual.has_template:
        return None
    found = catalog_locale(bilingual.source_lang, path, path_may_differ=True)
    entries = tuple(Entry(e.msgctxt or "", e.msgid, "", e.line, comment=e.comment if e.source_comment is None else e.source_comment)
                    for e in bilingual.entries if e.msgid)
    return CatalogFile(shown or str(path), found.lang, entries, locale=found.locale)


def with_template_segments(catalog: CatalogFile, template: CatalogFile | None) -> CatalogFile:
    """The catalog as the checks read it beside its template: where the file has no msgctxt at
    all (another tool rewrote it) and the template has hexaglot's segment ids, each entry whose
    msgid one template entry has takes that entry's id as its `segment`, so that it is compared
    with its versions in the other languages and read as what it is (an agenda's item, a table
    cell). A msgid the template has twice (an item's title in the list and over its paragraphs)
    stays unplaced: which of the two it is, nothing says. The entries' own keys are unchanged:
    findings, suppressions and --fix name the file as it is."""
    # (whatever its header says: a tool that dropped the msgctxt may keep hexaglot's X-Generator)
    if (template is None or not template.contexts_are_ids or not catalog.entries
            or any(entry.msgctxt or entry.empty_context for entry in catalog.entries)):
        return catalog
    count = Counter(entry.msgid for entry in template.entries)
    segments = {entry.msgid: entry.msgctxt for entry in template.entries if count[entry.msgid] == 1}
    if not any(entry.msgid in segments for entry in catalog.entries):
        return catalog  # another document's catalog under the template's name: nothing to place
    entries = tuple(replace(entry, segment=segments.get(entry.msgid, "")) for entry in catalog.entries)
    return replace(catalog, entries=entries, contexts_are_ids=True)


_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)\s*;")
# No language has more plural forms than Arabic's six; gettext's own limit is not much higher.
_MOST_PLURAL_FORMS = 10


# What gettext does where a catalog declares no Plural-Forms (GNU gettext's germanic_plural).
_GETTEXT_DEFAULT_RULE = "n != 1"


def _plural_header_problem(header: str, declared, rule) -> str:
    """What is wrong with a Plural-Forms header, said with who refuses it (msgfmt, or Python's
    gettext alone), or "" (no header is the caller's to judge)."""
    if not header.strip():
        return ""
    if declared is None or not 1 <= int(declared.group(1)) <= _MOST_PLURAL_FORMS:
        return (f"the Plural-Forms header cannot be used: nplurals is not a number of forms from 1 to {_MOST_PLURAL_FORMS} "
                "(msgfmt refuses the catalog)")
    if rule is None:
        return "the Plural-Forms header cannot be used: it has no plural= expression (msgfmt refuses the catalog)"
    if "nplurals=" not in header or _GETTEXT_PLURAL.search(header) is None:
        # gettext (and Python's gettext) look for the words and the `=` together: spaced, the
        # header is not read, and English's rule (n != 1) picks the forms.
        return ("the Plural-Forms header cannot be used: gettext reads 'nplurals=' and 'plural=' with no space before "
                "the '=' (msgfmt refuses the catalog)")
    served = plural_numbers(rule.group(1).strip(), int(declared.group(1)))
    if served is None:
        limit = _python_limit(rule.group(1).strip())
        if limit:
            # (Python's own limits, not msgfmt's, which reads the expression: said as they are)
            return (f"the Plural-Forms header cannot be used by Python programs: its plural expression {limit} "
                    "(Python's gettext refuses it; hexaglot reads the language's rule instead)")
        return ("the Plural-Forms header cannot be used: its plural expression is not one gettext can read "
                "(msgfmt refuses the catalog)")
    if sum(map(len, served)) < 1001:
        return (f"the Plural-Forms header cannot be used: its plural expression gives a form beyond "
                f"nplurals={declared.group(1)} (msgfmt refuses the catalog)")
    return ""
def _python_limit(rule: str) -> str:
    """What Python's gettext says of an expression it refuses for its size alone (more than
    20 levels of brackets, more than 1,000 characters), which GNU msgfmt reads; or ""."""
    try:
        c2py(rule)
    except ValueError as error:
        return {"plural form expression is too complex": "nests more than 20 levels deep",
                "plural form expression is too long": "is longer than 1,000 characters"}.get(str(error), "")
    except (SyntaxError, RecursionError, TypeError, OverflowError):
        return ""
    return ""


_PLURAL_RULE = re.compile(r"\bplural\s*=\s*([^;]+)")
_GETTEXT_PLURAL = re.compile(r"(?<![A-Za-z])plural=")


# -- exchange with CAT tools (pipeline/exchange/) ----------------------------------------------


def bilingual_catalog(path: Path, template_path: Path | None, original: str, source_lang: str = "en") -> BilingualFile:
    """A PO catalog as it goes to a CAT tool: its live entries with their notes, states and
    plural forms, its header, and, where its template is at hand, the template's comments (the
    source's own footnote markers). `original` is what the exchange file says it translates;
    `source_lang` the language of the msgids where the header (X-Source-Language) does not say."""
    catalog = read_catalog(path)
    if catalog is None:
        raise HexaglotInputError("E001", path, "the catalog does not exist")
    template_comments = None
    if template_path is not None:
        template = read_catalog(template_path)
        if template is not None:
            template_comments = {(e.msgctxt or "", e.msgid): e.comment or "" for e in template if not e.obsolete}
    source_lang = catalog.metadata.get("X-Source-Language", "") or source_lang
    entries = []
    for e in catalog:
        if e.obsolete or (not e.msgid and e.msgctxt is None):  # the header; `pgettext("ctx", "")` is an entry
            continue
        key = (e.msgctxt or "", e.msgid)
        entries.append(BilingualEntry(
            e.msgctxt, e.msgid, "" if e.msgid_plural else e.msgstr, e.msgid_plural or "",
            tuple(e.msgstr_plural[n] for n in sorted(e.msgstr_plural)) if e.msgid_plural else (),
            e.fuzzy, e.comment or "", e.tcomment or "", tuple(f for f in e.flags if f != "fuzzy"),
            tuple(f"{where}:{line}" if line else where for where, line in e.occurrences),
            e.previous_msgctxt, e.previous_msgid, e.previous_msgid_plural,
            _source_comment(template_comments, key, e.comment or ""), line=e.linenum,
        ))
    language = catalog.metadata.get("Language", "") or catalog_locale("", path).locale
    return BilingualFile(str(path), source_lang, language, original, catalog.header, tuple(catalog.metadata.items()),
                         tuple(entries), template_comments is not None, metadata_fuzzy=bool(catalog.metadata_is_fuzzy))


def _source_comment(template_comments: dict | None, key: tuple[str, str], comment: str) -> str | None:
    """The template's comment on an entry where it differs from the entry's own (None where it
    is the same, or where there is no template)."""
    if template_comments is None:
        return None
    source = template_comments.get(key, "")
    return None if source == comment else source


@dataclass(frozen=True)
class ImportConflict:
    """A translation import did not take: the catalog's stays, and both are said."""

    line: int  # of the unit in the exchange file
    msgctxt: str
    msgid: str
    catalog_text: str
    incoming_text: str
    why: str


@dataclass
class ImportStats:
    units: int = 0  # entries read from the exchange file
    filled: int = 0  # translations given to entries that had none
    updated: int = 0  # translations a CAT tool changed, the catalog's unchanged since export
    state_changed: int = 0  # the same translation, marked fuzzy or no longer fuzzy
    source_changed: int = 0  # for a segment whose source changed since: fuzzy, old source kept (#|)
    context_changed: int = 0  # found by its source under another msgctxt: fuzzy
    suggested: int = 0  # a similar source's translation, for an entry without one: fuzzy
    notes_added: int = 0
    unchanged: int = 0
    copies_fuzzy: int = 0  # translations given that copy their source, no state saying they are done: fuzzy
    # Marks to review the file would clear, from a file that does not say what it exported:
    # kept, and said (whose the mark is, the translator's or a reviser's since, cannot be told).
    marks_kept: int = 0
    # Fuzzy marks set in the catalog since the file was exported, kept under the file's new text
    reviser_marks_kept: int = 0
    # Units with an empty target whose entry has a translation: never erased, and said (a file a
    # tool emptied imported as "nothing new").
    empty_kept: int = 0
    # Units as exported (the file's digest says so) whose entry the catalog changed since: the
    # catalog's text is the newer, and no one's work in the file stands against it.
    newer_kept: int = 0
    kept_obsolete: list[str] = field(default_factory=list)  # units no entry takes, kept as #~
    conflicts: list[ImportConflict] = field(default_factory=list)
    # Plural entries imported with forms the file left empty or out and the catalog has none
    # of (kept empty, the entry fuzzy): each unit's line and name
    forms_left_out: list[str] = field(default_factory=list)
    # Entries with no translation that took one a CAT tool left a segment of untranslated (the
    # rest taken, the entry fuzzy): each unit's line and name
    segments_left_out: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.filled or self.updated or self.state_changed or self.source_changed or self.context_changed
                    or self.suggested or self.notes_added or self.kept_obsolete)


@dataclass(frozen=True)
class _Offer:
    """A unit of the exchange file as merge.py sees an existing entry."""

    unit: BilingualEntry

    @property
    def msgctxt(self) -> str | None:
        return self.unit.msgctxt

    @property
    def msgid(self) -> str:
        return self.unit.msgid

    obsolete = False


def import_translations(catalog: polib.POFile, path: Path, incoming: BilingualFile, stats: ImportStats) -> None:
    """Merge the translations of an exchange file into a catalog, with the rules of
    re-extraction (pipeline/merge.py): a unit goes to the entry of its `(msgctxt, msgid)`, else
    to its segment (the source changed since: fuzzy, the old source kept as `#|`), else to an
    entry of the same source; a unit no entry takes is kept obsolete (`#~`). A translation is
    never dropped and never overwritten by surprise: where the catalog's own translation changed
    since the file was exported (or the file does not say what it was), and the file brings
    another, the catalog's stays and the two are listed as a conflict. An empty target never
    erases a translation. Notes a CAT tool's user wrote are added to the translator comments.
    A file of another language, source or document than the catalog's is refused (E025)."""
    _same_catalog(catalog, path, incoming)
    forms_allowed = _plural_forms_allowed(catalog, path)
    for note in incoming.file_notes:
        # A reviewer's note on the whole document: the header comment is the catalog's.
        if note not in catalog.header:
            catalog.header = "\n".join(filter(None, [catalog.header, note]))
            stats.notes_added += 1
    live = [entry for entry in catalog if not entry.obsolete]
    msgids = {entry.msgid for entry in live}
    by_words: dict[str, set[str]] = {}
    for msgid in msgids:
        by_words.setdefault(_words(msgid), set()).add(msgid)
    incoming = replace(incoming, entries=tuple(_with_form_0_found(_without_layout_edges(_with_group_context(
        _without_empty_forms_beyond(unit, forms_allowed), live), msgids, by_words), live) for unit in incoming.entries))
    stats.units += len(incoming.entries)
    for unit in incoming.entries:
        if unit.lone_form and unit.translated:
            stats.conflicts.append(_lone_forms_conflict(unit, live))
    ambiguous = _rival_units(incoming.entries, live, stats)
    offers = [_Offer(unit) for unit in incoming.entries
              if (unit.translated or unit.tcomment) and not unit.lone_form and id(unit) not in ambiguous]
    wanted = [NewEntry(entry.msgctxt or "", entry.msgid, _translated(entry)) for entry in live]
    plan = plan_merge(wanted, offers, lambda offer: offer.unit.translated)
    sources = Counter(entry.msgid for entry in live)
    for index, placement in sorted(plan.placed.items()):
        how, unit, entry = placement.how, placement.old.unit, live[index]
        if how is How.MOVED:
            how = How.EXACT  # the unit's text, under the id the catalog gave it since it was exported
        elif how is How.SAME_SOURCE and unit.msgctxt is None and sources[entry.msgid] == 1:
            # A unit with no name (a CAT tool that numbers its units) can only be placed by its
            # source: where one entry has that source, that is the unit's own entry, not a
            # translation met under another segment, and nothing in it is to review again.
            how = How.EXACT
        elif how is How.SAME_SOURCE and unit.msgctxt is None:
            # Several entries have its source (`Open` the menu item, `Open` the verb): the unit's
            # place (`#:`) may name one; else which it translates is not known, and guessing the
            # first put the verb's edit on the menu item.
            entry = _entry_by_place(unit, [e for e in live if e.msgid == unit.msgid and e.msgid_plural == (unit.msgid_plural or "")])
            if entry is None:
                _unplaced(unit, [e for e in live if e.msgid == unit.msgid], stats)
                continue
            how = How.EXACT
        if _more_forms_than_allowed(unit, forms_allowed, _forms(entry), stats):
            continue
        _import_into(entry, unit, how, stats)
    keys = {(entry.msgctxt or "", entry.msgid): entry for entry in catalog}
    changed_from = _entries_by_previous_source([entry for index, entry in enumerate(live) if index not in plan.placed])
    stats.empty_kept += sum(1 for unit in incoming.entries if not unit.translated and not unit.lone_form
                            and (entry := keys.get(unit.key)) is not None and not entry.obsolete and _translated(entry))
    for offer in plan.left:
        unit = offer.unit
        if not (unit.translated or unit.tcomment):
            continue
        twin = keys.get(unit.key)
        if twin is not None:
            if _forms(twin) != unit.forms:
                why = ("the catalog keeps another translation of it obsolete" if twin.obsolete
                       else "its entry took another unit of the file")
                stats.conflicts.append(ImportConflict(unit.line, unit.msgctxt or "", unit.msgid, _shown(_forms(twin)),
                                                      _shown(unit.forms), why))
            continue
        since = changed_from.pop((unit.msgctxt, unit.msgid, bool(unit.msgid_plural)), None)
        if since is not None and unit.translated:
            # msgmerge changed its source since the export, and keeps the one the unit has as #|.
            if not _more_forms_than_allowed(unit, forms_allowed, _forms(since), stats):
                _import_into(since, unit, How.SAME_SEGMENT, stats)
            continue
        kept = polib.POEntry(msgctxt=unit.msgctxt, msgid=unit.msgid, tcomment=unit.tcomment, obsolete=True,
                             flags=["fuzzy"] if unit.fuzzy else [])
        _set_forms(kept, unit)
        catalog.append(kept)
        keys[unit.key] = kept  # a second unit of this source is a conflict with it, not a second #~ entry
        stats.kept_obsolete.append(f"{unit.line}: {unit.msgctxt or unit.msgid[:60]}")


def _plural_forms_allowed(catalog: polib.POFile, path: Path) -> tuple[int, str] | None:
    """How many plural forms an entry of the catalog may have, and who says so: its
    Plural-Forms header, else its language (CLDR's count, which msginit writes); None where
    neither is known."""
    declared = _NPLURALS.search(catalog.metadata.get("Plural-Forms", ""))
    if declared:
        return int(declared.group(1)), "the catalog's Plural-Forms declares"
    lang = catalog_locale(catalog.metadata.get("Language", ""), path).lang
    return (profile(lang).plural_count, f"{profile(lang).english_name} has") if lang in LANGUAGES else None


def _without_empty_forms_beyond(unit: BilingualEntry, allowed: tuple[int, str] | None) -> BilingualEntry:
    """The unit without the empty forms it has beyond those the catalog may hold (a tool's
    group of six units for a Russian plural, three left empty): written, even empty, they made
    msgfmt refuse the catalog."""
    if not unit.msgid_plural or allowed is None or len(unit.plural_forms) <= allowed[0] \
            or any(unit.plural_forms[allowed[0]:]):
        return unit
    return replace(unit, plural_forms=unit.plural_forms[:allowed[0]])


def _more_forms_than_allowed(unit: BilingualEntry, allowed: tuple[int, str] | None, current: tuple[str, ...],
                             stats: ImportStats) -> bool:
    """Whether the unit translates a plural in more forms than the catalog may hold (a CAT tool
    that added a unit to the group, a file of another language's forms): a conflict, nothing of
    it taken. Written, `msgstr[3]` of a Russian plural made msgfmt refuse the whole catalog."""
    if not unit.msgid_plural or allowed is None or not any(unit.plural_forms[allowed[0]:]):
        return False
    count, who = allowed
    stats.conflicts.append(ImportConflict(unit.line, unit.msgctxt or "", unit.msgid, _shown(current), _shown(unit.forms),
                                          f"the file gives {len(unit.plural_forms)} plural forms where {who} {count} "
                                          "(msgfmt refuses a catalog with more)"))
    return True


def _entries_by_previous_source(entries: list[polib.POEntry]) -> dict[tuple, polib.POEntry]:
    """The entries msgmerge changed (`#| msgid`), by their previous (msgctxt, msgid) and whether
    they are plural: each where one entry alone had that source."""
    found: dict[tuple, list[polib.POEntry]] = {}
    for entry in entries:
        if entry.previous_msgid:
            context = entry.previous_msgctxt if entry.previous_msgctxt is not None else entry.msgctxt
            found.setdefault((context, entry.previous_msgid, bool(entry.msgid_plural)), []).append(entry)
    return {key: alone[0] for key, alone in found.items() if len(alone) == 1}


def _copies_its_source(unit: BilingualEntry, forms: list[str]) -> bool:
    """Whether every form the unit brings is its source as written (msgstr[0] the msgid, the
    others the msgid_plural)."""
    sources = [unit.msgid, *([unit.msgid_plural] * (len(forms) - 1) if unit.msgid_plural else [])]
    return len(forms) == len(sources) and all(form == source for form, source in zip(forms, sources) if form)


def _entry_by_place(unit: BilingualEntry, twins: list[polib.POEntry]) -> polib.POEntry | None:
    """The one entry of `twins` (entries of the unit's source) at the places the unit names
    (its `#:` references, which XLIFF keeps in a location context), or None."""
    if not unit.references:
        return None
    places = set(unit.references)
    found = [entry for entry in twins if {f"{path}:{line}" if line else path for path, line in entry.occurrences} == places]
    return found[0] if len(found) == 1 else None


def _rival_units(units: tuple[BilingualEntry, ...], live: list[polib.POEntry], stats: ImportStats) -> set[int]:
    """The id() of units without a msgctxt that bring different translations of one source
    where the catalog has one entry of it (a CAT tool's copy of a unit, given another id and
    target): which is meant is not known, and the first of them took the entry. Each is a
    conflict; the catalog's translation stays."""
    groups: dict[tuple[str, str], list[BilingualEntry]] = {}
    for unit in units:
        if unit.msgctxt is None and unit.translated and not unit.lone_form:
            groups.setdefault((unit.msgid, unit.msgid_plural or ""), []).append(unit)
    entries = {(entry.msgid, entry.msgid_plural or ""): entry for entry in live if not entry.msgctxt}
    rivals: set[int] = set()
    for key, group in groups.items():
        entry = entries.get(key)
        if entry is None or len(group) < 2 or len({unit.forms for unit in group}) < 2:
            continue
        for unit in group:
            rivals.add(id(unit))
            stats.conflicts.append(ImportConflict(unit.line, "", unit.msgid, _shown(_forms(entry)), _shown(unit.forms),
                                                  f"{len(group)} units of this source, one entry, with different "
                                                  "translations: which is meant is not known"))
    return rivals


def _unplaced(unit: BilingualEntry, twins: list[polib.POEntry], stats: ImportStats) -> None:
    """A unit with no name whose source several entries have, none named by its place: nothing
    to do where it brings what each of them has, else a conflict (the catalog's stays)."""
    if all(_forms(entry) == unit.forms for entry in twins) or not (unit.translated or unit.tcomment):
        stats.unchanged += 1
        return
    stats.conflicts.append(ImportConflict(unit.line, "", unit.msgid, " | ".join(_shown(_forms(e)) for e in twins),
                                          _shown(unit.forms), f"{len(twins)} entries have this source, and the file names its "
                                          "entry neither by context (msgctxt) nor by place: import it into the right one by hand"))


def _with_group_context(unit: BilingualEntry, live: list[polib.POEntry]) -> BilingualEntry:
    """A plural read from form units a CAT tool took out of their group, in a file exported
    before each form said its msgctxt: the msgctxt its units' names give (`meeting list[0]`,
    or XLIFF 2's `meeting_list-0`), where one plural entry of the catalog has that msgctxt and
    the unit's msgid. Otherwise the unit as read."""
    if unit.msgctxt is None and not unit.msgid_plural and unit.unit:
        return _with_its_id_as_context(unit, live)
    group = form_group(unit.unit) if unit.msgctxt is None and unit.msgid_plural else None
    if group is None:
        return unit
    owners = [entry for entry in live if entry.msgid_plural and entry.msgid == unit.msgid and entry.msgctxt
              and group in (entry.msgctxt, nmtoken(entry.msgctxt))]
    return replace(unit, msgctxt=owners[0].msgctxt) if len(owners) == 1 else unit


def _with_its_id_as_context(unit: BilingualEntry, live: list[polib.POEntry]) -> BilingualEntry:
    """A unit whose `resname` a CAT tool dropped, its id kept (export writes the msgctxt as the
    id, made an NMTOKEN in XLIFF 2): the msgctxt of the one entry its id names. Placed by its
    source alone, a unit whose source changed since the export went obsolete, where it is the
    entry's translation to review (fuzzy, its old source as #|)."""
    # (A tool that numbers its units, `1`, `2` as memoQ does, names no entry by its id where a
    # catalog's msgctxt are numbers too: such an id is taken only with the entry's own source.)
    owners = [entry for entry in live if entry.msgctxt and unit.unit in (entry.msgctxt, nmtoken(entry.msgctxt))
              and (not unit.unit.isdigit() or entry.msgid == unit.msgid)]
    return replace(unit, msgctxt=owners[0].msgctxt) if len(owners) == 1 else unit


def _plural_of(unit: BilingualEntry, live: list[polib.POEntry]) -> polib.POEntry | None:
    """The catalog's plural entry whose msgid and msgid_plural are both the unit's source (English
    says some alike: `%(count)d item(s) selected`), where there is one."""
    owners = [entry for entry in live if entry.msgid_plural and entry.msgid == entry.msgid_plural == unit.msgid_plural
              and (entry.msgctxt or "") == (unit.msgctxt or "")]
    return owners[0] if len(owners) == 1 else None


def _with_form_0_found(unit: BilingualEntry, live: list[polib.POEntry]) -> BilingualEntry:
    """Forms a CAT tool saved without their group and renumbered, all of one source, the
    msgid_plural (lone_form, xliff_in.runs_by_notes): the whole of a plural whose msgid is its
    msgid_plural, where the catalog has that plural and as many forms as the file gives; if
    fewer, which one the tool left out cannot be told, and they stay unplaced."""
    if not unit.lone_form or unit.msgid != unit.msgid_plural:
        return unit
    plural = _plural_of(unit, live)
    if plural is None or len(unit.plural_forms) != len(plural.msgstr_plural):
        return unit
    return replace(unit, lone_form=False)


def _lone_forms_conflict(unit: BilingualEntry, live: list[polib.POEntry]) -> ImportConflict:
    plural = _plural_of(unit, live) if unit.msgid == unit.msgid_plural else None
    if plural is None:
        return ImportConflict(unit.line, unit.msgctxt or "", unit.msgid, "", _shown(unit.forms),
                              "plural forms without their form 0 (the msgid) in the file: put it back to import them")
    return ImportConflict(unit.line, unit.msgctxt or "", unit.msgid, _shown(_forms(plural)), _shown(unit.forms),
                          f"{len(unit.plural_forms)} of its {len(plural.msgstr_plural)} plural forms, their group left "
                          "out and renumbered, all of one source (its msgid is its msgid_plural): which of its forms "
                          "the file left out cannot be told")


def _without_layout_edges(unit: BilingualEntry, msgids: set[str], by_words: dict[str, set[str]]) -> BilingualEntry:
    """A unit whose source a tool re-indented (a line break and indentation around it, in a file
    that does not preserve whitespace), where the catalog has the source with other space at
    its edges and not as it stands: the catalog's source (the one msgid of the same words,
    `by_words`: a source of lines, `Vienna International Centre\nVienna, Austria\n`, keeps its
    own line breaks), and its translation with the source's edges for the layout at its own.
    Otherwise the unit as read: whitespace a msgid has is its own."""
    if not unit.space_is_layout or unit.msgid in msgids:
        return unit
    # The source as it stands but for its edges first (`Save  file` and `Save file` both in the
    # catalog: their words are alike, the edges tell them apart), then by its words alone.
    same = {unit.msgid.strip()} & msgids or by_words.get(_words(unit.msgid), set())
    if len(same) != 1:
        return unit
    [msgid] = same
    indent = _tool_indent(unit.msgid, msgid)
    return replace(unit, msgid=msgid, msgid_plural=unit.msgid_plural.strip(), msgstr=_edged_as(unit.msgstr, msgid, indent),
                   plural_forms=tuple(_edged_as(form, msgid, indent) for form in unit.plural_forms))


def _tool_indent(read: str, msgid: str) -> str:
    """The indentation a tool set before each of a source's further lines (`\n          Вена`),
    where the catalog's msgid has none there: to be taken from the translation's lines too."""
    lines = read.strip().split("\n")[1:]
    if not lines or any(line[:1].isspace() for line in msgid.split("\n")[1:]):
        return ""
    indents = {line[:len(line) - len(line.lstrip(" \t"))] for line in lines if line.strip()}
    return indents.pop() if len(indents) == 1 else ""


def _edged_as(translation: str, source: str, indent: str = "") -> str:
    """A translation without the layout at its edges, given the source's own (`  Vienna\n` →
    `  Вена\n`), as msgfmt -c wants them alike, and without the tool's `indent` before its
    further lines; an empty one stays empty."""
    core = translation.strip()
    if not core:
        return core
    if indent:
        core = "\n".join(line[len(indent):] if line.startswith(indent) else line for line in core.split("\n"))
    return source[:len(source) - len(source.lstrip())] + core + source[len(source.rstrip()):]


def _words(text: str) -> str:
    """A text's words, its spaces and line breaks read as one space: what XML's layout keeps."""
    return " ".join(text.split())


def regional_into_language(theirs: CatalogLocale, ours: CatalogLocale) -> bool:
    """Does a file of a region's variety go into the language's own catalog (`ar-SA`, Trados's
    Arabic, into `ar`), as gettext falls back from `ar_SA` to `ar`? Not into another region's
    (`es-MX` into `es_AR`), and never Traditional Chinese into Chinese (read as no language)."""
    return bool(theirs.lang) and theirs.lang == ours.lang and ours.locale == ours.lang


def _same_catalog(catalog: polib.POFile, path: Path, incoming: BilingualFile) -> None:
    """Refuse an exchange file that is not of this catalog: another target language, source
    language or document (as far as both say)."""
    if path.suffix.lower() == ".pot":
        # A template has no language to refuse a file by, and its translations would seed
        # every language msginit or msgmerge makes from it.
        raise HexaglotInputError("E025", incoming.path, f"{path} is a template (.pot), which holds no translations: "
                                 "import into a language's catalog (<locale>/LC_MESSAGES/<document>.po)")
    ours = catalog_locale(catalog.metadata.get("Language", ""), path)
    theirs = catalog_locale(incoming.target_lang, Path(incoming.path))
    if incoming.target_lang and ours.locale and theirs.locale != ours.locale and not regional_into_language(theirs, ours):
        raise HexaglotInputError("E025", incoming.path, f"the file translates into {incoming.target_lang}, "
                                 f"the catalog {path} is {ours.locale}")
    source = catalog.metadata.get("X-Source-Language", "")
    if source and incoming.source_lang and catalog_locale(incoming.source_lang, path).locale != catalog_locale(source, path).locale:
        raise HexaglotInputError("E025", incoming.path, f"the file's source language is {incoming.source_lang}, "
                                 f"the catalog {path}'s is {source}")
    symbol = catalog.metadata.get("X-Document-Symbol", "")
    if symbol and incoming.symbol and symbol != incoming.symbol:
        raise HexaglotInputError("E025", incoming.path, f"the file is of the document {incoming.symbol}, "
                                 f"the catalog {path} of {symbol}")


def _words(line: str) -> str:
    return " ".join(line.split())


# A line wrapped anew is a run of lines at most this long (a 2,000-character comment line
# wrapped at 78 columns).
_WRAPPED_LINES = 30


def _runs(lines: list[str]) -> dict[str, range]:
    """Each run of consecutive lines (at most _WRAPPED_LINES), as its words one space apart →
    the lines it spans."""
    return {" ".join(lines[first:last]): range(first, last) for first in range(len(lines))
            for last in range(first + 1, min(len(lines), first + _WRAPPED_LINES) + 1)}


def _lines_not_in(lines: list[str], comment: str | None) -> list[str]:
    """The lines (not blank) that are not the comment's: a line is the comment's where a run
    of lines holding it is a run of the comment's, as words, so that a comment wrapped anew,
    either way, is the same comment; a few words of a longer line are not one of its lines."""
    lines = [line for line in lines if line.strip()]
    whole, joined = _words(comment or ""), ""
    for count, line in enumerate(lines, start=1):
        joined = f"{joined} {_words(line)}".strip()
        if joined == whole:  # the whole comment, wrapped anew however long, then what is new
            return _lines_not_in(lines[count:], comment) if count < len(lines) else []
        if len(joined) > len(whole):
            break
    theirs = _runs([_words(line) for line in lines])
    ours = _runs([words for words in map(_words, (comment or "").split("\n")) if words])
    known = {line for run, spanned in theirs.items() if run in ours for line in spanned}
    return [line for number, line in enumerate(lines) if number not in known]


def _state_set_in_the_file(unit: BilingualEntry) -> bool:
    """Whether the unit's state is the translator's to take: one the file changed from the state
    it was exported with. A state as exported is no one's word on the entry now: the catalog's
    (a reviser's fuzzy mark set or cleared since the export) stands, where import put the
    exported one back. Where the file does not say what it was exported with (another tool's,
    or a CAT tool that dropped hexaglot's records), a mark to review is taken, never one
    cleared: clearing it would ship a translation a reviser flagged."""
    if unit.exported_state:
        return unit.fuzzy != (unit.exported_state == EXPORTED_FUZZY)
    return unit.fuzzy


def _import_into(entry: polib.POEntry, unit: BilingualEntry, how: How, stats: ImportStats) -> None:
    # A developer's note the catalog does not have is no note export wrote: a tool marked its
    # user's note so (Okapi, some CAT tools), and it is kept as theirs.
    # Compared as lines of words: a tool that saved the catalog since may have wrapped its
    # comments anew (polib, Poedit wrap `#.` and `#` lines at 78 columns), which adds no note.
    theirs = "\n".join(filter(None, [unit.tcomment, *_lines_not_in((unit.comment or "").split("\n"), entry.comment)]))
    if theirs:
        added = _lines_not_in(theirs.split("\n"), entry.tcomment)
        if added:
            entry.tcomment = "\n".join(filter(None, [entry.tcomment or "", *added]))
            stats.notes_added += 1
    if not unit.translated:
        return
    current = _forms(entry)
    if how is How.EXACT and unit.msgid_plural and entry.msgid_plural and unit.msgid_plural != entry.msgid_plural:
        # The plural's source changed since the file was exported (msgmerge's fuzzy entry): its
        # forms translate the old one, to review as any changed source is (#| kept).
        how = How.SAME_SEGMENT
    if bool(entry.msgid_plural) != bool(unit.msgid_plural):
        stats.conflicts.append(ImportConflict(unit.line, unit.msgctxt or "", unit.msgid, _shown(current), _shown(unit.forms),
                                              "one has plural forms and the other not"))
        return
    if unit.partial and _translated(entry):
        stats.conflicts.append(ImportConflict(unit.line, unit.msgctxt or "", unit.msgid, _shown(current), _shown(unit.forms),
                                              "the file leaves a segment of it untranslated"))
        return
    incoming = _incoming_forms(unit, current)
    if incoming == current:
        # A plural form still empty is no finished translation, whatever the unit's state says
        # (msgfmt -c refuses an entry short of a form's placeholders; it skips a fuzzy one): the
        # file cannot clear the mark of such an entry. Nor does it set one the catalog did not
        # have for the same text: an unchanged round trip changes nothing.
        # (A copy of the source that no state marks says nothing of the catalog's own.)
        fuzzy = (unit.fuzzy and not unit.unconfirmed_copy) or ("" in incoming and entry.fuzzy) \
            or (unit.unconfirmed_copy and entry.fuzzy)
        if how is How.EXACT and entry.fuzzy != fuzzy and _state_set_in_the_file(unit):
            _mark_fuzzy(entry, fuzzy)
            stats.state_changed += 1
        else:
            stats.unchanged += 1
            stats.marks_kept += how is How.EXACT and entry.fuzzy and not fuzzy and not unit.exported_state
        return
    if _translated(entry) and (unit.fuzzy or unit.unconfirmed_copy) and _copies_its_source(unit, incoming):
        # A CAT tool's copy of the source (Okapi Rainbow's, `copy source to target` left to
        # review) over the catalog's own translation: English written over the Russian, exit 0.
        stats.conflicts.append(ImportConflict(unit.line, unit.msgctxt or "", unit.msgid, _shown(current), _shown(unit.forms),
                                              "the file's target is its source copied, not marked translated; the "
                                              "catalog's translation is kept"))
        return
    # A file that only fills forms the catalog left empty (msgstr[2] of a Russian plural), the
    # others as the catalog has them, overwrites nothing: a fill, whoever wrote the file.
    fills_only = all(not ours or ours == theirs for ours, theirs in zip(current, incoming))
    if _translated(entry) and not fills_only and unit.exported == translation_digest(unit.forms) \
            and not _state_set_in_the_file(unit):
        stats.newer_kept += 1
        return
    if _translated(entry) and not fills_only and not (unit.exported and unit.exported == translation_digest(current)):
        why = ("the catalog's translation changed since the file was exported" if unit.exported
               else "the file does not say what it translated over (not exported by hexaglot)")
        stats.conflicts.append(ImportConflict(unit.line, unit.msgctxt or "", unit.msgid, _shown(current), _shown(unit.forms), why))
        return
    had_translation = _translated(entry)
    form_left_empty = _set_forms(entry, unit)
    if form_left_empty or (unit.partial and unit.msgid_plural):
        stats.forms_left_out.append(f"{unit.line}: {unit.msgctxt or unit.msgid[:60]}")
    elif unit.partial:
        stats.segments_left_out.append(f"{unit.line}: {unit.msgctxt or unit.msgid[:60]}")
    stats.copies_fuzzy += unit.unconfirmed_copy
    if how is How.EXACT:
        # A mark a reviser set in the catalog since the export stands under the file's new text.
        marked_since = entry.fuzzy and unit.exported_state == EXPORTED_NOT_FUZZY
        stats.reviser_marks_kept += marked_since and not unit.fuzzy
        _mark_fuzzy(entry, unit.fuzzy or form_left_empty or unit.partial or marked_since)
        if had_translation and not fills_only:
            stats.updated += 1
        else:
            stats.filled += 1
        return
    # Placed as re-extraction places a translation it finds elsewhere: to be reviewed, with
    # what it translated kept (#|).
    _mark_fuzzy(entry, True)
    entry.previous_msgid = unit.msgid
    entry.previous_msgctxt = unit.msgctxt if (unit.msgctxt or "") != (entry.msgctxt or "") else None
    if unit.msgid_plural and unit.msgid_plural != entry.msgid_plural:
        entry.previous_msgid_plural = unit.msgid_plural
    if how in (How.SAME_SEGMENT, How.MOVED_EDITED):
        stats.source_changed += 1
    elif how is How.SAME_SOURCE:
        stats.context_changed += 1
    else:
        stats.suggested += 1


def _forms(entry: polib.POEntry) -> tuple[str, ...]:
    return tuple(entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)) if entry.msgid_plural else (entry.msgstr,)


def _incoming_forms(unit: BilingualEntry, current: tuple[str, ...]) -> tuple[str, ...]:
    """The translation a unit brings to an entry whose translation is `current`. A plural form
    the file left empty or out (a CAT tool that passed its segment by, or dropped its unit)
    keeps the catalog's in its place, as an empty target erases nothing; never fewer forms
    than the catalog's, which msgfmt refuses."""
    if not unit.msgid_plural:
        return unit.forms
    given = list(unit.plural_forms) + [""] * (len(current) - len(unit.plural_forms))
    return tuple(form or (current[n] if n < len(current) else "") for n, form in enumerate(given))


def _set_forms(entry: polib.POEntry, unit: BilingualEntry) -> bool:
    """The unit's translation into the entry (see _incoming_forms): True where a plural form
    is still empty after it, neither the file nor the catalog having one, and the entry is to
    be made fuzzy."""
    if unit.msgid_plural:
        forms = _incoming_forms(unit, _forms(entry) if entry.msgid_plural else ())
        entry.msgid_plural = entry.msgid_plural or unit.msgid_plural
        entry.msgstr_plural = dict(enumerate(forms))
        entry.msgstr = ""
        return "" in forms
    entry.msgstr = unit.msgstr
    return False


def _mark_fuzzy(entry: polib.POEntry, fuzzy: bool) -> None:
    if fuzzy and "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    elif not fuzzy and "fuzzy" in entry.flags:
        # Reviewed: what it translated before (#|) has done its work, as a PO editor drops it.
        entry.flags.remove("fuzzy")
        entry.previous_msgctxt = entry.previous_msgid = entry.previous_msgid_plural = None


def _shown(forms: tuple[str, ...]) -> str:
    """A translation as a conflict shows it; a plural's empty form said, not a blank between bars."""
    return " | ".join(form or "(untranslated)" for form in forms) if len(forms) > 1 else "".join(forms)
