"""Limits on zip archives (.docx, .xlsx), checked from the central directory before anything
is decompressed.

A zip's members are inflated by the libraries that read them (python-docx, openpyxl) without
a bound: a 300 KB .docx whose document.xml inflates to gigabytes took 3-4 GB of memory and
ended in a MemoryError, or in "0 concepts" and exit 0. Real Word documents and glossaries are
a few megabytes inflated; the limits below are generous for them and refuse the bombs. The
sizes are those the archive declares; zipfile itself stops a member that inflates past its
declared size ("Bad CRC" / size mismatch), so a lying directory gains nothing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from pipeline.errors import HexaglotInputError

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
# A member that inflates more than this many times, and to more than MIN_SUSPECT_BYTES: XML
# compresses 5-20 times, a run of one repeated byte 1,000 times.
MAX_RATIO = 200
MIN_SUSPECT_BYTES = 10 * 1024 * 1024


def check_zip_limits(path: Path, what: str, code: str) -> None:
    """HexaglotInputError (`code`) naming the member and the limit, when the archive at `path`
    would inflate past a limit; nothing when it is not a zip (its reader says so)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if len(members) > MAX_MEMBERS:
        raise HexaglotInputError(code, path, f"the {what} holds {len(members):,} files (at most {MAX_MEMBERS:,} are read)")
    total = 0
    for member in members:
        size = member.file_size
        total += size
        if size > MAX_MEMBER_BYTES:
            raise HexaglotInputError(code, path, f"{member.filename} inflates to {size:,} bytes "
                                     f"(at most {MAX_MEMBER_BYTES:,}): refused as a zip bomb")
        if size > MIN_SUSPECT_BYTES and size > MAX_RATIO * max(member.compress_size, 1):
            raise HexaglotInputError(code, path, f"{member.filename} inflates {size // max(member.compress_size, 1):,} times "
                                     f"to {size:,} bytes (at most {MAX_RATIO} times past {MIN_SUSPECT_BYTES:,} bytes): "
                                     "refused as a zip bomb")
    if total > MAX_TOTAL_BYTES:
        raise HexaglotInputError(code, path, f"the {what} inflates to {total:,} bytes in all "
                                 f"(at most {MAX_TOTAL_BYTES:,}): refused as a zip bomb")


# Parts that are not the package's XML, which no Office reader parses as such: an image an
# illustration program wrote as SVG (`<!DOCTYPE svg PUBLIC …>`), an HTML chunk Word imports
# (altChunk, `<!DOCTYPE html>`). A DTD there is the file format's, not an attack on the reader.
_NOT_PACKAGE_XML = (".svg", ".htm", ".html", ".xhtml", ".mht", ".mhtml", ".txt", ".rtf")


def refuse_declared_dtds(path: Path, code: str) -> None:
    """HexaglotInputError (`code`) naming the part where an XML part of the archive declares a
    DTD (entities, an external subset). Office Open XML parts never have one (ECMA-376 Part 2
    forbids it), so one is an attack or a broken tool: parsed with entities unexpanded, the text
    that used one was lost in silence (python-docx's runs stop at an entity it does not expand).
    Every part that starts as XML is read, whatever its name (a document part renamed
    `document.dat` is read by its relationship), up to its first element, in pieces, after
    check_zip_limits has bounded what each inflates to."""
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                if not member.is_dir() and _declares_a_dtd(archive, member):
                    raise HexaglotInputError(code, path, f"its part {member.filename} declares a DTD (XML entities or an "
                                             "external definition), which Office never writes: refused, never expanded "
                                             "nor fetched; save the file again from Word or Excel")
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return  # not a zip, or a member that cannot be read: the reader says so


def _declares_a_dtd(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Whether the member is XML with a document type declaration, as lxml reads it (comments,
    processing instructions and UTF-16 before it, all of it): parsed with entities unresolved,
    no DTD loaded, no network, to its first element only."""
    if member.filename.lower().endswith(_NOT_PACKAGE_XML) or "/media/" in f"/{member.filename.lower()}":
        return False
    with archive.open(member) as stream:
        start = stream.read(4)
        if not start or not any(mark in start for mark in (b"<", b"<\x00", b"\x00<")):
            return False  # an image, a font: no XML
    with archive.open(member) as stream:
        try:
            _, first = next(iter(etree.iterparse(stream, events=("start",), resolve_entities=False, load_dtd=False,
                                                  no_network=True, huge_tree=False)))
        except (etree.XMLSyntaxError, StopIteration):
            return False  # not well-formed before its first element: the reader says so
        info = first.getroottree().docinfo
        return bool(info.doctype) or info.internalDTD is not None
