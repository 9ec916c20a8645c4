"""The stages of the flow, assembled: documents → aligned units → catalogs.

Each stage is a function over the data of `model.py`; this module only runs them in order
for every document of a corpus and collects what a person needs to know about the run.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.align import align
from pipeline.catalog import CatalogInfo, MergeStats, build_catalog, build_template, read_catalog, read_catalog_as_read, save_catalog
from pipeline.corpus import DocumentSource, discover
from pipeline.errors import HexaglotInputError
from pipeline.misdecoded import misread_sample, unknown_words_sample
from pipeline.extract import extract_document
from pipeline.extract.in_pool import read_versions
from pipeline.extract.numbered import FIRST_NUMBER_NOTE
from pipeline.extract.structure import TYPE_NAMES
from pipeline.fileio import interrupts_held, marked_encoding, writable_target
from pipeline.lang import profile
from pipeline.lang.identify import in_another_script_only, other_language
from pipeline.extract.reader import Encodings
from pipeline.lang.locales import catalog_locale, not_a_version, variety_language, version_language
from pipeline.version_texts import digests_path, read_digests, text_digest, write_digests
from pipeline.model import LANGUAGES, ExtractedDocument


@dataclass
class LanguageResult:
    lang: str
    status: str  # "source", "extracted", "missing" or "failed"
    path: str | None = None  # as messages show it (from the working folder)
    reference: str = ""  # as the catalogs' `#:` references name it (from the project: referenced())
    segments: int = 0  # catalog entries that hold a translation
    hyphen_breaks: int = 0
    kept_hyphens: tuple[str, ...] = ()
    catalog: str | None = None
    written: bool = False
    merge: MergeStats | None = None
    fuzzy: list[tuple[str, str]] = field(default_factory=list)  # (segment id, why)
    doc_type: str = ""  # the type the version was read as (pipeline/extract/structure.py)
    structure_notes: tuple[str, ...] = ()
    not_read: str = ""  # where missing: the files named as another variety of it (DocumentSource.not_read_note)
    # The source's segments this version gave nothing for whose entries are untranslated, by id.
    unaligned: tuple[str, ...] = ()


@dataclass
class DocumentResult:
    name: str
    symbol: str
    source_lang: str
    units: int = 0
    languages: dict[str, LanguageResult] = field(default_factory=dict)
    unmatched: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Per language, the parts whose unnumbered paragraphs were paired by content (pipeline/align.py).
    repaired: dict[str, tuple[str, ...]] = field(default_factory=dict)
    errors: list[HexaglotInputError] = field(default_factory=list)
    masthead_symbol: str | None = None  # as the source version's masthead prints it
    symbol_given: bool = True  # named by meta.toml, not the folder's name standing for it
    unread_note: str = ""  # the folder's files named after no version (DocumentSource.unread_note)
    same_symbol: tuple[str, ...] = ()  # the corpus's other documents of this symbol (a folder copied)

    @property
    def doc_type(self) -> str:
        return self.languages[self.source_lang].doc_type if self.source_lang in self.languages else ""

    @property
    def type_name(self) -> str:
        """The source version's type as the summary names it ("report")."""
        return TYPE_NAMES.get(self.doc_type, "")

    def structure_notes(self) -> list[str]:
        """What a person should know of how the versions were read: a type not recognised, a
        version read as another type than the source, a masthead symbol not the document's."""
        notes = []
        source_type = self.doc_type
        for lang, language in self.languages.items():
            # A language with no version read has notes too (a second catalog of it left as it is).
            if language.doc_type and source_type and lang != self.source_lang and language.doc_type != source_type:
                notes.append(f"{lang}: read as {TYPE_NAMES[language.doc_type]}, the {self.source_lang} version as {TYPE_NAMES[source_type]}")
            notes.extend(f"{lang}: {note}" for note in language.structure_notes)
        if self.masthead_symbol and self.masthead_symbol != self.symbol:
            origin = "from meta.toml" if self.symbol_given else "the folder's name: no symbol in meta.toml"
            notes.append(f"the masthead's symbol {self.masthead_symbol} is not the document's ({self.symbol}, {origin})")
        if self.unread_note:
            notes.append(self.unread_note)
        if self.same_symbol:
            notes.append(f"{', '.join(self.same_symbol)} {'has' if len(self.same_symbol) == 1 else 'have'} the symbol "
                         f"{self.symbol} too: one document twice (a folder copied)? Each is extracted and checked, its "
                         "findings counted in each")
        return notes


def shown(path: Path) -> str:
    """A path as catalogs and messages show it: relative to the working folder if inside it."""
    resolved, here = path.resolve(), Path.cwd().resolve()
    return resolved.relative_to(here).as_posix() if resolved.is_relative_to(here) else path.as_posix()


def referenced(path: Path, out: Path) -> str:
    """A document's path as the catalogs written to `out` name it in their `#:` references and
    header: from the folder that holds `out` (the project, where `locale/` is), as gettext's
    references are written from a project's top folder, whatever folder the command was typed
    in; the whole path where the document is outside that folder. Links are not followed: the
    path is the one the user gave."""
    where, project = Path(os.path.abspath(path)), Path(os.path.abspath(out)).parent
    return where.relative_to(project).as_posix() if where.is_relative_to(project) else where.as_posix()


def shown_catalog(path: Path) -> str:
    """A catalog's path as the summary shows it: by its own name where it is a link (the file
    written is the link's target, fileio.writable_target), as the user knows it."""
    return f"{shown(path.parent)}/{path.name}"


def extract_corpus(corpus: Path, out: Path, encoding: Encodings | str | None = None, source_lang: str | None = None,
                   jobs: int = 1) -> list[DocumentResult]:
    """Extract every document of a corpus into `out` (templates/ and <lang>/LC_MESSAGES/),
    its PDF and Word versions read in `jobs` processes (pipeline/extract/in_pool.py)."""
    documents = discover(corpus, source_lang)
    if not isinstance(encoding, Encodings):
        encoding = Encodings(encoding)
    read = read_versions([(path, lang, shown(path)) for document in documents for lang, path in document.files.items()
                          if lang not in document.unreadable], encoding, jobs)
    results = [extract_one(document, out, encoding, read) for document in documents]
    for result in results:
        result.same_symbol = tuple(other.name for other in results if other is not result and other.symbol == result.symbol)
    return results


def extract_one(document: DocumentSource, out: Path, encoding: Encodings = Encodings(),
                read: dict[Path, ExtractedDocument | HexaglotInputError] | None = None) -> DocumentResult:
    """One document's catalogs; `read`: versions read already (extract_corpus), by path."""
    source_lang = document.meta.source_lang
    result = DocumentResult(document.name, document.meta.symbol, source_lang, symbol_given=document.meta.symbol_given,
                            unread_note=document.unread_note())
    if document.refused is not None:
        result.errors.append(document.refused)  # (no catalog of it written or changed)
        return result
    extracted: dict[str, ExtractedDocument] = {}
    # The versions that read as another language (a wrong --encoding's mojibake, another
    # language's file): their text never replaces a catalog's as a corrected version's would.
    misread: set[str] = set()
    for lang in LANGUAGES:
        path = document.files.get(lang)
        language = LanguageResult(lang, "missing")
        result.languages[lang] = language
        if lang in document.unreadable:
            language.status = "failed"
            result.errors.append(document.unreadable[lang])
            continue
        if path is None:
            language.not_read = document.not_read_note(lang)
            continue
        language.path, language.reference = shown(path), referenced(path, out)
        try:
            found = (read or {}).get(path)
            if isinstance(found, HexaglotInputError):
                raise found
            extracted[lang] = found or extract_document(path, lang, encoding.of(lang), shown_as=language.path)
        except HexaglotInputError as error:
            language.status = "failed"
            result.errors.append(error)
            continue
        language.status = "source" if lang == source_lang else "extracted"
        language.hyphen_breaks = len(extracted[lang].hyphenation)
        language.kept_hyphens = tuple(d.result for d in extracted[lang].hyphenation if d.kept_hyphen)
        language.doc_type = extracted[lang].doc_type
        language.structure_notes = extracted[lang].notes
        if document.set_aside_note(lang):
            language.structure_notes = (document.set_aside_note(lang), *language.structure_notes)
        reading = other_language((block.text for block in extracted[lang].blocks), lang)
        refused = _version_refused(path, lang, [block.text for block in extracted[lang].blocks], encoding.of(lang), reading)
        if refused is not None:
            language.status = "failed"
            del extracted[lang]
            result.errors.append(refused)
            continue
        if reading is not None:
            misread.add(lang)
            # A French text saved as es.txt aligns with little, and what it gives passes for Spanish.
            language.structure_notes += (f"{language.path} reads as {profile(reading.lang).english_name}, not "
                                         f"{profile(lang).english_name} ({reading.evidence}): is it the {lang} version?",)
        if lang == source_lang:
            result.masthead_symbol = extracted[lang].masthead.symbol
    for lang in [lang for lang in extracted if lang != source_lang and source_lang in extracted]:
        # The source's masthead, else the symbol meta.toml gives (a text version may lack the
        # masthead line).
        theirs = extracted[lang].masthead.symbol
        ours = extracted[source_lang].masthead.symbol or (document.meta.symbol if document.meta.symbol_given else None)
        if theirs and ours and _symbol_key(theirs) != _symbol_key(ours):
            # Another document's version saved in this folder: aligned by structure, its title,
            # dates and table cells went into the catalog as finished translations of this one.
            result.languages[lang].status = "failed"
            del extracted[lang]
            near = _one_character_apart(_symbol_key(theirs), _symbol_key(ours))
            result.errors.append(HexaglotInputError(
                "E048", document.files[lang], f"its masthead names the document {theirs}, the {source_lang} version's "
                f"{ours}: " + (f"one character apart, a typo in its masthead, or another document's version; correct "
                               f"the symbol, or put this document's {lang} version in its place" if near else
                               f"it is another document's version; put this document's {lang} version in its place")))
    if source_lang not in extracted:
        if result.languages[source_lang].status == "missing":
            result.errors.append(HexaglotInputError(
                "E009", document.folder, f"no {source_lang} version (the source language): no catalog can be made"
                + document.not_read_note(source_lang)))
        return result

    _first_numbers_alike_unsaid(result, source_lang)
    alignment = align(extracted, source_lang)
    result.units = len(alignment.units)
    result.unmatched = alignment.unmatched
    result.repaired = alignment.repaired
    # Without meta.toml, a folder named after the masthead's symbol with `_` or `-` for `/`
    # (A_RES_77_1, as the UN Digital Library names files; CTOC-COP-WG.7-2022-1, as this
    # project's corpus does) is that symbol's document.
    if not result.symbol_given and result.masthead_symbol \
            and result.symbol in (result.masthead_symbol.replace("/", "_"), result.masthead_symbol.replace("/", "-")):
        result.symbol = result.masthead_symbol
    info = CatalogInfo(
        document=document.name,
        symbol=result.symbol,
        title=document.meta.title,
        source_lang=source_lang,
        source_path=result.languages[source_lang].reference,
    )
    # Read every existing catalog before writing any, so that a broken one (or one made
    # read-only) stops nothing else and is itself left untouched.
    existing, read_from = {}, {}
    template_path = out / "templates" / f"{document.name}.pot"
    try:
        writable_target(template_path)
        _not_into_the_versions(template_path, document)
    except HexaglotInputError as error:
        result.errors.append(error)  # the template is every catalog's source: none is written
        return result
    targets = [lang for lang in LANGUAGES if lang != source_lang and result.languages[lang].status != "failed"]
    for lang in targets:
        try:
            existing[lang], read_from[lang] = read_catalog_as_read(_po_path(out, lang, document.name))
            writable_target(_po_path(out, lang, document.name))
            _of_its_folder_s_language(existing[lang], _po_path(out, lang, document.name))
            _not_into_the_versions(_po_path(out, lang, document.name), document)
        except HexaglotInputError as error:
            result.languages[lang].status = "failed"
            result.errors.append(error)
    try:
        old_template = read_catalog(template_path)
    except HexaglotInputError:
        old_template = None  # the template is ours to rewrite: it holds no translation
    template = build_template(alignment.units, info)
    source_result = result.languages[source_lang]
    source_result.catalog = shown_catalog(template_path)
    with interrupts_held():
        source_result.written = save_catalog(template, template_path, old_template)
    source_result.segments = len(alignment.units)
    creation_date = template.metadata["POT-Creation-Date"]

    for lang in targets:
        language = result.languages[lang]
        if language.status == "failed":
            continue
        path = _po_path(out, lang, document.name)
        said_before = read_digests(path) if existing[lang] is not None and lang not in misread else {}
        catalog, stats = build_catalog(alignment.units, info, lang, language.reference or None, existing[lang], said_before or {})
        if existing[lang] is not None and not said_before and lang not in misread and stats.kept_over_corpus:
            # Nothing tells a corrected version from a catalog edited by hand: said, not guessed.
            version = Path(language.path or '').name
            language.structure_notes = (*language.structure_notes, (
                f"{digests_path(path).name} is missing or unreadable beside the catalog: whether {version} was corrected "
                "since the last extraction cannot be told, so the catalog's translations stay" if said_before is None else
                # (kept by an extraction that had no version of the language: the catalog's are a translator's)
                f"{version} is new since the last extraction, which had no {lang} version: the catalog's "
                + ("1 translation written meanwhile stays" if stats.kept_over_corpus == 1 else
                   f"{stats.kept_over_corpus} translations written meanwhile stay") + f" where {version} reads otherwise"))
        language.catalog = shown_catalog(path)
        with interrupts_held():  # the catalog and its record of versions, both or neither
            try:
                language.written = save_catalog(catalog, path, existing[lang], creation_date, read_from[lang])
            except HexaglotInputError as error:  # saved by a translator meanwhile: theirs stays
                language.status = "failed"
                result.errors.append(error)
                continue
            unkept = write_digests(path, {unit.id: text_digest(unit.versions[lang].text)
                                          for unit in alignment.units if lang in unit.versions})
        for other in _other_catalogs_of(out, lang, document.name, path):
            # `ar/` and `ar_SA/` both: one is merged into; the other, with whatever its
            # translators wrote, would go stale without a word (check reads the first).
            language.structure_notes = (*language.structure_notes,
                                        f"{shown_catalog(other)} is a second {lang} catalog of the document: left as it is, "
                                        f"not updated (check reads {language.catalog}); merge what it holds and remove it")
        if unkept:
            language.structure_notes = (*language.structure_notes, unkept)
        language.merge = stats
        language.segments = stats.translated
        if language.status == "extracted":
            # The catalog's entries are the units', in order (the obsolete ones after them). An
            # entry a translator filled in keeps its translation however the version aligns:
            # it is not one of those left untranslated.
            language.unaligned = tuple(unit.id for unit, entry in zip(alignment.units, catalog)
                                       if lang not in unit.versions and not entry.msgstr)
        notes = {unit.id: unit.note_for(lang) for unit in alignment.units}
        language.fuzzy = [(unit_id, notes.get(unit_id) or "changed source or marked by a translator") for unit_id in stats.fuzzy_ids]
    return result


def _symbol_key(symbol: str) -> str:
    """A document symbol as versions may print it alike: `A/77/123*` (reissued) is `A/77/123`."""
    return "".join(symbol.split()).rstrip("*").upper()


def _version_refused(path: Path, lang: str, texts: list[str], encoding: str | None, reading) -> HexaglotInputError | None:
    """Why a version's text is no translation to write into a catalog, or None: Traditional
    Chinese, which is not one of the six (refused by name, as zh_TW is); text decoded with the
    --encoding named that reads as another script (`ru=utf-16` on a cp1251 file), or as a wrong
    code page of its own (KOI8-R read as cp1251: `пДЙООБДГБФБС`; cp1251 as ISO-8859-5: `Тхэр`)."""
    variant = profile(lang).other_script
    shown_in = variant("".join(texts)) if variant else None
    if shown_in:
        return HexaglotInputError("E012", path, f"is in Traditional Chinese ({shown_in}): the UN's Chinese version is in "
                                  "Simplified characters, and Traditional Chinese is not one of the six")
    if not _decoded_as_named(path, encoding):
        return None
    if reading is not None and in_another_script_only("\n".join(texts), lang):
        return HexaglotInputError("E004", path, f"decoded as {encoding} (--encoding) it reads as {profile(reading.lang).english_name}, "
                                  f"not {profile(lang).english_name} ({reading.evidence}): that is not the file's encoding")
    wrong_charset = misread_sample(texts, encoding, lang) or unknown_words_sample(texts, lang)
    if wrong_charset is not None:
        return HexaglotInputError("E004", path, f"decoded as {encoding} (--encoding) its text is a wrong charset's: "
                                  f"{wrong_charset}; that is not the file's encoding")
    return None


def _decoded_as_named(path: Path, encoding: str | None) -> bool:
    """Whether a text version was decoded with the --encoding named for it: a file that is
    UTF-8 (or says its encoding with a byte-order mark) is read as that, whatever is named."""
    if encoding is None or path.suffix.lower() != ".txt":
        return False
    data = path.read_bytes()
    if marked_encoding(data):
        return False
    try:
        return "\x00" in data.decode("utf-8")
    except UnicodeDecodeError:
        return True


def _catalogs_in(folder: Path, name: str) -> list[Path]:
    """The document's catalogs in a language's folder, in the order check reads them: under
    `LC_MESSAGES/`, or right in the folder (`ru/<doc>.po`, as some tools lay a tree out)."""
    return sorted(path for path in (folder / "LC_MESSAGES" / f"{name}.po", folder / f"{name}.po")
                  if path.exists() or path.is_symlink())


def _other_catalogs_of(out: Path, lang: str, name: str, path: Path) -> list[Path]:
    """The document's catalogs of `lang` other than `path`: in other folders (`ar_SA` beside
    `ar`, `es_ES` beside `es_419`), or in the same one laid out otherwise (`ru/<doc>.po` beside
    `ru/LC_MESSAGES/<doc>.po`)."""
    if not out.is_dir():
        return []
    return [catalog for folder in sorted(out.iterdir())
            if folder.name == lang or _names_the_version(folder.name, lang) or _names_a_variety(folder.name, lang)
            for catalog in _catalogs_in(folder, name) if catalog != path]


def _one_character_apart(first: str, second: str) -> bool:
    """Whether two symbols differ by one character typed for another, added or left out
    (`L.6` for `L.9`): as likely a typo in a version's masthead as another document's."""
    if abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second)) == 1
    shorter, longer = sorted((first, second), key=len)
    return any(longer[:at] + longer[at + 1:] == shorter for at in range(len(longer)))


def _names_the_version(folder: str, lang: str) -> bool:
    """`ru_RU`, `zh_Hans`, `fr_FR`, `ru_RU.UTF-8`: a folder that names the UN version of the language."""
    return version_language(_without_codeset(folder)) == lang


def _names_a_variety(folder: str, lang: str) -> bool:
    """`ar_SA`, `fr_CA`: a folder that names a region's variety of the language (zh_TW is no zh)."""
    folder = _without_codeset(folder)
    return variety_language(folder) == lang and not not_a_version(folder)


# The codeset and `@euro` of a glibc locale's name (`ru_RU.UTF-8`, `ar_EG.utf8`, `fr_FR@euro`),
# which say nothing of the language: read as no locale's name, the folder's catalog (which check
# reads as Russian) was passed by, a fresh one made beside it, and the translator's left out
# of the gate as "a second catalog". (A script's modifier, `@latin`, names another variety.)
_CODESET = re.compile(r"(?:\.[A-Za-z0-9_-]+)?(?:@euro)?$", re.IGNORECASE)


def _without_codeset(folder: str) -> str:
    return _CODESET.sub("", folder, count=1)


def _not_into_the_versions(path: Path, document: DocumentSource) -> None:
    """E022 where a catalog or the template leads, through a link to it or to a folder above
    it, into the folder of the document's versions (`locale/templates/x.pot ->
    ../../corpora/x/shared.pot`): written through, a file beside the versions, which extract
    reads, was changed."""
    if Path(os.path.realpath(path)).is_relative_to(Path(os.path.realpath(document.folder))):
        raise HexaglotInputError("E022", path, f"is a link into {document.folder}, the folder of the document's versions, "
                                 "which extract reads: nothing was written through it; replace the link with a file")


def _of_its_folder_s_language(catalog, path: Path) -> None:
    """E012 where a catalog's Language header names another language than its folder (the
    French catalog copied under zh/): merged into, the new Chinese version went into a French
    catalog, whose translations were kept as edits; check refuses the same file."""
    if catalog is None:
        return
    found = catalog_locale(catalog.metadata.get("Language", ""), path)
    # Only a header that names another of the six: one that names none (`Language: Russian`)
    # is the folder's catalog, as before, for check to say what it makes of it.
    if found.problem and catalog_locale(catalog.metadata.get("Language", ""), Path("x.po")).lang:
        raise HexaglotInputError("E012", path, f"{found.problem}; nothing was written to it")


def _first_numbers_alike_unsaid(result: DocumentResult, source_lang: str) -> None:
    """The versions' notes that their numbered paragraphs start past 1 (`41.`, a chapter of a
    report issued alone), left out where the source's start at the same number: said in every
    version, they were noise; one version that starts otherwise keeps its note."""
    def first(notes) -> str | None:
        return next((note.split(" (line")[0] for note in notes if note.startswith(FIRST_NUMBER_NOTE)), None)

    ours = first(result.languages[source_lang].structure_notes)
    if ours is None:
        return
    for language in result.languages.values():
        if first(language.structure_notes) == ours:
            language.structure_notes = tuple(note for note in language.structure_notes if not note.startswith(ours + " "))


def catalogs_not_extracted_again(results: list[DocumentResult], out: Path) -> list[Path]:
    """The catalogs under `out` of versions this extraction refused (E048, E008, …): an earlier
    run's, which no longer say what the version on disk says; all of a document's where its
    source version was refused or is missing. `run` checked them after the refusal, and its
    report showed the version as checked and clean."""
    stale: list[Path] = []
    for result in results:
        source_failed = result.languages.get(result.source_lang) is not None and \
            result.languages[result.source_lang].status in ("failed", "missing")
        for lang, language in result.languages.items():
            if lang == result.source_lang or not (source_failed or language.status == "failed"):
                continue
            try:
                path = _po_path(out, lang, result.name)
            except HexaglotInputError:
                continue  # two catalogs of one kind: check says so (E047)
            if path.is_file():
                stale.append(path)
    return stale


def _po_path(out: Path, lang: str, name: str) -> Path:
    """The language's catalog of the document: `<lang>/LC_MESSAGES/<name>.po` (or `<lang>/<name>.po`
    where only that is there), or the one catalog of the document under a folder that names the
    language otherwise (`ru_RU`, `zh_Hans`, `zh-CN`, as a team's other tools name it), or,
    failing that, the one under a folder of another region of the language (`ar_SA`, as Trados
    and memoQ name Arabic): merged into where it is, not made again beside it, where check
    would then read one of the two and leave the other, with its translators' edits, unread.
    Two of one kind and none under `<lang>/` are refused (E047); another catalog of the
    language left is named (extract_one)."""
    own = out / lang / "LC_MESSAGES" / f"{name}.po"
    if not out.is_dir():
        return own
    found = _catalogs_in(out / lang, name)
    if found:
        return found[0]  # the one check reads
    holding = {folder: catalogs[0] for folder in sorted(out.iterdir())
               if folder.name != lang and (catalogs := _catalogs_in(folder, name))}
    # A folder that names the UN version of the language (`fr_FR`, `zh_Hans`) before one of a
    # region's variety (`fr_CA`, `ar_SA`): the one of the first kind, else the one of the second.
    for names_it in (_names_the_version, _names_a_variety):
        elsewhere = [catalog for folder, catalog in holding.items() if names_it(folder.name, lang)]
        if len(elsewhere) > 1:
            # zh_Hans/ and zh_CN/: merging into one by name order, or making a fresh <lang>/
            # beside them, set a translator's edits aside without a word.
            raise HexaglotInputError("E047", own, f"the {lang} catalogs of the document are "
                                     f"{' and '.join(shown_catalog(path) for path in elsewhere)}: extract cannot tell "
                                     f"which to merge into; merge them into one (or move the one to keep to {lang}/)")
        if elsewhere:
            return elsewhere[0]
    return own
