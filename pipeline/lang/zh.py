from pipeline.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="zh",
    cased=False,
    unspaced=True,
    abbreviations=frozenset(),
    final_abbreviations=frozenset(),
    sentence_end="。！？",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    documentation_headings=("文件",),
    annex_headings=("附件",),
    continued_marks=("（续）", "(续)"),
    time_range=r"(?:上午|下午|中午)?\d{1,2}(?:时|:\d{2})(?:\d{1,2}分)?至(?:上午|下午|中午)?\d{1,2}(?:时|:\d{2})(?:\d{1,2}分)?",
    hyphenation="none",
    number_words={"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10},
    and_words=("和", "至", "、"),
    resolution_words=r"决议|决定",
    quotes=(("“", "”"), ("《", "》"), ("‘", "’")),
)
