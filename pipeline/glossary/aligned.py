"""The six versions of each segment, read back from the catalogs: what term candidates and
their equivalents are learnt from (pipeline/glossary/candidates.py, equivalents.py).

A catalog holds the source (msgid: English, unless its X-Source-Language header says another
language, as `extract` writes it for a document written in French) and one language's version
(msgstr) of each segment, its msgctxt the segment's id; the segment's versions are gathered
across the catalogs of one document. Untranslated and fuzzy entries give no version:
a fuzzy translation is of an older source, and would teach a wrong equivalent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.catalog import declared_source, read_entries
from pipeline.errors import HexaglotInputError
from pipeline.model import LANGUAGES

SOURCE_OF_CATALOGS = "en"  # the msgid's language where a catalog does not say


@dataclass(frozen=True)
class AlignedSegment:
    document: str
    id: str  # the entry's msgctxt (or its msgid, for a catalog without one)
    versions: dict[str, str]  # lang → text

    @property
    def where(self) -> str:
        return f"{self.document}#{self.id}"


def aligned_segments(catalog_paths: list[Path], documents: dict[Path, str] | None = None,
                     not_read: list[str] | None = None) -> list[AlignedSegment]:
    """The segments of the catalogs with every version they have, in document and catalog
    order. `documents` names each catalog's document (the command line's document_of, which
    knows every catalog layout); by default a catalog's document is its file's name, as in
    `<lang>/LC_MESSAGES/<doc>.po`. A catalog in a language hexaglot does not check (`zh_TW`)
    is named in `not_read` with the reason, when the caller gives that list (it says so in its
    summary, as `check` does), and is an error (E012) otherwise: never passed by in silence."""
    by_key: dict[tuple[str, str, str], dict[str, str]] = {}
    for path in catalog_paths:
        catalog = read_entries(path)
        if catalog.lang not in LANGUAGES and not_read is not None:
            not_read.append(f"{path}: {catalog.language_problem or 'its language is not one of ' + ', '.join(LANGUAGES)}")
            continue
        if catalog.lang in LANGUAGES and catalog.locale not in ("", catalog.lang) and not_read is not None:
            # es_AR beside es: one version per language and segment, as the checks keep them apart.
            not_read.append(f"{path}: {catalog.locale} is a variety of {catalog.lang}, kept apart from it")
            continue
        if catalog.lang not in LANGUAGES:
            raise HexaglotInputError("E012", path, f"the catalog's language is not one of {', '.join(LANGUAGES)}"
                                     + (f" ({catalog.language_problem})" if catalog.language_problem else ""))
        document = (documents or {}).get(path) or path.stem
        # French msgids were filed as English, and the English catalog's translations, taken
        # for copies of the source, were left out.
        source = declared_source(path) or SOURCE_OF_CATALOGS
        for entry in catalog.entries:
            versions = by_key.setdefault((document, entry.msgctxt, entry.msgid), {})
            versions[source] = entry.msgid
            if entry.msgstr.strip() and not entry.fuzzy and catalog.lang != source:
                versions[catalog.lang] = entry.msgstr
    return [AlignedSegment(document, msgctxt or msgid, versions) for (document, msgctxt, msgid), versions in by_key.items()]
