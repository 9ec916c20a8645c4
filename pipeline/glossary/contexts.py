"""Context rules: where a deprecated or forbidden term is right after all.

A variant can be wrong for one body and right for another: «Конференция Сторон» is not the
UNTOC's conference («Конференция участников») but is the name of the conferences of the
climate, biodiversity and desertification conventions. A rejected term may carry rules, one
per `termNote type="x-allowedContext"`, each a relation and a phrase:

    followed by Конвенции о биологическом разнообразии
    preceded by Базельской
    near изменении климата

`immediately followed by`: the phrase comes right after the term (a suffix that makes another
word: 偷渡者, a stowaway, is not 偷渡); `immediately preceded by`: it ends right before the
term (Chinese names the convention first: 《联合国气候变化框架公约》缔约方大会; eight characters
before, across a comma, it named another clause's); `followed by`: the phrase starts within the
next WINDOW words of the same sentence;
`preceded by`: it ends within the WINDOW words before the term; `near`: it is anywhere in the
same entry. Phrases are matched as terms are, through the language's analyser (any inflected
form). Where a rule holds, the variant is not reported and counts as the concept rendered.
"""

from __future__ import annotations

from dataclasses import dataclass

RELATIONS = ("immediately followed by", "immediately preceded by", "followed by", "preceded by", "near")
# How far (in words and marks, within a sentence) a `followed by` or `preceded by` phrase may
# stand from the term: a convention's name after «Конференция Сторон» starts with one or two
# words of its own («Рамочной конвенции Организации Объединенных Наций об изменении климата»).
WINDOW = 8


@dataclass(frozen=True)
class ContextRule:
    relation: str  # one of RELATIONS
    phrase: str


def parse_context(text: str) -> ContextRule:
    """A rule from its written form; ValueError naming what is wrong."""
    written = normal_rule(text)
    for relation in RELATIONS:
        if written.lower().startswith(relation + " "):
            phrase = written[len(relation) + 1:].strip()
            if any(ch.isalnum() for ch in phrase):  # a phrase of punctuation would hold almost everywhere
                return ContextRule(relation, phrase)
    raise ValueError(f"'{written}' is not a context rule: write {', '.join(repr(r + ' PHRASE') for r in RELATIONS[:-1])} "
                     f"or '{RELATIONS[-1]} PHRASE', with words in the phrase")


def normal_rule(text: str) -> str:
    """A rule as it is kept: its spaces and line breaks one space each, so that it is one line
    in a spreadsheet cell, where a cell's lines are its rules."""
    return " ".join(text.split())
