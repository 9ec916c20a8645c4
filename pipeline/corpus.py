"""Finding the documents of a corpus: one folder per document, one file per language."""

from __future__ import annotations

import datetime
import difflib
import os
import re
import shlex
import unicodedata
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file, safe_file_name
from pipeline.lang.locales import name_and_language, named_language, variety_language, version_language
from pipeline.model import LANGUAGES

# When a folder holds a language in several forms, the first found is read: the text
# extracted from the PDF first (what revisers have checked and may have corrected by hand),
# then the Word file (whole paragraphs, exact footnote references), then the PDF itself,
# whose text is rebuilt from glyph positions and is the least exact of the three.
DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf")

# Forms a language version is often saved in that are not read, and how to make one that is.
# A version in one of these, with none in a form read beside it, is refused by name (E030)
# rather than taken for a version that is not there.
_CONVERT = "LibreOffice makes one: soffice --headless --convert-to docx {name}"
_NOT_READ = {suffix: f"{what}, which hexaglot does not read: {remedy}" for suffix, (what, remedy) in {
    ".doc": ("a Word 97-2003 file", f"save it as .docx ({_CONVERT})"),
    ".dot": ("a Word 97-2003 template", f"save it as .docx ({_CONVERT})"),
    ".docm": ("a Word file with macros", "save it as .docx without them"),
    ".dotx": ("a Word template", "save it as .docx"),
    ".odt": ("an OpenDocument text", f"save it as .docx ({_CONVERT})"),
    ".rtf": ("an RTF file", f"save it as .docx ({_CONVERT})"),
    ".wpd": ("a WordPerfect file", f"save it as .docx ({_CONVERT})"),
    ".htm": ("a web page", "save it as .docx or as plain text (.txt)"),
    ".html": ("a web page", "save it as .docx or as plain text (.txt)"),
    ".md": ("a Markdown file", "save it as plain text (.txt)"),
    ".dotm": ("a Word template with macros", "save it as .docx without them"),
    ".fodt": ("a flat OpenDocument text", f"save it as .docx ({_CONVERT})"),
    ".mht": ("a single-file web page (MHTML)", "save it as .docx or as plain text (.txt)"),
    ".mhtml": ("a single-file web page (MHTML)", "save it as .docx or as plain text (.txt)"),
    # (Word 2003's XML document, the usual XML of a document's version; any other is no version either)
    ".xml": ("an XML file (a Word 2003 XML document, or another)", f"save it as .docx ({_CONVERT})"),
    ".xps": ("an XPS document", "print it to PDF, or save its source as .docx"),
    ".oxps": ("an XPS document", "print it to PDF, or save its source as .docx"),
    ".epub": ("an EPUB book", "save it as .docx or as plain text (.txt)"),
    ".pages": ("an Apple Pages document", "export it to Word (.docx)"),
    ".wps": ("a Microsoft Works file", f"save it as .docx ({_CONVERT})"),
    ".zip": ("a zip archive", "unzip it into the document's folder; the version in it is read"),
}.items()}


def _a_backup(path: Path) -> bool:
    """An editor's or a tool's copy beside a version (`ru.txt~`, `ru.bak`, `.ru.txt.swp`), which
    is no version in another form."""
    suffix = path.suffix.lower()
    return path.name.startswith((".", "#")) or suffix.endswith("~") or suffix in _BACKUP_SUFFIXES


_BACKUP_SUFFIXES = frozenset({".bak", ".backup", ".orig", ".old", ".swp", ".tmp", ".temp", ".rej"})


def _not_read(path: Path) -> str:
    """What a version in a form not read is, and how to make one that is."""
    said = _NOT_READ.get(path.suffix.lower())
    if said is not None:
        return said.format(name=shlex.quote(path.name))
    form = f"a {path.suffix.lower()} file" if path.suffix else "a file with no suffix"
    return f"{form}, which hexaglot does not read: save the version as .docx, .pdf or plain text (.txt)"


@dataclass(frozen=True)
class DocumentMeta:
    symbol: str
    title: str
    source_lang: str
    # Whether meta.toml names the symbol; else the folder's name stands for it, and a note on
    # the symbol must say where it came from.
    symbol_given: bool = True
    # Whether meta.toml names the source language; else English stands for it.
    source_lang_given: bool = False


@dataclass(frozen=True)
class DocumentSource:
    """A document folder: its name (used for catalog names), metadata and language files."""

    name: str
    folder: Path
    meta: DocumentMeta
    files: dict[str, Path]
    # language → why its version in the folder cannot be read: a form hexaglot does not read
    # (`ru.doc`), or two in one form (`ru.txt` and `ru_RU.txt`). Said as that version's error.
    unreadable: dict[str, HexaglotInputError] = field(default_factory=dict)
    # language → the files named as another variety of it (`es_AR.txt`, `en-GB.docx`,
    # `zh_TW.txt`), which are not its UN version: named where that version is missing.
    varieties: dict[str, tuple[Path, ...]] = field(default_factory=dict)
    # language → the other files of its version beside the one read (`ru.docx`, `ru.doc`
    # beside `ru.txt`): not read, and said.
    set_aside: dict[str, tuple[Path, ...]] = field(default_factory=dict)
    # The folder's other files of a form read, named after no version (`Russian.txt`,
    # `pt-BR.txt`, `notes.txt`): not read, and said (as a missing version's, where one names
    # its language in words).
    others: tuple[Path, ...] = ()
    # Why the document cannot be extracted at all (its meta.toml, its name): said as its error,
    # the corpus's other documents extracted.
    refused: HexaglotInputError | None = None

    def set_aside_note(self, lang: str) -> str:
        """What is said of the files of a version beside the one read, or ""."""
        others = self.set_aside.get(lang, ())
        if not others or lang not in self.files:
            return ""
        return (f"{self.files[lang].name} is read, not {' and '.join(path.name for path in others)} beside it "
                "(one version a language: move the others out of the folder)")

    def not_read_note(self, lang: str) -> str:
        """What is said of the files named as another variety of a missing version, or ""."""
        return "".join(
            [f"; {path.name} is not read as the UN {lang} version (rename it {lang}{path.suffix.lower()} if it is)"
             for path in self.varieties.get(lang, ())]
            + [f"; {path.name} is not read: a version is named by its language's code (rename it {lang}{path.suffix.lower()} "
               f"if it is the {lang} version)" for path in self.others if named_language(path.stem) == lang])

    def unread_note(self) -> str:
        """What is said of the folder's other files, but those named after a missing version's
        language in words (said with it), or ""."""
        unread = sorted(path.name for path in self.others if named_language(path.stem) not in self.missing)
        if not unread:
            return ""
        return f"not read: {', '.join(unread)} (a version is named by the code of its language: ar, en, es, fr, ru or zh)"

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if lang not in self.files)


def discover(corpus: Path, source_lang: str | None = None) -> list[DocumentSource]:
    """The documents under `corpus`: either one document folder, or a folder of them."""
    if not corpus.exists():
        raise HexaglotInputError("E001", corpus, "the corpus folder does not exist")
    if not corpus.is_dir():
        raise HexaglotInputError("E001", corpus, "the corpus path is a file, not a folder")
    if _named_files(corpus).versions:
        folders = [corpus]
    else:
        folders = sorted(p for p in corpus.iterdir() if p.is_dir() and not p.name.startswith("."))
        for folder in folders:
            # A document folder linked out of the corpus is not a document of it, as a version
            # linked out is not (a link to a folder was followed in silence).
            if not folder.resolve().is_relative_to(corpus.resolve()):
                raise HexaglotInputError("E019", folder, f"points outside its corpus folder, to {folder.resolve()}")
    documents = [
        _document_or_refused(folder, source_lang)
        for folder in folders if _named_files(folder).versions or (folder / "meta.toml").exists()
    ]
    if not documents:
        raise HexaglotInputError(
            "E009", corpus, "no document found: expected folders holding <lang>.txt, <lang>.docx or <lang>.pdf files"
        )
    return _one_name_each(documents)


def _document_or_refused(folder: Path, source_lang: str | None) -> DocumentSource:
    """The document of a folder, or one refused with why (a meta.toml that is not valid): the
    first such error stopped extract for every document of the corpus."""
    try:
        return _document(folder, source_lang)
    except HexaglotInputError as error:
        name = Path(os.path.normpath(_working_folder() / folder)).name
        return DocumentSource(safe_file_name(name), folder, DocumentMeta(name, "", source_lang or "en", False), {},
                              refused=error)


def _one_name_each(documents: list[DocumentSource]) -> list[DocumentSource]:
    """The documents, those refused whose name another's is once made safe for a file (`a\\b`
    and `a_b`, `doc ` and `doc`, a name in NFD and in NFC): the second was merged into the
    catalogs the first had just written, its translations made obsolete. Each such document is
    refused, not only the second: which of them the catalogs already hold is not known."""
    by_name: dict[str, list[DocumentSource]] = {}
    for document in documents:
        by_name.setdefault(document.name, []).append(document)
    kept = []
    for document in documents:
        alike = [other.folder.name for other in by_name[document.name] if other is not document]
        if alike and document.refused is None:
            # (two names that look alike: the same letters composed otherwise, as a copy from a Mac leaves them)
            composed = any(unicodedata.normalize("NFC", name) == unicodedata.normalize("NFC", document.folder.name)
                           for name in alike)
            document = replace(document, refused=HexaglotInputError(
                "E022", document.folder, f"its catalogs would be the ones of {' and '.join(map(repr, alike))} too (both "
                f"named '{document.name}' as files" + ("; the same letters, one name's accents composed, the other's "
                "decomposed" if composed else "") + "): rename one of the folders"))
        kept.append(document)
    return kept


@dataclass(frozen=True)
class _NamedFiles:
    """The files of a folder named after a language, by that language: as its version (`ru.txt`,
    `RU.PDF`, `zh-CN.docx`, `ru.doc`: in the forms read and in those refused by name), and as
    another variety of it in a form read (`es_AR.txt`, `en-GB.docx`, `zh_TW.txt`)."""

    versions: dict[str, list[Path]]
    varieties: dict[str, list[Path]]
    # The other files of a form read (`Russian.txt`, `pt-BR.txt`, `notes.txt`): not read, and said.
    others: list[Path] = field(default_factory=list)


def _named_files(folder: Path) -> _NamedFiles:
    named = _NamedFiles({}, {})
    for path in sorted(folder.iterdir()):
        suffix = path.suffix.lower()
        if suffix not in DOCUMENT_SUFFIXES and (suffix not in _NOT_READ or path.is_dir()):
            # A file of another form named as a version is (`fr.xlsx`, `fr.pptx`): a version the
            # folder has, in a form not read, not one it lacks ("no fr.txt, fr.docx or fr.pdf",
            # the file never named).
            if version_language(path.stem) and path.is_file() and not _a_backup(path):
                named.versions.setdefault(version_language(path.stem), []).append(path)
            continue
        named_with = name_and_language(path.stem)  # `A_RES_77_1-EN.pdf`, `Agenda_FR.docx`
        if lang := version_language(path.stem) or (named_with[1] if named_with else ""):
            named.versions.setdefault(lang, []).append(path)
        elif suffix in DOCUMENT_SUFFIXES and path.is_file() and (lang := variety_language(path.stem)):
            named.varieties.setdefault(lang, []).append(path)
        elif suffix in DOCUMENT_SUFFIXES and path.is_file():
            named.others.append(path)
    return named


def _language_files(versions: dict[str, list[Path]], folder: Path) -> tuple[dict[str, Path], dict[str, HexaglotInputError]]:
    """The version read of each language (the first form of DOCUMENT_SUFFIXES found), and why
    a language's version cannot be read where it cannot."""
    files: dict[str, Path] = {}
    unreadable: dict[str, HexaglotInputError] = {}
    for lang, paths in versions.items():
        readable = [p for suffix in DOCUMENT_SUFFIXES for p in paths if p.suffix.lower() == suffix]
        if not readable:
            first = paths[0]
            unreadable[lang] = HexaglotInputError("E030", first, f"the {lang} version is " + _not_read(first))
            continue
        same_form = [p for p in readable if p.suffix.lower() == readable[0].suffix.lower()]
        if len(same_form) > 1:
            names = " and ".join(p.name for p in same_form)
            unreadable[lang] = HexaglotInputError("E030", folder, f"two {lang} versions in one form, {names}: keep the one to read")
            continue
        candidate = readable[0]
        try:
            regular_file(candidate, "document")  # a FIFO would hang the reader, a looping link fail later
        except HexaglotInputError as error:
            unreadable[lang] = error  # (the other versions and documents are read)
            continue
        # A link out of the corpus (`ru.txt -> ../../secret`) is not a document of it.
        if not candidate.resolve().is_relative_to(folder.resolve()):
            unreadable[lang] = HexaglotInputError("E019", candidate, f"points outside its corpus folder, to {candidate.resolve()}")
            continue
        files[lang] = candidate
    return dict(sorted(files.items(), key=lambda item: LANGUAGES.index(item[0]))), unreadable


def _working_folder() -> Path:
    """The working folder as the shell names it (`$PWD`, a link's name where the user went in
    through one), where that is the working folder; else as the system does."""
    here = os.getcwd()
    logical = os.environ.get("PWD")
    try:
        if logical and os.path.isabs(logical) and os.path.samefile(logical, here):
            return Path(logical)
    except OSError:
        pass
    return Path(here)


def _document(folder: Path, source_lang: str | None) -> DocumentSource:
    # The folder's own name, where it is given as `.` or `..` (`extract .` inside it): its
    # path's last part named the document `_`, and a second document extracted so wrote into
    # the first one's catalogs. (Not resolved: a link is named as the user named it.)
    name = Path(os.path.normpath(_working_folder() / folder)).name
    meta = read_meta(folder / "meta.toml", name)
    if source_lang and meta.source_lang_given and source_lang != meta.source_lang:
        # One mistyped option made every translation of the document fuzzy, paired against
        # another version, and extracting again did not undo it.
        raise HexaglotInputError("E012", folder / "meta.toml", f"--source-lang {source_lang}, but meta.toml says "
                                 f"source_lang = \"{meta.source_lang}\": correct meta.toml, or leave --source-lang out")
    if source_lang:
        meta = DocumentMeta(meta.symbol, meta.title, source_lang, meta.symbol_given, source_lang_given=True)
    named = _named_files(folder)
    files, unreadable = _language_files(named.versions, folder)
    set_aside = {lang: tuple(path for path in named.versions[lang] if path != read) for lang, read in files.items()}
    # A variety is named only where its language has no version read.
    varieties = {lang: tuple(paths) for lang, paths in named.varieties.items() if lang not in files}
    # The folder's name names the catalogs and their header: made safe for both.
    return DocumentSource(safe_file_name(name), folder, meta, files, unreadable, varieties,
                          {lang: paths for lang, paths in set_aside.items() if paths}, tuple(named.others))


# What a document's meta.toml may say (DESIGN.md): what the checks read, and what describes it.
_META_KEYS = frozenset({"symbol", "title", "source_lang", "body", "meeting", "place", "dates", "note", "known_defects"})


def _iso_date(value) -> bool:
    if isinstance(value, datetime.date):  # TOML's own date (dates = [2022-06-27])
        return True
    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def read_meta(path: Path, folder_name: str) -> DocumentMeta:
    """meta.toml of a document; without one, the folder name stands for the symbol."""
    if not path.exists() and not path.is_symlink():
        return DocumentMeta(symbol=folder_name, title=folder_name, source_lang="en", symbol_given=False)
    regular_file(path, "meta.toml", "E010")
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte-order mark, which TOML refuses as
        # "Invalid statement" at line 1 (the versions beside it are read with theirs).
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise HexaglotInputError("E010", path, "meta.toml is not valid UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        # Python 3.11 gives the position only inside the message: "(at line 2, column 9)".
        where = re.search(r"\(at line (\d+), column \d+\)", str(error))
        message = str(error)[: where.start()].strip() if where else str(error)
        raise HexaglotInputError("E010", path, f"not valid TOML: {message}", int(where.group(1)) if where else None) from None
    source_lang = data.get("source_lang", "en")
    if source_lang not in LANGUAGES:
        raise HexaglotInputError("E012", path, f"source_lang '{source_lang}' is not one of {', '.join(LANGUAGES)}")
    unknown = sorted(set(data) - _META_KEYS)
    if unknown:
        # `source-lang = "ru"` was passed by without a word, and the document read as English.
        near = difflib.get_close_matches(unknown[0], _META_KEYS, n=1)
        raise HexaglotInputError("E010", path, f"unknown key '{unknown[0]}'" + (f" (did you mean '{near[0]}'?)" if near else "")
                                 + f"; meta.toml's keys are {', '.join(sorted(_META_KEYS))}")
    for key in ("symbol", "title", "body", "meeting", "place", "note"):
        if key in data and not isinstance(data[key], str):
            raise HexaglotInputError("E010", path, f"'{key}' must be a string")
    if "symbol" in data and not data["symbol"].strip():
        raise HexaglotInputError("E010", path, "'symbol' is empty: give the document's symbol, or leave the key out "
                                 "for the folder's name to stand for it")
    for key in ("symbol", "title"):
        if key in data and any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in data[key]):
            # Printed raw, `symbol = "A/1\nLanguage: fr"` made one summary line three.
            raise HexaglotInputError("E010", path, f"'{key}' holds a line break or a control character: give it on one line")
    if "dates" in data and not (isinstance(data["dates"], list) and all(_iso_date(day) for day in data["dates"])):
        raise HexaglotInputError("E010", path, "'dates' must be a list of dates, for example [\"2022-06-27\", \"2022-06-28\"]")
    return DocumentMeta(
        symbol=data.get("symbol", folder_name),
        title=data.get("title", folder_name),
        source_lang=source_lang,
        symbol_given="symbol" in data,
        source_lang_given="source_lang" in data,
    )
