"""Requests for information received in the year (prose.applications_received), and how they were
answered: carried over from the year before, granted, granted in part, denied.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Callable

from orchestration.parser.prose.attributes import _BY_ATTRIBUTE, _DOCUMENTS_BY_ATTRIBUTE
from orchestration.parser.prose.channels import _CONSULTATION
from orchestration.parser.prose.scope import (_TO_DATE, _YEAR, _YEAR_TOTAL, _area_subject, _other_scope, _other_year,
                                              _up_to_the_year)
from orchestration.parser.prose.sentences import _IN_PART, _NEGATION, _PARTS_OPENER, NUM, Sentence, _clauses, _exact_number
from orchestration.parser.script import HAN


# 受理 the verb, not the place requests are taken in: 设立了1个区政府信息申请受理点和42个政府部门信息申请受理点 counts
# acceptance points (197a08, 卢湾's 2007 district report, read as 42 requests; P08, a guard); nor the ways they are taken in
# by, 受理依申请公开38件,主要受理路径为网上申请16件、信函申请数22件 (210c10's district office, whose channels' 受理 left its
# total unread; a guard)
_TAKE_IN = "受理(?!点|路径|渠道|方式)"
# (收办, received and handled: 全年共收办申请42件 in a city office's report, 全市共收办申请254件 in its city's, whose appeals
# in the next sentence are then the city's: 85a08 and 85a09, the P09 bare counts' guard)
# (nor a request's outcome: 收到不予处理的信访举报投诉类申请0条 counts the 2021 form's row of requests not handled, 102a01's
# city bureau; a guard)
# (…的要求 with 的 left out: 收到申请公开信息要求0件, 132b04's town, a wording of round 17's 收到申请公开政府信息的要求N件)
# (nor a count in another unit, 收到20起依申请公开件(网络申请件18件,…): 213b12's street, read as 18; a guard; the 起 or 宗
# of the requests only, 收到涉及12宗土地征收的…申请5件 keeps its 5: third review)
# blank request forms fetched, handed out or stocked (接受群众索取政府信息公开申请表35件, 在受理窗口摆放…申请表100份) are no requests: the
# reviews of 5738576 and of the session's change (申请书 likewise); never the applicant's own form, 收到申请人提供的…申请书5件,
# 下载填写的…申请表3件 (a second reading)
_FORMS_HANDED_OUT = r"(?:索取|领取|发放|摆放|放置|备有|印制)[^，。；]{0,20}?申请[表书]"
_RECEIVED = re.compile(  # (the words between hold no count: 共收到并答复…95件(含上年度结转申请7件), 66a16)
    rf"(?:收到|{_TAKE_IN}|接到|接收|接受|新收|收办|[向对][^，。；\d]{{1,12}}?提交)(?:(?!\d+\s*件|\d+\s*[起宗](?=依?申请|政府信息|信息公开)|不予|{_FORMS_HANDED_OUT})[^，。；]){{0,30}}?申请(?:公开)?(?:政府信息|信息)?(?:公开)?(?:情况|的?要求)?"
    # (the forms counted, 收到政府信息公开申请书58条, 共收到…申请书N条 and 收到《政府信息公开申请书》共计N件: 228a12's city bureau,
    # 74b09 and a third agency's page of the catalogue's P08 readings, each missed; the form a 申请表, 收到政府信息公开申请表1件:
    # 295c01's street, missed; a wording, only the disclosure request's form counted in 件 or 条, never blank forms stocked or
    # handed out, 受理窗口摆放政府信息公开申请表100份, nor another matter's, 收到低保申请表120件: the review of 5738576)
    rf"(?:书》?|(?<=公开申请)表》?(?=(?:共|共计|总计|合计)?\s*(?:\d[\d,]*|[一二两三四五六七八九十]+)\s*[件条]))?"
    rf"(?:办理事项|办件|案件|事项|信件|件数|数量|件|数)?(?:为)?"
    rf"(?:共|共计|总计|合计)?{NUM}"
    # P08: 收到依申请公开件2件, 受理申请公开数4个, 受理依申请信息公开0件, 新收…申请数量1件; 个 before a noun counts that
    # noun (…导致的群体申请两个领域 is two fields, 104b06's district bureau; a guard)
    rf"(?:件|条|个(?![{HAN}])|份|宗|起|次|人次|项|例)")
# (收到依申请公开申请15起: round 22's province department, the unit _RECEIVED_COUNT_FIRST already took)
# (…依申请公开政府信息办理事项2件, 受理依申请公开办件0件: rounds 13, 22 and 25, three agencies' pages)
# The count before the noun (共收到90件申请, 收到4件信息公开申请), and a count with no unit
# closing its clause (收到和处理政府信息公开申请数量为0): catalogue P08, third round.
_NOT_NEW_REQUESTS = re.compile(r"(?:撤回|补正|延期答复)[^，。；,;\d（()）]{0,8}?申请")
_RECEIVED_COUNT_FIRST = re.compile(
    rf"(?:收到|{_TAKE_IN}|接到|接收)(?:到)?[^，。；\d]{{0,8}}?(?:共|共计)?{NUM}(?:件|个|份|条|起|宗|例|项)[^，。；\d]{{0,10}}?申请")
# (fifth round: 收到并按时办结9件…申请, 收到社会各界4宗…申请; ninth round: 共收到8项依申请公开, two agencies)
_RECEIVED_UNITLESS = re.compile(rf"(?:收到|{_TAKE_IN}|接到|接收)[^，。；]{{0,30}}?申请(?:的)?(?:数量|件数|数)为{NUM}[。！？!?]?\s*$")
# the count's unit left out, the clause ending on the number (共收到政府信息公开申请3,截至…已全部办结; 共收到依申请公开
# 信息4,按时办结4件; 共收到和办理依申请公开2,无…复议: P08, 77b14, 82b04 and 88c08, three agencies' pages); a number of
# up to three digits only, never a year
_RECEIVED_UNIT_DROPPED = re.compile(rf"(?:收到|{_TAKE_IN}|接到)(?:和办理|并办理)?[^，。；\d]{{0,20}}?申请(?:公开)?(?:政府信息|信息)?(?:公开)?"
                                    r"(?:共|共计)?(?<!\d)(\d{1,3})[。！？!?]?\s*$")
# 共收到申请41件（含上年度结转3件）: new and carried-over requests together, not the year's new ones (P08); 转结 as 结转
# (…依申请公开20起(含上年度转结1起): 120c09's town, a guard, whose 起 the carried-over count takes as the received count does)
_WITH_CARRIED_OVER = re.compile(r"^\s*[（(]\s*(?:含|包含|包括)[^）)]{0,8}?(?:结转|转结)")
# (the carried-over part after a comma, 共受理依申请公开案件304件,其中上年度结转…: 142b03's town; a wording of the guard)
_CARRIED_OVER_PART_NEXT = re.compile(r"^\s*[，,]\s*其中[，,:：]?\s*(?:含|包含|包括)?\s*(?:(?:上一?年度?|\d{4}\s*年度?)的?(?:结转|转结)"
                                     r"|结转(?:上一?年度?|\d{4}\s*年度?))")
# …申请12件(含新收11件、上年结转1件): the bracket names the year's new ones, the received count (P08: the seventh round's
# '(本年度新收申请数a件…)', the twelfth round's '其中本机关新收a件，上年度未办结b件', round 59's county); after a comma too,
# '共受理…申请N件,其中新收到a件,结转上年度办理b件' (73b01; the page behind realdev r196 prints the bracketed 其中)
_NEW_PART = re.compile(rf"^\s*(?:[（(]\s*(?:{_PARTS_OPENER})|[，,]\s*其中)[:：]?\s*(?:本机关|本单位)?(?:本年度?)?"
                             rf"新收(?:到)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数|数量)?(?:为)?{NUM}件")


# 按时答复依申请公开2件, 办结依申请公开3件: requests answered, not received (P08). So are requests handled,
# 共办理依申请公开19件, 全年办理政府信息依申请公开13件 (rounds 19, 38 and 43: a handled count read as received
# on three agencies' pages; realdev r387), which may hold last year's too; 受理办理/收到并办理 still receive them
# (处理依申请公开15条 as well, round 46's city office; 收到和处理 still receives them)
# (办理 also further back, the applicants and channels between: 累计办理公民、法人或其他组织通过政府信息公开平台、邮寄等途径
# 依申请公开信息合计N件, 137b08's city bureau, and round 23's city behind realdev r325 in the same template; no verb of
# receiving between)
_HANDLED = r"(?<!受理)(?<!收到)(?<!收到并)办理"
_ANSWERED = re.compile(rf"(?:答复|办结|回复|{_HANDLED}|(?<![和并及])处理)[^，。；]{{0,4}}$"
                       rf"|{_HANDLED}[^，。；收受接]{{5,40}}?(?:途径|渠道)$")
# the next clause counts another channel's requests, with no verb of its own (…网络申请6件，线下书面申请2件): the
# first count is a part (P08: 66b19, as the twenty-first round's 受理线上…a件，受理线下…b件, which the two verbs show;
# counted in 条 too, 收到…线上申请a条，线下申请b条: 88b15's town)
_CHANNEL_OF_REQUESTS = re.compile(r"网络|网上|线上|线下|书面|当面|现场|信函|邮寄|传真|电子邮件|电话")
_ANOTHER_CHANNELS_REQUESTS = re.compile(
    rf"[，,]\s*(?!其中|含|包括|包含|均|全部)[^，。；,\d]{{0,8}}?(?:{_CHANNEL_OF_REQUESTS.pattern})"
    rf"[^，。；,\d]{{0,6}}?申请(?:共)?{NUM}[件条]"
    # (the count first too, 收到1件信函申请,2件网络申请: 273c07's city bureau, read as 1 received; a wording)
    rf"|[，,]\s*{NUM}[件条][^，。；,\d]{{0,6}}?(?:{_CHANNEL_OF_REQUESTS.pattern})[^，。；,\d]{{0,4}}?申请")
# received counted by the way each came, then their sum (P08, eighth round)
_PARTS_THEN_TOTAL = re.compile(rf"(?:[，,、][^，。；,、\d]{{1,12}}\d+件)+[，,](?:合计|共计|总计){NUM}件")
# after 上年结转…申请N件: 本年新收N件 (P08)
_NEW_THIS_YEAR = re.compile(rf"本年(?:度)?新收(?:政府信息公开申请|申请)?(?:共)?{NUM}件")
# (two more wordings of _NEW_PART's class, the year's new requests named after a count of information requests that may hold
# last year's too: without 其中, 共收到…申请723件,本年新收723件,无上年结转数 (250a05's district bureau, read as two counts and so
# as nothing), and 今年新受理 after the carried-over part, 共办理政府信息公开申请209件,其中去年转办42件,今年新受理167件 (259c08's
# county office), or 共收到…申请30件,其中上年结转2件,本年新收28件. Only where the rest of the sentence after the agency's first
# count gives nothing but last year's carried-over ones and one clause of new ones, in the plain wording: four reviews of
# 749fa8b found other bodies' parts, appeals, permits, hotlines and service halls split so, and pending ones (今年新收2件尚在
# 办理中, 本年新收的2件,因在法定答复期内,结转至下年度办理), taken over the agency's own total)
_NEW_LEAD = re.compile(r"(?:本年|今年)(?:度)?新(?:收|受理)")
_NEW_ONES_CLAUSE = re.compile(rf"\s*(?:其中)?[，,:：]?\s*{_NEW_LEAD.pattern}(?:到)?(?:政府信息公开申请|申请)?(?:共)?{NUM}件[\s。.]*")
_INFORMATION_REQUESTS_NAMED = re.compile(r"信息公开申请|依申请|公开申请")
# a count of information requests handled, which no pattern reads as received (共办理政府信息公开申请209件)
_INFORMATION_REQUESTS_HANDLED = re.compile(rf"{_HANDLED}[^，。；,;\d]{{0,12}}?(?:信息公开申请|依申请公开|公开申请)[^，。；,;\d]{{0,8}}?\d+\s*件")
# a clause counting only last year's carried-over requests, last year named with the word (其中去年转办42件, 上年结转8件,
# 结转上年度申请2件): never another business's (行政复议上年结转1件), a referral's (省政府转办2件) nor one said of them (上年结转的2件
# 已全部办结: the third review of 749fa8b); or none carried over (无上年结转数)
_LAST_YEAR = r"(?:上一?年度?|去年)"
_CARRIED_PART = re.compile(rf"\s*(?:其中)?[，,:：]?\s*(?:(?:{_LAST_YEAR}的?(?:结转|转结|转办)|(?:结转|转结){_LAST_YEAR})(?:的|来)?"
                           rf"(?:政府信息公开申请|申请|办件|件)?(?:数量|数)?(?:为)?(?:共)?{NUM}件"
                           rf"|无{_LAST_YEAR}?(?:结转|转结)(?:数|件|申请)?)[\s。.]*$")


def _new_ones_after(text: str) -> Decimal | None:
    """The year's new requests, where the rest of a sentence after its count of requests gives only them
    and last year's carried-over ones (,其中去年转办42件,今年新受理167件; ,本年新收723件,无上年结转数)."""
    new, seen = None, False
    for _, clause in _clauses(text):
        if not clause.strip(" \t。."):
            continue
        if not seen and (m := _NEW_ONES_CLAUSE.fullmatch(clause)):
            new, seen = _exact_number(clause, m), True
        elif not _CARRIED_PART.match(clause):
            return None
    return new


# (nor information made or obtained, sorted by attribute: 制作、获取的政府信息2123条(主动公开信息2119条、作为依申请公开
# 信息4条), 101b13's city, whose 作为 names the part no request; a guard)
_AS_ATTRIBUTE = re.compile(r"作为\s*$")
# (not an item of a list of the kinds of information published: …、政府信息年报1条、依申请公开2条、政民互动3条,
# round 22; the list's items closed by semicolons too, 公开指南1条;依申请公开2条;工作动态54条, which end its clauses:
# 78c08's town)
_ITEM_OF_A_LIST_BEFORE = re.compile(r"\d条;\s*$")
# (nor items disclosed on the agency's own initiative and on request counted together, 全年主动和依申请公开信息2394条:
# 151d02's province commission, read as 2394 requests; a guard)
_PROACTIVE_AND_BEFORE = re.compile(r"主动(?:公开)?(?:和|及|与|、|以及)\s*$")
# (受理依申请公开来件N件: round 60's province department; 依申请公开新受理N件: 85a02's county office)
# (not after a verb of publishing: 在区政府网公开依申请公开信息0条 counts items published, 114b09's town; a guard)
_ON_REQUEST = re.compile(
    rf"(?<!\d条、)(?<!公开)(?<!发布)依申请公开(?:政府信息|政务信息|信息|办件|来件)?(?:条数|件数|数量|数)?(?:为)?"
    rf"(?:(?:共|共计|总计|合计)(?:受理|收到)?|新(?:受理|收到))?{NUM}(?:件|条|次)")
# (nor requests carried over, 上年结转依申请公开0件 after 我市共收到依申请公开24件: 273b05's city office, read as none received;
# 结转下年度依申请公开N件 likewise; a guard)
_CARRIED_BEFORE = re.compile(r"(?:结转|转结)[^，。；,;\d]{0,6}$")
# (收到依申请公开政府信息条数1条 counts requests: 236c12's district bureau)
_RECEIVING_BEFORE = re.compile(rf"(?:收到|接到|{_TAKE_IN}|接收|接受)\s*$")
# (nor where what follows answers them as requests, 依申请公开信息3条,均已按时答复 / …全部办结 / 其中同意公开3条: review of
# 9f28468; or splits them by applicant, 依申请公开信息30条,其中公民申请公开信息数量21条,法人和其他组织…9条: 244a08's district
# bureau's wording, whose reader took 30)
# (回复, 办复 and 处理 answer them too, and a split by channel, 其中当面申请2条、网上申请3条; never 办理 alone, 在线办理群众邮件
# being other work: review of the session's change)
_ANSWERED_AFTER = re.compile(r"答复|回复|办复|处理|办结|申请人|同意公开|不予公开|部分公开|予以公开"
                             r"|其中[,，]?(?:公民|自然人|法人|[^，,。；;]{0,8}?申请)")
_ITEMS_ON_REQUEST = re.compile(rf"依申请公开(?:政府信息|政务信息|信息)(?:条数|数量|数)?(?:为)?(?:共|共计|总计|合计)?{NUM}条")
# the noun first, then the verb (依申请公开政府信息共收到37件 above; 政府信息公开申请受理1条: round 66's town and street)
_RECEIVED_NOUN_FIRST = re.compile(rf"信息公开申请(?:共)?(?:受理|收到)(?:共|共计)?{NUM}(?:件|条)")
# (round 17, three agencies' pages: 收到申请公开政府信息的要求N件, 依申请公开共受理N件, 依申请公开政务信息数N件)
# P08: 无依申请公开政府信息, 我镇2016年度无申请 (round 18: 未新收到…依申请公开件); third round: 未发生依申请公开情况,
# 没有政府信息依申请公开情况
# (未接受…申请 too, as _RECEIVED reads 接受: round 31's town)
# (round 44's county bureaus: 未发生受理依申请公开事项的情况; 没有个人或单位向本局申请公开政府信息, with no 提出)
# every kind of applicant named (公民、法人或其他组织, 自然人、法人或非法人组织), never one kind alone
_EVERY_APPLICANT = r"(?:(?:公民|自然人)[、和及]法人(?:(?:或者?|和|及|、)(?:(?:其他|其它)(?:社会)?|非法人)组织)?)?"
# a request's fees, complaints or fate after 依申请公开 in the same clause (not past 及/和/、)
_NO_FATE_AFTER = (r"(?!公开(?:(?![及和与或、也亦又并且无未没因])[^，。；,;]){0,12}?"
                  r"(?:收费|减免|费用|处理费|收取|投诉|举报|申诉|起诉|复议|撤回|驳回|逾期|延期|超期|超过|未予?答复|不予|不能|涉及))")
_NO_APPLICATIONS = re.compile(
    rf"{_NEGATION}(?:发生)?共?新?(?:收到|接到|{_TAKE_IN}|接收|接受)[^，。；,;]{{0,45}}?申请"
    # (没有向申请人收取…: a fee; so is 未向公开权利人收取依申请公开的任何费用, 188c06's city bureau, read as no requests)
    rf"|{_NEGATION}[^，。；]{{0,12}}?(?:(?:提出|提交)[^，。；]{{0,12}}?申请|向(?![^，。；]{{0,12}}?收取)[^，。；]{{0,8}}?申请(?!人))"
    # (本年度，无政府信息公开申请: round 45; 全年无涉及政府信息公开申请情况: 84c11)
    # (not the fees for requests, 本年度无依申请公开收费和减免事项: 234c08's district, read as none received, whose requests are
    # counted elsewhere; a guard, as 没有向申请人收取… above)
    # (or 涉及, 我局在2023年度未涉及依申请公开事项: 236d01's county bureau, a wording of 84c11's 无涉及)
    # (the fee words anywhere in the noun, 信息处理费 the 2021 form's, or complaints; not past 及/和/、, 无依申请公开及收费事项 names
    # none of either: second review)
    # (every kind of applicant may stand between, and 依法申请公开 for 依申请公开: 全年无公民、法人依申请公开事项, 本年度我委无依法申请公开
    # 情况: 241c03's and 228d04's bureaus, each read as nothing; P08. Never one kind alone, 无法人或其他组织依申请公开… before the
    # citizens' count, nor 依法申请 of anything but disclosure, 无依法申请延期答复情况: review of aecbe8c)
    # (nor a request's fees, complaints or fate, 无依申请公开而逾期未答复的情况, 无…依法申请公开的政府信息被撤回, …不予公开的情况,
    # …被申请人起诉: two reviews of aecbe8c; 依法 never after a bare 未, 部分群众未依法申请公开…: the second)
    rf"|{_NEGATION}(?:发生|出现|产生|涉及)?{_EVERY_APPLICANT}(?:政府信息|信息)?依申请{_NO_FATE_AFTER}"
    rf"|(?:无|没有|不存在|未发生|未出现){_EVERY_APPLICANT}(?:政府信息|信息)?依法申请(?=公开){_NO_FATE_AFTER}"
    rf"|无(?:涉及)?(?:政府信息公开|信息公开)?申请")


# none carried on to the next year (…全部按时办结，无申请件结转到下一年度) says nothing of the requests received
# (113c02's city bureau, which received 2 and was read as receiving none; a guard)
_NONE_CARRIED_ON = re.compile(rf"{_NEGATION}[^，。；]{{0,6}}?申请件?(?:结转|转入|转至)")


# appeals (行政复议申请, 诉讼), each of several other units (分别收到…), licences applied for
# (收到行政许可申请N件: round 17): no information requests of the agency
_NOT_INFORMATION_REQUESTS = re.compile("复议|诉讼|分别|许可申请|审批申请")
# appeals named only after a count, listed after it or in its bracket (共接到依申请公开办件2件、行政复议2件、行政诉讼0件;
# 同意公开答复4件(含1件行政复议结果维持)), make it no appeal's count: 107b04's town and 108c08's district bureau, two guards
_AFTER_A_COUNT = re.compile(r"(?<=\d[件条])[、（(].*")
# none of the requests nor the appeals listed after them (全年未收到和处理政府信息公开申请、公开行政复议、行政诉讼等情况:
# 180d04's county bureau, its requests' zero lost to the appeals' words; P08): the zero is the requests' too
# (not the appeals about requests, 未收到因政府信息公开申请和答复引起的行政复议…, nor an appeal's own 诉讼申请)
# (or 无 with no verb, 2019年无政府信息公开申请、无信息公开行政复议和行政诉讼相关案件: 226a05's city bureau, read as nothing)
# (not the appeals about requests and their handling, 无政府信息公开申请和处理相关行政复议: review of aecbe8c)
_NONE_OF_REQUESTS_NOR_APPEALS = re.compile(rf"(?:{_NEGATION}(?:收到|接到|{_TAKE_IN})|无)[^，。；、因针就对]{{0,20}}?(?<!复议)(?<!诉讼)申请"
                                           r"[、和及与](?:(?!处理|办理|相关|类)[^，。；答引提的]){0,20}?(?:复议|诉讼)[^，。；\d]*。?$")
# (or a comma: 全年主动发布信息N条,其中,主动公开部门文件a件、依申请公开b件, 82a14's bureau, whose items published on
# request were read as its requests)
_PART_AFTER_COLON = re.compile(r"其中\s*[:：，,]\s*$")


def _applications(s: Sentence, year: int | None) -> Decimal | None:
    found: list[Decimal] = []
    # (the year's new ones may follow the sentence's first count of information requests: see _NEW_LEAD)
    new_ones_named = _NEW_LEAD.search(s.text) is not None and _INFORMATION_REQUESTS_NAMED.search(s.text) is not None
    for offset, clause in _clauses(s.text):
        # 行政复议申请 / 诉讼 are appeals, not information requests
        if _CONSULTATION.search(clause) or clause.lstrip().startswith("其中") or (
                _NOT_INFORMATION_REQUESTS.search(_AFTER_A_COUNT.sub("", clause))
                and not _NONE_OF_REQUESTS_NOR_APPEALS.search(clause)):
            continue
        # 共受理依申请公开事项2件，其中：受理当面申请0件…: the colon splits the part from its 其中 (round 14's
        # town, and its stand-in)
        if _PART_AFTER_COLON.search(s.text, 0, offset):
            continue
        if _other_year(s.text, year, offset + len(clause)):
            continue
        # 无依申请公开信息转主动公开: nothing converted, not no requests (sixth round); 此外，未收到…申请
        # adds the agency's own zero, no part of a count before it (fifteenth round)
        if not found and _NO_APPLICATIONS.search(clause) and "转主动" not in clause \
                and not _NONE_CARRIED_ON.search(clause) and not _other_scope(s, clause, parts=False, zero=True):
            return Decimal(0)
        if _other_scope(s, clause):
            continue
        # 截至…，(累计)受理…申请N件: to date, not the year's (P06; without 累计 on two third-round pages); none to
        # the report year's end is none in the year too (截至2024年12月底，我街道受理信息公开申请0件; 截止2025年12月31日，
        # 收到依申请公开事项0项: rounds 30, 31 and 32, three townships' pages; 截至2023年底…0条: round 37's county bureau),
        # as is none up to the year with no month (截至2019年共收到…申请0件: review of 87a2595, whose _YEAR_TOTAL no longer
        # takes 至2019年共 as the year's)
        before = s.text[:offset + len(clause)]
        to_year_end = False
        if _TO_DATE.search(before) and not _YEAR_TOTAL.search(before):
            # (up to the year with no month only straight before the count's own 共 or 累计, 截至2019年共收到…0件: never
            # 截至2019年上半年, 截至2019年六月, 截至2019年初, nor an earlier clause's 截至2019年: second review of 87a2595)
            to_year_end = year is not None and (
                (at_the_end := _up_to_the_year(year))[0].search(before) is not None
                or at_the_end[1].search(clause) is not None)
            if not to_year_end:
                continue
        for pattern in (_RECEIVED, _RECEIVED_COUNT_FIRST, _RECEIVED_UNITLESS, _ON_REQUEST, _RECEIVED_NOUN_FIRST,
                        _NEW_THIS_YEAR, _RECEIVED_UNIT_DROPPED):
            m = pattern.search(clause)
            if m:
                if pattern is _ON_REQUEST and (_ANSWERED.search(clause[:m.start()]) or _BY_ATTRIBUTE.search(s.text)
                                               or _DOCUMENTS_BY_ATTRIBUTE.search(s.text)
                                               or _AS_ATTRIBUTE.search(clause, 0, m.start())
                                               or _PROACTIVE_AND_BEFORE.search(clause, 0, m.start())
                                               or _CARRIED_BEFORE.search(clause, 0, m.start())
                                               or (m.start() == 0 and _ITEM_OF_A_LIST_BEFORE.search(s.text, 0, offset))):
                    break
                # (not requests withdrawn, completed or extended, 收到申请人撤回申请书1件, 收到补正后的申请书2件: both
                # reviews of ebf5cfb)
                if _NOT_NEW_REQUESTS.search(m.group()):
                    break
                after, rest = clause[m.end():], s.text[offset + m.end():]
                if new := _NEW_PART.match(rest):
                    return _exact_number(rest, new)  # the total's new part
                # (the agency's own first count, never an area's or one channel's, that the year's new ones may follow)
                new_ones_may_follow = new_ones_named and not found and not _area_subject(s, offset + m.start()) \
                    and not _CHANNEL_OF_REQUESTS.search(clause, 0, m.end())
                if _WITH_CARRIED_OVER.match(after) or _CARRIED_OVER_PART_NEXT.match(rest):
                    # (the new ones after the carried-over part, 共收到…申请30件,其中上年结转2件,本年新收28件)
                    return _new_ones_after(rest) if new_ones_may_follow else None
                value = _exact_number(clause, m)
                # (nor items of information given on request, in 条 with no verb of receiving: 我局制作依申请公开信息19条,
                # 未收到…需求 (243c11's district bureau, read as 19 requests), …微博发布稿件856篇,依申请公开信息5条 (242d08's
                # city bureau) and 全年共计公开政府信息104条,依申请公开信息1条 (231a01's district bureau), whose readers took
                # none; a zero, 依申请公开信息0条, says no request was met and stands, as 227c11's reader took it; a guard)
                if pattern is _ON_REQUEST and value and _ITEMS_ON_REQUEST.fullmatch(m.group()) \
                        and not _RECEIVING_BEFORE.search(clause, 0, m.start()) \
                        and not _ANSWERED_AFTER.search(s.text, offset + m.end()):
                    break
                if to_year_end and (value != 0 or pattern is _ON_REQUEST):
                    break  # (a count to the year's end is to date: only a zero received is the year's too)
                if value and _area_subject(s, offset + m.start()):
                    break
                # 收到网上申请105件，快递17件，合计122件: the first of the parts, then their sum
                total = _PARTS_THEN_TOTAL.match(s.text, offset + len(clause))
                # …申请58件，上年结转3件，共计61件: the sum takes in last year's requests (tenth round)
                if total and not re.search("结转|转结", total.group()):
                    value = _exact_number(s.text, total)
                elif not total and _CHANNEL_OF_REQUESTS.search(clause, 0, m.end()) and (
                        part := _ANOTHER_CHANNELS_REQUESTS.match(s.text, offset + len(clause))) \
                        and not re.search("结转|转结", part.group()):
                    # 共收到…网络申请6件，线下书面申请2件: one channel's part, no total (P08, 66b19); the clause's own count
                    # names its channel too, so a total followed by its parts stays the total
                    break
                if value is not None:
                    if new_ones_may_follow and (new := _new_ones_after(s.text[offset + len(clause):])) is not None:
                        return new  # (共收到…申请723件,本年新收723件,无上年结转数)
                    found.append(value)
                break
        else:
            # (a count handled, 共办理政府信息公开申请209件,其中去年转办42件,今年新受理167件, which no pattern reads)
            if new_ones_named and not found and _INFORMATION_REQUESTS_HANDLED.search(clause) \
                    and not _CHANNEL_OF_REQUESTS.search(clause) and not _area_subject(s, offset + len(clause)) \
                    and (new := _new_ones_after(s.text[offset + len(clause):])) is not None:
                return new
    # received counted twice in one sentence (政府新收…3件；部门新收…5件): parts of a
    # whole the sentence never states (catalogue P12); parts all none are a whole of none
    # (收到政府信息公开申请0条,依申请公开0条: 95c07's township)
    if len(found) > 1 and not any(found):
        return Decimal(0)
    return found[0] if len(found) == 1 else None


# The count after an outcome's words, quoted or not, with 答复, 的 or 的有 and 申请/数 between
# (部分公开为4件, 不予公开为6件: 为 before the count, round 60's town)
_OUTCOME_COUNT = rf"(?:[”\"]的?|(?:答复)?(?:的有|的|为)?)(?:申请)?(?:数)?(?:共)?{NUM}(?P<unit>件|条|宗|项)"
# Each outcome's words: the 2021 form's (予以公开, 部分公开, 不予公开) and the 2008 form's (同意公开…); 部分同意公开 is
# the 2008 form's the other way round (round 49's city bureau)
_GRANTED_WORDS = "(?:予以公开|同意公开)"
_PARTIALLY_GRANTED_WORDS = rf"(?:同意)?{_IN_PART}(?:予以|同意)?公开"
_DENIED_WORDS = "(?:不予公开|不同意公开)"
# How requests were answered, stated as counts: 上年结转3件, 予以公开12件, 部分公开2件, 不予公开1件.
_OUTCOMES = {
    # 上一年度结转受理0件, 上年度结转办理2件, 结转上年度办理3件, 上年结转的8件 (rounds 13, 20, 24, 26, 27: five
    # agencies); the year before named instead of 上年: 2024年结转7件 in a 2025 report, 含2022年结转1件,
    # 办理2021年结转件4件 (rounds 11, 22, 24, 27, 28: five agencies), read only when that year is the one
    # before the report year (结转2024年度7件 is carried forward, out of the year)
    "applications_carried_over": re.compile(
        # (or 结转 before the year, 其中结转2023年3件 in a 2024 report: 155a11's office, as 155a02's government of the same
        # district; a wording, read only for the year before, as a later year is where requests are carried forward to)
        rf"(?:(?:上一?年(?:度)?|\d{{4}}年(?:度)?)(?:结转|转结)|结转(?:上一?年度?|\d{{4}}年度?))(?:受理|办理)?(?:的)?"
        # (宗: round 45's district bureau; 续办上年度结转办件1件: round 60's province department; 起: 120c09's town)
        # (条 as the requests before it were counted, 共收到…申请25条,上年结转2条: 165b12's district office; read only after
        # requests counted, as the other outcomes in 条 are, or before them in its own words for them: see _outcome)
        # (依申请公开 as the noun, 结转2019年依申请公开1条: 314c09's district bureau, as the requests after it are counted)
        rf"(?:依申请公开(?:申请|件)?|(?:政府)?(?:信息)?公开申请|申请|办件|件)?(?:数量|数)?(?:为)?(?:共)?{NUM}(?P<unit>件|宗|起|条)"),
    # the 2008 form's words: 同意公开答复数4件, 不同意公开答复的2件 (P08, rounds three and five)
    # (nor 已主动公开和同意公开的10件, two of the 2008 form's outcomes counted together: 115b03's county; a guard)
    "applications_granted": re.compile(
        rf"(?<!{_IN_PART})(?<!不)(?<!公开[及和与、或]){_GRANTED_WORDS}{_OUTCOME_COUNT}"),
    # (an outcome quoted as the form's words, “同意公开”的1件 / “不予公开”的1件: rounds 20 and 31 and stand-in
    # r302, or with no 的, “同意公开”5件: round 42's town; counted in 宗, 不予公开2宗: round 31's new district;
    # 同意公开的有0件: round 43's city bureau)
    # 予以公开及部分公开的42件 (or 予以公开或部分公开48件: round 26) counts both together: neither (ninth
    # round), nor when the form's words are quoted (“予以公开”及“部分公开”69件: 117b07's district; a guard);
    # 予以公开13件、部分公开2件 lists them one by one (tenth round); 部分予以公开1件 (round 25)
    # (全部或部分公开的73件 too: 162b01's county, read as its partial answers; a guard)
    "applications_partially_granted": re.compile(
        rf"(?<!公开[及和与、或])(?<!全部[及和与、或])(?<!公开[”\"][及和与、或][“\"]){_PARTIALLY_GRANTED_WORDS}(?:[”\"]的?|(?:的有|的|为)?)(?:申请)?(?:共)?{NUM}(?P<unit>件|条|宗|项)"),
    "applications_denied": re.compile(rf"{_DENIED_WORDS}{_OUTCOME_COUNT}"),
}
# Outcomes counted in 条 as the requests before them were (收到依申请公开政府信息3条，其中予以公开1条; 收到依申请
# 公开2条，予以公开1条): round 25, two county bureaus' pages, and a third's 部分予以公开; in 条 only after
# requests are counted before them in the sentence (_RECEIVED), where 公开N条 is no item published.


# Outcomes a sentence can deny: 无上年结转件, 上年未转结政府信息公开申请 (P08, rounds three and six)
# (the year before named for 上年, 2023年未转结政府信息公开申请 or 未转结2023年政府信息公开申请 in a 2024 report: 162d01, 162d02
# and 162d03, three towns' pages of one county, whose reader took them as none carried over, and realdev r138's fourth
# town, 无2021年未转结的…申请; a later year is where requests are carried forward to, as for the counts)
_OUTCOME_NONE = {
    "applications_carried_over": re.compile(
        r"(?:无|没有|未有)(?:上年(?:度)?|\d{4}年(?:度)?)的?(?:结转|转结)|(?:上年(?:度)?|\d{4}年(?:度)?)(?:未转结|未结转|无结转)"
        r"|未(?:转结|结转)\d{4}年(?:度)?"),
}


# The count before the outcome, after the requests counted (收到申请5件…，对其中3件予以公开，1件部分公开; 收到依申请
# 公开事项4项，2项予以公开): P08, the tenth round's page and two of round 49's city bureaus. Read only where requests
# were counted before it, as outcomes in 条 are.
_OUTCOMES_COUNT_FIRST = {
    metric: re.compile(rf"{NUM}(?P<unit>件|项|宗)(?:申请)?(?:依规|依法)?{words}")
    for metric, words in (("applications_granted", _GRANTED_WORDS),
                          ("applications_partially_granted", _PARTIALLY_GRANTED_WORDS),
                          ("applications_denied", _DENIED_WORDS))
}


def _granted_counted(text: str) -> bool:
    """Whether the sentence counts a grant of its own (not in 项, as often matters published: 予以公开35项)."""
    return any(m.group("unit") != "项" for m in _OUTCOMES["applications_granted"].finditer(text))


# Granted told by a bare 公开 straight after 其中 parting the disclosure requests just counted (共收到信息公开申请5件,其中公开3件,另2件
# …无法公开; 全年共收到依申请公开4件,其中:公开3件,不予公开1件): P08, round 14's page, 279c02's district office and realdev r253's
# source, each labelled and read as nothing granted. Only there, as a bare 公开 elsewhere is as often an item published: the clause
# before the 其中 must end on the sentence's received count, and _applications must read that count both from the sentence and
# from the clause alone, with its guards (a year in digits, to date, another area or scope, consultations), in the same unit, the
# part no larger, and no other period's, wider or narrower set's words before it (_NOT_THE_YEARS_WHOLE); nothing in the part's
# clause may say it holds partial answers (其中公开3件(含部分公开1件)) or is approximate, no later 其中 part it again, and no
# 予以公开 or 同意公开 count stand in the sentence (the granted finder reads those, and one it refused, another area's or year's,
# leaves the sentence mixed). Only the sentence's first such part is looked at. The reviews of 35751f3 and of the session's change
# found every looser form reading items published, a subject's cases, another year's or another body's requests.
_OF_WHICH_GRANTED = re.compile(rf"^\s*(?:其中\s*)?公开(?:的)?{NUM}\s*(?P<unit>件|条)(?!\s*(?:左右|以上|余|多))(?![^，。；,;]*(?:含|部分))")
_COUNT_CLOSING = re.compile(rf"{NUM}\s*(?P<unit>件|条)\s*$")
# (nor a count of another or a part of a period, of the agency with its units or its system, or of one channel's, one kind of
# applicant's or one subject's requests, 去年共收到…, 上半年…, 我委及委属单位…, 网上申请…, 自然人…, 涉及征地…: words _applications
# lets through where the received count stands alone: the review of 3ccc003)
_NOT_THE_YEARS_WHOLE = re.compile(r"去年|上一?年|前年|近[\d两三四五]+年|以来|上半年|下半年|季度|及[^，。；,;]{0,3}属|本系统|系统内"
                                  r"|网上|网络|在线|信函|当面|现场|传真|邮件|自然人|法人|公民|涉及")
# (the requests named as disclosure requests in that clause, 信息公开…申请 or 依申请公开: 各类来信来访申请50件 may pass the received
# finder; and no catalogue's items, 政府信息公开目录信息120条)
_DISCLOSURE_REQUESTS_NAMED = re.compile(r"(?:信息公开|依申请)(?!目录)[^，。；,;]*?申请|依申请公开")


def _granted_after_of_which(s: Sentence, year: int | None) -> Decimal | None:
    """The part of the requests just counted that a bare 公开 after 其中 tells as granted (see _OF_WHICH_GRANTED); called by the
    granted finder where no explicit count of its own was read."""
    if _granted_counted(s.text):
        return None
    clauses = _clauses(s.text)
    for index, (offset, clause) in enumerate(clauses):
        if (part := _OF_WHICH_GRANTED.match(clause)) is None:
            continue
        if clause.lstrip().startswith("其中"):
            received_at = index - 1
        elif index >= 1 and clauses[index - 1][1].strip() == "其中":  # (其中:公开3件, split at its colon)
            received_at = index - 2
        else:
            continue  # (a bare 公开N件 with no 其中 is no part)
        before = clauses[received_at][1] if received_at >= 0 else ""
        total = _COUNT_CLOSING.search(before)
        if total is None or total.group("unit") != part.group("unit") or "其中" in s.text[offset + len(clause):] \
                or not _DISCLOSURE_REQUESTS_NAMED.search(before) or _NOT_THE_YEARS_WHOLE.search(s.text, 0, offset):
            return None
        count, granted = _exact_number(before, total), _exact_number(clause, part)
        # (the sentence's received count, and the one its clause before the 其中 gives on its own: the same number elsewhere, a
        # whole county's, consultations', an increase's, is no count this part parts: the review of 5ade438)
        if count is None or granted is None or granted > count or _applications(s, year) != count \
                or _applications(replace(s, text=before), year) != count:
            return None
        return granted
    return None


# outcomes in a bracket after a part's count, one kind of applicant's or one subject's (其中：自然人申请7件(予以公开2件，
# 部分公开2件，…); 其中，涉及土地、房屋征收补偿21件(其中8件予以公开，…)), are that part's answers, not the agency's
# (113b15's district and 116c05's town; a guard)
_IN_A_PARTS_BRACKET = re.compile(r"(?:其中[，,:：]?|自然人|法人|其他组织|公民)[^，。；,;(（]{0,30}?\d+\s*件\s*[（(][^）)]*$")


def _names_another_year(matched: str, year: int | None) -> bool:
    """Whether an outcome's words name a year other than the one before the report's (结转2024年度7件 in a 2024 report is
    carried forward; with no report year known, any named year is another)."""
    named = _YEAR.search(matched)
    return named is not None and (year is None or int(named.group(1)) != year - 1)


# Every request received granted, in the clause straight after the agency's received count (全年共受理依申请公开2件,均予以公开;
# 收到公开政府信息申请4件,均及时予以公开): granted is that count (P08: 232b07's and 273c06's bureaus, as 182d's 麻阳 '全部予以公开'
# and 48b02's '均免费予以公开' were labelled, all read as nothing granted). Never 均予以公开或部分公开, nor after any count but
# the received one the sentence gives; who asked may stand between (…申请6件,申请人均为自然人,均免费予以公开: 48b02). Nor where
# anything follows in the sentence that may part the requests or answer some otherwise, a 其中, a count or an answer's word (…均予以
# 公开,其中4件全部公开,1件因涉及第三方部分公开; …,其中1件正在办理中: the reviews of bf6f9c7 and of the session's change), where
# a later sentence opens on 其中, or where an explicit count of any answer is read (extract_prose_figures holds it till then).
# (已 before 全部 too, and how it was done, 已全部予以公开, 均已按规定及时予以公开, 均予以邮寄公开: P08, round 13's and 39b10's and
# 229c09's pages, each labelled and read as nothing granted)
_ALL_GRANTED = re.compile(r"\s*(?:已经|已)?(?:均|全部|都)(?:已经|已)?(?:全部)?(?:按规定|按要求|依规|依法|及时|按时|免费){0,3}"
                          r"予以(?:全部)?(?:邮寄)?公开[\s。.]*")
# (or on its noun after the count, 接到4起政府信息公开申请: 229c09's page; the disclosure requests named, never 撤回4件申请 or 结转4件
# 申请: the review of the session's change)
_DISCLOSURE_REQUESTS_NOUN = r"[^，。；,;\d]{0,12}?(?:信息公开|依申请)[^，。；,;\d]{0,4}?申请"
_ENDS_ON_A_COUNT = re.compile(rf"{NUM}\s*(?:(?:件|条|项)(?:{_DISCLOSURE_REQUESTS_NOUN})?|起{_DISCLOSURE_REQUESTS_NOUN})\s*$")
_CARRIED_OR_WITHDRAWN = re.compile("结转|转结|撤回|上年")  # (上年结转1件…申请,均予以公开: the third review of the session's change)
# (or how they all came, 均为网络申请件: round 13's page)
_ALL_REQUESTS_DESCRIBED = re.compile(r"\s*(?:申请人)?(?:均|全部|都)?(?:为|是)(?:自然人|公民|群众|法人|网络|网上|信函|当面)(?:申请件?)?\s*")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*%")
_SPLIT_AFTER_ALL_GRANTED = re.compile(r"其中|\d|部分|不予|不同意|无法|不属于|不存在|非本|撤回|告知|办理中|转下|结转")


def _all_granted(s: Sentence, year: int | None) -> Decimal | None:
    """The received count, where the sentence tells every request received as granted and counts no answer of its own; the
    caller (extract_prose_figures) holds it until the report's end."""
    if _granted_counted(s.text):
        return None
    clauses = [clause for _, clause in _clauses(s.text)]
    for index, clause in enumerate(clauses):
        # (a rate is no count: 办结率100%)
        if not _ALL_GRANTED.fullmatch(clause) or _SPLIT_AFTER_ALL_GRANTED.search(
                _PERCENT.sub("", "".join(clauses[index + 1:]))):
            continue
        before = index - 1
        while before > 0 and _ALL_REQUESTS_DESCRIBED.fullmatch(clauses[before]):
            before -= 1
        if before >= 0 and (m := _ENDS_ON_A_COUNT.search(clauses[before])) and not _CARRIED_OR_WITHDRAWN.search(clauses[before]):
            count = _exact_number(clauses[before], m)
            if count and _applications(s, year) == count:
                return count
    return None


# Outcomes counted in 项 as requests (收到政府信息公开申请5件，其中同意公开的3项，不同意公开的2项; “同意公开”4项; 1项依规予以公开:
# P08, 65b17's, 159a02's and 200d11's pages, each missed; in 项 first told before the outcome's words, 收到依申请公开事项4项，2项予以
# 公开, by round 49's two city bureaus). 项 is as often the unit of matters, items asked for or disclosed, licences and clauses
# (主动予以公开120项, 涉及政府信息12项，其中予以公开10项, 第二项依法予以公开, 历年累计同意公开56项: the review of d9f86d6), so an
# outcome in 项 is read only in the run of outcomes straight after the sentence's received count (in 件 or 项), nothing but
# punctuation, 其中 and other outcomes between, and every answer the sentence counts, together, no more than that count; so is a
# count with how it was done between, 1件依法予以公开 (行政处罚决定书36件依法予以公开 counts decisions published).
_BETWEEN_THE_ANSWERS = re.compile(r"(?:[\s，,、；;：:“”\"]|其中|对其中)*")
# each answer's words, after or before its count (the metrics _OUTCOMES_COUNT_FIRST names: granted, in part, denied)
_ANSWERS = tuple(p for metric in _OUTCOMES_COUNT_FIRST for p in (_OUTCOMES[metric], _OUTCOMES_COUNT_FIRST[metric]))


def _straight_after_the_requests(s: Sentence, year: int | None, start: int) -> bool:
    received = list(_RECEIVED.finditer(s.text, 0, start))
    count = _applications(s, year)
    if not received or count is None or received[-1].group(0)[-1] not in "件项":
        return False
    between = s.text[received[-1].end():start]
    for pattern in _ANSWERS:
        between = pattern.sub("", between)
    if _BETWEEN_THE_ANSWERS.fullmatch(between) is None:
        return False
    # (in whatever unit: 收到依申请公开2件，36件依法予以公开 and 收到申请5件，予以公开3件，不予公开4项 count something else, the review of
    # the session's change; a count _exact_number refuses, after 每 or approximate, leaves the sum unknown)
    answers = {m.span(1): _exact_number(s.text, m) for p in _ANSWERS for m in p.finditer(s.text)}
    return None not in answers.values() and sum(answers.values()) <= count


def _areas_carry_over(s: Sentence, year: int | None, clauses: list[tuple[int, str]], k: int) -> bool:
    """A carry-over zero (clause k) is a whole area's, no figure, as the requests counted in the clause before it are
    (全区依申请公开93件,上年结转0件 and 我市共收到依申请公开31件,上年结转依申请公开0件: 297c08's district and 273b05's city
    office, whose readers took none), or, with no requests counted there, where an area opens those two clauses (全区上年结转
    …0件,我镇…). A body named after an area's clause keeps its own zero (全县…推进,县财政局全年收到…7件,上年结转0件), as does
    an area's own zero said of its requests (我区未收到…申请,上年结转0件): the two reviews. Other outcomes' zeros stand."""
    before = clauses[k - 1][1] if k else ""
    if _RECEIVED.search(before) or _NO_APPLICATIONS.search(before):
        return _applications(replace(s, text=before), year) is None
    end = clauses[k][0] + len(clauses[k][1])
    return _area_subject(s, end, text=s.text[clauses[k - 1][0] if k else 0:end])


# what a count includes or leaves out, in an open bracket, (含上年结转1条 / (不含上年结转2件, or after its 其中
_AMONG_A_COUNTS_PARTS = re.compile(rf"(?:[（(]\s*(?:{_PARTS_OPENER}|不含|不包括|未含)[^（()）]*|[，,]\s*其中[^，,。；;]*)$")


def _outcome(metric: str) -> Callable[[Sentence, int | None], Decimal | None]:
    pattern, none = _OUTCOMES[metric], _OUTCOME_NONE.get(metric)
    answers = metric != "applications_carried_over"  # (a part's bracket may still name what was carried over: 85c09)
    count_first = _OUTCOMES_COUNT_FIRST.get(metric)

    def find(s: Sentence, year: int | None) -> Decimal | None:
        found = []
        clauses = _clauses(s.text)
        for k, (offset, clause) in enumerate(clauses):
            # (a consultation listed after an outcome's count, 属于公开范围的55件、不予公开的48件、…、咨询说明和其他的9件, is one more
            # item of the list, as an appeal is: 154a07's city commission, its denials missed; a guard)
            before_a_list = _AFTER_A_COUNT.sub("", clause)
            if _CONSULTATION.search(before_a_list) or re.search("复议|诉讼", before_a_list):
                continue
            m = pattern.search(clause)
            if none and not found and m is None and (denied := none.search(clause)) \
                    and not _names_another_year(denied.group(0), year):
                return Decimal(0)
            if m is None and count_first is not None:
                m = count_first.search(clause)
                if m is not None and _RECEIVED.search(s.text, 0, offset + m.start()) is None:
                    continue  # a count before the outcome's words is one only after the requests counted
            if m is None:
                continue
            start = offset + m.start()
            if answers and _IN_A_PARTS_BRACKET.search(s.text, 0, start):
                continue
            # Items sorted by how each was disclosed (共制作政府信息184条，其中主动公开55条…不予公开126条; in 件,
            # 共制发政府信息130件…不予公开112件: round 31's street) are no request's outcomes; in 条 an outcome
            # needs requests counted before it, where 公开N条 is no item published
            requests_before = _RECEIVED.search(s.text, 0, start) is not None
            by_attribute = _BY_ATTRIBUTE.search(s.text) is not None
            in_items = m.groupdict().get("unit") == "条"
            # (carried over in 条 before the year's requests, its own words naming them and the requests counted after it:
            # 上年结转政府信息公开申请数量0条,新收到…申请0份 and 结转2019年依申请公开1条,2020年度共收到依申请公开2条, 313c05's and
            # 314c09's district bureaus, each read with no carry-over; P08, as 165b12's 上年结转2条 after its requests in 条)
            # (information requests by name, never a bare 申请: 上年结转申请12条 before 本年收到审批申请86条 is another business's,
            # as are a petition office's and a hotline's: the review of the first version)
            carried_before_requests = metric == "applications_carried_over" \
                and _INFORMATION_REQUESTS_NAMED.search(m.group(0)) is not None \
                and _RECEIVED.search(s.text, offset + m.end()) is not None
            if (by_attribute and (in_items or not requests_before)) or (
                    in_items and not requests_before and not carried_before_requests):
                continue
            if _names_another_year(m.group(0), year):
                continue  # (a year named inside the match is not in the text _other_year reads, before it)
            if not _other_year(s.text, year, start):
                value = _exact_number(clause, m)
                if value and _area_subject(s, start):
                    continue
                if value == 0 and metric == "applications_carried_over" and _areas_carry_over(s, year, clauses, k):
                    continue
                # (the carry-over restated in the year's count's bracket or after its 其中, 上年结转依申请公开1条,本年共收到…4条(含
                # 上年结转1条): one figure, not two parts: the two reviews)
                if found and value in found and metric == "applications_carried_over" \
                        and _AMONG_A_COUNTS_PARTS.search(s.text, 0, start):
                    continue
                if value is not None and (m.groupdict().get("unit") == "项" or re.search("依规|依法", m.group(0))) \
                        and not _straight_after_the_requests(s, year, start):
                    continue
                if value is not None:
                    found.append(value)
        if not found and metric == "applications_granted":
            return _granted_after_of_which(s, year)
        # counted twice in one sentence (政府…予以公开3件；部门…予以公开2件): parts, no total
        return found[0] if len(found) == 1 else None
    return find
