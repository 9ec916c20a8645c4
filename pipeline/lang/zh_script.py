"""Which Chinese characters are Traditional only: written in Traditional Chinese and never in
Simplified (CC-CEDICT's two forms of every word, as zhon gives them). UN Chinese is Simplified:
`締約國` for `缔约国` is a character set slip (a text copied from a Traditional source, an input
method's setting), which no term or value check sees as such. A character both write (`著`,
`乾`, `於`, of some Simplified words) is never one."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=None)
def _traditional_run() -> re.Pattern[str]:
    from zhon import cedict  # here: its tables are read only where a Chinese text is checked

    only = sorted(set(cedict.traditional) - set(cedict.simplified))
    return re.compile("[" + "".join(only) + "]+")


def traditional_runs(text: str) -> list[re.Match[str]]:
    """The runs of Traditional-only characters in a text."""
    return list(_traditional_run().finditer(text))
