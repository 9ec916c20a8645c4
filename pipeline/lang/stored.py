"""Tables derived from installed data, kept between runs in the user's cache folder.

spaCy's lemma tables come as gzipped JSON: reading the Spanish one and lower-casing its half a
million forms cost 0.7 s at every start, the French one 0.4 s, for a check of one page as for
a whole archive. The derived table is stored with marshal, which reads it back in a fraction
of that, under a name made of everything it derives from (the data package's version,
Python's, and the code of the function that derives it), so that a changed input gives a new
file, never a stale one, and the file it replaces is removed. Nothing is downloaded. A folder that cannot be written, or a file
that cannot be read, is not an error: the table is derived as it would be without the cache.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path


def cache_folder() -> Path:
    """$XDG_CACHE_HOME/hexaglot, else ~/.cache/hexaglot."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hexaglot"


def stored_table(name: str, derive: Callable[..., dict], *inputs: str) -> dict:
    """`derive(*inputs)`, read from the cache folder when an earlier run stored it."""
    try:
        path = cache_folder() / f"{name}-{_key(derive, inputs)}.marshal"
    except (RuntimeError, KeyError):
        return derive(*inputs)  # no home folder to be found (a container's nameless user)
    try:
        table = marshal.loads(path.read_bytes())
        if isinstance(table, dict):
            return table
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not there yet, or damaged: derived again and stored over it
    table = derive(*inputs)
    _store(path, table, name)
    return table


def _key(derive: Callable, inputs: tuple) -> str:
    # The function's compiled code stands for the way the table is derived: editing it (or
    # moving the checkout) changes the key.
    facts = marshal.dumps((derive.__code__, inputs, sys.version_info[:2], marshal.version))
    return hashlib.sha256(facts).hexdigest()[:16]


def _store(path: Path, table: dict, name: str) -> None:
    from pipeline.errors import HexaglotInputError
    from pipeline.fileio import atomic_write_bytes

    try:
        atomic_write_bytes(path, marshal.dumps(table))  # readers see the whole table or none
    except HexaglotInputError:
        return  # a read-only home: the next run derives the table again
    # The same table under an older key (another version of the data, of Python or of
    # hexaglot) will not be read again by this installation: without this, every upgrade
    # left 13 MB behind. Another installation that still uses it derives it again.
    for older in path.parent.glob(f"{name}-*.marshal"):
        if older != path and len(older.name) == len(path.name):
            try:
                older.unlink()
            except OSError:
                pass
