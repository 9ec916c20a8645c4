"""The capitals of a glossary's names: where a translation writes one small (TERM007), and what
tells, in the source, a name the glossary holds from another body's or from the common noun
(TERM001 and TERM007: `the member States of the European Union` asks no `会员国`)."""

from __future__ import annotations

import re

from pipeline.checks.context import EntryContext
from pipeline.lang import profile

# The words of a term and of the text it is found in, whose capitals TERM007 compares (a
# hyphen's parts apart: `Secretary-General`).
WORDS = re.compile(r"[^\W\d_]+")


def written_generic(ctx: EntryContext, match) -> bool:
    """Whether the source's term is not the name the glossary holds: the common noun, every
    capital of the glossary's terms written small (`a peer review mechanism`, its first word
    compared too unless it opens the sentence), or another body's members or organ, a name
    after it (`the member States of the European Union`, `the General Assembly of INTERPOL`).
    A capital lost alone is the source's slip (`the views of the member States`): the term is
    the glossary's, and its translation is checked."""
    every_term = terms_in(ctx, match.concept, ctx.source_lang)
    if not any(word[:1].isupper() and not word.isupper() for term in every_term for word in term):
        return False  # a common noun in the glossary too (`working group`): no name to tell
    if _names_another_body(ctx.entry.msgid, match.end, profile(ctx.source_lang), ctx.source):
        return True
    words = WORDS.findall(ctx.source_text(match))
    terms = [term for term in every_term if len(term) == len(words)]
    if not words or not terms:
        return False
    before = ctx.entry.msgid[:match.start].rstrip()
    opens = not before or before[-1] in ".!?:;(\"'“‘«" or before[-1].isdigit()
    small = {word for term in every_term for word in term if word[:1].islower()}
    capitals = [[(ours, theirs, n) for n, (ours, theirs) in enumerate(zip(words, term))
                 if theirs[:1].isupper() and not theirs.isupper() and ours not in small and (n or not opens)] for term in terms]
    lost = [[_capital_lost(ours, theirs) for ours, theirs, _ in places] for places in capitals]
    if all(flags and all(flags) for flags in lost):
        return True  # every capital written small: the common noun
    # One lost, with another body's name or a possessive right before it (`EU member States`,
    # `the European Union and its member States`); alone, the source's slip. None lost, with
    # another body's name right before (`EU Member States`; not a possessive: `the
    # Organization and its Member States` are the United Nations').
    language = profile(ctx.source_lang)
    if all(any(flags) for flags in lost):
        return _another_body_before(ctx.entry.msgid, match.start, language, ctx.source)
    return _another_body_before(ctx.entry.msgid, match.start, language, ctx.source, possessive=False)


def _names_another_body(text: str, end: int, language, matches) -> bool:
    """Whether, in its clause, another body's name follows a term that ends at `end`, joined
    by the language's genitive words or none (`of the European Union`, `of INTERPOL`,
    `de l'Union africaine`): its capitalized words hold a body's noun or are an acronym, and no
    term of the glossary's is among them (whose bodies are the United Nations' own: `of the
    United Nations` names the Organization's members, `of Africa` a place)."""
    clause = _CLAUSE_END.split(text[end:end + 80], 1)[0]
    name: list[re.Match] = []  # the name's words: capitalized ones, and linkers among them
    for word in WORDS.finditer(clause):
        if word.group().lower() in language.genitive_linkers:
            continue
        if not word.group()[:1].isupper():
            break
        name.append(word)
    if not name or not _a_body(name, language):
        return False
    start, stop = end + name[0].start(), end + name[-1].end()
    return not any(other.start < stop and start < other.end for other in matches)


def _a_body(name: list[re.Match], language) -> bool:
    """Whether capitalized words name a body: an acronym (`INTERPOL`, `EU`), or two words or
    more one of which is a body's noun (`European Union`; not `the Organization` alone, the
    United Nations in their documents)."""
    words = [word.group() for word in name]
    return any(len(word) >= 2 and word.isupper() and word not in _THE_ORGANIZATION for word in words) or (
        len(words) >= 2 and any(word.lower() in language.body_nouns for word in words))


# The United Nations' own acronym in the six languages' Latin and Cyrillic letters: the
# Organization, no other body (`Member States of the UN`, `États membres de l'ONU`).
_THE_ORGANIZATION = frozenset({"UN", "ONU", "ООН", "UNO"})


def _another_body_before(text: str, start: int, language, matches, possessive: bool = True) -> bool:
    """Whether a term that starts at `start` has another body's name, or a possessive, right
    before it, spaces alone between (`EU member States`, `the European Union and its member
    States`; not `With the support of UNODC, Member States`, nor `In annex II, Member States`):
    an acronym that is no glossary term (UNODC is the United Nations') nor a Roman numeral, or a
    name of two words holding a body's noun."""
    offset = max(0, start - 40)  # (where the window starts in the text)
    window = _POSSESSIVE_ENDING.sub(" ", text[offset:start])  # (`the European Union's member States`)
    if not _RIGHT_BEFORE.search(window):
        return False  # punctuation, a digit or nothing between: no name of the term's
    before = list(WORDS.finditer(window))
    last = before[-1]
    if possessive and last.group().lower() in language.possessive_determiners:
        return True
    if any(other.start < offset + last.end() and offset + last.start() < other.end for other in matches):
        return False  # a glossary term: the United Nations' own bodies
    word = last.group()
    if len(word) >= 2 and word.isupper():
        # (a Roman numeral after its noun: `annex II`; not `ICC`)
        numeral = _ROMAN.fullmatch(word) and len(before) >= 2 and before[-2].group()[:1].islower()
        return word not in _THE_ORGANIZATION and not numeral
    name = []  # the name's words back from the term: capitalized ones, and linkers among them
    for found in reversed(before[-5:]):
        if found.group().lower() in language.genitive_linkers and name:
            continue
        if not found.group()[:1].isupper():
            break
        name.insert(0, found)
    return _a_body(name, language)


# A name's possessive ending, read as the name itself before the term.
_POSSESSIVE_ENDING = re.compile(r"['’]s\s+$")
# A word right before the term, spaces alone between; a Roman numeral (`annex II`).
_RIGHT_BEFORE = re.compile(r"[^\W\d_]+\)?\s+$")  # (a body's acronym in brackets: `European Union (EU) member States`)
_ROMAN = re.compile(r"[IVXLC]+")


def terms_in(ctx: EntryContext, concept: str, lang: str) -> list[list[str]]:
    """The words of each approved term of the concept in the language (kept per concept: asked
    of every match)."""
    found = ctx.terminology.concepts[concept]
    key = (id(found), lang)
    words = _TERM_WORDS.get(key)
    if words is None or words[0] is not found:
        words = _TERM_WORDS[key] = (found, [WORDS.findall(term.text) for term in found.terms_in(lang) if term.status.approved])
    return words[1]


# (concept's id, language) → (the concept, its approved terms' words): the concept kept with
# them, so that an id a later glossary's concept reuses is told apart.
_TERM_WORDS: dict[tuple[int, str], tuple[object, list[list[str]]]] = {}


def in_mid_sentence(text: str, start: int) -> bool:
    """Whether what starts at `start` follows a word or a comma of its sentence: its first
    letter is no sentence's, list item's, heading's or quotation's."""
    at = start
    while at and text[at - 1].isspace():
        at -= 1
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] == ",")


def used_generically(text: str, start: int, end: int, language) -> bool:
    """Whether a name found in small letters is the common noun there: a word before it that
    makes it one (`une assemblée générale`, `a peer review mechanism`), or another body's after
    it in its clause (`конференции участников других конвенций`)."""
    before = WORDS.findall(text[max(0, start - 30):start])[-1:]
    after = WORDS.findall(_CLAUSE_END.split(text[end:end + 40], maxsplit=1)[0])[:1]
    return (any(word.lower() in language.generic_before for word in before)
            or any(word.lower() in language.other_after for word in after))


def capitals_lost(words: list[str], terms: list[list[str]], first_too: bool = False) -> tuple[list[str], list[int]] | None:
    """The approved term of as many words, and the places after the first (`first_too`: and
    the first) where the text has a
    small letter for its capital, where every such term has one (None where any has none). A
    word the glossary writes in small letters in another of the concept's terms (the Protocol's
    full title, `Protocolo contra el tráfico ilícito de migrantes por tierra…`, beside its short
    form `Protocolo contra el Tráfico Ilícito de Migrantes`) may be so."""
    alike = [term for term in terms if len(term) == len(words)]
    if len(words) < 2 or not alike:
        return None
    small = {word for term in terms for word in term if word[:1].islower()}
    lowered = [[n for n, (ours, theirs) in enumerate(zip(words, term))
                if (n or first_too) and _capital_lost(ours, theirs) and ours not in small]
               for term in alike]
    return (alike[0], lowered[0]) if all(lowered) else None


def after_a_possessive(ctx: EntryContext, match, language) -> bool:
    """Whether a possessive stands in the two words before the term found (`ses États
    membres`, `sus propios Estados miembros`): some other body's members."""
    before = WORDS.findall(ctx.entry.msgstr[max(0, match.start - 30):match.start])[-2:]
    return any(word.lower() in language.possessive_determiners for word in before)


# Where a clause ends, or a bracket or quotation begins: no name after it is the term's.
_CLAUSE_END = re.compile(r"[.,;:!?()\[\]«»\"“”„。，、；：،]")


def _capital_lost(ours: str, theirs: str) -> bool:
    """A word the glossary begins with a capital (not an acronym) and the text with a small letter."""
    return theirs[:1].isupper() and not (len(theirs) > 1 and theirs.isupper()) and ours[:1].islower()
