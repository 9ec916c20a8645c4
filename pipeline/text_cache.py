"""What a process computes per text (term matches, values, findings), kept for texts met again.

Documents repeat themselves: headings, table cells, the sentences of a series of documents,
and a segment's source is the same in its five catalogs. Each process keeps what it computed
for a text in a TextCache, bounded by TEXTS_KEPT: when full it starts again (the texts that
recur are back in it at once). Nothing else in hexaglot keeps per-text results by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

# The one bound of every cache keyed on texts: sized for a worker's share of a 100,000-entry
# run (some 24,000 distinct texts). At 20,000 each worker emptied its caches once in such a
# run and analysed a sixth of its texts twice. 40,000 costs a worker ~33 MB there, and a
# one-process run, whose caches fill to the bound, ~115 MB at 100,000 entries and ~220 MB at
# a million (bench/README.md). The findings are the same at any bound.
TEXTS_KEPT = 40_000

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class TextCache(Generic[Key, Value]):
    """What was computed for each key, computed once while the key is kept; at most `size`
    keys are kept. Called with a key, it computes with `compute(key)`; `get` takes what to
    compute when the key is not kept (for values that need more than the key)."""

    def __init__(self, compute: Callable[[Key], Value] | None = None, size: int = TEXTS_KEPT):
        self.compute = compute
        self.size = size
        self.kept: dict[Key, Value] = {}

    def __call__(self, key: Key) -> Value:
        return self.get(key, lambda: self.compute(key))

    def get(self, key: Key, compute: Callable[[], Value]) -> Value:
        found = self.kept.get(key)
        if found is None:
            if len(self.kept) >= self.size:
                self.kept.clear()
            found = self.kept[key] = compute()
        return found

    def __contains__(self, key: Key) -> bool:
        return key in self.kept

    def __len__(self) -> int:
        return len(self.kept)
