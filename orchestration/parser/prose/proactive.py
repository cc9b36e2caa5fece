"""The year's items disclosed on the agency's own initiative (主动公开政府信息N条: prose.proactive_disclosed).

The wordings of that count (the kinds listed before the noun, the count before it, a bare count before its
breakdown) and the guards that keep a part, one channel's or one column's count, a count to date, a request's
outcome or items sent up to another body from standing for the year's total.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import partial

from orchestration.parser.prose.attributes import (_ATTRIBUTE_COUNT, _BY_ATTRIBUTE, _PARTS_BY_ATTRIBUTE,
                                                   _listed_attribute_part)
from orchestration.parser.prose.channels import (_CHANNEL, _CHANNEL_KIND, _CONSULTATION, _DIFFERENT_CHANNELS,
                                                 _DIFFERENT_CHANNELS_TOTAL, _EVERY_CHANNEL, _EXCLUDED, _ITEM_COUNT,
                                                 _MEDIA_WORDS, _NEW_MEDIA, _OWN_COLUMN, _OWN_LEAD, _SITE_AND_LIKE,
                                                 _channel_figures, _count_kind, _names_several_means, _other_kinds)
from orchestration.parser.prose.scope import (_CUMULATIVE, _OTHER_KINDS, _PART_OF_THE_YEAR, _SUBSET, _TOPIC_POINT,
                                              _TOTAL_WORDS, _YEAR_NAMED_IN_CLAUSE, _YEAR_TOTAL, _YEAR_WORDS_CLAIMED, _YEARS_END_COUNTED_TO,
                                              _added_to_years_end,
                                              _area_subject, _claims_the_year, _other_scope, _other_year, _since_year_start,
                                              _years_own_items_apart)
from orchestration.parser.prose.sentences import (_CLAUSE_SPLIT, _HEADING_NUMBER, _HEADING_RUN_IN, _IN_PART, _PARTS_OPENER,
                                                  NUM, Sentence, _clauses, _exact_number)


# the kinds may be listed before the noun (主动公开工作动态、政策文件等政府信息251条) and
# 各类 may follow 政府 (政府各类信息): catalogue P01. Information withheld (不予公开信息数24条) is
# never disclosed, nor exempt from disclosure (免予公开, and 免于公开 as a twelfth-round page writes it).
# Items may be counted in 项 or 篇 after 主动 (主动公开信息16项, 主動公開信息 417篇): fifteenth round,
# two departments' pages, and r184 and r196's sources. Without 主动 such counts were a site's
# articles or a whole zone's items as often as the year's total (three of seven real pages).
# the verbs of disclosure, after no word that makes them not (申请公开, 不予公开, 免予公开)
_DISCLOSURE_VERBS = ("公开", "发布", "公布")
# (nor 需要公开, what a request asked for: 收到依申请需要公开的信息0件, round 62's service centre; a guard)
# (nor 未公开, none: 针对单月未公开一条政府信息的单位 named units that published nothing, 114c03's county; a guard)
# (nor 提供公开, information provided to those who asked: 按正常程序已经提供公开的信息6件 among a request count's parts, 154b08's
# province department, read as its year's total; a guard)
_DISCLOSED = rf"(?<!申请)(?<!不予)(?<!不)(?<!未)(?<!免予)(?<!免于)(?<!需要)(?<!需要主动)(?<!提供)(主动)?(?:{'|'.join(_DISCLOSURE_VERBS)})"
# nor what someone asked for, received (收到群众要求公开政府信息21件: requests, 224b06's district bureau, read as its year's
# total; a guard): after a verb of receiving and who asks, in any unit, as 按要求公开, 根据群众要求公开 and 按照收到的上级通知要求
# 公开 are the agency's own (the reviews of 8af32bc)
_ASKED_FOR = re.compile(r"(?:收到|接到|受理|接收)[^，。；,;\d]{0,12}?(?:群众|公众|公民|申请人|企业|个人|法人|组织|社会各界|市民|"
                        r"居民|来信|来电)[^，。；,;\d]{0,8}?要求(?:及时|依法)?\s*$")
# nor information given on request, 共依申请办理公开或部分公开政府信息13件 (266b01's city bureau on a copy, read as its year's
# total; a guard): the requests' outcome, 依申请 and a verb of its own before the count's, no count nor 主 (主动) between (依申请公开
# named as a thing, 除依申请公开外全年共公开…200条 or 健全依申请公开制度后…公开…320条, keeps the total: the review of 749fa8b)
_MET_ON_REQUEST = re.compile(r"依申请(?!公开)[^，。；,;\d主]{0,8}$"
                             # (or after the requests received, 受理申请件公开信息3条(次) beside 收到政府信息公开申请3条(次): 272d11's
                             # city bureau, read as its year's total; a guard)
                             # (only straight after 申请 or 申请件: 在受理申请的同时主动公开政府信息120条 is the year's own: the
                             # review of the session's change)
                             r"|(?:收到|接到|受理|接收)[^，。；,;\d主]{0,8}?申请件?\s*$")
# The items may be counted with their kinds (信息16项65条, 计划总结、工作动态…信息4类46条): the second
# number is the items', and the kinds' count shows the list before 信息 is all of them, 等 or not
# (catalogue P02: rounds 11 and 23, three agencies' pages, each labelled with the 条 count).
_KINDS_COUNTED = r"\d+\s*(?:类|项)\s*(?=\d)"
# (a list of kinds before 等 runs to 80 characters without a comma: 主动公开领导分工、…、重大建设项目等政府信息N条,
# round 40's district office, and round 39's street listing 70; 85 in 113b14's district bureau's list)
# (the kinds' list may end 等需要公开的政府信息, 主动公开单位概况、…等需要公开的政府信息共计N条: 84d11's city bureau, a
# wording of the list before the noun)
# (or 等…领域信息, the list closed by a field's name: only where _KINDS_LISTED finds it names the agency's whole field, as
# _SUBSET reads any other 领域 as a domain's count)
# (各种 as 各类: 主动公开各种信息19条,其中:…, 160c02's town; a wording)
# (or no noun at all after the list's 等, its total straight after: 公开组织机构、工作信息…等共计79条, 144c03's street and
# 177b09's district bureau, each labelled so; the two studied pages printing it beside another channel's count stay
# unread, as any one channel's)
# a government's office counting what it publishes for the government and itself, 公开市政府及市政府办公室信息8405条,
# 主动公开区政府及区政府办信息24条, 县本级政府及政府办信息N条 (208b05's, 210c10's and 52b13's offices, whose readers took the
# count, as 109b08's differed; catalogue P01, the office's own total: the office publishes both)
_GOVERNMENT_AND_OFFICE = r"(?:[省市州县区旗]|[省市州县区旗]?本级)?政府(?:及|和|与)(?:[省市州县区旗])?政府办(?:公室|公厅)?"
_AND_OFFICE = re.compile(_GOVERNMENT_AND_OFFICE)
# (a body's own word only: 本年度, 本级, 本区门户网站 or 我市统一部署 name no other speaker; second and third reviews)
_OTHER_SPEAKER = re.compile(r"(?:我|本)(?:局|委|厅|镇|乡|街道|单位|中心|院|所|机关)")
_OFFICE_SPEAKS = re.compile(r"(?:我|本)(?:府办|办)(?!法|理)")
_PROACTIVE = re.compile(
    # (有 before the count as 为: 区科技局主动公开信息有14条, 我局在2021年度共计主动公开的信息有88条, 226c01's district bureau and
    # 273b02's county-level city bureau, each labelled with the count and read as nothing; a wording of P01; only where the count
    # closes its clause, never 有3条未及时公开, 有300条为政策文件 or 有300条左右; and not where only a catalogue, platform or site
    # holds them with no year named before, 在…目录中主动公开的信息有5000条, its stock: reviews of 7fc6480 and 304899c)
    # (or run together, 主动公开更新信息745条: 218b04's town, a wording of P04's verb pair)
    # (only after 公开: 发布更新信息2条 updates, 发布更新信息35条,新增公开信息120条 counts the new ones: reviews of 39be619)
    rf"{_DISCLOSED}(?:和更新|并更新|、更新|(?<=公开)更新)?(?:了)?"
    # (the list closed by its total with no noun: no count nor bracket inside it, where a part's 等共计N条 would stand in
    # for the total before it, 公开信息500条（其中…等共计79条）; in 条 only, 公开拍卖…等共计15件 counts no items published)
    rf"(?:[^，。；：:\d（()）]{{1,100}}?等(?:共|共计|总计|合计)(?=\s*\d[\d,]*\s*条)"
    rf"|(?:[^，。；：:]{{1,100}}?等(?:需要公开|应当公开|[^，。；：:、\d]{{0,6}}?(?:领域|方面))?|[^，。；：:\d]{{1,40}}?(?=信息{_KINDS_COUNTED}))?"
    rf"(?:各类|各项|各种|相关|本镇|本乡|本街道|本局|本单位|本机关|{_GOVERNMENT_AND_OFFICE})?"
    rf"(?:的)?(?:(?:政府|政务)?(?:各类|各项|各种)?信息|(?<=方面)内容|(?<=方面的)内容)"
    # (达到 as 达: 全盟主动公开政府信息数量达到73360条, 281d02's compiled prefecture report, missed)
    rf"(?:的)?(?:总数|总量|数量|件数|条数|数|新增)?(?:为|达到?|有(?=\s*\d[\d,]*\s*条\s*(?:[，,。；;(（]|$)))?(?:共有|共|共计|总计|合计|累计)?\s*(?:{_KINDS_COUNTED})?)"
    rf"{NUM}\s*(?P<unit>条|件|项|篇)")
# (有 before the count: not where only a place holding the items, or 现行有效, stands before it and no year is named: see _PROACTIVE)
_STOCK_TOLD = re.compile(r"有\s*\d[\d,]*\s*条$")
_YEAR_WORDS = re.compile(rf"\d{{4}}\s*年|{_YEAR_WORDS_CLAIMED.pattern}")
_STOCK_PLACE = re.compile("目录|平台|网|系统|数据库|栏目|专栏|现行有效")  # (网 takes in 网站)
# items sent up to another body (P16): 报送/上报/送交 just before the counted noun
# (or uploaded to a higher body's platform, 上传市交通运输局政务平台公开信息65件: 152b05's county bureau, read as its year's total;
# a wording of the class)
# (or handed to the reference places, 向区档案馆、区图书馆…移送主动公开信息1件: 269a02's street, read as its year's total; 移交 too,
# a wording of the class)
_SENT_UP = re.compile(r"(?:报送|上报|送交|移送|移交)[^，。；,;\d并和及]{0,4}$"
                      r"|上传(?:至|到)?(?:省|市|州|县|区)[^，。；,;\d]{1,12}?(?:平台|网站|网)[^，。；,;\d]{0,4}$")
# The count before its noun (公开了90条政府信息, 全年公开401条信息, 发布132条各类政府信息): catalogue P01, rounds
# 12, 17 and 18, four agencies' pages; in 条 only, like the counts without 主动 above. The verbs 公布 and
# 公开和更新 (主动公布政府信息共计304条, 主动公开和更新了各类信息439条) are P04's of rounds 11 and 18. The noun may
# be 公开信息 (…共在X门户网站发布N条公开信息: the twelfth round's, 52b02's and 64a15's pages).
# a request's outcome, not a disclosure (予以公开N条, 予以全部公开, 同意公开, 部分公开): a guard
_NOT_AN_OUTCOME = rf"(?<!予以)(?<!予以全部)(?<!予以主动)(?<!同意)(?<!{_IN_PART})"
_PROACTIVE_COUNT_FIRST = re.compile(
    rf"{_NOT_AN_OUTCOME}{_DISCLOSED}(?:了)?\s*{NUM}\s*(?P<unit>条)"
    rf"(?:各类|各项|各种|相关)?(?:的)?(?:政府|政务|公开)?信息")
# The count straight after the verb, no noun at all, when a breakdown follows (全年共发布N条,其中…; …等共公开发布N条，
# 其中：…; 通过政府门户网站共发布N条,其中…): the items the breakdown sorts, the year's total (catalogue P01/P02: rounds
# 30, 42 and 58, a town's, a county office's and a district bureau's pages, each labelled N). Only before 其中: a bare
# 发布N条 may count anything; never a request's outcome (予以公开N条) nor in a clause about requests.
_PROACTIVE_BARE = re.compile(rf"{_NOT_AN_OUTCOME}{_DISCLOSED}(?:发布)?(?:了)?(?:共|共计|总计|合计)?\s*{NUM}\s*(?P<unit>条)\s*$")
_BREAKDOWN_NEXT = re.compile(r"[，,；;：:]\s*其中")
_BARE_TOTAL_HINT = re.compile(r"条\s*" + _BREAKDOWN_NEXT.pattern)  # (what a sentence with no 信息 needs for _PROACTIVE_BARE)
# 已主动公开的…N件 after requests are named is a request's outcome (see _proactive); requests named: counted (申请…N件, 受理依申请公开10件,
# 申请一件) or what one asked for (申请公开的内容为…, 申请人所申请的); a heading's 主动公开和依申请公开 or a request met only with a
# negation (未收到政府信息公开申请，…) names none (the session's two reviews)
_REQUESTS_NAMED = re.compile(r"(?:申请|受理|收到)[^，。；,;\d]{0,12}?(?:\d+|[一二两三四五六七八九十]+)\s*件"
                             r"|(?<!依)申请(?:公开)?的(?:内容|信息)|申请人所申请的")
# fifth round (P01, four agencies' pages): 政府信息新增22条, 政府信息件数为123件, 政府信息的数量共192条,
# and the words swapped, 主动信息公开29条 or (政府)信息主动公开共7条 (read as 主动公开信息; sixth
# round and the catalogue's reversed wording)
_SWAPPED = re.compile("主动信息公开|信息主动公开")


# a section heading with no punctuation, run into the sentence on the next line
# (二、行政机关主动公开政府信息情况 / 2020年，本局累计…): the sentence still leads with its year
# (a comma after the year or not: 一、总体情况 / ㈠ 主动公开 / 2024年X市政府网累计公开各类信息5975条 leads with its year,
# 150d03's city, whose 累计 was read as a running total and a later kind's count taken; P01)
# (not a subject's 到 before the year, 二、主动公开政府信息情况 / 本单位到2019年累计…302条: up to the year, 240d02's city
# office, whose heading ran into the sentence and took 本单位到 along; see _YEAR_TOTAL)
_LEADING_HEADING = re.compile(_HEADING_RUN_IN + r"(?<![到至止])(?=\d{4}年|全年|本年)")

# (the same heading before a year with no comma after it: round 18, and 43 studied pages print
# '(一)主动公开方面' as a heading of its own)
# (also the section's own heading before any sentence, '(一)主动公开方面' on its line and the count on the next with
# no year: its 方面 is the heading's, no subset; round 68's street and the 43 pages above printing it)
_HEADING_BEFORE_YEAR = re.compile(_HEADING_RUN_IN + r"(?<![到至止])(?=\d{4}年|全年|本年)|"
                                  + _HEADING_NUMBER + r"(?:政府信息)?主动公开(?:政府信息)?(?:工作)?(?:方面|情况)")


# 共制作政府信息236条，其中主动公开信息数为158条，依申请公开…，不予公开…: the items the agency made,
# sorted by how each is disclosed; the 主动公开 part is the year's proactive figure, not a subset
# (catalogue P02: rounds four and eight, three agencies' pages)
_ATTRIBUTE_PART = re.compile(r"其中[，,：:]?\s*(?=主动公开)")
# 全年共发布信息59条（其中，领导信息1条…）: a breakdown in brackets after the figure (P02, eighth round): kinds, cut
# from the clause so they mark no subset; channels' counts in brackets are rewritten as parts instead (below)
_BRACKETED_PARTS = re.compile(r"[（(]\s*其中.*$")
# a count inside such a bracket, 其中 or 含 opening it, is a part of the figure before it, never the total
# (…各项政府信息2584条(含政府公开信息1337条): 102a22's city bureau, whose total's wording is read by no pattern; a guard)
_INSIDE_PARTS_BRACKET = re.compile(rf"[（(]\s*(?:{_PARTS_OPENER})[^（()）]*$")
# a bracket after a count saying it takes in the years before (417条(此数含2008年以来所有主动公开信息数): see _proactive)
_TAKES_IN_EARLIER_YEARS = re.compile(rf"\s*[（(][^）)]{{0,6}}?(?:{_PARTS_OPENER})[^）)]{{0,20}}?(?:以来|历年|往年)")
# or a bracket after a 累计 count giving the year's new items apart (累计公开信息8775条(2025年新增388条)): the count runs
# to date, though the year leads the sentence (P06: 118d06's street, a guard)
_YEARS_OWN_APART = re.compile(r"\s*[（(]\s*(?:\d{4}年度?|本年度?|全年|今年)新增")
# a total whose parts after 其中 are its departments' and its towns' own disclosures (全年共发布信息N条，其中…；部门信息公开a条、
# 镇街信息公开b条) is the whole area's, in a report not compiled from every unit (P12: 119b12's district; a guard)
_AREA_BY_ITS_UNITS = re.compile(r"其中[^。]*?(?:部门|县直单位|区直单位|市直单位)(?:信息)?公开(?:信息)?\s*\d+\s*条[^。]*?"
                                r"(?:镇街|乡镇|街镇|镇街道)(?:信息)?公开(?:信息)?\s*\d+\s*条")
# A clause with no count that only says where the next clause's items went (在“五公开”栏目中, 103c04's district) or
# what they are about (围绕…安全生产等重点领域, 105b01's district): part of that clause's scope (guards)
_WHERE_ONLY = re.compile(r"^\s*(?:在[^\d]{1,30}(?:中|里|内|上)|围绕[^\d]{1,60})\s*$")
# A clause that sets up or keeps one column, straight before a count with no verb of its own for the whole year (设立“疫情
# 防控政策措施”专栏,及时发布…等信息119条: 230a01's county; 新开设重点领域专栏、包含…等专题,发布各类信息612条: 229d03's city;
# 维护上合组织农业基地专栏1个,发布信息110条: 168d02's zone office: P04, three agencies' pages whose readers took no such
# count as the year's): the count is that column's
# (not where the count's clause speaks for the year itself, 设立…专栏,2021年主动公开政府信息812条: the total stands)
# (the subject or the site may come before the verb, 我局开设…专栏, 在门户网站开设…专栏: review of c5ee013; never the agency's own OGI
# column nor several columns: _sets_up_a_topic_column)
_SETS_UP = (r"^\s*(?:(?:我|本)(?:局|委|办|镇|乡|街道|单位|中心))?(?:在[^，。；,;\d]{1,20}?)?"
            r"新?(?:开设|设立|设置|开辟|增设|新设|建设|创建|建立|维护|开通)了?")
_COLUMN_SET_UP = re.compile(_SETS_UP + r"[^\d]{1,60}?(?:专栏|专题)"
                            r"(?:\s*1\s*个)?\s*$")
# The objects of the verb listed, three or more joined by 、, among them kinds every agency publishes (政策文件,
# 机构职能, 动态…), and the list closed by 等…领域 or with 领域 in its items: the count covers everything listed, the
# agency's whole field (主动公开机构职能、动态要闻、…等城市管理领域信息总计631条, 113b14's district bureau; 主动公开政策
# 文件、危房改造、…等重点领域信息共计101条, 78d03's town; 主动公开政策文件、社会救助领域、…领域等信息92条, 78d14's town:
# catalogue P04, three agencies' pages each labelled with the count), no domain's subset
# A topical lead in the count's own clause, straight before its verb (我镇围绕…等重点领域主动公开信息N条, 28b12's town;
# 围绕环境保护等重点领域公开政府信息4517条, 215d09's city bureau; 结合我镇实际情况,围绕群众关注关切重点领域主动公开政府信息17条,
# 224c03's town: P04, three agencies' pages each labelled with the count) says what all the year's items were about, no
# domain's subset; a lead in a clause of its own before the count stays part of its scope (_WHERE_ONLY), as does a
# numbered point's (_TOPIC_POINT)
# (the generic lead only, 等重点领域 or 群众关注…重点领域, naming no column, kind or field of its own inside it; not under a
# point that opens on another topic, 二是…, 1., 同时…, nor before a stated total later in the sentence, _LATER_TOTAL,
# which is the year's: the reviews of c67043d)
_TOPICAL_LEAD = re.compile(r"围绕(?:(?!专栏|栏目|类信息|领域)[^，。；,;\d]){1,40}?(?:等|关注关切的?|关注的?)重点领域"
                           r"(?=(?:主动)?(?:公开|发布))")
_LATER_TOTAL = re.compile(rf"(?:{_TOTAL_WORDS}|一年来)[^，。；,;\d]{{0,12}}?(?:公开|发布|公布)[^，。；,;\d]{{0,20}}?\d+\s*条")
_POINT_OPENER = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[)）]|同时|此外|另外|还)")
_GENERAL_KINDS = re.compile("政策文件|规范性文件|机构职能|机构概况|领导信息|动态|通知公告|公示公告|人事信息|指南")
# (or closed by 等…方面, the list's noun 信息 or 内容: 主动公开政策解读、通知公告、…、工作动态等方面的内容共53条, 227b01's district
# bureau; 依托X网站…公开发布…等方面信息共N条, 71b08; 重点公开了…等方面的政府信息N条, a page of the catalogue's P01 readings:
# three agencies' pages each labelled with the count and missed; a wording, on the same terms)
_KINDS_LISTED = re.compile(r"(?<=公开|发布)[^，。；,;]*?、[^，。；,;]*?、[^，。；,;]*?等[^，。；,;、\d]{0,8}?(?=(?:的)?(?:政府|政务)?信息"
                           r"|(?<=方面)(?:的)?内容)")
_FIELD_WORDS = ("领域", "方面")
_LIFT_WORDS = re.compile("方面|围绕")


# (方面 only beside whole kinds' names: 防汛动态, 防控指南 or 办事指南 are topics, not the kinds every agency publishes, and 方面
# closes topics' lists far more often than 领域 does: review of 1d67fb6)
_WHOLE_KINDS = re.compile(r"(?:了|的|发布|公开)?(?:政策文件|规范性文件|机构职能|机构概况|领导信息|工作动态|政务动态|通知公告|公示公告|"
                          r"人事信息|信息公开指南|政策解读)")


def _without_domain_word(m: re.Match, aspects: bool = True) -> str:
    text = m.group()
    if _GENERAL_KINDS.search(text):
        text = text.replace("领域", "")
    # (two of them at least: 疫情防控、复工复产、政策解读等方面 lists topics with one kind among them: second review)
    if aspects and sum(1 for item in re.split("[、等]", m.group()) if _WHOLE_KINDS.fullmatch(item.strip())) >= 2:
        text = text.replace("方面", "")
    return text


# A total with its channels' counts in brackets after it (主动公开信息131条(其中政府门户网站公开信息78条,政务新媒体
# 发布信息53条), 信息461条(微信公众号公布457条,政府网站公布4条)): the parts of that total, as after ',其中' (P02/P05:
# the pages behind realdev r244 and r251, rounds 13 and 14, and round 41's county bureau)
_CHANNEL_PARTS_IN_BRACKETS = re.compile(r"(\d\s*条)\((?:其中[:：]?)?([^()]*?\d\s*(?:条|篇)[^()]*)\)")


def _as_parts(m: re.Match) -> str:
    return f"{m.group(1)},其中{m.group(2)}" if _CHANNEL.search(m.group(2)) else m.group()


# (also 共计公开…6条，分别是…1条，…5条: round 22)
_COUNT_BEFORE = re.compile(r"\d\s*(?:条|件)")
_KIND_COUNTED_LAST = re.compile(r"\d\s*条\s*$")  # (a clause ending on its count: an item of a list of kinds)
_AFTER_BREAKDOWN = re.compile(_COUNT_BEFORE.pattern + r"[，,；;:：]\s*(?:其中|分别是|分别为)")
_IN_A_BREAKDOWN = re.compile(r"[，,]\s*其中[，,:：]?[^。；;]*?\d\s*条\s*[，,、；;]\s*$")
_OWN_TOTAL_WORDS = re.compile(rf"{_TOTAL_WORDS}|累计|总数|总量|\d{{4}}\s*年")


def _in_uncounted_breakdown(text: str, offset: int, clause: str) -> bool:
    """Whether the clause at `offset` lies further down a breakdown (…,其中A1条,B2条,…) opened after a clause that
    disclosed items without counting them, and is no total of its own (共计…, 全年…: review of 1dd1702)."""
    m = _IN_A_BREAKDOWN.search(text, 0, offset)
    if m is None or _OWN_TOTAL_WORDS.search(clause):
        return False
    opener = re.split(r"[，,。；;]", text[:m.start()])[-1]
    # (a year in it is no count: 2022年我局及时公开政府信息,其中…: second review)
    return any(verb in opener for verb in _DISCLOSURE_VERBS) and _ITEM_COUNT.search(opener) is None


# the next of a list of counts, each of one named thing (A、B分别发布信息N条、M条: round 32's county; the same
# wording on rounds 13 and 20's street and district pages, and a list of domains in round 16's department)
_NEXT_COUNT = re.compile(r"\s*[、和及与]\s*\d")
# (with no 分别 too, where a count follows the count at once: …发布信息255条、63条 on 140c09's mirror, whose garbling
# took 分别 and the channels' names; a guard)
_NEXT_BARE_COUNT = re.compile(r"\s*、\s*\d[\d,]*\s*(?:条|篇|件)")
# channels' counts listed with 、 (公开政府信息202条、微信公众号公开信息340条): a count with a channel's piece of the list
# after it, or after another count before it, is one of them (P05, 121b09; a guard)
_CHANNEL_PIECE = rf"[^、，,；;。\d]*?(?:{_MEDIA_WORDS})[^、，,；;。\d]*?"
_NEXT_CHANNELS_COUNT = re.compile(rf"\s*、{_CHANNEL_PIECE}\d+\s*(?:条|篇)", re.IGNORECASE)
# (and any kind's count after another's and 、 is one more item of the list, never its total: …解读信息102条、重大决策预
# 公开信息56条, 144b02's city, whose 预公开信息 was read as the year's total; a guard of P02 that covers the channels' too)
_AFTER_A_LISTED_COUNT = re.compile(r"\d\s*(?:条|篇|项|件)\s*、")


_TOTAL_WORD_BEFORE = re.compile(r"(?:共|共计|总计|合计)\s*$")
_OWN_WORDS_FOR_THE_YEAR = re.compile(rf"主动|\d{{4}}\s*年|{_TOTAL_WORDS}")
_STATES_TOTAL = re.compile(rf"{_OWN_WORDS_FOR_THE_YEAR.pattern}|总数|总量|一年来|年内|全局|全委|本机关")


def _sets_up_a_topic_column(clause: str) -> bool:
    """Whether the clause sets up or keeps one topic's column (_COLUMN_SET_UP): not the agency's own OGI column, quoted by its
    bare name (“政府信息公开”, “政务信息公开”, “法定主动公开内容”, “五公开”) or unquoted (政府信息公开专栏, 政务公开网站专栏), nor
    the site's general columns (“通知公告”“政策文件”等专栏, 网站各专栏) or an unnamed site's (政府网站专题专栏): the second review
    of c5ee013. One column with its topics (新开设重点领域专栏、包含…等专题, 229d03), several topics' columns (“疫情防控”“复工复产”
    专栏) and a topic's unquoted (乡村振兴专题专栏) are topics': the third review."""
    if _COLUMN_SET_UP.match(clause) is None:
        return False
    names = _QUOTED_NAME.findall(clause)
    if _SEVERAL_COLUMNS.search(clause):
        # (any general kind's column among them makes it the site's list, “领导信息”“政策文件”等专栏: fourth review; a whole name
        # only, as “疫情防控动态” is a topic's: fifth)
        return bool(names) and not any(_SITE_KIND_NAME.fullmatch(n) or _OGI_COLUMN_NAME.fullmatch(n) for n in names)
    if names:
        return _OGI_COLUMN_NAME.fullmatch(names[0]) is None
    return _OGI_COLUMN_WORDS.search(clause) is None and _UNNAMED_SITE_COLUMN.match(clause) is None


_SEVERAL_COLUMNS = re.compile(r"[”\"]\s*[、和及与]?\s*[“\"]|等专栏|各(?:类|个)?专栏")
# (the clause's own verb, not 建设 or 创建 inside a topic's name, 开设党风廉政建设专栏: fifth review)
_UNNAMED_SITE_COLUMN = re.compile(_SETS_UP + r"(?:(?:[省市区县镇乡]?(?:人民)?政府|门户|部门|单位|官方)*网站)?"
                                  r"(?:部门|我局|本局|本单位)?(?:专题)?专栏(?:\s*1\s*个)?\s*$")
# (the site's columns are _GENERAL_KINDS' and these, 政府文件, 人事任免, 乡镇动态…; the agency's own column on a portal named for
# it, “县农业农村局”专栏, 部门专栏: sixth review)
_SITE_COLUMN_KINDS = "政策法规|政策解读|规划计划|财政信息|统计信息|部门文件|政府文件|公告公示|人事任免|领导之窗|政务要闻"
_QUOTED_NAME = re.compile(r"[“\"]([^”\"]{1,20})[”\"]")
_SITE_KIND_NAME = re.compile(rf"(?:工作|新闻|部门|政务|办事|服务|乡镇|镇村|基层|县区|区县|镇街)?"
                             rf"(?:{_GENERAL_KINDS.pattern}|{_SITE_COLUMN_KINDS})")
_OGI_COLUMN_NAME = re.compile(r"[^“”]{0,10}?(?:局|委|办|中心)|(?:政府|政务|部门)?(?:信息公开|政务公开)(?:目录|平台|专区)?"
                              r"|法定主动公开内容|主动公开|五公开")
_OGI_COLUMN_WORDS = re.compile("信息公开|政务公开|主动公开|五公开")


def _total_clause(text: str, part: int) -> str:
    """The clause before a part at `part` (…68条,其中主动公开…), a heading run into the sentence left out."""
    return _CLAUSE_SPLIT.split(_HEADING_BEFORE_YEAR.sub("", text[:part]).rstrip("，,；;：: "))[-1]


def _proactive(s: Sentence, year: int | None, lift: bool = True) -> Decimal | None:
    """The year's items disclosed as the sentence states them. With `lift` off, neither 等…方面 after whole kinds nor a
    topical lead (围绕…等重点领域) is read as the agency's whole field: the two readings of a domain's words that stand only
    until a stated total comes (see extract_prose_figures)."""
    if ("信息" not in s.text and "方面" not in s.text and _BARE_TOTAL_HINT.search(s.text) is None) or not any(
            verb in s.text for verb in _DISCLOSURE_VERBS):
        return None  # no pattern can match: most sentences with a 条 or 件 are not about items disclosed
    if _TOPIC_POINT.match(s.text):
        return None  # a numbered point on one topic counts that topic's items
    found: list[tuple[bool, Decimal]] = []
    sentence_channels = _channel_figures(s.text)
    channel_clauses = max(s.paragraph_channels, sentence_channels)
    # the year leads the sentence, or a clause of it is the report's whole period
    opening = _LEADING_HEADING.sub("", s.text)
    # (not the year's end, 2020年底,本单位累计…921条, a count to date as 截至2020年底 is: P06, round 40's town)
    since_start = _since_year_start(year)  # 2024年以来: since the report year began, not to date
    # (or the year so far leads it, 今年以来,累计主动公开各类信息N条: 70a15's county bureau, P01's 今年以来 class)
    year_first = year is not None and (opening.startswith((f"{year}年", "全年", "本年")) or since_start.match(opening)) \
        and not opening.startswith((f"{year}年底", f"{year}年末"))
    # (the span's ends in months too: 自2013年1月至2013年12月底，累计主动公开政府信息45条, round 46's city bureau)
    year_lead = year is not None and (year_first or re.search(
        rf"{year}年1月(?:1日|份)?(?:起)?(?:至|到|—|-|~)(?:{year}年)?12月(?:31日|底|末|份)?(?:止)?(?:[,，]|(?=累计))",
        s.text) is not None)
    # (also the 主动公开 part alone, counted with no kind of item: 发布政府信息75条，其中，主动公开67条，涉及…:
    # round 25's sumu, labelled 67, as rounds 4, 8 and 17 read the part beside its 依申请公开 sibling)
    # (not when the total is itself 主动: 主动通过政府网站公开政府信息68条,其中主动公开信息64条,专报约稿信息4条 counts a
    # part of the proactive total, 70a07's county bureau; a guard)
    years_part = None  # the count of a clause naming the year after a count to date
    attribute_part = _ATTRIBUTE_COUNT.search(s.text) or _listed_attribute_part(s.text)
    by_attribute = _BY_ATTRIBUTE.search(s.text) is not None or _PARTS_BY_ATTRIBUTE.search(s.text) is not None \
        or (attribute_part is not None and "主动" not in _total_clause(s.text, attribute_part.start()))
    clauses = _clauses(s.text)
    column_counted = False  # a column set up in the sentence and its count given (_COLUMN_SET_UP)
    for index, (offset, clause) in enumerate(clauses):
        # the clause names the several means its count covers (通过网站、公开栏等形式主动公开…N条)
        every_channel = _EVERY_CHANNEL.search(clause) is not None or (
            (different := _DIFFERENT_CHANNELS.search(clause)) is not None
            and _DIFFERENT_CHANNELS_TOTAL.search(clause) is not None
            and _OWN_LEAD.fullmatch(s.text, 0, offset + different.start()) is not None
            and not s.beside_a_channel_point())
        names_channel = _CHANNEL.search(_EXCLUDED.sub("", clause)) is not None
        covers_means = every_channel or _names_several_means(clause) or (
            _SITE_AND_LIKE.search(clause) is not None and "website" not in s.report_channel_kinds())
        # a heading run into the sentence ((一)主动公开方面 / 2025年全年公开N条信息) names no subset
        scope = _OWN_COLUMN.sub("", _HEADING_BEFORE_YEAR.sub("", clause) if index == 0 else clause)
        if by_attribute:
            scope = _ATTRIBUTE_PART.sub("", scope)
        # (nor does what the count leaves out: 主动公开…N条(不含重点领域专栏…) is no domain's count, as _EXCLUDED names no channel)
        scope = _EXCLUDED.sub("", _BRACKETED_PARTS.sub("", scope))
        # (nor a 领域 closing a list of what was disclosed that names kinds every agency publishes: see _KINDS_LISTED)
        if any(word in scope for word in _FIELD_WORDS):  # (looked for only where it changes anything: most clauses name none)
            # (等…方面 and the topical lead lift a domain's words only where no total follows in the sentence,
            # …等方面信息85条,全年共主动公开政府信息300条, as the first count read would stand for the year: reviews)
            lift_here = lift and _LATER_TOTAL.search(s.text, offset + len(clause)) is None
            scope = _KINDS_LISTED.sub(partial(_without_domain_word, aspects=lift_here), scope)
            if lift_here and not _POINT_OPENER.match(opening):
                scope = _TOPICAL_LEAD.sub("", scope)
        # (a clause before it that only says where or what about is part of its scope: _WHERE_ONLY; one that sets up a column
        # makes the count that column's: _COLUMN_SET_UP)
        previous = clauses[index - 1][1] if index > 0 else ""
        if _WHERE_ONLY.match(previous):
            scope = previous + scope
        # (nor where the count's clause names a channel of its own, 开设“X”专栏,在门户网站发布政府信息812条,其中…: third review)
        column_clause = _sets_up_a_topic_column(previous) and _OWN_WORDS_FOR_THE_YEAR.search(clause) is None \
            and not names_channel
        # after a count to date, a clause opening with the report year is the year's own (…累计主动公开政府信息
        # 400条，2019年主动公开政府信息75条; …历年累计公开87条，其中2010年新增主动公开23条: P06, the page behind
        # realdev r159, another of the catalogue's P06 pages and round 47's city bureau), and one opening with the
        # year unnamed (…累计主动公开政府信息a条，…其中本年度新增的主动公开信息b条: rounds 21, 38, 43 and 62, four
        # agencies' pages)
        # (or after a count that names no year of its own, 在该平台共整理公开政府信息3819条,…,本年度新增的主动公开信息169条: 248b07's
        # city bureau; where the first count claims the year, 本委2005年度共主动公开政府信息80条,…本年度新增…50条, the two
        # disagree and neither is read: 225a03, its reader taking neither)
        # (never a part of the year, 其中今年第四季度…, 今年上半年…, 2023年1-6月…, and 新增 only as the year's new items: the
        # last reading of the change and its review; 1月至12月 is the whole year)
        year_after_to_date = year is not None and index > 0 and (
            _CUMULATIVE.search(s.text, 0, offset) is not None
            or (_ITEM_COUNT.search(s.text, 0, offset) is not None and not _claims_the_year(s.text, offset, year)
                and ("新增" not in clause or _years_own_items_apart(year).match(clause.removeprefix("其中").lstrip("，,:："))))) \
            and re.match(rf"(?:其中)?(?:{year}年|本年|今年)(?!{_PART_OF_THE_YEAR})", clause) is not None
        if year_after_to_date:
            scope = scope.removeprefix("其中")
        swapped = _SWAPPED.sub("主动公开信息", clause)  # same length: offsets hold
        # (nor interpretations counted, 解读信息发布7条，其中解读材料…: 70a12's city office, P13; a guard)
        bare = _PROACTIVE_BARE.finditer(swapped) if "申请" not in clause and "解读" not in clause \
            and _BREAKDOWN_NEXT.match(s.text, offset + len(clause)) else ()
        for m in [*_PROACTIVE.finditer(swapped), *_PROACTIVE_COUNT_FIRST.finditer(swapped), *bare]:
            head = clause[: m.start()]
            if m.group("unit") in "项篇" and not m.group(1):
                continue
            if _SUBSET.search(scope) or _CONSULTATION.search(clause):
                column_counted = column_counted or column_clause
                continue
            if column_clause:
                column_counted = True
                continue
            # (and after a column's count, a later one stating no total nor 主动 is one more part of the same list: 新开设…专栏,
            # 发布各类信息612条;…;继续做好…领域信息公开,发布各类信息11799条, 229d03's city, whose reader took neither; not one its
            # breakdown follows, …公开政府信息812条,其中政策文件32条: second review)
            if column_counted and not m.group(1) and not _STATES_TOTAL.search(clause, 0, m.start(2)) \
                    and not _BREAKDOWN_NEXT.match(s.text, offset + len(clause)):
                continue
            # (the government's and its office's items are the office's total only where no other body speaks: 我局发布市政府
            # 及市政府办公室信息30条 republishes them; review of c6d50cd)
            if _AND_OFFICE.search(m.group()) and _OTHER_SPEAKER.search(s.text, 0, offset + m.start()) \
                    and not _OFFICE_SPEAKS.search(s.text):
                continue
            if _INSIDE_PARTS_BRACKET.search(s.text, 0, offset + m.start()):
                continue
            if ("分别" in head and _NEXT_COUNT.match(clause, m.end())) or _NEXT_BARE_COUNT.match(clause, m.end()):
                continue  # 微信、微博分别发布信息584条、267条: the first of the channels' counts, no total (P05)
            if _NEXT_CHANNELS_COUNT.match(clause, m.end()):
                continue  # channels' counts listed together, no total
            if _AFTER_A_LISTED_COUNT.search(head):
                # a later item of a list of counts, of channels (…202条、微信公众号公开信息340条: P05) or of kinds
                # (…解读信息102条、重大决策预公开信息56条: P02)
                continue
            # 政务公开信息 names a kind of item, its 公开 no verb, where it is one more kind in a list of counts
            # (…指南1条,法治政府建设报告1条,基层政务公开信息27条,其中…: 119b05's town; P02, a guard), as 财政公开信息 does
            # (…公开乡镇动态信息8条;财政公开信息2条;基本政务公开标准目录13条: 123b01's town, whose total lost its 条)
            if head.endswith(("政务", "财政")) and index > 0 and _KIND_COUNTED_LAST.search(clauses[index - 1][1]):
                continue
            # items sent up for another body to publish (向自治区报送政务公开信息N条: 131d03's city, P16, a wording of the class
            # whose 报送信息N条 has no 公开 to match; its 公开 here is the noun's)
            if _SENT_UP.search(head):
                continue
            if _STOCK_TOLD.search(m.group()) and not _YEAR_WORDS.search(s.text, 0, offset + m.start()) \
                    and _STOCK_PLACE.search(clause, 0, m.end()):
                continue
            # (nor a request answered by pointing to what was already published, after the requests are named: 申请公开的内容为
            # 本单位已主动公开的政府信息1件, 196a04's district bureau; P08, a wording of the outcome 已主动公开 that 115b03's and
            # 158b09's 已主动公开和同意公开的N件 show; a year's 已主动公开…N条 stays its total)
            if head.endswith(("已", "已经")) and m.group("unit") == "件" and _REQUESTS_NAMED.search(s.text, 0, offset + m.start()):
                continue
            # (nor the other kinds' count closing a breakdown, …财政公告类信息11条;其他应主动公开信息4条: 171b02's bureau,
            # read as the year's total where its 主动新增公开…85条 was not read; a guard, as 其他 names a part)
            if _OTHER_KINDS.search(head) or _ASKED_FOR.search(head) or _MET_ON_REQUEST.search(head):
                continue
            if _other_scope(s, head) or _area_subject(s, offset + m.start()):
                continue
            # (累计 in a sentence the year leads is the year's total, unless a count came before it:
            # 共主动公开…222条，累计主动公开信息2382条 runs to date, round 22)
            year_named_after_its_end = _YEAR_NAMED_IN_CLAUSE.match(head) is not None \
                and _YEARS_END_COUNTED_TO.search(s.text, 0, offset) is not None
            if (cumulative := _CUMULATIVE.search(since_start.sub("", head))) and not _YEAR_TOTAL.search(head) \
                    and not year_named_after_its_end and not (
                    year_lead and cumulative.group() == "累计" and not _COUNT_BEFORE.search(s.text, 0, offset)):
                continue
            if _CUMULATIVE.search(since_start.sub("", s.text[:offset])) and not year_after_to_date and not _YEAR_TOTAL.search(
                    s.text[:offset + m.start()]) and not _added_to_years_end(s.text, offset, offset + m.end(), year) \
                    and not year_named_after_its_end:
                continue
            # …共计N条 totals what its clause names: with another channel counted in the same sentence
            # (通过政务网…共30条，通过微信…500条; 通过A及B…共计794条，通过C…251条) only those channels,
            # unless it names several means (通过网站、微信等渠道…共计N条): P05, rounds three and five
            stated_total = "主动" in clause[: m.start(2)] and _TOTAL_WORD_BEFORE.search(clause, 0, m.start(2)) \
                and (covers_means or not _CHANNEL.search(clause[: m.start()]) or sentence_channels < 2)
            # a count between two clauses that each count a channel's items is one more channel's, the channel named
            # only by an account's own name (…政府网站公开政府信息12条， V屈原公开政府信息90条，其他方式公开政府信息40条:
            # 120d09's street; P05, a guard)
            if not names_channel and not stated_total and 0 < index < len(clauses) - 1 and all(
                    _ITEM_COUNT.search(clauses[i][1]) and _CHANNEL_KIND.search(clauses[i][1]) for i in (index - 1, index + 1)):
                continue
            # (nor a kind's count further down a breakdown whose total went uncounted, …及时公开政府信息,其中信息公开指南1条,…,
            # 行政权力运行公开信息15条: 227c14's city bureau, the kind's name holding 公开, read as its year's total; a guard of P02)
            if index > 0 and not year_after_to_date and _in_uncounted_breakdown(s.text, offset, clause):
                continue
            # 通过网站、公示栏公开N条，其中通过公示栏…M条: split into channels, so it spans them (P02)
            rest = s.text[offset + len(clause):]
            breakdown = rest[1:].lstrip()
            split_by_channel = rest[:1] in "，,；;" and breakdown.startswith("其中") and bool(
                _CHANNEL.search(_CLAUSE_SPLIT.split(breakdown.removeprefix("其中").lstrip("，,:："))[0]))
            # one channel's count after another count of items in the sentence, no breakdown between (…等共计13条,政府公示栏公开…
            # 信息21条: 155d07's township; 通过市政府门户网站…a件,在我委门户网站…发布各类信息b件: 50b04's city commission, realdev
            # r457): one of the sentence's counts, never the year's total (P05, a guard)
            if names_channel and not stated_total and not covers_means and index > 0 and any(
                    _ITEM_COUNT.search(c) for _, c in clauses[:index]) and not _AFTER_BREAKDOWN.search(s.text, 0, offset):
                continue
            # (several means counted together, and another channel counted in the next clause: 通过公开栏、
            # LED大屏等载体公开…91条，通过区政府网站…109条, round 24: neither is the total)
            if names_channel and channel_clauses > 1 and not (
                    stated_total or split_by_channel or every_channel or (covers_means and sentence_channels < 2)):
                continue  # one channel among several; 主动公开…共计N条 still states the year's total
            kind = _count_kind(clauses, index, m.start(2))
            # (a breakdown of one kind into its accounts, 政务新媒体…N条，其中政务微博…, spans no other kind)
            # (one channel's own 共N条 too: FORMS §2 gives no figure where channels are counted apart, round 37's street)
            if kind and _other_kinds(kind, s.report_channel_kinds()) and not covers_means:
                continue  # P05: the report counts items on another kind of channel too
            if kind in _NEW_MEDIA and s.report_names_site:
                continue  # P05/P17: a new-media account's count beside a site the report uses uncounted
            if not covers_means and s.beside_a_channel_point():
                continue  # P05: another numbered point counts another channel's items
            if names_channel and not covers_means and any(
                    end <= s.start + offset and means not in clause for end, means in s.paragraph_means):
                continue  # P17: one of several means named in the paragraph, the others uncounted
            if _other_year(s.text, year, offset + m.start()):
                continue
            # a bracket saying the count takes in the years before (…共主动公开政府信息417条(此数含2008年以来所有主动公开信息数)):
            # to date, as 累计 before it would say (P06: 109c14's city bureau, a guard)
            if _TAKES_IN_EARLIER_YEARS.match(s.text, offset + m.end()):
                continue
            if "累计" in head and _YEARS_OWN_APART.match(s.text, offset + m.end()):
                continue
            # the year's own new items given apart later in the count's sentence (在该平台共整理公开政府信息3819条,其中全文电子化达
            # 100%,本年度新增的主动公开信息169条: 248b07's city bureau; 本委2005年度共主动公开政府信息80条,…,本年度新增的主动公开
            # 信息50条: 225a03's district commission, read as 80 where its reader took neither) make it one to date, as 累计 or
            # a bracket would (P06: _added_to_years_end's apart, _YEARS_OWN_APART)
            # (only the proactive items' own new count in 条, never a kind's, a column's, visits' or an increase: the review of
            # 58c271e, as 其中本年度新增规范性文件12条 and 全年新增栏目3个 left a total standing before it)
            if not year_after_to_date and _years_own_items_apart(year).search(s.text, offset + m.end()):
                # (where the count claims the year itself, 一年来…共主动公开…456条,本年度新增…120条, the two disagree: neither;
                # a 累计 count runs to date by its own word, 2020年累计主动公开政府信息301条,…本年度新增…41条: realdev r649)
                if _claims_the_year(s.text, offset + m.start(), year) and not _CUMULATIVE.search(s.text, 0, offset + m.end()):
                    return None
                continue
            if not s.area_report and _AREA_BY_ITS_UNITS.search(s.text, offset + m.end()):
                continue
            # 主动公开各类信息578条，其中工作动态292条、…；…财政公开信息8条: after a count's 其中, every
            # count of the sentence is one of its parts (P02, ninth round)
            # (not the year's own count after a count to date's 其中: …累计…a条，其中，本年度新增…b条)
            if _AFTER_BREAKDOWN.search(s.text, 0, offset) and not year_after_to_date:
                continue
            value = _exact_number(clause, m, 2)
            if value is not None:
                found.append((bool(m.group(1)), value))
                if year_after_to_date and years_part is None:
                    years_part = value
    if not found:
        return None
    # the year's own part after a count to date is the year's, even where the year leads the sentence
    # (2020年累计主动公开政府信息275条,…,其中,本年度新增的主动公开政府信息32条: 159b05's street, read as 275; P06)
    if years_part is not None:
        return years_part
    if by_attribute and attribute_part and (value := _exact_number(s.text, attribute_part)) is not None:
        return value  # the 主动公开 part of the items sorted by how each was disclosed
    explicit = [v for is_proactive, v in found if is_proactive]
    return (explicit or [v for _, v in found])[0]
