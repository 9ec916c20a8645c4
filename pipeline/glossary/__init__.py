"""The glossary: its formats (TBX v3 and v2, CSV, XLSX) and the terminologists' tools."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file
from pipeline.glossary.tabular import read_csv, read_xlsx, write_csv, write_xlsx
from pipeline.glossary.tbx import read_tbx, write_tbx
from pipeline.model import LANGUAGES, Glossary


# A glossary saved as delimited text: CSV, or tab-separated as CAT tools export a termbase and
# Excel saves "Unicode Text" (its separator is read off the header row: tabular.py).
DELIMITED = (".csv", ".tsv", ".txt")


def load_glossary(path: Path) -> Glossary:
    """A glossary from any supported format, chosen by the file's suffix, with the word lists
    kept beside it (`<lang>-words.txt`)."""
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml"):
        glossary = read_tbx(path)
    elif suffix in DELIMITED:
        glossary = read_csv(path)
    elif suffix == ".xlsx":
        glossary = read_xlsx(path)
    else:
        raise HexaglotInputError("E013", path, "unknown glossary format: use .tbx, .csv (or tab-separated .tsv, .txt) or .xlsx")
    return replace(glossary, known_words=words_beside(path))


def words_beside(path: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The word lists in the glossary's folder, `ru-words.txt` and the like: one word per
    line, `#` starting a comment line."""
    found = []
    for lang in LANGUAGES:
        listed = path.parent / f"{lang}-words.txt"
        if not listed.exists() and not listed.is_symlink():
            continue
        try:
            text = regular_file(listed, "word list").read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise HexaglotInputError("E003", listed, f"the word list is not valid UTF-8 ({error.reason})") from None
        words = sorted({line.strip().casefold() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")})
        found.append((lang, tuple(words)))
    return tuple(found)


def save_glossary(glossary: Glossary, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".tbx":
        write_tbx(glossary, path)
    elif suffix == ".csv":
        write_csv(glossary, path)
    elif suffix == ".xlsx":
        write_xlsx(glossary, path)
    else:
        raise HexaglotInputError("E013", path, "unknown glossary format: use .tbx, .csv or .xlsx")
