"""Opening a workbook a user gives (a glossary, a reviewed findings.xlsx): the checks every such
file goes through before openpyxl reads it, and openpyxl's many ways of failing on one bad file
turned into one coded line.

openpyxl raises zip, XML, key and value errors for a file that is not a workbook, and in
read-only mode it inflates and parses a sheet only as its rows are read: a sheet cut short, a
damaged member (bad CRC) or a cell it cannot decode fails there, past the opening. Both places
must give the same kind of line, with the caller's code (E015 for a glossary, E029 for a
findings workbook).
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.archive import check_zip_limits, refuse_declared_dtds
from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file

# What openpyxl's sheet parser raises on bad data: XML errors (ParseError is a SyntaxError), zip
# and inflate errors, and the errors of converting a number, a row number or a cell's name
# (`r="x"`, `r="AAAA1"`), or of finding a shared string. Named, not `Exception`, so that a bug
# of ours is not passed off as a bad file.
SHEET_ERRORS = (SyntaxError, zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, IndexError)


@contextmanager
def opened_workbook(path: Path, what: str, code: str) -> Iterator:
    """The workbook at `path`, read-only with formulas as written (never their cached values),
    closed afterwards. Not a regular file: E001; over the zip limits or unreadable: `code`."""
    from openpyxl import load_workbook

    regular_file(path, what, "E001")
    check_zip_limits(path, what, code)
    refuse_declared_dtds(path, code)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds (zip, XML, key errors) for one cause
        raise HexaglotInputError(code, path, f"not a readable .xlsx file ({error.__class__.__name__})") from None
    try:
        yield workbook
    finally:
        workbook.close()
