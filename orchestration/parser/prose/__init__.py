"""Figures stated in sentences (FORMS.md §2, "Which sentences give a prose figure").

Only figures for the agency as a whole and for the report year count: a
sentence about another year, a cumulative or approximate figure, one domain
or one channel among several is not the year's total and gives nothing.

Each module reads one thing: sentences.py the sentences, clauses and numbers
of the text, scope.py whose count a figure is and of what time, channels.py
the channels items are published on, attributes.py items sorted by how each
is disclosed, proactive.py the items disclosed, requests.py the requests
received and their outcomes, appeals.py reviews and lawsuits,
staff_and_fees.py fees and staff, headings.py a heading answered by a bare
无; extract.py reads a report's sentences in order with all of them.

Names with a leading underscore are shared between this package's modules
(the patterns and helpers one rule needs from another), never used outside
it but by its tests; what the package offers is what this file exports.
"""

from orchestration.parser.prose.extract import extract_prose_figures

__all__ = ["extract_prose_figures"]
