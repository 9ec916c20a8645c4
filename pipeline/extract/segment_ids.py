"""What hexaglot's catalogs say of a segment beyond its text, for the checks: its id (the
msgctxt, made by pipeline/extract/structure.py: `agenda/1a`, `item/2/p3/s1`, `fn/2`) and the
notes pipeline/catalog.py writes in its extracted comment."""

from __future__ import annotations

import re

# The comment line naming the footnotes whose call the text puts after a punctuation mark.
FOOTNOTE_CALL_AFTER_PUNCTUATION = "Footnote call after the punctuation"
# How an extracted comment names the footnotes a segment calls (`Footnote marker: fn/2.`).
FOOTNOTE_MARKER = "Footnote marker: "

LIST_PREFIX = "agenda/"  # every agenda item's id starts so
_LIST_ID = re.compile(rf"{LIST_PREFIX}\d+([a-z]*)")
# A sub-paragraph (`p/3/a`, `op/4/c`) or sub-sub-paragraph (`p/3/a/ii`) of a numbered
# document, with its sentence (`/s2`) where it has several: `parent` is the list it belongs to.
_SUB_PARAGRAPH = re.compile(r"(?P<parent>(?:[^/]+/)*?(?:(?:p|op)/\d+|p\d+)(?:/[a-z])?)/(?P<key>[a-z]|[ivx]+)(?:/s\d+)?")
# A resolution's preambular and operative paragraphs (`pre/3`, `op/2/s1`).
_CLAUSE = re.compile(r"(?:pre|op)/\d+(?:/s\d+)?")


# A paragraph with no number of its own, named by its place among its part's unnumbered
# paragraphs (`pre/3`, `item/2/p4`, `annex/p1`): the stem (`pre/`, `item/2/p`) and the count.
_COUNTED_PARAGRAPH = re.compile(r"(?P<stem>pre/|(?:.+/)?[ph])(?P<place>\d+)")


def counted_stem(segment_id: str) -> str | None:
    """The stem of a paragraph's id that counts unnumbered paragraphs (`pre/` of `pre/3`), or
    None for an id the document's own numbering or structure gives (`p/3`, `op/2`, `fn/1`)."""
    match = _COUNTED_PARAGRAPH.fullmatch(segment_id)
    return match.group("stem") if match else None


# An id as extraction makes it: a part of the document and the path under it (`masthead/body`,
# `item/2/p3/s1`, `op/4/a/s2`, `annex/r2/c3`, `fn/1/link1`, `pre/3+fr1`).
_SEGMENT_ID = re.compile(r"(?:masthead|pre|op|p|h|fn|item|agenda|notes|annex|body)(?:/[\w.+]+)+")
_ONE_OF_HEXAGLOTS = re.compile(r"masthead/.*|.*/s\d+")


def are_segment_ids(contexts: list[str]) -> bool:
    """Whether a catalog's msgctxt are all ids extraction made (at least one a masthead's or a
    sentence's, `…/s1`, as no other tool's context is): a catalog of hexaglot's that another
    tool passed on without its header."""
    return bool(contexts) and all(_SEGMENT_ID.fullmatch(context) for context in contexts) \
        and any(_ONE_OF_HEXAGLOTS.fullmatch(context) for context in contexts)


def may_be_in_a_list(segment_id: str) -> bool:
    """A cheap first test, before the expressions: ids of lists have a part after a slash."""
    return "/" in segment_id


def list_role(segment_id: str, last_items: frozenset[str]) -> str:
    """What a segment is in a list: "item" (`agenda/2`), "sub-item" (`agenda/1a`, `p/3/a`,
    `p/3/a/ii`), with "last " before it for the last one of its list (it ends the sentence the
    list is), "clause" for a resolution's preambular or operative paragraph (`pre/2`, `op/3`),
    or "" (not in a list)."""
    if (match := _LIST_ID.fullmatch(segment_id)) is not None:
        role = "sub-item" if match.group(1) else "item"
    elif _SUB_PARAGRAPH.fullmatch(segment_id) is not None:
        role = "sub-item"
    elif _CLAUSE.fullmatch(segment_id) is not None:
        return "clause"
    else:
        return ""
    return f"last {role}" if segment_id in last_items else role


def last_list_items(ids) -> frozenset[str]:
    """Of a document's segment ids in order, those that end a list: the agenda's last item, and
    the last sub-paragraph (its last sentence) of each paragraph's list."""
    ids = list(ids)
    last = {}
    agenda_last = next((segment_id for segment_id in reversed(ids) if _LIST_ID.fullmatch(segment_id)), None)
    for segment_id in ids:
        if (match := _SUB_PARAGRAPH.fullmatch(segment_id)) is not None:
            last[match.group("parent")] = segment_id
    return frozenset(last.values()) | ({agenda_last} if agenda_last else frozenset())


def calls_after_punctuation(comment: str) -> list[str]:
    """The footnotes an extracted comment says are called after a punctuation mark."""
    for line in comment.splitlines():
        if line.startswith(FOOTNOTE_CALL_AFTER_PUNCTUATION + ": "):
            return [ref.strip() for ref in line.split(": ", 1)[1].rstrip(".").split(",")]
    return []
