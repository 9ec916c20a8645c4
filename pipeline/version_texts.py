"""What each entry of a catalog read in its document version when it was last extracted.

A catalog's translation wins over its version's text when a document is extracted again:
a translator may have corrected it in the catalog. But a version may be corrected too (a
reviser's new `ru.docx`), and then the catalog still holds the text it was first extracted
from, which nobody edited: the check read the old text, and the summary called it "edited in
the catalog". Which of the two changed is told by what the version said last time: where
the catalog's translation is still that text, the version changed and its new text is taken;
where it is not, a person edited the catalog and it stays.

What the version said is kept as a digest per segment in a small file beside the catalog
(`.<document>.versions.json` beside `<document>.po`), so that a translator's editor shows
nothing new in the catalog itself. Without the file (catalogs made by an earlier hexaglot, copied without it, or
the file damaged), every translation stays as before: nothing is ever taken from a version
over a catalog on a guess.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import atomic_write_bytes


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def digests_path(catalog: Path) -> Path:
    return catalog.with_name(f".{catalog.stem}.versions.json")


def read_digests(catalog: Path) -> dict[str, str] | None:
    """Segment id → the digest of its version's text at the last extraction ({} where there
    was no version then); None where none was kept or it cannot be read."""
    try:
        data = json.loads(digests_path(catalog).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: nested past the reader's depth
        return None
    texts = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(texts, dict):
        return None
    return {key: value for key, value in texts.items() if isinstance(key, str) and isinstance(value, str)}


def write_digests(catalog: Path, digests: dict[str, str]) -> str:
    """Keep the digests beside the catalog (written only when they change): "" where kept,
    else why not (a folder the catalog could be read from but not written in), for a note."""
    path = digests_path(catalog)
    data = json.dumps({"about": "what each segment read in its document version at the last `hexaglot extract`",
                       "texts": dict(sorted(digests.items()))}, ensure_ascii=False, indent=0).encode("utf-8") + b"\n"
    try:
        if path.read_bytes() == data:
            return ""
    except OSError:
        pass
    try:
        atomic_write_bytes(path, data)
    except (HexaglotInputError, OSError) as error:  # atomic_write_bytes says an OSError as E011
        # A read-only file (a Perforce checkout), a name too long for its temporary copy: the
        # catalogs are written all the same, and this is said, not an abort halfway.
        why = error.message.removeprefix("cannot write: ") if isinstance(error, HexaglotInputError) else error.strerror or error
        return (f"{path.name} could not be written ({why}): a version corrected later will not "
                "replace its text in the catalog")
    return ""
