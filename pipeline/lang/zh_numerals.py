"""Chinese numerals in characters (`二十五`, `一百零五`, `三万五千`): one reader for the counts
lang/zh.py reads and the articles and parts lang/document_parts.py numbers (`第二十一条`)."""

from __future__ import annotations

NUMBER_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
DIGITS = {"一": 1, **{word: value for word, value in NUMBER_WORDS.items() if value < 10}}
_PLACES = {"十": 10, "百": 100, "千": 1000}


def chinese_numeral(written: str) -> int | None:
    """The value of a numeral in characters (`二十五` 25, `十五` 15, `一百零五` 105, `两千`,
    `三万五千` 35,000, `一亿五千万` 150,000,000), or None where it is not one (`三三`)."""
    if "亿" in written:
        high, _, low = written.partition("亿")
        hundreds_of_millions = chinese_numeral(high) if high else 1
        rest = chinese_numeral(low) if low else 0
        return None if hundreds_of_millions is None or rest is None else hundreds_of_millions * 100_000_000 + rest
    if "万" in written:
        high, _, low = written.partition("万")
        tens_of_thousands = chinese_numeral(high) if high else 1
        rest = chinese_numeral(low) if low else 0
        return None if tens_of_thousands is None or rest is None else tens_of_thousands * 10_000 + rest
    total, digit = 0, None
    for character in written:
        if character == "零":
            continue
        if character in _PLACES:
            total += (1 if digit is None else digit) * _PLACES[character]
            digit = None
        elif digit is None:
            digit = DIGITS[character]
        else:
            return None
    return total + (digit or 0)
