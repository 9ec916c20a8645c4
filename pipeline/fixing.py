"""`check --fix`: the faults that have one right answer, corrected where the checks found them.

A check that knows the one right form of what it found says so in its finding
(`Finding.replacement` for the span `start`–`end` of the msgstr: a Latin `a` in `Рабочaя`, an
ordinary space before a French `;`, a doubled space, trailing whitespace). Fixing applies
exactly those, so it honours whatever the check honoured (`# hexaglot: ignore`, `--select`,
`--ignore`, fuzzy and untranslated entries, titles kept in the source language) and changes
nothing a check did not point at. Everything else is for a person to decide.

Each catalog is changed through pipeline/po_splice.py (only the msgstr lines that change; the
result read back before it is written) and written atomically, and only if the file is still
what was checked: a translator's save in between is never overwritten.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import atomic_write_bytes, held_for_writing, writable_target
from pipeline.model import Finding
from pipeline.po_reader import parse_po
from pipeline.po_splice import SpliceError, splice_msgstrs


@dataclass
class CatalogFix:
    """What fixing one catalog does: its bytes before and after, and what was left alone."""

    path: Path
    before: bytes
    after: bytes
    applied: list[Finding] = field(default_factory=list)
    left: list[tuple[Finding, str]] = field(default_factory=list)  # with the reason
    refused: str = ""  # why the catalog cannot be changed in place, or ""

    def diff(self) -> str:
        charset = parse_po(self.before, self.path).encoding
        lines = difflib.unified_diff(
            self.before.decode(charset).splitlines(keepends=True), self.after.decode(charset).splitlines(keepends=True),
            # git's a/ b/ prefixes; an absolute path keeps its one slash (a/tmp/x.po, not a//tmp/x.po)
            fromfile=f"a/{str(self.path).lstrip('/')}", tofile=f"b/{str(self.path).lstrip('/')}")
        # A file's last line without its newline, marked as diff and patch mark it: printed
        # as it was, it ran into the next catalog's diff.
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def fixable(findings: list[Finding]) -> dict[str, list[Finding]]:
    """The findings with a replacement, by file, in the order of their spans (of each plural
    form's)."""
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.replacement is not None and finding.start is not None and finding.end is not None:
            by_file.setdefault(finding.file, []).append(finding)
    for found in by_file.values():
        found.sort(key=lambda f: (f.msgctxt, f.msgid, f.form, f.start, f.end))
    return by_file


def plan_fix(path: Path, findings: list[Finding]) -> CatalogFix:
    """The catalog at `path` with the findings' replacements made (nothing written)."""
    before = path.read_bytes()
    fix = CatalogFix(path, before, before)
    if path.suffix.lower() != ".po":
        fix.refused = "only PO catalogs are fixed in place; fix an XLIFF file in the CAT tool that made it"
        fix.left = [(f, fix.refused) for f in findings]
        return fix
    try:
        catalog = parse_po(before, path)
    except HexaglotInputError as error:  # changed since it was checked: nothing to fix then
        fix.refused = f"it no longer reads as it was checked ({error})"
        fix.left = [(f, fix.refused) for f in findings]
        return fix
    # A finding names its entry by msgctxt (None read as "") and msgid, and by line: gettext
    # holds `msgctxt ""` and no msgctxt as two entries of one msgid, told apart here by line.
    current: dict[tuple[str, str], list] = {}
    for entry in catalog:
        if not entry.obsolete:
            current.setdefault((entry.msgctxt or "", entry.msgid), []).append(entry)
    changes: dict[int, dict[int, str]] = {}  # the line its entry starts on → form → new text
    by_text: dict[tuple[str, str, int, int], list[Finding]] = {}  # (msgctxt, msgid, line, plural form) → its findings
    for finding in findings:
        by_text.setdefault((finding.msgctxt, finding.msgid, finding.line, finding.form), []).append(finding)
    for (msgctxt, msgid, line, form), found in by_text.items():
        entry = _entry_at(current.get((msgctxt, msgid), []), line)
        if entry is None:
            fix.left += [(f, "the entry is no longer in the catalog") for f in found]
            continue
        if entry.msgid_plural:
            text = entry.msgstr_plural.get(form, "")
        else:
            text = "" if form else entry.msgstr  # a finding on a plural form: the entry lost its plural since
        new, last_end = [], 0
        for finding in _unique(found):
            if finding.start < last_end:
                fix.left.append((finding, "overlaps another fix in the entry; run --fix again"))
                continue
            # The whole translation as it was checked, not only the text found: an insertion
            # finds "" anywhere, and a translator's save during the run (`Имя:` made `Фамилия:`)
            # got a space put back at the old offset (`Фами лия:`).
            if text != finding.msgstr or text[finding.start:finding.end] != finding.found:
                fix.left.append((finding, "the translation changed since it was checked"))
                continue
            new.append(text[last_end:finding.start] + finding.replacement)
            last_end = finding.end
            fix.applied.append(finding)
        if new:
            fixed = changes.setdefault(entry.linenum, {})
            fixed[form] = "".join(new) + text[last_end:]
            if entry.msgid_plural:
                # A later form the same as this one was checked once, as this one (its faults
                # are this one's findings): it is fixed with it, not left for the next run.
                for other, same in entry.msgstr_plural.items():
                    if other > form and same == text and (msgctxt, msgid, _form_line(entry, other), other) not in by_text:
                        fixed[other] = fixed[form]
    if changes:
        try:
            fix.after = splice_msgstrs(before, path, changes)
        except SpliceError as error:
            fix.refused = f"cannot be changed in place: {error}"
            fix.left += [(f, fix.refused) for f in fix.applied]
            fix.applied = []
            fix.after = before
    return fix


def _form_line(entry, form: int) -> int:
    """The line a finding on the entry's msgstr[form] (msgstr, for form 0 of an entry without
    plural forms) names (po_reader keeps each keyword's line)."""
    lines = getattr(entry, "msgstr_plural_linenums", ()) if entry.msgid_plural else ()
    if form < len(lines):
        return lines[form]
    return getattr(entry, "msgstr_linenum", 0) or entry.linenum


def _entry_at(entries: list, line: int):
    """Of the live entries of one (msgctxt, msgid), the one a finding at `line` is on: the only
    one, or the one with a msgstr on that line (None if none is, the file changed since)."""
    if len(entries) == 1:
        return entries[0]
    forms = lambda entry: range(max(1, len(entry.msgstr_plural)))
    return next((entry for entry in entries if any(_form_line(entry, form) == line for form in forms(entry))), None)


def _unique(findings: list[Finding]) -> list[Finding]:
    """One finding per span and replacement (two checks may point at one fault)."""
    seen, unique = set(), []
    for finding in findings:
        key = (finding.start, finding.end, finding.replacement)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


def write_fix(fix: CatalogFix) -> bool:
    """Write the fixed catalog, unless it changed on disk since it was read or is read-only:
    True if written. A catalog reached through a symbolic link is written where it lies
    (fileio.writable_target)."""
    if fix.after == fix.before:
        return False
    try:
        target = writable_target(fix.path)
    except HexaglotInputError:  # made read-only on purpose: said with the other catalogs' news
        return _refuse(fix, "it is read-only; nothing written")
    with held_for_writing([target]):  # from the comparison with what was read to the write
        if target.read_bytes() != fix.before:
            return _refuse(fix, "it changed on disk while it was being fixed; nothing written")
        try:
            atomic_write_bytes(target, fix.after)
        except HexaglotInputError as error:
            # A folder or disk made read-only: said with the other catalogs' news, as a read-only
            # file is (raised, the catalogs fixed before it went unsaid under an exit 2).
            return _refuse(fix, f"{error.message}; nothing written")
    return True


def _refuse(fix: CatalogFix, reason: str) -> bool:
    fix.refused = reason
    fix.left += [(f, fix.refused) for f in fix.applied]
    fix.applied = []
    return False


def fix_summary(fixes: list[CatalogFix], written: bool) -> list[str]:
    """What was fixed (or would be, with --diff), by code, and what was left and why."""
    applied = [f for fix in fixes for f in fix.applied]
    catalogs = sum(1 for fix in fixes if fix.applied)
    verb = "fixed" if written else "would fix"
    by_code = ", ".join(f"{code} {n}" for code, n in sorted(Counter(f.code for f in applied).items()))
    if not applied and not any(fix.left for fix in fixes):
        return ["nothing to fix"]
    lines = [f"{verb} {len(applied)} fault{'s' if len(applied) != 1 else ''} in {catalogs} "
             f"catalog{'s' if catalogs != 1 else ''}" + (f" ({by_code})" if by_code else "")]
    for fix in fixes:
        if fix.refused:
            lines.append(f"not fixed: {fix.path}: {fix.refused}")
    reasons = Counter(reason for fix in fixes if not fix.refused for _, reason in fix.left)
    lines.extend(f"not fixed: {n} ({reason})" for reason, n in sorted(reasons.items()))
    return lines
