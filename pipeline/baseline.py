"""Accepted findings kept outside the catalogs: the baseline file (`hexaglot.baseline/1`).

Minimal here: the two dataclasses of the shared contract and the reader, which the report
needs to mark findings new or accepted (the module's writer and `Baseline.split` belong to
the baseline's own work, issue 23 point 1)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import HexaglotInputError

SCHEMA = "hexaglot.baseline/1"
DECISIONS = ("accepted", "false-positive")
_FIELDS = ("fingerprint", "code", "lang", "document", "msgctxt", "msgid", "found", "decision", "comment")


@dataclass(frozen=True)
class AcceptedFinding:
    """A finding a reviser accepted (or called a false positive): it no longer counts as new."""

    fingerprint: str
    code: str
    lang: str
    document: str
    msgctxt: str
    msgid: str
    found: str = ""
    decision: str = "accepted"
    comment: str = ""


@dataclass
class Baseline:
    accepted: list[AcceptedFinding] = field(default_factory=list)

    def fingerprints(self) -> set[str]:
        return {item.fingerprint for item in self.accepted}


def read_baseline(path: Path) -> Baseline:
    """The baseline at `path`; one E032 line for anything that is not one (a report built
    on a misread baseline would call accepted findings new, or hide new ones)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise HexaglotInputError("E001", path, "no such baseline file") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise HexaglotInputError("E032", path, f"not a baseline: {error}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("accepted"), list):
        raise HexaglotInputError("E032", path, f"not a baseline: expected an object with schema {SCHEMA!r} and a list 'accepted'")
    accepted = []
    for number, item in enumerate(data["accepted"], start=1):
        if (not isinstance(item, dict) or not all(isinstance(item.get(name, ""), str) for name in _FIELDS)
                or not item.get("fingerprint") or item.get("decision", "accepted") not in DECISIONS):
            raise HexaglotInputError("E032", path, f"accepted finding {number} is not of the baseline's shape "
                                                   f"(string fields {', '.join(_FIELDS)}; decision one of {', '.join(DECISIONS)})")
        accepted.append(AcceptedFinding(**{name: item.get(name, "") for name in _FIELDS if name in item or name != "decision"}))
    return Baseline(accepted)
