"""A catalog as GNU gettext writes it, so that `msgcat`, `msgmerge` or a PO editor that writes
as gettext does, run on a catalog hexaglot wrote, changes no byte (a translator's tool must not
make whitespace-only differences against ours).

What gettext does, and this module with it (gettext's write-po.c):
- a string is written on its keyword's line when it fits in 79 columns and has no line break
  but at its end; otherwise the keyword's line holds `""` and the string follows, one line per
  piece, each piece ending at a line break (`\\n`) or at the last break opportunity that keeps
  the line, quotes included, within 79 columns;
- break opportunities are Unicode's line-breaking rules (UAX #14: after a space, between two
  Chinese characters, never before `。` or inside `20-01800A`), found by unicode-segmentation-rs,
  with the older rule gettext's libunistring keeps: a break is allowed after `/ . : , ;` before
  a letter (`treaties/` | `compendiums`, `[:` | `ss`);
- widths are columns: a combining mark or a format character takes none, a wide or full-width
  (Chinese) character two; nothing else is shaped (Arabic `لا` is two columns, as gettext counts);
- an escape sequence (`\\n`, `\\"`, `\\\\`) is never cut, nor the spaces that begin a piece from
  the word after them;
- references (`#:`) are joined on lines of at most 79 columns.

A catalog written without wrapping (`msgcat --no-wrap`, Weblate, Pootle) is written again so
(`page_width=None`): each string broken only after its line breaks; one wrapped at another
width (`msgcat --width=60`, a PO editor's setting) at its width (`page_width_of` finds it).

polib parses and holds the catalog; it writes with Python's textwrap, which breaks elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from unicode_segmentation_rs import line_break_units

PAGE_WIDTH = 79
# A piece of a string ends after each line break it holds (`\n` as written in the file); a
# backslash escapes the character after it, so `\\n` is a backslash and an `n`.
_PORTION = re.compile(r"(?:[^\\]|\\[^n])*(?:\\n|$)")
# Where libunistring, unlike the current UAX #14, allows a break: after a solidus or an infix
# separator that a letter follows.
_OLD_BREAK = re.compile(r"(?<=[/.:,;])(?=[^\W\d_])")
_MANDATORY_BREAK = re.compile("[\u2028\u2029\x85]")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b", "\f": "\\f",
            "\v": "\\v"}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)


def po_text(catalog, page_width: int | None = PAGE_WIDTH) -> str:
    """The whole catalog (a polib.POFile) as gettext writes it, ending with a line break, its
    strings wrapped at `page_width` columns (gettext's --width); None: as `msgcat --no-wrap`
    (Weblate's, Pootle's) writes it, a string broken only after its line breaks."""
    lines = [("# " + line) if line else "#" for line in catalog.header.split("\n")] if catalog.header else []
    if catalog.metadata_is_fuzzy:
        lines.append("#, fuzzy")
    lines += string_lines("msgid", "", "")
    # The fields in the order the catalog has them (polib's ordered_metadata() sorts them):
    # import or --fix into a Babel or Weblate catalog moved its `Language` and `Plural-Forms`.
    lines += string_lines("msgstr", "".join(f"{key}: {value}\n" for key, value in catalog.metadata.items()), "", page_width)
    for entry in catalog:
        lines.append("")
        lines += _entry_lines(entry, page_width)
    return "\n".join(lines) + "\n"


def _entry_lines(entry, page_width: int | None = PAGE_WIDTH) -> list[str]:
    # An entry flagged no-wrap is written unbroken, as msgcat writes it; its references are not.
    strings_width = None if "no-wrap" in entry.flags else page_width
    keyword_prefix = "#~ " if entry.obsolete else ""
    lines = [("# " + line) if line else "#" for line in entry.tcomment.split("\n")] if entry.tcomment else []
    if entry.comment:
        lines += [("#. " + line) if line else "#." for line in entry.comment.split("\n")]
    if entry.occurrences:
        lines += _references([f"{path}:{line}" if line else path for path, line in entry.occurrences], page_width or PAGE_WIDTH)
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    previous = "#~| " if entry.obsolete else "#| "
    for keyword, text in (("msgctxt", entry.previous_msgctxt), ("msgid", entry.previous_msgid),
                          ("msgid_plural", entry.previous_msgid_plural)):
        if text is not None:
            lines += string_lines(keyword, text, previous, strings_width)
    if entry.msgctxt is not None:
        lines += string_lines("msgctxt", entry.msgctxt, keyword_prefix, strings_width)
    lines += string_lines("msgid", entry.msgid, keyword_prefix, strings_width)
    if entry.msgid_plural:
        lines += string_lines("msgid_plural", entry.msgid_plural, keyword_prefix, strings_width)
        for index in sorted(entry.msgstr_plural):
            lines += string_lines(f"msgstr[{index}]", entry.msgstr_plural[index], keyword_prefix, strings_width)
    else:
        lines += string_lines("msgstr", entry.msgstr, keyword_prefix, strings_width)
    return lines


def _references(references: list[str], page_width: int = PAGE_WIDTH) -> list[str]:
    lines, line = [], "#:"
    for reference in references:
        if line != "#:" and len(line) + 1 + len(reference) > page_width:
            lines.append(line)
            line = "#:"
        line += " " + reference
    return [*lines, line]


def escaped(text: str) -> str:
    """A string's text as it is written between quotes."""
    return text.translate(_ESCAPE_TABLE)


def string_lines(keyword: str, text: str, prefix: str, page_width: int | None = PAGE_WIDTH) -> list[str]:
    """A keyword's string as lines (`msgstr "…"`, or `msgstr ""` and its pieces), wrapped at
    `page_width` columns, or only after its line breaks where it is None."""
    return _escaped_lines(keyword, escaped(text), prefix, page_width)


def _escaped_lines(keyword: str, written: str, prefix: str, page_width: int | None) -> list[str]:
    portions = [portion for portion in _PORTION.findall(written) if portion] or [""]
    opening = f'{prefix}{keyword} "'
    if page_width is None:
        if len(portions) == 1:
            return [f'{opening}{written}"']
        return [f'{prefix}{keyword} ""', *(f'{prefix}"{portion}"' for portion in portions)]
    columns = page_width - 2  # gettext's closing `"` not counted
    if len(portions) == 1 and width(opening) - 1 + width(written) <= columns:
        return [f'{opening}{written}"']  # it fits: no break is looked for (most strings)
    if len(portions) == 1:
        on_keyword_line = _wrapped(portions[0], width(opening) - 1, len(prefix), columns)
        if len(on_keyword_line) <= 1:
            return [f'{opening}{written}"']  # even past the page's width, if no break is possible
    lines = [f'{prefix}{keyword} ""']
    for portion in portions:
        lines += [f'{prefix}"{piece}"' for piece in _wrapped(portion, len(prefix), len(prefix), columns)]
    return lines


# A string's first line in a PO file (its prefix: `#~ ` obsolete, `#| ` previous), and a line
# that goes on with it.
_STRING_START = re.compile(r'((?:#~\| |#\| |#~ )?)(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"')
_STRING_GOES_ON = re.compile(r'((?:#~\| |#\| |#~ )?)"(.*)"')


# The widths a catalog may have been written at, in the order one is taken where several
# write its strings as they are: gettext's default, the narrower ones PO editors offer,
# unwrapped (msgcat --no-wrap, Weblate), then wider ones.
_WIDTHS = (PAGE_WIDTH, *range(PAGE_WIDTH - 1, 29, -1), None, *range(PAGE_WIDTH + 1, 201))


# The widths PO editors and msgcat are usually set to, taken first of those that fit a file.
_SET_WIDTHS = (PAGE_WIDTH, None, 80, 76, 72, 70, 60, 100, 120)


def page_width_of(text: str, limit: int = 200) -> int | None:
    """The page width a catalog's strings were written at, None where they were written
    unwrapped: the first of _WIDTHS at which each of its strings (the first `limit` that a
    width decides between those left) is written as the file has it: gettext's 79, or the one
    its tool was set to (`msgcat --width=60`, Poedit's and Lokalize's setting). Where none is
    (a line a reviser typed long in a wrapped catalog), the lines decide, _unwrapped_by_lines."""
    left = list(_WIDTHS)
    decided = 0
    for prefix, keyword, written, lines in _strings(text):
        if len(lines) == 1:
            # On its keyword's line it fits any width at least its own, and unwrapped: only
            # a narrower one, which would have broken it where it can be, is asked.
            line_width = width(lines[0])
            asked = [page_width for page_width in left if page_width is not None and page_width < line_width]
        else:
            asked = left
        if not asked:
            continue
        writing = _widths_writing(keyword, written, prefix, lines, asked)
        left = [page_width for page_width in left if page_width in writing or page_width not in asked]
        decided += 1
        if len(left) <= 1 or decided >= limit:
            break
    if left:
        # Where several widths write it alike, a width tools are set to before the others.
        return next((page_width for page_width in _SET_WIDTHS if page_width in left), left[0])
    return None if _unwrapped_by_lines(text) else PAGE_WIDTH


def _unwrapped_by_lines(text: str) -> bool:
    """Whether a catalog's strings were written unwrapped (msgcat --no-wrap): more of its lines
    hold a string gettext would have broken than break a string at the page's width (one
    line a reviser typed long in a wrapped catalog does not make it unwrapped). An entry
    flagged `no-wrap` tells nothing: every tool writes it unbroken."""
    unbroken = broken = 0
    previous = ""
    no_wrap = False
    for line in text.splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            no_wrap = False
        elif line.startswith(("#,", "#~,")) and "no-wrap" in line:
            no_wrap = True
        if no_wrap:
            continue
        bare = line.lstrip("#~| ")
        if bare.startswith('"') and previous.endswith('"') and not previous.endswith(('\\n"', ' ""')):
            broken += 1  # a string going on after a line that ends with no line break: wrapped
        if bare.startswith(('"', "msg")) and wrapped_otherwise(line):
            unbroken += 1
        previous = line
    return unbroken > broken


def _widths_writing(keyword: str, written: str, prefix: str, lines: list[str], asked: list[int | None]) -> set[int | None]:
    """Of the widths asked, those at which the string is written as `lines`. The widths that
    break a text at the same places are a run of widths: walked from the widest line's, up
    and then down, each way to the first that breaks it elsewhere; all of them are asked only
    where none of those is (a line past every width: a link no break fits)."""
    writes = lambda page_width: _escaped_lines(keyword, written, prefix, page_width) == lines
    found = {None} if None in asked and writes(None) else set()
    numbers = sorted(page_width for page_width in asked if page_width is not None)
    widest = max(map(width, lines))
    for side in ([n for n in numbers if n >= widest], [n for n in reversed(numbers) if n < widest]):
        for page_width in side:
            if not writes(page_width):
                break
            found.add(page_width)
    if numbers and not found - {None}:
        found |= {page_width for page_width in numbers if writes(page_width)}
    return found


def _strings(text: str) -> Iterator[tuple[str, str, str, list[str]]]:
    """The strings of a PO file as written, in order: (prefix, keyword, the escaped text, its
    lines), those of entries flagged no-wrap left out."""
    current: tuple[str, str, list[str], list[str]] | None = None  # (prefix, keyword, parts, lines)
    no_wrap = False
    for line in text.splitlines():
        line = line.rstrip("\r")
        more = _STRING_GOES_ON.fullmatch(line) if current is not None else None
        if more is not None and more.group(1) == current[0]:
            current[2].append(more.group(2))
            current[3].append(line)
            continue
        if current is not None:
            yield current[0], current[1], "".join(current[2]), current[3]
            current = None
        if not line.strip():
            no_wrap = False
        elif line.startswith(("#,", "#~,")) and "no-wrap" in line:
            no_wrap = True
        start = None if no_wrap else _STRING_START.fullmatch(line)
        if start is not None:
            current = (start.group(1), start.group(2), [start.group(3)], [line])
    if current is not None:
        yield current[0], current[1], "".join(current[2]), current[3]


def wrapped_otherwise(line: str) -> bool:
    """Whether a line of a PO file holds a string gettext would have broken in two (one that
    passes the page's width where a break is allowed): the file was written unwrapped. A line
    ending with a line break counts too: gettext breaks a long header line (`Plural-Forms`) as
    any other, and in a catalog of short entries that line alone tells it unwrapped."""
    quote = line.find('"')
    if quote < 0 or not line.endswith('"') or width(line) <= PAGE_WIDTH:
        return False
    return len(_wrapped(line[quote + 1:-1], width(line[:quote]), 0, _COLUMNS)) > 1


# The columns a string's text may take on a line, gettext's `"` after it not counted (79 - 2).
_COLUMNS = PAGE_WIDTH - 2


def _wrapped(escaped: str, start: int, start_after_break: int, columns: int) -> list[str]:
    """An escaped piece of a string in lines of `columns` columns, the first starting at
    column `start`, the others at `start_after_break` (after a `#~ ` prefix), as libunistring's
    u8_width_linebreaks breaks it: at the last break opportunity before a piece that would
    pass the line's end; a piece too long for any line stays whole."""
    units = _break_units(escaped)
    if _MANDATORY_BREAK.search(escaped):
        return _wrapped_across_separators(units, start, start_after_break, columns)
    # Every unit's columns, measured once; a text whose characters each take one column (most
    # Latin, Cyrillic and Arabic text) is measured by its length.
    narrow = escaped.isascii() or all(_COLUMNS_OF[ch] == 1 for ch in set(escaped))
    lines, first, used = [], 0, start
    for index, unit_columns in enumerate(map(len if narrow else width, units)):
        if used + unit_columns > columns and index > first:
            lines.append("".join(units[first:index]))
            first, used = index, start_after_break
        used += unit_columns
    return [*lines, "".join(units[first:])] if units else lines


def _wrapped_across_separators(units: list[str], start: int, start_after_break: int, columns: int) -> list[str]:
    """_wrapped's lines for a piece that holds a line separator (U+2028, U+2029, U+0085): a
    break gettext does not write. The columns count again from a line's start after it, on the
    same line, and the next piece stays on it."""
    lines, line, used, glued = [], "", start, False
    for unit in units:
        before_break, *after_breaks = _MANDATORY_BREAK.split(unit)
        if line and not glued and used + width(before_break) > columns:
            lines.append(line)
            line, used = "", start_after_break
        line, used = line + unit, start_after_break + width(after_breaks[-1]) if after_breaks else used + width(unit)
        glued = bool(after_breaks)
    return [*lines, line] if line else lines


def _break_units(escaped: str) -> list[str]:
    """The piece cut at each break opportunity: UAX #14's, and libunistring's older ones; an
    escape sequence is never cut."""
    units: list[str] = []
    if "\\" not in escaped and not escaped.startswith(" "):
        units = line_break_units(escaped)  # no escape to keep whole, no leading spaces: most strings
    else:
        for unit in line_break_units(escaped):
            # libunistring offers no break after the spaces that begin a text
            if units and (_ends_inside_escape(units[-1]) or not units[-1].strip(" ")):
                units[-1] += unit
            else:
                units.append(unit)
    if len(units) > 1 and units[-1] == "\\n" and not _ends_inside_escape(units[-2]):
        # No break before a line break (UAX #14's LB6, on the text gettext breaks, where `\n` is
        # one character): `… ? 1 : 2);\n` stays whole, found at 35 columns (msgcat --width=35).
        units[-2:] = [units[-2] + units[-1]]
    if not _OLD_BREAK.search(escaped):
        return units  # most strings: no older opportunity to add
    return [piece for unit in units for piece in _OLD_BREAK.split(unit) if piece]


def _ends_inside_escape(text: str) -> bool:
    """Whether `text` ends with a backslash that escapes what follows (an odd run of them)."""
    run = len(text) - len(text.rstrip("\\"))
    return run % 2 == 1


def width(text: str) -> int:
    """Columns, as gettext counts them: 0 for a combining mark or format character, 2 for a
    wide or full-width character, 1 for any other."""
    # Every string of every catalog written is measured, piece by piece: an ASCII text (no
    # mark, no wide character) is its length, and another character's columns are looked up
    # once per process.
    return len(text) if text.isascii() else sum(map(_COLUMNS_OF.__getitem__, text))


class _CharacterColumns(dict):
    def __missing__(self, ch: str) -> int:
        columns = self[ch] = (0 if unicodedata.category(ch) in ("Mn", "Me", "Cf")
                              else 2 if unicodedata.east_asian_width(ch) in "WF" else 1)
        return columns


_COLUMNS_OF = _CharacterColumns()
