"""What a check sees: one entry (or one catalog) with its term matches and values computed once."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import takewhile
from typing import NamedTuple

from pipeline.extract.segment_ids import last_list_items, list_role, may_be_in_a_list
from pipeline.lang import profile
from pipeline.model import CatalogFile, Concept, Entry, Finding, TermStatus, Verification
from pipeline.placeholders import MASK, masked
from pipeline.term_matching import TermIndex, TermMatch, effective, term_index
from pipeline.text_cache import TextCache
from pipeline.value_extraction import URL, Values, extract_values, may_hold_a_url


class Terminology:
    """The glossary concepts and one term index per language, built on first use, and the
    matches of the texts met (per process: see pipeline/text_cache.py)."""

    def __init__(self, concepts: dict[str, Concept], glossaries: tuple):
        self.concepts = concepts
        self.glossaries = glossaries
        self.indexes: dict[str, TermIndex] = {}
        # The source of one segment is the same in the five catalogs: analysed and matched once.
        self.sources = TextCache(self._match_source)
        self.targets = TextCache(self._match_target)

    @cached_property
    def _known_words(self) -> dict[str, frozenset[str]]:
        by_lang: dict[str, set[str]] = {}
        for glossary in self.glossaries:
            for lang, words in glossary.known_words:
                by_lang.setdefault(lang, set()).update(words)
            for concept in glossary.concepts:
                for term in concept.terms:
                    by_lang.setdefault(term.lang, set()).update(word.casefold() for word in re.findall(r"[^\W\d_]+", term.text))
        return {lang: frozenset(words) for lang, words in by_lang.items()}

    def known_words(self, lang: str) -> frozenset[str]:
        """The words the glossaries make known in a language: their word lists' and their
        terms' (case-folded), for the spelling signal."""
        return self._known_words.get(lang, frozenset())

    def index(self, lang: str) -> TermIndex:
        if lang not in self.indexes:
            self.indexes[lang] = term_index(self.glossaries, lang)
        return self.indexes[lang]

    def source(self, lang: str, text: str) -> list[TermMatch]:
        """The effective matches of a source."""
        return self.sources[lang, text]

    def names_another_body(self, lang: str, text: str, concept: str) -> bool:
        """Whether a source names, by the concept's short form, another treaty's body
        (_names_another_body): what the translation then names is that body, in its words."""
        index = self.index(lang)
        return any(m.concept == concept and _names_another_body(m, text, index) for m in index.match(text))

    def target(self, lang: str, text: str) -> AnalysedTarget:
        """A translation's tokens and matches. A translation met again (a heading, a table
        cell, a paragraph repeated across documents) is analysed and matched once."""
        return self.targets[lang, text]

    def _match_source(self, key: tuple[str, str]) -> list[TermMatch]:
        lang, text = key
        index = self.index(lang)
        matches = index.match(text)
        if "-" in text and any(index.opens_a_term(compound) for compound in _hyphenated(text)):
            # A compound written as one modifier (`migrant-smuggling networks`, `the
            # smuggling-of-migrants Protocol`) names its concept in a source as the words do;
            # the hyphen read as a space keeps every offset. (Not in a translation: there
            # `money laundering` for `money-laundering` is the admitted variant TERM003 names.)
            found = {(m.start, m.end, m.concept, m.term.text) for m in matches}
            matches += [m for m in index.match(_HYPHEN_IN_A_WORD.sub(" ", text))
                        if (m.start, m.end, m.concept, m.term.text) not in found]
        # A rejected term with words inside it is looked for so that TERM002 finds it in a
        # translation however it is written; in a source it names no concept: `human rights
        # and smuggling of goods` read as `human smuggling`, and TERM001 asked every version
        # for `smuggling of migrants`.
        kept = [m for m in _outside_addresses(matches, text) if m.approved or m.positions is None]
        return effective([m for m in kept if not _names_another_body(m, text, index)], text)

    def _match_target(self, key: tuple[str, str]) -> AnalysedTarget:
        lang, text = key
        index = self.index(lang)
        tokens = index.analyse(text)
        every = _outside_addresses(index.match(text, tokens), text)
        # A rejected term its context allows (another convention's «Конференция Сторон») is
        # not the variant: it leaves the matches, and renders its concept.
        near: dict = {}  # the `near` rules' answers for this text
        allowed = [m for m in every if m.indexed.contexts and index.allowed_by_context(m, tokens, near)]
        if allowed:
            left_out = {id(m) for m in allowed}
            every = [m for m in every if id(m) not in left_out]
        # Tokens are kept only where a check reads them (TERM005's agreement, in languages whose
        # terms agree with their text): a paragraph's tokens weigh kilobytes.
        return AnalysedTarget(tokens if profile(lang).agreement else None, every, effective(every, text),
                              frozenset(m.concept for m in allowed))


def _names_another_body(match: TermMatch, text: str, index: TermIndex) -> bool:
    """Whether a short form found in a source (`Conference of the Parties`) goes on as its
    concept's full form does (`… to the United Nations Convention against Transnational
    Organized Crime`) into another name: `Conference of the Parties to the Convention on
    International Trade in Endangered Species …`, `… to the United Nations Convention against
    Corruption`. That is another treaty's body, and the translation names it as that treaty
    does (`Конференция Сторон`, which the glossary rejects for the UNTOC's): TERM002 said so
    on correct text and TERM001 asked for the UNTOC's name. A name is another where the words
    part within it, or where it is a name that goes on (`Convention on …`, `Ramsar
    Convention`, an acronym); `the Conference of the Parties to the Convention` refers back."""
    short = match.term.text.casefold()
    fuller = _fuller_forms(index, match.concept, short)
    if not fuller:
        return False  # (most terms: none of their concept's begins with them)
    found = [(word.group(), word.start()) for _, word in zip(range(14), _WORD_OR_MARK.finditer(text, match.end))]
    if [w for w, _ in found[:1]] == ["("] and [w for w, _ in found[2:3]] == [")"] and found[1][0].isupper():
        found = found[3:]  # the body's acronym between (`the Conference of the Parties (COP) to the UNFCCC`)
    after = [word for word, _ in found]
    for written in fuller:
        rest = written[len(short):].split()
        for at, word in enumerate(rest):
            if at >= len(after):
                return False
            if after[at].casefold() == word.casefold():
                continue
            if not (after[at][:1].isupper() and word[:1].isupper()):
                break  # (`of the Parties, which …`: the text parts from the name before it begins)
            inside = any(earlier[:1].isupper() for earlier in rest[:at])  # (a word of the name matched)
            # (`Convention on Wetlands`, `Convention on the Conservation of …`, `Ramsar Convention`)
            then = list(takewhile(lambda word: word[:1].isalpha(), after[at + 1:at + 4]))
            goes_on = bool(then) and (then[0][:1].isupper() or (
                then[0] in _NAME_PREPOSITIONS and any(word[:1].isupper() for word in then[1:]) and all(
                    word.islower() or word[:1].isupper() for word in then[1:])))
            if inside or goes_on or (after[at].isupper() and len(after[at]) > 2):
                # Unless the name there is the full form's under another of its names (`to the
                # Organized Crime Convention`): a concept the full form names, found there.
                named_there = {m.concept for m in index.match(text[found[at][1]:found[at][1] + 160]) if m.start == 0}
                return not named_there & {m.concept for m in index.match(" ".join(rest[at:]))}
            break
    return False


@lru_cache(maxsize=4096)
def _fuller_forms(index: TermIndex, concept: str, short: str) -> tuple[str, ...]:
    """The concept's approved terms that begin with the short form `short` and go on."""
    return tuple(full.term.text for full in index.approved_of(concept) if full.term.text.casefold().startswith(short + " "))


# The words a treaty's name goes on with before its next capital (`Convention on Wetlands`,
# `… against Corruption`, `Convention sur la diversité`, `Convención sobre …`); not a
# conjunction (`the Convention and its Protocols` refers back).
_NAME_PREPOSITIONS = frozenset({"on", "of", "for", "against", "concerning", "relating", "sur", "contre", "relative",
                                "relatif", "sobre", "contra", "para", "de", "du", "des", "del", "the", "la", "le", "el"})
_WORD_OR_MARK = re.compile(r"[^\W\d_][\w'’-]*|\d+|[^\w\s]")


def _outside_addresses(matches: list[TermMatch], text: str) -> list[TermMatch]:
    """The matches not inside an address: `www.unodc.org/unodc/en/human-trafficking/…` names
    no concept (TERM001 asked every version for `trafficking in persons`, and a version that
    wrote the address as the source did rendered it)."""
    if not matches or not may_hold_a_url(text):
        return matches
    spans = [(found.start(), found.end()) for found in URL.finditer(text)]
    return [m for m in matches if not any(start <= m.start and m.end <= end for start, end in spans)]


_HYPHEN_IN_A_WORD = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def _hyphenated(text: str) -> list[str]:
    """The words joined by hyphens in a text (`migrant-smuggling`), looked for word by word:
    one expression over a paragraph tried every letter, a fifth of matching its source."""
    return [found.group() for word in text.split() if "-" in word and (found := _HYPHENATED.search(word))]


class AnalysedTarget(NamedTuple):
    """A translation as the term checks see it."""

    tokens: object | None  # the analyser's tokens, where a check reads them (else None)
    every: list[TermMatch]  # every match, overlapping ones too
    effective: list[TermMatch]  # the matches that count (pipeline/term_matching.py: effective)
    rendered_in_context: frozenset[str] = frozenset()  # concepts a variant its context allows names


# The values of the texts met (eight checks compare them), and of texts that recur.
_VALUES: TextCache[tuple[str, str], Values] = TextCache(lambda key: extract_values(key[1], profile(key[0])))


class EntryAnalysis(NamedTuple):
    """What was computed for an entry that the catalog and document checks read again (the
    term matches of its translation and source, the values of both), made where its entry
    checks ran and given to the process that runs the wider checks (a large document split
    across a pool: pipeline/run/chunks.py), so that it is not computed twice. None: not
    computed there; the process computes it when a check asks."""

    target: list[TermMatch] | None = None  # the translation's effective matches (what TERM004 reads)
    source: list[TermMatch] | None = None
    source_values: Values | None = None
    target_values: Values | None = None


# The ids that end a list, of the catalogs met, by the identity of their entries: found once
# per catalog, not once per item (a catalog of many documents' agendas has thousands).
_LAST_ITEMS: dict[int, tuple[tuple, frozenset[str]]] = {}


def _of_the_catalog(known: dict, catalog: CatalogFile, make):
    """What `make` finds in a catalog's entries, kept in `known` by their identity: found once
    per catalog, not once per entry that asks."""
    kept = known.get(id(catalog.entries))
    if kept is None or kept[0] is not catalog.entries:
        if len(known) > 64:
            known.clear()
        kept = known[id(catalog.entries)] = (catalog.entries, make(catalog.entries))
    return kept[1]


def _last_list_items(catalog: CatalogFile) -> frozenset[str]:
    return _of_the_catalog(_LAST_ITEMS, catalog, lambda entries: last_list_items([e.segment_id for e in entries]))


# The title lines of the catalogs met (`masthead/title`, `masthead/title2`, …) with their
# translations, by the identity of their entries, as _LAST_ITEMS.
_TITLES: dict[int, tuple[tuple, dict[str, str]]] = {}
_TITLE_ID = re.compile(r"masthead/title(\d*)")


def _title_lines(catalog: CatalogFile) -> dict[str, str]:
    return _of_the_catalog(_TITLES, catalog, lambda entries: {e.segment_id: e.msgstr for e in entries
                                                               if e.segment_id.startswith("masthead/title")})


def _without_one(values: Values) -> Values:
    """The values with one 1 fewer (EntryContext._singular_count_written)."""
    if not values.numbers.get(1):
        return values
    numbers = Counter(values.numbers)
    numbers[1] -= 1
    return replace(values, numbers=+numbers)


@dataclass
class EntryContext:
    catalog: CatalogFile
    entry: Entry
    source_lang: str
    terminology: Terminology
    severities: dict
    # The accelerator markers the configuration names (`&`, `_`); FMT007 also reads an entry's
    # `accelerator:X` flag.
    accelerators: tuple[str, ...] = ()
    _gapped: dict = field(default_factory=dict, repr=False)  # concept → rendered_with_gap's answer

    @property
    def lang(self) -> str:
        return self.catalog.lang

    def later_forms(self) -> list[tuple[int, EntryContext]]:
        """An entry with plural forms: each msgstr[n] after the singular, as an entry of its
        own for the checks that read one text (CheckInfo.text_only), its source msgid_plural
        (the singular's is msgid). A form that is empty or blank (FMT001's) or the same as an
        earlier one is left out: what is said of a text is said once."""
        entry, forms = self.entry, []
        for number, text in enumerate(entry.plural_forms[1:], start=1):
            if text.strip() and text not in entry.plural_forms[:number]:
                alone = replace(entry, msgid=entry.msgid_plural, msgstr=text, msgid_plural="", plural_forms=(),
                                plural_lines=(), msgstr_line=entry.form_line(number))
                forms.append((number, replace(self, entry=alone, _gapped={})))
        return forms

    @cached_property
    def list_role(self) -> str:
        """"item", "sub-item", "last item" or "last sub-item" for an item of a list (an agenda's,
        a paragraph's sub-paragraphs), "clause" for a resolution's paragraph, in hexaglot's
        catalogs, whose msgctxt is the segment's id; "" otherwise (other tools' catalogs say
        nothing of it)."""
        if not self.catalog.contexts_are_ids or not may_be_in_a_list(self.entry.segment_id):
            return ""
        return list_role(self.entry.segment_id, _last_list_items(self.catalog))

    @cached_property
    def title_runs_on(self) -> tuple[bool, bool]:
        """For a title line of hexaglot's catalogs (`masthead/title`, `masthead/title2`, …):
        whether its translation runs on into the next title line, and whether it runs on from
        the one before: a line that ends with a comma over one that starts in lower case.
        Russian prints an adopted Security Council resolution's title as one phrase over two
        lines, `Резолюция 2698 (2023),` over `принятая Советом Безопасности …`, where English
        has two (`Resolution 2698 (2023)` over `Adopted by …`)."""
        match = _TITLE_ID.fullmatch(self.entry.segment_id)
        if match is None or not self.catalog.contexts_are_ids:
            return False, False
        number = int(match.group(1) or 1)
        lines = _title_lines(self.catalog)

        def line(at: int) -> str:
            return lines.get("masthead/title" if at == 1 else f"masthead/title{at}", "").strip()

        def runs_on(upper: str, lower: str) -> bool:
            first = next((ch for ch in lower if ch.isalpha()), "")
            return upper.endswith((",", "،")) and first.islower()
        return runs_on(line(number), line(number + 1)), number > 1 and runs_on(line(number - 1), line(number))

    @cached_property
    def msgid(self) -> str:
        """The source as the text checks (TYPO, CONS, NUM) read it: the placeholders and tags
        it holds masked (pipeline/placeholders.py), so that none fires on markup."""
        return masked(self.entry, self.entry.msgid)

    @cached_property
    def msgstr(self) -> str:
        """The translation as the text checks read it (see msgid)."""
        return masked(self.entry, self.entry.msgstr)

    @cached_property
    def source_values(self) -> Values:
        """The values of the source (pipeline/value_extraction.py), as the NUM and REF checks
        compare them."""
        found = _VALUES[self.source_lang, self.msgid]
        plural = self._plural_ones
        return _without_one(found) if plural is not None and found.numbers.get(1, 0) > plural else found

    @cached_property
    def target_values(self) -> Values:
        """The values of the translation (see source_values). A translation that is the source
        copied (CONS003 reports it) has the source's values: read by another language's rules,
        `13–17 March 2023` left in English in a Chinese catalog was three numbers and no date,
        and "none in the source"."""
        if self.msgstr == self.msgid:
            return self.source_values
        found = _VALUES[self.lang, self.msgstr]
        plural = self._plural_ones
        return _without_one(found) if plural is not None and found.numbers.get(1, 0) > plural else found

    @cached_property
    def _plural_ones(self) -> int | None:
        """For an entry with plural forms, how many 1s its plural source writes (None for any
        other entry). A singular (the source's or msgstr[0]) that writes one more writes its
        count as 1 (`1 report` / `%d reports`; Spanish `1 informe` for `%d report`), which is
        compared on neither side: msgstr[0] writes %d where it serves other numbers (Russian's
        1, 21, 31; Chinese's every number), is the form of zero in Arabic, and may spell it
        (`Un informe`). A 1 the plural source writes too is the text's (`Level 1: %d error`,
        `in 1 folder`), and is compared."""
        entry = self.entry
        if not entry.msgid_plural:
            return None
        return _VALUES[self.source_lang, masked(entry, entry.msgid_plural)].numbers.get(1, 0)

    def analysis(self, targets: bool, sources: bool, values: bool) -> EntryAnalysis:
        """The translation's term matches (`targets`), the source's (`sources`) and the values
        of both (`values`), computed now where they are not yet, to be adopted elsewhere."""
        return EntryAnalysis(self.target if targets else None, self.source if sources else None,
                             self.source_values if values else None, self.target_values if values else None)

    def adopt(self, analysis: EntryAnalysis) -> None:
        """Take what another process computed for this entry (the same entry, the same glossary
        and settings) as if it had been computed here."""
        # Each is what the cached property of its name would compute, stored where it keeps it
        # (the rest of the translation's analysis, its tokens and overlapping matches, is made
        # again here if a check asks for it).
        if analysis.target is not None:
            self.target = analysis.target
        if analysis.source is not None:
            self.source = analysis.source
        if analysis.source_values is not None:
            self.source_values = analysis.source_values
        if analysis.target_values is not None:
            self.target_values = analysis.target_values

    @cached_property
    def _target(self) -> AnalysedTarget:
        return self.terminology.target(self.lang, _as_words(self.msgstr, self.entry.msgstr))

    @property
    def target_tokens(self):
        tokens = self._target.tokens
        return tokens if tokens is not None else self.terminology.index(self.lang).analyse(
            _as_words(self.msgstr, self.entry.msgstr))

    @property
    def all_target(self) -> list[TermMatch]:
        return self._target.every

    @cached_property
    def source(self) -> list[TermMatch]:
        return self.terminology.source(self.source_lang, _as_words(self.msgid, self.entry.msgid))

    @cached_property
    def target(self) -> list[TermMatch]:
        """The translation's matches that count (pipeline/term_matching.py: effective)."""
        return self._target.effective

    @property
    def rendered_in_context(self) -> frozenset[str]:
        """Concepts named by a rejected term that its context rules allow here."""
        return self._target.rendered_in_context

    @property
    def target_analyser(self):
        return self.terminology.index(self.lang).analyser

    def source_text(self, match: TermMatch) -> str:
        return self.entry.msgid[match.start:match.end]

    def source_term(self, concept: str) -> str:
        """The concept's term as the source writes it ("" where the source has none): the
        findings' `source_term`, the contract asks of every terminology finding."""
        return next((self.source_text(match) for match in self.source if match.concept == concept), "")

    def target_text(self, match: TermMatch) -> str:
        return self.entry.msgstr[match.start:match.end]

    def in_a_title(self, match: TermMatch) -> bool:
        """Whether the match is part of the title of a publication, as the language marks
        titles (Chinese 《…》): a variant there is the published title's. Not where the term is
        the whole title (《偷运移民议定书》, the Protocol's short name, is the glossary's own)."""
        marks = profile(self.lang).title_marks
        if marks is None or marks[0] not in self.entry.msgstr:
            return False
        text = self.entry.msgstr
        opened = text.rfind(marks[0], 0, match.start + 1)
        if opened < 0 or text.rfind(marks[1], opened, match.start) >= 0:
            return False
        closed = text.find(marks[1], max(match.end - 1, opened))
        return closed >= 0 and text[opened + 1:closed].strip() != text[match.start:match.end].strip(marks[0] + marks[1])

    def rendered_with_gap(self, concept: str):
        """The approved term that renders the concept with words inside it (`联合国六种正式语文`),
        or None (TermIndex.rendered_with_gap); asked by TERM001 and TERM003, worked out once."""
        known = self._gapped.get(concept, False)
        if known is False:
            known = self.terminology.index(self.lang).rendered_with_gap(concept, self.entry.msgstr, self.target_tokens)
            if known is not None and not self._coordinated_inside(known) and any(
                    match.concept != concept and known.holds_a_word_of(match) for match in self.all_target):
                # The words inside are another concept's term: `Conferencia de los Estados Partes`
                # (`Estados Partes`), `مؤتمر الدول الأطراف`, the Conference of the States
                # Parties, another treaty's body, is no rendering of `Conferencia de las Partes`.
                known = None
            self._gapped[concept] = known
        return known

    def _coordinated_inside(self, rendering) -> bool:
        """Whether a conjunction stands among the words inside a term found with words inside it:
        another term coordinated with it (`los países menos adelantados y en desarrollo`), whose
        words may be inside it."""
        if rendering.positions is None:
            return False
        language = profile(self.lang)
        # (to the term's last word: Arabic writes `و` onto the word after it, `المعلومات والبيانات`)
        words = self.target_tokens.words[rendering.positions[0] + 1:rendering.positions[-1] + 1]
        return any(word.lower() in language.coordinating_conjunctions
                   or (language.coordinating_prefixes and word.startswith(language.coordinating_prefixes)) for word in words)

    def approved_terms(self, concept: str) -> tuple[str, ...]:
        terms = [t for t in self.terminology.concepts[concept].terms_in(self.lang) if t.status.approved]
        terms.sort(key=lambda t: t.status is not TermStatus.PREFERRED)
        return tuple(t.text for t in terms)

    def approved_still_to_verify(self, concept: str) -> bool:
        """Whether every approved term of the concept in this language is marked unverified (○)
        or uncertain (?) in the glossary: a rendering it does not list may be as right."""
        terms = [t for t in self.terminology.concepts[concept].terms_in(self.lang) if t.status.approved]
        return bool(terms) and all(t.verification is not Verification.VERIFIED for t in terms)

    def checks_missing(self, concept: str) -> bool:
        """False for concepts the glossary marks `x-checkMissing: no` (too general a source word)."""
        return ("descrip", "x-checkMissing", "no") not in self.terminology.concepts[concept].extra

    def preferred_terms(self, concept: str) -> tuple[str, ...]:
        return tuple(t.text for t in self.terminology.concepts[concept].terms_in(self.lang) if t.status is TermStatus.PREFERRED)

    def finding(self, code: str, message: str, form: int = 0, **fields) -> Finding:
        """A finding on this entry; `form`: on its msgstr[form] (an entry with plural forms),
        whose line it names, and whose text its offsets are in."""
        entry = self.entry
        return Finding(
            code=code, severity=self.severities[code], lang=self.lang, file=self.catalog.path,
            line=entry.form_line(form) if form else entry.finding_line, msgctxt=entry.msgctxt, message=message,
            msgid=entry.msgid, msgstr=entry.plural_forms[form] if form else entry.msgstr, form=form, **fields,
        )


@dataclass
class CatalogContext:
    catalog: CatalogFile
    entries: list[EntryContext]  # its translated entries, not fuzzy
    severities: dict  # code → the severity in force

    def header_finding(self, code: str, message: str, **fields) -> Finding:
        """A finding on the catalog as a whole (its Plural-Forms, its language), at its header
        entry (msgctxt and msgid ""), where there is one: not on an entry, whose suppression
        comment would hide it and whose line would send a reviser to the wrong place. A file
        with no header (an XLIFF file) has it at its first translated entry."""
        if not self.catalog.header_line:
            return self.entries[0].finding(code, message, **fields)
        return Finding(code=code, severity=self.severities[code], lang=self.catalog.lang, file=self.catalog.path,
                       line=self.catalog.header_line, msgctxt="", msgid="", message=message, **fields)


@dataclass
class DocumentContext:
    """The catalogs of one document in every language checked, entry by entry, with the
    source taken from the msgids (and the template's comments when it is at hand)."""

    name: str
    source_lang: str
    catalogs: list[CatalogContext]
    template: CatalogFile | None = None

    @cached_property
    def units(self) -> dict[tuple[str, str], dict[str, EntryContext]]:
        """(msgctxt, msgid) → locale → the entry context of that version: the versions of a
        segment are the entries with the same msgctxt and source, in hexaglot's catalogs (the
        template's entry) as in catalogs without msgctxt (the same msgid). A regional variety
        (`es_AR`) is a version of its own, never folded into its language's."""
        units: dict[tuple[str, str], dict[str, EntryContext]] = {}
        for catalog in self.catalogs:
            for context in catalog.entries:
                units.setdefault(context.entry.unit_key, {})[catalog.catalog.locale or context.lang] = context
        return units

    @cached_property
    def template_comments(self) -> dict[tuple[str, str], str]:
        """The template's extracted comments by entry key; an entry of no msgctxt (a catalog
        another tool wrote without them, beside a template that has them) finds its
        template entry by its msgid where one entry of the template has that msgid."""
        if not self.template:
            return {}
        comments = {e.key: e.comment for e in self.template.entries}
        by_msgid = Counter(e.msgid for e in self.template.entries)
        for entry in self.template.entries:
            if entry.msgctxt and by_msgid[entry.msgid] == 1:
                comments.setdefault(("", entry.msgid), entry.comment)  # (read, no msgctxt is "")
        return comments


@dataclass
class RunContext:
    """What the run-wide checks see: the run's index of sources and translations (one record
    per distinct pair, see RunIndex in pipeline/model.py), and the severities in force."""

    index: object
    severities: dict

    def finding(self, code: str, lang: str, where, message: str, **fields) -> Finding:
        """A finding at `where`, a Place of the run index."""
        return Finding(code=code, severity=self.severities[code], lang=lang, file=where.file, line=where.line,
                       msgctxt=where.msgctxt, msgid=where.msgid, message=message, **fields)


def _as_words(masked_text: str, text: str) -> str:
    """The text as terms are looked for in it: each placeholder and tag (masked_text's) a
    space, offsets kept. A tag or placeholder touches the word it wraps (`<i>Конвенцию`,
    `{0}Конвенцию`): read as part of it, the word was none of the term's."""
    return text if masked_text == text else masked_text.replace(MASK, " ")
