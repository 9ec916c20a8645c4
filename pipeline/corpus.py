"""Finding the documents of a corpus: one folder per document, one file per language."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file, safe_file_name
from pipeline.model import LANGUAGES

# When a folder holds a language in several forms, the first found is read: the text
# extracted from the PDF first (what revisers have checked and may have corrected by hand),
# then the Word file (whole paragraphs, exact footnote references), then the PDF itself,
# whose text is rebuilt from glyph positions and is the least exact of the three.
DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf")


@dataclass(frozen=True)
class DocumentMeta:
    symbol: str
    title: str
    source_lang: str
    # Whether meta.toml names the symbol; else the folder's name stands for it, and a note on
    # the symbol must say where it came from.
    symbol_given: bool = True


@dataclass(frozen=True)
class DocumentSource:
    """A document folder: its name (used for catalog names), metadata and language files."""

    name: str
    folder: Path
    meta: DocumentMeta
    files: dict[str, Path]

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if lang not in self.files)


def discover(corpus: Path, source_lang: str | None = None) -> list[DocumentSource]:
    """The documents under `corpus`: either one document folder, or a folder of them."""
    if not corpus.exists():
        raise HexaglotInputError("E001", corpus, "the corpus folder does not exist")
    if not corpus.is_dir():
        raise HexaglotInputError("E001", corpus, "the corpus path is a file, not a folder")
    if _language_files(corpus):
        folders = [corpus]
    else:
        folders = sorted(p for p in corpus.iterdir() if p.is_dir() and not p.name.startswith("."))
    documents = [
        _document(folder, source_lang) for folder in folders if _language_files(folder) or (folder / "meta.toml").exists()
    ]
    if not documents:
        raise HexaglotInputError(
            "E009", corpus, "no document found: expected folders holding <lang>.txt, <lang>.docx or <lang>.pdf files"
        )
    return documents


def _language_files(folder: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for lang in LANGUAGES:
        for suffix in DOCUMENT_SUFFIXES:
            candidate = folder / f"{lang}{suffix}"
            if (candidate.exists() or candidate.is_symlink()) and lang not in files:
                regular_file(candidate, "document")  # a FIFO would hang the reader, a looping link fail later
                # A link out of the corpus (`ru.txt -> ../../secret`) is not a document of it.
                if not candidate.resolve().is_relative_to(folder.resolve()):
                    raise HexaglotInputError("E019", candidate, f"points outside its corpus folder, to {candidate.resolve()}")
                files[lang] = candidate
    return files


def _document(folder: Path, source_lang: str | None) -> DocumentSource:
    meta = read_meta(folder / "meta.toml", folder.name)
    if source_lang:
        meta = DocumentMeta(meta.symbol, meta.title, source_lang, meta.symbol_given)
    # The folder's name names the catalogs and their header: made safe for both.
    return DocumentSource(safe_file_name(folder.name), folder, meta, _language_files(folder))


def read_meta(path: Path, folder_name: str) -> DocumentMeta:
    """meta.toml of a document; without one, the folder name stands for the symbol."""
    if not path.exists() and not path.is_symlink():
        return DocumentMeta(symbol=folder_name, title=folder_name, source_lang="en", symbol_given=False)
    regular_file(path, "meta.toml", "E010")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
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
    for key in ("symbol", "title"):
        if key in data and not isinstance(data[key], str):
            raise HexaglotInputError("E010", path, f"'{key}' must be a string")
    return DocumentMeta(
        symbol=data.get("symbol", folder_name),
        title=data.get("title", folder_name),
        source_lang=source_lang,
        symbol_given="symbol" in data,
    )
