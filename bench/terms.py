"""Speed of the Russian terminology path, against spaCy's own pymorphy3 lemmatizer.

    .venv/bin/python bench/terms.py [--entries 100000] [--baseline-entries 5000]

Generates Russian catalog text deterministically from the shipped corpus and the glossary's
terms in all their forms, then times, in the same run:
  - ours: analysis (spaCy tokenizer + pymorphy3 keys, cached per distinct word) and term
    matching against the glossary, after a warm-up pass;
  - baseline: spaCy's Russian lemmatizer in pymorphy3 mode (no cache), on a slice of the same
    text (its rate is what is compared; it is too slow to run on everything);
and checks that the cached path finds exactly what the uncached path finds on a sample.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.catalog import read_entries  # noqa: E402
from pipeline.glossary.inflect import InflectionError, inflect_term  # noqa: E402
from pipeline.glossary.tbx import read_tbx  # noqa: E402
from pipeline.lang.analysers.ru_morphology import RussianAnalyser  # noqa: E402
from pipeline.term_matching import TermIndex  # noqa: E402

TEMPLATES = [
    "Рабочая группа рассмотрела вопрос о том, что {0} связан с {1} в {n} случаях.",
    "В докладе № {n} говорится о {0}, а также о мерах против {1}.",
    "Государства сообщили о {0}; в {n} году {1} стало предметом обсуждения.",
    "{0} и {1} упоминаются в пункте {n} повестки дня.",
]


def generate(entries: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    corpus = [e.msgstr for e in read_entries(ROOT / "locale" / "ru" / "LC_MESSAGES" / "CTOC-COP-WG.7-2022-1.po").entries if e.msgstr]
    glossary = read_tbx(ROOT / "glossaries" / "untoc-som.tbx")
    forms: list[str] = []
    for concept in glossary.concepts:
        for term in concept.terms_in("ru"):
            if term.pattern or term.term_type == "acronym":
                continue
            try:
                paradigm = inflect_term(term.text)
            except InflectionError:
                continue
            forms.extend(form for cases in paradigm.forms.values() for form in cases.values() if form)
    forms.extend(["контрабандой мигрантов", "контрабанды людей", "незаконных ввоз мигрантов", "Конференции Сторон"])
    texts = []
    for index in range(entries):
        if index % 3 == 0:
            texts.append(rng.choice(corpus))
        else:
            texts.append(rng.choice(TEMPLATES).format(rng.choice(forms), rng.choice(forms), n=rng.randint(1, 999)))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--baseline-entries", type=int, default=5_000)
    parser.add_argument("--sample", type=int, default=3_000, help="entries compared with the uncached path")
    args = parser.parse_args()

    texts = generate(args.entries)
    glossary = read_tbx(ROOT / "glossaries" / "untoc-som.tbx")
    index = TermIndex([glossary], "ru")
    concepts = len(glossary.concepts)

    for text in texts[:2000]:  # warm-up: builds the tokenizer and fills the word cache
        index.match(text)
    start = time.perf_counter()
    tokens = matches = 0
    for text in texts:
        analysed = index.analyse(text)
        tokens += len(analysed)
        matches += len(index.match(text, analysed))
    ours = time.perf_counter() - start
    ours_rate = tokens / ours

    import spacy

    nlp = spacy.blank("ru")
    nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
    nlp.initialize()
    baseline_texts = texts[: args.baseline_entries]
    start = time.perf_counter()
    baseline_tokens = sum(len(doc) for doc in nlp.pipe(baseline_texts))
    baseline = time.perf_counter() - start
    baseline_rate = baseline_tokens / baseline

    # The slow path: the same analyser with its cache emptied before every entry.
    slow = RussianAnalyser()
    sample = texts[: args.sample]
    fast_found = [[(m.concept, m.start, m.end) for m in index.match(text)] for text in sample]
    slow_found = []
    for text in sample:
        slow.cache.clear()
        slow_found.append([(m.concept, m.start, m.end) for m in index.match(text, slow.analyse(text))])
    same = fast_found == slow_found

    print(f"entries {len(texts):,}, tokens {tokens:,}, glossary {concepts} concepts, matches {matches:,}")
    print(f"ours      {ours_rate:>12,.0f} tokens/s   ({ours:.1f} s, analysis + term matching, cached)")
    print(f"baseline  {baseline_rate:>12,.0f} tokens/s   (spaCy ru lemmatizer, pymorphy3 mode, {baseline_tokens:,} tokens)")
    print(f"ratio     {ours_rate / baseline_rate:>12.1f} x")
    print(f"same findings as the uncached path on {len(sample):,} entries: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
