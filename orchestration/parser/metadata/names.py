"""Whether a line or phrase reads as an agency's name (_agency_like, _named): notes in brackets, a mirror's
site words and a betting brand taken off it, and the guards every reader applies (sentences, headings, the
agency speaking of itself, menu words, a level with no place, zones' generic words); also the kind of body a
report speaks of itself as.
"""

from __future__ import annotations

import re

from orchestration.parser.metadata.words import (_AGENCY_SUFFIX, _AGENCY_SUFFIXES, _BRACKETS, _CJK_RUN_ANY, _PLACE_NAME,
                                                 _PLACES, _SENTENCE_MARKS, _YEAR_IN_TITLE, _clean)
from orchestration.parser.script import HAN


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


# (a street's office with no place names no one either, 2024年街道办事处未收到…申请: 318c09's untitled street report, read as
# '街道办事处'; a guard)
_LEVEL_ONLY = re.compile(r"(?:省|自治区|市|区|县|州|旗|镇|乡|街道)(?:人民)?政府|街道办事处")

# A mirror site's or a portal's words pasted before the name (catalogue M14, 47
# pages: bob最新官网X省人民政府…; M03: 长沙市政府门户网站-浏阳市人民政府): the name
# starts after the last of them when a place name follows. A mirror's domain glued before
# the place is one of them (example.com某街道2019年…: round 34's street, realdev r392).
# (a site button's Latin word too, 2021-02-07导出word<name>2020年…报告 in a list item: 84d02; a guard, no name holds one)
# (官网入口 whole, so that its 入口 is not taken into the place after it, 某云官网入口津市市教育局: the review of 1f9242b)
_SITE_PREFIX = re.compile(r"^.*(?:官网入口|官网|官方网站|门户网站|网站|平台|[-—_|·>»]|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}|[A-Za-z]{2,})\s*"
                          rf"(?=[{HAN}]{{2,}}?(?:省|自治区|市|区|县|旗|州|盟|镇|乡|街道))")


def _with_its_government(name: str) -> str:
    """泾县人民 (of 泾县人民政府信息公开年度报告): the government's 政府 is also the report's (M09)."""
    return name + "政府" if name.endswith("人民") else name


# (or printed without its 年, 2016上海市住房和城乡建设管理委员会 / 政府信息公开工作年度报告 under a place-less title: 199a05's city
# commission, read with its year; the shape 上海's sites print on 132b02, 133b05, 133b06 and 140b06, where a title named the body)
_LEADING_YEAR = re.compile(rf"^\s*(?:\d{{4}}\s*年度?|(?:19|20)\d{{2}}\s*(?=[{HAN}]))")


# the agency speaking of itself (我局, 本镇, 该街道, 我区政府): never a name (本溪市 is one)
_SELF_REFERENCE = re.compile(r"^(?:我|本|该)(?:省|市|区|县|州|旗|镇|乡|街道|局|委|办|厅|单位|机关|部门|中心)")


_EVERY_UNIT_OF = re.compile(r"(?<=[省市区县州旗])各(?:县|区|市|乡|镇|街道|部门|单位|级)")


# an area's kind said without its place (城区, 郊区 and 矿区 are some cities' districts' names, so not these)
_KINDS_OF_AREA = frozenset({"特区", "新区", "园区", "景区", "片区", "社区", "辖区", "开发区", "高新区", "示范区", "试验区"})


# a street some cities name X街, not X街道 (eleven studied agencies in 天津's 滨海新区, 武汉 and 广州: 胡家园街, 武湖街,
# 大石街): its report's subject (2021年,大石街深入贯彻…: 133c09, untitled) names it as a title would; a wording of M06
_STREET_CALLED_JIE = re.compile(rf"^[{HAN}]{{2,3}}街$")
# a phrase ending in a township's word is no township (结合政务公开标准化规范化工作要求和街道实际 gave
# '政务公开标准化规范化工作要求和街道': 316a02's untitled street report; a guard): past the places before it, no studied
# township's or street's own name runs to more than eight characters before 镇, 乡, 街道 or 苏木 (枫树维吾尔族回族乡), so a run
# of eleven or more is a phrase, but for one named for its peoples, its word straight after the last of them, which may run to
# thirteen (友谊达斡尔族满族柯尔克孜族乡: the second review; never a phrase with 民族 inside it, 结合民族团结进步创建工作部署和我乡:
# the third)
_PHRASE_AS_A_TOWNSHIP = re.compile(rf"^(?:{_PLACES})?(?!{_PLACES})(?![{HAN}]*族(?:镇|乡|街道|苏木)$)[{HAN}]{{11,}}(?:镇|乡|街道|苏木)$")
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
    return _agency_like(text) or (text if (_PLACE_NAME.match(_BRACKETS.sub("", text)) and not _PHRASE_AS_A_TOWNSHIP.match(text))
                                  or _STREET_CALLED_JIE.match(text) else None)


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
_SITE_BRAND = re.compile(r"官网|官方网站")
_BRAND_END = re.compile(_BETTING.pattern + r"|[_\-—:：$|】\]]", re.IGNORECASE)


def _without_betting_brand(name: str) -> str | None:
    if not _BETTING.search(name):
        # (a brand in Chinese words only, closed by its site's words where the place stood, 开云手机官网入口·(中国)官方网站
        # 教育局: 308d04, a county bureau's report on a spam copy, read with the brand as its name; its reader, as realdev
        # r768's, left it blank, the place lost; no body's name holds 官网 or 官方网站; a wording of the class)
        return None if _SITE_BRAND.search(name) else name
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
# (and an Arabic one, 2、部署, a point's heading cut at the excerpt's end: 321b01's city report on a traditional mirror, read as
# '2、部署'; a guard, no studied name holds a digit)
_NUMBERED_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+(?:部分|章|节)"
                               r"|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[、.．](?!\d))")
# a site's menu (登录个人中心, M03), not a name
_SITE_WORDS = ("登录", "注册", "个人中心", "用户中心", "首页")
# (spaced inside too, 来        源: round 30's shape; or glued to the name, as a PDF's text prints a field's two cells)
_SOURCE_LABEL = re.compile(r"^(?:信\s*息\s*)?[来稿]\s*源\s*(?=[^\s于自])")
# an index block's publisher field (read last: fields_and_documents._publisher); glued to its value (发布单位区农业农村局:
# pdftotext's line of the field's two cells) it is that field, never a name line
_PUBLISHER_LABELS = ("发布机构", "发文机关", "发布单位", "发文单位")
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
            and not name.startswith(_VERBS_FIRST + _PUBLISHER_LABELS) \
            and not name.endswith(("党委", "党工委", "纪委", "网站", "社会")) \
            and not name.startswith(("局", "委", "办", "厅")) and "《" not in name and "》" not in name \
            and not any(word in name for word in _SITE_WORDS) \
            and not _INTERNAL_OFFICE.match(name) and "|" not in name and not _SENTENCE_VERB.search(name) \
            and not _SELF_REFERENCE.match(name) and not _OTHER_BANK_BRANCH.search(name) and "的" not in name \
            and not _DENIAL_INSIDE.search(name) and not _YEAR_IN_TITLE.search(name) and not _PARTY_AND_GOVERNMENT.match(name) \
            and not _DATE_PART.search(name) \
            and (not bare.endswith("人民政府机关") or (government_offices and _PLACED_OFFICES.fullmatch(bare))):
        # (a year, the title's: a title broken inside 政府信息公开, its first half on a line of its own, 开福区食药监局2016年政府 /
        # 信息公开工作总结, 294b06's district bureau, read with its year and 政府; a guard, none of 12,518 studied names holds one)
        # (的: no studied page's name holds it, 9,450 labels; 收到的每个依申请公开件都由党政办把关 was read as a subject's name,
        # 213b13's street, now named by its contact as labelled; a guard)
        # (社会: an index block's scope, 公开范围 面向社会, names no body: 142b04's zone, read as 面向社会; a guard)
        # (_SITE_WORDS: 局办公室, 登录个人中心, round seven; a pipe parts a site's bar of links, 中国政府网 | X省政府 |
        # X市政府: round 40's town, M03; the agency speaking of itself, 电子版可在我区政府门户网站下载, names no one:
        # 134a09's district, read as 我区政府, a guard)
        # (a date's part: 2017年1-12月在政府, a sentence's opening left as the excerpt's last line, 320a04's bureau on a traditional
        # spam copy, read as '1-12月在政府'; a guard, none of 10,514 studied names holds a digit, though a hotline's centre may)
        # (了, or a verb of setting up: X局在局机关及情报所设立了政府信息查询场所, a sentence left without its marks
        # and ending on 所, 194d02's city bureau, read as its name; a guard: no name of 7,600 studied holds them)
        return name
    return None


# the party committee and the government together, 区委区政府 or 县委、县政府, the subject after the year that leads a report's
# opening (2024年,区委区政府深学笃用…, on an untitled page: the review of the session's change), is no OGI agency; a body
# named for both keeps its own last word (曾都区委区政府机关事务管理局, a studied page's name)
_PARTY_AND_GOVERNMENT = re.compile(r"^[^，。\s]{0,10}?[省市区县州旗镇乡](?:党)?委[、和及与]?(?:[^，。\s]{0,10}?[省市区县州旗镇乡])?(?:人民)?政府$")


# a government's offices as a name only after its places, each of a few characters (重庆市铜梁区人民政府机关), and only over the
# title or in the announced title: a placeless 县人民政府机关 and a party body's 中共…人民政府机关 are none (the review of 2935d09);
# nor a line of its own elsewhere, a sentence broken before its end (配合县人民政府机关), a letter's recipient or a list's item
# (government_offices=False in the scans of the first lines and the signature: the review of the session's change)
_PLACED_OFFICES = re.compile(rf"(?!中共)(?:[{HAN}]{{2,8}}?(?:省|自治区|市|自治州|州|盟|地区)){{0,3}}[{HAN}]{{2,8}}?(?:市|区|县|旗)人民政府机关")


# 支行 and 分行 are suffixes for the central bank's branches alone: a commercial bank's branch (中国建设银行某市分行, named
# in a sentence) publishes no OGI report, and 部分行 is no branch at all (review of 1aa054f)
_OTHER_BANK_BRANCH = re.compile(r"^(?:(?!人民银行|人行).)*(?:支行|分行)$")


# a date's part (1-12月, 2017年), which no name holds: see _agency_like
_DATE_PART = re.compile(r"\d\s*[年月日]")
# what no name holds and a sentence left without its marks may: 了, a verb of setting up
_SENTENCE_VERB = re.compile("了|设立|设有|设置|建立|开设")
# an internal office with no body before it (明确由党政办负责信息公开…: round 24's town, whose
# index block names the town's government) is no agency
_INTERNAL_OFFICE = re.compile(r"^(?:党政|党群|综合|行政)(?:综合)?(?:办|办公室)$")


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
