"""What a process computes per text (term matches, values, findings), kept for texts met again.

Documents repeat themselves: headings, table cells, the sentences of a series of documents,
and a segment's source is the same in its five catalogs. Each process keeps what it computed
for a text in a TextCache, bounded by TEXTS_KEPT: when full it starts again (the texts that
recur are back in it at once). Nothing else in hexaglot keeps per-text results by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

# The one bound of every cache keyed on texts: sized for a worker's share of a 100,000-entry
# run (some 24,000 distinct texts). At 20,000 each worker emptied its caches once in such a
# run and analysed a sixth of its texts twice. 40,000 costs a worker ~33 MB there, and a
# one-process run, whose caches fill to the bound, ~115 MB at 100,000 entries and ~220 MB at
# a million (bench/README.md). The findings are the same at any bound.
TEXTS_KEPT = 40_000

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class TextCache(dict[Key, Value]):
    """A dict of what was computed per key, holding at most `size` keys.

    `cache[key]` gives what `compute(key)` gives, computed on the first look-up while the key
    is kept; `cache.get(key)` only looks, and `cache.put(key, value)` keeps a value computed
    elsewhere (for values that need more than the key). A dict, so that a look-up that finds
    its key costs what a dict's costs: these are looked up for every entry and every word."""

    def __init__(self, compute: Callable[[Key], Value] | None = None, size: int = TEXTS_KEPT):
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: Key) -> Value:
        return self.put(key, self.compute(key))

    def put(self, key: Key, value: Value) -> Value:
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value
