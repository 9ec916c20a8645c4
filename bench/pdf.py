"""Reading PDF versions: hexaglot's reader against pdfminer.six's own text extraction, in one run.

    .venv/bin/python bench/pdf.py [--repeat 3] [--folder /tmp/hexaglot-pdfs]

The shipped documents' six versions are written as PDFs the way the UN prints them
(tests/pdf_builder.py, the PDFs the tests read; kept in --folder between runs), then read, in
rounds, by:
- pdfminer.six's `extract_text` (the library hexaglot's reader stands on, with its default
  layout analysis): the baseline;
- hexaglot's `read_pdf_text` (pipeline/extract/pdf.py: glyphs, lines, footnote rules, links,
  page furniture taken off, lines joined).
The median of each is reported with every run's time and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.corpus import read_meta  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402
from pipeline.extract.pdf import read_pdf_text  # noqa: E402
from pipeline.lang import profile  # noqa: E402
from pipeline.model import LANGUAGES  # noqa: E402
from tests.pdf_builder import write_pdf  # noqa: E402


def written(folder: Path) -> list[Path]:
    """Every shipped document's versions as PDFs, written where they are not yet."""
    paths = []
    for source in sorted(path for path in (ROOT / "corpora").iterdir() if (path / "meta.toml").is_file()):
        for lang in LANGUAGES:
            path = folder / source.name / f"{lang}.pdf"
            if not path.is_file():
                path.parent.mkdir(parents=True, exist_ok=True)
                write_pdf(extract_document(source / f"{lang}.txt", lang), path, read_meta(source / "meta.toml", source.name).symbol)
            paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/hexaglot-pdfs"))
    args = parser.parse_args()
    paths = written(args.folder)
    from pdfminer.high_level import extract_text

    readers = {
        "pdfminer.six extract_text": lambda path: extract_text(path),
        "hexaglot read_pdf_text": lambda path: read_pdf_text(path, profile(path.stem)),
    }
    times: dict[str, list[float]] = {name: [] for name in readers}
    for _ in range(args.repeat):
        for name, read in readers.items():
            start = time.perf_counter()
            for path in paths:
                read(path)
            times[name].append(time.perf_counter() - start)
    pages = sum(_pages(path) for path in paths)
    print(f"{len(paths)} PDFs, {pages} pages ({args.folder}); median of {args.repeat} runs")
    baseline = statistics.median(times[next(iter(readers))])
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"  {name:28} {median:6.2f} s  {median / baseline:5.2f}× the baseline  "
              f"{median / pages * 1000:5.0f} ms a page   ({', '.join(f'{t:.2f}' for t in runs)})")
    return 0


def _pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


if __name__ == "__main__":
    sys.exit(main())
