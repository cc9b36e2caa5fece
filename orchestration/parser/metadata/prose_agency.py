"""The agency named only in a report's prose (catalogue M06): the sentence that announces the report, the one
that says who compiled it, the contact line, and the subject of an opening sentence, with the guards that tell the
report's own body from a superior, a unit or several bodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from orchestration.parser.metadata.names import (_LEADING_YEAR, _LEVEL_ONLY, _MAX_NAME, _NAME_BRACKET, _SELF_KIND,
                                                 _SELF_REFERENCE, _VERBS_FIRST, _agency_like, _named, _opens_as_a_name,
                                                 _speaks_as_another_kind, _with_its_government, _zone_name)
from orchestration.parser.metadata.title import _agency_from_title
from orchestration.parser.metadata.words import (_AGENCY_SUFFIX, _AREA_PREFIX, _PLACE_NAME, _PLACED, _YEAR_IN_TITLE,
                                                 _clean, _year_value)
from orchestration.parser.script import HAN


# The agency named only in the prose of a page without a title (catalogue M06,
# 83 of 161 studied pages): the sentence that announces the report
# (现公布X2017年政府信息公开工作年度报告, 特向社会公布《X2021年度…》), the one
# that says who compiled it (本报告由X办公室依照…编制), or the first sentence of
# 总体情况 with the agency as its subject (2021年，X认真贯彻…).
_YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年"
_ANNOUNCED = re.compile(
    # (本报告 is the report, not a verb announcing it: 本报告内容主要为X2016年度的…, round 20; 该报告 and 此报告 too,
    # 该报告客观全面反映了我局2012年度…: 79a09, whose words before 我局 were read as its name)
    # (上传X2024年…年度报告, the report uploaded where it is published: round 30's city commission, named
    # nowhere else in full)
    # (现就X2023年…工作情况报告如下: four agencies' pages of rounds 20, 22, 23 and 28 print it; two of them,
    # a prefecture's office and a town, named no agency elsewhere)
    # (a name holds no angle bracket: <…年度报告格式>全文包括X镇人民政府… is a document's title and the words
    # after it, not 报告 announcing a name: 72d15, a guard)
    # (报告内容包括 lists the report's parts: 报告内容包括2023年我局政府信息公开总体情况… was read as the name
    # '内容包括2023年我局', 100c07, a guard)
    # (a mirror's domain glued before the place, 现公布example.com某镇2017年…报告: M14, 100d13 and 108c01 of one mirror, as
    # realdev r392's title; skipped as the title rule's _SITE_PREFIX skips it)
    # (编制完成X2023年…报告: 255a14's town, read as 完成X; the verb's completion is no part of the name)
    # (将 after 结合 or 根据 opens a place's name, 结合将乐县漠源乡人民政府2025年…工作实际, not the verb announcing one: 317c05's
    # town, read as 乐县…; a guard)
    r"(?:公布|发布|印发|编制(?:完成)?|形成|(?<![本该此])报告(?!内容)|(?<!结合)(?<!根据)(?<!依据)将|(?<=现)就|公开|编写|总结|上传)《?"
    rf"(?:(?:[A-Za-z0-9-]+\.)+[A-Za-z]{{2,6}}(?=[{HAN}]))?(?:(?P<year_first>\d{{4}})年度?)?"
    # (no name starts with 并: 我局编制并向社会公开X2023年度…报告, 211c05's city bureau, read as 并向社会公开X; a guard)
    rf"(?P<agency>(?!并)(?:[^，。；、“”《》<>,.;:：!?()\s]|{_NAME_BRACKET}){{2,40}}?)"
    # (政务信息公开 as the words too, 现组织编制县退役军人事务局2023年度政务信息公开年度报告: 233b01's county bureau, whose year and
    # 政务 were taken into the name and its prose's bare 退役军人事务局 read instead; only before 报告, never a 工作要点: review)
    rf"(?:[（(]以下简称[^）)]*[）)])?\s*(?:{_YEAR}度?)?\s*(?:的)?(?:政府|政务(?=信息公开[^，。；]{{0,8}}报告))?(?:[（(][^）)]{{0,6}}[）)])?(?:信息公开|政务公开)"
    # (the year after the words, 现公布X信息公开工作2018年度报告, as _QUOTED_OWN_TITLE reads the quoted title: 223d02's
    # institute, whose prose subject's short form was read instead)
    rf"(?:工作(?P<year_after>\d{{4}})年度?报告)?")
_AND_ITS_OFFICE = re.compile(r"及其?(?:办公室|所属单位|下属单位|直属单位)$")
_ANNOUNCING_VERB = re.compile(r"编制了?|公布了?|发布了?|印发了?|形成了?")
# The report's own title quoted in a sentence of the opening (编制完成《X2023年政府信息公开工作年度报告》,
# 《X2010年信息公开工作年度报告》是X…, 编制形成了《spam:X2023年…》), or announced with 编写 or 总结
# (编写X2017年度…报告, 全面总结X2025年政府信息公开工作): fifteenth round's review of the blank
# agencies of rounds 8-15, six agencies' pages; its year tells it from a quoted notice or the form's name.
# (the year may follow the words, as titles print it too: 《X政府信息公开工作2011年度报告》, round 29's ministry)
_QUOTED_OWN_TITLE = re.compile(r"《(?P<title>[^《》]{4,60}?(?:\d{4}\s*年度?[^《》]{0,6}?(?:信息公开|政务公开)[^《》]{0,12}"
                               r"|(?:信息公开|政务公开)工作\d{4}\s*年度?)报告)》")
# (or the year first, as most titles print it, opening its sentence with the words after it publishing it: 《2019年X政府信息公开
# 工作年度报告》已经研究同意,现予公开发布, 232a01's county bureau on a traditional mirror, named nowhere else; _agency_from_title
# drops the year as it does a title's. Not a report quoted for anything else, 对照《2018年X…报告》中指出的问题, 纳入《…》,经…同意后
# 统一发布, 《…》经…审议通过,我局认真对照, 《…》已于…予以公布, nor a quarter's: the reviews; the publishing words straight after
# it, an approval only between)
_QUOTED_OWN_TITLE_YEAR_FIRST = re.compile(
    r"(?:^|[。！？]|(?:规定|要求|精神)[，,])\s*"
    r"《(?P<title>\d{4}\s*年度?(?!第|上半年|下半年|[一二三四]季度)[^《》\d]{2,40}?(?:信息公开|政务公开)[^《》\d]{0,12}报告)》"
    r"(?=[，,]?\s*(?:(?:已经|已|业经|经)[^，。；]{0,12}?(?:研究同意|审议通过|审定|同意)[，,]?\s*)?"
    r"(?:现(?:予以?)?(?:公开)?(?:公布|发布|公开|印发)|予以(?:公布|公开|发布)(?!后)|全文如下[，,]\s*特此公布))")
# X编制了本报告 (no 由), X是主管…的部门 opening 总体情况: the agency as the subject (M06, fourth round); the year in
# place of 本, X编制了2010年度政府信息公开年度报告, where no name follows the year (66b20, 52b05's kind)
# (also after the rules it follows: X根据《条例》要求，编制本年度…报告; X依据《条例》编制本报告: three
# stand-ins' sources of rounds 9-12)
# (the rules it follows may be long: X依据《中华人民共和国政府信息公开条例》(以下简称《…》)第五十条规定，编制本报告:
# round 30's city office, named nowhere else)
# (制定 as 编制: …有关规定，X县政府办公室制定了2020年度政府信息公开工作报告, 108b09, named nowhere else; 84c07's 玉林市投资促进局
# 制定本报告 and two bureaus' 我局认真制定了…报告 word it so too)
# (the name's short form defined before the verb, X办公室(以下简称“区办公室”)编制本报告: 143c07's zone office; a wording)
_COMPILED_ITSELF = re.compile(rf"(?:^|[，,。；;])(?P<agency>[{HAN}]{{3,30}}?)(?:[（(]以下简称[^）)]{{1,12}}[）)])?"
                              r"(?:结合[^，。,]{0,10}?实际[，,])?"
                              r"(?:(?:根据|依据|依照|按照)[^，。]{0,60}?[，,]?)?"
                              r"(?:编制|制定)了?(?:本(?:年度|单位)?[^，。]{0,24}?|\d{4}年度?(?:政府信息公开|信息公开|政务公开)[^，。]{0,10}?)报告")
_DEFINED_AS = re.compile(rf"^(?P<agency>[{HAN}]{{3,30}}?)是[^。，,]{{0,60}}?(?:部门|机构)")
# the body opening the report as the subject that announces it (X向社会公布2021年度本级政府信息公开年度报告; X现面向社会公开
# 2022年度…报告): 86c04 and 86c05, a zone's committee and a street office, and 二郎街道's page of the search corpus (titled)
_ANNOUNCES_ITSELF = re.compile(rf"^(?P<agency>[{HAN}]{{3,40}}?)现?面?向社会(?:公布|公开|发布)了?\d{{4}}年度?")

# 负责 only where the report's writing follows (由X负责编制, 由X负责汇总): 由X办公室负责日常监督检查 is an
# office's other duty, and X its internal office (round 32's town took its 综合与经济发展办公室 so; round 19's
# commission its 下属事业单位…中心)
# (编写 as 编制: 由X局编写了2022年度…报告, 77d14's district bureau on a traditional mirror, a wording of the compiler class)
_COMPILED_BY = re.compile(
    r"由(?P<agency>[^，。；、“”《》,.;:：!?\s]{3,40}?)"
    r"(?:依照|依据|按照|根据|结合|负责(?=(?:组织|具体)?(?:编制|编写|起草|撰写|汇总)|本?(?:年度)?报告)|汇总|综合|编制|编写|组织)")
# the same, up to 编制 itself: a verb of the list inside the name (由X县农业综合开发办公室编制, ninth round)
_COMPILED_BY_WHOLE = re.compile(r"由(?P<agency>[^，。；、“”《》,.;:：!?\s]{3,40})编制")
# the agency's OGI leading group's office compiles for it (由X局政务公开政府信息公开工作领导小组办公室编制:
# ninth round, as the seventh round's internal unit)
_OGI_LEADING_GROUP = r"(?:政务公开|政府信息公开|信息公开)+(?:工作)?领导小组"
_LEADING_GROUP_OFFICE = re.compile(_OGI_LEADING_GROUP + r"(?:办公室)?$")
# level words with no place (市县, 区县)
_LEVELS_ONLY = re.compile(r"[省市区县州旗镇乡]+")
# a place's OGI office (X县政务公开办公室, X市政府信息公开办): what stands before it, when a place, is the report's
_PLACE_OGI_OFFICE = re.compile(r"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:办公室|办)$")
# the agency's office or section a contact line names after it (请与X局办公室联系, 请联系X综合处)
# its OGI office (X局政府信息公开办公室, X人民政府信息公开办公室: the government's 政府 is its own; also with 工作,
# X厅政府信息公开工作办公室: round 59's province department)
# (a bureau's 行政办公室 too, 请联系X局行政办公室: 77a03's city bureau, a wording of the contact class)
# (and its 局办公室 after the bureau's name, 可与X局局办公室联系: 119a02's city bureau, named nowhere else in full; a guard
# against the doubled 局; its 局党政办公室 too, 167c04's district bureau, read as X局局)
# (a street's 党政和人大办公室, its office for party, government and people's-congress work, as contact and as compiler:
# 134b07's and 134b08's streets of two cities, read as the office; a wording of the contact and compiler classes)
# a township's, street's or body's general office, as contact, as compiler and closing a name (longest first)
_GENERAL_OFFICES = "党政和人大办公室|党政综合办公室|党政办公室|综合办公室|党政办"
_CONTACT_UNIT = (rf"(?:(?<=局)局(?:办公室|{_GENERAL_OFFICES})|{_GENERAL_OFFICES}|党政综合办|综合事务办公室|行政办公室|办公室|政务公开(?:工作)?办公室|政务公开办"
                 r"|(?:(?<!人民)政府)?信息公开(?:工作)?(?:办公室|中心|办)"  # (信息公开办: round 28, a town's mirror)
                 # (its request desk, 请与X局政府信息公开申请受理机构联系: 273c03's district bureau, untitled and named nowhere else; a
                 # wording, after a bureau's or commission's name only: a government's or a service centre's desk, 某市人民政府政府
                 # 信息公开申请受理机构, 某县政务服务中心…受理窗口, names the body that runs it, not the report's: review of 9d3a970)
                 r"|(?:(?<=[局委])|(?<=委员会))(?:政府)?信息公开(?:申请)?受理机构"
                 # (the government's OGI office named by its level after the office that runs it, X市政府办公厅市政府信息
                 # 公开办公室: 73c18's city, a guard against the level's character closing the name)
                 r"|(?<=办公厅|办公室)[省市区县]政府信息公开(?:工作)?办公室"
                 r"|(?:党政|数字)?(?:秘书|综合|办公|行政|政务|信息)(?:股|处|科)"
                 # (any section of a bureau or department after its name, 请与X商务局电子商务和信息化处联系: 164a09's city
                 # bureau on a mirror, named nowhere else; a wording. A body that is itself a 处 under a bureau,
                 # X水务局河道管理处, is read as its bureau: the contact rule is a last resort, after title and prose)
                 rf"|(?<=[局厅])[{HAN}]{{2,10}}?(?:处|科))")
# 请与X办公室联系: the contact office of the agency, in the report's opening (M06); also 可与/可以与X联系
# (eleventh round: seven agencies' pages in rounds 3-11 print it), and 可直接与/或直接与/请及时与X联系
# (fifteenth round's review: eight agencies' pages of rounds 8-15)
# (the government's office's OGI centre too: 与X市人民政府办公室政府信息公开中心联系)
# (its OGI leading group after the government's name takes no 政府 from it: 请与X市人民政府信息公开工作领导小组办公室联系
# names X市人民政府, not X市人民; 150d01's city, named nowhere else; a guard, as titles keep 人民政府 whole)
_CONTACT = re.compile(rf"(?:请|可|可以|或)(?:直接|及时)?与(?P<agency>[^，。；、“”《》,.;:：!?\s（(]{{3,40}}?)"
                      rf"(?:(?<!人民){_OGI_LEADING_GROUP})?(?:办公室(?:政府)?信息公开(?:办公室|中心)|{_CONTACT_UNIT})?"
                      r"(?:联系|[（(](?:地址|电话|联系电话))")

# 请联系X: the same contact, the verb first (请联系X镇政府，地址：…; third round, 3 pages with r69, r90)
# (the verb may be printed twice, 请联系请联系X…: round 20)
# (its OGI leading group's office after the name too, as 请与X…联系 takes it: 请联系:X局信息公开领导小组办公室(地址:…),
# 109b01's county bureau, named nowhere else)
_CONTACT_AFTER = re.compile(rf"(?:请联系[:：]?)+(?P<agency>[^，。；、“”《》,.;:：!?\s（(]{{3,40}}?)"
                            rf"(?:{_OGI_LEADING_GROUP})?{_CONTACT_UNIT}?"
                            r"(?=[，。；,.;:：\s（(]|$)")
# the body that runs a government's website, named as the report's contact (请与X旗电子政务网站服务中心联系:
# round 59's banner), answers for the site, not the report: a website is no agency (round 22); so does a zone's IT centre
# (请与X信息技术中心联系: 132c07's 武当山特区, whose subject then names it; a guard)
_CONTACTS = (_CONTACT, _CONTACT_AFTER)
# the kinds of government body whose own name ends in 办公室 (人民防空办公室, 外事办公室…): in a contact, their 办公室 is
# the name's, not a unit's
_OFFICE_BODIES = ("人民防空", "外事", "侨务", "金融工作", "法制", "机关事务管理", "扶贫开发")
_SITE_OPERATOR = re.compile(r"网站|电子政务|信息技术中心")
# (a place's 信息中心 too, 请与澠池縣信息中心聯系 under a county's report: 246a02, read as the centre; a guard)
# (but a centre speaking as itself, 我中心, is its own report's agency: 湖北省信息中心, review of e038a14; 本单位 is any body's
# word: the last reading of the change)
_PLACE_INFO_CENTRE = re.compile(rf"^[{HAN}]{{1,20}}?(?:省|自治区|市|区|县|旗|州|盟)信息中心$")
# the kinds of unit below a bureau a report may speak as (我中心, 本站, 我所, 我队, 我指挥部)
_SPEAKS_AS_A_UNIT = re.compile(r"[我本](中心|指挥部|站|所|队)")


def _units_spoken_as(lines: list[str]) -> set[str]:
    return {m.group(1) for line in lines for m in _SPEAKS_AS_A_UNIT.finditer(line)}


def _site_centre(name: str, lines: list[str]) -> bool:
    return bool(_PLACE_INFO_CENTRE.match(name)) and "中心" not in _units_spoken_as(lines)


# 结合X实际 / 结合X政府信息公开工作实际: the agency reporting on its own work (also 根据2023年X信息公开工作实际编制: round 24)
# (the year before or after the name, and 编制 or 情况 for 实际: 结合2022年X政府信息公开工作编制而成,
# 结合X2024年政府信息公开工作实际, 结合X工作情况: realdev r293 and rounds 9 and 19, three agencies' pages)
# (the name holds no second 结合 or 根据: 根据这一原则结合我乡实际, 208d03's township, read as 这一原则结合我乡; a guard; but a
# hospital of 中西医结合 keeps it: review of 2e1af3f)
_OWN_WORK = re.compile(r"(?:结合|根据)(?:\d{4}年度?)?(?P<agency>(?:(?!根据|(?<!中西医)结合)[^，。；、“”《》,.;:：!?\s\d]){2,30}?)"
                       r"(?:\d{4}年度?)?"
                       r"(?:(?:政府信息公开工作|信息公开工作|政务公开工作|工作)?实际"
                       r"|(?:政府信息公开工作|信息公开工作|政务公开工作|工作)(?:编制|情况))")
# A government's office compiles the government's report: 由香水镇人民政府办公室编制
# (its 政务公开工作机构 too: round 31's town)
# (a government's 政务公开办公室 too: round 20's city report compiled by it, as round 13's)
_COMPILING_OFFICE = re.compile(r"(?:(?<=人民政府)|(?<=办事处)|(?<=街道)|(?<=镇)|(?<=乡))"
                               rf"(?:{_GENERAL_OFFICES}|(?:政府)?办公室|办公厅|信息公开[^，。]*办(?:公室)?"
                               r"|政务公开办(?:公室)?|(?:政务公开|政府信息公开|信息公开)工作机构)$")
_OFFICE_TAIL = re.compile(rf"(?:{_GENERAL_OFFICES}|办公室|办公厅)$")
# (and its OGI 工作机构, 由X局政府信息公开工作机构-办公室编制: 211c02's district bureau, read with it as its name; a wording)
# (or its OGI centre, 由永安市交通运输局信息公开中心结合有关统计数据编制: 246c01's county bureau, read with it as its name; a
# wording)
_BODY_OGI_OFFICE = re.compile(r"(?:政府|政务)?信息公开(?:工作)?(?:办公室|办|中心|机构(?:[-—－]?办公室)?)$")
_PARTY_OFFICE_TAIL = re.compile(r"党政(?:综合)?办(?:公室)?$")
_QUOTED_NOTICE = re.compile(r"《[^》]{0,80}?(?:通知|意见|方案|要点|办法|规定|决定)》")
_UNCLOSED_QUOTE = re.compile(r"《[^》]*$")
# The comma after the year is often left out (2021年X办公室认真贯彻…, 2023年X镇人民政府在…指导下),
# a clause may come first (2023年，在区委、区政府的领导下，X街道办事处认真…),
# and the verb may be 主动公开 (2009年，X部主动公开…): third round, M06 on 3 agencies' pages.
# The sentence may open with the date its figures run to instead (截至2018年底，X依托…, 截至2019年12月31日，
# X通过…): M06, three stand-ins' sources (rounds 9-12) and a round-14 county bureau.
# The year may read 某年全年 or 某年内 (2024年全年X街道在…网站更新…: round 19 and its stand-in r294).
# The subject may own the work after it: X的政府信息公开工作, X信息公开工作在… (four agencies' pages of rounds
# 3, 15 and 29), or deny requests: 2025年，X未收到依申请公开事项 (round 30's town, named nowhere else).
# The year may read 今年以来 (今年以来，X认真贯彻…: rounds 19 and 33, two bureaus named nowhere else).
# (主要是通过…: 86c11's bureau, named nowhere else on its one-line traditional page)
# the verbs a sentence on the agency's own year's work opens with after its name (X局认真贯彻…, X区以…为指导)
_OWN_WORK_VERBS = "认真|坚持|深入|持续|严格|进一步|紧紧|全面|扎实|不断|始终|以"
_SUBJECT_VERBS = (rf"(?:{_OWN_WORK_VERBS}|按照|坚决|继续|紧扣|围绕|高度|积极|切实|聚焦|依据|依照|主要"
                  # (信息公开各项工作: 2022年,X局政府信息公开各项工作在市政府的指导下…, 231b03's city bureau, named nowhere else)
                  # (政务信息公开工作 as 政府信息公开工作: 2020年,X局政务信息公开工作在市委…领导下, 272b04's city bureau, untitled and
                  # named nowhere else; a wording, only after a body's own word and before 在: never 对照市政务信息公开工作要点, a place's
                  # work or a leading group's, X办公室政务信息公开工作领导小组: review of 2cc6eb4)
                  r"|(?<=[局委办厅])(?:的)?政务信息公开工作(?=在)"
                  r"|根据|结合|在|把|将|对|共|通过|依托|主动|推动|推进|加强|落实|贯彻|及时|(?:的)?(?:政府)?信息公开工作|(?<=[局委办厅])(?:政府)?信息公开各项工作"
                  r"|(?:的)?政务公开工作|(?:未|没有)(?:收到|受理|接到)"
                  # (立足: 2025年,永外街道立足自身…工作实际, 142a04's street, untitled and named nowhere else; 准确: 2025年,
                  # X区人民政府办公室准确把握…, 144a10's office, untitled; 深学笃用: 2024年,X区人民政府办公室深学笃用习近平…思想,
                  # 293c08's office, untitled and read blank; wordings)
                  r"|立足|准确|深学笃用)")
# (the year's 年 printed twice, 2025年年度X局加强…: 82d03's bureau, read as 年度X局; a guard, no name starts with 年度)
# the year a sentence about the year's work opens with (2023年, 2025年度, 今年以来…)
_YEAR_LEAD = rf"(?:{_YEAR}(?:年?度|以来|内|全年)?|今年以来)"
# a sentence giving the year's character, 2018年是贯彻…的开局之年，是…关键一年。, with the subject in the next sentence
# (M06: 143c09's city and 176c04's city bureau, named nowhere else)
_YEAR_CHARACTER = re.compile(r"\d{4}年是[^。]*(?:之年|一年)[^。]*。$")
_SUBJECT_AFTER_YEAR_SAID = re.compile(rf"^(?P<agency>[{HAN}]{{2,30}}?)(?:{_OWN_WORK_VERBS})")
# (the requirement may be the Regulations' quoted name alone, 依据《…条例》, and stand before the year: 2025年,依据《…条例》,X局认真…
# and 根据《…条例》(简称《条例》),2022年度X局认真贯彻…, 225d11's and 234a05's county bureaus on traditional copies, named nowhere
# else; wordings of M06)
# (before the year only the Regulations' name: 根据省厅工作安排,今年以来,X局… is the requirement-led subject's, with its guards)
# (what a requirement clause opens and ends with: 按照…要求, 根据…部署)
_FOLLOWING = "(?:按照|根据|依据|依照)"
_REQUIRED = "(?:要求|部署|安排|规定|精神)"
_REGULATIONS_LEAD = rf"{_FOLLOWING}《[^《》]{{0,30}}条例》(?:[（(][^（()）]{{0,20}}[)）])?[，,]\s*"
_REQUIREMENT = rf"{_FOLLOWING}[^，。]{{2,40}}?{_REQUIRED}[，,]\s*"
# (a notice's quoted title before 要求 may run longer, 2020年,根据《X办公室关于编制公布2020年…有关事项的通知》(〔2021〕43)要求,X局
# 认真…: 254d04's county bureau, named nowhere else; guarded as the Regulations' name is, a notice's issuer often acts next)
_NOTICE_REQUIREMENT = rf"{_FOLLOWING}[^，。《]{{0,10}}《[^《》]{{2,80}}》[^，。《]{{0,40}}?{_REQUIRED}[，,]\s*"


def _subject_after(before_year: str, clauses: str) -> re.Pattern:
    """The opening sentence's subject: an optional lead before the year, the year (or 截至…), up to two clauses, the name and
    a verb of its own work."""
    return re.compile(rf"^(?:{before_year})?(?:{_YEAR_LEAD}|截至[^，。]{{2,14}}?[，,])[，,]?\s*"
                      rf"(?:在[^，。]{{2,30}}?下[，,]\s*|{clauses}){{0,2}}(?P<agency>[{HAN}]{{2,30}}?)" + _SUBJECT_VERBS)


_SUBJECT = _subject_after("(?!)", _REQUIREMENT)
# (the Regulations' name alone as the requirement, before or after the year: read only where the subject passes the
# requirement-led subject's guards, never a superior acting on the report's body: review of d9c135e)
_SUBJECT_AFTER_REGULATIONS = _subject_after(_REGULATIONS_LEAD, f"{_REQUIREMENT}|{_NOTICE_REQUIREMENT}|{_REGULATIONS_LEAD}")
# the same subject opening a line with no year before it (北宫镇人民政府坚持以…, 黎明街道办事处积极响应…, X2023年为…):
# the last resort, a placed name only, its place printed again elsewhere (a verb before 市 is no place: 发挥市…):
# rounds 12, 15, 27, 29, 33 and 34, agencies named nowhere else
_SUBJECT_UNLED = re.compile(r"^(?P<agency>(?P<place>[^\W\d_我本该各全的是在对把将以]{1,12}?(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道))"
                            r"(?:人民政府|街道办事处|办事处|[^\W\d_我本的是]{2,12}?(?:局|委员会|办公室|中心))?)"
                            r"(?:" + _SUBJECT_VERBS + r"|\d{4}年)")
# subjects that name the agency only where the name starts with its place
_SUBJECT_ONLY = (_COMPILED_ITSELF, _DEFINED_AS, _SUBJECT_UNLED)


# the words that announce the report itself before its verb (现公布, 特此公布, 兹公布, 现向社会公布); 向社会 alone may
# publish another year's report as an item of the work, so only the exemption below takes it
_ANNOUNCING = r"现|特此|特|兹"
_ANNOUNCES_ITS_OWN = re.compile(rf"(?:{_ANNOUNCING})\s*(?:向社会)?\s*$")
_ANNOUNCES_THE_REPORT = re.compile(rf"(?:{_ANNOUNCING}|向社会)\s*$")


def _prose_agency(lines: list[str], year: int | None = None,
                  name_of: Callable[[str], str | None] = _named) -> str | None:
    """The agency as the opening prose names it, when no title line does; `name_of` says what text is a name."""
    opening = [_clean(raw) for raw in lines[:30] if raw.strip()]
    # (first: the body's own opening words, before a later sentence's subject, which may be a zone's bare 高新区)
    for line in opening[:3]:
        if (m := _ANNOUNCES_ITSELF.match(line)) and (name := name_of(m.group("agency"))) and not _LEVEL_ONLY.match(name):
            return name
    for line in opening:
        # (also a quoted title the page cuts off before its 》: round 20's preamble citing
        # 《X人民政府办公厅关于印发2021年X政务公开工… at the excerpt's end)
        quoted = [q.span() for q in _QUOTED_NOTICE.finditer(line)] + [q.span() for q in _UNCLOSED_QUOTE.finditer(line)]
        for m in _ANNOUNCED.finditer(line):
            # a notice quoted in the preamble (《X关于印发2021年政务公开工作要点的通知》) names its
            # issuer and its subject, not the agency: M06, three agencies' pages in rounds three to six
            if any(a <= m.start("agency") < b for a, b in quoted):
                continue
            # another year's report published is an item of the year's work (更新…指南和目录,公开区政府和区政府办公室
            # 2019年…年度报告 in 219d08's 2020 office report, read as the pair's name), as _REPORT_LISTED reads its year
            # (the year after the words only where the report is announced itself, 现公布X信息公开工作2018年度报告: a superior's
            # notice cited unquoted, 关于编制X信息公开工作2018年度报告的通知, names its own report: review of 8f5c02d)
            # (现, 特 or 兹 only: 向社会公开X…2018年度报告 in a 2019 report publishes last year's as an item: second review)
            if m.group("year_after") and not _ANNOUNCES_ITS_OWN.search(line, 0, m.start()):
                continue
            announced = m.group("year_first") or m.group("year_after") \
                or ((named := _YEAR_IN_TITLE.search(m.group())) and named.group(1))
            # (never one announced as the report, 现公布X2020年度…报告, where the year found may be what erred: review of
            # a5179be; a later year's document, 发布某县人民政府2021年…要点 in a 2020 report, is no name either: second review)
            if year is not None and announced and (announced_year := _year_value(announced)) and announced_year != year \
                    and not _ANNOUNCES_THE_REPORT.search(line, 0, m.start()):
                continue
            # the year before or after the name, never neither (现将本单位信息公开… names no one)
            # …办公室编制了X人民政府2021年度…: the name starts after the last such verb (M06, fourth round)
            agency = _ANNOUNCING_VERB.split(m.group("agency"))[-1].removeprefix("了")
            # a title printed twice with no break (…年度报告X2019年…): the name follows the first 报告 (round 17)
            agency = agency.rsplit("报告", 1)[-1]
            # 现从主动公开、依申请公开等五方面就X2016年…报告如下: the list's 公开 is no verb announcing X; 就 is
            # (round 60's district bureau, as 现就X… on four agencies' pages of rounds 20–28)
            agency = agency.rsplit("方面就", 1)[-1]
            # …编制了2019年X人民政府信息公开…: the year before the name is no part of it (round 49's district)
            # (nor 由, the outline 报告由2019年X信息公开工作总体情况、…组成: 181d06's city and 181d11's office, one county's
            # template, read as 由2019年X)
            outlined = agency.startswith("由")
            agency = _LEADING_YEAR.sub("", agency.removeprefix("由"))
            # (where the outline names a place only, a compiler or subject named later is the better name)
            if outlined and not _AGENCY_SUFFIX.search(_with_its_government(agency)):
                continue
            # X及办公室: the body and its own office report as one, under the body's name (round 20)
            agency = _AND_ITS_OFFICE.sub("", agency)
            agency = _with_its_government(agency)  # X人民政府信息公开…, as in titles
            # (a level with no place names no one, as in the compiler and contact rules below:
            # 按时公布2011年区政府信息公开工作年度报告 before the compiler's name, round 39's district)
            if (m.group("year_first") or _YEAR_IN_TITLE.search(m.group())) and (name := name_of(agency)) \
                    and not _LEVEL_ONLY.fullmatch(name):
                return name
        for m in (*_QUOTED_OWN_TITLE.finditer(line), *_QUOTED_OWN_TITLE_YEAR_FIRST.finditer(line)):
            # a mirror's spam before the name ends at a colon (uedbet官网@:西柳镇人民政府…)
            agency = _agency_from_title(re.split(r"[:：]", m.group("title"))[-1])
            if agency and (name := name_of(agency)):
                return name
    for line in opening:
        for sentence in re.split(r"(?<=[。！？])", line):
            if name := _joint_bodies(sentence):
                return name
    for line in opening:
        for m in (*_COMPILED_BY.finditer(line), *_COMPILED_BY_WHOLE.finditer(line)):
            if name := _compiler(m.group("agency")):
                if _FROM_EVERY_UNIT.search(line, m.end(), line.find("编制", m.end()) + 1 or len(line)) \
                        and not name.endswith(("政府", "办事处")) and not _PLACE_NAME.match(name):
                    # the report of a whole area, compiled by one of its bureaus from every unit's
                    # (由X开发区政务服务…局依据…全区各部门信息公开工作编制, 由天水市政府信息公开办公室综合各县区…,
                    # 由县工业商贸…局综合县级单位及各乡镇…编制): the area's, named by the compiler's place,
                    # never the compiler (rounds 16, 33 and 35: a city, a county and a zone); a place the compiler
                    # rule gave already is the area
                    name = _area_of(name)
                    if name is None:
                        continue
                return name
    fallback, tried_guard = None, False
    for line in opening:
        # each sentence's start: a page flattened to one line starts no line with one (M13)
        after_year_said = False
        for sentence in re.split(r"(?<=[。！？])", line):
            start = _HEADING_BEFORE.sub("", sentence.strip())
            # (a sentence saying what the year was, 2020年是…收官之年, leads the next as its year would, where that one
            # opens on the agency's own work; a superior's or a party committee's deeds follow it as often)
            m = _SUBJECT.match(start) or (_SUBJECT_AFTER_YEAR_SAID.match(start) if after_year_said else None)
            guarded = m is None and (m := _SUBJECT_AFTER_REGULATIONS.match(start)) is not None
            after_year_said = _YEAR_CHARACTER.match(sentence.strip()) is not None
            # (a level with no place names no one, as in the compiler and contact rules: 2018年，县政府信息公开工作坚持…
            # opens 109c03's county report, whose name is printed only in its site's and documents' names; a guard)
            if m and (name := name_of(m.group("agency"))) and not _LEVEL_ONLY.fullmatch(name):
                if not guarded:
                    return name
                # (the guarded subject only as the last resort, after contact and compiler, and only the first one tried: a
                # superior opening the paragraph before the report's own body, 2021年,依据《条例》,重庆市财政局持续深化…。X县财政局
                # 认真…, passes the guards; the review of the session's change)
                if not tried_guard:
                    tried_guard = True
                    if _the_report_s_own_body(name, line[line.find(start) + m.end("agency"):], start, lines):
                        fallback = name
    for pattern in (_OWN_WORK, _CONTACT, _CONTACT_AFTER, _COMPILED_ITSELF, _DEFINED_AS, _SUBJECT_UNLED):
        for line in opening:
            for m in pattern.finditer(line):
                # a bare subject must start with its place (a mirror's spam, 华体会…办公室, does not);
                # a contact or compiler with a level and no place (请与市政府办公厅…联系, 由自治区人民政府
                # 办公厅…编制) names no one: round 21's city office and region, as the compiler rule above
                if pattern is _SUBJECT_UNLED and sum(other.count(m.group("place")) for other in opening) < 2:
                    continue
                name = name_of(m.group("agency"))
                if name is None and pattern in _CONTACTS and line.startswith("办公室", m.end("agency")) \
                        and m.group("agency").endswith(_OFFICE_BODIES):
                    # a body whose own name ends in 办公室 (请与X市人民防空办公室联系: 84c01, its only name; the unit
                    # had been taken for its office and X市人民防空 is no name)
                    name = name_of(m.group("agency") + "办公室")
                if name and (pattern not in _SUBJECT_ONLY or _PLACED.match(name)) \
                        and not _LEVEL_ONLY.match(name) \
                        and not (pattern in _CONTACTS and (_SITE_OPERATOR.search(name) or _site_centre(name, opening))):
                    return name
    return fallback


# Two bodies that report as one (合署办公), named together as the compiler or the subject: 由上海市国家税务局、上海市地方
# 税务局编制 (147b07), 由上海市虹口区国家税务局、上海市地方税务局虹口区分局编制 (147b06), 2024年度,温州湾新区建设局、
# 温州市龙湾区住房和城乡建设局深入贯彻… (143b08). Their readers took both names; the rules above stop at the 、 and read
# the first or none (M06, joint bodies). Each must be a placed body's full name: 区政府办公室、区数据局 names no one.
_JOINT_BODIES = re.compile(
    rf"(?:由|^{_YEAR_LEAD}[，,]?\s*)(?P<first>[{HAN}]{{3,30}}?)、(?P<second>[{HAN}]{{3,30}}?)"
    # (their short name defined before the verb, …杨浦区分局(以下简称区局)编制: 150b01, the same two bodies' 2013 report)
    rf"(?:[（(]以下简称[^）)]{{1,12}}[）)])?(?:编制|编写|依照|依据|按照|根据|结合|{_SUBJECT_VERBS})")


def _joint_bodies(sentence: str) -> str | None:
    m = _JOINT_BODIES.search(sentence.strip())
    if m is None:
        return None
    bodies = m.group("first", "second")
    if all(_named(body) == body and _PLACED.match(body) and _AGENCY_SUFFIX.search(body) and not _LEVEL_ONLY.fullmatch(body)
           for body in bodies):
        return "、".join(bodies)
    return None


# the units of a whole area a report is compiled from (not 各单位 or 各科室: a bureau's own)
_FROM_EVERY_UNIT = re.compile(r"各部门|各乡镇|各街道|各县|各区|(?:县|区|市)(?:级|直)(?:各)?(?:单位|部门)|全(?:区|县|市)各")


def _area_of(name: str) -> str | None:
    """The place or zone a body's name starts with (天水市政府信息公开办公室 → 天水市); None for a level alone (县…局)."""
    m = _AREA_PREFIX.match(name)
    return m.group() if m and len(m.group()) >= 3 and m.group() != name else None


_BARE_TOWNSHIP = re.compile(rf"[{HAN}]{{2,8}}?(?:镇|乡|街道|苏木)")


def _compiler(printed: str) -> str | None:
    """The agency a 由X编制 clause names: X, or the body whose office X is."""
    # (never the agency speaking of itself: 由我街道政务公开工作领导小组负责编写, 134a03's street, read as 我街道; a guard,
    # as _named's and _agency_like's)
    if _SELF_REFERENCE.match(printed):
        return None
    body = _LEADING_GROUP_OFFICE.sub("", printed)
    # a place's own leading group compiles the place's report (由太原市政府信息公开领导小组办公室编制: round 39's city),
    # or its OGI office (由X县政务公开办公室编制, 由X区政府信息公开办公室编制, 由X市政府信息公开办公室汇总全市…: 133a05's
    # county, 136b03's district, 169c03's city, untitled and read as the office), its government never printed: the bare
    # place, as a place-only title gives it
    # (a named place only: 由全县政务公开办公室, 由市县政务公开办公室 name a whole area or levels, no one)
    for place in (body, _PLACE_OGI_OFFICE.sub("", printed)):
        if place != printed and _PLACE_NAME.match(place):
            return place if _opens_as_a_name(place) and not _LEVELS_ONLY.fullmatch(place) else None
    name = _COMPILING_OFFICE.sub("", body)
    # 由X委员会办公室编制, 由X局办公室编制: the body whose office it is (M06, sixth round); its OGI office too,
    # 由X局信息公开工作办公室编制 (79b16's county bureau, as its leading group's office above and its OGI office in
    # a contact clause: a wording of the compiler class)
    for tail in (_BODY_OGI_OFFICE, _OFFICE_TAIL) if name == printed else ():
        if (body := tail.sub("", name)) == name:
            continue
        # a zone's 党政办公室 compiles the zone's report (由临沂高新区党政办公室按照…, 由江苏睢宁经济开发区
        # 党政办公室编制: rounds 10 and 27), the zone named as a place
        if _PARTY_OFFICE_TAIL.search(name) and (zone := _zone_name(body)):
            return zone
        if (owner := _agency_like(body)) and not owner.endswith(("政府", "办公室", "办公厅")):
            name = owner
            break
    # (a township or street compiling its own report is named as printed, 由兴泰街道编制的2016年度…报告: 134d03's street,
    # read as no one; a wording of the compiler class)
    # (only the place as printed, no office taken off it: 由X区人民政府X街道党政办公室综合科编制 names no street, realdev r148)
    if name == printed and _BARE_TOWNSHIP.fullmatch(name):
        return name
    name = _agency_like(name)
    # 由区政府办公室综合…编制: a level with no place names no one (the subject may, below)
    return name if name and "简称" not in name and not _LEVEL_ONLY.match(name) else None


# a section heading run into the sentence after it on a one-line page (一、总体情况 2022年，…)
# (a bracketed one too, '(一)主动公开情况 2025年,X…' on a page run into one line: 86c11, M13)
_HEADING_BEFORE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\S{0,12}\s+")


# A township's or street's report with no title calls itself 我镇, 本乡 or 街道 throughout and prints its own
# name only in passing, where a name starts: a line's or clause's subject (柏溪镇人民政府作为镇级机关…,
# 石岭乡党委2023年…, 2025年，青柳街道党工委、办事处…), after its county or government (地址：永嘉县溪下乡人民政府
# 党政综合办公室, 由…区人民政府厚桥街道党政办公室编制) or a document it issued (《中铺镇信息公开…机制》). M06: the
# pages behind realdev r21, r144, r148, r194, r218 and r369, six townships and streets, read with no agency. The
# last resort: one name only, of the level the report calls itself by; a party committee or an internal office
# after it names the township, not itself.
# (the text is read through _clean, so its commas, semicolons and colons are half-width)
# (a clause's verb before the name is no part of it: 通过X镇人民政府网站、公众号…, 72c18, a guard)
# (nor a preposition: 成立了以乡党委书记为组长的领导小组 names the leading group's head, not a township 成立了以乡:
# 88d13's township; 以 and 了 are in no township's name, a guard; nor a verb taking the level word as a common noun,
# 同时接受镇党委政府…的监督, not a township 同时接受镇: 91a08's town, a guard; and a clause's verb before a bare level word
# is no name either, 通过街道办事处门户网站… not a street 通过街道: 92c16's street, a guard)
_SELF_AS = {"镇": re.compile("(?:我|本|全)镇"), "乡": re.compile("(?:我|本|全)乡"),
            "街道": re.compile(r"(?:我|本|全)街道|(?:^|[。,;:])街道(?!办)", re.M)}
_SELF_AS_ANOTHER = re.compile("(?:我|本)(?:局|委|厅|办|区|县|市|州|旗|省|机关)")
_VERB_FIRST = "|".join(_VERBS_FIRST)
_NOT_IN_A_TOWNSHIP_NAME = "我本全各该的是在对和与及以了镇乡街县市区省"
_VERB_BEFORE_A_LEVEL_NOUN = "受由向经报为给至到交请"  # 接受/报/交/向 镇党委: the level word as a common noun
_TOWNSHIP_IN_PASSING = re.compile(
    rf"(?:^|(?<=[。、,;:《“\s])|(?<=\d年)|(?<=人民政府)|(?<=[县区市旗]))(?:{_VERB_FIRST}|在)?"
    rf"(?P<core>(?!{_VERB_FIRST})[^\W\d_{_NOT_IN_A_TOWNSHIP_NAME}]{{2,4}}?(?<![{_VERB_BEFORE_A_LEVEL_NOUN}])"
    r"(?P<level>镇|乡|街道))(?P<body>人民政府|办事处|党委|党工委|党政|信息公开)", re.M)


# An untitled report whose body names itself only as the subject of its first section's opening sentence (一、总体情况 /
# 硚口区住房和城市更新局按照…; 在2025年,长春市经济合作局坚决贯彻…; 本年度,兴发乡严格依照…): M06, a name printed only in the
# prose, on 144c02, 151a02, 155d05 and 161c06, four agencies' pages in three provinces, each labelled so by its reader.
# The subject is _SUBJECT's, its year lead optional here (the section's first sentence is about the body's year) and
# 在 or 本年度 allowed before it; the name ends where the first of _SUBJECT_VERBS starts, so that a clause after it is
# never read into it, and must start with its place, as _SUBJECT_UNLED's does (区委区政府高度重视…, 党中央国务院…: the
# party and the government together name no agency)
_FIRST_SECTION = re.compile(r"(?:[一1][、.．]|第一部分)\s*(?:总体情况|基本情况|概述|总体概述)")
_SECTION_LEAD = re.compile(rf"^(?:在?{_YEAR_LEAD}|本年度)[，,]?\s*")
_PREDICATE_START = re.compile(_SUBJECT_VERBS)
_PARTY_AND_GOVERNMENT = re.compile(r"党|委(?!员会|会)(?=.)")  # (a zone's 管委会 is a name)


def _section_subject(lines: list[str]) -> str | None:
    """The body a titleless report names as the subject opening its first section (一、总体情况)."""
    opening = [_clean(raw) for raw in lines[:60] if raw.strip()]
    heading = next((i for i, line in enumerate(opening) if _FIRST_SECTION.fullmatch(line)), None)
    if heading is None or heading + 1 >= len(opening):
        return None
    sentence = _SECTION_LEAD.sub("", opening[heading + 1])
    end = next((end for end in range(2, min(len(sentence), _MAX_NAME) + 1) if _PREDICATE_START.match(sentence, end)), None)
    name = _named(sentence[:end]) if end else None
    # (bodies listed together, 青柳街道党工委、办事处按照…, are no one body's name: realdev r218's street)
    if name is None or _LEVEL_ONLY.fullmatch(name) or "、" in name or _PARTY_AND_GOVERNMENT.search(name) \
            or not _PLACED.match(name):
        return None
    return name


def _township_in_passing(lines: list[str]) -> str | None:
    text = "\n".join(_clean(raw) for raw in lines[:60])
    found = list(_TOWNSHIP_IN_PASSING.finditer(text))
    if len({m.group("core") for m in found}) != 1:
        return None
    core, level = found[0].group("core", "level")
    # it calls itself by its level, or by its name again and never as a bureau or a county would
    if not (_SELF_AS[level].search(text) or (text.count(core) >= 2 and not _SELF_AS_ANOTHER.search(text))):
        return None
    bodies = {m.group("body") for m in found}
    body = next((word for word in ("人民政府", "办事处") if word in bodies), "")
    return core + body


# An untitled report whose only name is the subject of an opening sentence led by a requirement or a purpose: 根据《条例》
# 要求,区商务局高度重视… (242a03, 密云's 商务局), 按照《…条例》的要求,2024年临沂市生态环境局兰陵县分局进一步… (244c03, 兰陵's
# 生态环境 branch), 为全面、及时、准确向社会公开政府信息工作,汉中市生态环境局城固分局严格按照… (245d02, 城固's branch): M06,
# three agencies' pages in three provinces, each left blank and labelled so by its reader. The last resort, after the
# contact line and the signature: e6c77fe read this subject before them and took a superior doing something
# (县政府办公室严格审核…, 市政务公开办认真指导…) over a right contact line. So the body must be a body (its suffix), not the
# party and government together, not a superior acting on the report's body (…认真指导我镇…), and of the kind the report
# speaks as where it speaks as one (我局 under 区商务局, never under 县政府办公室).
# The review of 180ef5b found superiors read on pages shaped like these and narrowed it: the requirement or purpose is one
# clause (为…,按照县政府统一部署,县政务公开办全面… has a superior after a second); the rest of the paragraph after the name
# must not name the report's body or a set of units, nor oversee (…认真组织…培训,对我局…; …认真指导全市教育系统;
# …严格审核各单位公开信息; …定期开展督查); one body only, never joined bodies, nor an internal office or meeting (区商务局办公室,
# 区政府常务会); a report speaking only as a place (我县, 我区) is its government's or zone's; a name opening on a bare
# level (市生态环境局, 县政府办公室) must be printed again outside the sentence, and no name as what is followed or reprinted
# (按照市政府办公室通知, 转载市商务局文件), as 242a03's 区商务局 is six times. Its second review: a branch's report (它分局,
# 我分局) is never its parent's; a unit under a body (执法中队, 市场监管所, 服务站), a body that makes no OGI report here
# (人大, 政协, 法院, 检察院, 纪委, 监委) and a government's OGI coordinator (政务公开办) are no agency; a centre, station or
# headquarters only where the report speaks as one (我中心); a government only where the report speaks as its place and
# never as a department (本机关, 本单位, 我局).
_REQUIREMENT_OR_PURPOSE = rf"(?:{_FOLLOWING}[^，,。]{{2,40}}?{_REQUIRED}|为了?[^，,。]{{2,40}}?)"
_SUBJECT_AFTER_A_REQUIREMENT = re.compile(
    rf"^{_REQUIREMENT_OR_PURPOSE}[，,]\s*(?:{_YEAR_LEAD}[，,]?\s*)?(?P<agency>[{HAN}]{{2,30}}?)(?:{_OWN_WORK_VERBS}|高度重视)")
_ACTS_ON_OTHERS = re.compile(r"(?:我|本)(?:分局|局|厅|委|办|中心|镇|乡|街道|单位|部门|区|县|市|省|旗|系统)"
                             r"|全(?:省|市|县|区|旗|州)|各(?:区县|县区|县市|市县|乡镇|街道|部门|单位|地|级|成员单位)"
                             r"|督查|督导|考核|通报|指导|评估")
# (以…为指导 is the body's guiding thought, no oversight: the last reading of the change)
_GUIDING_THOUGHT = re.compile(r"以[^，,。；;]{1,40}?为指导")
# (two bodies joined: a body's ending before 和/与/及…, never 住房和城乡建设局's own 和: the last reading of the change and
# its review)
_JOINED_BODIES = re.compile(r"(?:局|委|政府|办|厅|中心|院|所|街道|镇|乡|会|室|站|队|组|署|处|部)(?:和|与|及|同|暨|、)|各")
# (an internal office; 机构编制委员会办公室 and 扶贫开发领导小组办公室 are bodies of their own: the last reading of the change
# and its review)
_INTERNAL_UNIT = re.compile(r"(?:局|(?<!管)委(?!员)|中心|管委会|[镇乡](?:人民)?政府|办事处|街道|(?<!机构编制)委员会"
                            r"|(?<!扶贫开发)领导小组)(?:办公室|办|室)$|(?:局|政府)[^\W\d_]{0,2}会$")
_BRANCH = re.compile(rf"[我本]分局|[{HAN}]{{2,8}}分局")
# (会 ends a unit, 局长办公会, never 委员会's own: the last reading of the change)
_UNIT_UNDER_A_BODY = re.compile(r"(?:局|委员会|委|政府|中心|院)[^\W\d_]{1,12}(?:队|所|站|中心|(?<!委员)会)$")
_NO_OGI_REPORT_HERE = re.compile(r"人大|政协|法院|检察院|纪委|监委|(?:政务公开|信息公开)(?:工作)?办(?:公室)?$")
_SPEAKS_AS_A_PLACE = re.compile(r"我(区|县|市|旗)")
_SPEAKS_AS_A_DEPARTMENT = re.compile(r"本机关|本单位|本部门|[我本]局")
_FOLLOWED_OR_REPRINTED = re.compile(r"(?:按照|根据|依据|转载|转发|向|配合|上级)$")


def _government_level(name: str) -> str:
    return name.removesuffix("人民政府").removesuffix("政府")[-1:]


def _acts_on_others(name: str, rest: str) -> bool:
    """Whether the paragraph after the name has it act on the report's body, a set of units or oversee them."""
    rest = _GUIDING_THOUGHT.sub("", rest)
    for m in _ACTS_ON_OTHERS.finditer(rest):
        # (a government's own place, 某县人民政府…我县…, is itself)
        if not (name.endswith("政府") and len(m.group()) == 2 and m.group()[0] in "我全"
                and m.group()[1] == _government_level(name)):
            return True
    return False


def _printed_elsewhere(name: str, lines: list[str], sentence: str) -> tuple[bool, bool]:
    """Whether a name is printed outside its sentence as itself, and whether as what is followed or reprinted."""
    others = "\n".join(_clean(raw) for raw in lines).replace(sentence, "")
    followed = [bool(_FOLLOWED_OR_REPRINTED.search(others[max(0, m.start() - 4):m.start()]))
                for m in re.finditer(re.escape(name), others)]
    return not all(followed), any(followed)


def _subject_after_a_requirement(lines: list[str]) -> str | None:
    opening = [_clean(raw) for raw in lines[:30] if raw.strip()]
    for line in opening:
        for sentence in re.split(r"(?<=[。！？])", line):
            start = _HEADING_BEFORE.sub("", sentence.strip())
            if (m := _SUBJECT_AFTER_A_REQUIREMENT.match(start)) is None:
                continue
            name = _named(m.group("agency"))
            rest = line[line.find(start) + m.end("agency"):]
            return name if name and _the_report_s_own_body(name, rest, start, lines) else None
    return None


def _the_report_s_own_body(name: str, rest: str, sentence: str, lines: list[str]) -> bool:
    """Whether the subject `name` of the opening sentence, `rest` its paragraph after it, is the report's own body rather
    than a superior, a unit, several bodies or another kind of body (the guards above)."""
    head = "\n".join(lines[:60])
    if _LEVEL_ONLY.fullmatch(name) or _PARTY_AND_GOVERNMENT.search(name) or not _AGENCY_SUFFIX.search(name) \
            or _JOINED_BODIES.search(name) or _INTERNAL_UNIT.search(name) or _NO_OGI_REPORT_HERE.search(name) \
            or (_UNIT_UNDER_A_BODY.search(name) and not name.endswith("分局")):
        return False
    if _speaks_as_another_kind(name, lines[:60]) or _acts_on_others(name, rest) \
            or (not name.endswith("分局") and _BRANCH.search(head.replace(name, ""))):
        return False
    units = _units_spoken_as(lines[:60])
    if any(name.endswith(unit) and unit not in units for unit in ("中心", "指挥部", "站", "所", "队")):
        return False
    if name.endswith("政府") and (_SPEAKS_AS_A_DEPARTMENT.search(head) or any(
            level != _government_level(name) for level in _SPEAKS_AS_A_PLACE.findall(head))):
        return False
    if _SPEAKS_AS_A_PLACE.search(head) and not _SELF_KIND.search(head) and not name.endswith(("政府", "管委会", "管理委员会")):
        return False
    as_itself, as_another = _printed_elsewhere(name, lines, sentence)
    return not as_another and (name[0] not in "区县市省" or as_itself)
