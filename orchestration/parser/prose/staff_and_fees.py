"""Fees charged for disclosure (prose.fees_10k_yuan, in 万元) and the staff who do the work (prose.staff).

Fees stated or denied (收取费用N元, 未收取任何费用), not the administrative fees 表二 counts; staff counted in total or
by kind (专职/兼职), not a whole area's or its units', nor the body's whole workforce.
"""

from __future__ import annotations

import re
from decimal import Decimal

from orchestration.parser.numbers import TEN_THOUSAND
from orchestration.parser.prose.scope import _OTHER_UNITS, _WHOLE_AREA, _area_subject, _other_year
from orchestration.parser.prose.sentences import _NEGATION, NUM, Sentence, _clauses, _exact_number


# 没有公民、法人和其他组织的政府信息公开收费和减免情况: the denial may stand far from
# the fee within its clause (catalogue P10, '没有…收费及减免事项')
# (减免费用 holds 免费 but says nothing free: a contents list's 收取或减免费用情况, round 29's province bureau)
_NO_FEE = re.compile(
    rf"{_NEGATION}(?!按收费通知|按照收费通知)[^，。；]{{0,30}}?(?:收取|收费)|(?<!减)免费|不收取|不收费|零收费|暂免收费"
    rf"|{_NEGATION}[^，。；]{{0,8}}?费用"  # (信息公开暂不收费: round 44's county bureau)
    r"|不向[^，。；]{0,8}?(?:收取|收费)")  # (不向申请人收取任何费用: 84c02's county office, a wording of P10)
_FEE_ZERO = re.compile(r"收费(?:金额|总额)?(?:为|是)?\s*(?:0|零)(?:\.0+)?\s*(?:元|万元)?(?![\d.])")
_OGI_WORDS = re.compile(r"申请|信息公开|政府信息|政务公开")
_FEE_LABEL_BEFORE = re.compile(r"(?:收费|费用)[^，。；,;]{0,10}[:：][^，。；,;]{0,8}$")
# (round 20: 提供政府信息免费上网查阅, a reading room's free internet; round 47: a betting mirror's
# '…资料免费网站' named as the channel the report is published on, the third round's spam in other words)
_HANDED_OUT = re.compile(r"赠阅|发放|资料|上网|网")
# (or the application form for the asking, …提供《…申请表》下载及免费索取, 免费领取《…申请表》: 287d01's town, read as no fees; a
# wording of the class, the form next to the verb, since 申请人均可免费索取, 免费领取复印件 or 填写《…申请表》后即可免费获取所需政府信息
# say the information itself costs nothing: the reviews of f4f0d18 and 585af75)
_APPLICATION_FORM_FREE = re.compile(r"申请表》?[^，。；]{0,4}?免费(?:索取|领取|下载)|免费(?:索取|领取|下载)《?[^，。；》]{0,20}?申请表")
_FREE_ANSWER = re.compile(r"(?:予以|进行)?(?:公开|答复|办理)|提供(?:政府)?信息|服务\s*[。！!]?\s*$")
_FEE_AMOUNT = re.compile(rf"收取[^，。；]{{0,12}}?(?:费用|费)?(?:共|共计)?{NUM}(万元|元)")


# the administrative fees 表二 counts (第二十条第（八）项), not an OGI fee (also 无行政事业性收取费用的情况: round 33)
# (行政事业型收费, the 性 misprinted: 121c02's industrial zone, a guard)
_ADMINISTRATIVE_FEE = re.compile("行政事业[性型]?(?:收费|费|收取费用)")


def _fees(s: Sentence, year: int | None) -> Decimal | None:
    if "费" not in s.text:
        return None
    if _other_year(s.text, year, len(s.text)):
        return None
    for offset, clause in _clauses(s.text):
        m = _FEE_AMOUNT.search(clause)
        # 表二's fees restated in prose (共收取行政事业性费用0元; the fee items in an earlier clause, the
        # amount in a later one: rounds 24 and 27)
        if m and _ADMINISTRATIVE_FEE.search(s.text, 0, offset + m.end()):
            continue
        if m:
            value = _exact_number(clause, m)
            if value is not None:
                return value / TEN_THOUSAND if m.group(2) == "元" else value
    for offset, clause in _clauses(s.text):
        if "经费" in clause and "收" not in clause or _ADMINISTRATIVE_FEE.search(clause):
            continue  # a budget, or the fees 表二 counts (第二十条第（八）项), not an OGI fee
        if _FEE_ZERO.search(clause):  # 依申请公开收费为0 (P10, fourth round)
            return Decimal(0)
        m = _NO_FEE.search(clause)
        # 免费 alone speaks of OGI fees only after requests or disclosure (依申请提供政府信息均免费):
        # a bulletin handed out free (免费赠阅) or a mirror's spam (免费资料大全) is not (third
        # round, P10 misfires on two agencies' pages)
        # (eighth round: 免费资料发放, material handed out free, a third agency's page); the requests or the
        # information may be named in the sentence's clauses before it where 免费 goes on with the answering
        # (…收到政府信息公开申请6件，…，均免费予以公开; 我局所有的公开政府信息，一律实行免费服务: 48b02, 63b15 and
        # the twenty-first round's province, P10), not with another free service (…机构免费开放, 64a19)
        # (a denial the excerpt's end cuts before its object, …均按照规定时限予以答复并办结,未收取: 208c05's city bureau,
        # whose sentence's only 费 was the DRG付费 its requests asked about; a figure cut by the page's end is left out, T11)
        if m and "费" not in m.group() and not s.text[offset + m.end():].strip() \
                and not _FEE_LABEL_BEFORE.search(s.text, 0, offset + m.start()):
            continue  # (a label's 收费及减免情况：均未收取 names the fee it answers: reviews of 2e1af3f)
        if m and (m.group() != "免费" or _OGI_WORDS.search(clause[:m.start()]) or (
                _OGI_WORDS.search(s.text, 0, offset) and _FREE_ANSWER.match(clause, m.end()))) \
                and not _HANDED_OUT.match(clause, m.end()) and not (m.group() == "免费" and _APPLICATION_FORM_FREE.search(clause)):
            return Decimal(0)
    return None


# (people counted in 位 as in 名: 办公室有2位兼职人员, round 47's city bureau; 指定两位同志从事… on realdev r295's
# page and 安排俩位同志负责… on round 46's city bureau are the same unit, not read for their verb and numeral)
_STAFF_TOTAL = re.compile(rf"(?:专兼职|专、兼职|(?<!专职)(?<!兼职)(?<!全职)工作人员|(?<!专职)(?<!兼职)(?<!全职)经办人员)"
                          rf"[^，。；\d]{{0,8}}?(?:共|共计)?{NUM}(?:人|名|位)")
# 全职 is another word for 专职 (catalogue P11)
# the kind may follow the count after a few words (1名政务信息公开工作专职干部、2名兼职干部): P11, fourth round
# (the words between hold no other count: 明确了两名分管领导和四名专职工作人员 counts the four, 69a05's county bureau; a
# digit there was never let in, a numeral in words was)
_NO_OTHER_COUNT = r"(?![一二两三四五六七八九十]+\s*(?:人|名|位))"
# (nor a leader: 确定了1名分管领导及专职人员具体负责… counts the leader, the workers after it uncounted, 147b10's township;
# the leader-and-worker convention below, a guard)
# (nor a leading group's head or deputy, 设立一名专职副组长,成员由…组成的…领导小组 or 专职副组长1名: 310d07's town, read as staff 1;
# a leader is no staff (FORMS §2, and the leader-and-worker convention below); a group's 成员 or 组员 may be the people doing the
# work, 配备2名专职成员负责…日常工作, and so may a head's assistant or a deputy holding a working post too, 专职组长助理1名,
# 1名专职副组长兼信息员: the two reviews of 583ee11; a guard)
_LEADING_GROUP_HEAD = r"(?!副?组长(?!助理|兼))"
_STAFF_PART = re.compile(rf"(专职|全职|兼职){_LEADING_GROUP_HEAD}[^，。；\d、]{{0,8}}?{NUM}(?:人|名|位)"
                         rf"|{NUM}(?:人|名|位)(?:{_NO_OTHER_COUNT}(?!领导)[^，。；\d、]){{0,12}}?(专职|全职|兼职){_LEADING_GROUP_HEAD}")


# the count first (安排2名工作人员负责政务公开的日常工作, 配备2名具体工作人员): P11, rounds four and five
# (局办公室设1名工作人员具体经办: 设 alone before the count, round 44's county bureau)
_STAFF_COUNT_FIRST = re.compile(rf"(?:安排|明确|配备|确定|落实|设置|设立|指定|(?<!建)设(?=\d|[一二两三四五六七八九十]))[^，。；\d]{{0,8}}?{NUM}(?:名|人|位)"
                                rf"[^，。；\d、]{{0,6}}?(?:工作人员|经办人员)")
# the people put in charge of the work, counted (由1人专门负责此项工作, 委派2人专门负责信息公开工作, 由3名同志负责
# 日常工作, 明确专人1名具体负责日常政府信息公开工作, 落实了4名宣传干事具体负责…): P11, six agencies' pages of
# rounds 8, 12, 16, 21 and 30; not after other people counted in the sentence (指定一名分管领导，一名…人员负责)
# nor beside a worker in each section (由办公室共2人具体负责…，各股室安排一名工作人员: round 8)
# (not a leader put in charge, 明确1名领导干部负责政务公开工作: the leader who answers for the work, no count of the
# people doing it, 123b05's city bureau; a guard, as the leader-and-worker convention below)
_STAFF_IN_CHARGE = re.compile(
    rf"(?:专人)?{NUM}(?:名|人|位)(?:(?![^，。；\d]{{0,4}}领导)[^，。；\d、和及与]{{0,6}}?(?:工作人员|人员|同志|干部|干事|专人))?"
    rf"(?:专门|具体|专职)?负责"
    rf"[^，。；、]{{0,14}}?(?:信息公开|政务公开|此项工作|该项工作|日常工作)")
_PEOPLE_COUNTED = re.compile(rf"{NUM}\s*(?:名|人|位)")
_LEADER_COUNTED = re.compile(rf"{NUM}\s*(?:名|位)(?:分管|主管)?(?:领导|局长|副局长|主任|副主任)[和及、与]")
# staff counted over a whole system of units, not the agency's own
_SUB_UNITS = re.compile(_OTHER_UNITS.pattern + r"|全市各|全区各|全县各|系统")
# a count in each section (各股室安排一名工作人员: eighth round, as the second round's 信息员 plus
# one per section) is not the agency's staff; a clause of its own does not stop the others
# (sixteenth round: 配备了13名工作人员(每个内设科室1名), each section's one)
# (各职能科室指定一人专门负责…: round 61's county bureau)
_PER_SECTION = re.compile(r"(?:各|每个|每一个)(?:内设|职能|业务)?(?:股室|科室|处室|股|科|处)")
# (and each of the relevant sections given its count, 各有关科室、单位指定1名工作人员具体负责信息公开工作: 327a01's city bureau,
# read as its staff 1; a wording. Only with the count in its own clause: 各有关科室 is as often the sections the staff work
# with, 由办公室2人负责…，并督促各有关科室及时提供…, 会同各有关科室: the review of ab3d3c9)
_EACH_RELEVANT_SECTION_COUNTED = re.compile(rf"各(?:有关|相关)(?:内设|职能|业务)?(?:股室|科室|处室)[^，。；,;]{{0,10}}?"
                                            rf"(?:指定|安排|明确|配备|确定|落实)[^，。；,;\d]{{0,4}}?{NUM}\s*(?:名|人|位)")
_EACH_UNIT_HAS = re.compile(r"各[^，。；、]{1,8}(?:、[^，。；、]{1,8})*均(?:有|配备|设|明确)")


# staff stated as a change (专兼职工作人员由原来的2人增加到现在的5人): the count it came to is the
# year's, the old one none (round 21, a street's page; the old count had been read)
_STAFF_CHANGED = re.compile(rf"(?:由|从)(?:原来|原有|以前|过去)?的?\d+(?:名|人)[^，。；\d]{{0,6}}?(?:增加|增至|增到|扩充|调整|减少|减至)"
                            rf"(?:到|至|为)?(?:现在|目前|现有)?的?{NUM}(?:名|人)")
# staff added (增补专职工作人员1人(现有2人)): the people added, not the staff, and the sentence states no total of
# its own (115b03's county, read as 1; a guard)
# (the count first too, 省局还增配了1名政府信息公开兼职工作人员: 148c01's province bureau, read as its staff 1)
_STAFF_ADDED = re.compile(rf"(?:增补|新增|增配|补充)(?:[^，。；,;\d]{{0,8}}?(?:工作人员|人员)\s*\d+\s*(?:名|人)|了?{NUM}(?:名|人))")
# the people put in charge of one part of the work: a part of the staff, not its count. The requests alone
# (指定…1名工作人员专职负责依申请公开工作的联络与协调; 配备一名兼职工作人员负责依申请信息的受理工作: 123a07's township, and
# 98c04's street, whose reader summed its two desks' people: its other desk's count in the next sentence is still read
# as the staff; a guard), or the website alone (明确专人负责…日常工作,还指定1名工作人员负责信息公开网站建设、维护…: 151c10's
# and 152d01's education bureaus, whose readers gave no staff; a guard). A count before a comma and what the staff
# runs, 配备专职工作人员1名、兼职工作人员2名,负责门户网站…专栏和…公众号的运维, is the staff (the devset's h13).
_STAFF_FOR_A_PART = re.compile(rf"{NUM}(?:名|人|位)[^，。；\d]{{0,12}}?负责[^，。；\d]{{0,4}}?依申请"
                               rf"|{NUM}(?:名|人|位)[^，。；,;\d]{{0,12}}?负责(?:信息公开)?网站(?:的)?(?:建设|维护)")


# sections and units named in another role than staff: the leading group's members (各科室主要负责人为成员,
# 党政办、各村委会和站所负责人为成员) and the offices that carry the work out (局办公室、X处等部门具体负责实施) leave the
# agency's own staff count in the sentence its own (P11: round 59's city bureau, realdev r174's township, 50b16)
_UNITS_IN_A_ROLE = re.compile(r"[^，。；,;]{0,40}?(?:负责人|负责同志|负责人员)(?:为|任|作为)(?:成员|组员)"
                              r"|[^，。；,;]{0,40}?等(?:部门|单位|科室|处室|股室)(?:具体)?负责(?:实施|落实|执行)")


def _alone_in_charge(text: str, start: int) -> bool:
    """No other people are counted before the ones put in charge at `start` (1名分管领导和1名工作人员负责…),
    and no worker in each section stands beside them: they are all the staff."""
    return _PEOPLE_COUNTED.search(text, 0, start) is None and not _names_units(_PER_SECTION, text) \
        and _EACH_RELEVANT_SECTION_COUNTED.search(text) is None


def _names_units(pattern: re.Pattern, text: str) -> bool:
    """Whether the text names sections or units (`pattern`) other than in a role (_UNITS_IN_A_ROLE)."""
    return pattern.search(text) is not None and pattern.search(_UNITS_IN_A_ROLE.sub("", text)) is not None


# one kind of staff after a head count (…共有172人,其中专职人员24人)
_PART_OF_HEAD_COUNT = re.compile(rf"{NUM}\s*(?:人|名)[，,;；]?\s*其中[，,:：]?\s*(?:专职|全职|兼职)")
_STAFF_WORD = re.compile(r"专职|全职|兼职|工作人员|经办人员|负责")
_STAFF_KIND = re.compile("专职|全职|兼职")
# the body's whole workforce counted by kind (全办干部职工183人，其中：正式职工113名，…社区专职人员9人: 106d07's street, whose
# community workers were read as its OGI staff; a guard), and a town's grid workers by kind (管理人员有21人，…专职网格员88名，
# 兼职网格员264名: 128a08's town, read as 352; a guard), and a school's teachers (我校有38个教学班,学生1824人,专职教师97人:
# 209d07's primary school, read as 97; a guard)
_WORKFORCE = re.compile(rf"(?:干部职工|在职职工|在编人员)(?:共|共计)?{NUM}(?:人|名)|网格员"
                        rf"|(?:教师|教职工|教职员工)(?:共有|共计|总数为?|共|有)?{NUM}(?:人|名)"
                        rf"|{NUM}(?:人|名)(?:专职|专任|兼职)?(?:教师|教职工|教职员工)(?=[，,。；;、]|$)")


def _workforce(text: str) -> bool:
    """The sentence counts the body's whole workforce (_WORKFORCE); teachers given the OGI duty (我校安排2名兼职教师，负责
    政府信息公开工作) are its staff, not its workforce (third review)."""
    for m in _WORKFORCE.finditer(text):
        teachers_given_the_duty = "教" in m.group() and (
            _OGI_DUTY.search(text, m.start(), m.end() + 20) or _OGI_DUTY.search(text, max(0, m.start() - 12), m.start()))
        if not teachers_given_the_duty:
            return True
    return False


_OGI_DUTY = re.compile("负责|承担|从事|信息公开|政务公开|工作人员")


def _whole_area_before_count(text: str) -> bool:
    """The clause holding the sentence's first count names a whole area before it (…，全区专职工作人员77名)."""
    first = re.search(r"\d", text)
    return first is not None and any(
        _WHOLE_AREA.search(clause, 0, first.start() - offset)
        for offset, clause in _clauses(text) if offset <= first.start() <= offset + len(clause))


def _staff(s: Sentence, year: int | None) -> Decimal | None:
    if not (staff_word := _STAFF_WORD.search(s.text)):
        return None
    if "信息公开" not in s.text and "政务公开" not in s.text and "经办" not in s.text \
            and not _STAFF_KIND.search(s.text):
        return None
    if _other_year(s.text, year, len(s.text)) or _names_units(_SUB_UNITS, s.text) or _workforce(s.text):
        return None
    # 全区专门配备了N名专职…: the whole area's staff, the agency's own only in a report compiled from every unit
    # (P12: the ninth, thirteenth and twenty-second rounds' readers gave no figure; round 43's district, 43b05)
    # (also where a staff word came first in an earlier clause, 各单位均落实了…工作人员,目前,全区专职工作人员77名: 136a07's
    # district; the clause of the first count is looked at too)
    # (and the area in its own words as the subject, 我区专门配备了2名全职工作人员、47名兼职工作人员…, 2008年我区继续深化…工作,
    # 配备2名全职…、48名兼职…: 上海's district reports of 2008–2012, 172b03's 奉贤 and 194a09's 闸北, read as 49 and 50, whose
    # readers gave none, as 137b11's 进贤 and 180b04's 徐汇 for the same wording; 181b01's reader took 徐汇's 98 beside them.
    # P12, as _OUR_AREA's counts of items and requests already are)
    if not s.area_report and (_WHOLE_AREA.search(s.text, 0, staff_word.start()) or _whole_area_before_count(s.text)
                              or _area_subject(s, staff_word.start())):
        return None
    # each of several units has its own (各管委会、委局、街镇均有…配备一名专兼职工作人员: 86a05's new area; a guard, as
    # _PER_SECTION's sections)
    if _EACH_UNIT_HAS.search(s.text, 0, staff_word.start()):
        return None
    if m := _STAFF_CHANGED.search(s.text):
        return _exact_number(s.text, m)
    if _STAFF_ADDED.search(s.text) or _STAFF_FOR_A_PART.search(s.text):
        return None
    parts: dict[str, Decimal] = {}
    parts_after_a_leader: set[str] = set()  # the kinds whose kept count is one worker after a leader counted
    clauses = [(offset, c) for offset, c in _clauses(s.text)
               if not _PER_SECTION.search(c) and not _EACH_RELEVANT_SECTION_COUNTED.search(c)]
    for _, clause in clauses:
        for m in _STAFF_PART.finditer(clause):
            # (a part placed across the whole area, 专门配备了2名全职工作人员,同时,在全区配备了48名兼职…: the office's and
            # the district's together, no one body's staff; 195a06's district, read as 50; P12, as a whole area's
            # first count is above)
            if not s.area_report and _WHOLE_AREA.search(clause, 0, m.start()):
                return None
            value = _exact_number(clause, m, 2 if m.group(2) else 3)
            if value is not None and "总数" in m.group():
                # the 2008 form's rows in prose (专职人员总数269人，其中，全职人员数23人，兼职人员数246人): the total of the parts
                # after it, not a 专职 part (108a12's city, read as 515; a guard)
                return value
            if value is not None and (kind := (m.group(1) or m.group(4)).replace("全职", "专职")) not in parts:
                parts[kind] = value
                if value == 1 and _LEADER_COUNTED.search(clause, 0, m.start()):
                    parts_after_a_leader.add(kind)
    total = None
    for offset, clause in clauses:
        m = _STAFF_TOTAL.search(clause)
        # (指定一名工作人员 after a leader counted, 明确一名副主任分管…: the leader-and-worker convention of rounds 2 and
        # 13 gives no figure; round 51's zone committee)
        if m is None and (m := _STAFF_COUNT_FIRST.search(clause)) and _PEOPLE_COUNTED.search(s.text, 0, offset + m.start()):
            break
        if m is None and (m := _STAFF_IN_CHARGE.search(clause)) and not _alone_in_charge(s.text, offset + m.start()):
            break
        if m and not _STAFF_PART.search(clause[m.start():m.end()]):
            total = _exact_number(clause, m)
            # (nor beside part-time or full-time workers named uncounted in another clause: 办公室专设1人负责…，…并安排了兼职
            # 工作人员 counts one of the staff, as a part alone is no total below; 154a01's city bureau, read as 1; a guard)
            if total is not None and any(o != offset and _STAFF_KIND.search(c) and not _PEOPLE_COUNTED.search(c)
                                         for o, c in clauses):
                return None
            break
    if total is not None:
        return total
    if len(parts) == 1 and ("兼职" if "专职" in parts else "专职") in s.text:
        return None  # the other kind is there but not counted: no total
    # (nor one kind named as part of a total the sentence counted otherwise, …的人员共有172人,其中专职人员24人,占总…:
    # 172a06's district, read as 24; a guard, as a part alone is no total)
    if len(parts) == 1 and _PART_OF_HEAD_COUNT.search(s.text):
        return None
    # (nor one worker, the sentence's only count, after a leader counted in its clause, 明确一名分管领导和一名兼职的政务公开
    # 工作人员负责…: the leader-and-worker convention above, 245c01's county bureau and 229d04's league bureau, read as 1;
    # several after the leaders, 确定两名分管领导和三名专职工作人员, or other parts beside the one, are the staff: 69a05,
    # review of c354af1)
    if len(parts) == 1 and parts.keys() <= parts_after_a_leader:
        return None
    return sum(parts.values(), Decimal(0)) if parts else None
