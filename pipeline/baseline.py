"""Accepted findings kept outside the catalogs: the baseline file a project reviews in git.

A reviser who has judged a finding (a real choice of the translator, a false positive of a
check) accepts it once; `check --baseline FILE` then shows only what is new, as ruff's and
Xbench's baselines do, without anyone writing `# hexaglot: ignore` into a translation.

A finding is named by its fingerprint (pipeline/model.py: code, language, document, msgctxt,
msgid, concept, the text found; no line number), so that editing other entries does not make it
new again. An accepted finding that no longer matches anything is *stale*: its translation
changed, or the fault was mended. Stale entries are reported, never dropped in silence, and
`baseline update` takes them out.

The file is JSON written deterministically (sorted by fingerprint, one accepted finding a line,
a trailing newline), so that a review in git shows one line per decision:

    {"schema": "hexaglot.baseline/1",
     "accepted": [
      {"fingerprint": "…", "code": "TERM001", "lang": "ru", ...},
      ...
     ]}
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path, PurePath

from pipeline.errors import HexaglotInputError
from pipeline.fileio import atomic_write_bytes, regular_file
from pipeline.lang.locales import version_language
from pipeline.model import Finding

SCHEMA = "hexaglot.baseline/1"
# Both silence the finding; they differ in what the reviser meant, which the file keeps.
DECISIONS = ("accepted", "false-positive")
_FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class AcceptedFinding:
    """One finding a reviser accepted, with what identifies it for a person reading the file
    (the fingerprint is what matches; `file`, the catalog as the run named it, tells apart two
    findings of one fingerprint: two applications' `django.po` with the same entry)."""

    fingerprint: str
    code: str
    lang: str
    document: str
    msgctxt: str
    msgid: str
    found: str = ""
    decision: str = "accepted"
    comment: str = ""
    file: str = ""

    @classmethod
    def of(cls, finding: Finding, decision: str = "accepted", comment: str = "") -> "AcceptedFinding":
        return cls(finding.fingerprint, finding.code, finding.lang, PurePath(finding.file).stem, finding.msgctxt,
                   finding.msgid, finding.found, decision, comment, finding.file)


@dataclass(frozen=True)
class Split:
    """A run's findings against a baseline: those to show, those accepted, and the accepted
    findings the run no longer has (stale)."""

    new: list[Finding]
    accepted: list[Finding]
    stale: list[AcceptedFinding]
    # Accepted findings of catalogs or checks this run did not look at (--lang, --select, a
    # PATH that is one catalog): neither matched nor stale, and kept by `updated`.
    unchecked: list[AcceptedFinding] = field(default_factory=list)
    # The baseline's decision on each of `accepted`, in its order (what SARIF's suppression
    # and JUnit's line say of it: accepted or a false positive, and the reviser's comment).
    decisions: list[AcceptedFinding] = field(default_factory=list)


@dataclass(frozen=True)
class Baseline:
    accepted: tuple[AcceptedFinding, ...] = ()
    # The folder of the baseline's file: each accepted finding's `file` is written relative to
    # it, so that a run from any working folder names the same file the same way.
    folder: Path = field(default_factory=Path, compare=False)
    # Whether the run's catalogs hold an entry, (file, msgctxt, msgid) → bool; given by the run
    # (cli.py), it lets a decision follow its finding to a renumbered segment (see _matched).
    present: Callable[[str, str, str], bool] | None = field(default=None, compare=False)

    @property
    def by_fingerprint(self) -> dict[str, AcceptedFinding]:
        """The accepted findings by fingerprint (the first of two that share one)."""
        found: dict[str, AcceptedFinding] = {}
        for item in self.accepted:
            found.setdefault(item.fingerprint, item)
        return found

    def fingerprints(self) -> set[str]:
        return {item.fingerprint for item in self.accepted}

    def _matched(self, findings: list[Finding]) -> tuple[dict[int, AcceptedFinding], list[AcceptedFinding]]:
        """Which accepted finding each finding (by its place in `findings`) is, and the
        accepted findings none is. An accepted finding is a fingerprint in a file: it accepts
        every finding of its fingerprint in that file (the same fault twice in one entry is one
        decision, as it always was), and none in another file. Two applications' catalogs of
        one name (`django.po`) give their alike entries one fingerprint: accepting the first
        hid the second's findings. One written before files were kept (no `file`) accepts
        every finding of its fingerprint, as it did then."""
        pools: dict[str, list[AcceptedFinding]] = {}
        for item in self.accepted:
            pools.setdefault(item.fingerprint, []).append(item)
        matched: dict[int, AcceptedFinding] = {}
        used: set[int] = set()
        for index, finding in enumerate(findings):
            pool = pools.get(finding.fingerprint)
            if not pool:
                continue
            item = _best_match(pool, _where(finding.file), self.folder)
            if item is not None:
                matched[index] = item
                # (One fingerprint in one file listed twice, as a merge of two branches'
                # baselines keeps both lines, is one accepted finding: the copy was "stale".)
                used.update(id(other) for other in pool if other.file == item.file)
        # A segment renumbered since (a paragraph added before it: `item/2/p2/s1` is now
        # `item/2/p3/s1`) changes the fingerprint of every finding on it: see renumbered_pairs.
        left = [item for item in self.accepted if id(item) not in used]
        pairs = renumbered_pairs(findings, [i for i in range(len(findings)) if i not in matched], left, self.present,
                                 lambda recorded, file: not recorded or _likeness(recorded, _where(file), self.folder) == _THE_SAME)
        for index, which in pairs.items():
            matched[index] = left[which]
            used.add(id(left[which]))
        rest = [item for item in self.accepted if id(item) not in used]
        return matched, rest

    def split(self, findings: Iterable[Finding], checked: Callable[[AcceptedFinding], bool] | None = None) -> Split:
        """`checked(item)` says whether the run looked where an accepted finding was (its
        language, file and check); those it did not are `unchecked`, never stale."""
        findings = list(findings)
        matched, rest = self._matched(findings)
        new = [finding for index, finding in enumerate(findings) if index not in matched]
        accepted = [finding for index, finding in enumerate(findings) if index in matched]
        stale = [item for item in rest if checked is None or checked(item)]
        unchecked = [item for item in rest if checked is not None and not checked(item)]
        return Split(new, accepted, stale, unchecked, [matched[index] for index in sorted(matched)])

    def updated(self, findings: Iterable[Finding], checked: Callable[[AcceptedFinding], bool] | None = None) -> "Baseline":
        """The baseline of these findings: every one accepted (one entry a fingerprint in a
        file), each decision and comment already made kept, what no finding matches (stale)
        left out, and what the run did not look at (see split) kept as it was."""
        findings = list(findings)
        matched, rest = self._matched(findings)
        chosen = [item for item in rest if checked is not None and not checked(item)]
        seen: set[tuple[str, str]] = set()
        kept_whole: set[int] = set()
        for index, finding in enumerate(findings):
            before = matched.get(index)
            if before is not None and not before.file:
                # Written before files were kept: it accepts every finding of its fingerprint,
                # those of catalogs this run did not read too; it stays as it is.
                if id(before) not in kept_whole:
                    kept_whole.add(id(before))
                    chosen.append(before)
                continue
            if (finding.fingerprint, finding.file) in seen:
                continue
            seen.add((finding.fingerprint, finding.file))
            item = AcceptedFinding.of(finding, before.decision, before.comment) if before else AcceptedFinding.of(finding)
            chosen.append(replace(item, file=recorded_file(finding.file, self.folder)))
        return Baseline(tuple(chosen), self.folder)

    def with_decisions(self, decided: Iterable[AcceptedFinding], undone: Iterable[tuple[str, str]] = ()) -> "Baseline":
        """This baseline with these decisions made (replacing any earlier one on the same
        finding: its fingerprint in its file) and the findings in `undone`, (fingerprint,
        file) pairs, taken out (a finding marked `fix`)."""
        def same(item: AcceptedFinding, fingerprint: str, file: str, whole: bool) -> bool:
            # An entry written before files were kept stands for every file: a decision on one
            # file's finding is added beside it (it keeps accepting the others'); `fix` takes it
            # out, as it always did.
            if item.fingerprint != fingerprint:
                return False
            if not item.file:
                return whole or not file
            return not file or same_file(item.file, file, self.folder)

        chosen = list(self.accepted)
        for fingerprint, file in undone:
            chosen = [item for item in chosen if not same(item, fingerprint, file, True)]
        for decision in decided:
            chosen = [item for item in chosen if not same(item, decision.fingerprint, decision.file, False)]
            chosen.append(replace(decision, file=recorded_file(decision.file, self.folder) if decision.file else ""))
        return Baseline(tuple(chosen), self.folder)


def renumbered(finding: Finding, fingerprint: str, msgctxt: str) -> bool:
    """Whether the finding is the one of `fingerprint` on an entry then named `msgctxt`: the same
    fault on the same source and text, on another segment now."""
    return msgctxt != finding.msgctxt and replace(finding, msgctxt=msgctxt).fingerprint == fingerprint


def renumbered_pairs(findings: Sequence[Finding], unmatched: Iterable[int], decided: Sequence[AcceptedFinding],
                     present: Callable[[str, str, str], bool] | None,
                     in_file: Callable[[str, str], bool] = lambda recorded, file: not recorded or _common_ending(recorded, file) > 0
                     ) -> dict[int, int]:
    """Which of the `decided` findings no finding has now (a baseline's, or a sheet's rows as
    TriageRow.accepted_finding gives them) each of the `unmatched` findings is, in the file it
    was decided in (`in_file`: two applications' `django.po` are two documents of one name), on
    a segment renumbered since (a paragraph added before it: `item/2/p3/s2` is now
    `item/2/p4/s2`), its source and the text found as they
    were: one whose fingerprint it has under that one's msgctxt, where the run's catalogs hold
    no entry of that msgctxt and source any more (`present`; an entry still there, a heading
    met twice, is another entry, whose decision is not this one's). Each decision goes to one
    place, the nearest to where it was (`p/5` → `p/6`, not to the copy at `p/3`); two findings
    of one fingerprint in one entry (the same fault twice) share it. None without `present`."""
    if present is None or not decided:
        return {}
    by_kind: dict[tuple[str, str], list[int]] = {}
    for which, item in enumerate(decided):
        by_kind.setdefault((item.code, item.lang), []).append(which)
    places: dict[tuple[str, str], list[int]] = {}  # (fingerprint, file) → its findings
    for index in unmatched:
        places.setdefault((findings[index].fingerprint, findings[index].file), []).append(index)
    candidates = []
    for indexes in places.values():
        finding = findings[indexes[0]]
        for which in by_kind.get((finding.code, finding.lang), ()):
            item = decided[which]
            if renumbered(finding, item.fingerprint, item.msgctxt) and in_file(item.file, finding.file) \
                    and not present(finding.file, item.msgctxt, finding.msgid):
                candidates.append((_distance(item.msgctxt, finding.msgctxt), finding.line, which, indexes))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, which, indexes in sorted(candidates, key=lambda candidate: candidate[:3]):
        if which not in taken and indexes[0] not in pairs:
            taken.add(which)
            pairs.update(dict.fromkeys(indexes, which))
    return pairs


def _distance(before: str, now: str) -> float:
    """How far a segment moved: the sum of the differences of the numbers of two ids of one
    shape (`p/5` to `p/6`: 1), any other pair further than those."""
    old, new = re.split(r"(\d+)", before), re.split(r"(\d+)", now)
    if len(old) != len(new) or old[0::2] != new[0::2]:
        return math.inf
    return sum(abs(int(a) - int(b)) for a, b in zip(old[1::2], new[1::2]))


def following_renumbered(decided: dict[str, TriageRow], findings: list[Finding],
                         present: Callable[[str, str, str], bool] | None) -> dict[str, TriageRow]:
    """An earlier findings sheet's decided rows (by fingerprint), each under the fingerprint of
    the finding it now is: its own, or a renumbered segment's (renumbered_pairs), so that
    building the report again carries the decision there too."""
    found = {finding.fingerprint for finding in findings}
    rows = [row for fingerprint, row in decided.items() if fingerprint not in found]
    pairs = renumbered_pairs(findings, [i for i, f in enumerate(findings) if f.fingerprint not in decided],
                             [row.accepted_finding(row.decision) for row in rows], present)
    moved = {findings[index].fingerprint: rows[which] for index, which in pairs.items()}
    taken = {row.fingerprint for row in moved.values()}
    return {**{fingerprint: row for fingerprint, row in decided.items() if fingerprint not in taken}, **moved}


def _best_match(pool: list[AcceptedFinding], where: str, folder: Path) -> AcceptedFinding | None:
    """The accepted finding of a fingerprint that is in the file at `where` (absolute): the one
    recorded as that file (relative to the baseline's folder), else one whose recorded path
    `where` ends with (the tree moved, or checked out elsewhere: the longest such), else one
    written before files were kept. Only the file itself where the recorded path still holds
    a file: a copy elsewhere (`drafts/locale/ru/…/X.po`) ends as it does, and its findings were
    accepted with the original's."""
    best, length = None, 0
    for item in pool:
        shared = _likeness(item.file, where, folder) if item.file else 0
        if 0 < shared < _THE_SAME and _still_there(item.file, folder):
            continue
        if shared > length:
            best, length = item, shared
    return best or next((item for item in pool if not item.file), None)


def _still_there(recorded: str, folder: Path) -> bool:
    """Whether the file a baseline in `folder` recorded is where it was (the tree not moved)."""
    return os.path.isfile(os.path.normpath(folder.absolute() / recorded.replace("\\", "/")))


def same_file(recorded: str, named: str, folder: Path) -> bool:
    """Whether a file a baseline (in `folder`) recorded is the file a run names."""
    return _likeness(recorded, _where(named), folder) > 0


# How alike a recorded file and the file at an absolute path are: the same file (above any
# path's length in parts), else how many parts their paths end with alike (_common_ending).
_THE_SAME = 10_000


def _likeness(recorded: str, where: str, folder: Path) -> int:
    if os.path.normpath(folder.absolute() / recorded.replace("\\", "/")) == where:
        return _THE_SAME
    return _common_ending(recorded, where)


def recorded_file(file: str, folder: Path) -> str:
    """A finding's file as a baseline in `folder` keeps it: relative to that folder (a run
    from any working folder, `polls/` or the project's root, names one file one way), with
    `/` (a baseline written on Windows is read on Linux)."""
    try:
        return Path(os.path.relpath(_where(file), folder.absolute())).as_posix()
    except ValueError:  # another drive (Windows): the path whole
        return Path(_where(file)).as_posix()


def _where(file: str) -> str:
    """A file as a run names it, made absolute from the working folder."""
    return os.path.normpath(Path(file).absolute())


def _common_ending(recorded: str, named: str) -> int:
    """How many parts two paths end with alike, where one ends as the other does whole (up
    to `.` and `..`, `\\` read as `/`: a baseline written on Windows); 0 otherwise. A folder
    or file named by a language is alike however it spells it: `zh/` renamed `zh_Hans/`, `ru/`
    `ru_RU/`, `po/fr.po` `po/fr-FR.po` hold the same version, and its decisions held to none."""
    ours = [_part_key(part) for part in recorded.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    theirs = [_part_key(part) for part in named.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    length = min(len(ours), len(theirs))
    return length if length and ours[-length:] == theirs[-length:] else 0


def _part_key(part: str) -> str | tuple[str, str]:
    """A path's part as it names a catalog's place: the UN language it names, where it is one
    (`zh_Hans`, `ru-RU`, `fr.po`, as version_language reads names), else the part."""
    stem, dot, suffix = part.rpartition(".") if part.endswith((".po", ".pot", ".xlf", ".xliff")) else (part, "", "")
    language = version_language(stem)
    return (language, suffix) if language else part


def read_baseline(path: Path) -> Baseline:
    """The baseline in `path`; anything that is not one is E028, naming the file (and the line
    of a bad entry, which is its line in the file as written)."""
    if not path.exists() and not path.is_symlink():
        raise HexaglotInputError("E028", path, "the baseline file does not exist (`hexaglot baseline update` writes one)")
    regular_file(path, "baseline file", "E028")
    try:
        text = path.read_text(encoding="utf-8-sig")  # (an editor on Windows may save it with a byte-order mark)
        data = json.loads(text)
    except UnicodeDecodeError:
        raise HexaglotInputError("E028", path, "the baseline file is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise HexaglotInputError("E028", path, f"the baseline file is not valid JSON ({error.msg})", error.lineno) from None
    except RecursionError:
        raise HexaglotInputError("E028", path, "the baseline file is nested deeper than a baseline is") from None
    if isinstance(data, dict) and data.get("schema") == "hexaglot.findings/1":
        # The findings of a run, as `check --format json` writes them: what a baseline is made of,
        # not one (it holds no decisions); the command that makes one from the same run is said.
        raise HexaglotInputError("E028", path, "the findings of a run (hexaglot.findings/1), not a baseline: make one that "
                                 "accepts every finding of the run with `hexaglot baseline update PATH... --baseline FILE`")
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise HexaglotInputError("E028", path, f"not a baseline: the file's schema must be \"{SCHEMA}\"")
    items = data.get("accepted")
    if not isinstance(items, list):
        raise HexaglotInputError("E028", path, "the baseline has no \"accepted\" list")
    accepted = []
    for index, item in enumerate(items):
        problem = _item_problem(item)
        if problem:
            raise HexaglotInputError("E028", path, f"accepted finding {index + 1}{problem}", _accepted_line(text, index))
        accepted.append(AcceptedFinding(**item))
    return Baseline(tuple(accepted), path.parent)


_FIELDS = frozenset(f.name for f in fields(AcceptedFinding))


def _item_problem(item) -> str:
    """What is wrong with one accepted finding as read from the file, said after its number
    (" has unknown field 'extra'"), or ""."""
    if not isinstance(item, dict):
        return f" is not an object of texts but {_json_kind(item)}"
    unknown = sorted(set(item) - _FIELDS)
    missing = sorted({"fingerprint", "code", "lang", "document", "msgctxt", "msgid"} - set(item))
    if unknown or missing:
        return f" has {f'unknown field {unknown[0]!r}' if unknown else f'no {missing[0]!r}'}"
    not_text = next((name for name, value in item.items() if not isinstance(value, str)), None)
    if not_text is not None:
        return f": its {not_text!r} is {_json_kind(item[not_text])}, not a text"
    if not _FINGERPRINT.match(item["fingerprint"]):
        return f": '{item['fingerprint']}' is not a fingerprint (16 hex digits)"
    if item.get("decision", "accepted") not in DECISIONS:
        return f": the decision must be one of {', '.join(DECISIONS)}, not '{item['decision']}'"
    return ""


def _json_kind(value) -> str:
    if value is None:
        return "null"
    return {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(type(value), "a text")


def _accepted_line(text: str, index: int) -> int:
    """The line where accepted finding `index` starts in the file's text (already read as
    JSON): a baseline written by `json.dump` is one line, an editor's formatter gives each
    field a line; counting one finding a line named lines the file did not have."""
    decoder, at, starts = json.JSONDecoder(), 0, []

    def skip(position: int, also: str = "") -> int:
        while position < len(text) and (text[position].isspace() or text[position] in also):
            position += 1
        return position

    at = skip(at) + 1  # past the object's `{`
    while (at := skip(at, ",")) < len(text) and text[at] != "}":
        key, at = decoder.raw_decode(text, at)
        at = skip(skip(at) + 1)  # past the `:`
        if key != "accepted" or text[at] != "[":
            _, at = decoder.raw_decode(text, at)
            continue
        starts, at = [], at + 1  # (a key given twice: the last one is the one read, as by json.loads)
        while (at := skip(at, ",")) < len(text) and text[at] != "]":
            starts.append(at)
            _, at = decoder.raw_decode(text, at)
        at += 1
    return text.count("\n", 0, starts[index]) + 1 if index < len(starts) else 1


def baseline_text(baseline: Baseline) -> str:
    """The file's text: sorted by fingerprint (and file), one accepted finding a line, so that
    a change reviews as the lines of the decisions it made."""
    ordered = sorted(baseline.accepted, key=lambda item: (item.fingerprint, item.file))
    lines = [json.dumps(_item_dict(item), ensure_ascii=False) for item in ordered]
    body = ",\n".join(f"  {line}" for line in lines)
    return f'{{"schema": "{SCHEMA}",\n "accepted": [\n{body}{chr(10) if lines else ""} ]}}\n'


def write_baseline(baseline: Baseline, path: Path) -> None:
    atomic_write_bytes(path, baseline_text(baseline).encode("utf-8"))


def _item_dict(item: AcceptedFinding) -> dict:
    data = {f.name: getattr(item, f.name) for f in fields(item)}
    for optional in ("comment", "file"):  # (a baseline written before files were kept has none)
        if not data[optional]:
            del data[optional]
    return data


def stale_line(item: AcceptedFinding) -> str:
    """A stale accepted finding for people: what it was and where."""
    found = f" '{item.found}'" if item.found else ""
    # (an entry of no msgctxt, another tool's, by the start of its source: not `[]`)
    where = f"[{item.msgctxt}]" if item.msgctxt else repr(item.msgid[:40] + ("…" if len(item.msgid) > 40 else ""))
    return f"stale: {item.fingerprint} {item.code} {item.lang} {item.document} {where}{found} (no longer found)"



# -- the triage workbook's decisions (pipeline/report/xlsx.py reads the rows) ---------------------

# What a reviser may write in the workbook's decision column (its list offers the first three).
DECISION_WORDS = {"accept": "accepted", "accepted": "accepted", "false positive": "false-positive",
                  "false-positive": "false-positive", "fix": "fix"}
# The cells that name a finding, with the Finding field each shows: a row whose cells no longer
# show its fingerprint's finding was edited, and its decision may be about something else.
IDENTITY_COLUMNS = {"code": "code", "lang": "lang", "file": "file", "msgctxt": "msgctxt", "source": "msgid",
                    "concept": "concept", "found": "found"}


@dataclass(frozen=True)
class TriageRow:
    """A row of a reviewed findings workbook: its number, fingerprint, the cells that name the
    finding (IDENTITY_COLUMNS), and what the reviser wrote."""

    row: int
    fingerprint: str
    cells: dict[str, str]
    decision: str
    comment: str
    # Every cell of the row by its column's name (a formula's as ""), to write the row again.
    written: dict[str, str] = field(default_factory=dict, compare=False)

    def accepted_finding(self, decision: str) -> AcceptedFinding:
        """What the row says of its finding, as the baseline would hold it."""
        return AcceptedFinding(self.fingerprint, self.cells.get("code", ""), self.cells.get("lang", ""),
                               PurePath(self.cells.get("file", "")).stem, self.cells.get("msgctxt", ""),
                               self.cells.get("source", ""), self.cells.get("found", ""), decision, self.comment,
                               self.cells.get("file", ""))


@dataclass
class TriageOutcome:
    decided: list[AcceptedFinding] = field(default_factory=list)
    to_fix: list[tuple[str, str]] = field(default_factory=list)  # (fingerprint, file) marked `fix`: out of the baseline
    problems: list[str] = field(default_factory=list)  # `row N: why`, for rows not imported
    undecided: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # decision → rows imported with it


def _quoted(text: str) -> str:
    """A cell's text in a message: a paragraph is shown by its beginning (a row of a 37,000-character
    source made a line of 74,000)."""
    return text if len(text) <= 120 else text[:119] + "…"


def triage_outcome(rows: Iterable[TriageRow], findings: Iterable[Finding], shown=lambda text: text,
                   checked: Callable[[AcceptedFinding], bool] | None = None,
                   present: Callable[[str, str, str], bool] | None = None) -> TriageOutcome:
    """The decisions of a workbook's rows, against the findings a run has now: a row whose
    fingerprint no run finding has (mended since, or a row not written by hexaglot) and a row
    whose cells were edited are problems, not decisions. `shown` is what the workbook made of a
    text (control characters escaped), so that cells compare as written."""
    findings, rows = list(findings), list(rows)
    current: dict[str, list[Finding]] = {}  # a fingerprint's findings: two applications' alike entries share one
    for finding in findings:
        current.setdefault(finding.fingerprint, []).append(finding)
    # Rows of findings on segments renumbered since the workbook was written (renumbered_pairs).
    unknown = [row for row in rows if row.fingerprint not in current]
    in_rows = {row.fingerprint for row in rows}
    pairs = renumbered_pairs(findings, [i for i, f in enumerate(findings) if f.fingerprint not in in_rows],
                             [row.accepted_finding(row.decision) for row in unknown], present,
                             lambda recorded, file: _common_ending(recorded, shown(file)) > 0)
    moved_to: dict[int, list[Finding]] = {}
    for index, which in pairs.items():
        moved_to.setdefault(id(unknown[which]), []).append(findings[index])
    outcome = TriageOutcome()
    decided_by: dict[tuple[str, str], tuple[int, str]] = {}  # a finding's first row and its decision
    conflicted: set[tuple[str, str]] = set()
    for row in rows:
        word = " ".join(row.decision.lower().split())
        if not word:
            outcome.undecided += 1
            continue
        decision = DECISION_WORDS.get(word)
        if decision is None:
            outcome.problems.append(f"row {row.row}: the decision '{row.decision}' is not accept, false positive or fix")
            continue
        these = current.get(row.fingerprint, [])
        moved = moved_to.get(id(row), [])  # its finding on a segment renumbered since
        these = these or moved
        finding = next((f for f in these if shown(f.file) == row.cells.get("file", "")), these[0] if these else None)
        if finding is None and not row.fingerprint.strip():
            # (a row typed by hand: it names no finding, whatever the run looked at)
            outcome.problems.append(f"row {row.row}: it has no fingerprint, so it names no finding: hexaglot writes one "
                                    "on each row of a finding; decide the finding's own row")
            continue
        if finding is None and checked is not None and not checked(row.accepted_finding(decision)):
            outcome.problems.append(f"row {row.row}: its catalog or check was not part of this run (PATH, --lang, "
                                    "--select): check them to import its decision")
            continue
        if finding is None:
            outcome.problems.append(f"row {row.row}: fingerprint '{row.fingerprint}' ({row.cells.get('code', '')} "
                                    f"[{row.cells.get('msgctxt', '')}]) matches no finding of this run: mended since "
                                    "the workbook was written, or a row hexaglot did not write")
            continue
        edited = [column for column, name in IDENTITY_COLUMNS.items()
                  if row.cells.get(column, "") != shown(getattr(finding, name)) and not (moved and name == "msgctxt")]
        if edited:
            column = edited[0]
            outcome.problems.append(f"row {row.row}: its {column} cell was edited ('{_quoted(row.cells.get(column, ''))}' in the "
                                    f"workbook, '{_quoted(shown(getattr(finding, IDENTITY_COLUMNS[column])))}' in the finding): "
                                    "its decision may be about something else")
            continue
        key = (finding.fingerprint, finding.file)
        if key in decided_by and decided_by[key][1] != decision:
            # Two rows of one finding (a row copied, two revisers' sheets merged), `accept` in
            # one and `fix` in the other: accepting won in silence, and the summary said the
            # finding was kept out to be fixed.
            first, said = decided_by[key]
            outcome.problems.append(f"rows {first} and {row.row} decide one finding differently ({said}, {decision}): "
                                    "decide it in one row")
            conflicted.add(key)
            continue
        decided_by[key] = (row.row, decision)
        outcome.counts[decision] = outcome.counts.get(decision, 0) + 1
        if decision == "fix":
            outcome.to_fix.append(key)
        else:
            outcome.decided.append(AcceptedFinding.of(finding, decision, row.comment.strip()))
    if conflicted:
        for key in conflicted:
            outcome.counts[decided_by[key][1]] -= 1
        outcome.counts = {decision: count for decision, count in outcome.counts.items() if count}
        outcome.to_fix = [key for key in outcome.to_fix if key not in conflicted]
        outcome.decided = [accepted for accepted in outcome.decided if (accepted.fingerprint, accepted.file) not in conflicted]
    return outcome
