"""Reading a document file into text: encodings, BOM, line ends; errors that say what to do."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import marked_encoding, regular_file, utf16_without_mark
from pipeline.lang import profile
from pipeline.model import LANGUAGES

# A PDF line holds about 100 characters and a .docx paragraph a few thousand; a line of a
# million is a binary or generated file, and analysing it would take minutes for nothing.
MAX_LINE = 1_000_000


@dataclass(frozen=True)
class Encodings:
    """The encodings `--encoding` names for text files that are not UTF-8: one for every
    language (`cp1251`), or one a language (`ru=cp1251,ar=cp1256`, as an office keeps its
    Russian and its Arabic in their Windows code pages), or both (`cp1252,ru=cp1251`)."""

    every: str | None = None
    by_language: tuple[tuple[str, str], ...] = ()

    def of(self, lang: str) -> str | None:
        return dict(self.by_language).get(lang, self.every)

    @classmethod
    def parse(cls, spec: str) -> Encodings:
        """ValueError, saying why, for a spec that names no encoding Python knows or a
        language not among the six."""
        every, by_language = None, {}
        for part in filter(None, (piece.strip() for piece in spec.split(","))):
            lang, equals, name = part.rpartition("=")
            lang, name = lang.strip().lower(), name.strip()
            try:
                codecs.lookup(name)
            except LookupError:
                raise ValueError(f"unknown encoding '{name}'") from None
            if equals and not lang:
                raise ValueError(f"'{part}' names no language: write LANG=ENCODING, for example ru=cp1251")
            if (lang or None) in by_language or (not lang and every is not None):
                raise ValueError(f"{'the encoding of ' + lang if lang else 'an encoding for every language'} is named twice")
            if not lang:
                every = name
            elif lang in LANGUAGES:
                by_language[lang] = name
            else:
                raise ValueError(f"'{lang}' is not one of the six languages ({', '.join(LANGUAGES)}): "
                                 "write LANG=ENCODING, for example ru=cp1251")
        return cls(every, tuple(sorted(by_language.items())))


def read_text(path: Path, encoding: str | None = None) -> str:
    """The file's text with LF line ends and no BOM.

    A byte-order mark names the encoding (UTF-8, UTF-16 or UTF-32). Without one, UTF-8 is tried
    first: a text in a legacy encoding (cp1251, latin-1) almost never decodes as UTF-8 by
    accident, so a file that does decode is UTF-8. `encoding` is used only for a file that is
    not valid UTF-8; without it such a file is an error naming the option.
    """
    data = regular_file(path).read_bytes()
    for signature, what, instead in OTHER_FORMATS:
        if data.startswith(signature):
            # Read as text it is a wall of mojibake or a byte error that names an encoding to try.
            raise HexaglotInputError("E005", path, f"is {what}, not text: {instead}")
    marked = marked_encoding(data)
    if marked:
        try:
            text = data.decode(marked)
        except UnicodeDecodeError as error:
            raise HexaglotInputError("E003", path, f"opens with the byte-order mark of {marked.removesuffix('-sig').upper()} "
                                     f"but is not valid {marked.removesuffix('-sig').upper()} (at byte {error.start:,})") from None
    else:
        text = _decoded(path, data, encoding)
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        if not marked and (utf16 := utf16_without_mark(data)):
            raise HexaglotInputError("E005", path, "NUL bytes between the letters: UTF-16 with no byte-order mark; "
                                     f"name it with --encoding {utf16}", line)
        raise HexaglotInputError("E005", path, "NUL byte in the file: it is binary, not text", line)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    markup = _MARKUP.match(text)
    if markup:
        # A browser's "Save page as" or Word's "Save as Web Page" renamed .txt: read as text,
        # its tags went into the catalog as translations.
        what = "a web page (HTML)" if "html" in markup.group(0).lower() else "an XML file"
        raise HexaglotInputError("E005", path, f"is {what}, not text: save it as .docx or as plain text", 1)
    longest = max(text.split("\n"), key=len)
    if len(longest) > MAX_LINE:
        line = text[: text.index(longest)].count("\n") + 1
        raise HexaglotInputError(
            "E018", path, f"line of {len(longest):,} characters (the limit is {MAX_LINE:,}): not text extracted from a document", line
        )
    if not text.strip():
        raise HexaglotInputError("E002", path, "the file is empty")
    return text


# A text that is markup from its first character (after a byte-order mark and blank lines).
_MARKUP = re.compile(r"\A[\ufeff\s]*(?:<!DOCTYPE\s+html|<html[\s>]|<\?xml\b[^>]*>\s*(?:<!--.*?-->\s*)*<(?:html|[\w:.-]+))",
                     re.IGNORECASE | re.DOTALL)

# Files a text version may be by mistake (saved or renamed under .txt), by their first bytes.
OTHER_FORMATS = (
    (b"%PDF-", "a PDF file", "name it .pdf, and it is read as one"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx or an OpenDocument file under another name?)",
     "name a Word document .docx, and it is read as one"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 file", "save it as .docx"),
    (b"{\\rtf", "an RTF file", "save it as .docx or as plain text"),
    (b"\x7fELF", "a program", "give the document's text"),
    (b"\x89PNG", "a PNG image", "give the document's text"),
    (b"\xff\xd8\xff", "a JPEG image", "give the document's text"),
)


def _decoded(path: Path, data: bytes, encoding: str | None) -> str:
    """A file with no byte-order mark: UTF-8, else `encoding` (also for a file whose NUL bytes
    decode as UTF-8 but are another encoding's: UTF-16 with no mark, named by --encoding)."""
    try:
        text = data.decode("utf-8")
        if encoding is None or "\x00" not in text:
            return text
    except UnicodeDecodeError as error:
        if encoding is None:
            line = data[: error.start].count(b"\n") + 1
            utf16 = utf16_without_mark(data)
            if not utf16 and b"\x00" in data[:4096]:
                raise HexaglotInputError("E005", path, "NUL bytes in the file: it is binary, not text", line) from None
            said = (f"UTF-16 with no byte-order mark; name it with --encoding {utf16}" if utf16 else
                    f"if the file is in another encoding, name it with --encoding (for example {_likely_encoding(path)})")
            raise HexaglotInputError("E003", path, f"not valid UTF-8 (byte 0x{data[error.start]:02x}); {said}", line) from None
    try:
        return data.decode(encoding)
    except LookupError:
        raise HexaglotInputError("E004", path, f"unknown encoding '{encoding}' given by --encoding") from None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise HexaglotInputError("E004", path, f"cannot be decoded as {encoding} (byte 0x{data[error.start]:02x})", line) from None


def _likely_encoding(path: Path) -> str:
    """The --encoding to try for a version that is not UTF-8: its language's code page
    (`--encoding zh=gb18030` for zh.txt), or Russian's where the name says no language."""
    lang = path.stem.replace("-", "_").split("_")[0].lower()
    return f"--encoding {lang}={profile(lang).legacy_encoding}" if lang in LANGUAGES else "--encoding cp1251"
