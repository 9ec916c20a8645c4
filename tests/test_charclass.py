"""The spelt-out classes (pipeline/lang/charclass.py) find what the categories find: for every
character of the Basic Multilingual Plane, in every way hexaglot combines them, and for the
expressions built from them on generated text and on the shipped catalogs."""

import re
from itertools import chain
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.lang.charclass import CATEGORIES, TwoSpellings, spelt, within_bmp

PLANE = [chr(code) for code in chain(range(0xD800), range(0xE000, 0x10000))]

# Each way an expression of hexaglot uses a class: whole, inside a class with more, negated.
USES = {
    "letter": lambda c: c.letter,
    "digit": lambda c: c.digit,
    "word and hyphen": lambda c: c.word("-"),
    "neither word nor space": lambda c: c.not_word(r"\s"),
}


@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["case", "ignorecase"])
@pytest.mark.parametrize("use", list(USES))
def test_every_character_of_the_plane_is_classed_as_the_category_classes_it(use, flags):
    expression = TwoSpellings(USES[use], flags)
    assert expression.within.pattern != expression.general.pattern
    wrong = [f"U+{ord(ch):04X}" for ch in PLANE
             if bool(expression.for_text(ch).fullmatch(ch)) != bool(expression.general.fullmatch(ch))]
    assert wrong == []


def test_the_spelt_classes_are_the_categories_characters():
    classes = spelt()
    plane = "".join(PLANE)
    assert re.findall(classes.letter, plane) == re.findall(r"[^\W\d_]", plane)
    assert re.findall(classes.digit, plane) == re.findall(r"\d", plane)
    assert re.findall(classes.word(), plane) == re.findall(r"\w", plane)
    # Latin, Cyrillic, Arabic and Han letters are in it; digits and the underscore are not.
    assert all(re.fullmatch(classes.letter, ch) for ch in "aÿЖژ中ǅ")
    assert not any(re.fullmatch(classes.letter, ch) for ch in "1٣_ -")


def test_a_case_blind_expression_matches_its_spelt_classes_case_sensitively():
    # U+0345 is no letter, but IGNORECASE takes it for the letter ι: a spelt class of letters
    # in a case-blind expression would take it, unless matched case-sensitively, as the
    # category is.
    assert re.fullmatch(spelt().letter, "\u0345", re.IGNORECASE)
    assert not re.fullmatch(CATEGORIES.letter, "\u0345", re.IGNORECASE)
    expression = TwoSpellings(lambda c: c.letter + "+", re.IGNORECASE)
    assert expression.for_text("\u0345") is expression.within
    assert expression.within.fullmatch("\u0345") is None and expression.within.fullmatch("ιΙaB")
    assert "(?-i:" in expression.within.pattern and "(?-i:" not in TwoSpellings(lambda c: c.letter).within.pattern


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(codec=None), max_size=30) | st.text(st.sampled_from("a𝐀😀\ud800\U0010ffffЖ 1"), max_size=8))
def test_within_bmp_is_every_character_below_u10000(text):
    assert within_bmp(text) == all(ord(ch) < 0x10000 for ch in text)


# Characters drawn one by one (st.text with st.characters() in its alphabet hardly ever draws
# the ones listed): letters, digits and marks of the six languages, the iota subscript, beyond
# the plane a letter, a digit and an emoji; and any character.
_MIXED = st.lists(st.sampled_from(list("aAéÉñzЖжё中文ال٣1٢9 .,;:-'’()«»\u00a0\t_²\u0345ιΙİı\u064b\u0640𝐀𝐚𝟎😀"))
                  | st.characters(), max_size=60).map("".join)


def _expressions():
    from pipeline.checks import typo
    from pipeline.lang.analysers import ar, latin
    from pipeline import values

    return {"latin tokens": (latin._TOKEN, "split"), "latin tokens, no apostrophe": (latin._TOKEN_WITHOUT_APOSTROPHE, "split"),
            "arabic words": (ar._WORD, "split"), "TYPO006": (typo._REPEATED, "findall"), "number words": (values._LETTERS, "findall")}


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_each_expression_finds_in_generated_text_what_its_category_spelling_finds(text):
    for name, (expression, method) in _expressions().items():
        assert getattr(expression.for_text(text), method)(text) == getattr(expression.general, method)(text), name


def test_each_expression_finds_in_the_shipped_catalogs_what_its_category_spelling_finds():
    from pipeline.catalog import read_entries

    root = Path(__file__).resolve().parents[1]
    catalogs = sorted(root.glob("locale/*/LC_MESSAGES/*.po"))
    assert catalogs
    texts = {text for path in catalogs for entry in read_entries(path).entries for text in (entry.msgid, entry.msgstr) if text}
    assert len(texts) > 100
    for name, (expression, method) in _expressions().items():
        assert all(expression.for_text(text) is expression.within for text in texts), name
        assert [getattr(expression.within, method)(text) for text in texts] == [getattr(expression.general, method)(text) for text in texts], name
