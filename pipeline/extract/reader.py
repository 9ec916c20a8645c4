"""Reading a document file into text: encodings, BOM, line ends; errors that say what to do."""

from __future__ import annotations

import codecs
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import regular_file

# A PDF line holds about 100 characters and a .docx paragraph a few thousand; a line of a
# million is a binary or generated file, and analysing it would take minutes for nothing.
MAX_LINE = 1_000_000


def read_text(path: Path, encoding: str | None = None) -> str:
    """The file's text with LF line ends and no BOM.

    UTF-8 is tried first: a text in a legacy encoding (cp1251, latin-1) almost never decodes
    as UTF-8 by accident, so a file that does decode is UTF-8. `encoding` is used only for a
    file that is not valid UTF-8; without it such a file is an error naming the option.
    """
    data = regular_file(path).read_bytes()
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise HexaglotInputError("E005", path, "NUL byte in the file: it is binary, not text", line)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if encoding is None:
            line = data[: error.start].count(b"\n") + 1
            raise HexaglotInputError(
                "E003",
                path,
                f"not valid UTF-8 (byte 0x{data[error.start]:02x}); if the file is in another "
                "encoding, name it with --encoding (for example --encoding cp1251)",
                line,
            ) from None
        try:
            text = data.decode(encoding)
        except LookupError:
            raise HexaglotInputError("E004", path, f"unknown encoding '{encoding}' given by --encoding") from None
        except UnicodeDecodeError as error2:
            line = data[: error2.start].count(b"\n") + 1
            raise HexaglotInputError(
                "E004", path, f"cannot be decoded as {encoding} (byte 0x{data[error2.start]:02x})", line
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    longest = max(text.split("\n"), key=len)
    if len(longest) > MAX_LINE:
        line = text[: text.index(longest)].count("\n") + 1
        raise HexaglotInputError(
            "E018", path, f"line of {len(longest):,} characters (the limit is {MAX_LINE:,}): not text extracted from a document", line
        )
    if not text.strip():
        raise HexaglotInputError("E002", path, "the file is empty")
    return text
