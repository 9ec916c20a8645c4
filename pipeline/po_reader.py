"""Reading a PO file as msgfmt reads it: whatever msgfmt refuses as syntax is refused here,
with its line, and never read as something else.

polib (which writes hexaglot's catalogs) reads leniently: an unterminated `msgstr "Привет`
comes back as `Приве`, a keyword with its string on the next line is an error, `\\101` stays
four characters. A QA gate that reads a catalog differently from the tools that compile it
checks a text nobody ships. So the reading is ours, and builds polib's objects, which the
rest of hexaglot knows:

- each line is read by `_line` (a comment, or a keyword with its strings, or strings alone:
  a continuation, each marked `#~` obsolete or `#|` previous as written); the usual lines
  (a comment, a keyword or continuation with one plain string) are read first with string
  methods, as they are nearly every line of a catalog;
- `_Reader` puts the lines together in the order gettext's grammar allows (`msgctxt`?
  `msgid` (`msgstr` | `msgid_plural` `msgstr[0]` `msgstr[1]`...)), and `parse_po` refuses a
  duplicate `(msgctxt, msgid)`, live or obsolete, as msgfmt does.

The charset is the one the header entry declares, wherever in the header it is; the file is
decoded once, with it. tests/test_po_reader.py compares with msgfmt (where it is installed,
and with the answers it gave, where it is not) and with polib on catalogs polib reads right.
"""

from __future__ import annotations

import codecs
import re

import polib

from pipeline.errors import HexaglotInputError
from pipeline.misdecoded import misread_sample


class PoSyntaxError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message

    def __reduce__(self):
        # It travels from a pool worker as the context of the E008 it becomes, once Dask's
        # tblib has taught pickle to carry exception chains; the default cannot call __init__.
        return type(self), (self.line, self.message)


# Whitespace between tokens is gettext's: space, tab, CR, form feed, vertical tab.
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:[ \t\r\f\v]*\[[ \t\r\f\v]*([0-9]+)[ \t\r\f\v]*\])?(?![A-Za-z0-9_\[])")
_STRING = re.compile(r'[ \t\r\f\v]*"([^"\\]*(?:\\.[^"\\]*)*)"')
_INDEX = re.compile(r"\[[ \t\r\f\v]*([0-9]+)[ \t\r\f\v]*\]")  # msgstr's index, on a line of its own
_BLANK = " \t\r\f\v"
# The escapes gettext knows (po-lex.c): C's, without \' and \?, and octal and hex bytes.
_ESCAPE = re.compile(r"\\(?:([ntrabfv\\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.?))", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\", '"': '"'}
_HEADER_CHARSET = re.compile(r"^Content-Type:.*?\bcharset=([^\s;]+)", re.M | re.I)
_PLAIN_KEYWORDS = {"msgctxt", "msgid", "msgstr"}  # the others (msgid_plural, msgstr[n]) are read by `_line`


def _unescape(text: str, line: int, charset: str) -> str:
    if "\\" not in text:
        return text
    pieces: list[str] = []
    raw = bytearray()  # octal and hex escapes are bytes in the file's charset, as gettext reads them

    def flush_raw() -> None:
        if raw:
            try:
                pieces.append(raw.decode(charset))
            except (UnicodeDecodeError, LookupError):
                raise PoSyntaxError(line, f"the escaped bytes {bytes(raw)!r} are not {charset}") from None
            raw.clear()

    end = 0
    for match in _ESCAPE.finditer(text):
        if match.start() > end:
            flush_raw()
            pieces.append(text[end:match.start()])
        simple, octal, hexa, other = match.groups()
        if simple is not None:
            flush_raw()
            pieces.append(_SIMPLE[simple])
        elif octal is not None:
            raw.append(int(octal, 8) & 0xFF)
        elif hexa is not None:
            raw.append(int(hexa, 16) & 0xFF)
        else:
            raise PoSyntaxError(line, f"invalid escape sequence \\{other} in a string")
        end = match.end()
    flush_raw()
    pieces.append(text[end:])
    return "".join(pieces)


def _plain_string(body: str) -> str | None:
    """The text of `body` when it is one string holding no quote or backslash, as most are;
    None for anything else, which `_line` reads."""
    if len(body) >= 2 and body[-1] == '"' and body[0] == '"':
        inner = body[1:-1]
        if '"' not in inner and "\\" not in inner:
            return inner
    return None


def _line(body: str, line: int, charset: str) -> list[tuple[str | None, int | None, list[str]]]:
    """A line's keywords (None for a continuation), each with its msgstr index and strings,
    unescaped: the whole syntax of a line (after any `#~` or `#|`). gettext reads tokens, not
    lines, so `msgid "a" msgstr "b"` is two keywords on one line."""
    found = []
    start = len(body) - len(body.lstrip(_BLANK))
    while start < len(body):
        word = index = None
        keyword = _KEYWORD.match(body, start)
        if keyword is not None:
            word = keyword.group(1)
            if keyword.group(2) is not None:
                if word != "msgstr":
                    raise PoSyntaxError(line, f"{word} cannot take an index")
                word, index = "msgstr[]", int(keyword.group(2))
            start = keyword.end()
        elif (bracket := _INDEX.match(body, start)) is not None:
            word, index = "[]", int(bracket.group(1))  # `msgstr` was the last token of a line before
            start = bracket.end()
        strings = []
        while (match := _STRING.match(body, start)) is not None:
            strings.append(_unescape(match.group(1), line, charset))
            start = match.end()
        rest = body[start:].lstrip(_BLANK)
        start = len(body) - len(rest)
        if rest.startswith("#"):
            # A comment, `#~` or `#|` may follow tokens on their line: gettext reads it as it
            # reads one at the start of a line.
            if word is not None or strings:
                found.append((word, index, strings))
            found.append(("#", None, [rest]))
            return found
        if word is None and not strings:
            if rest.startswith('"'):
                raise PoSyntaxError(line, "a string is not closed: the line ends before its closing quote")
            # The word quoted, at most a keyword's length: a file that is no catalog (a link to
            # /etc/passwd) printed its whole first line, into a public CI log.
            unknown = re.match(r'[^\s"]+', rest)
            word = unknown.group(0) if unknown else ""
            shown = word if len(word) <= 20 and re.fullmatch(r"[\w\[\]]+", word) else ""
            raise PoSyntaxError(line, f"unknown keyword {shown!r}" if shown else "a line that is no PO syntax (no keyword, string or comment)")
        found.append((word, index, strings))
    return found


def _comment(line: str) -> tuple[str, str]:
    """A comment line's marker (`#`, `#.`, `#:`, `#,`) and text; no marker for an empty `#.`,
    `#:` or `#,`, which says nothing (polib drops it too)."""
    marker = line[:2] if line[1:2] in (".", ":", ",") else "#"
    body = line[len(marker):]
    if marker != "#" and not body.strip():
        return "", ""
    return marker, body[1:] if body.startswith(" ") else body


def _continued(lines: list[str]):
    """Lines numbered, with a backslash at the end of a line joining it to the next one, as
    gettext's reader joins them before it reads anything; the joined line has the first's number."""
    number = 0
    pending, first = "", 0
    for line in lines:
        number += 1
        if line[-1:] == "\r":
            line = line[:-1]
        if line.endswith("\\"):
            pending, first = pending + line[:-1], first or number
            continue
        yield (first or number), pending + line
        pending, first = "", 0
    if first:
        yield first, pending


# Where an entry is: nothing but comments yet, after its msgctxt, msgid, msgid_plural, or
# complete (after msgstr or msgstr[n]: another keyword starts the next entry).
_COMMENTS, _CONTEXT, _MSGID, _PLURAL, _MSGSTR, _MSGSTR_N = range(6)


class _Reader:
    """The entries of a PO text, line after line, in gettext's order."""

    def __init__(self, charset: str):
        self.charset = charset
        self.entries: list[tuple[polib.POEntry, int]] = []  # each with the line of its msgctxt or msgid
        self.header_comments: list[str] = []  # the `#` lines before anything else, as polib reads them
        self.in_header_comments = True
        self.entry: polib.POEntry | None = None
        self.stage = _COMMENTS
        self.obsolete = False
        self.marked = False
        self.previous = 0
        self.keyword_line = 0
        self.open: str | int | None = None  # the field (or msgstr index) a continuation adds to
        self.open_marks = (False, False)  # (obsolete, previous) of the open field's line
        self.open_line = 0
        self.open_empty = False
        # A `msgstr` with nothing after it on its line: its string, or its index, is on a later one.
        self.bare_msgstr: tuple[int, bool] | None = None

    def read(self, text: str) -> None:
        # Lines end in LF or CRLF, or in CR alone (as old Mac editors wrote): a CR inside an
        # LF line is a character of its string, as gettext reads it.
        end = "\n" if "\n" in text or "\r" not in text else "\r"
        lines = text.split(end)
        numbered = enumerate(lines, 1) if "\\" + end not in text and "\\\r\n" not in text else _continued(lines)
        for number, line in numbered:
            if line[-1:] == "\r":
                line = line[:-1]
            head = line[:1]
            if head == '"':
                string = _plain_string(line)
                if string is not None:
                    self.strings(number, [string], False, False)
                    continue
            elif head == "m":
                word, _, rest = line.partition(" ")
                if word in _PLAIN_KEYWORDS:
                    string = _plain_string(rest)
                    if string is not None:
                        self.keyword(number, word, None, [string], False, False)
                        continue
            elif head == "#":
                if line[1:2] in ("~", "|"):
                    self.hash_line(line, number)
                else:
                    self.comment(number, *_comment(line))
                continue
            if line.strip(_BLANK):
                self.tokens(line, number, False, False)
        self.end()

    def hash_line(self, line: str, number: int, obsolete: bool = False, previous: bool = False) -> None:
        if line.startswith("#~|"):
            self.tokens(line[3:], number, True, True)
        elif line.startswith("#~"):
            self.tokens(line[2:], number, True, previous)
        elif line.startswith("#|"):
            self.tokens(line[2:], number, obsolete, True)
        else:
            self.comment(number, *_comment(line))

    def tokens(self, body: str, number: int, obsolete: bool, previous: bool) -> None:
        for word, index, strings in _line(body, number, self.charset):
            if word == "[]":
                if self.bare_msgstr is None:
                    raise PoSyntaxError(number, f"[{index}] without msgstr before it")
                self.bare_msgstr = None
                self.keyword(number, "msgstr[]", index, strings, obsolete, previous)
            elif word == "#":
                if previous and not strings[0].startswith(("#~", "#|")):
                    raise PoSyntaxError(number, "a comment inside a previous (#|) line")
                self.hash_line(strings[0], number, obsolete, previous)
            elif word is None:
                self.strings(number, strings, obsolete, previous)
            else:
                self.keyword(number, word, index, strings, obsolete, previous)

    def new_entry(self, number: int) -> polib.POEntry:
        """The entry a comment or keyword on this line belongs to: the current one, unless it
        is complete."""
        if self.entry is None or self.stage >= _MSGSTR:
            self.finish()
            self.entry, self.stage, self.keyword_line = polib.POEntry(linenum=number), _COMMENTS, 0
            self.marked = False  # whether its first keyword has said if it is obsolete
            self.previous = 0  # the previous (#|) fields read: 1 msgctxt, 2 msgid, 3 msgid_plural
        return self.entry

    def close_field(self) -> None:
        if self.open is not None and self.open_empty:
            raise PoSyntaxError(self.open_line, "a keyword without its string")
        self.open = None

    def finish(self) -> None:
        self.close_field()
        if self.entry is not None and self.stage >= _MSGSTR:
            self.entries.append((self.entry, self.keyword_line))
            self.entry = None

    def inside(self) -> bool:
        """Whether an entry has begun (msgctxt or msgid) and has no msgstr yet."""
        return self.entry is not None and _CONTEXT <= self.stage <= _PLURAL

    def settle(self) -> None:
        """A bare `msgstr` followed by anything but an index is a plain msgstr."""
        number, obsolete = self.bare_msgstr
        self.bare_msgstr = None
        self.keyword(number, "msgstr", None, [], obsolete, False, settled=True)

    def comment(self, number: int, marker: str, text: str) -> None:
        if self.bare_msgstr is not None:
            self.settle()
        if self.open is not None:
            self.close_field()
        if self.entry is not None:
            if _CONTEXT <= self.stage <= _PLURAL:
                raise PoSyntaxError(number, "a comment inside an entry: its msgstr is missing")
            if self.previous and self.stage == _COMMENTS:
                raise PoSyntaxError(number, "a comment between the previous (#|) fields and the entry they belong to")
        if not marker:  # an empty `#.`, `#:` or `#,`: kept nowhere, but it ends a complete entry
            if self.entry is not None and self.stage >= _MSGSTR:
                self.finish()
            return
        if marker == "#" and self.in_header_comments and self.entry is None:
            self.header_comments.append(text)
            return
        self.in_header_comments = False
        entry = self.new_entry(number)
        if marker == "#":
            entry.tcomment = f"{entry.tcomment}\n{text}" if entry.tcomment else text
        elif marker == "#.":
            entry.comment = f"{entry.comment}\n{text}" if entry.comment else text
        elif marker == "#:":
            for place in text.split():
                path, _, line = place.rpartition(":")
                entry.occurrences.append((path, line) if path and line.isdigit() else (place, ""))
        else:
            entry.flags.extend(flag.strip() for flag in text.split(",") if flag.strip())

    def keyword(self, number: int, word: str, index: int | None, strings: list[str], obsolete: bool, previous: bool,
                settled: bool = False):
        if self.bare_msgstr is not None:
            self.settle()
        if word == "msgstr" and not strings and not previous and not settled:
            self.bare_msgstr = (number, obsolete)
            return
        if self.open is not None:
            self.close_field()
        self.in_header_comments = False  # from the first keyword on, `#` lines belong to entries
        if previous:
            if word not in ("msgctxt", "msgid", "msgid_plural"):
                raise PoSyntaxError(number, f"{word} cannot be a previous (#|) field")
            if self.inside():
                raise PoSyntaxError(number, "a comment inside an entry: its msgstr is missing")
            entry = self.new_entry(number)
            self.same_marks(number, obsolete)
            order = ("msgctxt", "msgid", "msgid_plural").index(word) + 1
            if order <= self.previous or (order == 3 and self.previous != 2) or (order == 2 and self.previous not in (0, 1)):
                raise PoSyntaxError(number, f"a previous (#|) {word} out of order: they are msgctxt, msgid, msgid_plural, once each")
            self.previous = order
            field = "previous_" + word
            # Kept for obsolete entries too (`#~| msgid`, as msgmerge --previous writes them):
            # polib's own parser drops them, and a catalog written again lost the line.
            setattr(entry, field, "")
            return self.opened(field, number, strings, obsolete, previous)
        stage = self.stage if self.entry is not None else _COMMENTS
        if word in ("msgctxt", "msgid"):
            if self.inside() and not (word == "msgid" and stage == _CONTEXT):
                raise PoSyntaxError(number, f"{word} before the msgstr of the entry at line {self.keyword_line}")
            self.new_entry(number)
            if self.previous == 1:
                raise PoSyntaxError(number, "a previous (#|) msgctxt without its previous msgid")
            if self.stage == _COMMENTS:
                self.keyword_line = number
            self.stage = _CONTEXT if word == "msgctxt" else _MSGID
            if word == "msgctxt":
                self.entry.msgctxt = ""
        elif word == "msgid_plural":
            if stage != _MSGID:
                raise PoSyntaxError(number, "msgid_plural without a msgid before it")
            self.stage = _PLURAL
        elif word == "msgstr":
            if stage == _PLURAL:
                raise PoSyntaxError(number, "an entry with msgid_plural needs msgstr[0], msgstr[1], ... not msgstr")
            if stage != _MSGID:
                raise PoSyntaxError(number, "msgstr without a msgid before it")
            self.stage = _MSGSTR
        else:
            if stage == _MSGID:
                raise PoSyntaxError(number, "msgstr[n] in an entry without msgid_plural")
            if stage not in (_PLURAL, _MSGSTR_N):
                raise PoSyntaxError(number, "msgstr[n] without a msgid before it")
            expected = len(self.entry.msgstr_plural)
            if index != expected:
                raise PoSyntaxError(number, f"msgstr[{index}] where msgstr[{expected}] is expected")
            self.entry.msgstr_plural[index] = ""
            self.stage = _MSGSTR_N
        if word == "msgstr" or index == 0:
            # Where its translation begins: the line findings point at (catalog.read_entries).
            self.entry.msgstr_linenum = number
        if word == "msgstr[]":
            # And where each plural form begins: a finding on msgstr[2] points at msgstr[2].
            self.entry.msgstr_plural_linenums = (*getattr(self.entry, "msgstr_plural_linenums", ()), number)
        self.same_marks(number, obsolete)
        self.entry.obsolete = obsolete
        self.opened(index if word == "msgstr[]" else word, number, strings, obsolete, previous)

    def same_marks(self, number: int, obsolete: bool) -> None:
        """An entry is obsolete (`#~`) in all its keywords, previous ones too, or in none."""
        if not self.marked:
            self.obsolete, self.marked = obsolete, True
        elif obsolete != self.obsolete:
            raise PoSyntaxError(number, "an entry partly obsolete (#~) and partly not")

    def opened(self, field: str | int, number: int, strings: list[str], obsolete: bool, previous: bool) -> None:
        self.open, self.open_marks, self.open_line, self.open_empty = field, (obsolete, previous), number, not strings
        self.add(strings)

    def strings(self, number: int, strings: list[str], obsolete: bool, previous: bool) -> None:
        if self.bare_msgstr is not None:
            self.settle()
        if self.open is None:
            raise PoSyntaxError(number, "a string without a keyword before it")
        if (obsolete, previous) != self.open_marks:
            raise PoSyntaxError(number, "a continuation line marked differently (#~, #|) from its keyword's")
        self.open_empty = False
        self.add(strings)

    def add(self, strings: list[str]) -> None:
        if not strings or self.open == "":
            return
        text = strings[0] if len(strings) == 1 else "".join(strings)
        if isinstance(self.open, int):
            self.entry.msgstr_plural[self.open] += text
        else:
            setattr(self.entry, self.open, getattr(self.entry, self.open) + text)

    def end(self) -> None:
        if self.bare_msgstr is not None:
            self.settle()
        self.close_field()
        if self.inside():
            raise PoSyntaxError(self.keyword_line, "the entry has no msgstr: the file ends before it")
        if self.entry is not None and self.previous and self.stage == _COMMENTS:
            raise PoSyntaxError(self.entry.linenum, "previous (#|) fields without an entry after them")
        self.finish()


def header_charset(data: bytes) -> str | None:
    """The charset the header entry declares, or None when there is no header or it declares
    none. The header is the first entry (msgid "" without msgctxt), read as bytes: its text is
    ASCII whatever the charset. (Its lines may end as Windows ends them: read so, a CRLF
    catalog's header ran on to the first syntax error, and a legacy charset it declares was
    lost for "the header declares no charset", at a line of text.)"""
    data = data.replace(b"\r\n", b"\n")
    end = data.find(b"\n\n")
    while end != -1:  # the header entry ends at the first blank line after its msgstr
        head = data[:end]
        if b"msgstr" in head:
            break
        end = data.find(b"\n\n", end + 2)
    reader = _Reader("latin-1")
    try:
        reader.read((data if end == -1 else data[:end]).decode("latin-1"))
    except PoSyntaxError:
        return None  # the full reading says what is wrong, decoded
    if not reader.entries:
        return None
    first, _ = reader.entries[0]
    if first.msgctxt is not None or first.msgid != "":
        return None
    found = _HEADER_CHARSET.search(first.msgstr)
    return found.group(1) if found else None


def parse_po(data: bytes, path) -> polib.POFile:
    """A PO file's bytes as polib's POFile, or HexaglotInputError E008 naming the line."""
    if data.startswith(codecs.BOM_UTF8):
        raise HexaglotInputError("E008", path, "the catalog starts with a byte-order mark, which gettext refuses; "
                                 "save it as UTF-8 without BOM", 1)
    declared = header_charset(data)
    charset = _charset(data, declared, path)
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        said = f"the header declares charset {declared}" if declared else "the header declares no charset (UTF-8 is assumed)"
        if charset == "ascii" and _is_utf8(data):
            raise HexaglotInputError("E008", path, f"{said} but this line is UTF-8, which msgfmt refuses; "
                                     "correct the Content-Type header to charset=UTF-8", line) from None
        raise HexaglotInputError("E008", path, f"{said} but this line is not {charset}", line) from None
    reader = _Reader(charset)
    try:
        reader.read(text)
    except PoSyntaxError as error:
        raise HexaglotInputError("E008", path, f"the catalog cannot be parsed: {error.message}; fix or remove it",
                                 error.line) from None
    seen: dict[tuple[str | None, str], int] = {}
    catalog = polib.POFile(wrapwidth=78, encoding=charset)
    catalog.fpath = str(path)
    catalog.header = "\n".join(reader.header_comments)
    for entry, line in reader.entries:
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            raise HexaglotInputError(
                "E008", path, f"the catalog cannot be parsed: the entry at line {line} repeats the one at "
                f"line {seen[key]} (same msgctxt and msgid), which gettext refuses; fix or remove it", line)
        seen[key] = line
        catalog.append(entry)
    _take_metadata(catalog)
    if charset not in ("utf-8", "ascii"):
        # A legacy charset reads any byte: a header naming the wrong one gives other letters,
        # not an error (pipeline/misdecoded.py).
        translations = (text for entry in catalog for text in (entry.msgstr, *entry.msgstr_plural.values()) if text)
        misread = misread_sample(translations, charset, catalog.metadata.get("Language", ""))
        if misread is not None:
            raise HexaglotInputError("E008", path, f"the header declares charset {declared}, but read in it the translations "
                                     f"are not text: {misread}; correct the charset in the Content-Type header", 1)
    return catalog


def _charset(data: bytes, declared: str | None, path) -> str:
    if declared is None:
        return "utf-8"
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        # xgettext's placeholder `CHARSET` in a template, or a name no codec has: msgfmt warns
        # and reads on; so do we, where the bytes are UTF-8 (or ASCII), and refuse otherwise.
        try:
            data.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
        raise HexaglotInputError("E008", path, f"the header declares charset {declared}, which is not a known encoding", 1)
    if name == "ascii":
        # msginit writes charset=ASCII where the template is ASCII; a translator who then types
        # Cyrillic or a no-break space in an editor that saves UTF-8 leaves a catalog msgfmt
        # refuses ("invalid multibyte sequence"). Read as UTF-8, it passed the gate, and --fix
        # wrote U+00A0 into ASCII catalogs that msgfmt had accepted. The encoding stays ASCII so
        # that a fix it cannot hold is refused.
        return name
    if name != "utf-8":
        try:
            data.decode("ascii")
        except UnicodeDecodeError:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                return name  # really in the declared charset
            raise HexaglotInputError(
                "E008", path, f"the header declares charset {declared} but the file is UTF-8; "
                "correct the Content-Type header", 1,
            ) from None
    return name


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _take_metadata(catalog: polib.POFile) -> None:
    """The header entry becomes the catalog's metadata, as polib makes it."""
    header = next((e for e in catalog if e.msgid == "" and e.msgctxt is None and not e.obsolete), None)
    if header is None:
        return
    catalog.remove(header)
    catalog.metadata_is_fuzzy = header.flags
    catalog.header_line = header.linenum  # where findings on the header (FMT002, CONS008) point
    key = None
    for line in header.msgstr.splitlines():
        name, colon, value = line.partition(":")
        if colon:
            key = name
            catalog.metadata[key] = value.strip()
        elif key is not None:
            catalog.metadata[key] += "\n" + line.strip()
