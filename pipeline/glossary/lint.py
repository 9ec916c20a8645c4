"""`hexaglot glossary lint`: what a terminologist must fix before the checks can trust a glossary.

Each rule has a code (GLS001...), a severity and a docstring that docs/glossary.md shows.
Rules yield problems; they never raise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.core import get_global

from pipeline.glossary import read_glossary_file
from pipeline.glossary.contexts import parse_context
from pipeline.glossary.contradictions import contradictions
from pipeline.glossary.language_columns import tbx_id, term_with_status
from pipeline.glossary.tbx import CONCEPT_ID, TRADITIONAL_CHINESE, Problems, read_tbx, unread_status
from pipeline.glossary.term_identity import term_key
from pipeline.lang.identify import SCRIPT_OF, script_units
from pipeline.lang.locales import tag_language
from pipeline.lang.lookalikes import mixes_latin_and_cyrillic
from pipeline.lang.morphology import morph_analyzer
from pipeline.lang.zh_script import traditional_runs
from pipeline.model import LANGUAGES, Glossary, Term, TermStatus
from pipeline.printable import printable
from pipeline.term_matching import term_index


@dataclass(frozen=True)
class LintProblem:
    code: str
    severity: str  # error, warning, info
    message: str
    concept: str = ""
    lang: str = ""
    line: int | None = None


@dataclass(frozen=True)
class LintRule:
    code: str
    name: str
    severity: str
    check: Callable[[Glossary], Iterator[LintProblem]]

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()


RULES: list[LintRule] = []


def rule(code: str, name: str, severity: str):
    def register(check):
        if any(existing.code == code for existing in RULES):
            raise ValueError(f"lint code {code} registered twice")
        RULES.append(LintRule(code, name, severity, check))
        return check

    return register


@rule("GLS002", "duplicate-concept-id", "error")
def duplicate_ids(glossary: Glossary) -> Iterator[LintProblem]:
    """Two concept entries share an id, so a finding cannot say which concept it means."""
    seen: set[str] = set()
    for number, concept in enumerate(glossary.concepts):
        if concept.id in seen:
            # (at a sheet's row of the second; a TBX's concept lines are the command's to find)
            row = glossary.rows[number][1] if number < len(glossary.rows) else None
            yield LintProblem("GLS002", "error", f"concept id '{concept.id}' is used twice", concept.id, line=row)
        seen.add(concept.id)


@rule("GLS003", "duplicate-concept", "warning")
def duplicate_concepts(glossary: Glossary) -> Iterator[LintProblem]:
    """Two concepts have the same preferred term in the source language: probably one concept
    entered twice, whose terms should be merged."""
    by_term: dict[str, str] = {}
    for concept in glossary.concepts:
        for term in concept.terms_in(glossary.source_lang):
            if term.status is TermStatus.PREFERRED:
                key = term_key(term.lang, term.text)
                if key in by_term and by_term[key] != concept.id:
                    yield LintProblem("GLS003", "warning", f"'{term.text}' is the preferred {term.lang} term of '{by_term[key]}' too", concept.id, term.lang)
                by_term.setdefault(key, concept.id)


@rule("GLS004", "term-in-two-concepts", "warning")
def term_in_two_concepts(glossary: Glossary) -> Iterator[LintProblem]:
    """The same approved term belongs to two concepts: a match cannot tell them apart. Allowed
    when it is intended (a short form shared by related concepts), but worth a look."""
    owners: dict[tuple[str, str], list[str]] = defaultdict(list)
    written: dict[tuple[str, str], str] = {}  # as the first concept writes it, for the message
    for concept in glossary.concepts:
        for term in concept.terms:
            key = term_key(term.lang, term.text)
            if term.status.approved and concept.id not in owners[key]:
                owners[key].append(concept.id)
                written.setdefault(key, term.text)
    for (lang, text), concepts in owners.items():
        if len(concepts) > 1:
            yield LintProblem("GLS004", "warning", f"'{written[lang, text]}' is an approved term of {', '.join(concepts)}", concepts[-1], lang)


@rule("GLS005", "approved-and-deprecated", "error")
def approved_and_deprecated(glossary: Glossary) -> Iterator[LintProblem]:
    """The same term is approved somewhere and deprecated or forbidden elsewhere in the same
    language: the checks would both require it and flag it. So is a deprecated or forbidden
    term that is a form of an approved one (`незаконного ввоза мигрантов` beside `незаконный
    ввоз мигрантов`): spelled apart, it is the same term to `check`, which reads terms through
    their words' forms."""
    for contradiction in contradictions(glossary.concepts):
        yield LintProblem("GLS005", "error", contradiction.message(), contradiction.rejected_in, contradiction.lang)
    yield from _rejected_forms_of_approved_terms(glossary)


_INFLECTED_BY_LEXEME = frozenset({"ru", "ar"})


def _rejected_forms_of_approved_terms(glossary: Glossary) -> Iterator[LintProblem]:
    """A deprecated or forbidden term that the matcher finds in an approved one, whole: an
    inflected form of it, which spelled apart is another term, but read through its words'
    lemmas as `check` reads it is the same: TERM002 on every text that uses the approved term.
    (The same spelling is `contradictions`'.)"""
    # Russian and Arabic, whose analysers read a word's forms by its lexeme (pymorphy3's lemma,
    # the stem under the clitics): a stemmer, as French's, also joins two words of one stem
    # (`Rapporteure spéciale`, deprecated, is no form of `Rapporteur spécial`), and Chinese terms
    # have no forms.
    for lang in sorted({term.lang for concept in glossary.concepts for term in concept.terms
                        if not term.status.approved and not term.contexts and term.lang in _INFLECTED_BY_LEXEME}):
        try:
            index = term_index([glossary], lang)
        except re.error:
            continue  # a pattern that does not compile: GLS001 says it, and no index is built with it
        for concept in glossary.concepts:
            for term in concept.terms_in(lang):
                if not term.status.approved:
                    continue
                for match in index.match(term.text):
                    rejected = match.term
                    # (word for word: a term the matcher finds with a word inside it, `Working Group on
                    # Smuggling of Migrants` in `… on the Smuggling …`, stands only where written so)
                    if rejected.status.approved or rejected.contexts or (match.start, match.end) != (0, len(term.text)) \
                            or len(rejected.text.split()) != len(term.text.split()) \
                            or term_key(lang, rejected.text) == term_key(lang, term.text):
                        continue
                    yield LintProblem("GLS005", "error", f"'{rejected.text}' ({rejected.status.value} in '{match.concept}') is "
                                      f"a form of '{term.text}', approved in '{concept.id}': `check` reads terms through "
                                      "their words' forms, and would flag texts that use the approved term",
                                      match.concept, lang)


@rule("GLS006", "no-preferred-term", "warning")
def no_preferred_term(glossary: Glossary) -> Iterator[LintProblem]:
    """A concept has no preferred term in one of the six languages, so its absence from that
    language's translation cannot be checked."""
    for concept in glossary.concepts:
        for lang in LANGUAGES:
            if not any(t.status is TermStatus.PREFERRED for t in concept.terms_in(lang)):
                yield LintProblem("GLS006", "warning", f"no preferred {lang} term", concept.id, lang)


@rule("GLS013", "status-in-term", "error")
def status_in_term(glossary: Glossary) -> Iterator[LintProblem]:
    """A term that ends with a status in brackets (`анкета (deprecated)`, `… (не рекомендуется)`):
    typed into the term, not its status. It is looked for as written and never found, and the
    variant it names passes as the status the term has."""
    for concept in glossary.concepts:
        for term in concept.terms:
            if term_with_status(term.text):
                yield LintProblem("GLS013", "error", f"'{term.text}' ({term.status.value}) holds a status in brackets: "
                                  "give the term its status instead", concept.id, term.lang)


@rule("GLS014", "abbreviation-in-brackets", "warning")
def abbreviation_in_brackets(glossary: Glossary) -> Iterator[LintProblem]:
    """A term that holds an abbreviation or a short form in brackets (`Conference of the
    Parties (COP)`, a spreadsheet's habit) that is no term of the concept's own: the term is
    looked for as written, brackets and all, and a text that writes the full name alone, or the
    abbreviation alone, never matches it; where it is the concept's only approved term in its
    language, the concept goes unchecked there, and nothing says so."""
    for concept in glossary.concepts:
        for term in concept.terms:
            found = _BRACKETED.search(term.text)
            if found is None or not term.text[:found.start()].strip() or term_with_status(term.text):
                continue  # (a status typed into the term is GLS013's)
            inside = found.group(1).strip()
            if any(char.islower() for char in inside) or not any(char.isupper() or char.isdigit() for char in inside):
                continue  # no abbreviation: `Bolivia (Plurinational State of)`, a UN short name written so
            held = {t.text.casefold() for t in concept.terms_in(term.lang)}
            if inside.casefold() not in held:
                yield LintProblem("GLS014", "warning", f"'{term.text}' is found only as written, with '({inside})': give "
                                  f"'{term.text[:found.start()].strip()}' and '{inside}' as terms of their own", concept.id, term.lang)


@rule("GLS015", "alternatives-in-one-term", "warning")
def alternatives_in_one_term(glossary: Glossary) -> Iterator[LintProblem]:
    """A term that writes two whole terms with a slash between (`State party/States parties`,
    each starting as the other does; a full form and its acronym, `Internet service provider /
    ISP`): looked for as written, slash and all, it is found in no text, where each alternative
    would be. A slash inside a term (`документ на въезд/выезд`) is its own wording and is left
    alone. A bar or a semicolon (`偷运移民|偷运`, as a term list separates synonyms, typed in one
    term's cell of hexaglot's own layout) is no term's wording: always said."""
    for concept in glossary.concepts:
        for term in concept.terms:
            listed = [piece.strip() for piece in re.split(r"[|｜;；؛]", term.text)]
            if len(listed) > 1:
                kept = [piece for piece in listed if piece]
                said = (f"writes {len(kept)} terms in one, found only as written: give "
                        f"{' and '.join(repr(piece) for piece in kept)} as terms of their own" if len(kept) > 1
                        else f"holds a bar or a semicolon no term's wording has, found only as written: give '{kept[0]}'"
                        if kept else "is a bar or a semicolon alone: no term")
                yield LintProblem("GLS015", "warning", f"'{term.text}' {said}", concept.id, term.lang)
                continue
            pieces = [piece.strip() for piece in term.text.split("/")]
            if len(pieces) < 2 or not all(pieces):
                continue
            first = pieces[0].split()[0].casefold()[:4]
            alike = len(first) >= 3 and all(piece.casefold().startswith(first) for piece in pieces[1:])
            with_acronym = len(pieces) == 2 and any(_ACRONYM.fullmatch(piece) for piece in pieces) \
                and any(len(piece.split()) >= 2 for piece in pieces)
            if alike or with_acronym:
                yield LintProblem("GLS015", "warning", f"'{term.text}' writes {len(pieces)} terms in one, found only as written: "
                                  f"give {' and '.join(repr(piece) for piece in pieces)} as terms of their own", concept.id, term.lang)


# An acronym: capitals (Latin or Cyrillic) and digits, in one word (`ISP`, `UNODC`, `ЮНОДК`).
_ACRONYM = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,9}")


# A bracketed part at a term's end, in Latin or full-width brackets.
_BRACKETED = re.compile(r"[(（]([^()（）]+)[)）]\s*$")


@rule("GLS016", "language-not-of-the-six", "info")
def language_not_of_the_six(glossary: Glossary) -> Iterator[LintProblem]:
    """Terms in a language that is none of the six (a multilingual termbase's German; or `ur`
    typed for `ru`, which GLS017 tells by the script): kept and written back, looked for in no
    catalog. Traditional Chinese is GLS012's."""
    by_lang: dict[str, int] = defaultdict(int)
    for concept in glossary.concepts:
        for term in concept.terms:
            if term.lang not in LANGUAGES and term.lang != TRADITIONAL_CHINESE:
                by_lang[term.lang] += 1
    for lang, count in sorted(by_lang.items()):
        of_the_six = tag_language(lang)
        what = (f"another variety of {of_the_six} than the UN's, which the glossary has too" if of_the_six in LANGUAGES
                else "none of the six languages")
        yield LintProblem("GLS016", "info", f"{count} terms in '{lang}', which is {what}: kept, and "
                          "looked for in no catalog", "", lang)


@rule("GLS017", "term-in-another-script", "warning")
def term_in_another_script(glossary: Glossary) -> Iterator[LintProblem]:
    """A term written in another script than its language's: Arabic under `zh` (a term in the
    wrong column), Cyrillic under `ur` (`ur` typed for `ru`); or with a word that mixes Latin
    and Cyrillic letters (`Рабочaя группa`, a Latin `a`). The first is looked for in the wrong
    catalogs or in none; the second is inflected (`glossary inflect`) as a word no dictionary
    has. Words in Latin capitals (`COVID-19`, `SMS-сообщение`) and Latin words beside the
    language's own (`адрес e-mail`) are the term's own."""
    for concept in glossary.concepts:
        for term in concept.terms:
            own = _script_of_language(term.lang)
            if own is None:
                continue
            words = [_word_script(word) for word in _CAPITALS.sub(" ", term.text).split()]
            scripts = [script for script in words if script]
            if scripts and own not in scripts:
                meant = sorted(code for code, written_in in SCRIPT_OF.items() if written_in == scripts[0])
                hint = f" ({' or '.join(meant)} meant?)" if meant and term.lang not in LANGUAGES else ": a term in the wrong column?"
                yield LintProblem("GLS017", "warning", f"'{term.text}' is written in {scripts[0]}, not in {own} as "
                                  f"{term.lang} is{hint}", concept.id, term.lang)
                continue
            mixed = next((part for word in term.text.split() for part in re.split(r"[-‐]", word) if mixes_latin_and_cyrillic(part)), None)
            if mixed:
                yield LintProblem("GLS017", "warning", f"'{term.text}' mixes Latin and Cyrillic letters in "
                                  f"'{mixed}': retype it in one script", concept.id, term.lang)


def _word_script(word: str) -> str:
    """The script most of a word's letters are in (of the six's), or "" for none."""
    units = script_units(word)
    best = max(units, key=units.get)
    return best if units[best] else ""


# A language's script, as CLDR's likely subtags give it, in identify.py's names.
_SCRIPT_NAMES = {"Arab": "Arabic", "Cyrl": "Cyrillic", "Hans": "Han", "Hant": "Han", "Hani": "Han", "Latn": "Latin"}


def _script_of_language(lang: str) -> str | None:
    if lang in SCRIPT_OF:
        return SCRIPT_OF[lang]
    if lang == TRADITIONAL_CHINESE:
        return "Han"
    script = next((part.title() for part in lang.split("-")[1:] if len(part) == 4 and part.isalpha()), None)
    if script:  # `sr-Latn`: the tag says it
        return _SCRIPT_NAMES.get(script)
    likely = get_global("likely_subtags").get(lang.split("-")[0], "")
    parts = likely.split("_")
    return _SCRIPT_NAMES.get(parts[1]) if len(parts) > 1 else None


# A word of Latin capitals and digits, perhaps hyphenated (`COVID-19`, `UNODC`, `INTERPOL`).
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\b")


@rule("GLS018", "alternatives-separated-by-commas", "warning")
def alternatives_separated_by_commas(glossary: Glossary) -> Iterator[LintProblem]:
    """A term that writes two terms with a comma between (`smuggling of migrants, migrant
    smuggling`), as a person lists synonyms in one cell: looked for as written, comma and all,
    it is found in no text. Told from a term with a comma of its own (`по суше, морю и
    воздуху`, an enumeration) by its parts sharing a word, as variants of one term do.
    Separate synonyms with `|` or `;` in a spreadsheet, or give each its own term."""
    for concept in glossary.concepts:
        for term in concept.terms:
            pieces = [piece.strip() for piece in re.split(r"[,，、،؛]", term.text)]
            if len(pieces) < 2 or not all(pieces):
                continue
            words = [{word for word in re.findall(r"\w{4,}", piece.casefold())} for piece in pieces]
            shared = all(len(piece.split()) >= 2 for piece in pieces) and all(words[0] & other for other in words[1:])
            if not shared and all(_HAN.fullmatch(piece) for piece in pieces):
                # Chinese synonyms listed with 、 or ， (`偷运移民、移民偷运`, `缔约国，缔约方`): short
                # terms sharing two characters in a row; not an enumeration inside a title
                # (`…打击陆、海、空偷运移民的…`), whose parts are a character or a long stretch.
                pairs = [{piece[at:at + 2] for at in range(len(piece) - 1)} for piece in pieces]
                shared = all(2 <= len(piece) <= 10 for piece in pieces) and all(pairs[0] & other for other in pairs[1:])
            # or a term and its acronym (`small island developing State, SIDS`)
            if shared or (len(pieces) == 2 and _acronym_of(*pieces)):
                yield LintProblem("GLS018", "warning", f"'{term.text}' writes {len(pieces)} terms in one, found only as "
                                  f"written: give {' and '.join(repr(piece) for piece in pieces)} as terms of their own",
                                  concept.id, term.lang)


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _acronym_of(one: str, other: str) -> bool:
    """Whether one of two pieces is the other's acronym: its capitals the other's words'
    initials (`SIDS`, `small island developing State`; articles and prepositions aside)."""
    for short, full in ((one, other), (other, one)):
        letters = short.replace(".", "")
        if 2 <= len(letters) <= 8 and letters.isupper() and len(full.split()) >= 2:
            initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", full) if len(word) > 3 or word[0].isupper())
            if initials.casefold() == letters.casefold():
                return True
    return False


@rule("GLS019", "term-listed-twice", "warning")
def term_listed_twice(glossary: Glossary) -> Iterator[LintProblem]:
    """One concept lists a term twice in one language (up to case and spacing; a case-sensitive
    one's other case is another term), with the same status (`État partie` preferred and
    `État Partie` admitted rank two spellings):
    a copy made by hand, which the checks read as one; the second's note or marks are lost
    to whoever edits the first. (Approved and rejected both is GLS005.)"""
    for concept in glossary.concepts:
        seen: dict[tuple[tuple[str, str], object], Term] = {}
        for term in concept.terms:
            key = (term_key(term.lang, term.text), term.status)
            if key in seen and not ((seen[key].case_sensitive or term.case_sensitive) and seen[key].text != term.text):
                yield LintProblem("GLS019", "warning", f"'{term.text}' is listed twice, {term.status.value} both times: "
                                  "keep one", concept.id, term.lang)
            seen.setdefault(key, term)


@rule("GLS023", "status-not-read", "warning")
def status_not_read(glossary: Glossary) -> Iterator[LintProblem]:
    """A term's `Status` field (MultiTerm's, `Term Status`, `Usage Status`) whose value names
    no term status and no workflow step hexaglot knows (`Unsuitable`, a picklist's own word):
    kept as a note, the term read with its own status, preferred where it has none. Where the
    value rejects the term, a forbidden term passes as approved: give it its TBX status
    (`deprecatedTerm-admn-sts`), or a value hexaglot reads (`Forbidden`, `Do not use`,
    `Deprecated`)."""
    for concept in glossary.concepts:
        for term in concept.terms:
            for name, kind, text in term.extra:
                if name in ("termNote", "descrip") and unread_status(kind, text):
                    yield LintProblem("GLS023", "warning", f"'{term.text}' has the {kind} '{text}', which names no status "
                                      f"hexaglot reads: the term is {term.status.value}; if the value rejects it, give it "
                                      "deprecatedTerm-admn-sts (or Forbidden, Do not use)", concept.id, term.lang)


@rule("GLS022", "traditional-characters-in-chinese", "warning")
def traditional_characters_in_chinese(glossary: Glossary) -> Iterator[LintProblem]:
    """A Chinese (`zh`) term written in Traditional characters (`締約國`), as a list's
    `Chinese` column or a Taiwanese termbase gives it: UN Chinese is Simplified, so an approved
    one is found in no catalog (TERM001 on every correct `缔约国`), a rejected one never flagged.
    A Traditional term belongs under `zh-Hant`, which is kept and not matched (GLS012)."""
    for concept in glossary.concepts:
        for term in concept.terms_in("zh"):
            runs = traditional_runs(term.text)
            if runs:
                yield LintProblem("GLS022", "warning", f"'{term.text}' ({term.status.value}) is written in Traditional "
                                  f"characters ({', '.join(run.group(0) for run in runs)}): UN Chinese is Simplified; give "
                                  f"its Simplified form, or mark the term zh-Hant", concept.id, "zh")


@rule("GLS021", "status-left-empty", "warning")
def status_left_empty(glossary: Glossary) -> Iterator[LintProblem]:
    """A spreadsheet's term whose status cell is empty (or has no column), read as preferred,
    beside another preferred term of its concept in that language: two preferred where one was
    meant (`ЦУР` with no status beside `цели в области устойчивого развития`, preferred: the
    acronym where the source has the full form then passed). A TBX term without a status is
    refused (E014); a sheet's was taken in silence. Fill the cell (`admitted`, `preferred`)."""
    preferred: dict[tuple[str, str], int] = {}
    forms: set[tuple[str, str, str]] = set()  # a plural or a feminine, listed as a second preferred term by design
    for concept in glossary.concepts:
        for term in concept.terms:
            if term.number == "plural" or term.gender == "feminine":
                forms.add((concept.id, term.lang, term.text))
            elif term.status is TermStatus.PREFERRED:
                preferred[concept.id, term.lang] = preferred.get((concept.id, term.lang), 0) + 1
    first: dict[tuple[str, str], str] = {}
    for concept in glossary.concepts:
        for term in concept.terms:
            first.setdefault((concept.id, term.lang), term.text)
    said: set[tuple[str, str]] = set()
    for concept_id, lang, text in glossary.unstated:
        # The first term of a language with its cell empty is the preferred, as meant: the one
        # to name is a later one left empty.
        if text == first.get((concept_id, lang)) or (concept_id, lang, text) in forms:
            continue
        if preferred.get((concept_id, lang), 0) > 1 and (concept_id, lang) not in said:
            said.add((concept_id, lang))
            yield LintProblem("GLS021", "warning", f"'{text}' has no status: read as preferred, a second preferred term "
                              f"of {lang} beside the concept's others; fill its status cell", concept_id, lang)


@rule("GLS020", "concept-id-not-an-xml-name", "error")
def concept_id_not_an_xml_name(glossary: Glossary) -> Iterator[LintProblem]:
    """A concept id TBX cannot hold: an XML name starts with a letter or `_` and has no space
    or control character (`1 ndc`). Written into a TBX file, it makes one no other tool reads
    (a control character, one no XML reader takes): `glossary import` refuses it; `ndc-1`
    would do."""
    for concept in glossary.concepts:
        if not CONCEPT_ID.fullmatch(concept.id):
            yield LintProblem("GLS020", "error", f"concept id '{printable(concept.id)}' is no XML name (TBX's ids are): "
                              f"write it as '{tbx_id(concept.id)}'", concept.id)


@rule("GLS012", "traditional-chinese", "info")
def traditional_chinese(glossary: Glossary) -> Iterator[LintProblem]:
    """The glossary has Traditional Chinese terms (a zh-TW, zh-HK or zh-Hant section): kept,
    written back, and never matched in a Chinese catalog, which is UN Chinese (Simplified)."""
    count = sum(1 for concept in glossary.concepts for term in concept.terms_in(TRADITIONAL_CHINESE))
    if count:
        yield LintProblem("GLS012", "info", f"{count} Traditional Chinese ({TRADITIONAL_CHINESE}) terms: kept, and not "
                          "matched in Chinese catalogs (UN Chinese is Simplified)", "", TRADITIONAL_CHINESE)


@rule("GLS007", "unknown-russian-word", "info")
def unknown_russian_words(glossary: Glossary) -> Iterator[LintProblem]:
    """A Russian term holds a word pymorphy3's dictionary does not know: its inflected forms
    are guessed, and some may be missed. Check the spelling, or accept the guess."""
    morph = morph_analyzer()
    for concept in glossary.concepts:
        for term in concept.terms_in("ru"):
            if term.pattern or term.term_type == "acronym":
                continue
            words = re.findall(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", term.text)
            unknown = [w for w in words if not morph.word_is_known(w.lower()) and not all(morph.word_is_known(p.lower()) for p in w.split("-"))]
            if unknown:
                yield LintProblem("GLS007", "info", f"pymorphy3 does not know {', '.join(unknown)} in '{term.text}'", concept.id, "ru")


@rule("GLS008", "bad-pattern", "error")
def bad_patterns(glossary: Glossary) -> Iterator[LintProblem]:
    """A term's pattern is given on an approved term (patterns describe forbidden or
    deprecated variants whose forms are endless). A pattern that is not a valid regular
    expression is refused when the glossary is read (GLS001 here), as the checks cannot run
    with it (pipeline/glossary/patterns.py)."""
    for concept in glossary.concepts:
        for term in concept.terms:
            if term.pattern and term.status.approved:
                yield LintProblem("GLS008", "error", f"'{term.text}' is approved but has a pattern", concept.id, term.lang)


@rule("GLS009", "unverified-term", "info")
def unverified_terms(glossary: Glossary) -> Iterator[LintProblem]:
    """A term is marked ○ (unverified) or ? (uncertain): the terminologists' queue of forms to
    check in UNTERM or the UNODC glossaries. Listed with --verbose only."""
    for concept in glossary.concepts:
        for term in concept.terms:
            if term.verification.value != "verified":
                yield LintProblem("GLS009", "info", f"{term.verification.mark} {term.text}", concept.id, term.lang)


@rule("GLS010", "bad-context-rule", "error")
def bad_context_rules(glossary: Glossary) -> Iterator[LintProblem]:
    """A term has context rules (`x-allowedContext`) but is approved, or is given as a pattern:
    rules say where a deprecated or forbidden term given as words is right (docs/glossary.md). A rule that cannot be read is
    refused when the glossary is read (GLS001 here)."""
    for concept in glossary.concepts:
        for term in concept.terms:
            if term.contexts and term.status.approved:
                yield LintProblem("GLS010", "error", f"'{term.text}' is approved but has context rules", concept.id, term.lang)
            elif term.contexts and term.pattern:
                yield LintProblem("GLS010", "error", f"'{term.text}' is a pattern: context rules apply to terms given as words "
                                  "(write the context into the pattern)", concept.id, term.lang)


@rule("GLS011", "context-rule", "info")
def context_rules(glossary: Glossary) -> Iterator[LintProblem]:
    """Where a deprecated or forbidden term is allowed, as its context rules say: listed so
    that a terminologist reviewing the glossary sees every exception the checks make."""
    for concept in glossary.concepts:
        for term in concept.terms:
            for written in term.contexts:
                try:
                    rule_ = parse_context(written)
                except ValueError:
                    continue  # GLS010 reports it
                yield LintProblem("GLS011", "info", f"'{term.text}' ({term.status.value}) is allowed when {rule_.relation} '{rule_.phrase}'",
                                  concept.id, term.lang)


def lint(glossary: Glossary, schema_problems: list[tuple[int, str]] = ()) -> list[LintProblem]:
    problems = [LintProblem("GLS001", "error", message, line=line) for line, message in schema_problems]
    for lint_rule in RULES:
        problems.extend(lint_rule.check(glossary))
    return problems


def lint_file(path: Path) -> list[LintProblem]:
    """Lint a glossary file; XML that cannot be parsed at all raises HexaglotInputError."""

    if path.suffix.lower() in (".tbx", ".xml"):
        schema = Problems()
        glossary = read_tbx(path, schema)
        return lint(glossary, schema)
    return lint(read_glossary_file(path))


def concept_lines(path: Path) -> dict[str, int]:
    """The line of each concept entry of a TBX file, or its row in a spreadsheet, so that
    problems can point at it."""
    if not path.is_file():
        return {}
    if path.suffix.lower() not in (".tbx", ".xml"):
        return dict(read_glossary_file(path).rows)
    from lxml import etree

    lines: dict[str, int] = {}
    try:
        for _, element in etree.iterparse(str(path), events=("start",), resolve_entities=False, no_network=True):
            if isinstance(element.tag, str) and etree.QName(element).localname in ("conceptEntry", "termEntry"):
                lines.setdefault(element.get("id") or "", element.sourceline)
    except etree.XMLSyntaxError:
        return {}
    return lines
