"""TERM checks: glossary terms in the translation, matched through morphology."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache

from pipeline.checks import register
from pipeline.checks.context import CatalogContext, EntryContext
from pipeline.checks.quotations import inside_a_quotation
from pipeline.checks.term_capitals import (WORDS, after_a_possessive, capitals_lost, in_mid_sentence, terms_in, used_generically,
                                          written_generic)
from pipeline.lang import profile
from pipeline.lang.country_names import inside_a_country_name
from pipeline.lang.roots import (compares_roots, rendered_by_its_verb_and_object,
                                 rendered_with_its_apposition_as_a_predicate, rendered_with_its_participle_as_a_predicate,
                                 verb_of_its_root)
from pipeline.lang.verbal import rendered_by_its_verb, rendered_with_its_adjective_as_an_adverb
from pipeline.model import Finding, Severity, TermStatus
from pipeline.term_matching import agrees, capitals_of, may_modify
from pipeline.term_matching import covered as covered_matches

# The terms each check looks for, by status (CheckInfo.looks_for).
APPROVED = frozenset({TermStatus.PREFERRED, TermStatus.ADMITTED})
REJECTED = frozenset({TermStatus.DEPRECATED, TermStatus.SUPERSEDED, TermStatus.FORBIDDEN})


@register("TERM001", "missing-approved-term", Severity.ERROR, text_only=True, looks_for=APPROVED, from_source_terms=True)
def missing_approved_term(ctx: EntryContext) -> Iterator[Finding]:
    """A glossary concept occurs in the source, and none of its approved target terms occurs
    in the translation.

    What it checks: every concept whose term (in any form: `smuggling of migrants`,
    `migrant smuggling`) is in the source must have one of its preferred or admitted terms in
    the translation, in any inflected form (`незаконным ввозом мигрантов`). A concept inside a
    longer one that the translation renders (`Working Group on the Smuggling of Migrants` →
    `Рабочая группа по незаконному ввозу мигрантов`) needs nothing more; nor does a source
    word that names several concepts when one of them is rendered, nor a source term the
    translation keeps as it is (the English title of a publication; not an acronym left as a
    word where the language has its own, `L'UNODC a continué` for `l'ONUDC`), nor a term the
    translation writes with words inside it that its language lets stand there (Arabic one
    word, `اللغات الرسمية الست للأمم المتحدة`; Chinese a numeral and measure word or an
    attribute ending in 的, `联合国六种正式语文`, `交流关于……的信息`, one opening with 关于 even
    where it lists things with 、; French and Spanish an article or a contraction, `tráfico
    ilícito de los migrantes`, `trafic illicite des migrants`, an adjective, or an adverbial
    phrase, `l'échange en temps utile d'informations`, `el intercambio en tiempo real de
    información`; Russian an adjective, numeral or pronoun, `незаконный ввоз таких мигрантов`, or a
    word coordinated with the term's, `частный и государственный секторы`; never a word that
    negates it, `États non parties`, `非缔约国`, nor, but in a coordination, a word of another
    concept's term: `Conferencia de los Estados Partes` renders no `Conferencia de las Partes`),
    nor a Russian
    term whose modifiers follow their noun (`мигранты, незаконно ввезенные морем`), nor the
    author of a resolution that French and Spanish name by a pronoun before its session (`submit
    to the General Assembly at its eightieth session` → `lui présenter, à sa quatre-vingtième
    session`, `que le presente en su octogésimo período de sesiones`). A concept
    rendered by a deprecated term is TERM002's to report, and one named by a rejected term its
    context rules allow (another convention's «Конференция Сторон») is rendered. Concepts whose
    source words are too general to require one rendering (`meeting`, `report`) are marked
    `x-checkMissing: no` in the glossary and are not checked, nor is a term the source writes
    in small letters where the glossary's terms write a capital (`the member States of the
    European Union`, 成员国 in Chinese: another body's members, not the concept). A Russian one-word term rendered
    by a verb of its root, the sentence turned (`the confiscation of the proceeds` →
    `конфисковывать доходы`), is rendered, and so is one of several words by its head's verb
    with the complement as its object (`обмениваться информацией` for `обмен информацией`,
    `наращивать потенциал`); an agent noun of the root (`следователи` for
    `расследование`) is not; a Russian term whose participle the sentence made its predicate or
    set after its adverb (`мигранты были незаконно ввезены`, `мигрантам, ввезенным незаконно`
    for `незаконно ввезенный мигрант`), every word of it there, is, and so is an apposition
    whose nouns the clause made subject and predicate (`участниками Протокола являются 152
    государства` for `152 States parties`); nor is a French or Spanish
    term of several words rendered by the
    verb of its head with its complement as object (`renforcer les capacités`, `crear
    capacidad` for `capacity-building`), or an Arabic noun and adjective by the noun with the
    adjective's adverb after its object (`لملاحقة المهربين قضائياً`). In a language written without
    spaces, a short form that ends the preferred full form, its beginning written before it and
    a part between left out, is no rendering: `联合国打击有组织犯罪公约` holds the admitted
    `有组织犯罪公约`, and is the Convention's full name without `跨国`. Nor is a term found
    only inside another concept's term that the source does not name: `小岛屿发展中国家` (small
    island developing States) holds `发展中国家` and renders no `developing countries`. A term
    of the source inside a longer one that is not rendered either is said with the longer one
    alone (`joint investigation teams`, not again `joint investigation` and `investigation`).

    Why it matters: a concept translated loosely or paraphrased breaks the terminology that
    the six versions of a UN text share; readers of the treaty bodies' documents search by it.

    Example: `The Working Group may discuss cases of migrant smuggling.` → `Рабочая группа
    может обсудить случаи нелегальной миграции.` gives TERM001 for `smuggling-of-migrants`,
    expected `незаконный ввоз мигрантов`.

    How to fix: use the preferred term (or an admitted one) in the form the sentence needs.
    """
    source = ctx.source
    if not source:
        return
    # Short forms that are full forms cut short (`联合国打击有组织犯罪公约`): looked for only in a
    # language written without spaces.
    cut = {id(m): found for m in ctx.target if m.approved and (found := _cut_from_full_form(ctx, m))} \
        if profile(ctx.lang).unspaced else {}
    # A term inside another concept's term that the source does not name names that concept,
    # not its own: `发展中国家` in `小岛屿发展中国家` (small island developing States), `人权` in
    # `人权理事会` (the Council) render no `developing countries`, no `human rights`.
    named = {m.concept for m in source}
    inside = {id(m) for m in covered_matches(ctx.target, lambda outer: outer.concept not in named)}
    if inside:
        # Not where the source names that other concept in words its glossary terms share,
        # around the term (`Convention against Transnational Organized Crime`, which the
        # glossary writes with `United Nations`): a fuller name of the same thing.
        inside = {key for key in inside if not _named_around(ctx, next(m for m in ctx.target if id(m) == key), source)}
    # A term written with a prefix that negates it (`非缔约国`, non-States parties) renders its opposite.
    negating = profile(ctx.lang).negating_prefix
    negated = {id(m) for m in ctx.target if _negated(negating, ctx.entry.msgstr, m.start)} if negating else set()
    satisfied = {m.concept for m in ctx.target
                 if m.approved and id(m) not in cut and id(m) not in inside and id(m) not in negated} | ctx.rendered_in_context
    rejected = {m.concept for m in ctx.target if not m.approved}
    if not {m.concept for m in source} - satisfied - rejected:
        return  # every concept of the source is rendered, well or badly: most entries
    # Concepts nested in a longer source match whose concept the translation renders, well or
    # with a rejected term (TERM002 reports the title; its words are not missing twice).
    # (And in one its full form with a part left out renders, which TERM001 reports once, below.)
    rendered = satisfied | rejected | {m.concept for m in ctx.target if id(m) in cut}
    covered = {inner.concept for inner in covered_matches(source, lambda outer: outer.concept in rendered)}
    # A source word shared by several concepts (`meeting`: a meeting, a sitting) is rendered
    # when any of them is.
    concepts_by_span = defaultdict(set)
    for match in ctx.source:
        concepts_by_span[(match.start, match.end)].add(match.concept)
    reported: set[str] = set()
    missing: list[tuple] = []  # (the source's match, its finding)
    source_negating = profile(ctx.source_lang).negating_prefix
    for match in ctx.source:
        concept = match.concept
        if concept in satisfied or concept in rejected or concept in covered:
            continue
        if concepts_by_span[(match.start, match.end)] & (satisfied | rejected):
            continue
        if not ctx.checks_missing(concept):
            continue
        if written_generic(ctx, match):
            continue  # `the member States of the European Union`: another body's, not the concept
        if _in_a_place_name(ctx.entry.msgid, match, ctx.source_lang):
            continue  # `the United States of America`: a country's name, not the concept
        if source_negating and _negated(source_negating, ctx.entry.msgid, match.start):
            continue  # `Non-member States`: the source names the concept's opposite, as `非会员国` renders it
        source_term = ctx.source_text(match)
        if source_term in ctx.entry.msgstr and not _acronym_left_untranslated(ctx, source_term, concept):
            continue  # kept in the source language, as titles of publications are
        expected = ctx.approved_terms(concept)
        if not expected:
            continue
        if ctx.rendered_with_gap(concept) is not None:
            continue  # `联合国六种正式语文`: the term with a numeral inside it
        if _named_by_a_pronoun(ctx, match):
            continue  # `de lui présenter, à sa quatre-vingtième session`: the Assembly, the author
        if _rendered_by_its_root(ctx, expected):
            continue  # `конфисковывать доходы` for `the confiscation of the proceeds`: the sentence turned
        unlisted = profile(ctx.lang).unlisted_forms_note
        shortened = next((m for m in ctx.target if id(m) in cut and m.concept == concept), None)
        if shortened is not None:
            written, left_out = cut[id(shortened)]
            missing.append((match, ctx.finding(
                "TERM001",
                f"'{source_term}' ({concept}) is not rendered by an approved term: '{written}' is "
                f"'{ctx.preferred_terms(concept)[0]}' with '{left_out}' left out; expected {_quoted(expected)}",
                concept=concept, source_term=source_term, expected=expected, found=written,
                start=shortened.end - len(written), end=shortened.end,
            )))
            continue
        part = next((m for m in ctx.target if id(m) in inside and m.concept == concept and m.approved), None)
        if part is not None:
            text = ctx.entry.msgstr
            outer = next(m for m in ctx.target if m.start <= part.start and part.end <= m.end and m.concept not in named
                         and (m.start, m.end) != (part.start, part.end))
            missing.append((match, ctx.finding(
                "TERM001",
                f"'{source_term}' ({concept}) is not rendered by an approved term: '{text[part.start:part.end]}' here is "
                f"part of '{text[outer.start:outer.end]}' ({outer.concept}), which the source does not name; "
                f"expected {_quoted(expected)}",
                concept=concept, source_term=source_term, expected=expected, found=text[outer.start:outer.end],
                start=outer.start, end=outer.end,
            )))
            continue
        missing.append((match, ctx.finding(
            "TERM001",
            f"'{source_term}' ({concept}) is not rendered by an approved term; expected {_quoted(expected)}"
            # (Said where the source's term is inflected, `working groups`: the translation's
            # form of it may be one the glossary does not list.)
            + (f" ({unlisted})" if unlisted and len(expected) == 1 and source_term.casefold() != match.term.text.casefold() else "")
            # A reviser's probe: `pratiques optimales`, UN usage, "not approved" beside the
            # glossary's one form, itself unverified, with nothing said of it.
            + (f"; the glossary's {'term is' if len(expected) == 1 else 'terms are'} unverified (○): if the rendering "
               "here is UN usage too, add it as admitted" if ctx.approved_still_to_verify(concept) else ""),
            concept=concept, source_term=source_term, expected=expected,
        )))
    for match, finding in missing:
        # `joint investigation teams` rendered by no approved term: its `joint investigation`
        # and `investigation` are missing too, but said for the longer term only (the words its
        # approved terms ask for are not theirs: `совместные следственные группы`). Each concept
        # once, at its first place outside a longer one, whatever the order of its places.
        if finding.concept in reported:
            continue
        if not any(other.start <= match.start and match.end <= other.end and (other.start, other.end) != (match.start, match.end)
                   for other, _ in missing):
            reported.add(finding.concept)
            yield finding


def _named_around(ctx: EntryContext, part, source) -> bool:
    """Whether the source names the concept of the target's term that holds `part` (an inner
    term's match) in words of that concept's source-language terms, right around its own term:
    `Convention against Transnational Organized Crime` for `United Nations Convention against
    Transnational Organized Crime`, `Protocol against the Smuggling of Migrants` for its full
    title. `Assistance to Developing Countries` shares no word with `small island developing
    State` around `Developing Countries`."""
    outers = {m.concept for m in ctx.target if m.start <= part.start and part.end <= m.end and m.concept != part.concept}
    for match in (m for m in source if m.concept == part.concept):
        around = {word.casefold() for word in _WORD.findall(ctx.msgid[max(0, match.start - 40):match.end + 40])}
        inner = {word.casefold() for word in _WORD.findall(ctx.source_text(match))}
        for concept in outers:
            words = {word.casefold() for term in ctx.terminology.concepts[concept].terms_in(ctx.source_lang)
                     for word in _WORD.findall(term.text) if len(word) > 3} - inner
            if words & around:
                return True
    return False


def _in_a_place_name(text: str, match, lang: str) -> bool:
    """Whether a source's match is inside a country's name (pipeline/lang/country_names.py).
    Only a term written with a capital can be: the names are looked for then. (Not asked of
    the translation: `Estados Unidos Mexicanos` renders the source's `United Mexican States`
    with the name's own words, and a term found there is no omission's to hide.)"""
    written = text[match.start:match.end]
    return written[:1].isupper() and inside_a_country_name(text, match.start, match.end, lang)


def _rendered_by_its_root(ctx: EntryContext, expected: list[str]) -> bool:
    """Whether an approved term is rendered by a verb of its root, as a translator turns a
    noun into the verb (`the confiscation of the proceeds should be strengthened` →
    `конфисковывать доходы`; `technical assistance and capacity-building` → `renforcer les
    capacités`, `crear capacidad`), or an Arabic one by its noun and its adjective's adverb
    (`لملاحقة المهربين قضائياً`, to prosecute smugglers): the concept is there, in the grammar
    the sentence took (pipeline/lang/roots.py: Russian, whose verbs pymorphy3 reads; French and
    Spanish terms of several words by their head and complement, pipeline/lang/verbal.py)."""
    if ctx.lang == "ar":
        return any(rendered_with_its_adjective_as_an_adverb(term, ctx.entry.msgstr) for term in expected)
    if not compares_roots(ctx.lang):
        return any(rendered_by_its_verb(term, ctx.entry.msgstr, ctx.lang) for term in expected)
    if any(rendered_with_its_participle_as_a_predicate(term, ctx.entry.msgstr) for term in expected):
        return True  # `мигранты были незаконно ввезены` for `smuggled migrants`
    if any(rendered_with_its_apposition_as_a_predicate(term, ctx.entry.msgstr) for term in expected):
        return True  # `участниками Протокола являлись 152 государства` for `152 States parties`
    if any(rendered_by_its_verb_and_object(term, ctx.entry.msgstr) for term in expected if " " in term):
        return True  # `обмениваться информацией` for `exchange of information`
    single = [term for term in expected if term.isalpha()]
    return bool(single) and any(verb_of_its_root(term, word) for word in _WORD.findall(ctx.entry.msgstr) for term in single)


_WORD = re.compile(r"[^\W\d_]+")


def _cut_from_full_form(ctx: EntryContext, match) -> tuple[str, str] | None:
    """(what is written, what is left out) where an approved term found in a language written
    without spaces, for a concept the source names in full, ends a preferred term of the concept
    whose beginning stands right before it, with a part between left out: `联合国打击有组织犯罪公约` holds the admitted `有组织犯罪公约`,
    and is `联合国打击跨国有组织犯罪公约` without `跨国`, no short form. None elsewhere."""
    if match.start < 2 or match.term.status is TermStatus.PREFERRED or not profile(ctx.lang).unspaced:
        return None
    if not any(m.concept == match.concept and m.term.status is TermStatus.PREFERRED for m in ctx.source):
        return None  # the source's short form (`the Organized Crime Convention`): `联合国有组织犯罪公约` shortens nothing
    text, found = ctx.entry.msgstr, ctx.entry.msgstr[match.start:match.end]
    for preferred in ctx.preferred_terms(match.concept):
        if not preferred.endswith(found) or len(preferred) <= len(found) + 2:
            continue
        before = preferred[:len(preferred) - len(found)]  # what the full form has before the short one
        for length in range(len(before) - 1, 1, -1):  # its beginning, something after it left out
            if text[match.start - length:match.start] == before[:length]:
                return text[match.start - length:match.end], before[length:]
    return None


@register("TERM002", "deprecated-term", Severity.ERROR, text_only=True, looks_for=REJECTED)
def deprecated_term(ctx: EntryContext) -> Iterator[Finding]:
    """A deprecated, superseded or forbidden term of a concept occurs in the translation.

    What it checks: the glossary's rejected variants, in any inflected form or, for forbidden
    variants given as a pattern, in any form the pattern describes, whether or not the source
    has the concept (but a variant with a word coordinated inside it, `毒品走私和贩运人口`, only
    where the source has it), in every plural form of the translation. `контрабанда мигрантов` and
    `контрабандой людей` are found;
    `контрабанда товаров` is not, as it is not the concept. French and Spanish variants are
    found with an article or a contraction between their words (`trafic des êtres humains`
    for `trafic d'êtres humains`). A variant its context rules allow is not reported
    (`Конференция Сторон Конвенции о биологическом разнообразии`: docs/glossary.md), nor one
    for a name where the source names the common noun in small letters (`conferences of the
    parties to multilateral environmental agreements`).

    Why it matters: these are the variants translators are warned about (`Конференция
    Сторон` for the UNTOC's «Конференция участников», press usage such as `人口走私`); a
    reviser expects none of them in a release.

    Example: `Рабочая группа обсудит борьбу с контрабандой мигрантов.` gives TERM002 for
    `smuggling-of-migrants`, found `контрабандой мигрантов`, expected `незаконный ввоз
    мигрантов`.

    How to fix: replace the variant by the preferred term, inflected as the sentence needs.
    """
    target, text = ctx.target, ctx.entry.msgstr
    if all(match.approved for match in target):
        return  # no rejected term: most entries
    # Rejected terms inside a longer approved one (`Конференция Сторон` in no approved title
    # here; `调查` in `联合调查`), found in one pass over the matches, which come sorted.
    inside_approved = {id(m) for m in covered_matches(ctx.all_target, lambda other: other.approved and other.positions is None)}
    # Two variants of one concept on the same words, or on words that overlap (`人口走私` and, with
    # words inside it, `走私……人口` in `人口走私和贩运人口`): one finding, the first's.
    said: dict[str, int] = {}  # concept → where the variant last reported for it ends
    named = {m.concept for m in ctx.source}
    # A variant rejected under two concepts (`trafic d'êtres humains`, for smuggling of migrants
    # and for trafficking in persons) is reported for the one the source names, where it names
    # one of them; else for each (which was meant cannot be told).
    concepts_at: dict[tuple[int, int], set[str]] = defaultdict(set)
    for match in target:
        if not match.approved:
            concepts_at[match.start, match.end].add(match.concept)
    rejected_concepts = {m.concept for m in target if not m.approved}
    generic = {concept for concept in rejected_concepts & named
               if all(written_generic(ctx, m) for m in ctx.source if m.concept == concept)}
    for match in target:
        if match.approved or id(match) in inside_approved or match.start < said.get(match.concept, -1):
            continue
        rivals = concepts_at[match.start, match.end]
        if len(rivals) > 1 and match.concept not in named and rivals & named:
            continue
        if match.concept in generic:
            # `Conferences of the parties to multilateral environmental agreements`: the source
            # names the common noun, not the body whose name the variant is rejected for.
            continue
        if match.indexed.contexts and match.concept not in named and \
                ctx.terminology.names_another_body(ctx.source_lang, ctx.entry.msgid, match.concept):
            # A variant right in other contexts (`Конференция Сторон` of other conventions)
            # where the source names another treaty's body by the concept's short form (`the
            # Conference of the Parties to the Convention on Wetlands`): that body's name.
            continue
        if match.positions is not None and match.concept not in named and _coordinated(text[match.start:match.end], ctx.lang):
            # A word coordinated inside a variant (毒品走私和贩运人口, "drug smuggling and
            # trafficking in persons") makes it the variant only where the source names its
            # concept; an article inside it (`trafic des êtres humains`) is the variant anywhere.
            continue
        said[match.concept] = max(said.get(match.concept, -1), match.end)
        found = text[match.start:match.end]
        status = match.term.status.value
        source = ctx.source_term(match.concept)
        advice = f"use {_quoted(ctx.approved_terms(match.concept))}"
        if match.concept not in named and named and not _akin_to_the_source(ctx, match.concept):
            # The source names other concepts, not this one: the variant may stand for one of
            # them (`tráfico de personas` for `trafficking in persons`, whose term TERM001 gives),
            # and "use 'tráfico ilícito de migrantes'" sent the translator the wrong way.
            advice = (f"the source does not name {match.concept} here: if it renders another of its concepts, use that "
                      f"one's term; for {match.concept}, {advice}")
        yield ctx.finding(
            "TERM002",
            f"'{found}' is a {status} term for {match.concept}; {advice}",
            concept=match.concept, source_term=source, expected=ctx.approved_terms(match.concept), found=found,
            start=match.start, end=match.end,
        )


# The words of a correlative pair between the two coordinated words (`как …, так и`, `не только
# …, но и`), and a comma.
_CORRELATIVE_WORDS = frozenset({"так", "но", "а", "также", ",", "и"})


def _partner_before(words: list[str], at: int) -> str:
    """The word a term's first word is coordinated with, from `at` back past a correlative's
    words (`государственного, так и частного`: `государственного`), three words at most."""
    for index in range(at, max(-1, at - 3), -1):
        if words[index].lower() not in _CORRELATIVE_WORDS:
            return words[index]
    return words[at]


def _akin_to_the_source(ctx: EntryContext, concept: str) -> bool:
    """Whether the source names a concept akin to this one: a word of the source's terms shared
    with one of this concept's terms in the source's language (`migrant smugglers` and
    `smuggling of migrants`: the variant renders it, and the concept's term is the fix)."""
    def stems(text: str) -> set[str]:
        return {word[:5] for word in re.findall(r"[^\W\d_]{4,}", text.casefold())}

    ours = set().union(*(stems(ctx.source_text(m)) for m in ctx.source)) if ctx.source else set()
    return any(ours & stems(term.text) for term in ctx.terminology.concepts[concept].terms_in(ctx.source_lang))


def _negated(prefix: str, text: str, start: int) -> bool:
    """Whether the language's negating prefix (an expression) is written onto the word at `start`."""
    return _ending_with(prefix).search(text, max(0, start - 8), start) is not None


@lru_cache(maxsize=None)
def _ending_with(pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?:{pattern})$")


def _acronym_left_untranslated(ctx: EntryContext, source_term: str, concept: str) -> bool:
    """Whether the source's acronym stands in the translation as a word of its own, where the
    language's version has an acronym of its own (`L'UNODC a continué…` for `l'ONUDC`): left
    as it was, not kept as a publication's title is. Not inside an address, a symbol or a
    longer word (`www.unodc.org`, `UNODC/CCPCJ/EG.4/2022/2`)."""
    if not (source_term.isalpha() and source_term.isupper()) or source_term.casefold() in map(str.casefold, ctx.approved_terms(concept)):
        return False
    text, source = ctx.entry.msgstr, ctx.entry.msgid
    # A title kept in English with the acronym in it (`« UNODC Strategy 2021-2025 »`): the
    # source's words beside the acronym are kept beside it too. Those places are passed by.
    kept: set[int] = set()
    for occurrence in re.finditer(re.escape(source_term), source):
        before = re.search(r"[A-Za-z][\w-]*\s+$", source[:occurrence.start()])
        after = re.match(r"\s+[A-Za-z][\w-]*", source[occurrence.end():])
        if before:
            kept.update(found.end() - len(source_term) for found in re.finditer(re.escape(before.group(0) + source_term), text))
        if after:
            kept.update(found.start() for found in re.finditer(re.escape(source_term + after.group(0)), text))
    for found in re.finditer(re.escape(source_term), text):
        before, after = text[max(found.start() - 1, 0):found.start()], text[found.end():found.end() + 2]
        if found.start() in kept or _IN_AN_ADDRESS_BEFORE.match(before) or _IN_AN_ADDRESS_AFTER.match(after):
            continue  # a title's, `www.unodc.org`, `UNODC/CCPCJ/EG.4/2022/2`, `@UNODC`, `#UNODC`
        return True
    return False


# A Latin letter or digit, or what joins an address's or a symbol's parts, right beside the
# acronym (a full stop only before a letter or digit: `unodc.org`, not the sentence's end).
_IN_AN_ADDRESS_BEFORE = re.compile(r"[A-Za-z0-9/.@#_-]")
_IN_AN_ADDRESS_AFTER = re.compile(r"[A-Za-z0-9/@_-]|\.[A-Za-z0-9]")


def _named_by_a_pronoun(ctx: EntryContext, match) -> bool:
    """Whether the source names a body before the session it meets at (`to the General Assembly
    at its eightieth session`) and the translation names it by a pronoun, as UN French and
    Spanish name the author of a resolution (`de lui présenter, à sa … session`)."""
    source, target = profile(ctx.source_lang), profile(ctx.lang)
    if not (source.session_after_body and target.body_by_pronoun):
        return False
    return bool(re.match(source.session_after_body, ctx.entry.msgid[match.end:])
                and re.search(target.body_by_pronoun, ctx.entry.msgstr))


def _coordinated(span: str, lang: str) -> bool:
    """Whether a variant found with words inside it (`span`) has another word joined inside
    it: a conjunction or a comma of the language (Arabic's و written onto the next word)."""
    language = profile(lang)
    if language.unspaced:
        return any(mark in span for mark in language.coordinating_marks)
    words = re.findall(r"[^\W\d_]+|[,،]", span.casefold())
    return any(word in language.coordinating_conjunctions or word in ",،" for word in words) or any(
        word.startswith(language.coordinating_prefixes) for word in words[1:] if language.coordinating_prefixes)


@register("TERM003", "admitted-term", Severity.INFO, text_only=True, looks_for=frozenset({TermStatus.ADMITTED}), from_source_terms=True)
def admitted_term(ctx: EntryContext) -> Iterator[Finding]:
    """An admitted, not preferred, target term is used where the source uses the preferred
    term of the concept.

    What it checks: for each admitted term found in the translation, whether the source
    names the same concept with its preferred term. A short form answering a short form in
    the source (`the Conference` → `Конференция`) is not reported, nor a term in a title as
    published (Chinese 《2022年全球人口贩运问题报告》).

    Why it matters: admitted variants are correct but the preferred term keeps the six
    versions uniform; a reviser may want the preferred one in a formal text.

    Example: `hybrid format` → `в гибридном формате` (admitted) gives TERM003 for
    `hybrid-format`, expected `смешанный формат`.

    How to fix: nothing is wrong; use the preferred term if the text calls for it.
    """
    inside = _inside_others(ctx.source)
    preferred_in_source = {m.concept for m in ctx.source if m.term.status is TermStatus.PREFERRED and id(m) not in inside}
    if preferred_in_source and ctx.source:
        # An admitted term with words inside it (`交流关于……的信息` for `交流信息`), where the
        # translation has no term of the concept in a row.
        in_target = {m.concept for m in ctx.target} | ctx.rendered_in_context
        for concept in sorted(preferred_in_source - in_target):
            gapped = ctx.rendered_with_gap(concept)
            if gapped is not None and gapped.term.status is TermStatus.ADMITTED:
                yield ctx.finding(
                    "TERM003",
                    f"'{gapped.term.text}' (with words inside it) is admitted for {concept}; the preferred term is {_quoted(ctx.preferred_terms(concept))}",
                    concept=concept, source_term=next(ctx.source_text(m) for m in ctx.source if m.concept == concept),
                    expected=ctx.preferred_terms(concept), found=gapped.term.text, start=gapped.start, end=gapped.end,
                )
    if not any(m.term.status is TermStatus.ADMITTED for m in ctx.target):
        return  # no admitted term in the translation: most entries
    said: set[tuple[str, str]] = set()  # the same admitted term twice in an entry is one note
    preferred_in_target = {m.concept for m in ctx.target if m.term.status is TermStatus.PREFERRED}
    # 调查 inside 联合调查: the words of another concept's approved term (one pass, as TERM002).
    inside_approved = {id(m) for m in covered_matches(ctx.all_target, lambda other: other.approved and other.positions is None)}
    for match in ctx.target:
        if match.term.status is TermStatus.ADMITTED and match.concept in preferred_in_source:
            if match.concept in preferred_in_target or id(match) in inside_approved or ctx.in_a_title(match) \
                    or _cut_from_full_form(ctx, match):  # TERM001's: a full form with a part left out
                continue
            if (match.concept, match.term.text) in said or _capitalised_as_the_source(ctx, match):
                continue
            said.add((match.concept, match.term.text))
            yield ctx.finding(
                "TERM003",
                f"'{ctx.target_text(match)}' is admitted for {match.concept}; the preferred term is {_quoted(ctx.preferred_terms(match.concept))}",
                concept=match.concept, source_term=next(ctx.source_text(m) for m in ctx.source if m.concept == match.concept),
                expected=ctx.preferred_terms(match.concept), found=ctx.target_text(match),
                start=match.start, end=match.end,
            )


@register("TERM004", "inconsistent-variants", Severity.WARNING, scope="catalog", looks_for=APPROVED, from_source_terms=True)
def inconsistent_variants(ctx: CatalogContext) -> Iterator[Finding]:
    """One concept is rendered by different approved variants within one catalog.

    What it checks: for each concept, the approved terms of the same kind (full forms with
    full forms, short forms with short forms, acronyms apart; a term of no type that is another's
    leading words, `Sendai Framework` of `Sendai Framework for Disaster Risk Reduction
    2015–2030`, is its short form) used across the entries of a
    catalog where the source names the concept, not counting a term found inside another
    concept's term or a title as published (Chinese 《…》), or, in Chinese, across a word's
    edge; where there is more than one, the entries using the less common variant are reported.

    Why it matters: a reader of one language version should meet one term for one concept;
    two correct variants in one document look like two concepts.

    Example: `процедура молчания` in one paragraph and `процедура отсутствия возражений` in
    another give TERM004 on the entry with the rarer variant.

    How to fix: choose one variant (usually the preferred term) for the whole document.
    """
    uses: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    word_cut = profile(ctx.catalog.lang).word_cut
    for entry_ctx in ctx.entries:
        matches = entry_ctx.target
        # A rendering of a concept the source names: Chinese characters of a term found in a
        # word of another meaning (调查 of 调查问卷, a questionnaire) render no "investigation".
        # Not one the source names only inside another's term: `financial investigation`
        # names no "investigation" to render apart (金融调查 does), and 调查 of 调查人员
        # (investigators) in the same sentence is no variant of it.
        inside = _inside_others(entry_ctx.source)
        named = {match.concept for match in entry_ctx.source if id(match) not in inside}
        for match in matches:
            variant = match.indexed.variant  # (concept, kind), None for what is not compared (terms._variant)
            # A term inside another concept's term was chosen with it, not as a variant of its
            # own: `التحري` in `أساليب التحري الخاصة` (special investigative techniques) says
            # nothing of how the catalog renders "investigation".
            if variant is None or match.concept not in named or _inside_another(match, matches) or entry_ctx.in_a_title(match):
                continue  # (a title, 《2022年全球人口贩运问题报告》, is as published)
            if word_cut is not None and match.first >= 0 and word_cut(entry_ctx.entry.msgstr, match.start, match.end):
                continue  # across a word's edge (TERM006 says so where it matters)
            uses[variant].append((entry_ctx, match))
    for (concept, _), found in uses.items():
        variants = Counter(match.term.text for _, match in found)
        if len(variants) < 2:
            continue
        common, _count = variants.most_common(1)[0]
        for entry_ctx, match in found:
            if match.term.text != common:
                yield entry_ctx.finding(
                    "TERM004",
                    f"{concept} is '{match.term.text}' here but '{common}' in {variants[common]} other place(s) of this catalog",
                    concept=concept, source_term=entry_ctx.source_term(concept), expected=(common,),
                    found=entry_ctx.target_text(match), start=match.start, end=match.end,
                )


def _capitalised_as_the_source(ctx: EntryContext, match) -> bool:
    """An admitted term that differs from a preferred one only by its capitals, written with
    the capitals of the source's term (`States Parties` → `États Parties`, as a treaty's text
    writes them): the translation follows the source's style, which is no variant to note."""
    written = capitals_of(ctx.target_text(match))
    if written is None or not any(term.casefold() == match.term.text.casefold() for term in ctx.preferred_terms(match.concept)):
        return False
    return any(capitals_of(ctx.source_text(m)) == written for m in ctx.source if m.concept == match.concept)


def _inside_others(matches) -> set[int]:
    """The matches (by id) that lie inside a longer one, in one pass (covered): a concept found
    only so is named by the outer term, not on its own."""
    return {id(m) for m in covered_matches(matches, lambda outer: True)} if len(matches) > 1 else set()


def _inside_another(match, matches) -> bool:
    """Whether a match lies inside a longer one of another concept."""
    return any(
        other.concept != match.concept and other.start <= match.start and match.end <= other.end
        and (other.end - other.start) > (match.end - match.start)
        for other in matches
    )


@register("TERM005", "broken-agreement", Severity.WARNING, languages=("ru",), text_only=True, looks_for=APPROVED, from_source_terms=True)
def broken_agreement(ctx: EntryContext) -> Iterator[Finding]:
    """The words of a Russian term are found, but they do not agree in case, number or gender.

    What it checks: for a term whose adjectives or participles agree with its head noun
    (`незаконный ввоз мигрантов`), the forms found in the translation must share a case and a
    number (and a gender in the singular) in some reading that pymorphy3 gives them.

    Why it matters: matching by lemma finds `незаконных ввоз мигрантов` as the term; only a
    check of the forms shows the typo or the half-edited phrase a reviser must mend.

    Example: `Рабочая группа обсудит незаконных ввоз мигрантов.` gives TERM005 for
    `smuggling-of-migrants`, found `незаконных ввоз мигрантов`.

    Coordinated adjectives share a plural head and stay singular each (`с государственным и
    частным секторами`): there the case alone must agree. The two nouns of a compound that
    agree as the glossary writes it decline together (`государств-участников`, not
    `государств-участникам`); a prefix does not (`интернет-провайдерами`).

    How to fix: make the adjective agree with its noun (`незаконный ввоз`, `незаконного
    ввоза`, ...).
    """
    language = profile(ctx.lang)
    if not language.agreement:
        return
    for match in ctx.target:
        if match.first < 0 or not (match.indexed.agreement or match.indexed.appositions):
            continue
        words = ctx.target_tokens.words
        # Coordinated with an adjective before the conjunction, whose noun the two share; after a
        # noun and `и` (`Государства-члены и организованной преступные группы`) the term stands
        # alone, and its words agree as anywhere: the fault passed there.
        # (or through a correlative's words, `как государственного, так и частного секторов`; or
        # a participle after the term that two nouns share, `Протокол … и Протокол …, дополняющие`)
        coordinated = match.first >= 2 and words[match.first - 1].lower() in language.coordinating_conjunctions \
            and (match.indexed.postposed or any(agreeing > head for agreeing, head in match.indexed.agreement)
                 or may_modify(_partner_before(words, match.first - 2), ctx.target_analyser))
        if not agrees(match, ctx.target_tokens, ctx.target_analyser, coordinated):
            found = ctx.target_text(match)
            yield ctx.finding(
                "TERM005",
                f"the words of '{found}' ({match.concept}) do not agree in case, number or gender",
                concept=match.concept, source_term=ctx.source_term(match.concept), expected=ctx.approved_terms(match.concept),
                found=found,
                start=match.start, end=match.end,
            )


@register("TERM006", "term-across-words", Severity.INFO, text_only=True, looks_for=APPROVED, from_source_terms=True)
def term_across_words(ctx: EntryContext) -> Iterator[Finding]:
    """In Chinese, the characters of an approved term are found running across two words of
    the translation: the term may not be there at all.

    What it checks: each approved term found in a Chinese translation of a concept the
    source has, against the text's words (jieba-rs, its dictionary alone): a match that begins or ends inside a word is said,
    unless that word holds the whole match (`反洗钱` holds `洗钱`) or joins a whole word of the
    term to another (`合作项目` holds `合作` of `国际合作`). Languages written with spaces need
    no such check: a Spanish `migrantes` is not found in `inmigrantes`.

    Why it matters: Chinese is matched character by character, so `他们没收入` ("they have no
    income", 没 + 收入) holds the characters of `没收` (confiscation), and `工作组织` ("work
    organisation") those of `工作组`: TERM001 takes the concept as rendered. A note, not an
    error: a segmenter's words are a guess, and where it cuts a term wrongly (`对策应`, read
    `对` + `策应`) the translation is right.

    Example: `The assets were subject to confiscation.` → `他们没收入。` gives TERM006 for
    `confiscation`, found `没收` across `收入`.

    How to fix: where the text does not say the term, write it (`这些资产可予没收。`); where it
    does, nothing.
    """
    word_cut = profile(ctx.lang).word_cut
    if word_cut is None:
        return
    text = ctx.entry.msgstr
    # Only a concept the source has: the note warns that TERM001 took it as rendered (会议 in
    # 大会议程, "the Assembly's agenda", renders no meeting the source does not name).
    wanted = {match.concept for match in ctx.source}
    for match in ctx.target:
        if not match.approved or match.first < 0 or match.concept not in wanted:
            continue
        cut = word_cut(text, match.start, match.end)
        if cut:
            found = ctx.target_text(match)
            yield ctx.finding(
                "TERM006",
                f"'{found}' ({match.concept}) runs across the word '{cut}': check that the translation says it",
                concept=match.concept, source_term=ctx.source_term(match.concept), expected=ctx.approved_terms(match.concept),
                found=found,
                start=match.start, end=match.end,
            )


@register("TERM007", "term-capitals", Severity.WARNING, languages=("en", "es", "fr", "ru"), text_only=True,
          looks_for=APPROVED, from_source_terms=True)
def term_capitals(ctx: EntryContext) -> Iterator[Finding]:
    """An approved term is found with a small letter where the glossary writes a capital.

    What it checks: each approved term of a concept the source names as the glossary holds it
    (not the common noun, `a peer review mechanism`, nor another body's members or organ, a
    body's name after the term or before it, `the member States of the European Union`, `the
    General Assembly of INTERPOL`, `EU member States`: an acronym, or a name of two words that
    holds a body's noun, lang/'s `body_nouns`), found in the translation in a row (its words one after
    another, as many as the glossary's), against every approved term of its concept of as
    many words: a word that the glossary begins with a capital and the translation with a
    small letter. The first word is compared only in the middle of a sentence, after a word or
    a comma (a sentence or a list opens with a capital the glossary may not write; Russian
    names have theirs on the first word alone: `конференция участников`), nor a word the glossary writes in
    capitals alone (an acronym) or in small letters in another of the concept's terms, nor a
    text in capitals, a quotation or a title as published, nor a term after a possessive
    (`ses États membres`; the possessives and the genitive words that join a name to a term,
    `of the`, `de l'`, are each language's, in lang/); a capital the translation adds (a
    heading in title case) is not said. A capital the source lost alone (`the views of the
    member States`) is its slip: the term is the glossary's.

    Why it matters: terms are matched without regard to case, so that a term opening a
    sentence is found; but in the UN's style a capital tells a name or a body from the
    common noun: `États Membres` (of the United Nations), `Conférence des Parties`,
    `Организация Объединенных Наций`. `États membres` is the European Union's.

    Example: `Member States are invited…` → `Les États membres sont invités…` gives TERM007
    for `member-state`, found `États membres`, expected `État Membre` (the glossary's form).

    How to fix: write the term with the glossary's capitals; where the glossary is wrong
    for the language's style, correct the glossary.
    """
    text = ctx.entry.msgstr
    if text.isupper():
        return
    language = profile(ctx.lang)
    lowered_matches = []
    # Cheapest first: most matches are of terms the glossary writes with no capital, or are
    # written as it writes them (what asks more of the text came to a fifth of a run).
    for match in ctx.target:
        if not match.approved or match.positions is not None or match.first < 0:
            continue
        terms = terms_in(ctx, match.concept, ctx.lang)
        later = any(word[:1].isupper() for term in terms for word in term[1:])
        # (the first word too in the middle of a sentence: Russian names have their capital there alone)
        first_too = (any(term and term[0][:1].isupper() for term in terms) and in_mid_sentence(text, match.start)
                     and not used_generically(text, match.start, match.end, language))
        if not (later or first_too):
            continue
        words = WORDS.findall(ctx.target_text(match))
        lowered = capitals_lost(words, terms, first_too)
        if lowered and not (ctx.in_a_title(match) or inside_a_quotation(text, match.start, match.end)
                            or after_a_possessive(ctx, match, language)):
            lowered_matches.append((match, words, *lowered))
    if not lowered_matches:
        return
    # Only a concept the source names as the glossary holds it: `a peer review mechanism`, in
    # small letters, is none of the Review Mechanism's, and its translation's small letters are
    # right.
    wanted = {match.concept for match in ctx.source if not written_generic(ctx, match)}
    lowered_matches = [found for found in lowered_matches if found[0].concept in wanted]
    # A term inside another said (`Организации объединенных наций` in the Office's name): one finding.
    for match, words, term, lowered in lowered_matches:
        if not any(other is not match and other.covers(match) for other, *_ in lowered_matches):
            found = ctx.target_text(match)
            written = next(t for t in ctx.approved_terms(match.concept) if WORDS.findall(t) == term)
            yield ctx.finding(
                "TERM007",
                f"'{found}' ({match.concept}) has a small letter where the glossary writes '{written}': "
                f"{', '.join(repr(words[n]) for n in lowered)}",
                concept=match.concept, source_term=next((ctx.source_text(m) for m in ctx.source
                                                         if m.concept == match.concept and not written_generic(ctx, m)), ""),
                expected=ctx.approved_terms(match.concept), found=found, start=match.start, end=match.end,
            )


def _quoted(terms) -> str:
    return " or ".join(f"'{t}'" for t in terms) if terms else "(none in the glossary)"
