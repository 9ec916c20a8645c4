"""A deterministic six-language catalog tree for benchmarks, made from the shipped catalogs.

    .venv/bin/python bench/generate.py --entries 100000 --out /tmp/hexaglot-bench

Each generated document is the shipped agenda's five catalogs and template with its values
varied consistently in all six versions (the year, the meeting days, the resolution number),
so that the cross-version checks have work that agrees; about 3% of entries carry a planted
defect in one language (a number that differs, a forbidden term, a Latin letter in a Cyrillic
word, a doubled space). `--entries` counts translated entries across the five target
languages. Text is edited line by line inside msgid and msgstr strings, never in references or
headers, so every file stays valid PO.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = "CTOC-COP-WG.7-2022-1"
TARGETS = ("ar", "es", "fr", "ru", "zh")
DEFECTS = {
    "ru": [("незаконного ввоза мигрантов", "контрабанды мигрантов"), ("Рабочая группа", "Рабочaя группa"), ("2013", "2012")],
    "fr": [("trafic illicite de migrants", "contrebande de migrants"), ("2013", "2012"), ("migrants", "migrants  ")],
    "es": [("tráfico ilícito de migrantes", "contrabando de migrantes"), ("2013", "2012")],
    "ar": [("2013", "2012"), ("تهريب المهاجرين", "تهريب  المهاجرين")],
    "zh": [("偷运移民", "人口走私"), ("2013", "2012")],
}
_STRING_LINE = re.compile(r'^(msgid|msgstr|msgctxt)? ?"')


def vary(text: str, year: int, day: int, resolution: str) -> str:
    lines = []
    for line in text.split("\n"):
        if line.startswith(("msgid", "msgstr", '"')) and not line.startswith('"POT-') and not line.startswith('"PO-'):
            line = line.replace("2022", str(year)).replace("27", str(day)).replace("28", str(day + 1)).replace("7/1", resolution)
        lines.append(line)
    return "\n".join(lines)


def plant(text: str, rng: random.Random, lang: str) -> tuple[str, int]:
    """Put defects into about 3% of the msgstr lines of one catalog."""
    lines, planted = text.split("\n"), 0
    in_msgstr = False
    for index, line in enumerate(lines):
        in_msgstr = line.startswith("msgstr ") or (in_msgstr and line.startswith('"'))
        if in_msgstr and line.count('"') >= 2 and len(line) > 12 and rng.random() < 0.03:
            for old, new in rng.sample(DEFECTS[lang], len(DEFECTS[lang])):
                if old in line:
                    lines[index] = line.replace(old, new, 1)
                    planted += 1
                    break
    return "\n".join(lines), planted


def generate(entries: int, out: Path, seed: int = 2022) -> dict:
    source = ROOT / "locale"
    catalogs = {lang: (source / lang / "LC_MESSAGES" / f"{DOC}.po").read_text(encoding="utf-8") for lang in TARGETS}
    template = (source / "templates" / f"{DOC}.pot").read_text(encoding="utf-8")
    per_document = sum(text.count("\nmsgctxt ") for text in catalogs.values())
    documents = max(1, -(-entries // per_document))
    if out.exists():
        shutil.rmtree(out)
    rng = random.Random(seed)
    planted = 0
    for number in range(documents):
        name = f"doc-{number:06d}"
        year, day, resolution = rng.randint(2000, 2030), rng.randint(1, 26), f"{rng.randint(1, 12)}/{rng.randint(1, 9)}"
        folder = out / "locale" / "templates"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.pot").write_text(vary(template, year, day, resolution), encoding="utf-8")
        for lang, text in catalogs.items():
            varied, count = plant(vary(text, year, day, resolution), rng, lang)
            planted += count
            folder = out / "locale" / lang / "LC_MESSAGES"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{name}.po").write_text(varied, encoding="utf-8")
    return {"documents": documents, "entries": documents * per_document, "catalogs": documents * len(TARGETS), "planted": planted}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/hexaglot-bench"))
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args()
    info = generate(args.entries, args.out, args.seed)
    print(f"{args.out}: {info['documents']:,} documents, {info['catalogs']:,} catalogs, {info['entries']:,} entries, {info['planted']:,} planted defects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
