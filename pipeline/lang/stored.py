"""Tables derived from installed data, kept between runs in the user's cache folder.

spaCy's lemma tables come as gzipped JSON: reading the Spanish one and lower-casing its half a
million forms cost 0.7 s at every start, the French one 0.4 s, for a check of one page as for
a whole archive. The derived table is stored with marshal under a name made of everything it
derives from (the data package's version, Python's, and the code that derives and packs it),
so that a changed input gives a new file, never a stale one; a file no run has read for a
month is removed when another is stored, and of a table's versions the four last read are kept. Nothing is downloaded. A folder that cannot be
written, or a file that cannot be read or is damaged (each ends with its checksum), is not an
error: the table is derived as it would be without the cache.

A table is stored and read back packed (`PackedTable`): its keys, its values and its distinct
values as three strings in key order, with their offsets. Read back as a dict, the Spanish
table alone still took 0.27 s (half a million pairs of string objects, most never looked up);
packed, every table reads in a few milliseconds and is looked up by binary search, once per
distinct word of a run, as the analysers cache what they find.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
import zlib
from array import array
from bisect import bisect_left
from itertools import accumulate
from collections.abc import Callable
from pathlib import Path

from pipeline.fileio import replace_file_bytes


def cache_folder() -> Path:
    """$XDG_CACHE_HOME/hexaglot, else ~/.cache/hexaglot. A relative XDG_CACHE_HOME is ignored,
    as the XDG specification asks: read from the working folder, it put the findings cache
    inside the folder being checked (`XDG_CACHE_HOME=cache hexaglot check .`), where --cache
    is refused."""
    home = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(home) if os.path.isabs(home) else Path.home() / ".cache") / "hexaglot"


# Offsets run to a few million: four bytes each ("I" is that wide wherever Python runs today).
_OFFSET = "I" if array("I").itemsize >= 4 else "L"


class _JoinedStrings:
    """Strings kept as one string and their end offsets: a list that reads back in
    milliseconds, however long. `index` and `in` are for strings in code-point order."""

    def __init__(self, joined: str, ends: bytes):
        self.joined = joined
        self.ends = array(_OFFSET, ends)  # ends[i]: where string i ends; string 0 starts at 0

    @classmethod
    def pack(cls, strings: list[str]) -> tuple[str, bytes]:
        return "".join(strings), array(_OFFSET, accumulate(map(len, strings))).tobytes()

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, index: int) -> str:
        return self.joined[self.ends[index - 1] if index else 0:self.ends[index]]

    def index(self, text: str) -> int:
        """Where `text` is, or -1."""
        found = bisect_left(self, text)  # bisect reads len() and items: one slice per step
        return found if found < len(self) and self[found] == text else -1

    def __contains__(self, text: str) -> bool:
        return self.index(text) >= 0


class PackedTable:
    """A read-only str → str table: `get(key)`, `len()`, and `values`, which answers `in`."""

    def __init__(self, packed: tuple[str, bytes, str, bytes, str, bytes]):
        self.keys = _JoinedStrings(packed[0], packed[1])
        self._values = _JoinedStrings(packed[2], packed[3])  # in the keys' order
        self.values = _JoinedStrings(packed[4], packed[5])  # each value once, sorted

    @staticmethod
    def pack(table: dict[str, str]) -> tuple[str, bytes, str, bytes, str, bytes]:
        keys = sorted(table)
        return (*_JoinedStrings.pack(keys), *_JoinedStrings.pack(list(map(table.__getitem__, keys))),
                *_JoinedStrings.pack(sorted(set(table.values()))))

    def get(self, key: str) -> str | None:
        index = self.keys.index(key)
        return self._values[index] if index >= 0 else None

    def __len__(self) -> int:
        return len(self.keys)

    def items(self):
        return ((self.keys[i], self._values[i]) for i in range(len(self.keys)))


def stored_table(name: str, derive: Callable[..., dict[str, str]], *inputs: str) -> PackedTable:
    """`derive(*inputs)`, packed, read from the cache folder when an earlier run stored it."""
    return PackedTable(_stored(name, derive, inputs, PackedTable.pack, lambda value: isinstance(value, tuple) and len(value) == 6))


def stored_value(name: str, derive: Callable[..., dict], *inputs: str) -> dict:
    """`derive(*inputs)`, a dict of plain values (strings, lists, dicts), read from the cache
    folder when an earlier run stored it: for rules small enough to read whole
    (rule_tokenizer.py), whose deriving costs what storing saves."""
    return _stored(name, derive, inputs, lambda value: value, lambda value: isinstance(value, dict))


def _stored(name: str, derive: Callable, inputs: tuple, make: Callable, valid: Callable):
    """`make(derive(*inputs))`, stored with marshal under a name made of what it derives from,
    and read back from there when an earlier run stored it and it is `valid`."""
    try:
        path = cache_folder() / f"{name}-{_key(derive, inputs)}.marshal"
    except (RuntimeError, KeyError):
        return make(derive(*inputs))  # no home folder to be found (a container's nameless user)
    try:
        if path.is_symlink():
            raise ValueError("a link, not a table of the cache's own")
        value = _checked_loads(path.read_bytes())
        if valid(value):
            _used(path)
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not there yet, or damaged: derived again and stored over it
    value = make(derive(*inputs))
    _store(path, value, name)
    return value


# Each file ends with the CRC-32 of what comes before it: a block of a table damaged on disk (a
# torn write, a bad sector) still reads as marshal's strings, and TERM001 fired on text that has
# the term, run after run, --no-cache or not. Checked in ~3 ms for the largest table (14 MB).
def _with_checksum(data: bytes) -> bytes:
    return data + zlib.crc32(data).to_bytes(4, "little")


def _checked_loads(data: bytes):
    payload = memoryview(data)[:-4]
    if len(data) < 4 or zlib.crc32(payload) != int.from_bytes(data[-4:], "little"):
        raise ValueError("damaged: its checksum differs")
    return marshal.loads(payload)


def _key(derive: Callable, inputs: tuple) -> str:
    # The compiled code of the function that derives the table, and of what packs it, stand
    # for the way it is made: editing either (or moving the checkout) changes the key.
    code = (derive.__code__, PackedTable.pack.__code__, _JoinedStrings.pack.__code__)
    # The inputs by their text: marshal writes an interned string (a literal "es") apart from
    # an equal one that is not (a language read from a catalog's header or unpickled in a Dask
    # worker), which gave one table two names, derived and stored again by every process.
    # Marshal's version 2, which writes no back-references: from version 3 on, a constant the
    # interpreter happens to hold elsewhere too is written as a reference, so the same code
    # could give two keys in two processes.
    facts = marshal.dumps((code, sys.version_info[:2]), 2) + repr(inputs).encode("utf-8")
    return hashlib.sha256(facts).hexdigest()[:16]


def _store(path: Path, table: tuple, name: str) -> None:

    try:
        # Readers see the whole table or none; a link at its name is replaced, never written
        # through (whatever a link in a shared cache folder points to is not the cache's).
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file_bytes(path, _with_checksum(marshal.dumps(table)))
    except OSError:
        return  # a read-only home: the next run derives the table again
    # The same table under another key (another version of the data, of Python or of
    # hexaglot) that no run has read for a month is left over from an upgrade: without this,
    # every upgrade left 13 MB behind. One still in use (a second installation, another
    # checkout) is kept, or the two would derive their tables again at every start.
    # And of those read within the month, the KEPT_VERSIONS last read: each checkout of the
    # code stores its own (the key holds the code), and a machine where many were tried (a
    # developer's, a CI runner's) kept 64 versions of one 33 MB table, 3.4 GB in all.
    unused_since = time.time() - UNUSED_FOR
    others = []
    for other in path.parent.glob(f"{name}-*.marshal"):
        try:
            if other != path and len(other.name) == len(path.name):
                others.append((other.stat().st_mtime, other))
        except OSError:
            pass
    others.sort(reverse=True)
    for place, (read, other) in enumerate(others):
        if read < unused_since or place >= KEPT_VERSIONS - 1:
            try:
                other.unlink()
            except OSError:
                pass


# A stored table not read for this long (seconds) is removed when another is stored; and of a
# table's versions, at most this many are kept (the one stored and the others last read).
UNUSED_FOR = 30 * 24 * 3600
KEPT_VERSIONS = 4


def _used(path: Path) -> None:
    """Mark a stored table as read now (its modification time), so that it is kept."""
    try:
        if path.stat().st_mtime < time.time() - 24 * 3600:  # once a day is enough
            os.utime(path)
    except OSError:
        pass  # a read-only cache: the table may be removed one day, and derived again
