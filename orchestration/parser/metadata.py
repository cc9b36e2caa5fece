"""Report metadata: agency, report year, publication date, title.

Agencies print their name in the title (…2019年度政府信息公开工作年度报告),
in the first lines, or only under the closing signature; each is tried in
that order and a shortened name (区卫生健康局) is completed from the
signature or 填报单位 when they carry a longer form of it. Web pages wrap the
title in furniture (breadcrumbs, page fields, running headers, mirrors' spam)
and often leave it out of the text, naming the agency only in the opening
prose; docs/real_reports/catalogue.md (M00–M14) describes what was seen, and
each rule below names its class.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Callable

from orchestration.parser.numbers import half_width, parse_chinese_numeral
from orchestration.parser.script import HAN

# The words a title names its subject by (政务信息公开 too: 2011年度X局政务信息公开报告, 75a01's city bureau left 政务 on
# the name; a guard, no name ends in 政务), with a converter's space inside them too (X政府2018年度政府信息 公开工作年度
# 报告: 193d03's district, unread, and 144c04's bureau, read from its line alone; a wording)
_OGI_WORDS = r"(?:政府|政务)?(?:信息 ?公开|政务 ?公开)"
_TITLE_WORDS = re.compile(_OGI_WORDS + r"[^。，]{0,12}?(?:年度报告|工作报告|年报|报告)")
# a title split after a bare year (X人民政府2017 / 政府信息公开工作年度报告) joins to one without 年
_YEAR_IN_TITLE = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*(?:年度?|(?=" + _OGI_WORDS + r"))")
# (the end's year may be left out: 统计期限自2012年1月1日起至12月31日止, round 39's city)
# (or its 日 dropped before 止, 自2021年1月1日起至2021年12月31止 after a quoted notice of 2020's: 229b10's district bureau, read as
# 2020; a misprint)
# (or 统计数据时限为2023年1月1日…, 228d10's county bureau, 229c14's town and 252c08's zone, each read from another year in its
# opening or from its first line)
# (or 统计时间为/自/段…, 223b09's, 225b08's, 226c08's and 230c08's labels, and 254b03's after the amended Regulations' 2019年5月15日,
# read as 2019)
_PERIOD = re.compile(r"(?:统计期限|统计时限|统计期间|数据统计|统计数据时限|统计时间(?=段|为|自|从|[:：]))[^。]{0,12}?(\d{4})年\s*1月\s*1日[^。]{0,10}?(?:(\d{4})年)?\s*12月\s*31"
                     r"(?:日|(?=止))")
# (部: a ministry, named in its quoted title, its own OGI catalogue or its prose: 工业和信息化部 and
# 生态环境部 in round 29, 水利部 in the third round's stand-in r146)
_AGENCY_SUFFIXES = ("人民政府", "政府办公室", "政府办公厅", "办公室", "办公厅", "委员会", "管理委员会", "局", "委", "厅", "署",
                    "院", "中心", "办事处", "政府", "所", "站", "队", "会", "办", "部",
                    # a scenic area's, wetland park's, heritage site's or project's 管理处 publishes as a department
                    # (studied pages of five such agencies in 湖南 and 浙江; 175c05's is named only inside its guide's
                    # title, which needs the suffix to be read as a name)
                    "管理处",
                    # supply and marketing co-operatives publish as departments (供销合作社联合社, 供销联社, 供销社:
                    # round 62's city and district ones, and the pages of 海珠区 and 宜城市 ones it found)
                    # (and a county-level city's 供销合作总社: 133b12's 上虞市供销合作总社, named nowhere but in
                    # 编制X2011年度…报告 and its contact; a wording)
                    "合作社", "合作总社", "联合社", "联社", "供销社",
                    # a government's research and counsellors' offices publish as departments (市政府研究室, 参事室:
                    # studied pages of 孝感, 海口, 延安 (88d14) and 湖北's research offices, 上海's, 广东's and 湖南's
                    # counsellors' offices); a bureau's own 政策研究室 is one of its sections, no agency
                    "政府研究室", "参事室",
                    # the central bank's branches publish OGI reports as departments (中国人民银行X市中心支行, X分行:
                    # 206d11, 207b04 and 207b05, three cities' branches named only in their prose, left unnamed)
                    "支行", "分行",
                    # a district's or county's government offices report together as its 人民政府机关 (重庆's 城口, 彭水,
                    # 永川 and 铜梁 on their own report columns, 乌鲁木齐's city ones: M07), named on a line above the
                    # year's title as other bodies are (249d12)
                    "人民政府机关")
_AGENCY_SUFFIX = re.compile("(?:" + "|".join(_AGENCY_SUFFIXES) + ")$")
_CN_DATE = r"[〇○零一二三四五六七八九十]"
_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(rf"({_CN_DATE}{{4}})\s*年\s*({_CN_DATE}{{1,2}})\s*月\s*({_CN_DATE}{{1,3}})\s*日"),
)
# 发布日期：2022-01-28 — a date under its label is still the publication date
_PAGE_DATE_WORDS = "发布|公开|公布"  # (the page's own date's labels; 印发 dates the document)
_DATE_LABEL = re.compile(rf"^(?:{_PAGE_DATE_WORDS}|印发)?(?:日期|时间)[:：]")
# Signature and date lines are short; longer lines are prose and are skipped unread.
_MAX_SIGNATURE_LINE = 80
_SPACE_RUN = re.compile(r"[ \u3000\xa0]{2,}")
# lines that mention the report without being its title: prose, a site's breadcrumb trail
# the sentence that announces the report (现将我委2022年度…报告如下:) neither, though it may end in a colon:
# it named 现将我委 (fifteenth round; r44, r170 and r198's sources print the same sentence on a line of its own)
_NOT_TITLE = ("根据", "本报告", "本年度报告", "当前位置", "您现在的位置", "您的位置", "首页", "现将", "现就", "现公布", "现予")
# a labelled date anywhere on a short line of the page's fields (catalogue M02, M04):
# 发布日期：2020年01月17日　来源：…, 日期:2023-01-12, 时间:2012-03-09 17:16,
# 公开日期 2022-01-28, 发文时间 | 2020-01-23 |, and a field's label keeping its colon in its own cell (发布日期: |
# 2010-01-28 |, 公開日期: | 2023-01-16 |: seven agencies' pages, 39b14, 42a04, 42a06, 45b06, 46b18, 50a19, 51a03)
# An index block's 生成日期 and 成文日期 date the document, not its publication:
# readers left them blank on twelve pages of different agencies (32a25, 32b01,
# 33a04, 33b03, 33b28, 39a04, 41b01, 42a08, 46a06, 46a19, 47b11, 47b16; catalogue M04, M11). Nor do the dates
# a document takes or loses effect (生效日期, 废止日期: a guard; 39b15's reader left its 生效日期 blank).
# (a label in square brackets, [ 成文日期 ] 2011-03-30 [ 公开日期 ] 2011-03-30: round 62's county, a variant of M04; its
# cells parted by bars too, [ 成文日期 ] | 2025-01-21 | [ 公开日期 ] | 2025-01-21 |: 132b05 and 132b06, a county's and a
# street's pages of one site)
# (nor the time a page was archived, 归档时间:2020-01-01 over the page's own 2017-03-08 10:17 来源:…: 149c06's maritime
# bureau; 139c01's weather bureau on another 湖南 site prints the same field empty; a guard of M02)
# (nor a wiki box's 报告时间, the period the report covers, 報告時間:2014年1月1日至12月31日: 153c05's province; a guard)
# (nor an index block's 产生日期, the day the document was made, as 生成 and 成文 date it: 产生日期 2016-02-24 over the
# signature's 2016年2月15日 on 200a01's city bureau, whose reader took the signature's; 187a06's and 140b11's print the same day
# in both, or a 发布日期 beside it)
# (the page's date in round brackets after its label, 发布日期(2014-02-28): 187a07's and 200a08's city commission pages of
# 2013 and 2009, each read as the signature's date or none; a wording of the label's marks, as its square brackets are;
# after a page-date word only: 截止时间（2013年12月31日） or 会议时间（…） is no page's date, review of 75aa936)
_LABELLED_DATE = re.compile(rf"(?:(?:{_PAGE_DATE_WORDS}|印发|发文|更新)|(?<!生成|成文|生效|失效|废止|归档|报告|产生))(?:日期|时间)"
                            rf"\s*(?:[:：]\s*\|?|\||[\]】]\s*\|?|(?<=(?:{_PAGE_DATE_WORDS}|更新|发文|印发)(?:日期|时间))[（(](?=\s*\d{{4}}))?\s*(\d.+)")
# a page's date line: the date, maybe its time, then the page's other fields
# (2023-01-16 16:50:00 来源: …, 2022年01月18日来源:1), or a bar after the time and the site's name
# (2013年04月23日16:59 | 中国发展门户网 www.chinagate.cn | 给编辑写信: a news portal's copies of four provinces' reports,
# 136b09, 137b06, 156b11 and 156b12, whose readers took that date; M02)
_PAGE_DATE_LINE = re.compile(r"^\s*(\d{4}\s*(?:年|[-/.])[^来作点浏]{2,12}?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                             r"\s*(?:来源|作者|点击|浏览|访问|字号|$|(?<=\d:\d\d)\|)")
# the site's stamp, a date with its time of day, at a page-field line's start or after its 来源 (来源:X办公室
# 2019-03-05 16:23:00 【字体:, 65b10; 2023-01-16 16:50 X市人民政府办公室, the tenth round's city: M02); read
# with the line's spaces, which part the day from the time
# (the day alone, no time, where the line says what it is otherwise: after a 来源 or 稿源 label and its source, 稿源: X区政府网
# 2024-01-29, 167a01's district bureau; after a site's or the publisher's name with a page field after it, 中国X政府门户网站
# 2024-01-31 16:46:10 来源: 本网 or 市政府办公室 2024-01-23【打印该页】, 204d07's town and 147c02's city; or before the
# publisher, 2024-01-26 X县人民政府办公室, 135d04's county: four agencies' pages whose readers took that day, M02; a name before
# the stamp with its time, X市政务公开领导小组办公室 2012-03-08 10:14 字号:【, is 142c05's, 178d02's and 183c01's city site)
_STAMPED = re.compile(r"^(?:(?P<source>(?:来源|稿源)[:：]\s*[^\d:：]{1,40}?\s*)|(?P<name>[^\d:：\s]{2,40}?)\s+)?"
                      r"(?P<day>\d{4}-\d{1,2}-\d{1,2})(?P<time>\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?P<after>.*)$")
_SITE_NAME_END = re.compile(r"(?:网站|网)$")
# (opening the line, the stamp stands alone or before a page field or the publisher, never before a sentence:
# 2023-05-06 09:30 召开…培训会 is an event's time)
_AFTER_STAMP = re.compile(r"^(?:$|来源|浏览|点击|字体|字号|作者|发布|【)")
_PUBLISHER_END = re.compile(r"(?:政府|办公室|办公厅|局|委员会|中心|办事处)$")
# the issuer and a date on a line of their own (X局 2016-03-31 under the title, 65b05; the signature's name and date
# on one line): a date as the signature's is
# (its date with slashes too, 安徽省人民政府办公厅  2016/3/28 under the title: 157b05's province on a news portal; a wording)
_NAME_THEN_DATE = re.compile(rf"([{HAN}（）()]{{3,30}}?)(\d{{4}}(?:-\d{{1,2}}-\d{{1,2}}|/\d{{1,2}}/\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日))")
# the title with its date after it on the same line, X2017年…年度报告 ( 2018年01月15日 ) or …年度报告 2024-01-29: the page's
# own date printed beside its title, over a signature's date below (M11: 140b02, 152b12, 161b05 and 161b01, three 上海
# bodies' reports, whose readers took it, 161b05's over 2010年2月20日 under the issuer)
# (the dashed date in brackets too, …2009年政府信息公开年报 ( 2010-02-09 ): 186b02's and 186b09's, two more 上海 bodies' pages of
# the city site's old layout, one over 2010年1月11日 under the issuer; a wording)
# (and dotted, …2024年度…工作年度报告 ( 2025.01.13 ): 191a05's city office on the same site's later layout; or with
# slashes, …2020年度信息公开工作报告(2021/01/29): 165a01's city bureau, dated by a field below too; a wording)
_TITLE_THEN_DATE = re.compile(r"(?:报告|年报)(?:[（(](\d{4}年\d{1,2}月\d{1,2}日)[)）]?"
                              r"|[（(]?(\d{4}(?:-\d{1,2}-\d{1,2}|\.\d{1,2}\.\d{1,2}|/\d{1,2}/\d{1,2})))$")
# (on the page's first lines only: a list of related reports below the text prints titles and dates too; a labelled page
# date still wins over it)
_TITLE_DATE_LINES = 8
_RELATED_LABEL = re.compile(r"\s*相关(?:文章|链接|阅读|新闻|文件|信息|报告)?\s*[:：]?\s*$")
_DATE_HINT = re.compile(r"[年\-/.．－／]")  # no date is printed without one of these
# nor without a year's four digits (or numerals), spaces between them at most: table rows of 本年… words
# and a count have the hint but no year (cleaning a line only takes characters away, so it makes none)
_YEAR_DIGITS = re.compile(rf"\d(?:\s*\d){{3}}|{_CN_DATE}(?:\s*{_CN_DATE}){{3}}")
_FILING_UNIT = re.compile(r"填报单位[^:：]*[:：]\s*(\S+)")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
# A bracket inside or after a name that is part of it: a second name or a place (高新区(新市区),
# X委员会(宗教事务局), 中韩(长春)…委员会, X商务区(街道)): catalogue M08, rounds three, six and nine (five
# agencies' pages in the ninth). Notes in brackets (原…, a former name; 盖章, 以下简称…, 试行, a year) are dropped;
# so are 以上简称…, a misprint of 以下简称 (80d11's province office), and 含…, what the report covers besides
# (人力资源社会保障部(含国家公务员局): 78d07's ministry), notes of the same kind.
_NAME_BRACKET = rf"[（(][{HAN}]{{1,15}}[）)]"
_WORDS_IN_BRACKETS = re.compile(_NAME_BRACKET)
_BRACKET_NOTE = re.compile(r"[（(](?:原|以[下上]简称|简称|含|盖章|签章|公章|代章|试行|暂行|草案|筹)")
# what a bracket kept must be: a place or a body's name, or a word inside the name (中韩(长春)国际…)
# (a zone's second committee, 武昌经开区管委会(滨江商务区管委会), and the company a tobacco bureau also is, 衡阳市烟草专卖局
# (公司): 140c08 and 149c04, whose readers kept them, read without; wordings of the class)
_NAMED_IN_BRACKET = re.compile(r"(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道|局|委|委员会|管委会|办|办公室|厅|政府|中心|公司)[）)]$")


def _without_notes(name: str) -> str:
    def kept(m: re.Match) -> str:
        inside = _CJK_RUN_ANY.match(name, m.end()) is not None
        return m.group() if _WORDS_IN_BRACKETS.fullmatch(m.group()) and not _BRACKET_NOTE.match(m.group()) \
            and (inside or _NAMED_IN_BRACKET.search(m.group())) else ""
    return _BRACKETS.sub(kept, name)
# What pages print before a title on the same line: a field label (标题：…; a wiki's infobox 中文名：…, round
# 44's district on a traditional wiki) or a running page header (Page 9 - …).
_LINE_PREFIX = re.compile(
    # (内容概述, an index block's summary field, before the title on its line: 142b04's zone, read as the agency; M04)
    r"^(?:(?:标\s*题|题\s*目|文章标题|信息名称|名\s*称|中文名称?|内容概述|内容摘要)\s*(?:[:：]\s*|\s+)|称\s*[:：]\s*|page\s*\d+\s*[-—–:：|]\s*"
    # (an index block's label glued to its value, 标题2023年…报告 under 发文机关X镇人民政府: round 40's town, M04;
    # a bulletin's meta block, 公报标题X委2019年…报告 over 主办单位X委: round 28's city commission, realdev r358)
    rf"|(?:公报)?标题(?=(?:19|20)\d\d|[{HAN}])"
    # (the document's number glued before the title in book-title marks, 榕政函〔2016〕7号《福州市2015年…报告》: 139b07's
    # mirror of a city report, read as the agency 榕政函〔2016〕7号《福州市; a guard of M04's index fields)
    rf"|[{HAN}]{{1,8}}〔(?:19|20)\d\d〕\d+[号號]\s*《)", re.IGNORECASE)
# A site's breadcrumb trail (您当前所在位置：首页 > 政务公开 > … > 标题): only
# its last step can be the title.
# Third round (M01): the trail may name no 位置/首页 (X专栏 >> X办公厅 >> 年度报告), or
# continue on the line after a lone 首页 ('> 政府信息公开 > … > 县政府').
# (its steps may be joined by -- or / after 首页: 位置:首页--政务公开--…, 首页/ 政务公开 / …: seven agencies' pages of
# rounds 12 to 33 print them; round 33's district had its trail read as its agency)
_BREADCRUMB = re.compile(r"(?:位置|首页)\s*[:：]?.*?[>＞»›→]|^\s*[>＞»›→]|[>＞»›→].*[>＞»›→]|首页\s*(?:--|/|／)")
_CRUMB_SEPARATOR = re.compile(r"\s*(?:[>＞»›→]+|-{2,}>?|(?<=首页)\s*[/／]|\s[/／]\s)\s*")
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
    r"(?:公布|发布|印发|编制(?:完成)?|形成|(?<![本该此])报告(?!内容)|将|(?<=现)就|公开|编写|总结|上传)《?"
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
_PLACED = re.compile(rf"[{HAN}]{{1,12}}?(?:省|自治区|市|州|盟|区|县|旗|镇|乡|街道)")
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
_LEVEL_ONLY = re.compile(r"(?:省|自治区|市|区|县|州|旗|镇|乡|街道)(?:人民)?政府")
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
                  r"|根据|结合|在|把|将|对|共|通过|依托|主动|推动|推进|加强|落实|贯彻|及时|(?:的)?(?:政府)?信息公开工作|(?<=[局委办厅])(?:政府)?信息公开各项工作"
                  r"|(?:的)?政务公开工作|(?:未|没有)(?:收到|受理|接到)"
                  # (立足: 2025年,永外街道立足自身…工作实际, 142a04's street, untitled and named nowhere else; 准确: 2025年,
                  # X区人民政府办公室准确把握…, 144a10's office, untitled; wordings)
                  r"|立足|准确)")
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
# (苏木: Inner Mongolia's township, whose government is 某某苏木人民政府: rounds 15 and 24, three
# sumu pages with the place-only title kept bare)
# (a two-character X州 is a city's short name, 结合鄂州实际, no division's whole name: autonomous prefectures' short names
# have three or more, 恩施州, 黔东南州; 143c09's city, read as 鄂州; a guard)
_PLACE_NAME = re.compile(rf"^(?![{HAN}]州$)[{HAN}]{{1,20}}?(?:省|自治区|市|区|县|旗|自治州|州|盟|镇|乡|苏木|街道)$")
# A mirror site's or a portal's words pasted before the name (catalogue M14, 47
# pages: bob最新官网X省人民政府…; M03: 长沙市政府门户网站-浏阳市人民政府): the name
# starts after the last of them when a place name follows. A mirror's domain glued before
# the place is one of them (example.com某街道2019年…: round 34's street, realdev r392).
# (a site button's Latin word too, 2021-02-07导出word<name>2020年…报告 in a list item: 84d02; a guard, no name holds one)
_SITE_PREFIX = re.compile(r"^.*(?:官网|官方网站|门户网站|网站|平台|[-—_|·>»]|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}|[A-Za-z]{2,})\s*"
                          rf"(?=[{HAN}]{{2,}}?(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道))")


@lru_cache(maxsize=8192)  # the title, agency and date finders each read the same lines
def _clean(line: str) -> str:
    # markdown heading and bold marks (# 标题, **标题**) are not part of a name, nor the
    # question marks a mirror prints for the spaces that indent each line (catalogue M14)
    line = half_width(line).strip().lstrip("?•·").strip().strip("#*").strip()
    # a list item's dash (- 标题: X…: an index block printed as a list, round 17)
    line = re.sub(r"^[-–]\s+", "", line)
    # a copy site's doubled commas (2021年,,山東省人民政府辦公廳以…, 编制,,内容包括…: 248c05's province office, read from a
    # later sentence as 省政府及省政府辦公廳; 242d05's and 247d12's 雅安 bureaus, 247b14's 鹤山 bureau, 246b09's 衡阳 bureau and
    # 225d07's 福田 street show it too) is one mark
    line = _DOUBLED_COMMA.sub(",", line)
    return _LINE_PREFIX.sub("", line).strip()


_DOUBLED_COMMA = re.compile(r",(?:\s*,)+")


def _year_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = parse_chinese_numeral(text)
    return value if value and 1990 < value < 2100 else None


_TITLE_LINES = 40  # how many lines longer than a menu item the title is looked for in
_TITLE_LINES_AT_MOST = 120
_MENU_ITEM = 8  # a menu item's longest length, bullet and spaces aside


def _title_window(lines: list[str]) -> int:
    """How many lines the title is looked for in: the first 40, the menu items among them not counted (a site's
    menu printed one item a line, '• 规章', '• 2021', pushes the title down, catalogue M03: 100b13's 62 lines of
    it), and never more than 120."""
    counted = 0
    for i, raw in enumerate(lines[:_TITLE_LINES_AT_MOST]):
        if len(raw.strip().lstrip("•·▪◆-* ").strip()) > _MENU_ITEM:
            counted += 1
        if counted == _TITLE_LINES:
            return i + 1
    return _TITLE_LINES_AT_MOST


def find_title(lines: list[str]) -> tuple[str | None, int | None]:
    """The title line (and its index): a short early line naming the report."""
    for i, raw in enumerate(lines[:_title_window(lines)]):
        line = cleaned = _clean(raw)
        # In a breadcrumb trail or a row of page fields (索引号 | … | 分类 | 政府信息公开年报 |)
        # only a step or cell that names a year is the report's title; the others name a column.
        if _BREADCRUMB.search(line):
            line = _CRUMB_SEPARATOR.split(line)[-1]
        elif "|" in line or "\t" in line.strip():
            line = next((c.strip() for c in re.split(r"[|\t]", line) if _YEAR_IN_TITLE.search(c)), "")
        if line != cleaned and not _YEAR_IN_TITLE.search(line):
            continue
        if line == cleaned and _PAGE_FIELDS.search(line):
            continue  # a row of the page's fields (公开目录 政府信息公开报告 发布日期 …), catalogue M04
        if _CATEGORY.match(line) and not _YEAR_IN_TITLE.search(line):
            continue  # an index block's category (乡镇政府信息公开年度报告): M04, fourth round
        if _is_title(line):
            if not _YEAR_IN_TITLE.search(line):
                # a column's heading with no year: the document's own title may follow, also when the
                # menu items printed before the heading on its line read as a name (在线访谈 政府文件
                # 信息公开年报 above X州2012年…报告: round 39's prefecture page, M03)
                agency = _agency_from_title(line)
                if agency is None or _SPACED_WORDS.search(agency):
                    return _title_below(lines, i) or (line, i)
            return line, i
        # the title run into the text after it on one line (X2019年 政府信息公开工作年度报告 一、总体情况 …,
        # X2021年…年度报告(以下简称年报)是根据…): M15, three agencies' pages over rounds two to four
        run_in = _RUN_IN_TITLE.match(line) if i < 10 else None
        if run_in and len(line) > len(run_in.group("title")) and (
                not run_in.group("head") or _agency_like(run_in.group("head")) or _PLACE_NAME.match(run_in.group("head"))):
            return run_in.group("title").strip(), i
        # (not a page's date and field line above the title, 2017年03月09日    来源: on a mirror: round 31)
        if len(line) <= 40 and not _DATE_OR_FIELD.search(line) and (split := _split_title(lines, i, line)):
            return split, i
    return None, None


def _split_title(lines: list[str], i: int, line: str) -> str | None:
    """`line` (lines[i], cleaned) joined to the next line when together they are a title broken inside a word
    (…2022年政府信息 / 公开年度报告) or after a year printed without 年 (X人民政府办公厅2022 / 政府信息公开工作年度
    报告): catalogue M07."""
    if not (_YEAR_IN_TITLE.search(line) or _BARE_YEAR_END.search(line)) or _TITLE_WORDS.search(line):
        return None
    following = next((_clean(raw) for raw in lines[i + 1:i + 3] if raw.strip()), "")
    # (a line that is a whole title with its year is the title, not the rest of this one: a trail whose last
    # step is the year, '… » 2016年', over 'X市2016年度…报告', 72b04)
    # (nor is a trail's next step, printed a step a line, '> 2023年' over '> 市政府信息公开工作年度报告': 85a09, a guard)
    if 0 < len(following) <= 20 and _is_title(line + following) and not (
            _is_title(following) and _YEAR_IN_TITLE.search(following)) and not _BREADCRUMB.search(following):
        return line + following
    return None


def _title_below(lines: list[str], i: int) -> tuple[str, int] | None:
    """A column's heading (政府信息公开年度报告) names neither agency nor year; the
    document's own title may follow within three lines (M03/M07, fifth round), or after the
    rest of the site's menu, short items one a line (政府公报 / 依申请公开 / …: round 20)."""
    items = 0
    between, name = 0, ""  # the non-empty lines passed since the heading, and the last of them
    for j in range(i + 1, len(lines)):
        below = _clean(lines[j])
        if _is_title(below) and _YEAR_IN_TITLE.search(below) and _agency_from_title(below):
            return below, j
        # the title below split after its year (X办公室2020 / 政府信息公开工作年度报告 under the column's heading:
        # 86a11, read as the site's name above the heading)
        if j - i < 3 and (split := _split_title(lines, j, below)) and _agency_from_title(split):
            return split, j
        # (or a year's title naming no one under a line of the agency's name, both below the heading: 北京市西城区人民政府 /
        # 政府信息公开年报 / 北京市西城区城市管理监督指挥中心 / 2018年政府信息公开工作年度报告, 249a05's district centre, read as
        # the site's government above the heading; the name is read above the title as for any split title)
        # (the line a whole name, no field, date, source or menu line, not opening on a bare level and no government or its
        # office, which a superior's link or a menu prints: the review of eea3c7c)
        if between == 1 and _is_title(below) and _YEAR_IN_TITLE.search(below) \
                and _agency_like(name) == name and not re.search(r"\s", name) \
                and name[0] not in "区县市省镇乡" and not _GOVERNMENT_OR_ITS_OFFICE.search(name):
            return below, j
        if lines[j].strip():
            between, name = between + 1, below
        if j - i < 3 or not below:
            continue
        if _BREADCRUMB.search(below):
            items += 1  # the trail to the page (首页 >> 信息公开目录 >> …) is the menu's last line
            continue
        # (a menu's items may stand several to a line, spaced: 组织机构      政府文件, round 68's township page)
        parts = below.split()
        items += sum(len(part) > 1 for part in parts) or 1  # (a bullet, • 决策, is no item of its own)
        if items > _MENU_ITEMS or any(len(part) > _MENU_ITEM_LENGTH for part in parts) or (
                _SENTENCE_MARKS.search(below) and not _FIELD_LABEL.fullmatch(below)):
            return None
    return None


_GOVERNMENT_OR_ITS_OFFICE = re.compile(r"政府(?:办公室|办公厅)?$")


# an index block's field label on a line of its own, its value on the next (• 成文日期: / • 2023-01-13):
# M04, round 24's zone, whose category value (信息公开年报) stood above the block's other fields
_FIELD_LABEL = re.compile(rf"[{HAN}]{{2,6}}[:：]")


# words parted by spaces: a site's menu items, not a name
_SPACED_WORDS = re.compile(r"\S\s+\S")
# a site menu's items: a few words each, no sentence (up to thirty: round 59's city page lists eighteen facets of
# its index, 组配分类 / • 决策 / • 执行 / … / 体裁分类, between the column's heading and the report's title, M03)
_MENU_ITEMS = 30
_MENU_ITEM_LENGTH = 12
# a sentence's punctuation, which neither a menu item nor an agency's name holds
_SENTENCE_MARKS = re.compile(r"[。，,；;：:]")


_RUN_IN_TITLE = re.compile(
    rf"(?P<title>(?P<head>[{HAN}]{{0,30}}?)(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年度?\s*(?:政府)?(?:信息公开|政务公开)"
    r"(?:工作)?(?:年度报告|年报))(?=\s|[（(]|根据|依据|按照|是根据|一、)")
_BARE_YEAR_END = re.compile(rf"[{HAN}](?:19|20)\d\d$")
_DATE_OR_FIELD = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[:：]")


# labels of a portal's page fields: a line with one is no title
# (索 引 号 spaced out as on a form: third round, M04; '- 信息类别: 政府信息公开年报', a field whose
# value reads like a title, and its neighbours in a county portal's list: round 19)
_PAGE_FIELDS = re.compile(r"组配分类|索\s*引\s*号|发布机构|发布日期|发文日期|生成日期|浏览量|浏览次数|信息分类|主题分类|文\s*号"
                          r"|信息类别\s*[:：]|信息索取号|公开时限|公开方式\s*[:：]")


def _is_title(line: str) -> bool:
    # a sentence is not a title: titles carry no full stop or comma
    return 6 <= len(line) <= 80 and _TITLE_WORDS.search(line) is not None and not line.startswith(_NOT_TITLE) \
        and not re.search(r"[。，,；;]", line)


# (also with 度 and no 年: 2022度X街道信息公开工作年度报告, round 34's street)
_GLUED_YEAR = re.compile(rf"^(?:19|20)\d\d(?:度(?!假))?(?=[{HAN}])")
_GLUED_SHORT_YEAR = re.compile(rf"^\d\d(?={_PLACED.pattern})")


_MASKED_YEAR = re.compile(r"[*＊]{2,}\s*年度?$")


# a site's section label in square brackets before the title ([甘霖镇]2012年甘霖镇…: round 16), or a mirror's label of
# the kind of file in round ones ((文档)X县人民政府2017年…报告: 123d01's county, whose name was read with the label and
# placed in its province; M14, a guard)
_LABEL_BEFORE_TITLE = re.compile(r"^(?:[\[【][^\]】]{1,12}[\]】]|[(（]文档[)）])\s*")


# a site's column heading read as a title's name: the year's reports, or the kinds of unit they come from
_COLUMN_HEADING = re.compile(r"本?年度|(?:各?(?:部门|镇街|乡镇|街道|单位|[区县市]直)[和及、]?)+(?:政府)?")
_PORTAL_ONLY = re.compile(rf"[{HAN}]{{2,20}}?(?:政府|门户)网站?")  # (X市政府门户网站, X门户网, X政府网: a portal's name)


_COLON_OR_TAG = re.compile(r"[:：]|</?[A-Za-z][^<>]*>|/?[A-Za-z]+>")


def _agency_from_title(title: str) -> str | None:
    m = _YEAR_IN_TITLE.search(title)
    head = title[: m.start()] if m else _TITLE_WORDS.split(title)[0]
    # what the year is followed by up to the title's words: the name of a year-first title, or the body after a place
    words = _TITLE_WORDS.search(title, m.end()) if m else None
    after_year = title[m.end(): words.start()].strip(" 　") if words else ""
    # the year in brackets after the title's words (X政府信息公开工作年度报告(2019年): round 19)
    head = _TITLE_WORDS.split(head)[0] if m else head
    head = _LABEL_BEFORE_TITLE.sub("", head)
    # a link's or field's label before the title's file name (点击查看PDF版:X2023年…报告.pdf: 82a20, 82a22; 问答解读:
    # X….docx, round 24's district office): no name holds a colon, so the name starts after the last one (M01)
    # (nor an HTML tag's end, a label's colon garbled with its tag, 信息名称9/span>2022年X…报告 on 228a07's mirror of a city's
    # index block, read as '信息名称9/span>'; a guard, M14)
    # (a whole tag too, 信息名称9</span>2022年X…; and where nothing follows it but the year, X人民政府</span>2022年…, the name is
    # the part before it: both reviews of 45e5bb0)
    parts = _COLON_OR_TAG.split(head)
    head = parts[-1]
    # (a person's label before the last colon, 莆二中〔2015〕3号 签发人:X 2014年Y中学…报告, a letter's number and signer run into
    # its year-first title: the signer is a person, the name follows the year; 253c04's school on a traditional copy, read as
    # the signer, as the letter form 50b's pages print; a guard)
    # (only the person's name: a name printed after it, 签发人:X 某市教育局2014年…, is the title's; the review of 06a4bd2)
    if len(parts) > 1 and _PERSON_LABEL.search(parts[-2]):
        person_and_rest = head.strip(" 　").split(maxsplit=1)
        head = person_and_rest[1] if len(person_and_rest) > 1 else ""
    name_before_tag = next((part for part in reversed(parts[:-1]) if part.strip(" 　")), "")
    # (a portal's name pasted before a year-first title, 长沙市政府门户网站-2022年X委员会…报告_spam: the name follows the year;
    # 159c05's city commission on a spam copy, read as the portal; M03, as _SITE_PREFIX's portal before a name)
    if m and _PORTAL_ONLY.fullmatch(head.strip(" 　:：-—_|")):
        head = ""
    # the year first: 2022年上海市政府信息公开工作年度报告
    year_first = m is not None and not head.strip(" 　:：-—关于")
    if year_first:
        head = after_year or (name_before_tag if ">" in title[: m.start()] else "")
    head = _without_notes(head).strip(" 　:：-—")
    # the year between the place and the body (崇义县2015年教育局信息公开…, 谯城区2020年政府办公室政府信息公开…, 宣城市2021年
    # 气象局政府信息公开…: 154b10, 171b12 and 181c08, three agencies' titles read as the bare place; M09): the two joined
    if m and not year_first and len(head) <= 12 and _PLACE_NAME.fullmatch(head) and after_year:
        body = after_year
        # (its level printed again, 某县2015年县教育局…, once: not the 市 of 市场 or 市政, nor the 区 of 区域)
        if body[:1] == head[-1:] and not body.startswith(("市场", "市政", "市容", "区域")):
            body = body[1:]
        if 2 <= len(body) <= 12 and "、" not in body and _AGENCY_SUFFIX.search(body) and not _PLACE_NAME.match(body):
            head += body
    head = _GLUED_YEAR.sub("", head)  # 2012上海市…政府信息公开工作年度报告: the year without 年 (M09)
    # (or its last two digits before a place, 09沈阳市政府信息公开报告: 151a08's city on a document-sharing copy; a guard,
    # no name starts with a digit)
    head = _GLUED_SHORT_YEAR.sub("", head)
    # (a mirror that masks every digit, X局****年度政府信息公开年度报告: the masked year is no part of the name; M14,
    # a procurement site's copies, 77b13 and 94b07; a guard)
    head = _MASKED_YEAR.sub("", head)
    # (and the space a title may print before 关于: '海南州教育局 关于2024年度…', round 56's bureau)
    # (and a cover letter's title with no sender, 关于上报《X2017年度…报告》的报告: the report it sends names the place,
    # 69a04's county-level city, a wording of the cover letters below)
    head = re.sub(r"^关于(?:(?:报送|上报|印发|公布|发布)《?)?|关于$|的$", "", head).strip(" 　")
    # the title's words before its year (X政府信息公开工作2024年度报告: M09, round 24)
    # (nothing but those words, X局 / 政府信息公开工作2013年度报告 with the name on the line above: round 35's zone;
    # their 政府 is the report's, not a government's to join to that name)
    # (after a name's bracket too, X研究所(Y中心)信息公开工作2023年度报告: 223d10's institute, read with the words)
    head = re.sub(rf"(?:(?<=[{HAN}]{{2}})|(?<=[）)])|^)(?:政府)?(?:信息公开|政务公开)(?:工作)?$", "", head)
    # a cover letter's title (X关于报送…年度报告的函): the sender is the agency (M07, fourth round),
    # also when the report it sends is named with its place (X人民政府关于报送X市2020年度…: round 16), in quotes or
    # not (X镇人民政府关于印发《X镇2016年…报告》的通知: 70b14's town, as 69a04's letter quotes it)
    # (a space after 关于, X人民政府办公室关于 报送X2019年…: 147d06's county, read with the sent report's place; a guard)
    head = _COVER_LETTER_TAIL.sub("", head)
    # a news page's headline (X公布政府信息公开工作2009年度报告: round 43's central bureau on the central portal):
    # the announcing verb is no part of the name (a guard: no agency's name ends in one)
    head = re.sub(rf"(?<=[{HAN}]{{2}})(?:公布|发布|印发)了?$", "", head)
    # (年度 with no year before the title's words, 关于报送X镇政府年度信息公开工作的报告: a cover letter's title on 145a05's
    # mirror, read as X镇政府年度; a guard, no name ends in it)
    head = re.sub(rf"(?<=[{HAN}]{{2}})年度$", "", head)
    # (nor is 年度 alone a name: a site's column heading over the report's own title, 年度信息公开报告 / … / 深圳市人民政府2019年
    # 政府信息公开工作年度报告, 202d08's city, read as 年度; a guard. Nor the kinds of unit a column gathers, 部门镇街信息公开年报
    # over 市中区交通运输局2025年…: 206c08's district bureau, read as 部门镇街, as 132a03's 乡镇政府信息公开工作年度报告 over its town's
    # title would be without its government's 政府)
    if _COLUMN_HEADING.fullmatch(head):
        return None
    # (nor a site's menu run together on one line, 专栏首页政府信息公开指南政府信息公开目录政府信息公开年度报告依申请公开…, over
    # the report's own title: 205c01's zone office, read as 专栏首页政府信息公开指南; a guard, as _agency_like's site words)
    if any(word in head for word in _SITE_WORDS):
        return None
    head = _with_its_government(head)
    # a betting site's brand in the agency's place (利博官网 2021年…, 老澳门六合彩官网 2023年…, 2012年bet365亚洲官网
    # 信息公开年度报告: M14, three pages of rounds 33 and 35): a site, never the agency; nor an agency's own site's name in its
    # place (海南审计网2020年…: 162c02's province department, named in its prose; a guard, no agency's name ends in 网)
    if head.endswith(("网", "网站")):
        return None
    # nor is a web address there (www.788sb.com2014年政府信息公开年度报告: M14, round 50's province bureau):
    # a guard, as no agency's name is written without a Chinese character
    if not _CJK_RUN_ANY.search(head):
        return None
    return head if len(head) >= 2 else None


# the labels of a person signing, drafting or checking a letter (签发人:X, 拟稿人:X)
_PERSON_LABEL = re.compile(r"(?:签发|签批|拟稿|核稿|审核|审签|校对|撰稿|联系)人\s*$")


# a cover letter's words after its sender, up to the sent report's title (关于报送《X区…, 关于 印发X镇)
_COVER_LETTER_TAIL = re.compile(rf"(?<=[{HAN}]{{2}})关于\s*(?:报送|印发|公布|发布|上报)《?[{HAN}]*$")


def _with_its_government(name: str) -> str:
    """泾县人民 (of 泾县人民政府信息公开年度报告): the government's 政府 is also the report's (M09)."""
    return name + "政府" if name.endswith("人民") else name


def _agency_before_year(line: str) -> str | None:
    """A title broken after the year: 宿州市人民政府2016年 / 政府信息公开工作年度报告."""
    m = _YEAR_IN_TITLE.search(line)
    if m and m.end() >= len(line.rstrip(" 　")) - 1:
        return _agency_like(line[: m.start()])
    return None


# (or printed without its 年, 2016上海市住房和城乡建设管理委员会 / 政府信息公开工作年度报告 under a place-less title: 199a05's city
# commission, read with its year; the shape 上海's sites print on 132b02, 133b05, 133b06 and 140b06, where a title named the body)
_LEADING_YEAR = re.compile(rf"^\s*(?:\d{{4}}\s*年度?|(?:19|20)\d{{2}}\s*(?=[{HAN}]))")


# the words that announce the report itself before its verb (现公布, 特此公布, 兹公布, 现向社会公布); 向社会 alone may
# publish another year's report as an item of the work, so only the exemption below takes it
_ANNOUNCING = r"现|特此|特|兹"
_ANNOUNCES_ITS_OWN = re.compile(rf"(?:{_ANNOUNCING})\s*(?:向社会)?\s*$")
_ANNOUNCES_THE_REPORT = re.compile(rf"(?:{_ANNOUNCING}|向社会)\s*$")


def _prose_agency(lines: list[str], year: int | None = None) -> str | None:
    """The agency as the opening prose names it, when no title line does."""
    opening = [_clean(raw) for raw in lines[:30] if raw.strip()]
    # (first: the body's own opening words, before a later sentence's subject, which may be a zone's bare 高新区)
    for line in opening[:3]:
        if (m := _ANNOUNCES_ITSELF.match(line)) and (name := _named(m.group("agency"))) and not _LEVEL_ONLY.match(name):
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
            if (m.group("year_first") or _YEAR_IN_TITLE.search(m.group())) and (name := _named(agency)) \
                    and not _LEVEL_ONLY.fullmatch(name):
                return name
        for m in (*_QUOTED_OWN_TITLE.finditer(line), *_QUOTED_OWN_TITLE_YEAR_FIRST.finditer(line)):
            # a mirror's spam before the name ends at a colon (uedbet官网@:西柳镇人民政府…)
            agency = _agency_from_title(re.split(r"[:：]", m.group("title"))[-1])
            if agency and (name := _named(agency)):
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
            if m and (name := _named(m.group("agency"))) and not _LEVEL_ONLY.fullmatch(name):
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
                name = _named(m.group("agency"))
                if name is None and pattern in _CONTACTS and line.startswith("办公室", m.end("agency")) \
                        and m.group("agency").endswith(_OFFICE_BODIES):
                    # a body whose own name ends in 办公室 (请与X市人民防空办公室联系: 84c01, its only name; the unit
                    # had been taken for its office and X市人民防空 is no name)
                    name = _named(m.group("agency") + "办公室")
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
# a run of place names (湖北省武汉市新洲区): a name's leading places here, a whole prefix in _PLACES_ONLY
_PLACES = rf"(?:[{HAN}]+?(?:省|自治区|市|自治州|州|盟|区|县|旗))+"
_AREA_PREFIX = re.compile("^" + _PLACES)


def _area_of(name: str) -> str | None:
    """The place or zone a body's name starts with (天水市政府信息公开办公室 → 天水市); None for a level alone (县…局)."""
    m = _AREA_PREFIX.match(name)
    return m.group() if m and len(m.group()) >= 3 and m.group() != name else None


# the agency speaking of itself (我局, 本镇, 该街道, 我区政府): never a name (本溪市 is one)
_SELF_REFERENCE = re.compile(r"^(?:我|本|该)(?:省|市|区|县|州|旗|镇|乡|街道|局|委|办|厅|单位|机关|部门|中心)")


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


_EVERY_UNIT_OF = re.compile(r"(?<=[省市区县州旗])各(?:县|区|市|乡|镇|街道|部门|单位|级)")


# an area's kind said without its place (城区, 郊区 and 矿区 are some cities' districts' names, so not these)
_KINDS_OF_AREA = frozenset({"特区", "新区", "园区", "景区", "片区", "社区", "辖区", "开发区", "高新区", "示范区", "试验区"})


# a street some cities name X街, not X街道 (eleven studied agencies in 天津's 滨海新区, 武汉 and 广州: 胡家园街, 武湖街,
# 大石街): its report's subject (2021年,大石街深入贯彻…: 133c09, untitled) names it as a title would; a wording of M06
_STREET_CALLED_JIE = re.compile(rf"^[{HAN}]{{2,3}}街$")
# what a name never starts with: the agency speaking of itself (我局, 本镇, 该街道), of its whole area (全县) or of
# its units (各乡镇), a particle or a preposition
# (or 暨, 'and', where a mirror deleted the words before it: 《2014年暨政府信息公开业务培训方案》 read as 暨政府, 157d09's
# city; a guard)
_NOT_A_NAME_START = ("我", "本", "该", "各", "全", "的", "在", "是", "暨")
# the divisions whose names start so all the same (admin_divisions.csv; a test keeps the two in step): 2019年本溪市人民
# 政府… names 本溪市人民政府 (全州 alone is a prefecture's whole area, 全州共公开…)
PLACES_STARTING_AS_SELF_REFERENCE = ("本溪", "全椒", "全州县", "全南")


def _opens_as_a_name(text: str) -> bool:
    """Whether `text` may start a name: not 我局, 全县, 各乡镇 or a particle (本溪市 may)."""
    return not text.startswith(_NOT_A_NAME_START) or text.startswith(PLACES_STARTING_AS_SELF_REFERENCE)


def _named(text: str) -> str | None:
    """An agency's name or a bare place name; never 我局, 本镇, 该街道."""
    # nor the start of a leading clause (2012年按照磐石市…的安排, 牛心镇人民政府…: eighth round)
    # (nor a particle: 现将2022年度的政府信息公开工作情况… names no one: round 22's docs review)
    # (在 opens a phrase, not a name: 2021年，在市委市政府…领导下 read as '在市委市', round 43's district)
    # (nor the copula: 2014年是我区积极应对… names no 是我区, 137a09's district; a guard)
    # (nor a role taken: 2025年,区办公室作为临空经济区管委会政务公开工作的牵头部门 names no 区办公室作为…管委会, 143c07; a guard)
    if "作为" in text:
        return None
    if not _opens_as_a_name(text) or text.startswith(_VERBS_FIRST):
        return None
    # (nor every unit of a place, 阜新市各县区政府共受理…: the units together, no one body; 80a03, a guard)
    if _EVERY_UNIT_OF.search(text):
        return None
    # (nor a level's own part, 2019年,县本级政府及政府办主动公开…: the county's bodies at its own level, no one body's
    # name; 154b05's county office, read as 县本级政府及政府办; a guard)
    if "本级" in text:
        return None
    # (nor a kind of area with no place: 2024年,特区通过…受理…申请1件 opens a sentence of 132c07's 武当山特区; a guard)
    if text in _KINDS_OF_AREA:
        return None
    # (the party committee and the government together, 2016年青龙乡党委政府高度重视…: the place's report, no body of
    # that name; 139b10's township on a mirror, read as 青龙乡党委政府; a guard)
    if (place := text.removesuffix("党委政府")) != text and _PLACE_NAME.match(place):
        return place
    return _agency_like(text) or (text if _PLACE_NAME.match(_BRACKETS.sub("", text)) or _STREET_CALLED_JIE.match(text)
                                  else None)


# (a mirror's domain where the place stood, puroview.com交通运输局2023年…报告: 237b06's county bureau, read with the domain; no name
# holds a web address, as _SITE_PREFIX drops one before a place)
_LEADING_DOMAIN = re.compile(rf"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{{2,6}}(?=[{HAN}])")


def _without_site_words(name: str) -> str:
    return _LEADING_DOMAIN.sub("", _SITE_PREFIX.sub("", name))


# A betting site's brand a spam mirror pastes where the place should be (沙巴体育…投注:林业厅,
# bt365备用网址办公室, 澳门…竞彩网$【官网娱乐平台】市…, 365bet(中国)官方网站: catalogue M14, rounds 20 to 24,
# six agencies' pages read with the brand as their name; a sports-streaming brand, 西甲直播X局: 65a09): the name is what
# follows the last of the brand's words
# or marks, if that still is a name.
# (a betting site's 线路检测 page, 57365线路检测中 wherever the agency's name stood: 78d15, a wording of the class)
_BETTING = re.compile(r"投注|竞彩|娱乐|博彩|直播|欧洲杯|世界杯|备用网址|棋牌|线路检测|彩票\d+|bt\d+|bea?t\d+|\d+bet", re.IGNORECASE)
_BRAND_END = re.compile(_BETTING.pattern + r"|[_\-—:：$|】\]]", re.IGNORECASE)


def _without_betting_brand(name: str) -> str | None:
    if not _BETTING.search(name):
        return name
    last = None
    for last in _BRAND_END.finditer(name):
        pass
    rest = name[last.end():].strip() if last is not None else ""
    # (what follows in the brand's Latin letters and digits is more of it: …_mobile 365365051人民政府)
    # (and its site words, bet365亚洲官网 国土资源和规划局 where the brand stands for the place: 248b11's district bureau, read
    # as 亚洲官网国土资源和规划局; the place is lost, so no name: a guard)
    if _BRAND_SITE_WORDS.match(rest):
        return None
    return _agency_like(rest) if re.fullmatch(rf"[{HAN}（）()]+", rest) else None


# (the site word before any place: 广州市公共资源交易平台管理中心 after a brand is a name: the review of b0eb3f8)
_BRAND_SITE_WORDS = re.compile(r"[^省市区县州旗盟镇乡]{0,6}?(?:官网|官方网站|网址|平台)")


# the longest agency name taken (longer is a sentence)
_MAX_NAME = 30
# a name printed one or two characters at a time (琼 海 市人 民 政 府): M10, third round
_LETTER_SPACED = re.compile(rf"^[{HAN}]{{1,2}}(?:[ \u3000]+[{HAN}]{{1,2}}){{3,}}$")


# a section's numbered heading ('五、因政府…' cut at the excerpt's end, read as the signature: round 56's
# street on a spam mirror) names no body; a guard
# (and a bracketed number, (二)围绕重点工作加强工作部署, a heading ending in 署 as an agency's name may: 180c02's city, read
# as that heading; a guard)
_NUMBERED_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+(?:部分|章|节)"
                               r"|[（(][一二三四五六七八九十]+[）)])")
# a site's menu (登录个人中心, M03), not a name
_SITE_WORDS = ("登录", "注册", "个人中心", "用户中心", "首页")
_SOURCE_LABEL = re.compile(r"^(?:信\s*息\s*)?[来稿]\s*源\s+(?=\S)")  # (spaced inside too, 来        源: round 30's shape)
# a sentence's fragment, not a name: a line cut at the page's end (依托区门户网站): third round
_VERBS_FIRST = ("依托", "通过", "按照", "根据", "依据", "围绕", "加强", "做好", "利用", "结合", "推进", "进一步")
# nor a denial anywhere in it, 2018年未发生针对本部门有关政府… cut at the page's end (214a09's city bureau on a traditional
# mirror, read as its name; a guard, traditional forms too: fourth review)
_DENIAL_INSIDE = re.compile("未发生|未發生|未出现|未出現|未收到|未接到|没有|沒有")


# the last characters _AGENCY_SUFFIX can match: a line with none of them names no agency, whatever
# cleaning takes away (most lines a report's signature block is looked for in)
_SUFFIX_ENDS = re.compile("[" + "".join(sorted({word[-1] for word in _AGENCY_SUFFIXES})) + "]")


def _agency_like(line: str, government_offices: bool = True) -> str | None:
    if len(line) > 60 or not _SUFFIX_ENDS.search(line):  # a sentence, not a signature; or no agency's last word
        return None
    if _NUMBERED_HEADING.match(line):
        return None
    name = _without_notes(_clean(line)).strip()
    if _LETTER_SPACED.match(name):
        name = re.sub(r"[ \u3000]+", "", name)
    name = name.removesuffix("文件")  # (盖章) went with the other bracketed notes
    # a year before the name on its own line, 2010年X局 / 政府信息公开工作年度报告 under a year-only title: the year is the
    # title's (164b03's district bureau, read with its year; a guard, no name starts with a year)
    name = _LEADING_YEAR.sub("", name)
    # (a page field's label and a space before the name, 来源 安康市公安局 in an index block: 214d04's city bureau, read with
    # its label; M04, as 来源: with its colon is a source line)
    name = _SOURCE_LABEL.sub("", name)
    # a party committee (东新乡党委) is not an OGI agency: the government is (sixth round); nor is a
    # website (截至12月31日，政府信息公开网站…: round 22)
    # a document's quoted title (…公开了《X人民政府 / 关于印发…》, cut at the line's end) is no name (round 17)
    # a heading's number is a bracket too: (四)政府, a page cut after it, names no body (thirteenth round)
    bare = _BRACKETS.sub("", name)
    if 3 <= len(name) <= _MAX_NAME and len(bare) >= 3 and _AGENCY_SUFFIX.search(bare) and not _SENTENCE_MARKS.search(name) \
            and not name.startswith(_VERBS_FIRST) and not name.endswith(("党委", "党工委", "纪委", "网站", "社会")) \
            and not name.startswith(("局", "委", "办", "厅")) and "《" not in name and "》" not in name \
            and not any(word in name for word in _SITE_WORDS) \
            and not _INTERNAL_OFFICE.match(name) and "|" not in name and not _SENTENCE_VERB.search(name) \
            and not _SELF_REFERENCE.match(name) and not _OTHER_BANK_BRANCH.search(name) and "的" not in name \
            and not _DENIAL_INSIDE.search(name) and (not bare.endswith("人民政府机关") or (government_offices and _PLACED_OFFICES.fullmatch(bare))):
        # (的: no studied page's name holds it, 9,450 labels; 收到的每个依申请公开件都由党政办把关 was read as a subject's name,
        # 213b13's street, now named by its contact as labelled; a guard)
        # (社会: an index block's scope, 公开范围 面向社会, names no body: 142b04's zone, read as 面向社会; a guard)
        # (_SITE_WORDS: 局办公室, 登录个人中心, round seven; a pipe parts a site's bar of links, 中国政府网 | X省政府 |
        # X市政府: round 40's town, M03; the agency speaking of itself, 电子版可在我区政府门户网站下载, names no one:
        # 134a09's district, read as 我区政府, a guard)
        # (了, or a verb of setting up: X局在局机关及情报所设立了政府信息查询场所, a sentence left without its marks
        # and ending on 所, 194d02's city bureau, read as its name; a guard: no name of 7,600 studied holds them)
        return name
    return None


# a government's offices as a name only after its places, each of a few characters (重庆市铜梁区人民政府机关), and only over the
# title or in the announced title: a placeless 县人民政府机关 and a party body's 中共…人民政府机关 are none (the review of 2935d09);
# nor a line of its own elsewhere, a sentence broken before its end (配合县人民政府机关), a letter's recipient or a list's item
# (government_offices=False in the scans of the first lines and the signature: the review of the session's change)
_PLACED_OFFICES = re.compile(rf"(?!中共)(?:[{HAN}]{{2,8}}?(?:省|自治区|市|自治州|州|盟|地区)){{0,3}}[{HAN}]{{2,8}}?(?:市|区|县|旗)人民政府机关")


# 支行 and 分行 are suffixes for the central bank's branches alone: a commercial bank's branch (中国建设银行某市分行, named
# in a sentence) publishes no OGI report, and 部分行 is no branch at all (review of 1aa054f)
_OTHER_BANK_BRANCH = re.compile(r"^(?:(?!人民银行|人行).)*(?:支行|分行)$")


# what no name holds and a sentence left without its marks may: 了, a verb of setting up
_SENTENCE_VERB = re.compile("了|设立|设有|设置|建立|开设")
# an internal office with no body before it (明确由党政办负责信息公开…: round 24's town, whose
# index block names the town's government) is no agency
_INTERNAL_OFFICE = re.compile(r"^(?:党政|党群|综合|行政)(?:综合)?(?:办|办公室)$")


# an index block's category names a kind of body, not one
_CATEGORY = re.compile(r"(?:乡镇|街镇|镇街|乡镇街道|街道|部门|(?:省|市|县|区)直(?:部门|单位)?|(?:省|市|县|区)级(?:部门)?)"
                       r"(?:政府)?(?:信息公开|政务公开)")
# 发布机构 | 进化镇 |, 发布机构 县政府办公室, or the label over its value on the next line: the
# index block's publisher, read only when neither title nor prose names the agency (M04: three
# agencies' pages in round three and four; it may name the parent government, so never before them)
# (发文机关X镇人民政府 主题词, the label glued to its value: round 40's town)
_PUBLISHER_LABELS = ("发布机构", "发文机关")
_PUBLISHER = re.compile(rf"(?:{'|'.join(_PUBLISHER_LABELS)})\s*[:：|]?\s*\|?\s*(?P<agency>[{HAN}()（）]{{2,30}})")


def _publisher(lines: list[str]) -> str | None:
    for i, raw in enumerate(lines[:40]):
        line = _clean(raw)
        if not any(label in line for label in _PUBLISHER_LABELS):
            continue
        m = _PUBLISHER.search(line)
        if m is None and line.rstrip(":：| ").endswith(_PUBLISHER_LABELS):
            following = next((_clean(r) for r in lines[i + 1:i + 3] if r.strip()), "")
            m = _PUBLISHER.search(_PUBLISHER_LABELS[0] + " " + following)
        if m and (name := _named(m.group("agency"))):
            return name
    return None


# A page's 来源: field (发布时间: … 来源:X 字号:[大 中 小]) names who put the report up: the last
# resort, after everything the report itself prints (M02: round 16's city commission, its stand-in
# r271, round 21's street); a government's office there is the portal's uploader, as often for the
# townships and departments below it (来源:X县人民政府办公室 over a township's report: realdev r114).
# The field is also printed 信息来源: (a wording of the class, on 78b03, 78b19, 78b20, 80c07 and 81c05, five
# agencies' pages; the one it alone names is 81c05's bureau)
_SOURCE_FIELD = re.compile(rf"(?:^|\s|\d|信息)来源[:：]\s*(?P<agency>[{HAN}()（）]{{3,30}}?)(?=字号|发布|浏览|时间|作者|$|\s|[|:：])")


def _first_named(lines: list[str], pattern: re.Pattern, name_of: Callable[[str], str | None]) -> str | None:
    """The first of `pattern`'s agency groups in the lines that `name_of` accepts as a name; never a
    level with no place (市政府…)."""
    for raw in lines:
        for m in pattern.finditer(_clean(raw)):
            if (name := name_of(m.group("agency"))) and not _LEVEL_ONLY.match(name):
                return name
    return None


def _source_field(lines: list[str]) -> str | None:
    return _first_named(lines[:40], _SOURCE_FIELD, lambda text: None if (name := _agency_like(text)) is None
                        or name.endswith(("办公室", "办公厅", "政府办")) else name)


# The site the report says it is on (本报告的电子版可在X门户网站下载, 相关信息主要通过X网站公布):
# the very last resort, a government's or a body's own portal (M06, a name only inside the
# agency's own website: round 10, and round 22's three pages of a county, a city and a province bureau)
_OWN_SITE = re.compile(r"(?:电子版(?:本)?|相关信息(?:主要)?)[^。；]{0,6}?(?:可在|可从|可以在|通过|在)[“\"]?"
                       rf"(?P<agency>[{HAN}]{{3,20}}?)[”\"]?(?:政府)?(?:门户|公众信息|信息公开)?(?:网站|网)")


# a town or street speaking of itself (我街道, 本镇) whose report is on its county's portal: the portal names its
# superior, not the agency (庆云县人民政府网站 under '我街道…': 79a07, whose reader left the name blank; a guard)
_TOWNSHIP_KINDS = frozenset({"镇", "乡", "街道"})


_BUREAU_KINDS = frozenset({"局", "厅", "委"})


def _own_site(lines: list[str]) -> str | None:
    name = _first_named(lines[:40], _OWN_SITE, lambda text: _agency_like(_with_its_government(text)))
    # (nor a bureau's, 我局编制… with its report on “X区人民政府”门户网站: 243c05's district bureau, read as its district's
    # government)
    kinds = _TOWNSHIP_KINDS | _BUREAU_KINDS if name and name.endswith("政府") else _TOWNSHIP_KINDS
    return None if name and _speaks_as_another_kind(name, lines[:40], kinds) else name


# the kind of body the report speaks as (我局, 本厅, 我处, 我镇…); 本 only opening a clause or line, as 基本局面 and 本委托
# are no body speaking (review of bdc63c7)
_SELF_KIND = re.compile(r"(?:我|(?:^|(?<=[，。；、,;:：\s（(]))本)(局|厅|委(?!托|员)|处|办|中心|镇|乡|街道)", re.MULTILINE)


def _speaks_as_another_kind(name: str, lines: list[str], kinds: frozenset[str] | None = None) -> bool:
    """Whether the report speaks of itself as a kind of body (of `kinds`, or any) the name is not (我厅 over
    X管理处, 我镇 over X县人民政府): the name is then a body above or below it. A street may be its 办事处."""
    spoken = {m.group(1) for m in _SELF_KIND.finditer("\n".join(lines))}
    if kinds is not None:
        spoken &= kinds
    return bool(spoken) and not any(kind in name or (kind == "街道" and "办事处" in name) for kind in spoken)


# The agency's own OGI documents, named with it (修订《X政府信息公开指南》, 按照《X政府信息主动公开全
# 清单》, 制定了《X政府信息依申请公开工作方案》): when nothing else names it, these do. M06, a name
# only inside its own documents' names: round 14 and realdev r228 (清单), rounds 9, 10, 11, 16 and 20
# (指南, 方案), eight agencies' pages the parser had left unnamed.
# (the words after the name that make a document an OGI one: 政府信息公开…, 信息主动公开…, 政务公开…)
# (a trial edition's note before the close, 《浙江银监局政府信息公开指南(试行)》: 207b02's province bureau, named nowhere else; a
# wording)
_OGI_DOCUMENT_WORDS = r"(?:政府信息|信息|政务)(?:公开|主动公开|依申请公开)[^《》<>]{0,8}?"
_OWN_DOCUMENT = re.compile(r"《(?:\d{4}年度?)?(?P<agency>[^《》，。、\s<>]{2,30}?)"
                           + _OGI_DOCUMENT_WORDS + r"(?:指南|清单|目录|方案)(?:[（(](?:试行|修订|暂行)[)）])?》")
# (a government's 规定, 办法 or 实施细则 on OGI binds the bodies below it: no name of the agency's)


# a national body's name in a document's (国务院…, 中华人民共和国…, 国家…): the rules every agency follows, no name of its own
_NATIONAL_BODY = re.compile("国务院|中华人民共和国|国家")


def _own_document(lines: list[str]) -> str | None:
    name = _first_named(lines, _OWN_DOCUMENT, _document_owner)
    # (a report speaking as another kind of body, 我厅 over 《某省公路管理处…指南》, quotes a body below it: no name of its own)
    return None if name and _speaks_as_another_kind(name, lines[:60]) else name


def _document_owner(text: str) -> str | None:
    agency = _with_its_government(text)
    if _NATIONAL_BODY.search(agency) or (name := _named(agency)) is None:
        return None
    # a bare place above a township is a government's short name, as often its superior's
    return name if name != agency or agency.endswith(("镇", "乡", "街道")) or _agency_like(agency) else None


# A department's own OGI rules, named with it (《X统计局信息公开制度》, 《X气象局政务公开办法》, 《X交通运输厅政府信息公开
# 条例实施办法》): when nothing else names it, these do (M06: rounds 59, 62 and 65, three agencies' pages left unnamed,
# each labelled so by its reader). Only a department's: a government's 办法 binds the bodies below it.
_OWN_RULES = re.compile(r"《(?P<agency>[^《》，。、\s<>]{2,30}?(?:局|厅|委员会|委))" + _OGI_DOCUMENT_WORDS
                        + r"(?:制度|办法)》")


def _own_rules(lines: list[str]) -> str | None:
    return _first_named(lines, _OWN_RULES, lambda text: None if _NATIONAL_BODY.search(text) else _agency_like(text))


_TAIL_ONLY = frozenset({"办事处", "人民政府", "政府", "委员会", "管理委员会"})


# A page's clock: today's date with its weekday, unlabelled, near the top (2019年12月3日星期二), under or
# beside the site's own name (天津市宝坻区人民政府, 天津政务网). Neither is the report's: not its
# year, not its date, not its agency. Catalogue M11, tenth round: five agencies' pages on four
# sites (three district portals and the city's).
_SITE_CLOCK = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]")
_CLOCK_LINES = 10  # how near the top a clock is looked for
_SITE_NAME_LINE = 20  # a site's name over its clock is a short line


def without_site_clock(lines: list[str]) -> list[str]:
    """The lines with a page's clock, and the site's name printed over or beside it, blanked
    (the line count kept, so that line numbers hold)."""
    if not any(_SITE_CLOCK.search(line) for line in lines[:_CLOCK_LINES]):
        return lines
    kept = list(lines)
    for i, line in enumerate(lines[:_CLOCK_LINES]):
        m = _SITE_CLOCK.search(line)
        if m is None:
            continue
        before = _clean(line[:m.start()]).strip()
        if before and (len(before) > _SITE_NAME_LINE or _DATE_LABEL_BEFORE.search(before)):
            continue  # a labelled date (发布时间：…) or a sentence, not a clock
        kept[i] = ""
        above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if not before and above is not None and len(_clean(lines[above]).strip()) <= _SITE_NAME_LINE \
                and not _YEAR_IN_TITLE.search(lines[above]):
            kept[above] = ""
    return kept


# A place printed twice at a name's start (由北京市大兴区北京市大兴区发展和改革委员会编制, 请与X旗X旗人民政府
# 办公室联系): a template's slip, the name once (M06: round 10's district commission, rounds 19 and 20)
_DOUBLED_PLACE = re.compile(rf"^([{HAN}]{{1,12}}?(?:省|自治区|市|州|盟|地区|区|县|旗))\1")
# A zone's generic word alone (开发区坚持…, 投资区主动公开…, a spam mirror's 园区) names no zone:
# round 10's and round 20's zone committees, round 12's mirror, realdev r192's bracketed name
_ZONE_WORDS = "开发区|高新区|投资区|新区|园区|片区|试验区|示范区|保税区|工业区|经开区"
# (the committee's word alone too, 管委会 of its portal's name 管委会门户网站: 222d02's zone bureau, whose page names no one)
_GENERIC_ZONE = re.compile(r"^(?:(?:经济技术|技术|经济|高新技术|产业|工业|综合保税|保税|华侨)?"
                           rf"(?:{_ZONE_WORDS})(?:管理委员会|管委会|党工委)?|管理委员会|管委会|党工委)$")


# A zone is named by its zone word, with no body's word after it (舒城经济开发区, 青岛高新区: how
# nine studied zones' pages print and were labelled). Read only on a line of its own above a title
# that names no agency (河北饶阳经济开发区 / 2022年政府信息公开工作年度报告: round 23's spam mirror),
# the M07 position, where any other name is read.
_ZONE_NAME = re.compile(rf"^[{HAN}]{{2,16}}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区"
                        r"|工业园区|产业园区|综合保税区|保税区)$")


def _zone_name(line: str) -> str | None:
    name = _clean(line)
    return name if _ZONE_NAME.match(name) and not _GENERIC_ZONE.match(name) else None


# Latin letters between the Chinese characters of a name: a mirror's brand put in place of a word of it (青川县德赢VWIN办公室
# for …人民政府办公室: 110b02, one of five pages of one spam mirror of a county's site; M14, a guard: no agency's name
# studied or labelled holds one)
_LATIN_INSIDE = re.compile(rf"[{HAN}][A-Za-z]{{2,}}[{HAN}]")


def find_agency(lines: list[str], title: str | None, title_index: int | None, place_prefix_ends,
                year: int | None = None) -> str | None:
    """The agency as the report prints its own name (seed 002: the signature's
    鄞州区卫生健康局, not the 宁波市鄞州区卫生健康局 of a sentence). `year`, the year reported on where known, tells
    the report's own announcement from an earlier year's report listed among the items published."""
    agency = _printed_agency(lines, title, title_index, year)
    if agency is not None:
        agency = _declared_full_name(agency, lines, place_prefix_ends) or agency
    return None if agency is None or _GENERIC_ZONE.match(agency) or _LATIN_INSIDE.search(agency) else agency


# a short name the report declares for itself, X(以下简称“Y”): Y is X, the name printed in full
_DECLARED_SHORT = re.compile(rf"(?P<full>[{HAN}]{{3,30}})[（(]以下简称[“\"「]?(?P<short>[{HAN}]{{2,12}})[”\"」]?[)）]")


def _declared_full_name(short: str, lines: list[str], place_prefix_ends) -> str | None:
    """The full name the report gives where it declares `short` its short name (中山市供销合作联社(以下简称“市供销社”), then
    市供销社 in every sentence: 206d09's untitled city body, read as 市供销社; 江门市人民政府办公室(以下简称市府办公室): 156c06's
    city office, read as 市府办公室; M06, the report's own words for its name)."""
    for raw in lines[:40]:
        if "以下简称" not in raw:
            continue
        for m in _DECLARED_SHORT.finditer(_clean(raw)):
            if m.group("short") == short:
                full = _declared_name_start(m.group("full"), place_prefix_ends)
                if full and len(full) > len(short) and _agency_like(full) == full:
                    return full
    return None


def _declared_name_start(words: str, place_prefix_ends) -> str | None:
    """The name in the run of characters before 以下简称: from the place, or central body, it starts with.

    The run reaches back to the sentence's last mark and so holds the words before the name (本报告由, 结合, 认真贯彻落实…);
    the full names the rule rests on all start with a place or a central body (中山市供销合作联社, 江门市人民政府办公室,
    国家税务总局…税务局). The words before may name a place too: the name starts anew where the same place or body comes
    back (根据中山市人民政府要求中山市供销合作联社, 国家税务总局统一部署国家税务总局江门市税务局) or where the words
    between name no body (认真贯彻落实条例精神中山市…); a place after a body's word is inside the name (江门市公安局蓬江区
    分局, 中山市人民政府驻广州市办事处). A run still holding a sentence's words (根据广东省人民政府要求中山市…) gives no name,
    and the short name stays; so does one with no place (two reviews of 1a908b0)."""
    start = reach = last = None
    heads: set[str] = set()
    for at in range(len(words) - 2):
        rest = words[at:]
        central = _CENTRAL_BODY.match(rest)
        ends = place_prefix_ends(rest) if central is None else {central.end()}
        if not ends:
            continue
        head = rest[:min(ends)]
        goes_on = reach is not None and (at <= reach or words[reach:at] in ("人民政府", "政府"))
        if start is None or (not goes_on and (head in heads or not _BODY_WORD_END.search(words[reach:at]))):
            start = at
        heads.add(head)
        reach, last = max(reach or 0, at + max(ends)), at
    # (the sentence's words are looked for before the last place only: 中山市精神文明建设委员会办公室 holds 精神 itself)
    if start is None or _SENTENCE_WORDS.search(words, start, last):
        return None
    return words[start:]


# a body's word ending the words before a place, which the place is then part of (公安局蓬江区分局, 人民政府驻广州市办事处;
# not 省委坚强领导下 nor 召开会议后: third review)
_BODY_WORD_END = re.compile("(?:局|委|办|政府|驻|厅|院|中心|处|所|站|会|部|署|行|社)$")
# the words of a sentence, which no name holds (要求, 部署: the words before a name a place began)
_SENTENCE_WORDS = re.compile("要求|部署|根据|按照|依据|结合|贯彻|落实|精神")


# a central body before a place, 国家税务总局江门市税务局, 中国人民银行江门市中心支行 (not 中国特色…: a body's last word)
_CENTRAL_BODY = re.compile(rf"(?:国家|中国)[{HAN}]{{0,10}}?(?:总局|局|署|委员会|部|银行)")


def without_doubled_place(name: str) -> str:
    """The name once a place printed twice at its start is joined once (the caller applies it
    after any place is joined from a sentence, which may print the place twice too)."""
    return _DOUBLED_PLACE.sub(r"\1", name)


# a line of a site's menu printed as a list (- 政策解读 / - 经济发展 / - 项目中心): an item with a listed item beside it
# names a page of the site, not the report's agency (135b11, a province's report on a news portal's mirror, read as
# 项目中心; a guard of M03's site chrome)
_LIST_ITEM = re.compile(r"^\s*[-–]\s+\S")


def _nearest_line(lines: list[str], i: int, step: int) -> str:
    """The nearest non-blank line before (`step` -1) or after (+1) line i; empty if none."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return lines[j] if 0 <= j < len(lines) else ""


def _menu_item(lines: list[str], i: int) -> bool:
    if not _LIST_ITEM.match(lines[i]):
        return False
    # (the line before, and only then the line after: a list of links has a short item beside each)
    return any(_LIST_ITEM.match(line := _nearest_line(lines, i, step)) and len(line.strip()) <= 12 for step in (-1, 1))


# a line under 请联系: names the contact, often the agency's own office (请联系: / X委员会办公室 / 电话:…), not the agency
# (151a03's city commission, read as its office; a guard of the name on a line of its own)
_CONTACT_PROMPT = re.compile(r"联系(?:方式|人|单位)?\s*[:：]\s*$")


def _after_contact_prompt(lines: list[str], i: int) -> bool:
    return _CONTACT_PROMPT.search(_nearest_line(lines, i, -1)) is not None


# a former body's name printed with 原 before it (原安丘市卫生和计划生育局2018年度…报告: 251c12's county bureau; 原上海市劳动和
# 社会保障局, 201a04; 原桉泽市X局, 39b09: M07, three agencies' pages, each labelled without it): the name without it; never
# a place whose own name starts with 原 (原平市, 原阳县: one character before the level)
_FORMER = re.compile(r"^原(?=[^省市县区旗州盟\W\d]{2,}(?:省|自治区|市|县|区|旗|州|盟))")


def _printed_agency(lines: list[str], title: str | None, title_index: int | None, year: int | None = None) -> str | None:
    agency = _agency_from_title(title) if title else None
    if agency in _TAIL_ONLY and title_index:
        # the name broken across lines, its government's word on the title's line
        # (X区人民政府X街道 / 办事处2023年政府信息公开工作年度报告): M07, third round
        before = next((_clean(raw) for raw in reversed(lines[:title_index]) if raw.strip()), "")
        agency = _agency_like(before + agency) or agency
    if agency is None and title_index is not None:
        for raw in reversed(lines[:title_index]):
            if raw.strip():
                # (a bare place too, the title split after it: 重庆市大渡口区 / 2023年政府信息公开工作年度报告, a
                # place-only title as M08 reads it; round 36's district, named nowhere else, and eight pages of
                # rounds 8-35 printing the same split, read from their prose)
                # (a cover letter's title split after the sent report's place, X办公室关于印发X区 / 2024年度…报告的
                # 通知: the sender before 关于, as on one line; 168b03's district, read as the whole first half)
                line = _COVER_LETTER_TAIL.sub("", _clean(raw))
                agency = _agency_like(line) or _agency_before_year(line) or _zone_name(line) or _named(line.strip())
                break
    if agency is None:
        for i, raw in enumerate(lines[:10]):
            if raw.strip() and not _menu_item(lines, i) and not _after_contact_prompt(lines, i):
                agency = _agency_like(raw, government_offices=False)
                if agency:
                    break
    if agency is None and (agency := _prose_agency(lines, year)) is not None:
        agency = expanded(agency, lines)
    # last, what stands around the report: its page fields, its own documents' names, its site
    for beside in (_publisher, _own_document, _source_field, _own_rules, _own_site):
        if agency is not None:
            break
        agency = beside(lines)
    if agency is not None:
        agency = _without_site_words(re.sub(rf"(?<=[{HAN}])\s+(?=[{HAN}])", "", _after_trail_words(agency)))
        agency = _without_betting_brand(agency)
    if agency is not None:
        agency = _FORMER.sub("", agency)
    if agency is not None and not (len(agency) <= 6 or agency[0] in "区市县省"):
        return agency  # a full name already: no need to read the signature block
    # Longer forms of the same name: the signature block and 填报单位.
    longer: list[str] = []
    for i, raw in enumerate(lines):
        if (len(raw) > _MAX_SIGNATURE_LINE and "填报单位" not in raw) or _menu_item(lines, i):
            continue  # prose, not a signature; or a site's menu
        m = _FILING_UNIT.search(_clean(raw))
        candidate = _agency_like(m.group(1) if m else raw, government_offices=False)
        if candidate:  # (a betting brand's line is none: 365bet(中国)官方网站 2024年政府)
            candidate = _without_betting_brand(candidate)
        if candidate:
            longer.append(candidate)
    if agency is None:
        return longer[-1] if longer else \
            _section_subject(lines) or _township_in_passing(lines) or _subject_after_a_requirement(lines)
    # a longer form adds only places before the name (鄞州 before 区卫生健康局, 遂宁市 before 船山区民政局),
    # never a cut sentence (一是制定乌恰县审计局) or a field's spaced label (来        源 乌恰县审计局): round 30
    extensions = [c for c in longer if c.endswith(agency) and c != agency and _places_before(c[:-len(agency)], agency)]
    if extensions and (len(agency) <= 6 or agency[0] in "区市县省"):
        return min(extensions, key=len)
    return agency


_PLACES_ONLY = re.compile("^" + _PLACES + "$")


def _after_trail_words(name: str) -> str:
    """A name with a trail's words before it, its '>' lost ('宝鸡市人民政府门户网站 部门 宝鸡市体育局2022年…': 65a10,
    M01/M03): the last of its spaced parts, where that names an agency and what stands before it is no place nor
    agency of its own (宝鸡市 体育局 and X縣 審計局 stay one name)."""
    parts = name.split()
    before = "".join(parts[:-1])
    # (in Chinese words only: a brand's Latin letters and digits, …_mobile 3650001人民政府, are the brand's)
    if len(parts) < 2 or not _CJK_RUN_ANY.fullmatch(before + parts[-1]) or not _agency_like(parts[-1]):
        return name
    if _PLACE_NAME.match(before) or before.endswith("嘎查") or _AGENCY_SUFFIX.search(before):
        return name
    return parts[-1]


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


def _places_before(prefix: str, name: str) -> bool:
    """Whether prefix is a run of place names, its last level word perhaps the name's first (鄞州 + 区…)."""
    return bool(_PLACES_ONLY.match(prefix) or (name[0] in "区市县省" and _PLACES_ONLY.match(prefix + name[0])))


# The prose names the agency by its abbreviation (枞阳县发改委, 广德市人社局, 省林草局, 市市场监管局)
# and prints the full name once, in the contact, download or e-version sentence: the full name is
# the agency's (M06: four stand-ins' sources in rounds 8-12 and a round-15 city bureau). The full
# name holds the abbreviation's characters in order, and no other body's word before its end.
# A full name printed only inside a quoted document's title (《黄石市环境保护局2018年政务公开工作要点》 beside
# 现公布黄石市环保局…报告, 《兖州区住房和城乡建设局政务公开审核制度》 beside 由区住建局…编制: round 68's city and
# district bureaus) is that document's wording, not the report's naming it: it
# may place the agency, never name it (M06, as complete_with_place reads quoted titles).
_CJK_RUN_ANY = re.compile(rf"[{HAN}]+")
_INNER_BODY = re.compile(r"局|厅|委员会|办公室|人民政府")


def _abbreviated_body(name: str) -> str:
    """The words between the name's place and its kind of body (枞阳县发改委 → 发改)."""
    name = re.sub(rf"^[{HAN}]*?(?:省|自治区|市|自治州|州|盟|区|县|旗)", "", name, count=1)
    suffix = _AGENCY_SUFFIX.search(name)
    return name[:suffix.start()] if suffix else name


_CONJUNCTIONS = re.compile("[和及与、]")
# a site's column holds the abbreviation's characters too (衢州市政府门户网站邮政管理局栏目 over 衢州市邮政管理局: 147b05,
# whose name was read so; a guard, no body's name holds a site's)
_SITE_IN_NAME = re.compile("网站|门户|官网|栏目|专栏|平台|公众号")
# a name going on, within a few words, as a site's or its column's (X街道办事处信息公开栏目)
_SITE_PART_AFTER = re.compile(rf"[{HAN}]{{0,4}}?(?:{_SITE_IN_NAME.pattern})")


def expanded(short: str, lines: list[str], in_documents: bool = False) -> str:
    """The full name an abbreviated one stands for, where the report prints it once; with `in_documents`, also
    inside quoted documents' titles (to locate the agency, never to name it)."""
    body = _abbreviated_body(short)
    if len(body) < 2 or _BRACKETS.search(short):
        return short  # a government (巴州人民政府) or a name too short to tell
    found: set[str] = set()
    for raw in lines[:40]:
        raw = _clean(raw)
        for run in _CJK_RUN_ANY.finditer(raw if in_documents else without_quoted_documents(raw)):
            text = run.group()
            for end, char in enumerate(text):
                if char != short[-1]:
                    continue
                # the shortest stretch ending here that holds the abbreviation's characters in order,
                # no longer than a name (a long run without punctuation must not make this quadratic)
                i, j, stop = len(short) - 1, end, max(-1, end - _MAX_NAME)
                while i >= 0 and j > stop:
                    if text[j] == short[i]:
                        i -= 1
                    j -= 1
                if i >= 0:
                    continue
                name = text[j + 1:end + 1]
                if short in name or body in name or _INNER_BODY.search(name[:-1]) or _SITE_IN_NAME.search(name):
                    continue  # the same name with more around it (商务局 → 商务和粮食局), or two bodies, or a site
                if _CONJUNCTIONS.sub("", name) == short:
                    continue  # two things joined (重大政务和大厅日常工作 is no 政务大厅 in full: 93a03, a guard)
                # the abbreviation's last character opens the full name's last word (X委 → X委员会, X政管办 →
                # X政务服务监督管理办公室: round 52's district office had lost its 公室)
                for last, rest in (("委", "员会"), ("办", "公室")):
                    if short.endswith(last) and text.startswith(rest, end + 1):
                        name += rest
                if len(name) > len(short) and _agency_like(name):
                    found.add(name)
    return found.pop() if len(found) == 1 else short


# How far before a printed name its place prefix may start (济宁市邹城市 + 唐村镇…)
_MAX_PLACE_PREFIX = 16
_CJK_RUN = re.compile(rf"[{HAN}]+$")
_GOVERNMENT_TAILS = ("", "人民政府", "政府", "办事处", "道办事处", "街道办事处")
# a body's last word, which 政府 never follows: the agencies' own but a government's, and the bodies that are no OGI
# agency of their own (档案馆, 第一中学)
_BODY_NAME_END = re.compile("(?:" + "|".join(w for w in _AGENCY_SUFFIXES if not w.endswith("政府")) + "|处|社|馆|校|学)$")


# An address (地址：某县某镇振兴街19号) prints the places a building is in, not a name: the place
# before the agency's name there never joins it. Catalogue M06, rounds 10 and 12: three townships'
# contact lines (请与X镇人民政府联系（地址：某省某市某区X镇…）).
_ADDRESS = re.compile(r"(?:通讯|办公|联系)?地址\s*[:：]?[^;；，,。)）]*")


def without_addresses(text: str) -> str:
    """The text with every address blanked, its length kept."""
    return _ADDRESS.sub(lambda m: " " * len(m.group()), text) if "地址" in text else text


# The places before a name printed only inside another name do not complete the agency's name: a
# document's quoted title (《崇阳县水务局政府信息公开指南》 over the subject 县水务局, 《娄底市娄星区人民政府办公室
# 关于…的通知》, 《温州市龙湾区天河街道办事处政府信息公开指南》 over 由龙湾区天河街道编制) or a site's or account's
# name (崇阳县水务局网站). Catalogue M08, round 54: the pages behind realdev r420 and r430 and round 54's
# 54a04, three agencies' short names completed from their documents' titles. The report's own quoted
# title (《X2021年政府信息公开工作年度报告》) names the agency and stays. (Whether a government's word printed
# only there, 石门镇政府网站, makes a bare place its government's name, the labels split on: realdev
# r288 and r351 and the readers of 54a17, 54a35 and 56a18 say no, r57, r313 and r432 yes; government_of_place
# is left.)
_QUOTED_DOCUMENT = re.compile(r"《[^《》]{1,80}》")
_SITE_AFTER = re.compile(r"(?:门户)?(?:网站|网|公众号|微信|微博|客户端|APP|抖音|头条|视频号)", re.IGNORECASE)
# a government's own word after a place's name (X镇人民政府, X镇政府, X街道办事处)
GOVERNMENT_WORD = re.compile(r"人民政府|政府|办事处")


def without_quoted_documents(text: str) -> str:
    """The text with every quoted document's title blanked (the report's own kept), its length kept."""
    if "《" not in text:
        return text
    return _QUOTED_DOCUMENT.sub(lambda m: m.group() if "报告" in m.group() else " " * len(m.group()), text)


def _names_a_site(text: str, end: int) -> bool:
    """The name ending at `end` goes on as a site's or account's name (X镇政府网站), its quotes closed first or not
    (“X区X街道办事处”微信公众号: round 68's street, the account's name quoted as accounts' names mostly are)."""
    # (its government's word between, 通过清水县白沙镇人民政府网站 for a subject 白沙镇: the site's name, 94d03; a guard)
    end += len(m.group()) if (m := GOVERNMENT_WORD.match(text, end)) else 0
    return _SITE_AFTER.match(text, end + (text[end:end + 1] in "”\"")) is not None


def complete_with_place(agency: str, lines: list[str], place_prefix_ends, anywhere: bool = False) -> str:
    """The fullest form of the agency's name the report prints as a name: the
    title says 唐村镇人民政府 or 光辉街道, a line of its own (the signature, the
    line under the title) 邹城市唐村镇人民政府 or 光辉街道办事处. A sentence's
    fuller form counts only when no such line prints the name (seed 002 keeps
    its signature's 鄞州区卫生健康局 over a sentence's 宁波市鄞州区卫生健康局).

    Before the name, only places join it: `place_prefix_ends(text)` gives where
    a run of place names at the start of text can end, and a prefix is taken
    only when place names cover all of it (按照, 现公布 never join).
    With `anywhere`, a sentence's form counts as much as a name line's: the
    fullest form printed, to locate the agency, never to name it.
    """
    best: tuple[bool, int, str] | None = None
    # a name that starts with its level (区卫生和计划生育局) takes the place printed before it
    # (翔安区卫生和计划生育局): M08, the level-only name; a province's too (现将省水利厅…报告如下 under
    # 辽宁省水利厅…: round 18, as rounds 9 and 15 saw '省X厅' short names)
    level_only = agency[0] in "省区县市旗"
    # (whether the report announces the name bare, read only when an office's places are met: most calls meet none)
    announced_bare = False if anywhere or level_only or GOVERNMENT_WORD.search(agency[-4:]) else None
    for raw in lines:
        if agency not in raw:
            continue  # (blanking only ever removes an occurrence: most lines need none)
        if not anywhere:
            raw = without_quoted_documents(without_addresses(raw))
        start = raw.find(agency)
        if start < 0:
            continue
        own_line = _agency_like(raw)
        if own_line is None and len(raw) <= 80 and _TITLE_WORDS.search(raw) and not anywhere \
                and not _SENTENCE_MARKS.search(raw):  # (a sentence announcing the report is no title)
            # a second title completes the name with its government's word as a line of its own does
            # (民主街2025年…报告 above the page's fields, 民主街道办事处2025年…报告 under them: 66a04, M07/M08)
            titled = _agency_from_title(_clean(raw).strip()) or ""
            if titled.startswith(agency) and titled[len(agency):] in _GOVERNMENT_TAILS[1:]:
                best = _fuller(best, (True, len(titled), titled))
        if own_line and agency in own_line:
            at = own_line.find(agency)
            # places before, the government's own word after (光辉街道 → 光辉街道办事处),
            # never an office of it (淮北市人民政府 ≠ 淮北市人民政府办公室)
            # a name that starts with a division's last character was cut inside its place
            # (州行政审批服务局 under a page title; the line below prints 湘西自治州…): M08
            cut = agency[0] in "州市县区旗盟" and own_line.endswith(agency) and at > 0
            # (an office's short name, X民防办, completed the same way by X民防办公室 on the line under the title:
            # 140b01's district office, whose title prints the short one)
            tail = own_line[at + len(agency):]
            # (a body's name never takes 政府: 2013年X市财政局政府 / 信息公开年度报告, a title split after its 政府,
            # 192d01's city bureau on a traditional copy, read as X市财政局政府; a guard. A place does, with its level's
            # character or without it: 句容人民政府, 茅溪人民政府)
            of_a_body = tail.endswith("政府") and _BODY_NAME_END.search(agency) is not None
            if (tail in _GOVERNMENT_TAILS or (tail == "公室" and agency.endswith("办"))) and not of_a_body and (
                    at == 0 or at in place_prefix_ends(own_line) or cut):
                best = _fuller(best, (True, len(own_line), own_line))
            continue
        # (a sentence saying who compiled the report, 由北京市X区Y委编制的2017年度…报告 under the title's X区Y委2017年…, prints
        # its fuller form inside a sentence: 北京's district template, 248a07's and 252a08's readers and 243a07's kept the
        # title's; untitled, the compiler is the name found and nothing here adds to it)
        # (a level-only name, 区卫生健康局 in the title, still takes the compiler's place, 由宁波市鄞州区卫生健康局编制…: the
        # review of 2d3e2d0)
        names_itself = len(raw) <= _MAX_SIGNATURE_LINE and _TITLE_WORDS.search(raw) is not None \
            and (level_only or not _AREA_PREFIX.match(agency) or not _COMPILED_BY_WHOLE.search(raw))
        while start >= 0:
            if not anywhere and _names_a_site(raw, start + len(agency)):
                start = raw.find(agency, start + 1)
                continue
            prefix = _place_run_before(raw, start, agency, place_prefix_ends, level_only)
            if prefix and announced_bare is not False and _ITS_OFFICE_AFTER.match(raw, start + len(agency)):
                if announced_bare is None:
                    announced_bare = _announced_bare(agency, lines, place_prefix_ends)
                if announced_bare:
                    prefix = ""
            # (the district's government before a street office, unless the name goes on as a column's or site's, X区人民政府
            # X街道办事处信息公开栏目: the column's name, realdev r218's street, whose reader kept the office's own name)
            if not prefix and not _SITE_PART_AFTER.match(raw, start + len(agency)):
                prefix = _district_government_before(raw, start, agency, place_prefix_ends)
            best = _fuller(best, (names_itself or anywhere, len(prefix) + len(agency), prefix + agency))
            start = raw.find(agency, start + 1)
    return best[2] if best else agency


# A body's office named with its places in a sentence, 请与三元区列东街道党政办公室联系 or 由永安市燕北街道党政办…编制 under an
# announced 列东街道, 燕北街道, or 请与杭州市滨江区民政局办公室联系 under 由滨江区民政局编制: the office's name, whose places the
# readers left off the body's as printed (253c12, 256c03, 256c04, 256c07, 256c08, 235b01, 228a10…: M08, the fuller or shorter
# name); a government's name printed so is its name (钦北区大寺镇人民政府党政办), as the reading conventions say
_ITS_OFFICE_AFTER = re.compile(r"(?:党政|综合|行政)?(?:办公室|办)(?!事处)")
# the report named with the body's bare name: 特向社会公布燕北街道2019年信息公开年度报告, 特编制吴兴区审计局2023年…报告, 由滨江区民政局
# 编制 (a body named only in its office's contact line, 请与厦门市同安区卫生健康局办公室联系, or in the prose, 2021年,花山区财政局认真…,
# takes the places its readers took: 243c12, 243c13, 226b06)
_REPORT_AFTER_NAME = re.compile(r"\s*(?:\d{4}\s*年度?)?(?:的)?(?:政府|政务)?(?:信息公开|政务公开)|\s*(?:依照|根据|结合)?[^，。；]{0,12}?编制")


def _announced_bare(agency: str, lines: list[str], place_prefix_ends) -> bool:
    """Whether a line names the report with the agency's name and no place before it (…公布X2019年…报告, 由X编制)."""
    for raw in lines:
        start = raw.find(agency)
        while start >= 0:
            after = start + len(agency)
            # (the compiler only after 由: X编制 alone may be a part of a sentence about other work)
            m = _REPORT_AFTER_NAME.match(raw, after)
            names_report = m is not None and ("编制" not in m.group() or raw.endswith("由", 0, start))
            if names_report and not _place_run_before(raw, start, agency, place_prefix_ends):
                return True
            start = raw.find(agency, start + 1)
    return False


def _place_run_before(text: str, start: int, name: str, place_prefix_ends, level_only: bool = False) -> str:
    """The run of place names printed just before `name` at `start` (仁寿县 before 凤陵乡人民政府), or ''.
    A level-only name (区卫生局) also takes a place whose level's character it prints itself."""
    run = _CJK_RUN.search(text[max(0, start - _MAX_PLACE_PREFIX): start])
    before = run.group() if run else ""
    return next((before[k:] for k in range(len(before))
                 if len(before) - k in place_prefix_ends(before[k:] + name)
                 or (level_only and len(before) - k + 1 in place_prefix_ends(before[k:] + name))), "")


def _district_government_before(text: str, start: int, name: str, place_prefix_ends) -> str:
    """A street office printed with its district's government before it, the office's full name: the places and
    人民政府 (宁波市江北区人民政府庄桥街道办事处 as an index block's 发布机构, 北京市西城区人民政府X街道办事处 in a guide's name,
    北京市东城区人民政府X街道办事处 as a sentence's subject: 78b14, 30a12, 30a13 and 155a09, whose readers labelled it so),
    or ''."""
    if not name.endswith("办事处") or not text.endswith("人民政府", 0, start):
        return ""
    places = _place_run_before(text, start - 4, "人民政府" + name, place_prefix_ends)
    return places + "人民政府" if places else ""


def _fuller(best: tuple[bool, int, str] | None, key: tuple[bool, int, str]) -> tuple[bool, int, str]:
    """The better of two forms of a name: one printed as a name first, then the longer."""
    return max(best, key) if best else key


# what 政府 after a place may begin that is no government's name: 政府信息, or a street's name (政府街, 政府路)
# (nor 政府信 where an excerpt cuts the page, …《青云谱区政府信: 139b11's district, read as 青云谱区政府; a guard)
# (nor a site's short name, X政府网站: 142a06's zone, 132d08's prefecture and realdev r288's town, whose readers kept the
# bare place; 44a14's reader, behind realdev r432, took its district's 政府 from such a name and an OGI office's: split)
# (nor the yearly 政府工作报告 unquoted, 及时公布2020年X区政府工作报告: a document's name, 155a08's district, whose subject
# prints the bare place; a guard)
_NOT_ITS_GOVERNMENT = rf"(?!信息|信(?![{HAN}])|街|路|大街|大道|巷|网|门户|驻地|工作报告)"


_ZONE_KIND = re.compile(rf"(?:{_ZONE_WORDS}|经济区|合作区)$")
_ZONE_TAILS = ("管理委员会", "管委会")
# (nor the committee's site or building, X开发区管委会网站, X开发区管理委员会办公楼…室: 135b08's and 142a06's zones, whose
# readers kept the bare place)
_NOT_ITS_COMMITTEE = "(?!网|办公楼|大楼)"
# what may not follow each government's word after the place (人民政府 and 办事处 nothing)
_NOT_AFTER_TAIL = {"政府": _NOT_ITS_GOVERNMENT, **dict.fromkeys(_ZONE_TAILS, _NOT_ITS_COMMITTEE)}


# the report speaking as a government's office (2023年,我办…; 本办…; 我厅, an 办公厅's): the office's own report, though its compiler clause or
# title names the government it serves (M06's compiler class: 134b01, 152a08 and 156b07, three offices' reports, 由X人民政府
# 办公室…编制, X人民政府办公室编制了本报告 or a place-only title over X人民政府办公厅, each read as the government; their readers
# labelled the office)
_OFFICE_SPEAKING = re.compile("我办|本办|我厅|本厅")


def office_speaking(agency: str, text: str, title: str | None = None) -> str:
    """The government's office where the report speaks as it (我办) and prints the office's name after the
    government's as a name (闽侯县人民政府 → 闽侯县人民政府办公室); the agency otherwise, and always where the
    title names the government in full (韶关市武江区人民政府2018年…报告 over 我办收到…: 165c01, whose reader took
    the government; the three pages of the class name it only in a compiler clause or a place-only title)."""
    if not agency.endswith("政府") or not _OFFICE_SPEAKING.search(text) or (title and agency in title):
        return agency
    office = re.search(re.escape(agency) + "(?:办公室|办公厅)", text)
    return office.group() if office else agency


# The other way round: a government's office named only as the compiler (由X市政府办公室编制), which never speaks
# as itself (我办, 我厅, or its name opening a sentence) and is not the title's name, compiled its government's report
# (M06's compiler class: 132c11 and 133c07 洛阳, 134b03 安义, 141b04 奉贤, 166d01 城中区, four governments' pages read as
# the office, each labelled with the government or its bare place); the government is named as M08 names a place-only
# title's
_GOVERNMENT_OFFICE = re.compile(r"^(?P<place>.+?)(?:人民)?政府(?:办公室|办公厅)$")


def government_of_compiling_office(agency: str, text: str, title: str | None, place_prefix_ends) -> str:
    """The government whose report its office compiled without speaking as itself; the agency otherwise."""
    m = _GOVERNMENT_OFFICE.match(agency)
    if m is None or _OFFICE_SPEAKING.search(text) or (title and agency in title) \
            or not re.search("由" + re.escape(agency) + "[^，。；,;]{0,20}?(?:编制|编写|汇总)", text) \
            or re.search(rf"(?:^|[。；;]|\d年度?[，,]?){re.escape(agency)}(?:{_SUBJECT_VERBS})", text, re.M):
        return agency
    return government_of_place(m.group("place"), text, None, place_prefix_ends)


def government_of_place(agency: str, text: str, short: str | None, place_prefix_ends) -> str:
    """A title that names only a place (大寺镇2023年…, 光辉街道2021年…) is its
    government's report: the name becomes 大寺镇人民政府 / 光辉街道办事处 when the
    text prints that form anywhere (catalogue M08, a bare place as the title's
    name); a place whose government's name is never printed stays as it is.
    A government the text prints only after its county's or city's names is
    named so (仁寿县凤陵乡人民政府); `place_prefix_ends` is the gazetteer's."""
    if not _PLACE_NAME.match(agency) or _AGENCY_SUFFIX.search(agency):
        return agency
    # (a zone's government is its committee: 鄂州市临空经济区2021年… over 对鄂州市临空经济区管理委员会…进行报告, 143c08, and
    # 137a02's 长春经济技术开发区 over its 管委会, whose readers took the committee's name; a wording of M08)
    # (a 新区 may be a district with a government of its own, 上海市浦东新区2012年… over 由浦东新区人民政府办公室…编制:
    # 179a01; a zone's committee is looked for first)
    tails = ("办事处",) if agency.endswith("街道") else (*_ZONE_TAILS, "人民政府") if agency.endswith("新区") \
        else _ZONE_TAILS if _ZONE_KIND.search(agency) else ("人民政府", "政府")
    # The government's name as the text prints it (the gold conventions): a title's places before the name
    # (洪雅县止戈镇2022年… over a printed 止戈镇人民政府) are kept only where the text prints them with the
    # government's word. The third round joined them; the readers of rounds 8–30 labelled 24 such pages with
    # the name as printed and 11 with the title's places (M08).
    stem = short if short and agency.endswith(short) else agency
    stems = dict.fromkeys([stem, _LEADING_PLACES.sub("", stem)])
    # 坑镇政府信息公开工作年度报告 is 坑镇's 政府信息公开 report: no 政府 of its own; nor is a street named for it
    # (地址:毗卢镇政府街1号, the contact's address under a title naming only the place: 106b08, a guard)
    government = next((name + tail for tail in tails for name in dict.fromkeys([agency, *stems]) if len(name) >= 2
                       and re.search(re.escape(name) + tail + _NOT_AFTER_TAIL.get(tail, ""), text)),
                      agency)
    if government == agency:
        return government
    # printed only after its places, in the contact, the compiler clause or an address (凤陵乡2016年… over
    # 本报告由仁寿县凤陵乡人民政府…编制, 请与仁寿县凤陵乡人民政府联系; 山城镇 over 办公地址:梅河口市山城镇人民政府): the
    # name as printed, places and all (the gold conventions' name as the text prints it; M08: 77a15, 77d02, 40b04,
    # 45a14, 47a01 and towns of rounds 22, 24 and 58, whose blind readers joined the places their source line,
    # compiler clause or contact printed, right only with the place prefix aside until then); one occurrence
    # printed bare keeps the bare name (止戈镇人民政府)
    # (a document's quoted title names no agency: 《娄底市娄星区人民政府办公室关于…》, realdev r430)
    unquoted = without_quoted_documents(text)
    printed = set()
    for at in (m.start() for m in re.finditer(re.escape(government), unquoted)):
        prefix = _place_run_before(unquoted, at, government, place_prefix_ends)
        prefix = prefix or _district_government_before(unquoted, at, government, place_prefix_ends)
        if not prefix:
            return government
        if unquoted.endswith(tuple("省市州盟区县旗"), 0, at - len(prefix)):
            return government  # a place the gazetteer does not know stands before: the run is not the whole name
        printed.add(prefix + government)
    return printed.pop() if len(printed) == 1 else government


# the provinces, cities and counties before a township's or street's own name
# (the longest run ending in a level's character that leaves a township's name of two characters or more: a lazy run
# stopped at the 州 inside 巴州区 or 湖州市 and left 区曾口镇, 76d09)
_LEADING_PLACES = re.compile(rf"^[{HAN}]+(?:省|自治区|市|自治州|州|盟|区|县|旗)(?=[{HAN}]{{2,}}(?:镇|乡|苏木|街道)$)"
                             # (and the province or city before a county's or district's name, 武汉市江岸区2025年… over a
                             # printed 江岸区人民政府: 141c07, 138a01, 133c11, three districts' pages whose readers took the
                             # government's name as printed)
                             rf"|^[{HAN}]+?(?:省|自治区|市|自治州|州|盟|地区)(?=[{HAN}]{{2,}}(?:区|县|旗|市)$)")


def find_report_year(text: str, title: str | None) -> int | None:
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m and (year := _year_value(m.group(1))):
            return year
    if year := _period_year(half_width(text)):
        return year
    # the year glued before the name with no 年 (2009某市某镇政府信息公开工作年度报告: M09, as the agency reads
    # it; round 43's town, whose excerpt prints no other year but later dates), after the statistics period,
    # which wins where the glued year is misprinted too (2022度… over a 2023 period: round 34's street, r391)
    if title and (m := _GLUED_YEAR.match(title)):
        return int(m.group()[:4])
    for raw in text.split("\n")[:15]:
        line = _clean(raw)
        # a line that is only a date ('(2015年3月17日)', '2018年3月' under the issuer's name) is when
        # the report came out: M11, a date line under a title with no year (eighth round, two
        # agencies' pages; the third round's full date alone under the title)
        if _DATE_ONLY_LINE.fullmatch(line.replace(" ", "")):
            continue
        # a labelled full date (发布时间：2020年01月31日) is when the page went up, not the year reported
        # on: M11, two agencies' pages in the fifth round read the year after it (截止2020年12月31日
        # still gives the year)
        # nor a full date something began on (2004年5月1日起本区开始…, 《条例》自2008年5月1日起施行): round 20
        # nor a year a span of several runs from (系统梳理了2015年以来…出台的文件, 自2016年以来: 93b11's untitled
        # report, whose own year comes later; a guard), nor the year the body or its site was set up (园区是2012年经省政府
        # 批准成立的, 官方网站于2019年11月21日正式上线: 97c09's and 97a04's untitled reports, guards of the same class)
        # (nor the page's date with the report's opening run into it, _DATE_RUN_INTO_OPENING: realdev r222's zone, as 181c09)
        run_in = _DATE_RUN_INTO_OPENING.match(line)
        m = next((m for m in _YEAR_IN_TITLE.finditer(line, run_in.end() if run_in else 0) if not (
            (date := _DATE_AFTER.match(line, m.end())) and (
                _DATE_LABEL_BEFORE.search(line[:m.start()]) or _STARTED_ON.match(line, date.end())))
            and not _NOT_THE_REPORTS_YEAR.match(line, m.start())), None)
        if m and (year := _year_value(m.group(1))):
            return year
    # every number on a line of its own (2011 / 年政府信息公开 / 年度报告): catalogue M10
    joined = half_width("".join(raw.strip() for raw in text.split("\n")[:30]))
    if year := _period_year(joined):
        return year
    m = _YEAR_BEFORE_REPORT.search(joined)
    if m:
        return _year_value(m.group(1))
    # a report in English, its title on its first lines (Annual Report of X District People's Government … on Government
    # Information Disclosure in 2019, 2015 Annual Report of X …: M12, 173a01–a05's five 北京 districts on mirrors; the
    # title under the body's English name, General Office of X / 2011 Annual Report on…: 174c01's province office)
    first_lines = [raw.strip() for raw in text.split("\n") if raw.strip()][:3]
    if m := next((m for line in first_lines if (m := _ENGLISH_TITLE_YEAR.match(line))), None):
        return int(next(year for year in m.groups() if year))
    # …or, untitled, its statistics period in English (…is from January 1, 2017 to December 31, 2017: M12, 176a05,
    # 178a01 and 178a02, three 北京 districts' reports with no title on mirrors; the end's year may be left out, as in
    # Chinese)
    if (m := _ENGLISH_PERIOD.search(text[:3000])) and m.group(2) in (None, m.group(1)):
        return int(m.group(1))
    return None


# an English title's year, before its words or after them (… on Government Information Disclosure in 2019)
# (the first year after the title's words: …Disclosure 2019, issued in 2020 is 2019's; the forms began in 2008)
# (or a work report's, X government information publicity work report for 2012: 178c03's city on a news site)
_ENGLISH_TITLE_YEAR = re.compile(r"(?:\b(20\d\d)\s+Annual Report\b.{0,160}?Government Information"
                                 r"|Annual Report\b.{0,160}?Government Information\b[^\d\n]{0,40}?\b(20\d\d)\b"
                                 r"|.{0,40}?\b[Gg]overnment [Ii]nformation\b[^\d\n]{0,40}?\b[Rr]eport for (20\d\d)\b)")
_ENGLISH_PERIOD = re.compile(r"\b[Pp]eriod\b[^.]{0,80}?\bfrom January 1(?:st)?,? (20\d\d),? to December 31(?:st)?\b"
                             r"(?:,?\s*(?:of\s+)?(20\d\d))?")


_LAST_YEAR = re.compile("上年|上一年|去年")


def _period_year(text: str) -> int | None:
    """The year of a statistics period from 1 January to 31 December of one year (its end's year may be left out)."""
    # (not last year's, 与上年度(统计时间为2019年1月1日至12月31日)相比: the review of the session's change)
    m = next((m for m in _PERIOD.finditer(text) if not _LAST_YEAR.search(text, max(0, m.start() - 8), m.start())), None)
    return int(m.group(1)) if m and m.group(2) in (None, m.group(1)) else None


# A year printed in an untitled report's opening that is not the one reported on (M09 guards, see find_report_year):
# a span's start, the year something was set up, the next year's plan an outline names (由…“2015年重点工作安排”等七个
# 部分组成 before 数据截止日期为2014年12月31日: 99d07's county bureau)
_SPAN_FROM = r"(?<=[了自从])\d{4}\s*年\s*以来"
# (and a rule's year of coming into force, 尤其是2015年《北京市政府信息公开规定》实施以来 in 161a01's untitled 2016 report of a
# street: a span's start too)
_SPAN_FROM += r"|\d{4}\s*年\s*《[^》]{1,40}》\s*(?:颁布|出台|印发|实施|施行)以来"
_SET_UP_IN = (r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:经[^，。；,;]{0,12}?批准)?(?:正式)?"
              r"(?:成立|上线|挂牌|组建|设立|开通)")
# (or its aims, …、2009年工作目标等八个部分组成 in 218a02's untitled 2008 city report: a wording of 99d07's)
# (an outline's item only: 围绕2020年度工作目标 is the year's own work, review of 39be619)
# (the plan's field may stand between in an outline's item, 工作中遇到的问题和2019年政务公开工作打算等 in 252c08's untitled 2018
# zone report on a copy, read as 2019; a wording of 99d07's. Only as an item: 落实2018年政务公开工作计划 and 根据《2018年政务公开
# 工作计划》 are the year's own work, the review of 62f36b2; or a numbered item's, 六是2019年…打算, （五）2019年…打算: the second review)
_PLAN_OF_YEAR = (r"\d{4}\s*年度?(?:重点)?工作(?:安排|计划|打算|思路)"
                 r"|(?<=[、和及“）)是])\d{4}\s*年度?(?:政府|政务)?(?:信息)?公开(?:重点)?工作(?:安排|计划|打算|思路)(?=\s*(?:等|[。；;]|$))"
                 r"|(?<=[、“])\d{4}\s*年度?工作目标")
# (and the year requests are carried into, 余8件转2023年度办理: 100a13's untitled city commission, whose only year it was)
_CARRIED_INTO = r"(?:(?<=转)|(?<=转[至到入]))\d{4}\s*年"
# (and a span's last year, a plan's 《…规划(2011-2020年)》 in an undated report's opening: 106d11's province office, a guard)
_SPAN_TO = r"(?<=\d{4}[-—–~至到])\d{4}\s*年"
# (and the month the report came out, 2021年3月,报告发布。 over 2020年,上海市…: 139b06's city report on a mirror; the year
# a report builds on, 在2011年工作的基础上 in 139c02's untitled 2012 report of a city bureau: guards)
_REPORT_OUT_IN = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[,，]?\s*本?(?:年度)?报告(?:正式)?(?:发布|公布)"
_BUILT_ON = r"(?<=在)\d{4}\s*年(?:度)?(?:工作)?的?基础上"
# (and an earlier year's report listed among the items published, 公开了…行政权力清单等重点领域信息及2018年度信息公开工作报告
# in 186b08's untitled 2019 report of a city bureau, whose own year comes later: a guard)
# (its title quoted too, 及《2018年度政府信息公开工作年度报告》, or after a space; a 政务公开 report too; not the form's name,
# 和2019年度政府信息公开工作年度报告格式: review of bcd1380)
_REPORT_LISTED = (r"(?:(?<=[及和、])|(?<=[及和、][《\s]))\d{4}\s*年度?(?:政府|政务)?(?:信息)?公开(?:工作)?(?:年度)?(?:报告|年报)"
                  r"(?!》?格式)")
_NOT_THE_REPORTS_YEAR = re.compile("|".join((_SPAN_FROM, _SET_UP_IN, _PLAN_OF_YEAR, _CARRIED_INTO, _SPAN_TO,
                                             _REPORT_OUT_IN, _BUILT_ON, _REPORT_LISTED)))
# (in characters too, (二〇〇九年三月三十日) over 221d02's 2008 street report, read as 2009: a wording of M11)
_DATE_ONLY_LINE = re.compile(rf"[（(]?(?:\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?|{_CN_DATE}{{4}}年{_CN_DATE}{{1,2}}月(?:{_CN_DATE}{{1,3}}日)?)"
                             r"[）)]?")
_DATE_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?")  # (or the month alone: 2008年1月起…, round 45's street)
_DATE_LABEL_BEFORE = re.compile(r"(?:日期|时间)\s*[:：|]?\s*\|?\s*$")
_STARTED = r"起(?!\s*(?:至|到|—|-|~))|开始|正式施行|施行"  # (起至…: the period reported on)
_STARTED_ON = re.compile(rf"\s*(?:{_STARTED})")
# (for the page's date, a rule's coming into force too, 2008年5月1日实施 alone on a line: review of d837deb; not for the year,
# where 2019年6月实施… is as often the year's own work)
_BEGAN_ON = re.compile(rf"\s*(?:{_STARTED}|(?:正式)?实施)")
# (nor the date a law came into force before its name, where the excerpt or a line break cut the sentence: 2008年5月1日《条例》和
# 《规定 closing 198a11's 2009 district commission report, read as published then; a wording of the guard. A law's name only:
# a newspaper's after the page's date, 2014年2月28日 《人民日报》 作者：…, leaves the date the page's, review of ec338ec)
_LAW_AFTER = re.compile(r"\s*《[^》]{0,30}?(?:条例|规定|办法|法)")
# (nor the first day of a span under a date label, 时间:2012年1月1日起至2012年12月31日: the period reported on, in a wiki copy's
# box of 199c06's city report, read as published on its first day; a guard, as 报告时间 is no page date either: under any label
# a span is no day a page went up. Its end is a date or words for one, 至今, 至年底, 至当年12月31日, 到本年度末, after 至, 到, a
# long dash, or a hyphen before a year; 发布时间：2014-02-28 到访人次：35 is no span, nor 2020-02-07-14:53: the two reviews)
_SPAN_ON = re.compile(r"\s*起?\s*(?:(?:至|到|—|～|~|－)\s*(?:\d|[一二]?[一二三四五六七八九十]+月|今|年底|年末|当年|本年|同年)|-\s*\d{4})")
# what after a date on its line makes it no day a page went up
_NO_PAGE_DAY_AFTER = (_BEGAN_ON, _LAW_AFTER, _SPAN_ON)
# the page's date line with the report's opening sentence run into it, 2026年01月12日 来源: 上海普陀本报告根据… or
# 2019年3月26日本年度报告根据… (181b09, 181c09 and 187a05, three agencies' pages on two sites, M11): the page's date, not the
# year reported on; its date is one of _DATE_PATTERNS' written ones, looked for first with a cheap pattern
_DATE_FIRST = re.compile(r"\s*\d{4}\s*[年\-/.]")
_DATE_RUN_INTO_OPENING = re.compile(
    rf"^\s*({_DATE_PATTERNS[0].pattern}|{_DATE_PATTERNS[1].pattern})\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"\s*(?:来源\s*[:：]\s*[^\d\s:：，。]{1,20}?\s*)?(?=本(?:年度)?(?:报告|年报)(?:是)?(?:根据|依据|按照))")
_YEAR_BEFORE_REPORT = re.compile(r"(\d{4})年度?" + _OGI_WORDS + r"[^。，]{0,8}?(?:年度报告|年报)")


def _date(groups: tuple[str, str, str]) -> dt.date | None:
    parts = []
    for g in groups:
        value = int(g) if g.isdigit() else parse_chinese_numeral(g)
        if value is None:
            return None
        parts.append(value)
    try:
        return dt.date(*parts)
    except ValueError:
        return None


# A county or city printed only in the name of a government's site that hosts or publishes the report
# (依托“某县人民政府网站”, 电子版可在“某县政府网”下载, 在某区政府门户网站公开): readers place the agency
# there when its own name places it nowhere (catalogue M08: 39b09, 39b12, 40b09, 43a02, 43b01, 45a09, 47a02 and
# 47a13, eight agencies' pages; realdev r16, r70), also named for its information (宁海县政府信息公开网站,
# 永泰县人民政府公众信息网站: round 57's 57a01 and 57a09, the forms realdev r164, r234, r380 and r445 print).
# Documents' names (《某市政府信息公开规定》) are not
# used: two readers left a township's and a masked city's places blank beside them (39a18, 40a12).
_SITE_PLACE = re.compile(rf"([{HAN}]{{2,12}}?(?:省|市|州|盟|县|区|旗))(?:人民)?政府(?:门户|信息公开|公众信息)?网")


# A township's or street's report that names no place with its own name names the county or district above
# it in passing, as the government it works under: '在泾源县政务公开办指导下', '在佳县政府办指导下',
# '通过南丰县人民政府(http…)', '由无锡市锡山区人民政府某街道…编制' (M08: the pages behind realdev r07, r17, r148
# and r167, four townships and streets in four provinces, read with no place). The place starts after a word
# that opens a phrase or a clause, so that a two-character county is read whole (佳县), never from the
# middle of a noun (公开栏和县…, realdev r174: 和 opens no phrase here); 在, 由 and 经 end a phrase before it
# (某镇在佳县政府办指导下). Each place must be one as a whole, and all must agree (report.py).
# (read in half_width, so its commas, semicolons, colons and brackets are ASCII)
# (not after 《: a place inside a document's quoted name places nothing, as the gold conventions say on the
# readers' labels of 39a18, 40a12, 47a16, 47a19 and round 58's township under 《X州政府信息…制度》)
_SUPERIOR_PLACE = re.compile(
    r"(?:^|(?<=[在由经向。、,;:\s(“])|(?<=通过|按照|根据|依托))"
    r"([^\W\d_a-zA-Z在由经]{1,12}?(?:省|自治区|市|州|盟|县|区|旗))(?=(?:人民)?政府|政务公开)", re.M)
_PHRASE_OPENING = re.compile("通过|按照|根据|依托")  # 我乡通过南丰县人民政府(…): the place after it


def superior_places(text: str) -> list[str]:
    """The places a text names as a county's or district's government, after a word that opens a
    phrase; for a township's or street's report (report.py asks only for those), the government it works
    under. The gazetteer's agreed_place decides whether they name one place."""
    words = (_PHRASE_OPENING.split(m.group(1))[-1] for m in _SUPERIOR_PLACE.finditer(half_width(text)))
    return list(dict.fromkeys(word for word in words if word))


def site_places(text: str) -> list[str]:
    """Words ending in a place word before 政府网: a place name at their end, perhaps after other
    words (依托德安县), which the gazetteer tells apart."""
    return list(dict.fromkeys(m.group(1) for m in _SITE_PLACE.finditer(text)))


def _still_too_long(raw: str) -> bool:
    """Whether a line over _MAX_SIGNATURE_LINE stays over it with each run of spaces counted as one (a line with
    fewer spaces than its excess, as prose lines have, is told at once)."""
    if raw.count(" ") + raw.count("\u3000") + raw.count("\xa0") < len(raw) - _MAX_SIGNATURE_LINE:
        return True
    return len(_SPACE_RUN.sub(" ", raw)) > _MAX_SIGNATURE_LINE


def find_published_on(lines: list[str]) -> dt.date | None:
    """The first labelled date on a short line of the page (发布日期：2020年01月17日　来源：…);
    failing that, the date under the signature: the last line that is only a date (in
    brackets or after a 日期 label too).

    Where a page prints both, its own date is when it was published and the signature's when
    the report was signed or compiled, days or weeks before (catalogue M11: 44a02, 44a03 and
    44a05, 54a23 and 56a14, and the pages behind realdev r67, r79 and r302, eight agencies'
    pages whose readers all took the page's date; the signature's had been read first)."""
    found = issued = titled_on = None
    related = False  # past a label over a list of related pages
    for index, raw in enumerate(lines):
        if index < _TITLE_DATE_LINES and _RELATED_LABEL.match(raw):
            related = True
        raw = raw.rstrip(" |")  # a row of the page's fields padded with bars (catalogue M05)
        # (its fields set apart by runs of spaces are no longer a line for them: 'www.X.gov.cn     发布时间:2022-01-21
        # 来源:…      选择阅读字号:[ ]     阅读次数:', 83 characters, on 106b02, 115b02, 115b04, 115b05, 115b07, 79d05, 80d03
        # and 95c03, eight agencies' pages of one city's site, and realdev r252's county office: catalogue M11)
        # (the page's date with the report's opening run into its line, as long as a sentence: _DATE_RUN_INTO_OPENING)
        if "报" in raw and _DATE_FIRST.match(raw) and (run_in := _DATE_RUN_INTO_OPENING.match(_clean(raw))) \
                and (opened := _first_date(run_in.group(1))):
            return opened
        if (len(raw) > _MAX_SIGNATURE_LINE and _still_too_long(raw)) or not _DATE_HINT.search(raw) \
                or not _YEAR_DIGITS.search(raw):
            continue
        cleaned = _clean(raw).replace(" ", "")
        line = _DATE_LABEL.sub("", cleaned).strip("（）()")
        m = next((m for p in _DATE_PATTERNS if (m := p.fullmatch(line))), None) if line and len(line) <= 20 else None
        if m and _DATE_LABEL.match(cleaned) and (labelled := _date(m.groups())):
            return labelled  # a labelled date on a line of its own (发布时间：…) is the page's own too
        # (so is a date under its label where an index block prints each field's label and value on lines of their own,
        # 发布日期: / 2014-01-08, over a signature's date below: 179a04's county, read as the signature's; the label on one
        # line with its date reads so already, M11)
        bare = m is not None or _BARE_DATE_LINE.fullmatch(cleaned) is not None
        above = _clean(_nearest_line(lines, index, -1).rstrip(" |")).replace(" ", "") if bare else ""
        if m and _PAGE_DATE_LABEL_ALONE.fullmatch(above) and (labelled := _date(m.groups())):
            return labelled
        # (nor under an index block's document-date label printed on the line above, 生成日期 / 2024-01-18 10:59:26: 212d01's
        # county bureau, read as its page's date; the label on one line with its date is refused already, M11)
        # (only a bare date and time: a line of the page's own fields under an empty label keeps its date; second review)
        if _BARE_DATE_LINE.fullmatch(cleaned) and _DOCUMENT_DATE_LABEL_ALONE.fullmatch(above):
            continue
        if m:
            found = _date(m.groups()) or found
        elif (page_date := _page_date(cleaned, raw, index < _TITLE_DATE_LINES)) and (labelled := _first_date(page_date)):
            # (a document's issue date, or the page's update time, first on its line gives way to the page's own date
            # after it; an issue date alone is kept until the page's own date turns up below it, or never does)
            label = _ISSUED_OR_UPDATED_ON.search(cleaned)
            if label and not _LABELLED_DATE.search(cleaned, 0, label.start()):
                later = _LABELLED_DATE.search(cleaned, label.end())
                if later is not None and (published := _first_date(later.group(1))) is not None:
                    return published
                if label.group("issued"):
                    issued = issued or labelled
                    continue
            return labelled  # the page's own date: nothing after it is read over it
        elif found is None and (signed := _NAME_THEN_DATE.fullmatch(line)) and _agency_like(signed.group(1)):
            # (the first such line: a page's list of related links below the report prints names and dates too)
            found = _first_date(signed.group(2))
        # (not in a list of related reports under a label of its own, 相关文章： / X2008年…年报 (2009-03-31): the earlier
        # year's page; review of c36fa63)
        elif titled_on is None and index < _TITLE_DATE_LINES and not related \
                and (titled := _TITLE_THEN_DATE.search(line)):
            titled_on = _first_date(titled.group(1) or titled.group(2))
    return titled_on or issued or found  # (the title's date over a signature's below it)


# (a bare 时间: or 日期: above a date is as often an event's field in the report's body: only the page's own labels)
_PAGE_DATE_LABEL_ALONE = re.compile(rf"(?:{_PAGE_DATE_WORDS})(?:日期|时间)[:：]")
_BARE_DATE_LINE = re.compile(r"[\d\-/.年月日时分秒:：|()（）〇○零一二三四五六七八九十\s]+")
_DOCUMENT_DATE_LABEL_ALONE = re.compile(r"\|?(?:生成|成文|产生|生效|失效|废止|归档)(?:日期|时间)[:：]?\|?")


# An index block's 发文日期 dates the document's issue; where the page's own 发布时间 is printed too, that one is when it was
# published (162b01's county, 发文日期 2023-02-10 over 发布时间:2023-02-16, whose reader took the later; the page's date over
# a document's, as M11 reads a signature's). Alone it is still read, the date nearest the page's own: its readers split
# (five took it, 135c10, 136b02, 148a07, 153c06, 164a08; twelve left it blank over rounds 132–170, as the reading
# conventions leave an index block's 成文日期), and eight realdev stand-ins of earlier rounds take it. So is a page's
# 更新时间 before its 发布时间 on one line (更新时间:2023-12-26 16:09 发布时间:2023-02-02 15:00: 173c04's district and
# 173c08's centre, whose readers took the 发布时间, as round 20's district office's did); alone, or after the 发布时间, it
# is the page's date as before (realdev r05).
_ISSUED_OR_UPDATED_ON = re.compile(r"(?P<issued>发文)(?:日期|时间)|更新(?:日期|时间)")


def _page_date(cleaned: str, raw: str, head: bool) -> str | None:
    """The text of the page's own date on this line, from a label, a date line or the site's stamp."""
    # (not a date something began on, left alone on its line where a sentence was broken, 根据《规定》要求， / 2004年5月1日起 /
    # 本镇开始…: 184a05, 184a06 and 184a07, three 青浦 towns' reports of 2008–2014 read as published in 2004; the year's guard
    # of the same words, _STARTED_ON; nor a law's start date, nor a span's first day: _NO_PAGE_DAY_AFTER)
    m = _LABELLED_DATE.search(cleaned) or _PAGE_DATE_LINE.match(cleaned)
    if m is None:
        return _stamp(raw, head)
    start = next((d for p in _DATE_PATTERNS if (d := p.match(m.group(1)))), None)
    if start and any(after.match(m.group(1), start.end()) for after in _NO_PAGE_DAY_AFTER):
        return None
    return m.group(1)


def _stamp(raw: str, head: bool) -> str | None:
    """The date of the site's stamp on this line, if it is one (_STAMPED); `head`: the line is among the page's first."""
    m = _STAMPED.match(_clean(raw).strip())
    if m is None:
        return None
    after = m.group("after").strip()
    if m.group("source"):
        return m.group("day")
    if name := m.group("name"):
        # (a name then a day with nothing after is a signature's: _NAME_THEN_DATE)
        named = _SITE_NAME_END.search(name) or _publishing_body(name)
        return m.group("day") if named and after and _AFTER_STAMP.match(after) else None
    if m.group("time") and _AFTER_STAMP.match(after):
        return m.group("day")
    # (the publisher after the day only in the page's head: in the body a day then a name is an event's, 2023-06-15
    # 督查组赴某镇人民政府, which _agency_like does not tell from a name; review of fb9927c)
    return m.group("day") if head and after and _publishing_body(after) else None


def _publishing_body(words: str) -> bool:
    """The words name a body that publishes pages (X县人民政府办公室, X局): a stamp's name beside its day."""
    return _agency_like(words) is not None and _PUBLISHER_END.search(words) is not None


def _first_date(text: str) -> dt.date | None:
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            return _date(m.groups())
    return None
