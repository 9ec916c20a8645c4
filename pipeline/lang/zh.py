import re
from collections import Counter

from pipeline.lang import LanguageProfile, clock, ordinals
from pipeline.lang.document_parts import DocumentParts
from pipeline.lang.zh_numerals import DIGITS, NUMBER_WORDS, chinese_numeral
from pipeline.lang.zh_words import word_cut

_AFTERNOON = {"下午", "晚上", "傍晚", "晚间"}
# The night (`夜间`, `深夜`): its hours before six are the small hours (`深夜2时`, 2 a.m.), the others the evening's.
_NIGHT = {"夜间", "深夜"}
# The parts of the day a time is said in (`上午十时`, `早上八时`, `凌晨三时`): each two characters.
_DAY_PART = "上午|下午|中午|晚上|早上|凌晨|傍晚|晚间|夜间|深夜"
_DAY_PARTS = frozenset(_DAY_PART.split("|"))
# A numeral before a measure word: 四次, 两天, 六种, 二十五个, 一百二十项, 一万名, 三岁, 两份报告, 十条建议,
# 三家公司, 五国, 六人, or before a range's second numeral (五至十个). Not an ordinal (第), a year in
# characters (二〇二二年), an approximate count (几十个, 数百名), a decade (十年, the UN's Decades) nor
# a biennium (两年期). A numeral that ends with 万 or 亿 is an amount whatever follows it
# (`一百五十万美元`). Not 月 (六月 is June), 周 (四周 is "all around") nor 倍 (三倍, threefold).
_NUMERAL = "一二两三四五六七八九十百千万亿零"
_MEASURE = "次天小种个项名位年岁届份条家篇件本类批国人套起例艘架所座支张页段章节场轮"
# (And the countries a group is named by, `二十国集团`, `七国集团`: the Group of 20, of Seven.)
_COUNT = re.compile(rf"(?<![\d第〇几数{_NUMERAL}])([一二两三四五六七八九十][{_NUMERAL}]*)"
                    rf"(?:(?<=[万亿])|(?=[{_MEASURE}](?!期)|[至到或、～~][{_NUMERAL}]+[{_MEASURE}]))")
# The number of a part of a text, as a treaty is cited (第六条第二款: article 6, paragraph 2):
# English writes it in digits, so it is a number here too.
_CITED = re.compile(rf"第([一二三四五六七八九十][{_NUMERAL}]*)(?=[条款段项章节])"
                    # and a table's, figure's or box's (表一: Table 1; an annex's is a part, part_numbers.py)
                    # (not inside a word, 代表, 发表, 试图, 图表, nor a numeral that counts: 代表一个)
                    rf"|(?<![代发试意地企蓝制绘列图])(?:表|图|方框)([一二三四五六七八九十][{_NUMERAL}]*)"
                    rf"(?![{_NUMERAL}个项次种名份览致些样般切起同直定表])")
# A percentage in characters (百分之五十: 50 per cent; 百分之三点五: 3.5), as English writes it in
# digits: its number.
_PER_CENT = re.compile(rf"百分之([一二两三四五六七八九十][{_NUMERAL}]*)(?:点([〇零一二三四五六七八九]+))?")
def _counts(text: str) -> list[float]:
    """The numbers a text counts with (its numeral before a measure word); `一个` is `a`, no
    number, as English `one` alone is none."""
    counts = [float(value) for match in _CITED.finditer(text)
              if (value := chinese_numeral(match.group(1) or match.group(2))) is not None]
    if "百分之" in text:
        for match in _PER_CENT.finditer(text):
            value = chinese_numeral(match.group(1))
            if value is not None:
                decimals = "".join(_CHARACTER_DIGITS[character] for character in match.group(2) or "")
                counts.append(float(f"{value}.{decimals}") if decimals else float(value))
    for match in _COUNT.finditer(text):
        if match.group(1) == "十" and text.startswith("年", match.end()):
            continue  # 十年: a Decade of the UN's as often as ten years
        value = chinese_numeral(match.group(1))
        if value is not None and value != 1:
            counts.append(float(value))
    return counts


def _read_time(g: tuple) -> list[int]:
    # (each time's minutes after 时, or after the clock's colon: one of the two groups)
    g = (g[0], g[1], g[2] or g[3], g[4], g[5], g[6] or g[7])
    g = tuple(_in_digits_if_numeral(group) for group in g)
    if any(written and not ("0" <= written[0] <= "9" or written in _DAY_PARTS) for written in g) \
            or not 0 <= int(g[1]) <= 24 or (g[4] and not 0 <= int(g[4]) <= 24):
        return []  # a numeral that is no hour (`九九时`): no time, never a failed run
    if _midnight(g[0], g[1]) or (g[4] and _midnight(g[3] or g[0], g[4])):
        # Twelve at night (`晚间十二时`), which the other versions say in words no reading
        # knows (`midnight`, `minuit`): no time, rather than noon.
        return []
    first = clock(g[1], g[2]) + (12 * 60 if _after_noon(g[0], g[1]) else 0)
    if not g[4]:
        return [first]
    second_half = g[3] or g[0]
    return [first, clock(g[4], g[5]) + (12 * 60 if _after_noon(second_half, g[4]) else 0)]


def _after_noon(half: str | None, hour: str) -> bool:
    """Whether an hour before twelve said in this part of the day is one after noon."""
    return int(hour) < 12 and (half in _AFTERNOON or half in _NIGHT and int(hour) >= 6)


def _midnight(half: str | None, hour: str) -> bool:
    return (half in _AFTERNOON or half in _NIGHT) and half != "下午" and int(hour) == 12


def _in_digits_if_numeral(group: str | None) -> str | None:
    """An hour or minute written in characters (`十`, `三十`, `零五`; `半`, half past) in
    digits; anything else as it is."""
    if group == "半":
        return "30"
    if group and group[0] in _CLOCK_NUMERAL:
        value = chinese_numeral(group.lstrip("零")) if group.lstrip("零") else 0
        return "?" if value is None else str(value)
    return group


# An hour or a minute in characters (`上午十时`, `下午三时三十分`, `上午十时零五分`, `上午十时半`): the
# hour only right after the half of the day that it is in (`一时` alone is "for a moment",
# `在上一时期` "in the previous period").
_CLOCK_NUMERAL = "零一二三四五六七八九十"
_HOUR = rf"(?:\d{{1,2}}|(?<={_DAY_PART})[一二三四五六七八九十]{{1,3}})"
_MINUTE = rf"(?:\d{{1,2}}(?=\s*分)|[{_CLOCK_NUMERAL}]{{1,3}}(?=\s*分)|半(?!数))"  # (半数: half of)


# A date written in characters, as letters and treaties date themselves (`二〇二二年六月二十七日`,
# `二零二二年`, `六月二十七日至二十八日`): a year of four digit characters before 年, a month
# before 月, a day after its month (or after a range's joiner) before 日. Not a count of years
# (三年, 二十天) nor a duration (三个月), which have no such shape.
_CHARACTER_DIGITS = {"〇": "0", "零": "0", "○": "0", **{word: str(value) for word, value in DIGITS.items()}}
_YEAR_DIGIT = "〇零○一二三四五六七八九"
_MONTH_OR_DAY = "[一二三四五六七八九十]{1,3}"
_DATE_IN_CHARACTERS = re.compile(
    rf"[{_YEAR_DIGIT}]{{4}}(?=\s*年)"
    rf"|(?<=年)\s*{_MONTH_OR_DAY}(?=\s*月)|(?<![{_NUMERAL}第几数]){_MONTH_OR_DAY}(?=\s*月\s*{_MONTH_OR_DAY}\s*日)"
    rf"|(?<=月)\s*{_MONTH_OR_DAY}(?=\s*日)|(?<=日)\s*(?:和|至|、|[-–—－~～])\s*{_MONTH_OR_DAY}(?=\s*日)")


def dates_in_digits(text: str) -> str:
    """The text with the numerals of its dates written in characters put in digits, the length
    kept (`二十七日` is `27 日`, which the date's expression reads as `27日`): the dates and the
    years of a version dated in characters are compared as any other's."""
    if "年" not in text and "月" not in text:
        return text
    return _DATE_IN_CHARACTERS.sub(_in_digits, text)


def _in_digits(match: re.Match[str]) -> str:
    written = match.group(0)
    numeral = written.lstrip(" \t\u3000和至、-–—－~～")
    lead = written[: len(written) - len(numeral)]
    if len(numeral) == 4 and all(character in _CHARACTER_DIGITS for character in numeral) and "十" not in numeral:
        digits = "".join(_CHARACTER_DIGITS[character] for character in numeral)
    else:
        value = chinese_numeral(numeral)
        if value is None or not 1 <= value <= 31:
            return written
        digits = str(value)
    return lead + digits.ljust(len(numeral))


def _read_date(g: tuple) -> list[tuple[int, int, int | None]]:
    year, month, day, second, after_a_dash = g
    second = second or after_a_dash
    days = [int(day)] + ([int(second)] if second else [])
    return [(d, int(month), int(year) if year else None) for d in days]


# Common characters Traditional Chinese writes otherwise than the Simplified the UN's Chinese
# version is in (國 国, 會 会, 議 议, 聯 联, ...): each pair differs.
_TRADITIONAL_PAIRS = ("國国 會会 議议 聯联 際际 與与 於于 關关 對对 發发 經经 員员 們们 這这 來来 為为 機机 組组 織织 題题 "
                      "報报 問问 進进 動动 應应 當当 實实 體体 區区 約约 締缔 預预 條条 說说 務务 項项 處处 決决 開开 門门 "
                      "書书 長长 時时 統统 計计 權权 歐欧 軍军 執执 層层 將将 幾几 專专 業业 東东 從从 個个 産产 傳传 "
                      "價价 內内 兩两 別别 劃划 創创 參参 雙双 號号 嚴严 圖图 團团 華华 視视 規规 證证 認认 話话 調调 "
                      "論论 貿贸 資资 賣卖 買买 費费 辦办 選选 邊边 還还 運运 陸陆 隊队 電电 須须 領领 顯显 類类 風风 "
                      "飛飞 點点").split()
_TRADITIONAL = {pair[0] for pair in _TRADITIONAL_PAIRS}
_SIMPLIFIED = {pair[1] for pair in _TRADITIONAL_PAIRS}


def traditional_script(text: str) -> str | None:
    """Where a text is in Traditional Chinese, what shows it (`聯 42, 國 31, 會 18 …` against
    the Simplified forms' count); None for Simplified text, which may quote a name in
    Traditional characters."""
    traditional = Counter(char for char in text if char in _TRADITIONAL)
    simplified = sum(1 for char in text if char in _SIMPLIFIED)
    total = sum(traditional.values())
    if total < 20 or total <= 3 * simplified:
        return None
    shown = ", ".join(f"{char} {count}" for char, count in traditional.most_common(4))
    return f"{total} characters written in their Traditional form ({shown} …), {simplified} in the Simplified"


PROFILE = LanguageProfile(
    # Compounds multiply (千万, a thousand ten-thousands, is ten million: 1.2千万 is 12,000,000),
    # and the longest is read first. 千 alone only where no unit's name goes on from it (10千米
    # is 10 km, 5千克 5 kg; `3千多名` is more than 3,000, `1万5千` 15,000).
    # `20世纪90年代` (`1990年代` is read as 1990 with its digits)
    # An anniversary (`75周年`), which other versions spell as an ordinal (`seventy-fifth`).
    ordinal_suffix=r"周年",
    decade_gate=r"世纪",
    decade_pattern=r"(?P<century>[0-9]{2})世纪(?P<decade>[1-9]0)年代",
    range_joiner=r"至|到|[-–~～]|或",  # `15至18万`: Chinese most often writes the magnitude after both
    magnitudes={"千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8, "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12},
    magnitude_not_before=r"[米克瓦卡焦帕赫伏兆]|字节|比特|赫兹",
    code="zh",
    numbered_targets_after=r"(?:具体)?目标",
    currencies={"USD": r"美元(?!化|计价)", "EUR": r"欧元(?![区化])", "CHF": r"瑞士法郎", "GBP": r"英镑",
                # 元 alone is the yuan after its number (`1,500,000元`), not the 元 of 美元, 欧元, 港元.
                "CNY": r"人民币|(?<![美欧日港加澳台韩单多二])元(?![首旦素化组数件])", "RUB": r"卢布", "JPY": r"日元"},
    length_to_english=0.25,
    legacy_encoding="gb18030",
    cased=False,
    unspaced=True,
    # (not the 非 of 除非, unless; 并非, 绝非, is not; 莫非, 若非, 无非: `除非缔约方会议另有决定`;
    # but `是非缔约国`, is a non-State party)
    negating_prefix=r"(?<![除并绝莫若无亦既])非",
    abbreviations=frozenset(),
    final_abbreviations=frozenset(),
    sentence_end="。！？",
    sub_item_letters="abcdefghijklmnopqrstuvwxyz",
    documentation_headings=("文件",),
    annex_headings=("附件",),
    continued_marks=("（续）", "(续)"),
    time_range=r"(?:上午|下午|中午)?\d{1,2}(?:时|:\d{2})(?:\d{1,2}分)?至(?:上午|下午|中午)?\d{1,2}(?:时|:\d{2})(?:\d{1,2}分)?",
    hyphenation="none",
    number_words=NUMBER_WORDS,
    # `三分之二`, two thirds (the denominator first); `一半`, `半数`, a half (not `上半年`, a half-year)
    # One in five (`每5名被偷运移民中就有1名`, `每五个儿童中有一个`): each so many, and one among them.
    # Percentage points after a number (`3.6 percentage points`): not a per cent of it (NUM001)
    points_after=r"\s?个?百分点",
    one_in_pattern=r"每(?P<n>\d+|[一二两三四五六七八九十百千]+)[^\d，。；]{0,15}?(?:中|里)?(?:就|便)?有(?:1|一)(?=[名个人位例起宗户家])",
    fraction_pattern=r"(?P<den>[一二两三四五六七八九十]{1,2}|[0-9]+)分之(?P<num>[一二两三四五六七八九十]{1,2}|[0-9]+)",
    fraction_gate=r"分之",
    half_pattern=r"一半|半数",
    half_word="半",
    and_words=("和", "至", "、"),
    ordinal_words=ordinals.chinese,
    resolution_words=r"决议|决定",
    respectively=r"分别|依次",
    decision_words=r"决定",
    quotes=(("“", "”"), ("《", "》"), ("‘", "’")),
    native_punctuation={",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"},
    script_letters="\u3400-\u4dbf\u4e00-\u9fff",
    # 第一部分 总则, 第五条之二 刑事定罪, 附件一 缔约国名单, 表一 缔约方, 方框一 实例, 甲节 导言
    spaced_label=rf"(?:第[{_NUMERAL}〇零百千\d]+(?:部分|章|条|节|款|编|段|项|卷|篇|部|目)(?:之[{_NUMERAL}]+)?"
                 rf"|(?:附件|附录|附表|表|图|方框|框)[{_NUMERAL}〇零\d]+|[甲乙丙丁戊己庚辛壬癸]节)$",
    title_marks=("《", "》"),
    coordinating_marks="和与及、，",
    # (and the clock's colon after a part of the day, as software writes it: `下午2:30`)
    # (only after a part of the day: the clock alone, `10:30`, is value_extraction's)
    time_pattern=rf"({_DAY_PART})?\s*({_HOUR})\s*(?:时(?:\s*({_MINUTE})\s*分?)?|(?(1)(?<=\d)[:：](\d\d)|(?!)))"
                 rf"(?:\s*至\s*({_DAY_PART})?\s*({_HOUR}|[一二三四五六七八九十]{{1,3}})\s*(?:时(?:\s*({_MINUTE})\s*分?)?"
                 rf"|(?(1)(?<=\d)[:：](\d\d)|(?!))))?",
    time_gate=rf"\d\s*时|(?:{_DAY_PART})[一二三四五六七八九十]{{1,3}}时|(?:{_DAY_PART})\s*\d{{1,2}}[:：]\d",  # `上午10时`, `上午十时` (时 alone is in 同时)
    time_without_digit=True,  # `上午十时`
    read_time=_read_time,
    bleu_tokenizer="zh",
    # A numeral and its measure word (`联合国六种正式语文`), or an attribute ending in 的
    # (`交流关于偷运移民案件国家侦查程序的信息`), never across punctuation.
    # A numeral and measure word, an attribute ending in 的 (or 的 alone: 被偷运的移民), a
    # determiner (各, 有关, 相关), or a word coordinated with 和, 或, 与 or 及 (信息和经验交流;
    # 强迫或非自愿失踪, the Working Group's name, for 强迫失踪).
    word_cut=word_cut,
    other_script=traditional_script,
    # An attribute that opens with 关于 or 有关 may list its things with the enumeration comma
    # (`交流关于偷运路线、船只和资金流动的信息`); another 、 ends the term.
    # (and a demonstrative, `偷运这些移民`, as the other languages let `these` stand in a term)
    term_gap=r"[一二三四五六七八九十两几多各\d]{1,3}[种个项名类次届]|(?:关于|有关)[^，。；：！？\s]{0,30}?的"
             r"|[^，。；：、！？\s]{0,20}?的|各|有关|相关|(?:和|或|与|及)[^，。；：、！？\s]{1,4}|这些|那些|此类|上述|该",
    rejected_term_gap=r"[一二三四五六七八九十两几多各\d]{1,3}[种个项名类次届]|(?:关于|有关)[^，。；：！？\s]{0,30}?的"
                      r"|[^，。；：、！？\s]{0,20}?的|各|有关|相关|(?:和|及)[^，。；：、！？\s]{1,4}|这些|那些|此类|上述|该",
    months_named=False,
    month_year_pattern=r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月((?:\s*[和至到、-]\s*[0-9]{1,2}\s*月)*)(?!\s*[0-9])",
    # `6月27日至28日`, and the first day's 日 left out before a dash (`10月12-16日`, `6月27—28日`).
    date_pattern=r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日(?:\s*(?:和|至|、|[-–—－~～])\s*(\d{1,2})\s*日)?"
                 r"|[-–—－~～]\s*(\d{1,2})\s*日)",
    # Not `6个月`, six months.
    month_number_pattern=r"[0-9]{1,2}(?<![0-9][0-9][0-9])\s*月",
    read_date=_read_date,
    dates_in_digits=dates_in_digits,
    count_words=_counts,
    # (and after numbers coordinated with it, which one word covers: `第10/4号和第11/3号决议`,
    # `第9/2和9/3号决议`)
    # (a Security Council resolution coordinated after it: `第70/1号和第2240(2015)号决议`)
    resolution_suffix=r"\s*(?:号\s*)?(?:(?:和|及|与|、|以及|至)\s*第?\s*(?:\d+/\d+|\d+\s*[(（]\d{4}[)）])\s*(?:号\s*)?)*(?<=号)\s*(?:决议|决定)",
    parts=DocumentParts(
        session=r"(?:届会议?|次会议)\s*$|^第[一二三四五六七八九十百零〇]{1,6}年\s*$",
        chapter_label=r"[一二三四五六七八九十]{1,3}[.、．]",
        paragraph_number=r"(\d{1,3})[.．]\s?",
        # UN Chinese numbers sub-sub-paragraphs ㈠ ㈡ ㈢ (or (i) (ii)); Word's numbering draws
        # them (一) (二) (its chineseCounting format: no Word format gives ㈠).
        sub_sub_label=r"[(（]?(i{1,3}|iv|vi{0,3}|ix|x|[㈠-㈩]|(?<=[(（])[一二三四五六七八九十]{1,2}(?=[)）]))[)）]?\s?",
        # `临时议程项目3`, `议程项目3`, the General Assembly's preliminary list `暂定项目清单项目107`
        agenda_item=r"(?:(?:临时)?议程|暂定项目清单)\*?\s*项目\s*\d",
        type_phrases={
            "treaty": r"(?:议定书|公约|协定|条约|盟约|宪章|规约|议事规则)$",
            "agenda": r"临时议程",
            "letter": r"的(?:同文)?信$|的普通照会$",
            # (not a preambular paragraph that names one, `赞赏地注意到秘书长关于…的报告，`, under a
            # resolution's title with no sponsor line above it: a title ends with no clause's mark)
            "report": r"报告$|^.{0,60}报告(?!.*[，；]\d*$)",
            # `2023年12月22日大会决议`: the title of a resolution as adopted (`Resolution adopted by the
            # General Assembly on …`), which a year would otherwise make a place-and-dates line.
            "resolution": r"(?:决议|决定)草案|^第\s*\S{1,8}?(?:\s*[（(](?:19|20)\d{2}[)）])?\s*号(?:决议|决定)|通过的(?:决议|决定)$|^\d{4}年\d{1,2}月\d{1,2}日\S{1,12}(?:决议|决定)$",
            "note": r"秘书处的说明|秘书长的说明|背景文件|会议室文件",
        },
        annotated=r"说明",
        signed=r"[(（]\s*签名\s*[)）]",
        annex_label=r"附件(?:[一二三四五六七八九十]{1,2}|\s*[IVX]{1,4})?",
        article_label=r"第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*条",
        letter_annex=r".{0,120}的(?:同文)?(?:信|普通照会)的附件(?:[一二三四五六七八九十]{1,2})?\s*$",
    ),
)
