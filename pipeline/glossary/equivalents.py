"""Equivalents of term candidates in the other five languages, from the aligned segments.

For each language, every phrase its rules allow (pipeline/lang/phrases.py) is counted once per
segment, all its inflected forms together (Russian by pymorphy3's normal forms, French, Spanish
and English by lookup lemmas, Arabic by clitic-stripped normal forms, Chinese by characters).
A candidate's equivalent is the phrase that goes with it across the segments, by the Dice
coefficient over segments: 2 × (segments holding both) / (segments holding the candidate +
segments holding the phrase). 1.0 means the phrase occurs exactly where the candidate does.

Where a phrase and a longer or shorter one score alike (`денежных переводов`, `операторы
денежных переводов`), the one whose length is nearest the candidate's wins: Dice alone cannot
tell a term from the words that always stand beside it in these few segments. Chinese length
is counted as two characters a word.

The equivalent is given in its dictionary form: Russian with the head noun and the words
agreeing with it in the nominative (the reverse of `glossary inflect`); French and Spanish in
the singular by spelling rules (pipeline/lang/phrases.py's romance_singular), English with its
last noun in the singular; Arabic and Chinese as most often written; in lower case unless
always capitalised.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from pipeline.glossary.aligned import AlignedSegment
from pipeline.glossary.candidates import Candidate, Equivalent
from pipeline.model import Glossary
from pipeline.term_matching import TermIndex, term_index
from pipeline.lang.analysers.ar_clitics import normalise
from pipeline.lang.phrases import _INSIDE, Phrase, arabic_conjunction_length, proper_name, with_capitals_of, written_as_name, arabic_without_prefix, boundary_word, english_singular, english_term_shape, phrases, romance_singular, runs, russian_dictionary_form, russian_term_shape, word_key, zh_says_nothing

LONGEST = {"zh": 12}  # characters for Chinese; words elsewhere
LONGEST_WORDS = 7
NEAR = 0.05  # Dice scores this close are a tie, broken by length
EXAMPLES = 3


@dataclass
class _LanguagePhrases:
    """One language's phrases: the segments each occurs in, and how each is written."""

    segments: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))
    forms: dict[tuple[str, ...], Counter] = field(default_factory=lambda: defaultdict(Counter))
    in_segment: dict[str, set[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(set))
    lower_words: set[str] = field(default_factory=set)
    # The keys of the words seen just before and just after each phrase (None: nothing, the
    # run's edge). A phrase seen more than once with always the same word beside it is a
    # piece of a longer one (`业承运人` is always `商业承运人`; `unidades de inteligencia`
    # always goes on with `financiera`): Chinese word extraction calls it low accessor variety.
    left: dict[tuple[str, ...], set] = field(default_factory=lambda: defaultdict(set))
    right: dict[tuple[str, ...], set] = field(default_factory=lambda: defaultdict(set))
    # The glossary's concepts whose approved term (found by the matcher, in any inflected form)
    # lies within the phrase in some use: `قضايا تهريب المهاجرين` holds smuggling-of-migrants.
    holds: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))

    def piece(self, key: tuple[str, ...]) -> bool:
        if len(self.segments[key]) + sum(self.forms[key].values()) < 4:
            return False  # seen once or twice: too few uses to tell
        return (len(self.left[key]) == 1 and None not in self.left[key]) or (len(self.right[key]) == 1 and None not in self.right[key])


def phrase_table(segments: list[AlignedSegment], lang: str, focus: set[str] | None = None,
                 index: TermIndex | None = None) -> _LanguagePhrases:
    """The phrases of the segments' `lang` versions. With `focus` (the segments whose phrases
    may be proposed: the candidates'), only the phrases seen in those segments are kept, and
    counted over all the segments: the table grows with the candidates asked for, not with
    the corpus. With `index` (the glossary's terms in `lang`), a use inside a known term's
    match or across its edge is not counted, as candidates.py does not count one in the
    source (`مقدمي الخدمات` inside `مقدمي الخدمات المالية` is financial service provider, not
    service provider); a known term's words may stand inside a phrase whatever they are
    (`services de détection et de répression`), and the phrase records the concepts it holds."""
    table = _LanguagePhrases()
    attested = _written_words(segments, lang) if lang == "ar" else frozenset()
    known = {}
    if index is not None:
        known = {s.where: index.match(s.versions[lang]) for s in segments if s.versions.get(lang)}
    # Each segment's phrases are found once: the candidates' segments are read twice (what
    # phrases to keep, then their uses), and finding them (pymorphy3's parses) is most of the work.
    found: dict[str, list[Phrase]] = {}

    def phrases_of(segment: AlignedSegment) -> list[Phrase]:
        if segment.where not in found:
            found[segment.where] = list(_term_phrases(segment.versions[lang], lang, known.get(segment.where, ()), attested))
        return found[segment.where]

    wanted: set | None = None
    if focus is not None:
        wanted = {p.key for s in segments if s.where in focus and s.versions.get(lang) for p in phrases_of(s)}
    seen_texts: set[str] = set()
    for segment in segments:
        text = segment.versions.get(lang)
        if not text or text.casefold() in seen_texts:
            continue  # the same sentence again (a title in the annex table): no new use, as in candidates.py
        seen_texts.add(text.casefold())
        matches = known.get(segment.where, ())
        words_of_runs = {}
        for run in runs(text, lang):
            for position, (word, start, end) in enumerate(run):
                words_of_runs[start] = _beside(run, position - 1, position - 2, lang, before=True)
                words_of_runs[-end] = _beside(run, position + 1, position + 2, lang, before=False)
        for phrase in phrases_of(segment):
            if wanted is not None and phrase.key not in wanted:
                continue
            before, after = words_of_runs.get(phrase.start), words_of_runs.get(-phrase.end)
            table.left[phrase.key].add(_neighbour(before, lang))
            table.right[phrase.key].add(_neighbour(after, lang))
            table.segments[phrase.key].add(segment.where)
            table.forms[phrase.key][text[phrase.start:phrase.end]] += 1
            table.in_segment[segment.where].add(phrase.key)
            table.lower_words.update(w for w in phrase.words if w.islower())
            table.holds[phrase.key].update(m.concept for m in matches
                                           if m.approved and phrase.start <= m.start and m.end <= phrase.end)
    return table


def _arabic_and(word: str, attested: frozenset[str]) -> bool:
    # The conjunction written onto a word: before its article (`والمؤسسات`), or before a word
    # the documents also write alone (`وأجهزة`).
    return (word[:1] in "وف" and word[1:3] == "ال" and len(word) > 4) or arabic_conjunction_length(word, attested) > 0


def _placed(text: str, phrase: Phrase) -> list[tuple[str, int, int]]:
    """The phrase's words with their offsets in `text`."""
    placed, position = [], phrase.start
    for word in phrase.words:
        start = text.index(word, position)
        placed.append((word, start, start + len(word)))
        position = start + len(word)
    return placed


def _written_words(segments: list[AlignedSegment], lang: str) -> frozenset[str]:
    return frozenset(normalise(word) for s in segments if s.versions.get(lang)
                     for run in runs(s.versions[lang], lang) for word, _, _ in run)


def _term_phrases(text: str, lang: str, known=(), attested: frozenset[str] = frozenset()):
    held = [(m.start, m.end) for m in known]
    for phrase in phrases(text, lang, LONGEST.get(lang, LONGEST_WORDS), held):
        if any(_part_of(phrase, start, end) for start, end in held):
            continue
        if attested and any(_arabic_and(word, attested) and not any(a <= start and end <= b for a, b in held)
                            for word, start, end in _placed(text, phrase)[1:]):
            continue  # `الاستخبارات المالية وأجهزة إنفاذ القانون`: two terms coordinated, as `and` would join them
        cut = arabic_conjunction_length(phrase.words[0], attested) if attested else 0
        if cut:
            # `وأجهزة إنفاذ القانون` is `and` + `أجهزة إنفاذ القانون`: one phrase with the
            # uses without the conjunction, and entered without it.
            words = (phrase.words[0][cut:], *phrase.words[1:])
            phrase = Phrase(words, phrase.start + cut, phrase.end, (word_key(words[0], lang), *phrase.key[1:]))
        if lang == "ru" and russian_term_shape(phrase.words) is None:
            continue  # not a noun phrase by pymorphy3's parts of speech
        if lang == "en" and not english_term_shape(phrase.words):
            continue
        yield phrase


def _beside(run, at: int, further: int, lang: str, before: bool) -> str | None:
    """The word at `at` in the run, None beyond its edges or, in Chinese, where the
    character is a particle or the end of a preposition (zh_says_nothing)."""
    if not 0 <= at < len(run):
        return None
    if lang == "zh":
        beyond = run[further][0] if 0 <= further < len(run) else ""
        if zh_says_nothing(run[at][0], beyond, before):
            return None
    return run[at][0]


def _part_of(phrase, start: int, end: int) -> bool:
    """Whether a phrase lies inside a known term's match, shorter than it, or cuts across its
    edge. The match itself is kept: a candidate's equivalent may be a known term entire
    (`organismos encargados de hacer cumplir la ley` is both law enforcement and the agencies)."""
    inside = start <= phrase.start and phrase.end <= end and (phrase.start, phrase.end) != (start, end)
    across = phrase.start < start < phrase.end < end or start < phrase.start < end < phrase.end
    return inside or across


def _neighbour(word: str | None, lang: str) -> str | None:
    # A stop word beside a phrase says nothing (an article is always before a noun): an edge.
    # (Chinese stop words are words, not the characters a phrase of characters sits beside.)
    if word is None or (lang != "zh" and not boundary_word(word, lang)):
        return None
    return word_key(word, lang)


def find_equivalents(candidates: list[Candidate], segments: list[AlignedSegment], languages: list[str],
                     best: int = 3, glossaries: list[Glossary] = ()) -> list[Candidate]:
    """The candidates with, for each language, its `best` equivalents, most likely first. With
    the `glossaries` the candidates were found against, what they know anchors the search:
    see phrase_table and best_phrases."""
    focus = {where for candidate in candidates for where in candidate.segments}
    indexes = {lang: term_index(glossaries, lang) for lang in languages} if any(g.concepts for g in glossaries) else {}
    tables = {lang: phrase_table(segments, lang, focus, indexes.get(lang)) for lang in languages}
    has_version = {lang: {s.where for s in segments if s.versions.get(lang)} for lang in languages}
    out = []
    for candidate in candidates:
        found = {}
        for lang in languages:
            where = [w for w in candidate.segments if w in has_version[lang]]
            anchors = frozenset(c for c in candidate.holds if lang in indexes and indexes[lang].approved_of(c))
            found[lang] = best_phrases(content_words(candidate.key, candidate.source_lang), where, tables[lang], lang, best,
                                       anchors) if where else ()
        out.append(_with(candidate, found))
    return out


def content_words(key: tuple[str, ...], lang: str) -> int:
    """How many words of a phrase are not the prepositions a term may hold: the length an
    equivalent's is compared with, counted the same way on both sides (`request for mutual legal
    assistance` has four, as `solicitud de asistencia judicial recíproca` has)."""
    inside = _INSIDE.get(lang, frozenset())
    return sum(word not in inside for word in key)


def _with(candidate: Candidate, equivalents: dict) -> Candidate:
    return replace(candidate, equivalents=equivalents)


def best_phrases(words: int, where: list[str], table: _LanguagePhrases, lang: str, best: int,
                 anchors: frozenset[str] = frozenset()) -> tuple[Equivalent, ...]:
    """The `best` phrases of `lang` that go with the segments `where` (a candidate's, or
    those where a concept lacks its terms), for a source phrase of `words` content words.
    With `anchors` (the known concepts the candidate holds), the phrases that hold those
    concepts' approved terms come first, if any does: a candidate that holds `smuggling of
    migrants` is translated by a phrase that holds `تهريب المهاجرين`, however often the words
    of a repeated sentence go with it as well."""
    together: Counter = Counter()
    for segment in where:
        together.update(table.in_segment.get(segment, ()))
    wanted = words * (2 if lang == "zh" else 1)
    scored = []
    inside = _INSIDE.get(lang, frozenset())
    for key, both in together.items():
        if table.piece(key):
            continue
        frequency = len(table.segments[key])
        dice = 2 * both / (len(where) + frequency)
        size = sum(word not in inside for word in key)  # `inteligencia financiera`: 2 words, like `financial intelligence`
        scored.append((dice, both, size, key, frequency))
    # A phrase holding the anchors but going with the candidate less than half as well as the
    # best phrase does is the known term used on its own (`القطاع الخاص`, 0.12, for `private
    # sector partner`, whose Arabic says `الشركاء من القطاع الخاص`): no anchor then.
    best_dice = max((row[0] for row in scored), default=0.0)
    anchored = [row for row in scored if anchors and anchors <= table.holds[row[3]] and row[0] >= best_dice / 2]
    groups = [anchored, [row for row in scored if row not in anchored]] if anchored else [scored]
    if words > 1 and lang != "zh":
        # English compounds are translated into phrases, not single words, in the languages
        # that write words apart (`smuggling network`: `сеть незаконного ввоза мигрантов`,
        # `red de tráfico ilícito`): a single word goes with such a candidate as its head
        # (`сеть`, `защита`), and comes after the phrases of its group.
        groups = [[row for row in group if single == _one_word(row[3])] for group in groups for single in (False, True)]
    chosen: list[tuple] = []
    for group in groups:
        for row in _by_dice_then_length(group, wanted):
            if any(_overlapping(row[3], kept[3]) for kept in chosen):
                continue  # a piece or an extension of one kept: not another equivalent
            chosen.append(row)
            if len(chosen) == best:
                break
        if len(chosen) == best:
            break
    return tuple(
        Equivalent(lang, _dictionary_form(table.forms[key], lang, table.lower_words), dice, both, frequency,
                   tuple(w for w in where if w in table.segments[key])[:EXAMPLES])
        for dice, both, size, key, frequency in chosen
    )


def _one_word(key: tuple[str, ...]) -> bool:
    return len(key) == 1 and "-" not in key[0]  # `интернет-провайдер` is a compound: two words


def _by_dice_then_length(scored: list[tuple], wanted: int) -> list[tuple]:
    """Best Dice first; within NEAR of the best, the length nearest the candidate's first."""
    scored = sorted(scored, key=lambda row: (-row[0], abs(row[2] - wanted), row[3]))
    top = scored[0][0] if scored else 0.0
    ties = sorted((row for row in scored if row[0] >= top - NEAR), key=lambda row: (abs(row[2] - wanted), -row[0], row[3]))
    return ties + [row for row in scored if row[0] < top - NEAR]


def _overlapping(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    shorter, longer = sorted((key, other), key=len)
    return any(longer[i:i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def _dictionary_form(forms: Counter, lang: str, lower_words: set[str]) -> str:
    written = forms.most_common(1)[0][0]
    if lang == "zh":
        return written
    name = proper_name(written, lang)  # `Naciones Unidas`: its plural is the name's
    if lang == "ru":
        dictionary = russian_dictionary_form(tuple(written.split()))
        if dictionary:
            return with_capitals_of(written, dictionary) if name else dictionary
    if name:
        return written_as_name(forms, lang)
    if lang == "ar":
        # Only the first word loses what is written onto its article (`والمؤسسات المالية`): inside a
        # phrase, `للتحقيق` says "for the investigation" and stays.
        first, *rest = written.split()
        return " ".join([arabic_without_prefix(first), *rest])
    words = [w.lower() if w.lower() in lower_words else w for w in written.split()]
    if lang in ("fr", "es"):
        words = romance_singular(words, lang)
    elif lang == "en":
        words[-1] = english_singular(words[-1], word_key(words[-1], lang)) if "of" not in words else words[-1]
    return " ".join(words)
