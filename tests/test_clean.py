import zlib
from datetime import date

import pytest

from briefing.day.clean import clean_article, drop_boilerplate, is_junk_line, is_prose, strip_junk
from briefing.day.dedupe import collapse
from briefing.models import Article


def _article(*paragraphs: str, path: str = "a.txt") -> Article:
    return Article("T", "O", "", path, None, paragraphs)


def clean_articles(articles: list[Article]) -> tuple[list[Article], list]:
    """What the build does with a day's articles: junk out, copies collapsed, then boilerplate
    judged among the different stories left."""
    stripped, junk = strip_junk(articles)
    kept, _ = collapse(stripped)
    cleaned, furniture = drop_boilerplate(kept)
    return cleaned, junk + furniture


def test_navigation_form_and_share_lines_are_junk():
    for line in [
        "Previous articleSpain sweats out sultry nights",
        "Next article: Drone strike",
        "Please enter your comment!",
        "Please enter your name here",
        "Share this article",
        "Subscribe to our newsletter today",
        "Read more",
        "Related Articles",
        "By John Smith",
        "Advertisement",
        "© 2026 Some Media",
        "* * *",
        "Eds: UPDATES with four more deaths in Poland AP Photo By ALISON MUTLER AP Writer",
        "EDITOR'S NOTE: This story contains graphic details.",
        # AP's note set off by a dash, as a dateline is (DUC 2003 d30010t)
        "EDITOR'S NOTE _ Nicolas B. Tatro, based in Jerusalem, is The AP chief of bureau.",
        "EDITOR’S NOTE — This is part of a series on climate.",
        # hostile37: the wire's "_" glued to both sides, as a dateline's may be
        "EDITOR'S NOTE_The following story contains graphic language.",
        # wire copy's byline block and credits (DUC 2007)
        "*By ROBERT W. BLACK",
        "By JOHN SMITH, Associated Press Writer",
        "(Distributed by The New York Times Syndicate)",
        "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS)",
        "(ht-cph)",
    ]:
        assert is_junk_line(line), line


def test_prose_is_not_junk():
    for line in [
        "The talks will resume on Thursday.",
        "Read the statement, the minister said.",
        "By Friday, the ships had left the shoal.",
        "Editors of three papers said they would appeal.",
        "Editors - three of them - said they would appeal.",
        "(Astronomers call one that reaches the ground a meteorite.)",
    ]:
        assert not is_junk_line(line), line


def test_blocks_without_sentence_punctuation_are_dropped_and_lines_joined():
    article = _article(
        "Home | World | Asia",
        "Officials met in Jakarta.\nThey spoke for hours.",
        "Menu\nLogin",
        "The junta said nothing",
    )
    assert clean_article(article).paragraphs == ("Officials met in Jakarta. They spoke for hours.",)


def test_a_paragraph_ending_on_a_wire_desks_sign_off_is_kept_without_it():
    # the desk's initials after the last sentence made it read as no prose (DUC 2003 d31010t:
    # "(ms-aet)" lost the cold wave's Nov. 16 and minus 26 Celsius, so its report stood alone)
    article = _article(
        "The death toll from the cold has reached 83.",
        "The cold began Nov. 16, with temperatures at minus 26 Celsius (minus 4 Fahrenheit). "
        "Most victims were homeless. (ms-aet)",
        "Officials met in Jakarta. (tc-pfg-dkt)",
        "He said it was over (for now)",
    )
    assert clean_article(article).paragraphs == (
        "The death toll from the cold has reached 83.",
        "The cold began Nov. 16, with temperatures at minus 26 Celsius (minus 4 Fahrenheit). "
        "Most victims were homeless.",
        "Officials met in Jakarta.",
    )


def test_short_lines_repeated_across_articles_are_boilerplate():
    footer = "Sign in to keep reading."
    a = _article("Talks began in Jakarta on Thursday.", footer, path="a.txt")
    b = _article("Ships gathered near the reef on Friday.", footer, path="b.txt")
    cleaned, skipped = clean_articles([a, b])
    assert [c.paragraphs for c in cleaned] == [
        ("Talks began in Jakarta on Thursday.",),
        ("Ships gathered near the reef on Friday.",),
    ]
    assert skipped == []


def test_an_article_with_no_prose_is_skipped_saying_why():
    cleaned, skipped = clean_articles([_article("Previous article", "Please enter your comment!")])
    assert cleaned == []
    assert skipped[0].reason == (
        "only navigation, share, byline, copyright or editors' note lines: no article text"
    )
    # a wire file of editors' notes alone says they are what it held
    _, skipped = clean_articles([_article("Eds: UPDATES with four more deaths", "EDITORS: Note.")])
    assert "editors' note lines" in skipped[0].reason
    _, skipped = clean_articles([_article("Home\nWorld news\nAsia", path="menu.txt")])
    assert skipped[0].source == "menu.txt"
    assert skipped[0].reason.startswith("no paragraph ends a sentence (a heading, menu")


STORY = [
    "Ships gathered near the reef on Friday.",
    "He declined to comment.",
    "The coast guard said two vessels were damaged in the collision.",
    "Talks resume on Monday.",
]


def test_wire_copies_collapse_first_and_keep_their_short_paragraphs():
    copies = [_article(*STORY, path="am.txt"), _article(*STORY[:3], path="pm.txt")]
    cleaned, skipped = clean_articles(copies)
    assert [c.paragraphs for c in cleaned] == [tuple(STORY)] and skipped == []


def test_a_long_line_beside_different_text_on_one_sites_pages_is_boilerplate():
    footer = (
        "This article was produced by the newsroom and may not be reproduced, broadcast or "
        "rewritten without the written permission of its owners."
    )
    stories = [
        "Talks began in Jakarta on Thursday.",
        "The junta extended the state of emergency.",
        "Prices rose again in Yangon on Friday.",
        "A ferry sank off Sulawesi with forty people aboard.",
    ]
    articles = [_article(s, footer, path=f"{n}.txt") for n, s in enumerate(stories)]
    articles.append(_article(*STORY, footer, path="wire.txt"))
    articles.append(_article(*STORY, footer, path="wire-copy.txt"))
    cleaned, _ = clean_articles(articles)
    assert all(footer not in c.paragraphs for c in cleaned)
    assert [c.paragraphs for c in cleaned[:4]] == [(s,) for s in stories]
    assert [c.paragraphs for c in cleaned[4:]] == [tuple(STORY)]  # every line of the story


def test_a_line_repeated_inside_one_article_only_is_kept():
    line = "Officials met again."
    cleaned, _ = clean_articles([_article(line, "They talked.", line, "They left.")])
    assert cleaned[0].paragraphs == (line, "They talked.", line, "They left.")


def _from(outlet: str, *paragraphs: str, path: str) -> Article:
    return Article("T", outlet, "", path, None, paragraphs)


def _web(host: str, *paragraphs: str, outlet: str = "") -> Article:
    """A page of `host`, at an address of its own."""
    url = f"https://{host}/{zlib.crc32(' '.join(paragraphs).encode())}"
    return Article("T", outlet, url, "", None, paragraphs)  # fetched: no file


OWN = [
    "Fishermen in Quang Ngai said coast guard vessels chased their boats away from the shoal "
    "before dawn on Thursday, and two crews lost their nets.",
    "The central bank raised its main interest rate by half a point, its third rise this year, "
    "citing food prices that climbed faster than wages.",
    "Flooding along the Irrawaddy forced thousands of families from their homes as rescue "
    "teams ran short of boats and fuel.",
    "Ministers from ten countries signed a customs pact in Vientiane that cuts the paperwork "
    "for lorries crossing their borders.",
    "A court in Bangkok sentenced a former senator to three years in prison for insulting the "
    "monarchy, his lawyers said.",
]


def test_a_paragraph_many_outlets_carry_is_kept_a_short_line_in_many_is_not():
    fact = "The junta extended the state of emergency by six months on Monday."
    own = OWN
    carried = [_web(f"o{n}.example", own[n], fact, outlet=f"O{n}") for n in range(5)]
    cleaned, skipped = clean_articles(carried)
    assert [c.paragraphs for c in cleaned] == [(own[n], fact) for n in range(5)]
    assert skipped == []
    footer = "Sign in to keep reading."
    spread = [_web(f"o{n}.example", own[n], footer) for n in range(5)]
    cleaned, _ = clean_articles(spread)
    assert [c.paragraphs for c in cleaned] == [(own[n],) for n in range(5)]
    cleaned, _ = clean_articles(spread[:4])
    assert all(footer in c.paragraphs for c in cleaned)


def test_furniture_is_judged_per_site_across_its_different_stories():
    notice = "Our journalism depends on readers like you, so please consider supporting it today."
    quote = '"We will not give up," the opposition leader told reporters outside the court.'
    pages = [_web("news.example", text, notice) for text in OWN]
    pages[0] = _web("news.example", quote, OWN[0], notice)
    pages[1] = _web("news.example", quote, OWN[1], notice)
    other = _web(
        "other.example", "Ferries resumed their crossings after the storm, officials said.", notice
    )
    cleaned, _ = clean_articles([*pages, other])
    # A site's prose footer on all five of its stories goes; a quote two of them carry stays;
    # another site's copy of the footer is not that site's furniture.
    assert [c.paragraphs for c in cleaned[:2]] == [(quote, OWN[0]), (quote, OWN[1])]
    assert [c.paragraphs for c in cleaned[2:5]] == [(text,) for text in OWN[2:]]
    assert cleaned[5].paragraphs[-1] == notice
    # A short line goes from two stories of a site; an outlet stands for the site of local files.
    short = "Thanks for reading us."
    local = [_from("Daily", text, short, path=f"{n}.txt") for n, text in enumerate(OWN[:2])]
    cleaned, _ = clean_articles(local)
    assert [c.paragraphs for c in cleaned] == [(OWN[0],), (OWN[1],)]


def test_an_article_that_is_nothing_but_its_sites_furniture_says_so():
    lines = ["Members get more.", "Thanks for reading us."]
    pages = [_web("paper.example", text, lines[n % 2]) for n, text in enumerate(OWN[:4])]
    pages.append(_web("paper.example", *lines))
    cleaned, skipped = clean_articles(pages)
    assert [c.paragraphs for c in cleaned] == [(text,) for text in OWN[:4]]
    assert [s.source for s in skipped] == [pages[-1].url]  # the page, not its site
    assert skipped[0].reason == (
        "nothing but lines other pages of paper.example repeat (a paywall or cookie notice?)"
    )


WIRE = (
    "YANGON (AP) _ Myanmar's military government freed 23 political prisoners on Friday, "
    "state media said. The release came ahead of a regional summit. Relatives waited outside "
    "Insein prison from dawn. Those freed included two journalists. A spokesman said more "
    "releases would follow. The United Nations welcomed the move. Rights groups called it a "
    "gesture. Thousands remain in detention. The junta seized power in 2021. At its,\n"
    "4th graf pvs"
)


def _day(tmp_path, files: dict[str, str]):
    """The briefing made from these text files, without rendering it."""
    from briefing.config import load_config
    from briefing.pipeline import Run, make_briefing

    for name, text in files.items():
        (tmp_path / "news" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "news" / name).write_text(text, encoding="utf-8")
    run = Run.of(load_config(), [tmp_path / "news"], date(2026, 11, 28), tmp_path / "out")
    return make_briefing(run)


def test_two_plain_copies_of_a_one_paragraph_wire_story_build(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = f"Source: AP\n\n{WIRE}\n"
    briefing, stats, articles, _ = _day(tmp_path, {"a.txt": story, "b.txt": story})
    assert stats.duplicates == 1 and len(articles) == 1
    assert "freed 23 political prisoners" in " ".join(articles[0].sentences)
    assert briefing.skipped == ()


def test_a_one_paragraph_story_whose_last_line_lacks_a_full_stop_is_prose():
    cleaned = clean_article(_article(WIRE))
    assert cleaned.paragraphs and "Insein prison" in cleaned.paragraphs[0]
    assert clean_article(_article("Home\nWorld\nAsia")).paragraphs == ()
    assert clean_article(_article("U.S. News\nWorld\nAsia Pacific")).paragraphs == ()
    titles = _article("St. Louis Cardinals\nMr. Smith Goes To Washington")
    assert clean_article(titles).paragraphs == ()
    # One sentence ended inside, the copy cut after it (DUC 2003, APW19981230.0991).
    cut = (
        "JERUSALEM (AP) _ Israeli security officials delayed two planes from taking off from the "
        "Palestinian airport on Wednesday, marking the latest tensions. A plane, 2nd graf, pvs"
    )
    assert clean_article(_article(cut)).paragraphs == (cut.split(" _ ", 1)[1],)


def test_a_heading_in_capitals_is_no_prose_even_ending_on_a_stop():
    heading = "FBI DOUBLES SEARCH TEAM AFTER BOMBING SUSPECT SPOTTED IN N.C."
    alone = clean_article(_article(WIRE)).paragraphs  # the story's dateline left out
    assert clean_article(_article(heading, WIRE)).paragraphs == alone
    shouted = (
        "THE JUNTA FREED 23 POLITICAL PRISONERS FROM INSEIN PRISON ON FRIDAY, STATE MEDIA SAID, "
        "AND RELATIVES WAITED OUTSIDE THE GATES FOR HOURS."
    )
    assert clean_article(_article(shouted)).paragraphs == (shouted,)  # a paragraph in capitals


def test_an_article_in_capitals_throughout_is_prose_not_headings():
    """Capitals mark a heading only against text in lower case: old wire copy is all in them."""
    paragraphs = (
        "THE JUNTA SEIZED THE TOWN OF LASHIO ON FRIDAY, RESIDENTS SAID. TALKS WILL FOLLOW.",
        "CHINA SAID IT WAS WATCHING THE FIGHTING IN MYANMAR CLOSELY.",
    )
    assert clean_article(_article(*paragraphs)).paragraphs == paragraphs
    kept, skipped = strip_junk([_article(*paragraphs)])
    assert skipped == [] and kept[0].paragraphs == paragraphs


def test_the_opening_dateline_is_dropped_whatever_its_case():
    """The lead is the first sentence, not the place it was filed from, in capitals or not."""
    for dateline in (
        "PORT-AU-PRINCE, Haiti (AP) _",
        "Evansville, Indiana, United States -",
        "JAKARTA, July 12 (Reuters) -",
    ):
        first = f"{dateline} Searchers recovered more bodies on Monday from the mud."
        article = Article("a", "AP", "", "a.txt", None, (first, "Officials said rain would go on."))
        assert clean_article(article).paragraphs[0].startswith("Searchers recovered"), dateline


def test_the_dropped_datelines_place_is_kept_as_where_the_article_was_filed():
    """A wire line's "here" means the dateline's city: the citation names it, in the case a
    name is written in."""
    for dateline, place in (
        ("PORT-AU-PRINCE, Haiti (AP) _", "Port-au-Prince"),
        ("RIO DE JANEIRO, Brazil (AP) _", "Rio de Janeiro"),
        ("DAR ES SALAAM, Tanzania (AP) _", "Dar es Salaam"),
        ("COEUR D'ALENE, Idaho (AP) _", "Coeur d'Alene"),
        ("MCALLEN, Texas (AP) _", "McAllen"),
        ("THE HAGUE, Netherlands (AP) _", "The Hague"),
        ("JAKARTA, July 12 (Reuters) -", "Jakarta"),
        ("ST. LOUIS (AP) --", "St. Louis"),
        ("U.S. NAVAL BASE, Cuba (AP) _", "U.S. Naval Base"),
        ("Evansville, Indiana, United States -", "Evansville"),
        ("ÉVORA, Portugal (AP) _", "Évora"),  # a capital past ASCII opens a city too
        ("ÅLESUND, Norway (AP) _", "Ålesund"),
        ("ŁÓDŹ, Poland (AP) _", "Łódź"),  # and past Latin-1
        ("ŠIBENIK, Croatia (AP) _", "Šibenik"),
        ("İZMİR, Turkey (AP) _", "İzmir"),
        ("ČESKÉ BUDĚJOVICE, Czech Republic (AP) _", "České Budějovice"),
        ("ĐÀ NẴNG, Vietnam (AP) _", "Đà Nẵng"),
    ):
        first = f"{dateline} A dissident arrived here Wednesday to plan a protest."
        cleaned = clean_article(Article("a", "AP", "", "a.txt", None, (first,)))
        assert cleaned.place == place, dateline
        assert clean_article(cleaned).place == place  # cleaning again keeps it
    plain = Article("a", "AP", "", "a.txt", None, ("Officials said rain would go on.",))
    assert clean_article(plain).place == ""


def test_a_datelines_place_may_write_its_particle_in_lower_case():
    """The NYT's "COEUR d'ALENE, Idaho _" and "FOND du LAC, Wis. _" stayed in the lead a page
    printed (and the one a benchmark scored): a particle in lower case inside a place set in
    capitals is part of its name; a "_" after prose with no place stays words."""
    for dateline, place in (
        ("COEUR d'ALENE, Idaho _", "Coeur d'Alene"),
        ("FOND du LAC, Wis. _", "Fond du Lac"),
        ("PRAIRIE du CHIEN, Wis. _", "Prairie du Chien"),
    ):
        first = f"{dateline} A dissident arrived here Wednesday to plan a protest."
        cleaned = clean_article(Article("a", "NYT", "", "a.txt", None, (first,)))
        assert cleaned.paragraphs[0].startswith("A dissident"), dateline
        assert cleaned.place == place, dateline
    prose = "It's official: We're fat _ all over America, and in Georgia."
    assert clean_article(Article("a", "NYT", "", "a.txt", None, (prose,))).paragraphs == (prose,)


def test_a_wire_label_or_an_agency_in_a_datelines_place_is_no_city():
    """ "BREAKING NEWS (AP) _" and "UNDATED (AP) _" are left out of the text like a dateline,
    but the citation names no city they are not ("AP · Breaking News", DUC's "Undated")."""
    for dateline in (
        "BREAKING NEWS (AP) _",
        "UNDATED (AP) _",
        "UPDATE 2 -",
        "URGENT _",
        "CNN -",
        "AP --",
    ):
        first = f"{dateline} A dissident arrived here Wednesday to plan a protest."
        cleaned = clean_article(Article("a", "AP", "", "a.txt", None, (first,)))
        assert cleaned.paragraphs[0].startswith("A dissident"), dateline
        assert cleaned.place == "", dateline


def test_a_dateline_on_a_line_of_its_own_gives_the_place():
    """ "ISTANBUL, Turkey (AP) _" as the article's first paragraph: no prose, but its city."""
    lines = ("ISTANBUL, Turkey (AP) _", "A fire swept through a factory on Tuesday, police said.")
    cleaned = clean_article(Article("", "AP", "", "a.txt", None, lines))
    assert (cleaned.place, cleaned.paragraphs) == ("Istanbul", lines[1:])
    # a build strips junk first: the place outlives the dateline's block (cited "AP" alone)
    (stripped,), _ = strip_junk([Article("", "AP", "", "a.txt", None, lines)])
    assert (stripped.place, clean_article(stripped).place) == ("Istanbul", "Istanbul")


def test_a_sentence_after_a_dateline_may_open_on_a_capital_past_ascii():
    """ "ÉVORA, Portugal (AP) _ Évora police said ..." kept its dateline in the printed line and
    was cited with no city, as "ŁÓDŹ, Poland (AP) _ ..." was."""
    for first, place in (
        ("ÉVORA, Portugal (AP) _ Évora police said two workers died in the fire.", "Évora"),
        ("ŁÓDŹ, Poland (AP) _ Łódź firefighters said two workers died in the fire.", "Łódź"),
    ):
        cleaned = clean_article(Article("a", "AP", "", "a.txt", None, (first,)))
        assert cleaned.place == place
        assert cleaned.paragraphs[0] == first.split(" _ ", 1)[1]


def test_list_items_that_are_sentences_are_text_read_without_their_bullet():
    article = _article(
        "Officials met in Yangon on Friday. Among those freed:",
        "- Three senior party members were released from Insein prison.\n"
        "* A journalist jailed in 2021 was also freed, his lawyer said.\n"
        "• Prices rose.",
        "1. The first round will cover a ceasefire in Shan state, officials said.\n"
        "2. A second round is planned for January.",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs[1:] == (
        "Three senior party members were released from Insein prison. "
        "A journalist jailed in 2021 was also freed, his lawyer said. Prices rose.",
        "1. The first round will cover a ceasefire in Shan state, officials said. "
        "2. A second round is planned for January.",
    )
    assert cleaned.flags == ()


def test_list_lines_left_out_as_a_menu_are_flagged_on_the_article_they_left():
    article = _article(
        "- Home\n- World news\n- Asia",
        "Officials met in Yangon on Friday.",
        "1. Ceasefire\n2. Elections",
        "- Share this",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == ("Officials met in Yangon on Friday.",)
    assert cleaned.flags == (
        "6 list lines left out as page furniture, not sentences: "
        "“- Home”, “- World news”, “- Asia” and 3 more",
    )


def test_a_hard_wrapped_line_opening_on_a_dash_goes_on_with_the_sentence_before_it():
    """A spaced dash that a hard wrap put first on a line is no bullet: the line was dropped as
    a menu's entry, so "the talks - which began Friday - would resume" printed spliced."""
    article = _article(
        "The minister said the talks\n- which began Friday in Jakarta -\nwould resume next week.",
        "The vote was put off\n- again.\nKey points\n- The talks resumed.\n- Prices rose.",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == (
        "The minister said the talks - which began Friday in Jakarta - would resume next week.",
        "The vote was put off - again. The talks resumed. Prices rose.",
    )
    assert cleaned.flags == ("1 list line left out as page furniture, not sentences: “Key points”",)


def test_a_rule_of_dashes_or_stars_is_no_list_line_to_flag():
    """DUC 2007's XIE19981120.0299 parts its stories with "- - - -": each build warned of
    "4 list lines left out as page furniture" for a rule."""
    article = _article("Officials met on Friday.", "- - - -", "* * *", "• • •", "The talks ended.")
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == ("Officials met on Friday.", "The talks ended.")
    assert cleaned.flags == ()


def test_a_list_item_whose_sentences_end_inside_it_is_text():
    """NYT19980729.0305 lists quips as items closing on a spaced quote (".' \\""): each was
    left out as page furniture though its sentences end inside it, as a prose line's may."""
    item = (
        "On pain relievers: \"Everything is `extra-strength' now. You can't even get `strength' "
        "anymore; it is off the market. They need `maximum strength.' \""
    )
    article = _article("The crowd laughed at the old jokes.", f"- {item}", "- Home")
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == ("The crowd laughed at the old jokes.", item)
    assert cleaned.flags == ("1 list line left out as page furniture, not sentences: “- Home”",)


def test_list_items_behind_any_bullet_sign_are_read_without_it():
    # hostile11: "‣", "●", "■", "◆", "►" and "○" items printed with their bullets
    items = [f"{sign} Item {n} was released from prison." for n, sign in enumerate("‣●■◆►○")]
    article = _article("Officials met in Yangon on Friday.", "\n".join(items))
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs[1] == " ".join(item[2:] for item in items)


def test_the_line_introducing_a_list_left_out_is_named_with_its_list():
    """leftovers12: an HTML page's "Among those freed were:" (a paragraph of its own, as
    trafilatura gives every line) was dropped with its list and named nowhere; one kept in a
    paragraph of prose, or standing before items that are text, is not lost."""
    article = _article(
        "Officials met in Yangon on Friday.",
        "Among those freed were:",
        "- Two aid workers\n- A French engineer",
        "The talks, held in the capital, will resume next week. Among the measures:\n- Home",
        "Among the measures agreed:",
        "- Taxes will rise by two percent next year, officials said.",
        "Related stories:",
        "- Share this",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == (
        "Officials met in Yangon on Friday.",
        "The talks, held in the capital, will resume next week. Among the measures:",
        "Among the measures agreed: Taxes will rise by two percent next year, officials said.",
    )
    assert cleaned.flags == (
        "5 list lines left out as page furniture, not sentences: "
        "“Among those freed were:”, “- Two aid workers”, “- A French engineer” and 2 more",
    )


def test_stacked_bullets_are_all_read_off_the_item():
    # hostile12: "‣ ► ● Stocks fell" printed "● Stocks fell" (one sign read off per pass)
    article = _article("Officials met on Friday.", "‣ ► ● Stocks fell three percent on the news.")
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs[1] == "Stocks fell three percent on the news."


@pytest.mark.parametrize(
    "items",
    [
        # hostile12: "Key points" over "• Stocks fell ..." printed "Key points • Stocks fell
        # ..." as one sentence; a sign no hard wrap puts first in a sentence opens an item after
        # any line (the hyphen's run-on is hostile11's, above)
        "• Stocks fell three percent.\n● Bonds rose.",
        # hostile13: over "- Stocks fell ..." and "- Bonds rose." it printed "Key points - Stocks
        # fell three percent." (a hard wrap before a dash): a hyphen line with a list line after
        # it is an item, as one with a list line before it is
        "- Stocks fell three percent.\n- Bonds rose.",
    ],
)
def test_a_heading_over_a_list_of_sentences_is_left_out_and_named_not_joined(items):
    article = _article(
        "Officials met on Friday.", f"Key points\n{items}", "The vote was put off\n- again."
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == (
        "Officials met on Friday.",
        "Stocks fell three percent. Bonds rose.",
        "The vote was put off - again.",
    )
    assert cleaned.flags == ("1 list line left out as page furniture, not sentences: “Key points”",)


def test_a_paragraph_on_a_colon_goes_on_into_the_text_it_introduces():
    """hostile12: an HTML paragraph "The chief negotiator said:" before the quotation it
    opens (not a list) was dropped unseen; it is the start of the paragraph after it, and
    named when nothing after it is kept."""
    article = _article(
        "Negotiators met in Geneva on Friday.",
        "The chief negotiator said:",
        "“We will not leave without an agreement.”",
        "Among the measures agreed:",
        "- Taxes will rise by two percent next year, officials said.",
        "He added:",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == (
        "Negotiators met in Geneva on Friday.",
        "The chief negotiator said: “We will not leave without an agreement.”",
        "Among the measures agreed: Taxes will rise by two percent next year, officials said.",
    )
    assert cleaned.flags == (
        "1 line opening on a colon left out, nothing after it kept: “He added:”",
    )


def test_a_paragraph_on_a_colon_does_not_go_on_into_a_new_report():
    """hostile13: "The minister told reporters on Friday:" went on into the next paragraph's
    dateline, "... on Friday: WASHINGTON (AP) — Stocks fell ...", a report of its own: the
    minister was made to say it; the line is named instead, as left out before a paragraph
    kept (leftovers13: the flag said "nothing after it kept")."""
    article = _article(
        "Negotiators met in Geneva on Friday.",
        "The minister told reporters on Friday:",
        "WASHINGTON (AP) — Stocks fell sharply in early trading on Monday.",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == (
        "Negotiators met in Geneva on Friday.",
        "WASHINGTON (AP) — Stocks fell sharply in early trading on Monday.",
    )
    assert cleaned.flags == (
        "1 line opening on a colon left out, the paragraph after it kept without it: "
        "“The minister told reporters on Friday:”",
    )


def test_prose_in_another_script_is_not_junk():
    """hostile13: a line with no letter A-Z was page furniture, so a Greek or Russian article
    was skipped as "only navigation, share, byline, copyright or editors' note lines"."""
    greek = "Η κυβέρνηση ανακοίνωσε την Κυριακή νέα μέτρα για την οικονομία της χώρας."
    russian = "Правительство объявило в воскресенье новые меры для экономики страны."
    for line in (greek, russian):
        assert not is_junk_line(line), line
    assert is_junk_line("— 12 / 2026 —")
    kept, skipped = strip_junk([_article(greek)])
    assert (kept[0].paragraphs, skipped) == ((greek,), [])


def test_a_paragraph_on_a_colon_does_not_go_on_past_a_heading_left_out():
    """hostile13: "The chief negotiator said:" went on past the heading over a list after it
    ("Key points" / "• Stocks fell ..."), so the negotiator said the list's first item."""
    article = _article(
        "Negotiators met in Geneva on Friday.",
        "The chief negotiator said:",
        "Key points\n• Stocks fell three percent on Monday.",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == (
        "Negotiators met in Geneva on Friday.",
        "Stocks fell three percent on Monday.",
    )
    assert cleaned.flags == (
        "1 list line left out as page furniture, not sentences: “Key points”",
        "1 line opening on a colon left out, the paragraph after it kept without it: "
        "“The chief negotiator said:”",
    )


def test_a_paragraph_ending_on_another_scripts_sentence_end_is_prose():
    """hostile13: a Chinese article's one paragraph, ending on "。", was "no paragraph ends a
    sentence" and the article skipped; a full-width, Devanagari or Arabic stop ends one."""
    paragraphs = (
        "东京股市周一大幅下跌，日经指数收盘下跌百分之三。",
        "「株価は下がるのか？」",
        "शेयर बाज़ार आज गिर गया।",
        "هل ترتفع الأسعار؟",
    )
    kept, skipped = strip_junk([_article(paragraph) for paragraph in paragraphs])
    assert (skipped, [article.paragraphs for article in kept]) == ([], [(p,) for p in paragraphs])


def test_a_table_left_out_is_named():
    """hostile13: a Markdown table's rows end no sentence, so the table was left out unseen;
    it is named by its header row. A "---" rule with no column is no table."""
    article = _article(
        "Stocks fell sharply in early trading on Monday.",
        "| City | Change |\n|---|:---:|\n| Ankara | fell three percent |\n| Istanbul | rose |",
        "City | Change\n--- | ---\nIzmir | fell",
        "Bonds\n---",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == ("Stocks fell sharply in early trading on Monday.",)
    assert cleaned.flags == (
        "2 tables left out, no row a sentence: “| City | Change |”, “City | Change”",
    )


def test_a_table_with_no_header_row_is_named_by_its_first_row():
    """hostile14: a table whose rule opens its block (no header row over it) was left out with
    no flag; it is named by the row under its rule. A rule alone names nothing."""
    article = _article(
        "Stocks fell sharply in early trading on Monday.",
        "|---|---|\n| Ankara | fell three percent |\n| Izmir | rose |",
        "|---|---|",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.flags == (
        "1 table left out, no row a sentence: “| Ankara | fell three percent |”",
    )


def test_a_table_inside_a_paragraph_is_left_out_of_it_and_named():
    """hostile14: a table's rows under a sentence of the same block printed glued into its
    paragraph ("... said. | City | Change | | Ankara | 3% |", the rule dropped); the rows are no
    prose: the header row, the rule and the rows under it are left out, the table named."""
    article = _article(
        "Officials released the figures on Monday, the ministry said.\n"
        "| City | Change |\n|---|---|\n| Ankara | 3% |\n| Izmir | fell. |",
        "Prices rose in most cities this week, traders said.\n"
        "City | Change\n--- | ---\nBursa | 4%\nThe index closed lower on Tuesday.",
    )
    (cleaned,), _ = clean_articles([article])
    assert cleaned.paragraphs == (
        "Officials released the figures on Monday, the ministry said.",
        "Prices rose in most cities this week, traders said. The index closed lower on Tuesday.",
    )
    assert cleaned.flags == (
        "2 tables left out, no row a sentence: “| City | Change |”, “City | Change”",
    )


def test_a_skipped_feed_entry_or_page_is_named_by_its_link():
    """hostile14: an entry of a feed file the clean stage skipped was named by the feed file
    alone (which of its entries?), and a fetched page or a fetched feed's entry (no file) by
    nothing at all: as a flag names them, the file with the link when the file gave several
    articles, else the link."""
    menu = "Home\nWorld\nSport"
    entries = [
        Article("Menu", "O", "https://ex.org/menu", "news/feed.xml", None, (menu,)),
        Article("Rates", "O", "https://ex.org/rates", "news/feed.xml", None, ("Rates fell.",)),
        Article("Page", "O", "https://ex.org/page", "", None, (menu,)),
        _article(menu, path="news/menu.txt"),
    ]
    _, skipped = strip_junk(entries)
    assert [s.source for s in skipped] == [
        "news/feed.xml (https://ex.org/menu)",
        "https://ex.org/page",
        "news/menu.txt",
    ]


def test_a_chinese_sites_prose_in_two_of_its_stories_is_no_furniture():
    """cjk16: a Chinese line was one word by spaces, never more than SHORT_LINE, so a site's
    background paragraph in two of its stories went as its furniture; words as `word_count`
    counts them (a 40-letter sentence is 25) make it prose, and it stays as an English one does."""
    background = "中美两国互为重要贸易伙伴，今年前十个月双边货物贸易额超过五千亿美元。"
    pages = [_web("news.example", text) for text in OWN]
    pages[0] = _web("news.example", background, OWN[0])
    pages[1] = _web("news.example", background, OWN[1])
    cleaned, _ = clean_articles(pages)
    assert [c.paragraphs for c in cleaned[:2]] == [(background, OWN[0]), (background, OWN[1])]


def test_a_thai_or_lao_paragraph_with_no_stop_is_prose_and_a_menu_of_theirs_is_not():
    """scripts24's leftover: Thai and Lao mark no sentence end (a space between sentences), so
    a Thai or Lao article was skipped as "no paragraph ends a sentence". A run of their letters
    longer than a short line is a clause; a menu's items are single words."""
    thai = (
        "ตลาดหุ้นไทยปรับตัวลดลงอย่างหนักในวันอังคารหลังจากนักลงทุนต่างชาติขายหุ้นออกมา "
        "ดัชนีปิดตลาดลดลงร้อยละสามซึ่งเป็นการลดลงมากที่สุดในรอบหกเดือน"
    )
    lao = "ລັດຖະບານລາວໄດ້ປະກາດມາດຕະການໃໝ່ເພື່ອແກ້ໄຂບັນຫາເງິນເຟີ້ທີ່ສູງຂຶ້ນໃນວັນອັງຄານທີ່ຜ່ານມາ"
    kept, skipped = strip_junk([_article(thai), _article(lao)])
    assert (skipped, [article.paragraphs for article in kept]) == ([], [(thai,), (lao,)])
    assert not is_prose(["หน้าแรก ข่าว กีฬา บันเทิง ต่างประเทศ เศรษฐกิจ การเมือง"])


def test_an_armenian_paragraph_on_colons_typed_for_full_stops_is_prose():
    """scripts25: Armenian writers type ":" for their full stop "։", so an Armenian paragraph
    ending on one was read as a line opening on a colon and left out ("nothing after it
    kept"), and an article of such paragraphs skipped as "no paragraph ends a sentence"."""
    paragraphs = (
        "Կառավարությունը երեքշաբթի օրը հայտարարեց նոր տնտեսական միջոցառումների մասին:",
        "Ընդդիմությունը քննադատեց կառավարության որոշումը խորհրդարանում:",
    )
    (cleaned,), _ = clean_articles([_article(*paragraphs)])
    assert (cleaned.paragraphs, cleaned.flags) == (paragraphs, ())


def test_a_digest_of_other_stories_is_skipped_with_its_reason():
    items = (
        "NEW YORK (AP) _ A comedian's new girlfriend has an angry husband, the tabloids said.",
        "LONDON (AP) _ A dancer agreed to pay his former manager to settle a lawsuit.",
        "BRISBANE, Australia (AP) _ A woman awoke to find a snake around her arm.",
    )
    kept, skipped = strip_junk([_article(*items), _article(*items[:1], path="b.txt")])
    assert [a.path for a in kept] == ["b.txt"]
    assert [s.reason for s in skipped] == [
        "a digest of 3 items, each opening on its own slug or dateline: no story of its own; "
        "2 items told by no other source: “A dancer agreed to pay his former manag…”, "
        "“A woman awoke to find a snake around he…”"
    ]  # wire11: the item b.txt tells in full is not named; the news only the digest gave is
