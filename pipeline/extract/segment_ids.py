"""What hexaglot's catalogs say of a segment beyond its text, for the checks: its id (the
msgctxt, made by pipeline/extract/structure.py: `agenda/1a`, `item/2/p3/s1`, `fn/2`) and the
notes pipeline/catalog.py writes in its extracted comment."""

from __future__ import annotations

import re

# The comment line naming the footnotes whose call the text puts after a punctuation mark.
FOOTNOTE_CALL_AFTER_PUNCTUATION = "Footnote call after the punctuation"

LIST_PREFIX = "agenda/"  # every list item's id starts so: a cheap test before the expression
_LIST_ID = re.compile(rf"{LIST_PREFIX}\d+([a-z]*)")


def list_role(segment_id: str, last_item: str | None) -> str:
    """What a segment is in a list: "item" (`agenda/2`), "sub-item" (`agenda/1a`), with "last "
    before it for the list's last one, `last_item` (it ends the sentence the list is), or ""
    (not an item of a list)."""
    match = _LIST_ID.fullmatch(segment_id)
    if match is None:
        return ""
    role = "sub-item" if match.group(1) else "item"
    return f"last {role}" if segment_id == last_item else role


def last_list_item(ids) -> str | None:
    """The id of the last item of the document's list, of its segments' ids in order."""
    return next((segment_id for segment_id in reversed(ids) if _LIST_ID.fullmatch(segment_id)), None)


def calls_after_punctuation(comment: str) -> list[str]:
    """The footnotes an extracted comment says are called after a punctuation mark."""
    for line in comment.splitlines():
        if line.startswith(FOOTNOTE_CALL_AFTER_PUNCTUATION + ": "):
            return [ref.strip() for ref in line.split(": ", 1)[1].rstrip(".").split(",")]
    return []
