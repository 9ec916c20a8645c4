"""hexaglot against pofilter on the software corpus (tests/data/software): what each finds of
the 69 planted defects, kind by kind, and how many of its findings are false, in one run.

    .venv/bin/pip install -e '.[bench]'        # translate-toolkit, for pofilter
    .venv/bin/python bench/software_quality.py

Both tools are given what a user of each would give: hexaglot the corpus's hexaglot.toml (the
`software` profile, GNOME's `_` accelerator); pofilter its default tests, with `--gnome` for the
GNOME program (the same accelerator). A defect is found by pofilter when pofilter flags its entry
with a test meant for that kind of defect (POFILTER_TESTS); by hexaglot when a code the
manifest lists for it is reported on its entry. A finding is false when its entry carries no
defect of the kind its test or code is for. The Traditional Chinese catalog, which hexaglot
refuses by name and which holds no defect, is left out of both tallies.
"""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import load_config  # noqa: E402
from pipeline.run import check_catalogs  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "software"
BIN = Path(sys.executable).parent

# The pofilter tests that look for each kind of defect; an empty set: pofilter has no test
# for it.
POFILTER_TESTS = {
    "plural form missing": {"untranslated", "nplurals"},
    "plural forms header": {"nplurals"},
    "printf placeholder": {"printf", "variables", "pythonbraceformat"},
    "brace placeholder": {"pythonbraceformat", "variables"},
    "markup": {"xmltags"},
    "escape or line break": {"escapes", "newlines", "tabs"},
    "URL": {"urls"},
    "e-mail": {"emails"},
    "accelerator": {"accelerators"},
    "untranslated": {"untranslated"},
    "identical to the source": {"unchanged"},
    "number": {"numbers"},
    "mixed scripts": set(),
    "whitespace": {"doublespacing", "startwhitespace", "endwhitespace"},
    "end punctuation": {"endpunc"},
    "brackets": {"brackets"},
    "repeated word": {"doublewords"},
    "quotation marks": {"doublequoting", "singlequoting"},
    "inconsistent translation": set(),
}


def defects() -> list[dict]:
    spec = importlib.util.spec_from_file_location("make_software", CORPUS / "make_software.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    with (CORPUS / "manifest.tsv").open(encoding="utf-8") as handle:
        return [{**row, "msgid": generator.unescaped(row["msgid"]), "files": row["file"].split(), "codes": row["codes"].split()}
                for row in csv.DictReader(handle, delimiter="\t")]


def hexaglot_findings() -> set[tuple[str, str, str]]:
    """(catalog, msgid, code) of every hexaglot finding."""
    config = load_config(CORPUS)
    result = check_catalogs([CORPUS / "shop", CORPUS / "editor"], [], ignore=config.ignored(None),
                            accelerators=config.accelerators, skip_other_languages=True)
    return {(Path(f.file).relative_to(CORPUS).as_posix(), f.msgid, f.code) for f in result.findings}


def pofilter_findings() -> set[tuple[str, str, str]]:
    """(catalog, msgid, test) of every unit pofilter flags: its output catalogs hold only the
    flagged units, each test named in a `# (pofilter) test: …` comment."""
    found = set()
    with tempfile.TemporaryDirectory() as out:
        for application, options in (("shop", []), ("editor", ["--gnome"])):
            subprocess.run([str(BIN / "pofilter"), "--progress=none", *options, "-i", str(CORPUS / application),
                            "-o", str(Path(out) / application)], check=True, capture_output=True)
        for path in Path(out).rglob("*.po"):
            relative = path.relative_to(out).as_posix()
            for entry in polib.pofile(str(path)):
                for line in entry.tcomment.splitlines():
                    if line.startswith("(pofilter) "):
                        found.add((relative, entry.msgid, line.removeprefix("(pofilter) ").split(":", 1)[0]))
    return found


def main() -> None:
    planted = defects()
    ours = {f for f in hexaglot_findings() if not f[0].endswith("zh_TW.po")}
    theirs = {f for f in pofilter_findings() if not f[0].endswith("zh_TW.po")}

    kinds_at = defaultdict(set)  # (catalog, msgid) → kinds of defect planted there
    codes_at = defaultdict(set)
    for defect in planted:
        for file in defect["files"]:
            kinds_at[file, defect["msgid"]].add(defect["kind"])
            codes_at[file, defect["msgid"]].update(defect["codes"])

    false_ours = [f for f in ours if f[2] not in codes_at[f[0], f[1]]]
    false_theirs = [f for f in theirs if not any(f[2] in POFILTER_TESTS[k] for k in kinds_at[f[0], f[1]])]
    # A false finding is counted against the kind its code or test is for ("other" for a
    # pofilter test meant for no kind planted here: capitals, spacing around punctuation).
    kind_of_code = {}
    for defect in planted:
        for code in defect["codes"]:
            kind_of_code.setdefault(code, defect["kind"])
    kind_of_test = {test: kind for kind, tests in reversed(POFILTER_TESTS.items()) for test in tests}
    false_by_kind_ours = Counter(kind_of_code.get(f[2], "other") for f in false_ours)
    false_by_kind_theirs = Counter(kind_of_test.get(f[2], "other") for f in false_theirs)

    rows = []
    for kind in dict.fromkeys(d["kind"] for d in planted):
        of_kind = [d for d in planted if d["kind"] == kind]
        found_ours = sum(any((f, d["msgid"], c) in ours for f in d["files"] for c in d["codes"]) for d in of_kind)
        tests = POFILTER_TESTS[kind]
        found_theirs = sum(any((f, d["msgid"], t) in theirs for f in d["files"] for t in tests) for d in of_kind)
        rows.append((kind, len(of_kind), found_ours, false_by_kind_ours[kind], found_theirs if tests else None,
                     false_by_kind_theirs[kind]))

    print(f"{len(planted)} planted defects, {len(rows)} kinds, in {len({f for d in planted for f in d['files']})} catalogs\n")
    print("| kind of defect | planted | hexaglot found | hexaglot false | pofilter found | pofilter false |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, count, found_ours, false_ours_here, found_theirs, false_theirs_here in rows:
        print(f"| {kind} | {count} | {found_ours} | {false_ours_here} | "
              f"{'no test' if found_theirs is None else found_theirs} | {false_theirs_here} |")
    print(f"| other (capitals, spacing by punctuation, acronyms…) | 0 | | {false_by_kind_ours['other']} | | "
          f"{false_by_kind_theirs['other']} |")
    total_ours = sum(r[2] for r in rows)
    total_theirs = sum(r[4] or 0 for r in rows)
    print(f"| **all** | **{len(planted)}** | **{total_ours} ({total_ours / len(planted):.0%})** | **{len(false_ours)}** | "
          f"**{total_theirs} ({total_theirs / len(planted):.0%})** | **{len(false_theirs)}** |\n")
    for name, found, false in (("hexaglot", ours, false_ours), ("pofilter", theirs, false_theirs)):
        share = len(false) / len(found) if found else 0
        by_test = ", ".join(f"{test} {n}" for test, n in Counter(f[2] for f in false).most_common())
        print(f"{name}: {len(found)} findings, {len(false)} false ({share:.0%}){': ' + by_test if by_test else ''}")


if __name__ == "__main__":
    main()
