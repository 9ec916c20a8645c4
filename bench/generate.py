"""A deterministic six-language catalog tree for benchmarks, made from the shipped catalogs.

    .venv/bin/python bench/generate.py --entries 100000 --out /tmp/hexaglot-bench

Each generated document has the shipped agenda's layout (its template and five catalogs, the
same msgctxt keys), with its text varied consistently in all six versions:

- the values: the year, the meeting days and the resolution number differ per document;
- the sentences: most body sentences (`--mix`, 0.8 by default) are joined with another
  sentence of the agenda, chosen at random and the same in every language, and each document
  gets as many more paragraphs (`more/pN`) of two or three such sentences as the agenda has
  entries, so that body text outweighs headings as it does in reports, and a paragraph of one
  document is rarely a paragraph of another. Headings, agenda lines and table cells stay as they
  are, as they do across real UN agendas: those are the run's repetitions.

About 1.7% of entries carry a planted defect in one language (a number, time or document
symbol that differs, a forbidden term, another approved variant than the catalog's usual one, a
Russian term out of agreement, a word written twice, a Latin letter in a Cyrillic word, a
doubled space), and now and then a footnote marker moves to the next entry in one language, so
that most kinds of check have findings to keep identical. `--entries` counts
translated entries across the five target languages; the share of distinct translations is
printed, because every cache's gain depends on it (the old generator, values only, made 4.6%).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
DOC = "CTOC-COP-WG.7-2022-1"
TARGETS = ("ar", "es", "fr", "ru", "zh")
DEFECTS = {
    "ru": [("незаконного ввоза мигрантов", "контрабанды мигрантов"), ("Рабочая группа", "Рабочaя группa"), ("2013", "2012"),
           ("Успешная практика", "Эффективная практика"), ("успешной практике", "эффективной практике"),
           ("незаконного ввоза мигрантов", "незаконных ввоза мигрантов"), ("группа", "группа группа"),
           ("CTOC/COP/WG.7", "CTOC/COP/WG.6"), ("10 час.", "11 час.")],
    "fr": [("trafic illicite de migrants", "contrebande de migrants"), ("2013", "2012"), ("migrants", "migrants  "),
           ("modalités hybrides", "format hybride"), ("10 heures", "11 heures")],
    "es": [("tráfico ilícito de migrantes", "contrabando de migrantes"), ("2013", "2012"), ("el Grupo", "el el Grupo"),
           ("10.00", "11.00")],
    "ar": [("2013", "2012"), ("تهريب المهاجرين", "تهريب  المهاجرين"), ("الممارسات الجيدة", "الممارسات الناجحة"),
           ("CTOC/COP/WG.7", "CTOC/COP/WG.6")],
    "zh": [("偷运移民", "人口走私"), ("2013", "2012"), ("侦查", "调查"), ("上午10时", "上午11时")],
}
# Besides forbidden terms, Latin look-alikes, numbers and doubled spaces: another approved
# variant of a concept (TERM004, against the catalog's usual one), a Russian term whose words
# do not agree (TERM005), a word written twice (TYPO006), a wrong document symbol (REF001) and
# a meeting time that differs (NUM003). A footnote marker is also moved to the next entry in
# one language now and then (REF004, on both entries).
MARKER = "Footnote marker: "
JOINER = {"zh": ""}  # the other languages put a space between two sentences


def vary(text: str, year: int, day: int, resolution: str) -> str:
    return text.replace("2022", str(year)).replace("27", str(day)).replace("28", str(day + 1)).replace("7/1", resolution)


def plant(text: str, rng: random.Random, lang: str) -> tuple[str, bool]:
    if len(text) > 12 and rng.random() < 0.03:
        for old, new in rng.sample(DEFECTS[lang], len(DEFECTS[lang])):
            if old in text:
                return text.replace(old, new, 1), True
    return text, False


def move_markers(comments: list[str], rng: random.Random) -> tuple[list[str], int]:
    """The entries' extracted comments, with now and then a footnote marker moved from its entry
    to the next one, as a version whose footnote lost its place has it."""
    comments, moved = list(comments), 0
    for index in range(len(comments) - 1):
        lines = comments[index].split("\n")
        marker = next((line for line in lines if line.startswith(MARKER)), None)
        if marker is not None and rng.random() < 0.05:
            comments[index] = "\n".join(line for line in lines if line != marker)
            comments[index + 1] = "\n".join(filter(None, [comments[index + 1], marker]))
            moved += 1
    return comments, moved


def _sentences(template: polib.POFile, catalogs: dict[str, polib.POFile]) -> list[str]:
    """Body sentences translated (not fuzzy) in every language: the ones that may be joined."""
    keys = []
    for entry in template:
        found = [catalogs[lang].find(entry.msgctxt, by="msgctxt") for lang in TARGETS]
        if "/p" in entry.msgctxt and all(e is not None and e.msgstr and not e.fuzzy for e in found):
            keys.append(entry.msgctxt)
    return keys


def generate(entries: int, out: Path, seed: int = 2022, mix: float = 0.8) -> dict:
    shipped = _Shipped()
    per_document = sum(len(catalog) + len(shipped.template) for catalog in shipped.catalogs.values())
    documents = max(1, -(-entries // per_document))
    _start(out, TARGETS)
    rng = random.Random(seed)
    planted, distinct = 0, set()
    for number in range(documents):
        planted += _write_document(shipped, out, f"doc-{number:06d}", TARGETS, len(shipped.template), rng, mix, distinct)
    total = documents * per_document
    return {"documents": documents, "entries": total, "catalogs": documents * len(TARGETS), "planted": planted,
            "distinct": len(distinct) / total}


def generate_catalog(entries: int, out: Path, lang: str = "ru", seed: int = 2022, mix: float = 0.8,
                     name: str = "report", also: tuple[str, ...] = ()) -> dict:
    """One document of `entries` entries in one language (and its template), as a long report
    is: the agenda's entries varied as generate() varies them, then as many more paragraphs of
    two or three of its sentences as make up the count, defects planted the same way. One
    document: --jobs cannot give its catalogs to two processes (issue 24's single catalog).
    `also`: more languages of the same document, each with as many entries."""
    shipped = _Shipped()
    languages = (lang, *also)
    paragraphs = max(0, entries - len(shipped.catalogs[lang]))
    _start(out, languages)
    distinct: set = set()
    planted = _write_document(shipped, out, name, languages, paragraphs, random.Random(seed), mix, distinct)
    total = sum(len(shipped.catalogs[language]) + paragraphs for language in languages)
    return {"documents": 1, "entries": total, "catalogs": len(languages), "planted": planted, "distinct": len(distinct) / total}


class _Shipped:
    """The shipped agenda's template and catalogs, and their texts by msgctxt."""

    def __init__(self):
        source = ROOT / "locale"
        self.catalogs = {lang: polib.pofile(str(source / lang / "LC_MESSAGES" / f"{DOC}.po"), wrapwidth=0) for lang in TARGETS}
        self.template = polib.pofile(str(source / "templates" / f"{DOC}.pot"), wrapwidth=0)
        self.text = {lang: {e.msgctxt: e.msgstr for e in catalog} for lang, catalog in self.catalogs.items()}
        self.text["en"] = {e.msgctxt: e.msgid for e in self.template}
        self.joinable = _sentences(self.template, self.catalogs)


def _start(out: Path, languages) -> None:
    if out.exists():
        shutil.rmtree(out)
    (out / "locale" / "templates").mkdir(parents=True)
    for lang in languages:
        (out / "locale" / lang / "LC_MESSAGES").mkdir(parents=True)


def _write_document(shipped: _Shipped, out: Path, name: str, languages, paragraphs: int, rng: random.Random, mix: float,
                    distinct: set) -> int:
    """One document's template and catalogs (in `languages`), with `paragraphs` more
    paragraphs after the agenda's entries; the number of defects planted. The random choices
    are made in one order whatever the languages, so that a tree is the same from one run to
    the next."""
    text, joinable, template = shipped.text, shipped.joinable, shipped.template
    planted = 0
    year, day, resolution = rng.randint(2000, 2030), rng.randint(1, 26), f"{rng.randint(1, 12)}/{rng.randint(1, 9)}"
    partner = {key: rng.choice(joinable) for key in joinable if rng.random() < mix}

    def body(lang: str, key: str, own: str) -> str:
        if key in partner and partner[key] != key:
            own = own + JOINER.get(lang, " ") + text[lang][partner[key]]
        return vary(own, year, day, resolution)

    more = [rng.sample(joinable, rng.choice((2, 3))) for _ in range(paragraphs)]

    def paragraph(lang: str, keys: list[str]) -> str:
        return vary(JOINER.get(lang, " ").join(text[lang][key] for key in keys), year, day, resolution)

    pot = polib.POFile(wrapwidth=0)
    pot.header, pot.metadata = template.header, dict(template.metadata)
    for entry in template:
        pot.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=body("en", entry.msgctxt, entry.msgid), msgstr="",
                                 comment=entry.comment, occurrences=entry.occurrences))
    for index, keys in enumerate(more, 1):
        pot.append(polib.POEntry(msgctxt=f"more/p{index}", msgid=paragraph("en", keys), msgstr="", comment="More"))
    pot.save(str(out / "locale" / "templates" / f"{name}.pot"))
    for lang in languages:
        catalog = shipped.catalogs[lang]
        po = polib.POFile(wrapwidth=0)
        po.header, po.metadata = catalog.header, dict(catalog.metadata)
        comments, moved = move_markers([entry.comment for entry in catalog], rng)
        planted += moved
        for entry, comment in zip(catalog, comments):
            msgstr = body(lang, entry.msgctxt, entry.msgstr) if entry.msgstr else ""
            msgstr, defect = plant(msgstr, rng, lang)
            planted += defect
            distinct.add((lang, msgstr))
            po.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=body("en", entry.msgctxt, entry.msgid), msgstr=msgstr,
                                    comment=comment, tcomment=entry.tcomment, occurrences=entry.occurrences,
                                    flags=list(entry.flags)))
        for index, keys in enumerate(more, 1):
            msgstr, defect = plant(paragraph(lang, keys), rng, lang)
            planted += defect
            distinct.add((lang, msgstr))
            po.append(polib.POEntry(msgctxt=f"more/p{index}", msgid=paragraph("en", keys), msgstr=msgstr, comment="More"))
        po.save(str(out / "locale" / lang / "LC_MESSAGES" / f"{name}.po"))
    return planted


def tree_arguments(description: str, entries: int, tree: Path) -> argparse.Namespace:
    """--entries, --tree and --reuse, as the benchmark scripts take them; the tree is generated
    here unless --reuse says to use it as it is."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--entries", type=int, default=entries)
    parser.add_argument("--tree", type=Path, default=tree)
    parser.add_argument("--reuse", action="store_true", help="use the tree as it is, without generating it")
    args = parser.parse_args()
    if not args.reuse:
        generate(args.entries, args.tree)
    return args


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/hexaglot-bench"))
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--mix", type=float, default=0.8, help="share of body sentences joined with another (0.8)")
    parser.add_argument("--single", metavar="LANG", help="one document of --entries entries in LANG (and its template)")
    args = parser.parse_args()
    if args.single:
        info = generate_catalog(args.entries, args.out, args.single, args.seed, args.mix)
    else:
        info = generate(args.entries, args.out, args.seed, args.mix)
    print(f"{args.out}: {info['documents']:,} documents, {info['catalogs']:,} catalogs, {info['entries']:,} entries, "
          f"{info['planted']:,} planted defects, {info['distinct']:.1%} distinct translations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
