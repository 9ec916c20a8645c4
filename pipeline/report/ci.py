"""Findings for CI systems: JUnit XML (one test case per entry) and SARIF 2.1.0."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import quote
from xml.sax import saxutils

from pipeline import __version__
from pipeline.baseline import Split, stale_line
from pipeline.checks import REGISTRY, selected
from pipeline.printable import printable

_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_BASE = "%SRCROOT%"


def _artifact(file: str) -> dict:
    """A catalog's artifactLocation: a URI, as SARIF asks (a path as given held spaces, `#`,
    `?` and `%20`, which a reader decodes or cuts), relative to the working folder where the
    path is relative, a file: URI where it is absolute."""
    path = PurePath(os.path.normpath(file))  # `x/../a`: SARIF asks for dot segments resolved
    if path.is_absolute():
        return {"uri": Path(path).as_uri()}
    # (A file name in bytes of no encoding, `a\xff.po`, is escaped by those bytes: a traceback.)
    return {"uri": quote(path.as_posix(), safe="/", errors="surrogateescape"), "uriBaseId": _BASE}


def escape(text: str) -> str:
    return saxutils.escape(printable(text))


def quoteattr(text: str) -> str:
    # Line ends in an attribute are kept as character references, not folded to spaces.
    return saxutils.quoteattr(printable(text), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


@dataclass(frozen=True)
class BaselineUsed:
    """The baseline a run was checked against (--baseline): its file as given, and the run's
    findings split by it. The result's findings are the new ones; a gate reading the CI file
    learns of the accepted and the stale ones from it too."""

    file: str
    split: Split

    def decision_of(self, index: int) -> str:
        """How the baseline decided on accepted finding `index`: `accepted` or `false-positive`,
        with the reviser's comment where there is one."""
        decided = self.split.decisions[index]
        return f"{decided.decision}: {decided.comment}" if decided.comment else decided.decision


def not_checked_lines(result, notes=()) -> list[str]:
    """What the run did not check, as the text summary says it: each catalog passed over with
    why, then the run's notes (a language no catalog holds, fuzzy entries, a check with nothing
    to look at)."""
    return [f"{file}: {reason}" for file, reason in result.catalogs_not_checked()] + list(notes)


def junit_xml(result, threshold: int, not_checked=(), baseline: BaselineUsed | None = None) -> str:
    """A test suite per catalog, a test case per entry, a failure where a finding is at or
    above the threshold (--fail-on); and a suite of skipped cases, one for each thing the run
    did not check (`not_checked_lines`): a gate that reads only the JUnit file learnt of the
    catalogs checked, never of those passed over. With a baseline, what it accepted is said in
    its entry's case (never a failure), and its stale decisions are a suite of skipped cases."""
    by_entry: dict[tuple[str, str], list] = {}
    for finding in result.findings:
        by_entry.setdefault((finding.file, finding.msgctxt, finding.msgid), []).append(finding)
    accepted_by_entry: dict[tuple[str, str, str], list[str]] = {}
    for index, finding in enumerate(baseline.split.accepted if baseline else ()):
        accepted_by_entry.setdefault((finding.file, finding.msgctxt, finding.msgid), []).append(
            f"accepted in {baseline.file}: {finding.code} {finding.severity.value}: {finding.message} "
            f"({baseline.decision_of(index)})")
    suites = []
    total = failed = 0
    for catalog in result.catalog_files:
        cases = []
        failures = skipped = 0
        # An entry whose text no check read (fuzzy: checked once a reviser clears the mark;
        # untranslated): a skipped case, not one that passed.
        unread = {entry.key: "fuzzy: its text is checked once a reviser clears the mark" if entry.fuzzy
                  else "untranslated: no text to check" for entry in catalog.entries
                  if entry.fuzzy or not (entry.msgstr or any(entry.plural_forms))}
        # The entries, then the header where a finding is on it (FMT002, CONS008): a case of its own.
        places = [(entry.key, entry.msgctxt or entry.msgid[:60], entry.line) for entry in catalog.entries]
        if (catalog.path, "", "") in by_entry or (catalog.path, "", "") in accepted_by_entry:
            places.append((("", ""), "header", catalog.header_line or 1))
        for key, label, line in _named_apart(places):
            findings = by_entry.get((catalog.path, *key), [])
            failing = [f for f in findings if f.severity.rank >= threshold]
            body = ""
            if failing:
                failures += 1
                text = "\n".join(f"{f.code} {f.severity.value}: {f.message}" for f in failing)
                body = f"<failure message={quoteattr(failing[0].code + ': ' + failing[0].message)} type={quoteattr(failing[0].code)}>{escape(text)}</failure>"
            elif key in unread:
                skipped += 1
                body = f"<skipped message={quoteattr(unread[key])}/>"
            notes = [f"{f.code} {f.severity.value}: {f.message}" for f in findings if f not in failing]
            notes += accepted_by_entry.get((catalog.path, *key), [])
            if notes:
                body += "<system-out>" + escape("\n".join(notes)) + "</system-out>"
            cases.append(f'    <testcase classname={quoteattr(catalog.path)} name={quoteattr(label)} file={quoteattr(catalog.path)} line="{line}">{body}</testcase>')
        total += len(places)
        failed += failures
        suites.append(f'  <testsuite name={quoteattr(catalog.path)} tests="{len(places)}" failures="{failures}" errors="0"'
                      + (f' skipped="{skipped}"' if skipped else "") + ">\n" + "\n".join(cases) + "\n  </testsuite>")
    unchecked = not_checked_lines(result, not_checked)
    if unchecked:
        cases = [f'    <testcase classname="hexaglot.not-checked" name={quoteattr(line)}><skipped message={quoteattr(line)}/></testcase>'
                 for line in unchecked]
        suites.append(f'  <testsuite name="not checked" tests="{len(cases)}" failures="0" errors="0" skipped="{len(cases)}">\n'
                      + "\n".join(cases) + "\n  </testsuite>")
        total += len(cases)
    if baseline is not None and baseline.split.stale:
        cases = [f'    <testcase classname="hexaglot.baseline" name={quoteattr(item.fingerprint + " " + item.code)}>'
                 f'<skipped message={quoteattr(stale_line(item))}/></testcase>' for item in baseline.split.stale]
        suites.append(f'  <testsuite name={quoteattr("stale in " + baseline.file)} tests="{len(cases)}" failures="0" '
                      f'errors="0" skipped="{len(cases)}">\n' + "\n".join(cases) + "\n  </testsuite>")
        total += len(cases)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name="hexaglot" tests="{total}" failures="{failed}" errors="0">\n' + "\n".join(suites) + "\n</testsuites>\n")


def _named_apart(places: list) -> list:
    """The test cases' names, each once in its suite: `Save 5` as a msgctxt and as a msgid, or
    two msgids alike in their first 60 characters, were one name, which CI merges into one
    case. A name met again gets its entry's line (`Save 5 (line 12)`)."""
    seen = Counter(label for _, label, _ in places)
    return [(key, f"{label} (line {line})" if seen[label] > 1 else label, line) for key, label, line in places]


def sarif_json(result, signature: dict, not_checked=(), baseline: BaselineUsed | None = None) -> str:
    """SARIF 2.1.0: a result per finding; with a baseline, the new ones marked `new` and the
    ones it accepted as results suppressed externally (status accepted, its decision as the
    justification), as code-scanning services read a baseline; its stale decisions are
    notifications of the run, beside what the run did not check."""
    selected()
    accepted = baseline.split.accepted if baseline else []
    used = sorted({f.code for f in (*result.findings, *accepted)})
    rules = []
    for code in used:
        check = REGISTRY[code]
        rules.append({
            "id": code,
            "name": check.name,
            "shortDescription": {"text": _short_description(check.doc)},
            "fullDescription": {"text": check.doc},
            "defaultConfiguration": {"level": _SARIF_LEVEL[check.severity.value]},
            "properties": {"languages": list(check.languages), "scope": check.scope},
        })
    index = {code: i for i, code in enumerate(used)}
    results = []
    for f, decision in [*((f, None) for f in result.findings),
                        *((f, baseline.decision_of(i)) for i, f in enumerate(accepted))]:
        item = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _SARIF_LEVEL[f.severity.value],
            "message": {"text": f.message},
            "locations": [{
                "physicalLocation": {"artifactLocation": _artifact(f.file), "region": {"startLine": max(f.line, 1)}},
                "logicalLocations": [{"name": f.msgctxt, "kind": "member"}],
            }],
            # What a code-scanning service matches a result by from run to run (hexaglot's own
            # fingerprint does not move with the line: docs/triage.md).
            "partialFingerprints": {"hexaglotFingerprint/v1": f.fingerprint},
            "properties": {"lang": f.lang, "msgctxt": f.msgctxt},
        }
        if f.concept:
            item["properties"].update({"concept": f.concept, "expected": list(f.expected), "found": f.found})
        if baseline is not None:
            item["baselineState"] = "new" if decision is None else "unchanged"
        if decision is not None:
            item["suppressions"] = [{"kind": "external", "status": "accepted", "justification": decision}]
        results.append(item)
    notifications = [{"level": "note", "descriptor": {"id": "not-checked"}, "message": {"text": line}}
                     for line in not_checked_lines(result, not_checked)]
    if baseline is not None:
        notifications += [{"level": "note", "descriptor": {"id": "baseline-stale"}, "message": {"text": stale_line(item)}}
                          for item in baseline.split.stale]
    properties = {"signature": signature, "suppressed": result.suppressed}
    if baseline is not None:
        properties["baseline"] = {"file": baseline.file, "accepted": len(accepted), "stale": len(baseline.split.stale)}
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "hexaglot", "version": __version__, "rules": rules, "notifications": [
                {"id": "not-checked", "shortDescription": {"text": "what the run did not check, and why"}},
                {"id": "baseline-stale", "shortDescription": {"text": "a decision of the baseline that no finding of the "
                                                                      "run matches any more"}}]}},
            "results": results,
            # Relative paths are the working folder's, where the run was made.
            "originalUriBaseIds": {_BASE: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
            # Findings translators silenced in the catalogs (`# hexaglot: ignore`): counted, as
            # the text summary counts them, so that a clean run says what it passed over.
            # With --baseline: its file, how many findings it accepted, how many of its decisions are stale.
            "properties": properties,
            # What the run did not check (`not_checked_lines`), as notifications of the run: a
            # code-scanning service showed an empty result list as a clean run of everything.
            "invocations": [{
                "executionSuccessful": True,
                "toolExecutionNotifications": notifications,
            }],
        }],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _short_description(doc: str) -> str:
    """A check's docstring's first sentence, in plain text, as SARIF's short description asks:
    its first line alone stopped mid-sentence ("…(its source changed, or its"), its whole first
    paragraph ran to 866 characters. A sentence longer than 200 is cut at a word, with `…`."""
    paragraph = " ".join(doc.split("\n\n", 1)[0].split()).replace("`", "")
    sentence = re.split(r"(?<=\.)\s+(?=[A-Z(])", paragraph, maxsplit=1)[0]
    if len(sentence) <= 200:
        return sentence if sentence.endswith(".") else sentence.rstrip(",;: ") + "."
    return sentence[:200].rsplit(" ", 1)[0].rstrip(",;: ") + "…"
