"""Where a one-process check spends its time: each check's share of the run, and reading's.

    .venv/bin/python bench/breakdown.py --entries 30000          # or --tree DIR --reuse

Runs `check_catalogs` in this process on a generated tree (after a warm-up on the shipped
catalogs, so that building the analysers is not counted), with every check and the catalog
reader timed. The check that first asks for shared work carries it: TERM001, the first entry
check that reads a translation's matches (the entry checks of a catalog run before its catalog
checks since issue 24; TERM004 carried it before), the term analysis and matching of each
text; NUM001 the value extraction. Text-only checks (TERM001-003/005, TYPO, CONS007) are timed where
they run, once per pair of texts. The rest of the run (entry contexts, the run index,
dispatch) is printed as such, so the shares add up to the whole.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import tree_arguments  # noqa: E402

from pipeline.run import check_catalogs, document_check  # noqa: E402
from pipeline.checks import REGISTRY, selected  # noqa: E402
from pipeline.glossary.tbx import read_tbx  # noqa: E402


def main() -> int:
    args = tree_arguments(__doc__.splitlines()[0], 30_000, Path("/tmp/hexaglot-breakdown"))
    glossary = [read_tbx(ROOT / "glossaries" / "untoc-som.tbx")]
    check_catalogs([ROOT / "locale"], glossary, keep_report_data=False)  # warm-up

    spent: dict[str, float] = defaultdict(float)
    selected()
    for info in list(REGISTRY.values()):
        object.__setattr__(info, "run", _timed(info.run, info.code, spent))
    document_check.read_entries = _timed_call(document_check.read_entries, "reading catalogs", spent)

    start = time.perf_counter()
    result = check_catalogs([args.tree / "locale"], glossary, keep_report_data=False)
    total = time.perf_counter() - start
    spent["the rest (contexts, run index, dispatch)"] = total - sum(spent.values())

    print(f"{result.entries_checked:,} entries, {total:.2f} s, {1e6 * total / result.entries_checked:.0f} µs per entry")
    for what, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {what:42} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    return 0


def _timed(run, code: str, spent: dict):
    def timed(context):
        start = time.perf_counter()
        found = list(run(context))
        spent[code] += time.perf_counter() - start
        return found

    timed.__doc__ = run.__doc__
    return timed


def _timed_call(function, name: str, spent: dict):
    def timed(*args):
        start = time.perf_counter()
        try:
            return function(*args)
        finally:
            spent[name] += time.perf_counter() - start

    return timed


if __name__ == "__main__":
    raise SystemExit(main())
