"""The term index and matcher: glossary terms found in text through the language's analyser.

Each glossary term is analysed once, by the same analyser as the text, and indexed by the keys
of its first token; matching walks the text's tokens once and only tries the terms its keys
point to, so it is linear in the text, not terms × segments. Every match is kept, nested ones
included (`Working Group on the Smuggling of Migrants` holds `smuggling of migrants`), and
`effective()` drops a match only where a longer match of the same concept covers it.
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress
from typing import NamedTuple

from pipeline.glossary.contexts import WINDOW, parse_context
from pipeline.lang import profile
from pipeline.lang.morphology import modifies_as_read, russian_head, russian_modifiers
from pipeline.lang.analysers import Tokens, analysed_as_read, analyser, exact
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
    # The term with its participle after the noun (`мигранты, незаконно ввезенные`).
    postposed: bool = False
    # Russian: (token, the cases it may be in) for the words after the head that the head
    # governs (`мигрантов` of `незаконный ввоз мигрантов`): they keep their case in the text
    # whatever the head's, and `контрабанда мигрантами наркотиков` (by migrants) is not the term.
    governed: tuple[tuple[int, frozenset[str]], ...] = ()
    # Russian: (noun, noun) of a compound whose two nouns agree (`государства-участники`): they
    # decline together (`государств-участников`), where a prefix does not (`интернет-провайдеры`).
    appositions: tuple[tuple[int, int], ...] = ()


class GappedRendering(NamedTuple):
    """An approved term found with words inside it (TermIndex.rendered_with_gap), and where:
    [start, end) from its first word to its last, and the token of each of its words (None
    where it was found by expression, in a language written without spaces)."""

    term: Term
    start: int
    end: int
    positions: tuple[int, ...] | None = None

    def holds_a_word_of(self, match: "TermMatch") -> bool:
        """Whether a word between the term's is one of `match`'s (`Conferencia de los Estados
        Partes`: `Estados` is a word of `Estados Partes`)."""
        if self.positions is None or match.first < 0:
            return False
        words = match.positions or range(match.first, match.last + 1)
        return any(self.positions[0] < word < self.positions[-1] and word not in self.positions for word in words)


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
    # Where each word of the term is, when words stand between them (a gap or coordination:
    # `контрабанды и эксплуатации мигрантов`); None when they are in a row, first to last.
    positions: tuple[int, ...] | None = None

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
        self._compounds: dict[str, bool] = {}  # opens_a_term's answers
        # The terms that survive a pair of words (see match), per pair met.
        self.following: TextCache[tuple[frozenset[str], frozenset[str]], tuple] = TextCache(size=200_000)
        language = profile(lang)
        self._allowed = _allowed_gap(language)
        self._allowed_rejected = _allowed_gap(language, strict=True)
        # (a name takes no determiner inside: `конференция этих сторон` is no `Конференция Сторон`)
        self._allowed_rejected_name = _allowed_gap(language, strict=True, name=True)
        self._rejected_gap_word = language.rejected_term_gap_word  # (`контрабандой этих мигрантов`)
        self._longest_gap = max(language.term_gap_words, 8)
        self._conjunctions = language.coordinating_conjunctions
        self._articles = language.term_gap_articles
        self._prefixes = language.coordinating_prefixes
        self._word_openers = bool(self._articles or self._prefixes)  # gaps opened by words, not only conjunctions
        self._term_gap = language.term_gap
        self._rejected_term_gap = language.rejected_term_gap or language.term_gap
        self._governs = language.agreement  # Russian: a governed word keeps its case (IndexedTerm.governed)
        self._proclitic = language.proclitic_length
        self._gapped_rejected: list[IndexedTerm] = []  # filled as terms are added
        terms = [(concept.id, term) for glossary in glossaries for concept in glossary.concepts for term in concept.terms_in(lang)]
        # A group with one term has no variants to be inconsistent with: its terms get no group,
        # and TERM004 passes their matches by (most concepts have one full form per language).
        members: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._gender_forms = _gender_forms(terms)
        self._short_forms = _leading_words(terms)
        for concept_id, term in terms:
            group = self._variant_group(concept_id, term)
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
        tokens = self.analyse(term.text)
        if not tokens:
            return
        if term.case_sensitive:
            keys = tuple(frozenset({exact(t.text)}) for t in tokens)
        else:
            keys = tuple(map(_term_keys, tokens))
            head_keys = getattr(self.analyser, "head_keys", None)
            if head_keys is not None:
                keys = (head_keys(tokens[0].text), *keys[1:])
        agreement = _agreement(tokens, self.analyser) if profile(self.lang).agreement else ()
        governed = _governed(tokens, self.analyser) if profile(self.lang).agreement else ()
        appositions = _appositions(tokens, self.analyser) if profile(self.lang).agreement else ()
        contexts = tuple(self._context(written) for written in term.contexts) if not term.status.approved else ()
        indexed = IndexedTerm(concept_id, term, keys, None, agreement, self._group(concept_id, term), contexts,
                              governed=governed, appositions=appositions)
        self.terms.append(indexed)
        if self._term_gap and not term.status.approved and len(term.text) > 1:
            self._gapped_rejected.append(indexed)
        for key in keys[0]:
            self.by_first_key[key].append(indexed)
        postposed = self._postposed(tokens, keys, agreement) or self._preposed(tokens, keys, agreement)
        if postposed is not None:
            # The same term with its participle on the noun's other side, found by the same walk.
            reordered = IndexedTerm(concept_id, term, postposed[0], None, postposed[1], indexed.variant, contexts, postposed=True)
            self.terms.append(reordered)
            for key in postposed[0][0]:
                self.by_first_key[key].append(reordered)

    def _preposed(self, tokens: Tokens, keys: tuple, agreement: tuple):
        """The keys and agreement of a term the glossary writes with its participle's phrase
        after the noun and a comma (`лицо, занимающееся незаконным ввозом мигрантов`), in the
        other order (`занимающиеся незаконным ввозом мигрантов лица`); None for other terms."""
        language = profile(self.lang)
        if language.postposed_participle is None or not agreement:
            return None
        head = min(h for _, h in agreement)
        after = [index for index, h in agreement if h == head and index > head]
        if not after or after[0] != head + 2 or keys[head + 1] != frozenset({","}) or head != 0:
            return None
        phrase = keys[head + 2:]
        order = (*phrase, keys[head])

        def placed(index: int) -> int:
            return len(phrase) if index == head else index - head - 2

        return order, tuple((placed(index), placed(h)) for index, h in agreement)

    def _postposed(self, tokens: Tokens, keys: tuple, agreement: tuple):
        """The keys and agreement of a term whose participle may follow its noun (the
        language's `postposed_participle`): `незаконно ввезенный мигрант` as `мигранты,
        незаконно ввезенные`, `smuggled migrant` as `migrants smuggled`; None for other terms."""
        language = profile(self.lang)
        if language.postposed_participle is None or len(keys) < 2:
            return None
        head = len(keys) - 1
        if agreement and any(h != head for _, h in agreement):
            return None
        if not agreement and len(keys) != 2:
            return None
        # The adjectives right before the noun stay before it; the participle's phrase before
        # them moves after it (`не имеющая выхода к морю развивающаяся страна` as
        # `развивающаяся страна, не имеющая выхода к морю`).
        agreeing = {index for index, _ in agreement}
        kept = head
        while kept - 1 in agreeing:
            kept -= 1
        if not any(language.postposed_participle(tokens[i].text) for i in range(kept)):
            # No participle before the adjectives: the first of them is one with its words
            # before it, or alone (`незаконно ввезенный мигрант`, `ввезенный мигрант`), all moved.
            if kept == head or not language.postposed_participle(tokens[kept].text):
                return None
            kept = head
        comma = (frozenset({","}),) if language.postposed_after_comma else ()
        moved = head - kept + 1 + len(comma)  # where the phrase begins in the new order

        def placed(index: int) -> int:
            return index - kept if index >= kept else moved + index

        return ((*keys[kept:head], keys[head], *comma, *keys[:kept]),
                tuple((placed(index), placed(head)) for index, _ in agreement))

    def _context(self, written: str) -> tuple[str, tuple[frozenset[str], ...]]:
        rule = parse_context(written)
        return rule.relation, tuple(map(_term_keys, self.analyse(rule.phrase)))

    def allowed_by_context(self, match: TermMatch, tokens: Tokens, near: dict | None = None) -> bool:
        """Whether one of the matched term's context rules holds where it was found: «Конференция
        Сторон Конвенции о биологическом разнообразии» is another convention's conference."""
        if match.first < 0:
            return False  # found by expression: no words to look around
        keys, words, term = tokens.keys, tokens.words, match.indexed.tokens

        def at(start: int, phrase) -> bool:
            return 0 <= start and start + len(phrase) <= len(keys) and all(k & keys[start + i] for i, k in enumerate(phrase))

        for relation, phrase in match.indexed.contexts:
            if not phrase:
                continue
            if relation == "near":
                # Anywhere in the entry: the same for every match in it, found once (`near`
                # holds the answers for one text; without it, a text with many matches was
                # read once per match).
                found = near.get(phrase) if near is not None else None
                if found is None:
                    found = any(at(start, phrase) for start in range(len(keys)))
                    if near is not None:
                        near[phrase] = found
                if found:
                    return True
                continue
            if relation == "immediately followed by":
                if at(match.last + 1, phrase):
                    return True
                continue
            if relation == "immediately preceded by":
                if at(match.first - len(phrase), phrase):
                    return True
                continue
            # Word by word away from the term, up to the window or the end of the sentence.
            step = 1 if relation == "followed by" else -1
            position = match.last + 1 if step == 1 else match.first - 1
            for _ in range(WINDOW):
                if not 0 <= position < len(keys) or words[position] in _SENTENCE_END:
                    break
                if term and at(position if step == 1 else position - len(term) + 1, term):
                    break  # the term again: what follows is that one's context («между Конференцией Сторон X и Конференцией Сторон Y»)
                if at(position if step == 1 else position - len(phrase) + 1, phrase):
                    return True
                position += step
        return False

    def _variant_group(self, concept_id: str, term: Term) -> tuple[str, str] | None:
        return _variant(concept_id, term, (concept_id, term.text) in self._gender_forms,
                        (concept_id, term.text) in self._short_forms)

    def _group(self, concept_id: str, term: Term) -> tuple[str, str] | None:
        group = self._variant_group(concept_id, term)
        return group if group in self.variant_groups else None

    def analyse(self, text: str) -> Tokens:
        return analysed_as_read(self.analyser.analyse, text)

    @cached_property
    def _opening_keys(self) -> frozenset[tuple[str, str]]:
        """Every pair of keys the first two words of a term may have (`migrant`, `smuggling`)."""
        return frozenset((first, second) for indexed in self.terms if len(indexed.tokens) > 1
                         for first in indexed.tokens[0] for second in indexed.tokens[1])

    def opens_a_term(self, compound: str) -> bool:
        """Whether two words a hyphen joins (`migrant-smuggling`, `smuggling-of-migrants`) may be
        the first two words of a term, read as words: cheap enough to ask before matching a
        text again with its hyphens read as spaces (checks/context.py), which most compounds
        (`follow-up`, `in-person`) need not. Asked once per compound."""
        known = self._compounds.get(compound)
        if known is None:
            keys = self.analyse(compound.replace("-", " ")).keys
            pairs = self._opening_keys
            known = self._compounds[compound] = any((first, second) in pairs for before, after in zip(keys, keys[1:])
                                                    for first in before for second in after)
        return known

    def approved_of(self, concept: str) -> list[IndexedTerm]:
        """The concept's approved terms that are words (not patterns), found once per concept."""
        if concept not in self._approved:
            self._approved[concept] = [t for t in self.terms if t.concept == concept and t.term.status.approved and t.pattern is None]
        return self._approved[concept]

    def rendered_with_gap(self, concept: str, text: str, tokens: Tokens) -> "GappedRendering | None":
        """The approved term of the concept (the preferred first) that is in the text with words
        inside it that the language lets stand there (LanguageProfile.term_gap_words,
        term_gap, coordination): `اللغات الرسمية الست للأمم المتحدة` renders `اللغات الرسمية
        للأمم المتحدة`; None if none is. Asked only where TERM001 or TERM003 would report the
        concept, so the matcher itself stays linear. With the term, where in the text it is, from
        its first word to its last."""
        allowed, gap = self._allowed, self._term_gap
        if not gap and allowed is None:
            return None
        for indexed in sorted(self.approved_of(concept), key=lambda t: t.term.status.value != "preferred"):
            found = _gapped_expression(indexed.term.text, gap).search(text) if gap else None
            if found:
                return GappedRendering(indexed.term, found.start(), found.end())
            if allowed is not None and len(indexed.tokens) > 1:
                for start in range(len(tokens.keys)):
                    positions = _positions_from(indexed.tokens, tokens, allowed, self._longest_gap, text, start)
                    # (the words its head governs in their cases, as the matcher asks: `незаконный
                    # ввоз мигрантам` is no rendering of `незаконный ввоз мигрантов`; and its
                    # modifiers agreeing with their noun: in `Незаконно ввезенных товаров у
                    # мигранта` the participle is the goods', the words between no complement of it)
                    if positions is None or not _governed_kept(indexed, positions, tokens, self.analyser):
                        continue
                    found = GappedRendering(indexed.term, tokens.bounds[2 * positions[0]], tokens.bounds[2 * positions[-1] + 1],
                                            positions)
                    if indexed.agreement and not _gap_agrees(indexed, positions, tokens, self.analyser):
                        continue
                    return found
        return None

    def _from_its_first_letter(self, match: TermMatch, tokens: Tokens) -> TermMatch:
        """The match from the term's first letter, the proclitics before it left out (Arabic:
        `والجريمة المنظمة` is found as `الجريمة المنظمة`, after the conjunction)."""
        if match.first < 0 or match.indexed.postposed:
            return match
        cut = self._proclitic(tokens.words[match.first], match.term.text.split(maxsplit=1)[0])
        return match._replace(start=match.start + cut) if cut else match

    def _candidates(self, keys: frozenset[str]) -> tuple[IndexedTerm, ...]:
        """The terms whose first word one of these keys may be, each once. Analysers give one
        frozenset per distinct word, so this runs once per word, not once per token."""
        found: dict[int, IndexedTerm] = {}
        for key in keys:
            for indexed in self.by_first_key.get(key, ()):
                found.setdefault(id(indexed), indexed)
        self.starting[keys] = result = tuple(found.values())
        return result

    def _add_gapped_rejected(self, text: str, matches: list[TermMatch]) -> bool:
        """In a language written without spaces, the rejected terms with what may stand inside
        a term (`term_gap`: 人口和枪支走私 is 人口走私), found by expression; whether any was."""
        found = False
        for indexed in self._gapped_rejected:
            for hit in _gapped_expression(indexed.term.text, self._rejected_term_gap).finditer(text):
                # Words stand inside it, where is not known by token: positions ().
                matches.append(TermMatch.of(indexed, hit.start(), hit.end(), -1, -1)._replace(positions=()))
                found = True
        return found

    def _opens_gap(self, tokens: Tokens, index: int) -> bool:
        """Whether a gap the matcher looks for may start at `index` or have its second word
        there: a conjunction, an article, a word beginning with a conjunction (Arabic و), or a
        comma (an enumeration). Languages whose gaps need a conjunction (Russian) are tested in
        C first, by `match`, and look for enumerations only where a conjunction is next."""
        for at in (index, index + 1):
            if at < len(tokens.keys):
                if not self._conjunctions.isdisjoint(tokens.keys[at]):
                    return True
                word = tokens.words[at]
                if (self._articles and word.lower() in self._articles) or (self._prefixes and word.startswith(self._prefixes)) \
                        or word in _COMMAS:
                    return True
        return False

    def _determiner_at(self, tokens: Tokens, index: int) -> bool:
        """Whether the word at `index` may stand inside a rejected term (LanguageProfile.
        rejected_term_gap_word: `незаконного провоза таких мигрантов`)."""
        return self._rejected_gap_word is not None and index < len(tokens.words) and \
            self._rejected_gap_word(tokens.words[index].lower())

    def _gapped(self, candidates: tuple[IndexedTerm, ...], position: int, tokens: Tokens, text: str,
                broken: int = 1) -> list[TermMatch]:
        """The candidates found from `position` with a coordination or an article inside them,
        (`broken`: the term's word that was not next, where the gap starts)."""
        found = []
        for indexed in candidates:
            approved = indexed.term.status.approved
            allowed = (self._allowed if approved else self._allowed_rejected_name if indexed.term.text[:1].isupper()
                       else self._allowed_rejected)
            if allowed is None:
                continue
            positions = _positions_from(indexed.tokens, tokens, allowed, self._longest_gap, text, position)
            if positions is not None:
                bounds = tokens.bounds
                found.append(TermMatch(indexed, bounds[2 * position], bounds[2 * positions[-1] + 1], position, positions[-1],
                                       indexed.concept, indexed.term, approved, positions))
        return found

    def _viable(self, candidates: tuple[IndexedTerm, ...], pair: tuple[frozenset[str], frozenset[str]]) -> tuple:
        """(term, its length in tokens, its concept, its term, approved?) for the candidates
        that the next word does not rule out: longest first, then by concept and term, which
        is the order matches are reported in, so matches found in text order need no sort.
        Ties are broken by concept and term so that the same text gives the same findings in
        every process: the order keys come out of a set in changes with the hash seed.
        Then, apart, the candidates the next word rules out that may yet be there with words
        inside them (see `_gap_tolerant`)."""
        survivors = sorted((c for c in candidates if len(c.tokens) == 1 or c.tokens[1] & pair[1]),
                           key=lambda c: (-len(c.tokens), c.concept, c.term.text))
        gapped = tuple(c for c in candidates if len(c.tokens) > 1 and not c.tokens[1] & pair[1] and self._gap_tolerant(c, pair[1]))
        return tuple((c, len(c.tokens), c.concept, c.term, c.term.status.approved) for c in survivors), gapped

    def _gap_tolerant(self, indexed: IndexedTerm, following: frozenset[str]) -> bool:
        """Whether to look for a term with words inside it in the matcher itself, not only
        where TERM001 asks (rendered_with_gap): a rejected term, which TERM002 must find
        however it is written (`trafic illicite et contrebande de migrants`), and a term whose
        words agree, coordinated (`технической и финансовую помощь`), for TERM005. Rare
        terms and rare places: the walk stays linear."""
        if self._allowed is None:
            return False
        return not indexed.term.status.approved or bool(following & self._conjunctions)

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
        unsorted = False  # a match with words inside it may end after later ones: sorted at the end
        # Whether terms may have words inside them here (a language with gaps the matcher looks
        # for: coordination, an article; see _gapped).
        gaps = self._allowed is not None
        word_openers, free = self._word_openers, self._conjunctions.isdisjoint
        for position in compress(range(count), found):
            # The terms that survive the next word too, cached per pair of words: frequent
            # words (`the`, `de`, `по`) start many terms, and few pairs start any.
            pair = (keys[position], keys[position + 1] if position + 1 < count else _END)
            known = following.get(pair)
            if known is None:
                known = following.put(pair, viable(found[position], pair))
            survivors, gapped = known
            if gapped and (self._opens_gap(tokens, position + 1) if word_openers else not all(map(free, keys[position + 1:position + 3]))
                           or self._determiner_at(tokens, position + 1)):
                found_gapped = self._gapped(gapped, position, tokens, text)
                if found_gapped:
                    matches += found_gapped
                    unsorted = True
            start = bounds[2 * position]
            for indexed, length, concept, term, approved in survivors:
                last = position + length - 1
                if last >= count:
                    continue
                if length < 3 or not any(map(frozenset.isdisjoint, indexed.tokens[2:], keys[position + 2:last + 1])):
                    matches.append(TermMatch(indexed, start, bounds[2 * last + 1], position, last, concept, term, approved))
                elif gaps and (word_openers or not all(map(free, keys[position + 2:last + 2]))
                               or not approved and self._rejected_gap_word is not None):
                    # Its first two words are here, the rest not in a row: words inside it, where
                    # the gap starts with a conjunction or an article or has one second? (Most
                    # languages' gaps need a conjunction: one test in C rules most places out.)
                    broken = 2 + list(map(frozenset.isdisjoint, indexed.tokens[2:], keys[position + 2:last + 1])).index(True)
                    if self._opens_gap(tokens, position + broken) or not approved and self._determiner_at(tokens, position + broken):
                        found_gapped = self._gapped((indexed,), position, tokens, text, broken)
                        if found_gapped:
                            matches += found_gapped
                            unsorted = True
        if self._gapped_rejected:
            unsorted = self._add_gapped_rejected(text, matches) or unsorted
        if unsorted:
            matches.sort(key=lambda m: (m.start, -(m.end - m.start), m.concept, m.term.text))
        if matches and self._proclitic is not None:
            matches = [self._from_its_first_letter(m, tokens) for m in matches]
        if matches and self._governs:
            matches = [m for m in matches if not m.indexed.governed or _keeps_government(m, tokens, self.analyser)]
        if self.patterns:
            found_by_pattern = [TermMatch.of(indexed, found.start(), found.end(), -1, -1)
                                for indexed in self.patterns for found in indexed.pattern.finditer(text)]
            if found_by_pattern:
                # Ties broken by concept and term, so that the same text gives the same findings
                # in every process (the order keys come out of a set in changes with the hash seed).
                matches += found_by_pattern
                matches.sort(key=lambda m: (m.start, -(m.end - m.start), m.concept, m.term.text))
        return matches


# The term indexes this process has built, by the identity of their glossaries (frozen, and the
# same object for the same file and content: load_glossary) and their language. Building one
# analyses every term of the language (~20 ms to ~0.2 s); a process handed the same glossaries
# again (`hexaglot run`'s check and report, a program or test calling main() many times, the
# glossary commands) builds it once. The glossaries are kept with their index, so that their
# ids are not reused for others while the index is kept. An index only caches what its answers
# are made of (TermIndex.following): it answers a text the same whoever asked before.
_BUILT: OrderedDict[tuple[tuple[int, ...], str], tuple[tuple[Glossary, ...], TermIndex]] = OrderedDict()
_BUILT_KEPT = 12  # two sets of glossaries in the six languages


def term_index(glossaries: Iterable[Glossary], lang: str) -> TermIndex:
    """The term index of these glossaries in a language: the one built before if there is one."""
    glossaries = tuple(glossaries)
    key = (tuple(map(id, glossaries)), lang)
    kept = _BUILT.get(key)
    if kept is not None:
        _BUILT.move_to_end(key)
        return kept[1]
    index = TermIndex(glossaries, lang)
    _BUILT[key] = (glossaries, index)
    if len(_BUILT) > _BUILT_KEPT:
        _BUILT.popitem(last=False)
    return index


def _term_keys(token) -> frozenset[str]:
    """The keys a word of a term (or of a context rule's phrase) is matched by: its readings,
    not its exact form (`=`), which only case-sensitive terms use."""
    return frozenset(k for k in token.keys if not k.startswith("=")) or token.keys


_SENTENCE_END = frozenset(".;!?。；！？؛؟")
_END: frozenset[str] = frozenset()  # the "next word" after the last one: matches nothing
# What ends the search for a term's next word; a comma only ends it outside an enumeration
# (`tráfico de drogas, de armas de fuego y de personas`, see _coordinated).
_PUNCTUATION = re.compile(r"[.;:!?()\[\]«»“”\"؛؟。；：]")
_COMMAS = frozenset(",،，、")


@lru_cache(maxsize=1024)
def _gapped_expression(term: str, gap: str) -> re.Pattern[str]:
    """The term with `gap` allowed at any one place between two of its characters."""
    return re.compile("|".join(f"{re.escape(term[:cut])}(?:{gap}){re.escape(term[cut:])}" for cut in range(1, len(term))))


def _allowed_gap(language, strict: bool = False, name: bool = False):
    """What may stand between two words of a term in the language, as a test of the words
    between (lower-cased) and the term's words on either side, or None where nothing may: up
    to `term_gap_words` words (of the kind `term_gap_word` accepts), an article, a word
    coordinated with the next one, or a participle's complement (`незаконно ввезенные в страну
    мигранты`). `strict`: words of any kind are not enough (a rejected term is looked for
    with gaps in the matcher itself, and `Протокол против незаконного ввоза мигрантов` is not
    `Протокол против ввоза мигрантов`): only an article or coordination may stand inside it."""
    words_allowed, word_test = language.term_gap_words, language.term_gap_word
    complement = language.participle_complement_words
    if strict:
        # A rejected term is often the approved one less a word (`Протокол против ввоза
        # мигрантов`): a word inside it would make the approved term the variant; but not a
        # determiner (`контрабандой этих мигрантов`).
        complement = 0
        determiner = language.rejected_term_gap_word if not name else None
        words_allowed, word_test = (1, determiner) if determiner else (0, None)
    articles, conjunctions = language.term_gap_articles, language.coordinating_conjunctions
    prefixes, participle = language.coordinating_prefixes, language.postposed_participle
    phrase = re.compile(language.term_gap_phrase) if language.term_gap_phrase and not strict else None
    if not (words_allowed or articles or conjunctions or prefixes or complement or phrase):
        return None

    def allowed(words: list[str], previous: str, following: str, after_head: bool = False) -> bool:
        if _COMMAS.intersection(words):
            return _coordinated(words, previous, following, language, enumeration=True)  # a comma only in an enumeration
        # The set tests first: the word tests may parse (pymorphy3).
        return ((len(words) == 1 and words[0] in articles)
                or _coordinated(words, previous, following, language, after_head=after_head)
                or (len(words) <= words_allowed and (word_test is None or all(map(word_test, words))))
                or (len(words) <= 2 and following.startswith(prefixes) if prefixes else False)
                or (len(words) <= complement and participle is not None and participle(previous))
                or (phrase is not None and phrase.fullmatch(" ".join(words)) is not None))

    return allowed


def _coordinated(words: list[str], previous: str, following: str, language, enumeration: bool = False,
                 after_head: bool = False) -> bool:
    """Whether the words between two of a term's words coordinate another with the term's,
    sharing its head or its dependent: the conjunction first and one word (with its article)
    alike the term's word before (`финансовых и телекоммуникационных услуг`, `cross-border and
    judicial cooperation`, `l'entrée et le séjour illégaux`); or the conjunction last, perhaps
    with the term's preposition again, after up to three words alike the term's word after
    (`les secteurs public et privé`, `contrebande de marchandises et de migrants`, `proveedores
    de servicios de telefonía móvil y de Internet`); an enumeration ends as the latter does
    (`tráfico de drogas, de armas de fuego y de personas`). A conjunction with other words after
    it starts another phrase: `Конференция и заинтересованные стороны` (a noun and an
    adjective are not alike), `el tráfico de armas y las personas`, `незаконный провоз товаров
    и незаконный ввоз мигрантов` are not the term."""
    conjunctions, alike = language.coordinating_conjunctions, language.coordinated_alike
    if not conjunctions:
        return False
    items = [word for word in words if word not in _COMMAS]
    if words[0] in conjunctions and not enumeration:
        rest = words[1:]
        # (with its article, or, after a modifier of the term, its preposition: `financieras y
        # de armas ilícitas`; not after its first word, the head in French and Spanish:
        # `Cooperación y de Asistencia Internacional` coordinates no `cooperación internacional`)
        if len(rest) == 2 and (rest[0] in language.term_gap_articles or (rest[0] in language.slot_prepositions and not after_head)):
            rest = rest[1:]
        return len(rest) == 1 and (alike is None or alike(previous, rest[0]))
    end = len(words) - 1
    if words[end] not in conjunctions:
        # (the term's preposition said again after the conjunction: `por tierra y por mar`)
        if end < 1 or (words[end] not in language.slot_prepositions and words[end] != previous) or words[end - 1] not in conjunctions:
            return False
        end -= 1
    before = [word for word in words[:end] if word not in _COMMAS]
    if not before or any(word in conjunctions for word in before) and not enumeration:
        return False
    if len(before) > (7 if enumeration else 3) or not 2 <= len(items) <= (8 if enumeration else 4):
        return False
    return alike is None or alike(before[-1], following.lower())


def _positions_from(term: tuple[frozenset[str], ...], tokens: Tokens, allowed, longest: int, text: str,
                    start: int) -> tuple[int, ...] | None:
    """Where the term's words are in the text, the first at `start`, with words between them as
    rendered_with_gap allows (at most `longest` words between two of them, only what `allowed`
    accepts, and no punctuation); None where they are not."""
    if not term[0] & tokens.keys[start]:
        return None
    found = _rest_of(term, 1, start, tokens, allowed, longest, text, {})
    return (start, *found) if found is not None else None


def _rest_of(term, word: int, position: int, tokens: Tokens, allowed, longest: int, text: str,
             known: dict) -> tuple[int, ...] | None:
    # A function of its own, not a closure that calls itself: such a closure is a reference
    # cycle, left for the garbage collector at every call. `known` holds the answers for
    # (word, position) met: a text that repeats a term's words (`ввоз ввоз ввоз и ...`) would
    # otherwise be searched along every path, exponentially.
    if word == len(term):
        return ()
    if (word, position) in known:
        return known[word, position]
    known[word, position] = result = _search_rest(term, word, position, tokens, allowed, longest, text, known)
    return result


def _search_rest(term, word: int, position: int, tokens: Tokens, allowed, longest: int, text: str,
                 known: dict) -> tuple[int, ...] | None:
    keys, bounds, words = tokens.keys, tokens.bounds, tokens.words
    for following in range(position + 1, min(position + 2 + longest, len(keys))):
        # Punctuation ends the search: looked for in what this step adds (the word before and
        # the space after it), so that the text is read once.
        if _PUNCTUATION.search(text, bounds[2 * position + 1] if following == position + 1 else bounds[2 * following - 2],
                               bounds[2 * following]):
            break
        if not term[word] & keys[following]:
            continue
        between = [w.lower() for w in words[position + 1:following]]
        if not between or allowed(between, words[position].lower(), words[following], after_head=word == 1):
            found = _rest_of(term, word + 1, following, tokens, allowed, longest, text, known)
            if found is not None:
                return (following, *found)
    return None


_SHORT_KINDS = ("shortForm", "acronym", "abbreviation")


def _variant(concept_id: str, term: Term, gender_form: bool = False, short_form: bool = False) -> tuple[str, str] | None:
    """Approved terms of one concept and one kind (full forms with full forms, short forms with
    short forms, acronyms apart) are variants of each other. A plural form listed beside its
    singular (Arabic broken plurals) is a form, not a variant; nor is one of a title's two
    genders of the other (`gender_form`, _gender_forms: `Rapporteur spécial`, `Rapporteuse
    spéciale`): which one a sentence takes is who holds the office, not a choice. A term of no
    type that is another's leading words (`short_form`, _leading_words) is a short form."""
    if not term.status.approved or term.number == "plural":
        return None
    kind = term.term_type if term.term_type in _SHORT_KINDS else "shortForm" if short_form else "full"
    # The feminine apart; the masculine stays among the concept's variants (`Directeur général`
    # beside `Directeur exécutif` is still one).
    return concept_id, f"{kind}/feminine" if gender_form and term.gender == "feminine" else kind


def _approved_by_concept(terms: list[tuple[str, Term]]) -> dict[str, list[Term]]:
    """The approved terms of each concept (the index's terms: of one language)."""
    by_concept: dict[str, list[Term]] = defaultdict(list)
    for concept_id, term in terms:
        if term.status.approved:
            by_concept[concept_id].append(term)
    return by_concept


def _leading_words(terms: list[tuple[str, Term]]) -> frozenset[tuple[str, str]]:
    """The (concept, term) of each approved term of no type that is the leading words of another
    approved term of its concept and language (`Сендайская рамочная программа` of `Сендайская
    рамочная программа по снижению риска бедствий на 2015–2030 годы`): the short form UN texts
    use after the full title's first mention, not a variant of it, whether or not the glossary
    says so (a list of terms gives no types)."""
    short = set()
    for concept_id, approved in _approved_by_concept(terms).items():
        for term in approved:
            words = term.text.lower().split()
            if not term.term_type and any(len(other.text.split()) > len(words) and other.text.lower().split()[:len(words)] == words
                                          for other in approved if other is not term):
                short.add((concept_id, term.text))
    return frozenset(short)


def _gender_forms(terms: list[tuple[str, Term]]) -> frozenset[tuple[str, str]]:
    """The (concept, term) of each approved term that has, in its concept and language, an
    approved term marked feminine that is its own words in the other gender (each word of one
    opening as the other's does: `Rapporteur spécial`, `Rapporteuse spéciale`; `المقرر الخاص`,
    `المقررة الخاصة`). A gender marked on two different nouns (`торговля людьми`, feminine,
    `траффикинг`, masculine, as IATE marks every noun) is no such pair."""
    forms = set()
    for concept_id, approved in _approved_by_concept(terms).items():
        for feminine in (term for term in approved if term.gender == "feminine"):
            for other in approved:
                if other is not feminine and other.gender != "feminine" and _same_words_in_another_gender(feminine.text, other.text):
                    forms.update({(concept_id, feminine.text), (concept_id, other.text)})
    return frozenset(forms)


def _same_words_in_another_gender(one: str, other: str) -> bool:
    """Each word of one opening as the other's does, by three letters and half the shorter
    word at least (`Alto`/`Alta`, `Jefe`/`Jefa`, `Rapporteur`/`Rapporteuse`)."""
    ours, theirs = one.lower().split(), other.lower().split()

    def common(a: str, b: str) -> int:
        return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))

    return len(ours) == len(theirs) and all(
        common(a, b) >= max(3, min(len(a), len(b)) // 2) or a == b for a, b in zip(ours, theirs))


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
    # A match with words inside it around one of the same concept in a row is that one read
    # too far (`firearms trafficking and trafficking in persons`): the one in a row stands.
    hidden.update(id(m) for group in by_concept.values() if len(group) > 1 for m in group
                  if m.positions is not None and any(o.positions is None and m.start <= o.start and o.end <= m.end for o in group))
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
        if (covering is None or covering(match)) and match.positions is None:
            # A term with words inside it covers its own words, not what stands between them
            # (`незаконного ввоза и незаконного провоза мигрантов` holds the variant too).
            reach_here = max(reach_here, match.end)


def _closer(match: TermMatch, other: TermMatch, text: str) -> bool:
    surface = text[match.start:match.end]
    capitals = capitals_of(surface)
    rank = lambda m: (m.term.text == surface, capitals is not None and capitals_of(m.term.text) == capitals,  # noqa: E731
                      m.term.status.approved, m.term.status.value == "preferred")
    return rank(match) > rank(other)


def capitals_of(text: str) -> tuple[bool, ...] | None:
    """Whether each word of `text` opens with a capital: `États Parties` is written as `État
    Partie` is, an inflected form of it, not of `État partie` (TERM004 counted the treaty's
    plural as the other variant). None for a text in capitals throughout (`ÉTATS PARTIES`, a
    heading), which tells nothing of it."""
    if text.upper() == text:
        return None
    return tuple(word[:1].isupper() for word in text.split())


def _agreement(tokens: Tokens, russian) -> tuple[tuple[int, int], ...]:
    """Which words of a Russian term agree with its head noun (lang/morphology.py: the
    adjectives and participles in the nominative before it, a participle across its
    complement, one after the noun's comma), as (word, head) pairs."""
    parses = [russian.parses(token.text) for token in tokens]
    head = russian_head(parses)
    if head is None:
        return ()
    return tuple((index, head) for index, _ in russian_modifiers(
        [token.text for token in tokens], parses, head, lambda p: p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn"))


def _appositions(tokens: Tokens, russian) -> tuple[tuple[int, int], ...]:
    """The two nouns of each hyphenated compound of a Russian term that agree as the glossary
    writes them (`государства-участники`: both nominative plural), as (left, right) pairs; not
    a first part the language keeps invariable (`интернет-провайдер`)."""
    texts = [token.text for token in tokens]
    invariable = profile(russian.lang).invariable_first_parts
    return tuple((index - 1, index + 1) for index in range(1, len(texts) - 1)
                 if texts[index] in _HYPHENS and texts[index - 1].lower() not in invariable
                 and _noun_forms(texts[index - 1], russian) & _noun_forms(texts[index + 1], russian))


_HYPHENS = ("-", "\u2010", "\u2011", "\u2013")


def _noun_forms(word: str, russian) -> frozenset[tuple]:
    """(case, number) of each reading of the word as a noun."""
    return frozenset((p.tag.case, p.tag.number) for p in russian.parses(word) if p.tag.POS == "NOUN")


def _russian_head(tokens: Tokens, russian) -> int | None:
    """The head noun of a Russian term (pipeline/lang/morphology.py, as glossary inflect reads
    it)."""
    return russian_head([russian.parses(token.text) for token in tokens])


def _governed(tokens: Tokens, russian) -> tuple[tuple[int, frozenset[str]], ...]:
    """The words of a Russian term after its head noun that its head governs, with the cases
    each may be in: nouns and their adjectives with no nominative reading (`мигрантов`,
    `людьми`, `дня`); a word that may be nominative is left alone."""
    head = _russian_head(tokens, russian)
    if head is None:
        return ()
    governed = []
    for index in range(head + 1, len(tokens)):
        parses = [p for p in russian.parses(tokens[index].text) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
        cases = frozenset(str(p.tag.case) for p in parses if p.tag.case)  # str: pymorphy3's grammemes do not pickle
        if cases and "nomn" not in cases:
            governed.append((index, _with_variants(cases)))
    return tuple(governed)


def _keeps_government(match: TermMatch, tokens: Tokens, russian) -> bool:
    """Whether each governed word of the term, as found, may be in one of its cases. A word
    the dictionary does not know (a name, an abbreviation) is not judged."""
    if match.first < 0 or match.indexed.postposed:
        return True
    words, first, positions = tokens.words, match.first, match.positions
    for index, cases in match.indexed.governed:
        found = _declined_cases(russian, words[positions[index] if positions else first + index])
        if found and found.isdisjoint(cases):
            return False
    return True


def _gap_agrees(indexed, positions, tokens: Tokens, russian) -> bool:
    """Whether each modifier of a Russian term found with words inside it (rendered_with_gap)
    agrees with its noun: in case alone where a conjunction stands between them (the noun then
    plural for two, `технической и финансовой помощи`), else in number and gender too, or as
    after 2, 3 or 4 (`двух незаконно ввезенных мигрантов`)."""
    words = tokens.words
    after_numeral = positions[0] > 0 and _small_numeral(words[positions[0] - 1], russian)
    for agreeing, head in indexed.agreement:
        low, high = sorted((positions[agreeing], positions[head]))
        coordinated = not _RUSSIAN_AND_OR.isdisjoint(word.lower() for word in words[low + 1:high])
        word, noun = words[positions[agreeing]], words[positions[head]]
        if not (_pair_agrees(word, noun, russian, coordinated) or (after_numeral and _after_numeral(word, noun, russian))):
            return False
        if not coordinated and any(modifies_as_read(russian.parses(word), russian.parses(other))
                                   for other in words[low + 1:high]):
            return False  # `незаконно ввезенных товаров у мигрантов`: the participle is the goods'
    return True


def _governed_kept(indexed, positions, tokens: Tokens, russian) -> bool:
    """Whether each governed word of a term found at `positions` may be in one of its cases
    (_keeps_government, for a rendering found with words inside it). Not one with words before
    it: a head coordinated with another governs it in that one's case (`незаконный ввоз и
    торговля мигрантами`)."""
    return all(positions[index] - positions[index - 1] > 1
               or not (found := _declined_cases(russian, tokens.words[positions[index]])) or not found.isdisjoint(cases)
               for index, cases in indexed.governed)


@lru_cache(maxsize=65536)
def _declined_cases(russian, word: str) -> frozenset[str]:
    """The cases a word may be in as a noun, adjective or participle (once per word: a term's
    complement, `мигрантов`, is met in most entries)."""
    return frozenset(str(p.tag.case) for p in russian.parses(word) if p.tag.case and p.tag.POS in ("NOUN", "ADJF", "PRTF"))


def _with_variants(cases: frozenset[str]) -> frozenset[str]:
    """Cases with pymorphy3's variants of them: the second genitive (`чаю`) and locative."""
    extra = {"gent": {"gen2", "gen1"}, "loct": {"loc2", "loc1"}, "accs": {"acc2"}}
    return cases | frozenset(v for case in cases for v in extra.get(case, ()))


def agrees(match: TermMatch, tokens: Tokens, russian, coordinated: bool = False) -> bool:
    """Do the words of a Russian term, as found, agree in case and number (and gender in the
    singular)? `незаконных ввоз мигрантов` does not. Where the term's first word is coordinated
    with a word before it (`государственным и частным секторами`), the head is plural for the
    two and each adjective singular: case alone must agree, and the two coordinated words must
    share a case (`национального и международное сотрудничества` do not). After 2, 3 or 4 the
    noun is genitive singular and its adjective plural (`четыре незаконно ввезенных мигранта`)."""
    words = tokens.words
    first = match.first
    at = match.positions or range(first, match.last + 1)
    if match.positions is not None:
        coordinated = True  # words stand inside the term: `технической и финансовую помощь`
    after_numeral = first > 0 and _small_numeral(words[first - 1], russian)
    for agreeing, head in match.indexed.agreement:
        word, noun = words[at[agreeing]], words[at[head]]
        if not (_pair_agrees(word, noun, russian, coordinated) or (after_numeral and _after_numeral(word, noun, russian))):
            # A participle after its noun may belong to a noun before (`жены мигрантов,
            # незаконно ввезенные`: the wives were): then it is not this term's to judge.
            return match.indexed.postposed and any(_pair_agrees(word, other, russian) for other in words[max(0, first - 3):first])
    if not coordinated and not after_numeral and not match.indexed.postposed and not _one_reading_for_all(match, at, words, russian):
        return False  # `организованные преступной группы`: each fits a reading of the noun, not the same one
    for left, right in match.indexed.appositions:
        ours, theirs = _noun_forms(words[at[left]], russian), _noun_forms(words[at[right]], russian)
        if ours and theirs and ours.isdisjoint(theirs):
            return False  # `государств-участникам`: the compound's two nouns decline together
    if match.positions is not None and not _coordinated_inside_agree(at, words, russian):
        return False  # `национальными и региональных правозащитными учреждениями`
    if coordinated and match.indexed.agreement and first >= 2 and match.positions is None:
        partner, word = words[first - 2], words[first + match.indexed.agreement[0][0]]
        partner_forms = _forms(partner, russian, _MODIFIERS)
        if partner_forms and not any(_agree(p, w) for p in partner_forms for w in _forms(word, russian, _MODIFIERS)):
            return False  # two adjectives of one noun share its case, number and gender
    return True


_MODIFIERS = ("ADJF", "PRTF")
_RUSSIAN_AND_OR = frozenset({"и", "или"})


def _coordinated_inside_agree(at, words: list[str], russian) -> bool:
    """Where a term's adjective has another coordinated after it, inside the term (`национальными
    и региональными правозащитными учреждениями`), the two share case, number and gender, as
    two adjectives of one noun before the term do."""
    for before, after in zip(at, at[1:]):
        gap = words[before + 1:after]
        if len(gap) >= 2 and gap[0].lower() in _RUSSIAN_AND_OR:
            ours, theirs = _forms(words[before], russian, _MODIFIERS), _forms(gap[1], russian, _MODIFIERS)
            if ours and theirs and not any(_agree(one, other) for one in ours for other in theirs):
                return False
    return True


def _one_reading_for_all(match: TermMatch, at, words: list[str], russian) -> bool:
    """Whether the words that agree with one head noun all agree with one reading of it."""
    by_head: dict[int, list[int]] = {}
    for agreeing, head in match.indexed.agreement:
        by_head.setdefault(head, []).append(agreeing)
    for head, agreeing in by_head.items():
        if len(agreeing) < 2:
            continue
        readings = [forms for index in agreeing if (forms := _forms(words[at[index]], russian, _MODIFIERS))]
        head_forms = _forms(words[at[head]], russian, ("NOUN",))
        if len(readings) >= 2 and head_forms and not any(
                all(any(_agree(word, noun) for word in forms) for forms in readings) for noun in head_forms):
            return False
    return True


def may_modify(word: str, russian) -> bool:
    """Whether a word may be an adjective or a participle: the partner a term's first word is
    coordinated with (`государственным и частным секторами`), not a noun before the
    conjunction (`Государства-члены и организованные преступные группы`)."""
    return bool(_forms(word, russian, _MODIFIERS))


def _forms(word: str, russian, parts_of_speech: tuple[str, ...]) -> set[tuple]:
    """(case, number, gender, animacy) of each reading of the word as one of these parts of speech."""
    return {(p.tag.case, p.tag.number, p.tag.gender, p.tag.animacy) for p in russian.parses(word) if p.tag.POS in parts_of_speech}


def _small_numeral(word: str, russian) -> bool:
    """2, 3, 4 (and a number ending in them), and the language's words for them
    (`small_numerals`: `оба`, `полтора`): the noun after is singular."""
    if word.isdigit():
        return word[-1] in "234" and not word.endswith(("12", "13", "14"))
    # Asked of the word before every agreeing term found: parsed once per word, not once per
    # match (pymorphy3 takes ~80 µs a word; this was a sixth of checking a long Russian report).
    known = _SMALL_NUMERALS.get((russian.lang, word))
    if known is None:
        numerals = profile(russian.lang).small_numerals
        known = _SMALL_NUMERALS.put((russian.lang, word), any(p.normal_form in numerals for p in russian.parses(word)))
    return known


_SMALL_NUMERALS: TextCache[tuple[str, str], bool] = TextCache()


def _after_numeral(word: str, head: str, russian) -> bool:
    # The adjective genitive plural (nominative plural for feminine nouns, too), the noun
    # genitive singular.
    if not any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing" for p in russian.parses(head)):
        return False
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur" and p.tag.case in ("gent", "nomn")
               for p in russian.parses(word))


_AGREEMENT: dict[tuple[str, str, bool], bool] = {}


def _pair_agrees(word: str, head: str, russian, case_only: bool = False) -> bool:
    # The same pairs of words recur (`незаконного ввоза`): each pair is parsed once.
    known = _AGREEMENT.get((word, head, case_only))
    if known is None:
        head_forms, word_forms = _forms(head, russian, ("NOUN",)), _forms(word, russian, _MODIFIERS)
        if case_only:
            known = any(w[0] == h[0] and _same_animacy(w, h) for w in word_forms for h in head_forms)
        else:
            known = any(_agree(w, h) for w in word_forms for h in head_forms)
        _AGREEMENT[(word, head, case_only)] = known
    return known


def _same_animacy(word: tuple, head: tuple) -> bool:
    # An accusative adjective takes the animacy of its noun: `ввезенных мигрантов` (animate,
    # as the genitive), `ввезенные товары` (inanimate, as the nominative); `ввезенные
    # мигрантов` is no accusative at all. pymorphy3 marks the animacy of those forms only.
    return word[0] != "accs" or word[3] is None or head[3] is None or word[3] == head[3]


def _agree(word: tuple, head: tuple) -> bool:
    # pymorphy3 lists every case a form can be in (an inanimate accusative is also tagged
    # accusative), so agreement is plain equality of case and number, and of gender in the
    # singular, and of animacy in the accusative.
    case, number, gender, _ = word
    head_case, head_number, head_gender, _ = head
    if case != head_case or number != head_number or not _same_animacy(word, head):
        return False
    return number == "plur" or gender is None or head_gender is None or gender == head_gender
