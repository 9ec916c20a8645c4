"""One large catalog (a single document, which --jobs once could not share), checked on one and
two processes, against pofilter, in one run.

    .venv/bin/pip install -e '.[bench]'        # translate-toolkit, for pofilter
    .venv/bin/python bench/single.py           # --entries 10000 --lang ru --repeat 3 --tree DIR --reuse

The catalog is bench/generate.py's `generate_catalog`: one Russian report (`--lang`) of
`--entries` entries, the shipped agenda's entries varied as the benchmark tree varies them, then
paragraphs of two or three of its sentences up to the count, with defects planted the same way,
and its template beside it. Each command runs `--repeat` times in rounds (pofilter, hexaglot
`--jobs 1`, hexaglot `--jobs 2`), each in a fresh process, this checkout's code; the median is
reported with every run, and the ratio to pofilter's median. The findings of the two hexaglot
runs are compared, byte for byte.

The project machine is shared with other sessions' test suites, which take a core or both for
minutes at a time and slow a two-process run more than a one-process one. `--alone` (Linux)
waits before each run for a quiet machine (5 s with under 5% of it busy), measures the CPU time
other processes used during the run, from /proc/stat less the run's own, and runs it again (up
to 20 times) when they used more than 5% of the machine; the runs set aside are counted in the
output.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from compare import BIN  # noqa: E402
from generate import generate_catalog  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tree", type=Path, default=Path("/tmp/hexaglot-single"))
    parser.add_argument("--reuse", action="store_true", help="keep the catalog at --tree if it is there")
    parser.add_argument("--skip-pofilter", action="store_true")
    parser.add_argument("--alone", action="store_true", help="run again a run disturbed by other processes (Linux)")
    args = parser.parse_args()
    locale = args.tree / "locale"
    if not (args.reuse and locale.is_dir()):
        info = generate_catalog(args.entries, args.tree, args.lang)
        print(f"{locale}: one {args.lang} catalog, {info['entries']:,} entries, {info['planted']} planted defects, "
              f"{info['distinct']:.1%} distinct translations")
    size = sum(path.stat().st_size for path in locale.rglob("*.po"))
    print(f"{size / 1e6:.1f} MB of catalog; median of {args.repeat} runs")

    # This checkout's code, whatever the virtual environment was installed from (a clone may
    # share another's .venv), compiled first as pip compiled pofilter's (see compare.py).
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    # Every round checks the catalog: the findings cache, on by default, would serve the later ones.
    os.environ["HEXAGLOT_NO_CACHE"] = "1"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "pipeline")], check=True, stdout=subprocess.DEVNULL)
    hexaglot = [sys.executable, "-m", "pipeline", "check", str(locale), "--glossary", str(ROOT / "glossaries" / "untoc-som.tbx"),
                "--fail-on", "never", "--format", "json"]
    out = args.tree / "out"
    commands = {
        "hexaglot check --jobs 1": lambda: hexaglot + ["--jobs", "1", "--output", str(out / "one.json")],
        "hexaglot check --jobs 2": lambda: hexaglot + ["--jobs", "2", "--output", str(out / "two.json")],
    }
    if not args.skip_pofilter:
        commands = {"pofilter (default checks)": lambda: [str(BIN / "pofilter"), "--progress=none", str(locale),
                                                          str(out / "pofilter")], **commands}
    times: dict[str, list[float]] = {name: [] for name in commands}
    disturbed = 0
    for _ in range(args.repeat):
        for name, command in commands.items():
            for _attempt in range(20 if args.alone else 1):
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir(parents=True)
                if args.alone:
                    _wait_for_quiet()
                before = _machine_busy() if args.alone else 0.0
                seconds, _peak, used = _timed_with_cpu(command(), args.tree)
                if not args.alone or (_machine_busy() - before - used) / (seconds * os.cpu_count()) <= 0.05:
                    break
                disturbed += 1
            times[name].append(seconds)
            if name.endswith("--jobs 2") and (out / "two.json").read_bytes() != (args.tree / "one.json").read_bytes():
                print("the findings of --jobs 2 differ from those of --jobs 1", file=sys.stderr)
                return 1
            if name.endswith("--jobs 1"):
                shutil.copy(out / "one.json", args.tree / "one.json")

    baseline = statistics.median(times["pofilter (default checks)"]) if not args.skip_pofilter else None
    for name, runs in times.items():
        median = statistics.median(runs)
        ratio = f"{baseline / median:6.2f}× pofilter's speed" if baseline else ""
        print(f"  {name:28} {median:6.2f} s  {ratio}   ({', '.join(f'{t:.2f}' for t in runs)})")
    one, two = (statistics.median(times[f"hexaglot check --jobs {n}"]) for n in (1, 2))
    print(f"--jobs 2 speed-up: {one / two:.2f}×; the same findings on both")
    if args.alone:
        print(f"{disturbed} run(s) disturbed by other processes, run again")
    return 0


def _machine_busy() -> float:
    """Seconds of CPU the whole machine has spent busy (all but idle and waiting) since boot."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(field) for field in stat.readline().split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _wait_for_quiet(most: float = 3600) -> None:
    """Until the machine has been busy less than 5% of 5 s (at most `most` seconds)."""
    waited = 0.0
    while waited < most:
        before = _machine_busy()
        time.sleep(5)
        waited += 5
        if (_machine_busy() - before) / (5 * os.cpu_count()) < 0.05:
            return


def _timed_with_cpu(command: list[str], cwd: Path) -> tuple[float, float, float]:
    """compare.timed's wall time and peak memory, and the CPU time the command used (its
    processes, and the small one that times it)."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "elapsed = time.perf_counter() - start\n"
        "children, own = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)\n"
        "print(elapsed, children.ru_maxrss / 1024, children.ru_utime + children.ru_stime + own.ru_utime + own.ru_stime)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, capture_output=True, text=True, check=True).stdout
    elapsed, peak, used = map(float, out.split())
    return elapsed, peak, used


if __name__ == "__main__":
    sys.exit(main())
