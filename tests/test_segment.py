import json
import re

import pytest

from briefing import split_sentences
from briefing.models import Article
from briefing.text import segment
from briefing.text.news_marks import (
    dateline_place,
    is_byline,
    is_dateline,
    unquoted,
    without_byline,
)
from briefing.text.segment import article_sentences, split_words

from .conftest import SHARED_EVAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Blinken met Wang Yi in Jakarta. They spoke for two hours.",
            ["Mr. Blinken met Wang Yi in Jakarta.", "They spoke for two hours."],
        ),
        (
            "The U.S. Navy sailed past the reef on Jan. 5. China protested.",
            ["The U.S. Navy sailed past the reef on Jan. 5.", "China protested."],
        ),
        (
            "\u201cGreat!\u201d she said. Then she left.",
            ["\u201cGreat!\u201d she said.", "Then she left."],
        ),
        ("He left at 6 p.m. Travelers stayed.", ["He left at 6 p.m.", "Travelers stayed."]),
        ("He left at 6 p.m. Tuesday and came back.", ["He left at 6 p.m. Tuesday and came back."]),
        ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
        ("a) One b) Two c) Three", ["a) One", "b) Two", "c) Three"]),
        ("Hello. 1. One thing 2. Another", ["Hello.", "1. One thing", "2. Another"]),
        ("The score was 3. Then they left.", ["The score was 3.", "Then they left."]),
        (
            "It happened at 4 a.m. Saturday. Police came.",
            ["It happened at 4 a.m. Saturday.", "Police came."],
        ),
        (
            "This is Mr. A. Starr over there. B. Boyden is over there.",
            ["This is Mr. A. Starr over there.", "B. Boyden is over there."],
        ),
        (
            "It was approved for hepatitis B. In the United States it costs $1,250.",
            ["It was approved for hepatitis B.", "In the United States it costs $1,250."],
        ),
        (
            "Simm Gottesman of Deerfield Beach, Fla. _ carefully placed needles.",
            ["Simm Gottesman of Deerfield Beach, Fla. _ carefully placed needles."],
        ),
        (
            '"It is out of control," said Rep. Chris Shays, R-Conn. "It is set in motion."',
            ['"It is out of control," said Rep. Chris Shays, R-Conn.', '"It is set in motion."'],
        ),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wang, who leads the commission, said so.  Gen. Min Aung Hlaing didn't.",
        'He said  "Great!"\nShe left   for the U.S. Army.  (Really.)  Yes -- no.',
    ],
)
def test_sentences_are_verbatim_substrings(text):
    sentences = split_sentences(text)
    assert len(sentences) > 1
    for sentence in sentences:
        assert sentence in text


def test_the_vote_overrules_our_rules_where_syntok_and_pysbd_agree():
    text = "The opening provided by President B.J. Habibie raised tensions in the territory."
    assert split_sentences(text, vote=False) == [
        "The opening provided by President B.J.",
        "Habibie raised tensions in the territory.",
    ]
    assert split_sentences(text) == [text]


def test_article_sentences_keep_paragraph_and_position():
    article = Article("T", "O", "", "a.txt", None, ("One. Two.", "Three."))
    found = article_sentences(article)
    assert [(s.text, s.paragraph, s.index) for s in found] == [
        ("One.", 0, 0),
        ("Two.", 0, 1),
        ("Three.", 1, 2),
    ]


def test_split_words_needs_no_downloaded_data():
    assert split_words("China's navy didn't move.") == [
        "China",
        "'s",
        "navy",
        "did",
        "n't",
        "move",
        ".",
    ]


@pytest.mark.skipif(
    not (SHARED_EVAL / "segmentation/cases.jsonl").is_file(),
    reason="../shared/eval/segmentation is not present",
)
def test_segmentation_cases_at_least_90_percent():
    lines = (SHARED_EVAL / "segmentation/cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line]
    exact = sum(split_sentences(c["text"]) == [s.strip() for s in c["expected"]] for c in cases)
    assert exact / len(cases) >= 0.90


@pytest.mark.parametrize("vote", [True, False])
def test_a_blank_line_ends_a_sentence_even_without_a_stop(vote):
    text = "Storm hits the coast\n\nThe storm arrived at dawn in the U.S.\n\nIt left by noon."
    assert split_sentences(text, vote=vote) == [
        "Storm hits the coast",
        "The storm arrived at dawn in the U.S.",
        "It left by noon.",
    ]


def test_a_whole_text_splits_as_its_paragraphs_do():
    paragraphs = [
        "Officials met in St. Kitts on Oct. 5. They said the U.S. Embassy would reopen.",
        '"It is over," said Rep. Chris Shays, R-Conn. "We go home."',
        "He left at 6 p.m. Travelers stayed. The vote was 3. Nobody objected.",
    ]
    whole = split_sentences("\n\n".join(paragraphs))
    assert whole == [s for p in paragraphs for s in split_sentences(p)]


@pytest.mark.parametrize("vote", [True, False])
def test_a_number_after_a_month_or_no_starts_no_sentence(vote):
    text = 'He said repairs would be finished by Dec. 1." They were not. It was No. 3 on the list.'
    assert split_sentences(text, vote=vote) == [
        'He said repairs would be finished by Dec. 1."',
        "They were not.",
        "It was No. 3 on the list.",
    ]


def test_the_other_splitters_read_only_a_window_around_a_doubtful_boundary(monkeypatch):
    read: list[int] = []
    for name in ("_syntok_starts", "_pysbd_starts"):
        splitter = getattr(segment, name)
        monkeypatch.setattr(
            segment, name, lambda text, splitter=splitter: read.append(len(text)) or splitter(text)
        )
    plain = "The council met again today and talked for many hours about the budget. " * 300
    doubtful = "The opening provided by President B.J. Habibie raised tensions."
    assert doubtful in split_sentences(f"{plain}{doubtful} {plain}")
    assert read and max(read) <= 4 * segment.CONTEXT < len(plain) / 25


@pytest.mark.parametrize("vote", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        "He was taken to a Navy salvage ship, the U.S.S. Grasp, to witness the recovery.",
        "Prosecutors said Ramzi A. Nosair had met him twice.",
    ],
)
def test_a_name_after_an_initial_or_the_acronym_stays_in_its_sentence(text, vote):
    assert split_sentences(text, vote=vote) == [text]


def test_a_bulleted_list_may_start_at_any_number():
    assert split_sentences("• 9. The first item • 10. The second item") == [
        "• 9. The first item",
        "• 10. The second item",
    ]


@pytest.mark.parametrize("vote", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Friends came down with hepatitis C. Did the dentist's tools carry the virus?",
            ["Friends came down with hepatitis C.", "Did the dentist's tools carry the virus?"],
        ),
        (
            "You can find it at N°. 1026.253.553. That is where the treasure is.",
            ["You can find it at N°. 1026.253.553.", "That is where the treasure is."],
        ),
        (
            "At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then went home.",
            [
                "At 5 a.m. Mr. Smith went to the bank.",
                "He left at 6 P.M.",
                "Mr. Smith then went home.",
            ],
        ),
    ],
)
def test_initials_numbers_and_clock_times_before_a_new_sentence(text, expected, vote):
    assert split_sentences(text, vote=vote) == expected


@pytest.mark.parametrize("vote", [True, False])
def test_a_clock_time_before_its_zone_ends_no_sentence(vote):
    text = "The plane took off at 8:30 p.m. EDT Friday. It was due at 10:30 p.m. ET."
    assert split_sentences(text, vote=vote) == [
        "The plane took off at 8:30 p.m. EDT Friday.",
        "It was due at 10:30 p.m. ET.",
    ]


def test_a_window_stays_bounded_without_spaces_around_the_doubt(monkeypatch):
    read: list[int] = []
    splitter = segment._syntok_starts
    monkeypatch.setattr(
        segment, "_syntok_starts", lambda text: read.append(len(text)) or splitter(text)
    )
    text = "x" * 900 + ". U.S. O" + "y" * 900 + ". The end came."
    assert split_sentences(text)[-1] == "The end came."
    assert read and max(read) <= 3 * segment.CONTEXT


@pytest.mark.parametrize("vote", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The competition was held this week in Washington D.C. Image: United States Navy.",
            ["The competition was held this week in Washington D.C.", "Image: United States Navy."],
        ),
        (
            "US President Barack Obama tweet to student Ahmed Mohamed Photo: Twitter / AP.",
            ["US President Barack Obama tweet to student Ahmed Mohamed", "Photo: Twitter / AP."],
        ),
        (
            "He posted the Photo: it went viral at once.",
            ["He posted the Photo: it went viral at once."],
        ),
    ],
)
def test_a_captions_credit_line_is_a_sentence_of_its_own(text, expected, vote):
    assert split_sentences(text, vote=vote) == expected


@pytest.mark.parametrize("vote", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'He said, "Usually it rains. But not today. " Web developers face big problems.',
            [
                'He said, "Usually it rains.',
                'But not today. "',
                "Web developers face big problems.",
            ],
        ),
        (
            "“We stay. We fight. ” Then the rally ended.",
            ["“We stay.", "We fight. ”", "Then the rally ended."],
        ),
    ],
)
def test_a_lone_closing_quote_stays_with_the_sentence_it_closes(text, expected, vote):
    assert split_sentences(text, vote=vote) == expected


@pytest.mark.parametrize("vote", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Evansville, Indiana, United States - This week an exhibit opened. It runs a month.",
            [
                "Evansville, Indiana, United States -",
                "This week an exhibit opened.",
                "It runs a month.",
            ],
        ),
        (
            "MOBILE, Ala. (AP) -- A man was arrested after buying grenades, authorities said.",
            ["MOBILE, Ala. (AP) --", "A man was arrested after buying grenades, authorities said."],
        ),
        (
            "WASHINGTON, March 3 (Xinhua) -- The number of hate groups grew last year.",
            ["WASHINGTON, March 3 (Xinhua) --", "The number of hate groups grew last year."],
        ),
        (  # a country in brackets after the city
            "ISTANBUL (Turkey), August 21 (Xinhua) -- The refinery fire has been put out.",
            ["ISTANBUL (Turkey), August 21 (Xinhua) --", "The refinery fire has been put out."],
        ),
        (
            "NEW YORK _ A federal judge agreed Tuesday to review the complaints.",
            ["NEW YORK _", "A federal judge agreed Tuesday to review the complaints."],
        ),
        ("Group F — Sweden 1 – 0 Korea Republic", ["Group F — Sweden 1 – 0 Korea Republic"]),
        (  # a typeset dash runs the dateline into its sentence
            "Taipei, Taiwan — The festival opened on Saturday. It runs a week.",
            ["Taipei, Taiwan — The festival opened on Saturday.", "It runs a week."],
        ),
        (
            "WASHINGTON (AP) – The number of hate groups grew last year.",
            ["WASHINGTON (AP) – The number of hate groups grew last year."],
        ),
    ],
)
def test_a_paragraphs_opening_dateline_is_a_unit_of_its_own(text, expected, vote):
    assert split_sentences(text, vote=vote) == expected


def test_an_articles_sentences_leave_out_a_dateline_run_into_a_paragraphs_first():
    """A dateline is no news, run in ("Taipei, Taiwan — The ...") or a unit of its own."""
    paragraphs = (
        "Taipei, Taiwan — The festival opened on Saturday. It runs a week.",
        "TAIPEI, Taiwan — Crowds came on Sunday.",
        "NEW YORK _ A judge agreed to review it.",
        "Group F — Sweden beat Korea.",
    )
    found = [s.text for s in article_sentences(Article("", "", "", "a", None, paragraphs))]
    assert found == [
        "The festival opened on Saturday.",
        "It runs a week.",
        "Crowds came on Sunday.",
        "NEW YORK _",
        "A judge agreed to review it.",
        "Group F — Sweden beat Korea.",
    ]


def test_a_dateline_with_a_bracketed_country_gives_the_city():
    assert dateline_place("ISTANBUL (Turkey), August 21 (Xinhua) --") == "Istanbul"
    assert dateline_place("SEOUL, South Korea (AP) _") == "Seoul"


def _read(paragraphs: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """An article of `paragraphs`: its sentences as a build reads them, and each paragraph's
    dateline place ("" for none)."""
    found = [s.text for s in article_sentences(Article("", "", "", "a", None, paragraphs))]
    return found, [dateline_place(p) for p in paragraphs]


def test_a_chinese_or_japanese_wire_dateline_is_left_out_and_gives_the_place():
    """cjk16: Xinhua's "新华社北京12月3日电", a paper's "本报……电", Zaobao's "（马尼拉综合电）" and
    Kyodo's "【マニラ＝共同】" were no datelines (a place in capitals, a dash), so each item
    opened with one; a sentence opening on a place with no agency or date keeps it."""
    paragraphs = (
        "新华社北京12月3日电 中国海警局新闻发言人3日表示，菲律宾船只擅自闯入仁爱礁附近海域。",
        "本报华盛顿12月3日电（记者 王明）中美两国经贸团队在华盛顿举行新一轮磋商。",
        "（马尼拉综合电）菲律宾与中国船只星期四在南中国海仁爱礁附近再次相撞。",
        "【マニラ＝共同】フィリピン政府は3日、南シナ海で船が衝突されたと発表した。",
        "全市停电影响了数万户居民的正常生活。",
    )
    found, places = _read(paragraphs)
    assert found == [
        "中国海警局新闻发言人3日表示，菲律宾船只擅自闯入仁爱礁附近海域。",
        "中美两国经贸团队在华盛顿举行新一轮磋商。",
        "菲律宾与中国船只星期四在南中国海仁爱礁附近再次相撞。",
        "フィリピン政府は3日、南シナ海で船が衝突されたと発表した。",
        "全市停电影响了数万户居民的正常生活。",
    ]
    assert places == ["北京", "华盛顿", "马尼拉", "マニラ", ""]


def test_a_wire_dateline_in_another_script_is_left_out_and_gives_the_place():
    """dateline18: RIA's "МОСКВА, 28 ноя — РИА Новости." was printed as a line of its story,
    Reuters' "أنقرة (رويترز) -" and Yonhap's "(서울=연합뉴스) 김철수 기자 =" stayed at their
    lines' start; a cased script's sentence opening on a name, brackets and a dash keeps them."""
    paragraphs = (
        "МОСКВА, 28 ноя — РИА Новости. Землетрясение произошло в восточной Турции в четверг.",
        "ΑΘΗΝΑ, 28 Νοε — ΑΠΕ-ΜΠΕ. Σεισμός σημειώθηκε στην ανατολική Τουρκία την Πέμπτη.",
        "أنقرة (رويترز) - قال مسؤولون إن زلزالا ضرب شرق تركيا يوم الخميس.",
        "(서울=연합뉴스) 김철수 기자 = 터키 동부에서 28일 지진이 발생했다.",
        "(서울=뉴스1) 이영희·박민수 특파원 = 구조대는 생존자를 찾고 있다.",
        "Москва (Россия) — крупнейший город Европы.",
    )
    found, places = _read(paragraphs)
    assert found == [
        "Землетрясение произошло в восточной Турции в четверг.",
        "Σεισμός σημειώθηκε στην ανατολική Τουρκία την Πέμπτη.",
        "قال مسؤولون إن زلزالا ضرب شرق تركيا يوم الخميس.",
        "터키 동부에서 28일 지진이 발생했다.",
        "구조대는 생존자를 찾고 있다.",
        "Москва (Россия) — крупнейший город Европы.",
    ]
    assert places == ["Москва", "Αθηνα", "أنقرة", "서울", "서울", ""]


def test_a_wire_datelines_credit_must_be_a_known_agency():
    """dateline19: after dateline18 a short sentence after a dated dateline with no agency
    ("Пожар потушен.") was taken for the agency and dropped, and an Arabic sentence opening on a
    word, brackets and a dash lost its word as a place; TASS's and Interfax's were not read."""
    paragraphs = (
        "МОСКВА, 28 ноя — Пожар потушен. Пострадавших нет.",
        "الرئيس (المنتخب) - قال مسؤولون إن زلزالا ضرب شرق تركيا.",
        "МОСКВА, 28 ноября. /ТАСС/. Землетрясение произошло в восточной Турции.",
        "Москва. 28 ноября. INTERFAX.RU - Землетрясение произошло в восточной Турции.",
        "(서울=한겨레) 기자 = 터키 동부에서 지진이 발생했다.",
        "【ワシントン＝山田太郎】米政府は3日、声明を発表した。",  # a paper's reporter: read
    )
    found, places = _read(paragraphs)
    assert found == [
        "Пожар потушен.",
        "Пострадавших нет.",
        "الرئيس (المنتخب) - قال مسؤولون إن زلزالا ضرب شرق تركيا.",
        "Землетрясение произошло в восточной Турции.",
        "Землетрясение произошло в восточной Турции.",
        "(서울=한겨레) 기자 = 터키 동부에서 지진이 발생했다.",
        "米政府は3日、声明を発表した。",
    ]
    assert places == ["Москва", "", "Москва", "Москва", "", "ワシントン"]


@pytest.mark.parametrize("vote", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # woven in after a comma, opening with an ellipsis
            'He said officials, "... plied the detective with a theory. ... The next thing he '
            'knew he was in a cell." Then he left.',
            [
                'He said officials, "... plied the detective with a theory. ... The next thing he '
                'knew he was in a cell."',
                "Then he left.",
            ],
        ),
        (  # woven in in lower case, a list inside
            'He described him as someone, "facing prison for these sins: a) Leaving the group. '
            'b) Refusing to lie."',
            [
                'He described him as someone, "facing prison for these sins: a) Leaving the group. '
                'b) Refusing to lie."'
            ],
        ),
        (  # the object of "said"
            'The director said "All the wounded were taken to hospital. No one is left there."',
            ['The director said "All the wounded were taken to hospital. No one is left there."'],
        ),
        (  # a pull quote signed with a dash
            "\"So far, it's the Internet: 1, Scientology: 0. But it's a long game.\" - M. Ingram",
            ["\"So far, it's the Internet: 1, Scientology: 0. But it's a long game.\" - M. Ingram"],
        ),
        (  # a quotation its attribution interrupted resumes as speech, which holds sentences
            '"We are so happy," she told the press, "to show what we can do. We came anyway."',
            [
                '"We are so happy," she told the press, "to show what we can do.',
                'We came anyway."',
            ],
        ),
        (  # after a comma and in capitals: a quotation of its own, split as before
            'Rathbun stated, "Daniel was picked up by a car. He was taken to a tower."',
            ['Rathbun stated, "Daniel was picked up by a car.', 'He was taken to a tower."'],
        ),
    ],
)
def test_a_quotation_woven_into_its_sentence_or_signed_is_never_cut(text, expected, vote):
    assert split_sentences(text, vote=vote) == expected


@pytest.mark.parametrize("vote", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"A cleanup would improve crop yields [...] Ozone is something we understand."',
            ['"A cleanup would improve crop yields [...]', 'Ozone is something we understand."'],
        ),
        (
            '"We met [...] the team and [...] its coach."',
            ['"We met [...] the team and [...] its coach."'],
        ),
    ],
)
def test_an_elision_mark_before_a_capital_ends_the_quoted_sentence(text, expected, vote):
    assert split_sentences(text, vote=vote) == expected


LEAD_IN_CASES = [
    (  # unquoted, before a block of sentences
        "In a statement, the Church denied these allegations: She certainly wasn't 'forced' to "
        "be there. She was never forced to work.",
        [
            "In a statement, the Church denied these allegations:",
            "She certainly wasn't 'forced' to be there.",
            "She was never forced to work.",
        ],
    ),
    (  # a quotation that does not close in its first sentence
        'Professor Reisman said: "We will win. They will lose." Then he left.',
        ["Professor Reisman said:", '"We will win.', 'They will lose."', "Then he left."],
    ),
]


@pytest.mark.parametrize("vote", [True, False])
@pytest.mark.parametrize(("text", "expected"), LEAD_IN_CASES)
def test_a_lead_in_ending_on_a_colon_before_several_sentences_is_one(text, expected, vote):
    assert split_sentences(text, vote=vote) == expected


@pytest.mark.parametrize(
    "text",
    [
        'He said: "We will win." Then he left.',  # the quotation closes in one sentence
        "The reason was plain: Prices fell.",  # one sentence after the colon
        "Image: Jambula. An example of eczema. It itches.",  # a label's colon
        "He voiced the Joker in Batman: The Animated Series. It ran for years.",  # a title's
    ],
)
def test_a_colon_before_one_sentence_a_label_or_a_title_cuts_nothing(text):
    assert not any(s.endswith(":") for s in split_sentences(text))


@pytest.mark.parametrize(("text", "expected"), LEAD_IN_CASES)
def test_an_articles_sentences_keep_a_lead_in_with_the_sentence_it_introduces(text, expected):
    """A summary that printed the lead-in alone would print a fragment, and its quotation would
    lose who said it."""
    found = [s.text for s in article_sentences(Article("", "", "", "a", None, (text,)))]
    assert found == [f"{expected[0]} {expected[1]}", *expected[2:]]


def test_a_quote_mark_with_no_close_near_keeps_no_sentences_together():
    text = 'He said "the gun was old. ' + "It fired once more. " * 40 + 'Then it broke."'
    sentences = split_sentences(text)
    assert len(sentences) == 42
    assert max(len(sentence) for sentence in sentences) < 30 + len('He said "the gun was old.')


@pytest.mark.parametrize(
    ("unit", "dateline"),
    [
        ("SAN JUAN, Puerto Rico (AP) _", True),
        ("Evansville, Indiana, United States -", True),
        ("WASHINGTON --", True),
        ("Group F — Sweden -", False),
        ("He said so -", False),
        ("SAN JUAN, Puerto Rico (AP) _ A storm struck.", False),
        ("Taipei, Taiwan —", True),
    ],
)
def test_a_dateline_split_off_is_known_as_one(unit, dateline):
    assert is_dateline(unit) is dateline


def test_unbroken_spans_are_joined_and_a_position_found_by_bisection():
    spans = segment._joined([(10, 20), (0, 5), (15, 30), (30, 40), (32, 35)])
    assert spans == [(0, 5), (10, 30), (30, 40)]
    inside = [p for p in range(45) if segment._within(spans, p)]
    assert inside == [*range(1, 5), *range(11, 30), *range(31, 40)]


def test_a_paragraph_of_starts_in_doubt_is_read_in_bounded_stretches(monkeypatch):
    """pySBD never reads a whole paragraph of doubts at once: it grows faster than its input."""
    read: list[int] = []
    splitter = segment._pysbd_starts
    monkeypatch.setattr(
        segment, "_pysbd_starts", lambda text: read.append(len(text)) or splitter(text)
    )
    text = 'We go. " We stay. ' * 200
    assert split_sentences(text)[:3] == ['We go. "', "We stay.", 'We go. "']
    assert read and max(read) <= segment.WINDOW


def test_a_list_marker_missing_its_next_is_looked_for_once(monkeypatch):
    """Many "1." after a stop and no "2.": one scan of the text for the next marker, not one per
    "1." (quadratic on a long paragraph)."""
    searched: list[int] = []
    following = segment._following

    class Counted:
        def __init__(self, marker: re.Match[str]) -> None:
            self.found = following(marker)
            self.pattern = self.found.pattern

        def search(self, text: str, position: int) -> re.Match[str] | None:
            searched.append(position)
            return self.found.search(text, position)

    monkeypatch.setattr(segment, "_following", Counted)
    text = "It rose. 1. One rose. " * 50
    assert len(split_sentences(text)) == 100
    assert len(searched) == 1
    listed = split_sentences("It rose. 1. One rose. 2. Two fell.")
    assert listed == ["It rose.", "1. One rose.", "2. Two fell."]


def test_a_lone_quote_closes_after_an_odd_number_of_straight_quotes_before_it():
    text = 'He said "we came fourth place. " Web sales fell. " Then'
    quotes = segment._quote_marks(text)
    assert segment._past_closing_quote(text, text.index('" Web'), quotes) == text.index("Web")
    assert segment._past_closing_quote(text, text.index('" Then'), quotes) == text.index('" Then')


def test_full_width_stop_ends_a_sentence_without_a_space():
    # Chinese and Japanese put no space after "。！？": the next letter starts a sentence
    text = (
        "东京股市周二大幅下跌，日经指数收盘下跌百分之三。分析人士说：“投资者担心。”"
        "东京证券交易所的交易量增加了！对吗？"
    )
    assert split_sentences(text) == [
        "东京股市周二大幅下跌，日经指数收盘下跌百分之三。",
        "分析人士说：“投资者担心。”",
        "东京证券交易所的交易量增加了！",
        "对吗？",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "“我们将继续推动两国关系发展。”外交部发言人周二在北京说。市场反应平淡。",
            ["“我们将继续推动两国关系发展。”外交部发言人周二在北京说。", "市场反应平淡。"],
        ),
        ("「景気は回復している。」と首相は述べた。", ["「景気は回復している。」と首相は述べた。"]),
    ],
)
def test_a_quote_opening_a_sentence_goes_on_to_its_speaker(text, sentences):
    """hostile15: Chinese and Japanese put the speaker after a quoted sentence, with no space
    ("“…。”他说。", "「…。」と述べた。"): the quote's stop ended the sentence, leaving
    "と首相は述べた。" (7 words: printable) a line of its own. A quote opened after its speaker
    ("说：“…。”") ends at its close, as before."""
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    "sentences",
    [
        (  # Burmese "။" ("၊" a comma inside)
            "အစိုးရက အရေးပေါ်အခြေအနေကို သက်တမ်းတိုးကြောင်း ကြေညာခဲ့သည်။",
            "အတိုက်အခံက ကန့်ကွက်ခဲ့ကြပြီး၊ ကုလသမဂ္ဂက စိုးရိမ်ကြောင်း ထုတ်ပြန်ခဲ့သည်။",
        ),
        (  # Khmer "។"
            "ទឹកជំនន់បានបំផ្លាញផ្ទះរាប់ពាន់ខ្នងកាលពីថ្ងៃអង្គារ។",
            "អាជ្ញាធរបាននិយាយថា មនុស្សប្រាំនាក់បានស្លាប់។",
        ),
        ("བོད་ལྗོངས་སུ་ས་ཡོམ་ཆེན་པོ་ཞིག་བྱུང་ཡོད།", "ཁྱིམ་ཚང་མང་པོ་ལ་གནོད་སྐྱོན་ཕོག་ཡོད།།"),  # Tibetan
        ("የኢትዮጵያ መንግሥት አዲስ እርምጃዎችን ይፋ አድርጓል።", "ሚኒስትሩ ይህን ተናግረዋል።"),  # Amharic
        ("Կառավարությունը հայտարարեց նոր միջոցառումներ։", "Նախարարը ասաց, որ դրանք կօգնեն։"),
        ("सरकार ने नए सुधारों की घोषणा की।", "विपक्ष ने आलोचना की॥"),  # Hindi
        ("حکومت نے نئے اقدامات کا اعلان کیا۔", "کیا اپوزیشن حمایت کرے گی؟", "یہ واضح نہیں۔"),
        ("هل ستنخفض الأسعار؟", "قال الوزير إنها ستنخفض."),  # Arabic
    ],
)
def test_a_stop_of_another_script_ends_a_sentence_inside_its_paragraph(sentences):
    """hostile17, scripts24: "။", "។", "།", "።", "։", "।", "۔" and "؟" ended a paragraph but no
    sentence inside one, so a Burmese or Hindi paragraph was one sentence (a whole paragraph as
    its story's headline, or "no sentence of 6 to 60 words")."""
    assert split_sentences(" ".join(sentences)) == list(sentences)


def test_a_space_ends_a_thai_or_lao_sentence_between_clauses_of_six_words_or_more():
    """scripts24's leftover: Thai and Lao put a space, not a stop, between sentences, so a
    paragraph of theirs was one sentence. A space between two runs of 6 words or more ends
    one; a space inside a short phrase ("นาย สมชาย", a title and a name), beside a number
    or a Latin word, or after "ๆ", does not."""
    thai = [
        "ตลาดหุ้นไทยปรับตัวลดลงอย่างหนักในวันอังคารหลังจากนักลงทุนต่างชาติขายหุ้นออกมา",
        "นาย สมชาย ใจดี นักวิเคราะห์กล่าวว่าความกังวลเรื่องเศรษฐกิจจีนเป็นสาเหตุหลัก",
        "ดัชนีปิดตลาดลดลงร้อยละ 3 ซึ่งเป็นการลดลงมากที่สุดในรอบหกเดือน",
        "บริษัทต่างๆ ในตลาดหลักทรัพย์ได้รับผลกระทบจากการเทขายหุ้นของนักลงทุน",
    ]
    lao = [
        "ລັດຖະບານລາວໄດ້ປະກາດມາດຕະການໃໝ່ເພື່ອແກ້ໄຂບັນຫາເງິນເຟີ້ທີ່ສູງຂຶ້ນ",
        "ລັດຖະມົນຕີກະຊວງການເງິນກ່າວວ່າລາຄາສິນຄ້າຈະຫຼຸດລົງພາຍໃນສາມເດືອນ",
    ]
    for sentences in (thai, lao):
        assert split_sentences(" ".join(sentences)) == sentences


def test_an_armenian_colon_typed_for_its_full_stop_ends_a_sentence():
    """scripts25: Armenian writers type ":" for their full stop "։" (keyboards lack it), and
    Armenian's own colon is another mark, so ":" after an Armenian letter ends a sentence."""
    sentences = [
        "Ընդդիմությունը քննադատեց կառավարության որոշումը խորհրդարանում:",
        "Միջազգային արժույթի հիմնադրամը ողջունեց բարեփոխումները:",
    ]
    assert split_sentences(" ".join(sentences)) == sentences
    latin = "Stocks fell 3 percent on Monday: the worst day in a month for the index."
    assert split_sentences(latin) == [latin]


def test_a_colon_after_an_armenian_letter_ends_no_sentence_in_a_link_a_score_or_english():
    """hostile19: ":" after any Armenian letter was a full stop, so a link to an Armenian
    wiki's category ("Կատեգորիա:Հայաստան"), a score ("Արարատ:Բանանց 2:1") and an English
    line quoting an Armenian word before its colon ("The sign read Երևան: Welcome ...") were
    cut mid-sentence. The typed stop has a space after it and an Armenian word (or number) next."""
    whole = [
        "Տես https://hy.wikipedia.org/wiki/Կատեգորիա:Հայաստան էջը նոր տվյալների համար:",
        "Խաղը ավարտվեց Արարատ:Բանանց 2:1 հաշվով կիրակի օրը:",
        "The sign at the border read Երևան: Welcome to the city of the pink stone.",
        "ՀԱՅԱՍՏԱՆ: The president of Armenia met his Russian counterpart in Moscow on Monday.",
    ]
    for sentence in whole:
        assert split_sentences(sentence) == [sentence]
    sentences = [
        "Նախագահը հանդիպեց ռուս գործընկերոջը Մոսկվայում երկուշաբթի օրը:",
        "«Մենք պատրաստ ենք բանակցությունների», - ասաց նա:",
        "2024 թվականին երկու երկրների առևտուրը աճեց տասը տոկոսով:",
    ]
    assert split_sentences(" ".join(sentences)) == sentences


@pytest.mark.parametrize(
    "line",
    [
        "By ADAM SMITH and JOHN DOE",
        "By JOHN SMITH AND MARY JONES",
        "By Jean-Luc Godard",
        "BY JOHN SMITH / Staff Writer",
        "By JOHN SMITH, The Washington Post",
        # hostile31: a particle joined to a last name, a capital beyond ASCII
        "By Ahmed al-Sharif",
        "By José Álvarez",
        "By A. Scott Berg",
        "By Reuters",
    ],
)
def test_a_byline_names_its_writer(line):
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        # hostile31: titles and one-line paragraphs wire08's byline took (no title then, or
        # no line): a clause after the comma, a weekday, a determiner, a word alone
        "By George, they did it",
        "By Monday, the toll had risen",
        "By Tuesday, Turkey Had Agreed",
        "BY THE NUMBERS",
        "By Any Means Necessary",
        "By Design",
        "By the numbers: a year of storms",
    ],
)
def test_a_title_opening_on_by_is_no_byline(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Rudolph still eludesBy Jennifer Brett", "Rudolph still eludes"),
        ("Talks resume in 1998By JOHN SMITH, Associated Press Writer", "Talks resume in 1998"),
        # a space before "by": a passive's agent may follow, no byline is parted
        ("Balloon Lift-off Delayed by One Day", "Balloon Lift-off Delayed by One Day"),
        ("TALKS SCHEDULED BY MEDIATOR GREEN", "TALKS SCHEDULED BY MEDIATOR GREEN"),
        # no name after a run-on "By"
        ("Sales riseBy Any Means", "Sales riseBy Any Means"),
        # hostile32: a title's own "By" or "by" inside a word is none; a title holding "By" ends
        # at the run-on one
        ("Vertigo By Design", "Vertigo By Design"),
        ("Stand By Me Turns 40", "Stand By Me Turns 40"),
        ("Abby Road Reopens", "Abby Road Reopens"),
        ("Baby Boom Ends", "Baby Boom Ends"),
        ("Stand By MeBy Ben E. King", "Stand By Me"),
        # wire11: a CamelCase word opening the line is no title run on to a byline
        ("StandBy Mode Activated", "StandBy Mode Activated"),
        ("NearBy Towns Flooded", "NearBy Towns Flooded"),
        # hostile37: but one word before a byline no title's words could be is parted from it
        ("CommentaryBy ROBERT W. BLACK", "Commentary"),
        ("ObituaryBy Jane Q. Roe", "Obituary"),
        ("AnalysisBy Jane Roe, Associated Press Writer", "Analysis"),
        ("OpinionBy Reuters", "Opinion"),
        ("NearBy Towns Flooded, Officials Say", "NearBy Towns Flooded, Officials Say"),
        ("StandBy A.I. Mode", "StandBy A.I. Mode"),
    ],
)
def test_a_byline_run_on_to_a_title_is_parted_from_it(title, kept):
    assert without_byline(title) == kept


def test_unquoted_leaves_the_reporters_words():
    assert unquoted('He said "we must act" and “now”.') == "He said   and  ."


def test_a_european_or_asian_agencys_latin_dateline_is_left_out_and_gives_the_place():
    """wire11: EFE's "MADRID, 3 dic (EFE).-", AFP's French "PARIS, 3 déc (AFP) -", dpa's "Berlin
    (dpa) -" and ANSA's "(ANSA) - ROME, DEC 3 -" opened their first sentences, Interfax's
    "MOSCOW. Dec 3 (Interfax) -" gave no place; a name and an unknown bracket keep their words."""
    paragraphs = (
        "MADRID, 3 dic (EFE).- El Gobierno aprobó hoy la reforma.",
        "PARIS, 3 déc (AFP) - Le gouvernement a adopté jeudi la réforme.",
        "Berlin (dpa) - Die Regierung hat am Donnerstag die Reform beschlossen.",
        "Hamburg/Berlin (dpa) - Die Reform wurde beschlossen.",
        "(ANSA) - ROME, DEC 3 - Italy's government approved the reform.",
        "MOSCOW. Dec 3 (Interfax) - Russia's government approved the reform.",
        "TOKYO, Dec. 3 (Kyodo) - Japan's government approved the reform.",
        "SEOUL, Dec. 3 (Yonhap) -- South Korea's government approved the reform.",
        "Ciudad de México, 3 dic (EFE).- El Gobierno aprobó la reforma.",
        "MADRID, Dec 3 (EFE).- Spain's government approved the reform.",
        "Paris, 3 décembre 2026 (AFP) - Le gouvernement a adopté la réforme.",
        "Merkel (CDU) - Die Kanzlerin sprach am Donnerstag.",
        "Apple (AAPL) - Shares rose on Thursday.",
    )
    found, places = _read(paragraphs)
    found = [sentence for sentence in found if not is_dateline(sentence)]
    assert found == [
        "El Gobierno aprobó hoy la reforma.",
        "Le gouvernement a adopté jeudi la réforme.",
        "Die Regierung hat am Donnerstag die Reform beschlossen.",
        "Die Reform wurde beschlossen.",
        "Italy's government approved the reform.",
        "Russia's government approved the reform.",
        "Japan's government approved the reform.",
        "South Korea's government approved the reform.",
        "El Gobierno aprobó la reforma.",
        "Spain's government approved the reform.",
        "Le gouvernement a adopté la réforme.",
        "Merkel (CDU) - Die Kanzlerin sprach am Donnerstag.",
        "Apple (AAPL) - Shares rose on Thursday.",
    ]
    cities = "Madrid Paris Berlin Hamburg/Berlin Rome Moscow Tokyo Seoul".split()
    assert places == [*cities, "Ciudad de México", "Madrid", "Paris", "", ""]


def test_more_wire_datelines_are_left_out_and_give_the_place():
    """hostile37: the wire's "_" glued to both sides ("ANDREWS, N.C._Nine days after ...", printed
    whole on a page), dpa's day with a full stop and a city's inner words in lower case, a known
    agency's credit with its city cut (web copy's "(Reuters) -") or ANSA's with no place opened
    their sentences; a "_" in a sentence or after no place, an unknown bracket stay words."""
    datelines = ("ANDREWS, N.C._", "WASHINGTON_", "BERLIN, 3. Dezember (dpa) - ")
    datelines += ("Frankfurt am Main (dpa) - ", "Frankfurt an der Oder (dpa) - ")
    datelines += ("(Reuters) - ", "(ANSA) - ")
    found, places = _read(tuple(dateline + "The talks ended." for dateline in datelines))
    assert [sentence for sentence in found if not is_dateline(sentence)] == ["The talks ended."] * 7
    cities = ["Andrews", "Washington", "Berlin", "Frankfurt am Main", "Frankfurt an der Oder"]
    assert places == [*cities, "", ""]
    kept = ("U.S._Japan talks ended.", "He had a canopy_a tent.", "(CDU) - Die Partei tagt.")
    assert _read((*kept, "(AP Photo) - The talks ended.")) == (
        [*kept, "(AP Photo) - The talks ended."],
        [""] * 4,
    )
    assert is_dateline("ANDREWS, N.C._") and is_dateline("(Reuters) -")
