"""New translations written into a PO file with every other byte kept.

`check --fix` changes a few characters of a few msgstrs, in catalogs hexaglot wrote and in
catalogs other tools wrote (Poedit, Weblate, msgmerge, each wrapping and ordering its own
way). Writing the whole catalog again would rewrap and reorder what the fix did not touch: the
reviser's diff would show the tool, not the fix. So only the lines of the msgstrs that change
are replaced (a one-line msgstr kept on one line, others written as gettext writes a string,
pipeline/po_writer.py), and the result is
read back: unless it reads as the catalog with exactly those msgstrs changed, nothing is
written (`SpliceError`). A layout this does not know (a keyword and its strings on one line
with another keyword, a backslash-continued line, CR-only line ends) is refused the same way.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.po_reader import parse_po
from pipeline.po_writer import page_width_of, string_lines


class SpliceError(ValueError):
    """The new msgstrs cannot be written into this file with every other byte kept."""


_MSGSTR = re.compile(r'(msgstr(?:\[(\d+)\])?)[ \t]*"')
_ENTRY_START = re.compile(r"msg(?:ctxt|id)[ \t]")


def _blocks(lines: list[str]) -> list[dict[int, tuple[int, int]]]:
    """For each live entry (the header first, if the file has one), its msgstr blocks: msgstr
    index (0 for a plain msgstr) → (first line, line after the last), 0-based."""
    entries: list[dict[int, tuple[int, int]]] = []
    current: dict[int, tuple[int, int]] | None = None
    number = 0
    while number < len(lines):
        line = lines[number]
        if _ENTRY_START.match(line) and not line.startswith("msgid_plural"):
            if current is None or current:
                current = {}
                entries.append(current)
        match = _MSGSTR.match(line)
        if match:
            if current is None:
                raise SpliceError("a msgstr before any msgid")
            end = number + 1
            while end < len(lines) and lines[end].startswith('"'):
                end += 1
            index = int(match.group(2)) if match.group(2) is not None else 0
            current[index] = (number, end)
            number = end
            continue
        number += 1
    return entries


def _fields(entry) -> tuple:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural, entry.obsolete, entry.comment, entry.tcomment,
            tuple(entry.flags), tuple(entry.occurrences), entry.previous_msgctxt, entry.previous_msgid,
            entry.previous_msgid_plural)


def _translation(entry) -> tuple:
    return (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))


def splice_msgstrs(data: bytes, path: Path, changes: dict[int, dict[int, str]]) -> bytes:
    """The catalog `data` with translations of the entries in `changes` replaced. An entry is
    named by the line it starts on as parse_po reads it (its `linenum`: (msgctxt, msgid) does not
    tell `msgctxt ""` from no msgctxt), and maps form n → its new text (0 for a msgstr; n for
    the msgstr[n] of an entry with plural forms)."""
    try:
        catalog = parse_po(data, path)
    except HexaglotInputError as error:
        raise SpliceError(error.message) from None
    charset = catalog.encoding
    text = data.decode(charset)
    if "\r" in text and "\r\n" not in text:
        raise SpliceError("its lines end in CR alone")
    # Each line with its own end: a file whose lines end in CRLF and LF both (an editor that
    # wrote some with one, msgfmt reads it) was refused as "a msgstr before any msgid", its lines
    # cut at CRLF alone. A line written anew ends as the line it replaces did.
    lines = text.split("\n")
    endings = ["\r\n" if line.endswith("\r") else "\n" for line in lines]
    lines = [line.removesuffix("\r") for line in lines]
    if any(line.endswith("\\") for line in lines):
        raise SpliceError("it continues lines with a backslash")
    live = [entry for entry in catalog if not entry.obsolete]
    blocks = _blocks(lines)
    header_end = 0
    if len(blocks) == len(live) + 1:
        header_end = blocks[0][0][1] if 0 in blocks[0] else 0
        blocks = blocks[1:]  # the header entry, which polib keeps apart as metadata
    # At the catalog's own width where its tool wraps (msgcat --width=60 wrote 60 columns).
    page_width = page_width_of(text) if _wraps_long_strings(lines, header_end) else None
    if len(blocks) != len(live):
        raise SpliceError("its entries could not be told apart line by line")
    replacements: dict[int, tuple[int, list[str]]] = {}
    expected = {}
    for entry, entry_blocks in zip(live, blocks):
        key = entry.linenum
        forms = changes.get(key)
        if forms is None or not all(form in entry_blocks and (form == 0 or entry.msgid_plural) for form in forms):
            continue
        for form, new_text in forms.items():
            first, after = entry_blocks[form]
            keyword = f"msgstr[{form}]" if entry.msgid_plural else "msgstr"
            # A catalog whose tool does not wrap (Poedit and Weblate may not, `msgcat --no-wrap`)
            # keeps its style, a string broken only after its line breaks; so does an entry
            # flagged no-wrap in a catalog that wraps.
            new_lines = string_lines(keyword, new_text, "", page_width if "no-wrap" not in entry.flags else None)
            replacements[first] = (after, new_lines)
        expected[key] = forms
    if len(expected) != len(changes):
        missing = next(key for key in changes if key not in expected)
        raise SpliceError(f"no entry starts on line {missing}")
    out: list[tuple[str, str]] = []  # each line and its end
    number = 0
    while number < len(lines):
        if number in replacements:
            after, new = replacements[number]
            out.extend((line, endings[number]) for line in new)
            number = after
        else:
            out.append((lines[number], endings[number]))
            number += 1
    try:
        # (the last piece is what follows the last line break: no end of its own)
        result = ("".join(line + end for line, end in out[:-1]) + out[-1][0]).encode(charset)
    except UnicodeEncodeError as error:
        raise SpliceError(f"{error.object[error.start]!r} cannot be written in its charset {charset}") from None
    _verify(catalog, result, path, expected)
    return result


def _wraps_long_strings(lines: list[str], header_end: int) -> bool:
    """Whether the catalog's tool wraps long strings, as gettext does: a string continued on a
    next line where it has no line break (`\\n`) to end at. A string broken only after its
    line breaks (`msgid ""` then `"A\\n"`, `"B"`) is a tool's that does not wrap: read as
    wrapping, its fixed entries were wrapped at 79 columns. The header is left out: every tool
    writes it so."""
    for number in range(max(header_end, 1), len(lines) - 1):
        line, following = lines[number], lines[number + 1]
        continued = line.startswith('"') and (lines[number - 1].startswith(("msg", '"', "#~ msg")))
        if continued and following.startswith('"') and not line.endswith('\\n"'):
            return True
    return False


def _verify(before, data: bytes, path: Path, expected: dict[int, dict[int, str]]) -> None:
    """The spliced file reads as the catalog with exactly the expected translations changed."""
    try:
        after = parse_po(data, path)
    except HexaglotInputError as error:
        raise SpliceError(f"the result would not read: {error.message}") from None
    if before.header != after.header or before.metadata != after.metadata or len(before) != len(after):
        raise SpliceError("the result would change more than the msgstrs")
    for old, new in zip(before, after):
        key = old.linenum  # the line it starts on before the splice, as `changes` names it
        if _fields(old) != _fields(new):
            raise SpliceError("the result would change more than the msgstrs")
        if key in expected and not old.obsolete:
            if old.msgid_plural:
                meant = (old.msgstr, {**old.msgstr_plural, **expected[key]})
            else:
                meant = (expected[key][0], old.msgstr_plural)
            if (new.msgstr, new.msgstr_plural) != meant:
                raise SpliceError("the result would not hold the new translation as meant")
        elif _translation(old) != _translation(new):
            raise SpliceError("the result would change another translation")
