"""hexaglot against pofilter and polib on the same generated tree, in one run.

    .venv/bin/pip install -e '.[bench]'        # translate-toolkit, for pofilter
    .venv/bin/python bench/compare.py --entries 100000

Prints, for the same catalogs: polib reading them (the floor: no check is faster than reading
its input), and polib as hexaglot calls it (the same entries, faster: the floor hexaglot itself
stands on); pofilter with its default checks; hexaglot check with every
check and the glossary on 1 and 2 processes, and a second hexaglot run on an unchanged tree with
the cache; entries per second, ratios, and each command's peak memory. Each command runs `--repeat` times (in rounds)
and the median is reported, with every run's time beside it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402

BIN = Path(sys.executable).parent


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time, and the peak memory (MiB) of the command, measured in a fresh child."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "elapsed = time.perf_counter() - start\n"
        "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, capture_output=True, text=True, check=True).stdout
    elapsed, peak = out.split()
    return float(elapsed), float(peak)


def polib_read(tree: Path, as_hexaglot_reads: bool = False) -> float:
    """Seconds to read every catalog of the tree, timed in a child process: polib as installed
    (the floor), or as hexaglot reads them (pipeline/po_reader.py: strictly, as msgfmt reads
    them, into polib's objects)."""
    probe = (
        "import pathlib, sys, time\n"
        + ("sys.path.insert(0, sys.argv[2]); from pipeline.catalog import read_catalog as read\n" if as_hexaglot_reads
           else "import polib\nread = lambda path: polib.pofile(str(path))\n")
        + "paths = sorted(pathlib.Path(sys.argv[1]).rglob('*.po'))\n"
        "start = time.perf_counter()\n"
        "for path in paths:\n"
        "    read(path)\n"
        "print(time.perf_counter() - start)\n"
    )
    command = [sys.executable, "-c", probe, str(tree / "locale"), str(ROOT)]
    return float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--tree", type=Path, default=Path("/tmp/hexaglot-compare"))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command; the median is reported (3)")
    parser.add_argument("--skip-pofilter", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="keep the tree at --tree if it is there")
    args = parser.parse_args()
    if args.reuse and (args.tree / "locale").is_dir():
        info = describe(args.tree)
    else:
        info = generate(args.entries, args.tree)
    entries = info["entries"]
    planted = f"{info['planted']:,} planted defects, " if info["planted"] is not None else ""
    print(f"tree: {info['documents']:,} documents, {info['catalogs']:,} catalogs, {entries:,} entries, "
          f"{planted}{info['distinct']:.1%} distinct translations; median of {args.repeat} runs")
    # pip compiles an installed package's modules (pofilter's, polib's); an editable checkout
    # gets its bytecode at its first run, unless PYTHONDONTWRITEBYTECODE is set, as on the
    # project machine: then each run compiled hexaglot's own modules again (~0.1 s, 1% of a
    # two-process run at 100,000 entries). Compiled here, every run starts as pofilter does.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "pipeline")], check=True, stdout=subprocess.DEVNULL)
    # Every run checks everything, as the first run of a tree does: the findings cache (on by
    # default) would serve the second and third rounds. The runs with --cache name their folder.
    os.environ["HEXAGLOT_NO_CACHE"] = "1"
    hexaglot = [str(BIN / "hexaglot"), "check", str(args.tree / "locale"), "--glossary", str(ROOT / "glossaries" / "untoc-som.tbx"), "--fail-on", "never"]
    cache = args.tree / "cache"
    out = args.tree / "pofilter-out"
    runs: dict[str, list[tuple[float, float]]] = {}

    def record(name: str, measured: tuple[float, float]) -> None:
        runs.setdefault(name, []).append(measured)

    # Rounds rather than one command repeated: a slow spell of the machine touches every
    # command alike instead of one.
    for _ in range(args.repeat):
        record("polib read (floor)", (polib_read(args.tree), 0.0))
        record("catalogs read as hexaglot reads", (polib_read(args.tree, as_hexaglot_reads=True), 0.0))
        if not args.skip_pofilter:
            shutil.rmtree(out, ignore_errors=True)
            record("pofilter (default checks)", timed([str(BIN / "pofilter"), "--progress=none", str(args.tree / "locale"), str(out)], args.tree))
        record("hexaglot check --jobs 1", timed(hexaglot + ["--jobs", "1"], args.tree))
        record("hexaglot check --jobs 2", timed(hexaglot + ["--jobs", "2"], args.tree))
        shutil.rmtree(cache, ignore_errors=True)
        record("hexaglot --jobs 2, cache, first run", timed(hexaglot + ["--jobs", "2", "--cache", str(cache)], args.tree))
        record("hexaglot --jobs 2, cache, unchanged", timed(hexaglot + ["--jobs", "2", "--cache", str(cache)], args.tree))
    rows = [(name, statistics.median(s for s, _ in measured), max(p for _, p in measured), [s for s, _ in measured])
            for name, measured in runs.items()]
    print(f"{'':40}{'seconds':>9}{'entries/s':>12}{'peak MiB':>10}   runs")
    for name, seconds, peak, each in rows:
        print(f"{name:40}{seconds:>9.2f}{entries / seconds:>12,.0f}{peak:>10.0f}   {', '.join(f'{s:.2f}' for s in each)}")
    by_name = {name: seconds for name, seconds, _, _ in rows}
    floor = by_name["polib read (floor)"]
    one, two = by_name["hexaglot check --jobs 1"], by_name["hexaglot check --jobs 2"]
    if "pofilter (default checks)" in by_name:
        pofilter = by_name["pofilter (default checks)"]
        print(f"throughput against pofilter: {pofilter / one:.2f}x (1 process), {pofilter / two:.2f}x (2 processes)")
    print(f"time against polib's reading: {one / floor:.1f}x (1 process), {two / floor:.1f}x (2 processes)")
    ours = by_name["catalogs read as hexaglot reads"]
    print(f"time against polib's reading as hexaglot reads: {one / ours:.1f}x (1 process), {two / ours:.1f}x (2 processes)")
    print(f"--jobs 2 speed-up: {one / two:.2f}x")
    print(f"incremental: an unchanged tree takes {by_name['hexaglot --jobs 2, cache, unchanged'] / by_name['hexaglot --jobs 2, cache, first run']:.3f} of the first run")
    return 0


def describe(tree: Path) -> dict:
    """The counts of an existing tree (for --reuse), as generate() reports them."""
    import polib

    catalogs = sorted((tree / "locale").rglob("*.po"))
    translations = [(path.parent.parent.name, entry.msgstr) for path in catalogs for entry in polib.pofile(str(path))]
    documents = len({path.stem for path in catalogs})
    return {"documents": documents, "catalogs": len(catalogs), "entries": len(translations), "planted": None,
            "distinct": len(set(translations)) / max(1, len(translations))}


if __name__ == "__main__":
    raise SystemExit(main())
