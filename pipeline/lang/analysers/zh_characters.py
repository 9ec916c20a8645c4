"""Chinese: no spaces, so every Han character is a token (spaCy's character segmenter, and
NFKC folding of full-width forms); runs of Latin letters and digits stay whole. A term
matches as a sequence of characters; where terms nest (`偷运移民` in `偷运移民问题工作组`) the
matcher keeps every concept and lets the longest match win, which is what word segmentation
would otherwise be needed for.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.lang.analysers import Tokens, exact

# Title marks are left out: Chinese writes them inside names (`《联合国打击跨国有组织犯罪公约》
# 及其各项议定书实施情况审议机制`), where the glossary term has none.
_TOKEN = re.compile(r"([A-Za-z0-9]+|[^\s《》〈〉])", re.UNICODE)


class ChineseAnalyser:
    lang = "zh"

    def __init__(self):
        self.cache: dict[str, frozenset[str]] = {}

    def keys(self, piece: str) -> frozenset[str]:
        cached = self.cache.get(piece)
        if cached is None:
            cached = self.cache[piece] = frozenset({piece.lower(), exact(piece)})
        return cached

    def analyse(self, text: str) -> Tokens:
        # NFKC keeps the length of CJK text but may change it for rare compatibility forms;
        # offsets are taken on the folded text only when the lengths agree.
        folded = unicodedata.normalize("NFKC", text)
        source = folded if len(folded) == len(text) else text
        parts = _TOKEN.split(source)
        tokens = Tokens.from_split(parts, parts[1::2], self.cache.get, self.keys)
        if source is not text:
            # The keys are the folded pieces'; the words are what the text writes.
            # Most Chinese texts (any with a full-width comma): the slices are made in C.
            bounds = tokens.bounds
            tokens.words = list(map(text.__getitem__, map(slice, bounds[0::2], bounds[1::2])))
        return tokens


def build(lang: str) -> ChineseAnalyser:
    return ChineseAnalyser()
