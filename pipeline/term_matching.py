"""The term index and matcher: glossary terms found in text through the language's analyser.

Each glossary term is analysed once, by the same analyser as the text, and indexed by the keys
of its first token; matching walks the text's tokens once and only tries the terms its keys
point to, so it is linear in the text, not terms × segments. Every match is kept, nested ones
included (`Working Group on the Smuggling of Migrants` holds `smuggling of migrants`), and
`effective()` drops a match only where a longer match of the same concept covers it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from pipeline.glossary.contexts import WINDOW, parse_context
from pipeline.lang import profile
from pipeline.lang.analysers import Tokens, analyser, exact
from pipeline.model import Glossary, Term
from pipeline.text_cache import TextCache


@dataclass(frozen=True)
class IndexedTerm:
    concept: str
    term: Term
    tokens: tuple[frozenset[str], ...]  # the keys each token of the term may match
    pattern: re.Pattern[str] | None = None
    # Russian: (agreeing token, head token) pairs that must agree in case and number.
    agreement: tuple[tuple[int, int], ...] = ()
    # The group whose members TERM004 compares across a catalog, (concept, kind of form), or
    # None for a term it leaves out (see _variant) or that has no other term in its group;
    # worked out once here, not for each of a run's matches.
    variant: tuple[str, str] | None = None
    # A rejected term's context rules (pipeline/glossary/contexts.py): (relation, the keys of
    # the phrase's words).
    contexts: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = ()


class TermMatch(NamedTuple):
    # A tuple made in one call, with what the checks ask of every match (concept, term,
    # approved) as fields: a long paragraph has dozens of matches, each looked at by five checks.
    indexed: IndexedTerm
    start: int  # character offsets in the text
    end: int
    first: int  # token indices, inclusive (-1 for pattern matches)
    last: int
    concept: str
    term: Term
    approved: bool

    @classmethod
    def of(cls, indexed: IndexedTerm, start: int, end: int, first: int, last: int) -> "TermMatch":
        return cls(indexed, start, end, first, last, indexed.concept, indexed.term, indexed.term.status.approved)

    def covers(self, other: "TermMatch") -> bool:
        return self.start <= other.start and other.end <= self.end and (self.end - self.start) > (other.end - other.start)


class TermIndex:
    """The terms of one language, from one or more glossaries, ready to be matched."""

    def __init__(self, glossaries: Iterable[Glossary], lang: str):
        self.lang = lang
        self.analyser = analyser(lang)
        self.by_first_key: dict[str, list[IndexedTerm]] = defaultdict(list)
        self.patterns: list[IndexedTerm] = []
        self.terms: list[IndexedTerm] = []
        self.starting: dict[frozenset[str], tuple[IndexedTerm, ...]] = {}
        self._approved: dict[str, list[IndexedTerm]] = {}
        # The terms that survive a pair of words (see match), per pair met.
        self.following: TextCache[tuple[frozenset[str], frozenset[str]], tuple] = TextCache(size=200_000)
        terms = [(concept.id, term) for glossary in glossaries for concept in glossary.concepts for term in concept.terms_in(lang)]
        # A group with one term has no variants to be inconsistent with: its terms get no group,
        # and TERM004 passes their matches by (most concepts have one full form per language).
        members: dict[tuple[str, str], set[str]] = defaultdict(set)
        for concept_id, term in terms:
            group = _variant(concept_id, term)
            if group is not None:
                members[group].add(term.text)
        self.variant_groups = {group for group, texts in members.items() if len(texts) > 1}
        for concept_id, term in terms:
            self._add(concept_id, term)

    def _add(self, concept_id: str, term: Term) -> None:
        if term.pattern:
            flags = 0 if term.case_sensitive else re.IGNORECASE
            indexed = IndexedTerm(concept_id, term, (), re.compile(term.pattern, flags), variant=self._group(concept_id, term))
            self.patterns.append(indexed)
            self.terms.append(indexed)
            return
        tokens = self.analyser.analyse(term.text)
        if not tokens:
            return
        if term.case_sensitive:
            keys = tuple(frozenset({exact(t.text)}) for t in tokens)
        else:
            keys = tuple(frozenset(k for k in t.keys if not k.startswith("=")) or t.keys for t in tokens)
        agreement = _agreement(tokens, self.analyser) if profile(self.lang).agreement else ()
        contexts = tuple(self._context(written) for written in term.contexts) if not term.status.approved else ()
        indexed = IndexedTerm(concept_id, term, keys, None, agreement, self._group(concept_id, term), contexts)
        self.terms.append(indexed)
        for key in keys[0]:
            self.by_first_key[key].append(indexed)

    def _context(self, written: str) -> tuple[str, tuple[frozenset[str], ...]]:
        rule = parse_context(written)
        return rule.relation, tuple(frozenset(k for k in t.keys if not k.startswith("=")) or t.keys
                                    for t in self.analyser.analyse(rule.phrase))

    def allowed_by_context(self, match: TermMatch, tokens: Tokens) -> bool:
        """Whether one of the matched term's context rules holds where it was found: «Конференция
        Сторон Конвенции о биологическом разнообразии» is another convention's conference."""
        keys, words = tokens.keys, tokens.words

        def at(start: int, phrase) -> bool:
            return 0 <= start and start + len(phrase) <= len(keys) and all(k & keys[start + i] for i, k in enumerate(phrase))

        for relation, phrase in match.indexed.contexts:
            if not phrase:
                continue
            if relation == "near":
                if any(at(start, phrase) for start in range(len(keys))):
                    return True
                continue
            # Word by word away from the term, up to the window or the end of the sentence.
            step = 1 if relation == "followed by" else -1
            position = match.last + 1 if step == 1 else match.first - 1
            for _ in range(WINDOW):
                if not 0 <= position < len(keys) or words[position] in _SENTENCE_END:
                    break
                if at(position if step == 1 else position - len(phrase) + 1, phrase):
                    return True
                position += step
        return False

    def _group(self, concept_id: str, term: Term) -> tuple[str, str] | None:
        group = _variant(concept_id, term)
        return group if group in self.variant_groups else None

    def analyse(self, text: str) -> Tokens:
        return self.analyser.analyse(text)

    def approved_of(self, concept: str) -> list[IndexedTerm]:
        """The concept's approved terms that are words (not patterns), found once per concept."""
        if concept not in self._approved:
            self._approved[concept] = [t for t in self.terms if t.concept == concept and t.term.status.approved and t.pattern is None]
        return self._approved[concept]

    def rendered_with_gap(self, concept: str, text: str, tokens: Tokens) -> bool:
        """Whether an approved term of the concept is in the text with words inside it that
        the language lets stand there (LanguageProfile.term_gap_words, term_gap): `اللغات
        الرسمية الست للأمم المتحدة` renders `اللغات الرسمية للأمم المتحدة`. Asked only where
        TERM001 would report the concept, so the matcher itself stays exact and linear."""
        language = profile(self.lang)
        allowed = _allowed_gap(language)
        if not language.term_gap and allowed is None:
            return False
        for indexed in self.approved_of(concept):
            if language.term_gap and _gapped_expression(indexed.term.text, language.term_gap).search(text):
                return True
            if allowed is not None and _in_order(indexed.tokens, tokens, allowed, max(language.term_gap_words, 2), text,
                                                 language.contractions):
                return True
            if language.postposed_modifiers and _postposed(indexed, tokens, text):
                return True
        return False

    def _candidates(self, keys: frozenset[str]) -> tuple[IndexedTerm, ...]:
        """The terms whose first word one of these keys may be, each once. Analysers give one
        frozenset per distinct word, so this runs once per word, not once per token."""
        found: dict[int, IndexedTerm] = {}
        for key in keys:
            for indexed in self.by_first_key.get(key, ()):
                found.setdefault(id(indexed), indexed)
        self.starting[keys] = result = tuple(found.values())
        return result

    def _viable(self, candidates: tuple[IndexedTerm, ...], pair: tuple[frozenset[str], frozenset[str]]) -> tuple:
        """(term, its length in tokens, its concept, its term, approved?) for the candidates
        that the next word does not rule out: longest first, then by concept and term, which
        is the order matches are reported in, so matches found in text order need no sort.
        Ties are broken by concept and term so that the same text gives the same findings in
        every process: the order keys come out of a set in changes with the hash seed."""
        survivors = sorted((c for c in candidates if len(c.tokens) == 1 or c.tokens[1] & pair[1]),
                           key=lambda c: (-len(c.tokens), c.concept, c.term.text))
        return tuple((c, len(c.tokens), c.concept, c.term, c.term.status.approved) for c in survivors)

    def match(self, text: str, tokens: Tokens | None = None) -> list[TermMatch]:
        """Every occurrence of every term in `text`, in text order."""
        tokens = self.analyse(text) if tokens is None else tokens
        matches: list[TermMatch] = []
        keys, bounds = tokens.keys, tokens.bounds
        count = len(keys)
        starting = self.starting
        # Most words start no term: the word's candidates (cached per word) are looked up in
        # C, and only positions with some are visited.
        found = list(map(starting.get, keys))
        if None in found:
            found = [f if f is not None else self._candidates(k) for f, k in zip(found, keys)]
        following, viable = self.following, self._viable
        for position in compress(range(count), found):
            # The terms that survive the next word too, cached per pair of words: frequent
            # words (`the`, `de`, `по`) start many terms, and few pairs start any.
            pair = (keys[position], keys[position + 1] if position + 1 < count else _END)
            survivors = following.get(pair)
            if survivors is None:
                survivors = following.put(pair, viable(found[position], pair))
            start = bounds[2 * position]
            for indexed, length, concept, term, approved in survivors:
                last = position + length - 1
                if last >= count:
                    continue
                if length < 3 or not any(map(frozenset.isdisjoint, indexed.tokens[2:], keys[position + 2:last + 1])):
                    matches.append(TermMatch(indexed, start, bounds[2 * last + 1], position, last, concept, term, approved))
        if self.patterns:
            found_by_pattern = [TermMatch.of(indexed, found.start(), found.end(), -1, -1)
                                for indexed in self.patterns for found in indexed.pattern.finditer(text)]
            if found_by_pattern:
                # Ties broken by concept and term, so that the same text gives the same findings
                # in every process (the order keys come out of a set in changes with the hash seed).
                matches += found_by_pattern
                matches.sort(key=lambda m: (m.start, -(m.end - m.start), m.concept, m.term.text))
        return matches


_SENTENCE_END = frozenset(".;!?。；！？؛؟")
_END: frozenset[str] = frozenset()  # the "next word" after the last one: matches nothing
_PUNCTUATION = re.compile(r"[,.;:!?()\[\]«»“”\"،؛؟，。；：、]")


@lru_cache(maxsize=1024)
def _gapped_expression(term: str, gap: str) -> re.Pattern[str]:
    """The term with `gap` allowed at any one place between two of its characters."""
    return re.compile("|".join(f"{re.escape(term[:cut])}(?:{gap}){re.escape(term[cut:])}" for cut in range(1, len(term))))


def _allowed_gap(language):
    """What may stand between two words of a term in the language, as a test of the words
    between (lower-cased), or None where nothing may: up to `term_gap_words` words (of the kind
    `term_gap_word` accepts), an article, or a word coordinated with the next one."""
    words_allowed, word_test = language.term_gap_words, language.term_gap_word
    articles, conjunctions = language.term_gap_articles, language.coordinating_conjunctions
    if not (words_allowed or articles or conjunctions):
        return None

    def allowed(words: list[str]) -> bool:
        return ((len(words) <= words_allowed and (word_test is None or all(map(word_test, words))))
                or (len(words) == 1 and words[0] in articles)
                or (len(words) == 2 and words[0] in conjunctions))

    return allowed


def _in_order(term: tuple[frozenset[str], ...], tokens: Tokens, allowed, longest: int, text: str,
              contractions: dict[str, str]) -> bool:
    """Whether the term's words are in the text in order, with at most `longest` words between
    two of them, only what `allowed` accepts, and no punctuation; a contraction (`des`) stands
    for its preposition (`de`) with an article."""
    keys, bounds, words = tokens.keys, tokens.bounds, tokens.words

    def fits(word: int, position: int) -> bool:
        return bool(term[word] & keys[position]) or contractions.get(words[position].lower(), "\0") in term[word]

    def rest(word: int, position: int) -> bool:
        if word == len(term):
            return True
        for following in range(position + 1, min(position + 2 + longest, len(keys))):
            if _PUNCTUATION.search(text, bounds[2 * position + 1], bounds[2 * following]):
                break
            between = [w.lower() for w in words[position + 1:following]]
            if (not between or allowed(between)) and fits(word, following) and rest(word + 1, following):
                return True
        return False

    return len(term) > 1 and any(fits(0, start) and rest(1, start) for start in range(len(keys)))

def _postposed(indexed: IndexedTerm, tokens: Tokens, text: str) -> bool:
    """Whether a term made of modifiers and their noun (`незаконно ввезенный мигрант`) is in the
    text with the modifiers after the noun, set off by at most a comma and in their own order
    (`мигранты, незаконно ввезенные морем`)."""
    term, keys, words = indexed.tokens, tokens.keys, tokens.words
    head = len(term) - 1
    if not indexed.agreement or any(h != head for _, h in indexed.agreement):
        return False
    modifiers = term[:head]
    for position in range(len(keys) - len(modifiers)):
        if not term[head] & keys[position]:
            continue
        first = position + 1 + (position + 1 < len(words) and words[position + 1] == ",")
        if first + len(modifiers) <= len(keys) and all(m & keys[first + i] for i, m in enumerate(modifiers)):
            return True
    return False


_SHORT_KINDS = ("shortForm", "acronym", "abbreviation")


def _variant(concept_id: str, term: Term) -> tuple[str, str] | None:
    """Approved terms of one concept and one kind (full forms with full forms, short forms with
    short forms, acronyms apart) are variants of each other. A plural form listed beside its
    singular (Arabic broken plurals) is a form, not a variant."""
    if not term.status.approved or term.number == "plural":
        return None
    return concept_id, term.term_type if term.term_type in _SHORT_KINDS else "full"


def effective(matches: list[TermMatch], text: str = "") -> list[TermMatch]:
    """Matches not covered by a longer match of the same concept (the full title, not its
    short form inside it); matches of other concepts inside a longer one are kept. Where two
    terms of one concept match the same words (`État partie`, `État Partie`), the one written
    as the text writes it stands for both. `matches` are `TermIndex.match`'s, in its order."""
    by_concept: dict[str, list[TermMatch]] = defaultdict(list)
    for match in matches:
        by_concept[match.concept].append(match)
    if len(by_concept) == len(matches):
        return list(matches)  # no concept found twice: nothing to cover or to choose between
    hidden = {id(m) for group in by_concept.values() if len(group) > 1 for m in covered(group)}
    kept = [m for m in matches if id(m) not in hidden] if hidden else matches
    best: dict[tuple[int, int, str], TermMatch] = {}
    for match in kept:
        key = (match.start, match.end, match.concept)
        if key not in best or _closer(match, best[key], text):
            best[key] = match
    return [m for m in kept if best[(m.start, m.end, m.concept)] is m]


def covered(matches: list[TermMatch], covering=None) -> Iterator[TermMatch]:
    """The matches a longer one covers (a longer one for which `covering(match)` is true, if
    given), in one pass: matches come sorted by start, longest first, as `match` gives them,
    so only an earlier match can cover a later one: one that starts before it and reaches its
    end, or one that starts with it and goes further."""
    reach_before = reach_here = -1  # the furthest end of matches starting before / at `start`
    start = None
    for match in matches:
        if match.start != start:
            reach_before, reach_here, start = max(reach_before, reach_here), -1, match.start
        if reach_before >= match.end or reach_here > match.end:
            yield match
        if covering is None or covering(match):
            reach_here = max(reach_here, match.end)


def _closer(match: TermMatch, other: TermMatch, text: str) -> bool:
    surface = text[match.start:match.end]
    rank = lambda m: (m.term.text == surface, m.term.status.approved, m.term.status.value == "preferred")  # noqa: E731
    return rank(match) > rank(other)


def _agreement(tokens: Tokens, russian) -> tuple[tuple[int, int], ...]:
    """Which words of a Russian term agree with its head: adjectives and participles in the
    nominative before the first noun in the nominative, agreeing with it."""
    head = None
    for index, token in enumerate(tokens):
        if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in russian.parses(token.text)):
            head = index
            break
    if head is None:
        return ()
    pairs = []
    index = head - 1
    while index >= 0:
        parses = russian.parses(tokens[index].text)
        if any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in parses):
            pairs.append((index, head))
        elif not any(p.tag.POS == "ADVB" for p in parses):
            break
        index -= 1
    return tuple(sorted(pairs))


def agrees(match: TermMatch, tokens: Tokens, russian, coordinated: bool = False) -> bool:
    """Do the words of a Russian term, as found, agree in case and number (and gender in the
    singular)? `незаконных ввоз мигрантов` does not. Where the term's first word is coordinated
    with a word before it (`государственным и частным секторами`), the head is plural for the
    two and each adjective singular: case alone must agree."""
    words = tokens.words
    return all(_pair_agrees(words[match.first + agreeing], words[match.first + head], russian, coordinated)
               for agreeing, head in match.indexed.agreement)


_AGREEMENT: dict[tuple[str, str, bool], bool] = {}


def _pair_agrees(word: str, head: str, russian, case_only: bool = False) -> bool:
    # The same pairs of words recur (`незаконного ввоза`): each pair is parsed once.
    known = _AGREEMENT.get((word, head, case_only))
    if known is None:
        head_forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in russian.parses(head) if p.tag.POS == "NOUN"}
        word_forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in russian.parses(word) if p.tag.POS in ("ADJF", "PRTF")}
        if case_only:
            known = any(w[0] == h[0] for w in word_forms for h in head_forms)
        else:
            known = any(_agree(w, h) for w in word_forms for h in head_forms)
        _AGREEMENT[(word, head, case_only)] = known
    return known


def _agree(word: tuple, head: tuple) -> bool:
    # pymorphy3 lists every case a form can be in (an inanimate accusative is also tagged
    # accusative), so agreement is plain equality of case and number, and of gender in the
    # singular.
    case, number, gender = word
    head_case, head_number, head_gender = head
    if case != head_case or number != head_number:
        return False
    return number == "plur" or gender is None or head_gender is None or gender == head_gender
