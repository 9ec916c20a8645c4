"""The glossary: its formats (TBX v3 and v2, CSV, XLSX) and the terminologists' tools."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.glossary.tabular import read_csv, read_xlsx, write_csv, write_xlsx
from pipeline.glossary.tbx import read_tbx, write_tbx
from pipeline.model import Glossary


def load_glossary(path: Path) -> Glossary:
    """A glossary from any supported format, chosen by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml"):
        return read_tbx(path)
    if suffix == ".csv":
        return read_csv(path)
    if suffix == ".xlsx":
        return read_xlsx(path)
    raise HexaglotInputError("E013", path, "unknown glossary format: use .tbx, .csv or .xlsx")


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
