import re

from briefing.text.nltk import PunktParameters, PunktSentenceTokenizer
from briefing.text.punkt import tokenizer

NEWS = (
    'Dr. Smith arrived at 5 p.m. on Oct. 3. "We are ready," he said... Then U.S. officials left. '
    "The ship (Proc. 4) sank! Did it? Yes.\\u201d Mr. A. Jones (the Gen.) agreed; talks end Monday."
)


def test_punkt_patterns_are_the_standard_library_s():
    punkt = tokenizer({"dr", "mr"}, {"the"})
    assert isinstance(punkt._lang_vars.period_context_re(), re.Pattern)
    assert isinstance(punkt._lang_vars.re_boundary_realignment, re.Pattern)


def test_punkt_cuts_where_nltk_s_own_punkt_cuts():
    abbreviations, starters = {"dr", "mr", "gen", "proc", "oct", "p.m", "u.s"}, {"the", "then"}
    params = PunktParameters()
    params.abbrev_types, params.sent_starters = set(abbreviations), set(starters)
    stock = PunktSentenceTokenizer(params)
    ours = tokenizer(abbreviations, starters)
    for text in (NEWS, NEWS.replace(". ", ".\\n"), NEWS.lower(), "No stop at all", "..."):
        assert list(ours.span_tokenize(text)) == list(stock.span_tokenize(text))
