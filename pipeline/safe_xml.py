"""XML that comes from outside (a glossary, a CAT tool's XLIFF), parsed so that it cannot hurt.

No DTD is loaded, no entity is expanded, nothing is fetched from the network, and a document
that declares an entity is refused outright (billion laughs, external entities): the
declaration is looked for in the bytes, in every encoding XML allows for it, before the parser
sees them, and in the parsed internal subset after. Errors are one HexaglotInputError naming
the file and line, with the caller's code (E014 for a glossary, E024 for an XLIFF file).
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path

from lxml import etree

from pipeline.errors import HexaglotInputError

# The encoding an XML declaration names, in the bytes (an ASCII-compatible file's: one in UTF-16
# or UTF-32 has its declaration in those, and is read as its byte order mark says).
_DECLARED_ENCODING = re.compile(rb"(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([A-Za-z][\w.:-]*)[\"']")

ENTITIES_REFUSED = "the file declares XML entities, which are refused (entity expansion attacks)"


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False)


def parse_untrusted(data: bytes, path: Path, code: str) -> etree._ElementTree:
    """The document in `data`, or HexaglotInputError(code) naming the line of what is wrong."""
    for declaration, newline in ((b"<!ENTITY", b"\n"), ("<!ENTITY".encode("utf-16-le"), "\n".encode("utf-16-le")),
                                 ("<!ENTITY".encode("utf-16-be"), "\n".encode("utf-16-be"))):
        if declaration in data:
            line = data[: data.index(declaration)].count(newline) + 1
            raise HexaglotInputError(code, path, ENTITIES_REFUSED, line)
    declared = _DECLARED_ENCODING.match(data)
    if declared is not None:
        _refuse_utf8_declared_otherwise(data, declared.group(1).decode("ascii"), path, code)
    try:
        tree = etree.parse(io.BytesIO(data), safe_parser())
    except etree.XMLSyntaxError as error:
        raise HexaglotInputError(code, path, f"not well-formed XML: {error.msg}", error.lineno) from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise HexaglotInputError(code, path, ENTITIES_REFUSED, _declaration_line(data, tree.docinfo.encoding))
    reference = next(tree.iter(etree.Entity), None)
    if reference is not None:
        # `&eacute;` of a DTD named by the DOCTYPE, which is never read: kept as it stands, it
        # became the text of a term (`&foo;`) that no translation could ever match.
        raise HexaglotInputError(code, path, f"the file refers to the entity {reference.text}, which it does not define "
                                 "(a DTD is never read): write the character itself", reference.sourceline)
    return tree


def _declaration_line(data: bytes, encoding: str | None) -> int:
    """The line of the first entity declaration, found in the text as the parser decoded it: the
    bytes looked for before parsing are those of UTF-8 and UTF-16, and a file in UTF-32 (or any
    other encoding lxml reads) reaches the parser. 1 when the text cannot be had again."""
    try:
        text = data.decode(encoding or "utf-8")
    except (LookupError, UnicodeDecodeError):
        return 1
    index = text.find("<!ENTITY")
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def _refuse_utf8_declared_otherwise(data: bytes, declared: str, path: Path, code: str) -> None:
    """A file whose bytes are UTF-8 under a declaration of a legacy encoding (an editor or a
    script that saved it anew and kept the declaration) is refused: read as declared, every
    letter outside ASCII was another (`Droit Ã  lâ€™éducation`, `РЎРѕРІРµС‚`), no error, and
    import wrote them over every translation. Text really in such an encoding is almost
    never valid UTF-8 (a Cyrillic or accented letter is not followed by the bytes that would
    continue it), as the PO reader has it (pipeline/po_reader.py)."""
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return  # (a name Python does not know: lxml says whether it reads it)
    if name == "utf-8" or name.startswith(("utf-16", "utf-32")) or data.isascii() or data.startswith(codecs.BOM_UTF8):
        return  # (a byte order mark says UTF-8 over the declaration, and the parser reads it so)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # really in the declared encoding
    raise HexaglotInputError(code, path, f"its XML declaration says encoding {declared}, but the file is UTF-8: "
                             "correct the declaration (encoding=\"UTF-8\")", 1)
