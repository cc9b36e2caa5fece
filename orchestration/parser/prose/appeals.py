"""Administrative reviews (行政复议) and lawsuits (行政诉讼) over the agency's disclosure: counted (发生行政复议N件,
行政复议、行政诉讼均为0件) or denied (未发生…行政复议), the agency's own and in the report year only.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from orchestration.parser.numbers import parse_number_word
from orchestration.parser.prose.scope import _area_subject, _other_scope, _other_year
from orchestration.parser.prose.sentences import _APPROX_AFTER, _NEGATION, NUM, Sentence, _clauses, _exact_number


_CASE_VERB = "(?:收到|发生|受理|提起|提出|涉及|办理|引发|引起|产生|出现|接到|遇到|申请)"
# a case's count unit, 条 too for none, as pages counting everything in 条 print it (行政复议0条，行政诉讼0条; 行政复议、行政诉讼情况0条:
# P09, rounds six and eight, 72b17, 211d05 and 220b11, five agencies' pages, each missed); only nought in 条, as a nonzero count in 条
# is as often items published or messages about appeals (其中…行政复议3条, 涉及行政诉讼2条: the review of 405fe74)
_CASE_UNIT = r"(?:件|起|宗|次|(?<=[^\d.,]0)条|(?<=零)条)"
# a nought in 条 after items or messages counted in 条 in its part of the sentence (up to a semicolon) is those items' (通知公告12条,
# 行政复议0条: the review of the session's change)
_ITEMS_COUNTED_BEFORE = re.compile(r"(?<![\d.])[1-9][\d,]*\s*条")


def _after_items_counted(text: str, offset: int, matched: str) -> bool:
    return matched.endswith("条") and _ITEMS_COUNTED_BEFORE.search(text, text.rfind(";", 0, offset) + 1, offset) is not None


# 行政复议、行政诉讼数量为0件: one number for both, which only a zero splits, or 各, each (行政复议、行政诉讼各1件: 219a01's
# city office, both missed)
# (each named as a procedure entered, 进入行政复议程序和行政诉讼程序均为0件 / 进入行政复议程序、行政诉讼程序的均为0件: P09, four
# agencies' pages, those behind realdev r138 and r298 and round 106's 106b07 and 106b08)
_BOTH_CASES = re.compile(
    # (情况 before the count too, 行政复议、行政诉讼情况0条: 220b11's town)
    rf"行政复议(?:程序)?[、和及与或][^，。；\d]{{0,6}}?行政诉讼(?:程序)?(?:的)?(?:案件|情况)?(?:的)?(?:数量|数)?(?:均|都|(?P<each>各))?(?:为|是)?(?:共)?"
    rf"{NUM}{_CASE_UNIT}")


@lru_cache(maxsize=4)  # built once for each term, not for every sentence that names it
def _case_patterns(term: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """For 行政复议 or 行政诉讼: its count, its count as the second of a list, its denial and its bare count."""
    # also with no verb: 政府信息公开行政复议0件, 答复后被行政复议9件, 我办行政复议为5件 (P09, four
    # agencies' pages over rounds three and four)
    # (the words between may run to 20: 发生针对本单位有关政府信息公开事务的行政复议案件0宗, 144c02's district office)
    count = re.compile(rf"(?:{_CASE_VERB}[^，。；]{{0,20}}?|信息公开类|(?:政府)?信息公开|被|(?:^|(?<=[，,；;]))(?:我|本)"
                       rf"[\u4e00-\u9fff]{{0,3}}?){term}(?:案件|案|申请|的案件)?(?:的)?(?:数量|数)?(?:为|是)?(?:共)?"
                       rf"{NUM}{_CASE_UNIT}")
    # the second of a list: 收到行政复议3件、行政诉讼1件; a kind named first: 信息公开类行政复议1起
    # (行政复议数量0件 in a list of counts: round 44's county bureau)
    listed = re.compile(rf"(?:^|[、，,和及]|信息公开类)(?:政府信息公开)?{term}(?:案件)?(?:数量)?(?:共)?{NUM}{_CASE_UNIT}")
    # a denial may use the short words: 未发生…的复议、诉讼和申诉 (catalogue P09)
    # 未经复议直接起诉 is 表四's column, not a denial, nor is 尚未审结 (pending: 表四's column too, its header run
    # into the text of a PDF, 结果维 结果纠 其他结 尚未审 总 … 复议后起诉, read as no reviews; or 1件尚未审结)
    none = re.compile(rf"{_NEGATION}(?!经|审)(?:发生|收到|接到|出现|产生|受理|有|涉及)?[^，。；]{{0,40}}?{term.removeprefix('行政')}")
    # the count alone opening its clause, the year or nothing before it (全年行政复议1件,行政诉讼3件 after the year's
    # requests; 2020年,行政复议0件,行政诉讼0件 under the appeals' heading; 行政复议0件、行政诉讼0件 after the requests:
    # P09, 78b16, 85a08 and 95c03, three agencies' pages)
    return count, listed, none, re.compile(_bare_case(term))


def _bare_case(terms: str) -> str:
    return rf"^\s*(?:(?:全年|本年度?|\d{{4}}年度?)[，,]?\s*)?(?:{terms})(?:案件)?(?:数量|数)?(?:为)?(?:共)?{NUM}{_CASE_UNIT}"


_BARE_CASES = re.compile(_bare_case("行政复议|行政诉讼"))  # either term's bare count opening a clause
# the agency's administrative work counted (办理行政许可415件、行政处罚7件、行政复议1件，无…行政诉讼: 81c03's city bureau):
# appeals counted or denied among it are that work's, not appeals against its disclosure, unless their clause names the
# disclosure (P09 guard: 81c03 and the page behind realdev r198; it keeps the bare counts above from that work too)
# (in 条 too, as the cases' noughts may be: 办理行政许可1200条,…行政复议0条 is that work's: the review of 405fe74)
_BUSINESS_COUNTED = re.compile(rf"行政(?:许可|处罚|强制|检查|执法|裁决|征收|给付|确认|奖励)(?:案件|事项)?(?:共)?{NUM}"
                               r"(?:件|起|宗|次|项|条)")
_LITIGATION_AFTER_REVIEW = re.compile(r"(?<=行政复议[、和及与])诉讼")
# A suit worded 起诉 beside the review, 行政复议或者行政起诉, 复议和起诉案件, 行政复议、起诉 (P09: rounds nine and eleven and 198c01, three
# agencies' denials, the review's zero read and the suit's missed), read as the suit where its clause denies the case itself
# (未发生, 没有, 无因…) and names the disclosure before it, and nothing after it counts (当事人申请行政复议和起诉各两件 is the business's)
# or makes it a right, a way or a term (…起诉的权利/途径/期限): never a rule's condition (因未及时公开信息引发复议或起诉的), cases
# brought (有2件未予公开的申请被…申请复议或起诉), a penalty's or petition's appeal, nor 表四's 未经复议直接起诉 (words between): the
# reviews of 405fe74 and of the session's change; the court may be named, 申请行政复议、或向法院起诉 (295b04's province department
# on a traditional copy, its suit missed; a wording)
_SUIT_AS_FILING = re.compile(r"(?<=复议)(、?或者|、?或|和|及|与|、)(?:向(?:人民)?法院)?(?:行政)?起诉(?![^，。；,;]*[\d一二两三四五六七八九十])"
                               r"(?!的?(?:权利|权|途径|渠道|方式|期限|时限|期))")
_DISCLOSURE_BEFORE = re.compile(r"公开[^，。；,;]*$")
_CASE_DENIED_BEFORE = re.compile(r"(?:未发生|没有|未有|未出现|未引起|未产生|(?<![^，。；,;\s])无)(?!(?:及时|按时|予以?|能|法)?公开)[^，。；,;]*$")


def _suit_as_filing(m: re.Match) -> str:
    before = m.string[: m.start()]
    if _DISCLOSURE_BEFORE.search(before) and _CASE_DENIED_BEFORE.search(before):
        return m.group(1) + "行政诉讼"
    return m.group()


# one denial over both, a comma between them (未发生因…申请行政复议，提起行政诉讼的情况): rounds 21, 22
# and 25, three townships' pages (same length: offsets hold)
_COMMA_BETWEEN_CASES = re.compile(r"(?<=行政复议)[，,](?=(?:提起|被提起)?行政诉讼的?(?:情况|情形|案件|事项))")
_VERB_BEFORE_CASES = re.compile(_CASE_VERB + "[^。]*?(?:行政复议|行政诉讼)")


_TO_A_DATE_BEFORE_YEAR_END = re.compile(r"(?:截至|截止)(?:\d{4}年)?(?:[1-9]|1[01])月")


_SECTION_LEFT_OUT = re.compile(r"报告(?:中|里|内)?(?:没有|无|不含|不包括|未包括|未含)")
# nor costs: 未产生与诉讼(行政复议、行政申诉)有关的费用支出 denies the spending of the 2008 template's cost line, no case (210d03's
# county bureau, read as no reviews and no suits; a guard)
# (the cost phrase the negation's whole object: 未发生行政复议和行政诉讼及与诉讼有关的费用支出 still denies the cases; review of
# c6d50cd)
_CASE_COSTS = re.compile(rf"{_NEGATION}(?:产生|发生|有)?(?:任何)?与(?:行政)?(?:诉讼|复议|申诉)[^，。；]{{0,16}}?(?:有关|相关)的?"
                         r"(?:费用|支出|经费)")


@lru_cache(maxsize=8)  # (each sentence is read for both terms: rewritten once)
def _cases_spelled_out(text: str) -> str:
    """The sentence with each case named in full: 起诉 beside the review as 行政诉讼 (_SUIT_AS_FILING), 行政复议、诉讼 as 行政复议、
    行政诉讼, and one denial's comma between the two as 、 (_COMMA_BETWEEN_CASES)."""
    return _COMMA_BETWEEN_CASES.sub("、", _LITIGATION_AFTER_REVIEW.sub("行政诉讼", _SUIT_AS_FILING.sub(_suit_as_filing, text)))


def _cases(s: Sentence, year: int | None, term: str) -> Decimal | None:
    count, listed, none, bare = _case_patterns(term)
    business = _BUSINESS_COUNTED.search(s.text) is not None
    text = _cases_spelled_out(s.text)
    short = term.removeprefix("行政")
    if short not in text:
        return None  # (a sentence with 起诉 alone, its keyword, that the rewrite left as it was)
    verb_before = _VERB_BEFORE_CASES.search(text)
    for offset, clause in _clauses(text):
        both = _BOTH_CASES.search(clause)
        if both and term in both.group() and not _other_year(text, year, offset + both.start()) \
                and not _after_items_counted(text, offset, both.group()):
            if both.group("each"):
                # (_exact_number refuses any number after 各 as 'each': here each is both cases' count; an approximate
                # one, 各1件余 / 各1件左右, is none's)
                if _APPROX_AFTER.match(clause[both.end(2):]) or _APPROX_AFTER.match(clause[both.end():]):
                    return None
                # (a whole area's or other units' each, 全市…各5件 / 所属单位…各1件, is not the agency's; the count's own
                # clause only: 全市共受理申请100件，我局发生…各1件 keeps the agency's: two reviews)
                value = parse_number_word(both.group(2))
                if value and (_area_subject(s, offset + both.start(), text) or _other_scope(s, clause[:both.start()])):
                    continue
                return value
            if (value := _exact_number(clause, both, 2)) == 0:  # (group 2: group 1 is 各's)
                return value
            continue
        if short not in clause:
            continue
        if _other_year(text, year, offset + len(clause)):
            continue
        if business and "信息公开" not in clause:
            continue  # (未发生因政府信息公开引发的行政复议… after the work counted is still the agency's: 91b07)
        m = count.search(clause)
        if m is None and verb_before and verb_before.start() < offset + clause.find(term):
            m = listed.search(clause)
        if m is None and _BARE_CASES.match(clause):
            m = bare.match(clause) or listed.search(clause)
        if m and _after_items_counted(text, offset, m.group()):
            m = None
        if m:
            value = _exact_number(clause, m)
            if value and _area_subject(s, offset + m.start(), text):
                continue
            # counted up to a date before the year's end (截至11月底，受理行政复议申请N件: 85d08's bureau; P06's class,
            # a guard for the appeals)
            if value and _TO_A_DATE_BEFORE_YEAR_END.search(text, 0, offset + m.start()):
                continue
            if value is not None:
                return value
        # 没有…行政复议被纠错…的案件: none corrected, not none brought (sixth round); nor none reversed, 行政复议未被复议机关撤销
        # 或确认违法 (158d04's county bureau, read as no reviews; a wording of the guard), nor none ruled against, 没有在行政诉讼案件中
        # 被判未依法履行…责任 (238a01's district bureau, read as no suits; a wording of the guard)
        # (nor a section the report leaves out, 因此报告中没有…行政复议、诉讼和申诉的情况: an agency with no such duties
        # says what its report omits, no count; 154a02's province centre, whose reader gave none; a guard)
        if none.search(clause) and not re.search("纠错|纠正|败诉|撤销|确认违法|被判", clause) and not _SECTION_LEFT_OUT.search(clause) \
                and not _CASE_COSTS.search(clause):
            return Decimal(0)
    return None
