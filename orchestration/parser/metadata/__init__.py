"""Report metadata: agency, report year, publication date, title.

Agencies print their name in the title (…2019年度政府信息公开工作年度报告),
in the first lines, or only under the closing signature; each is tried in
that order and a shortened name (区卫生健康局) is completed from the
signature or 填报单位 when they carry a longer form of it. Web pages wrap the
title in furniture (breadcrumbs, page fields, running headers, mirrors' spam)
and often leave it out of the text, naming the agency only in the opening
prose; docs/real_reports/catalogue.md (M00–M14) describes what was seen, and
each rule in this package names its class.

Each module reads one thing: title.py the title, agency.py the agency (with
prose_agency.py for the agency named only in the prose, fields_and_documents.py
for the page's fields and the agency's own documents, names.py for what reads
as a name at all), full_names.py and governments.py complete a name with its
places or its government, report_year.py the year reported on, published_on.py
the page's date, site.py the site around the report; words.py holds the words
and patterns several of them share.

Names with a leading underscore are shared between this package's modules
(the patterns and helpers one rule needs from another), never used outside
it but by its tests; what the package offers is what this file exports.
"""

from orchestration.parser.metadata.agency import find_agency
from orchestration.parser.metadata.full_names import (GOVERNMENT_WORD, complete_with_place, expanded, without_addresses,
                                                      without_doubled_place, without_quoted_documents)
from orchestration.parser.metadata.governments import (government_of_compiling_office, government_of_place,
                                                       office_speaking)
from orchestration.parser.metadata.published_on import find_published_on
from orchestration.parser.metadata.report_year import find_report_year
from orchestration.parser.metadata.site import site_places, superior_places, without_site_clock
from orchestration.parser.metadata.title import find_title

__all__ = ["GOVERNMENT_WORD", "complete_with_place",
           "expanded", "find_agency", "find_published_on", "find_report_year", "find_title",
           "government_of_compiling_office", "government_of_place", "office_speaking", "site_places", "superior_places",
           "without_addresses", "without_doubled_place", "without_quoted_documents", "without_site_clock"]
