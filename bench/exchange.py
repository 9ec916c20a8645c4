"""XLIFF export, import and check against Translate Toolkit's po2xliff, on the same tree.

    .venv/bin/python bench/exchange.py --entries 10000          # --repeat 3, --reuse

Each round runs, in turn: Translate Toolkit's po2xliff over every catalog (the baseline: it
writes XLIFF 1.1 and drops msgctxt, see docs/exchange.md, but it is the tool a CAT-side
pipeline would reach for), `hexaglot export --format xliff --no-glossary` (the same work:
catalogs in, XLIFF out, plus the schema check of each file), the same with the glossary's notes,
`hexaglot import` of the untouched export (reads every file and merges: nothing changes), and
`hexaglot check` of the PO tree and of the exported XLIFF tree (--jobs 1). Each is a fresh
process; the median of the rounds is printed with every run and the ratio to po2xliff.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import ROOT, generate  # noqa: E402

PYTHON = sys.executable


def run(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--tree", type=Path, default=Path("/tmp/hexaglot-bench-exchange"))
    parser.add_argument("--reuse", action="store_true", help="use the tree as it is, without generating it")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tree = args.tree
    if not args.reuse:
        generate(args.entries, tree)
    shutil.copytree(ROOT / "glossaries", tree / "glossaries", dirs_exist_ok=True)
    catalogs = sorted((tree / "locale").rglob("*.po"))
    # Every run checks everything, as the first run of a tree does: the findings cache (on by
    # default) would serve the second and third rounds. The runs with --cache name their folder.
    os.environ["HEXAGLOT_NO_CACHE"] = "1"
    hexaglot = [PYTHON, "-m", "pipeline"]
    steps = {
        "po2xliff (Translate Toolkit)": lambda: run([PYTHON, "-m", "translate.convert.po2xliff", "--progress=none",
                                                      "-i", "locale", "-o", "tt"], tree),
        "hexaglot export xliff, no glossary": lambda: run([*hexaglot, "export", "--format", "xliff", "--no-glossary", "--out", "x"], tree),
        "hexaglot export xliff, glossary notes": lambda: run([*hexaglot, "export", "--format", "xliff", "--out", "g"], tree),
        "hexaglot import of the untouched export": lambda: run(
            [*hexaglot, "import", *map(str, sorted((tree / "x").rglob("*.xlf")))], tree),
        "hexaglot check, PO tree (--jobs 1)": lambda: run([*hexaglot, "check", "locale", "--jobs", "1", "--format", "json",
                                                          "--output", "po.json"], tree),
        "hexaglot check, XLIFF tree (--jobs 1)": lambda: run([*hexaglot, "check", "x", "--jobs", "1", "--format", "json",
                                                             "--output", "xlf.json"], tree),
    }
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(args.repeat):
        for name, step in steps.items():
            written = {"po2xliff": "tt", "hexaglot export xliff, no": "x", "hexaglot export xliff, glossary": "g"}
            for prefix, folder in written.items():
                if name.startswith(prefix):
                    shutil.rmtree(tree / folder, ignore_errors=True)  # each run writes afresh
            times[name].append(step())
    baseline = statistics.median(times["po2xliff (Translate Toolkit)"])
    print(f"{len(catalogs)} catalogs; medians of {args.repeat} rounds (s), each run, and the ratio to po2xliff")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"  {name:<42} {median:7.2f}  ({', '.join(f'{r:.2f}' for r in runs)})  ×{median / baseline:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
