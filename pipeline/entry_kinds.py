"""Kinds of entry that some checks read alone: a check of plural forms has nothing to read in a
catalog without plural entries, a check of ICU messages nothing where there is none. A run
notes the kinds its catalogs hold (CheckResult.entry_kinds), so that a check selected by name
that met none of its kind is said as not checked, never passed as "0 errors"."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.extract.segment_ids import FOOTNOTE_MARKER
from pipeline.model import Entry
from pipeline.placeholders import has_icu

# kind → (whether an entry is of it, what the summary calls one)
ENTRY_KINDS: dict[str, tuple[Callable[[Entry], bool], str]] = {
    "plural": (lambda entry: bool(entry.msgid_plural), "entry with plural forms"),
    "icu": (has_icu, "ICU message (a {count, plural, …} or {x, select, …} argument, or an icu-format flag)"),
    # The footnotes a version calls are known from what `hexaglot extract` wrote of them
    # (`#. Footnote marker: fn/2.`); another tool's catalog has no such comment to compare.
    "footnote": (lambda entry: FOOTNOTE_MARKER in entry.comment,
                 "entry with footnote markers (the `#. Footnote marker:` comments `hexaglot extract` writes)"),
}


# Kinds a check reads in the template too: REF004 compares each version's footnote markers
# with the template's, so a version that lost them all is read, not passed over as holding none.
TEMPLATE_KINDS = frozenset({"footnote"})


def kinds_of(entries: Iterable[Entry]) -> set[str]:
    """The kinds of ENTRY_KINDS these entries hold."""
    found: set[str] = set()
    for entry in entries:
        found.update(kind for kind, (holds, _) in ENTRY_KINDS.items() if kind not in found and holds(entry))
        if len(found) == len(ENTRY_KINDS):
            break
    return found
