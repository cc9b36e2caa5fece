"""The date a report's page went up (find_published_on): a labelled page date, a date line, the site's stamp,
the date beside the title, or failing those the date under the signature.
"""

from __future__ import annotations

import datetime as dt
import re

from orchestration.parser.metadata.names import _agency_like
from orchestration.parser.metadata.words import (_CN_DATE, _DATE_FIRST, _DATE_PATTERNS, _DATE_RUN_INTO_OPENING,
                                                 _MAX_SIGNATURE_LINE, _STARTED, _clean, _nearest_line)
from orchestration.parser.numbers import parse_chinese_numeral
from orchestration.parser.script import HAN


# 发布日期：2022-01-28 — a date under its label is still the publication date
_PAGE_DATE_WORDS = "发布|公开|公布"  # (the page's own date's labels; 印发 dates the document)
_DATE_LABEL = re.compile(rf"^(?:{_PAGE_DATE_WORDS}|印发)?(?:日期|时间)[:：]")

_SPACE_RUN = re.compile(r"[ \u3000\xa0]{2,}")

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
# (the space kept between the day and its time, _without_spaces, not counted: 2024-01-22 15:56 信息来源:… as before)
_PAGE_DATE_LINE = re.compile(r"^\s*(\d{4}\s*(?:年|[-/.])(?: ?[^来作点浏 ]){2,12}?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
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
        cleaned = _without_spaces(_clean(raw))
        line = _DATE_LABEL.sub("", cleaned).strip("（）()")
        m = next((m for p in _DATE_PATTERNS if (m := p.fullmatch(line))), None) if line and len(line) <= 20 else None
        if m and _DATE_LABEL.match(cleaned) and (labelled := _date(m.groups())):
            return labelled  # a labelled date on a line of its own (发布时间：…) is the page's own too
        # (so is a date under its label where an index block prints each field's label and value on lines of their own,
        # 发布日期: / 2014-01-08, over a signature's date below: 179a04's county, read as the signature's; the label on one
        # line with its date reads so already, M11)
        bare = m is not None or _BARE_DATE_LINE.fullmatch(cleaned) is not None
        above = _without_spaces(_clean(_nearest_line(lines, index, -1).rstrip(" |"))) if bare else ""
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


# A line is read without its spaces, but for one between a day and its time of day: run together, the day's digits and the
# hour's cannot be told apart, 2011-1-10 0:00:00 as 2011-1-100:00:00 (read as the 1st: 322c03's town page on its county's
# site) and 2011-1-5 10:00:00 as 2011-1-510:00:00 (the 51st, no day) alike
_TIME = r"\d{1,2}[:：]\d{2}"  # a time of day's hour and minutes (0:00, 10:20)
_DAY_BEFORE_TIME = re.compile(rf"(?<=\d)\s+(?={_TIME})")


def _without_spaces(text: str) -> str:
    return " ".join(part.replace(" ", "") for part in _DAY_BEFORE_TIME.split(text))


# a time of day after a date, its seconds too, with the space _without_spaces keeps before it
_TIME_OF_DAY = re.compile(rf"\s*{_TIME}(?:[:：]\d{{2}})?")


def _page_date(cleaned: str, raw: str, head: bool) -> str | None:
    """The text of the page's own date on this line, from a label, a date line or the site's stamp."""
    # (not a date something began on, left alone on its line where a sentence was broken, 根据《规定》要求， / 2004年5月1日起 /
    # 本镇开始…: 184a05, 184a06 and 184a07, three 青浦 towns' reports of 2008–2014 read as published in 2004; the year's guard
    # of the same words, _STARTED_ON; nor a law's start date, nor a span's first day: _NO_PAGE_DAY_AFTER)
    m = _LABELLED_DATE.search(cleaned) or _PAGE_DATE_LINE.match(cleaned)
    if m is None:
        return _stamp(raw, head)
    text = m.group(1)
    start = next((d for p in _DATE_PATTERNS if (d := p.match(text))), None)
    if start is None:
        return text
    # (its time of day, now kept apart from it, passed over: 统计时间：2010-1-1 0:00 至 2010-12-31 24:00 is a span still,
    # the second review of 77f245b)
    time = _TIME_OF_DAY.match(text, start.end())
    if any(after.match(text, time.end() if time else start.end()) for after in _NO_PAGE_DAY_AFTER):
        return None
    return text


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
