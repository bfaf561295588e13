import re

import pytest

from briefing.text import standalone
from briefing.text.standalone import lean_reasons, leans_on, stands_alone


@pytest.mark.parametrize(
    "text",
    [
        "The top US and Chinese diplomats will hold their second meeting on Thursday in Jakarta.",
        "Thailand’s foreign minister on Wednesday said he met with Aung San Suu Kyi last week.",
        "Myanmar, also known as Burma, has been ruled by the military since 1962.",
        "Neither the United States nor China has predicted breakthroughs.",
    ],
)
def test_news_sentences_stand_alone(text):
    assert stands_alone(text), leans_on(text)


@pytest.mark.parametrize(
    "text",
    [
        "But the navy sailed past the reef.",
        "China claims almost the entirety of the strategic waterway.",
        "“Japan and South Korea want to keep Myanmar out of China’s orbit,” he said.",
        "Thailand’s government has also sought engagement with the junta.",
        "There was no immediate response from the military government to Suu Kyi's demand.",
        "the talks went on.",
        # the last sentence of a quotation opened before it: its speaker is in that one
        'We will talk to the junta on Monday."',
        "We will talk to the junta on Monday.”",
    ],
)
def test_sentences_that_lean_on_the_one_before(text):
    assert leans_on(text)


def test_a_bare_surname_introduced_earlier_in_full_leans_on_it():
    earlier = ["Dissident Xu Wenli was detained in Beijing.", "Xu Wenli had founded a party."]
    assert leans_on("Washington urged that Xu be released.", earlier)
    assert stands_alone("Washington urged that Xu Wenli be released.", earlier)
    # A name first met on its own is a place or a body, not a surname.
    assert stands_alone("China denied any role on Monday.", ["It is China.", "South China Sea"])


def test_a_definite_phrase_for_something_the_article_named_leans_on_it():
    earlier = [
        "Typhoon Babs brought torrential rains to Taiwan, killing 156 people.",
        "The Hong Kong Observatory said the typhoon was 300 kilometers away.",
    ]
    assert leans_on("The rains were heaviest in the north.", earlier)
    assert leans_on("Schools closed on Tuesday, the observatory said.", earlier)
    # Said which one, or never met before: it reads on its own.
    assert stands_alone("The rains in Taiwan killed three people on Monday.", earlier)
    assert stands_alone("The new airport in Gaza opened on Tuesday.", earlier)
    assert stands_alone("The top US and Chinese diplomats met on Thursday.", earlier)


def test_a_definite_phrase_ends_at_its_verb_not_at_a_word_after_the_verb():
    """Region seeds 10 and 11: the verb's "on" is no qualifier of the noun ("The cold front
    arrived on Nov. 16"), nor is the verb the phrase's noun ("The lowest temperature reported
    was ...")."""
    earlier = [
        "An Arctic cold front has killed 32 people in Poland, police said Monday.",
        "Temperatures fell to minus 26 Celsius in the north.",
    ]
    assert leans_on("The cold front arrived on Nov. 16.", earlier)
    assert leans_on("The lowest temperature reported was minus 26 Celsius.", earlier)
    # A participle before the noun is no verb; a noun the article never used reads alone.
    assert stands_alone("The reported deaths rose to 40 on Monday.", earlier)
    assert stands_alone("The army deployed on Monday to clear the roads.", earlier)


def test_leaning_is_read_for_the_wanted_sentences_alone_and_reads_the_same():
    from briefing.models import Article
    from briefing.text.segment import article_sentences
    from briefing.text.standalone import leaning_of

    article = Article(
        "", "", "", "a", None, ("Dissident Xu Wenli was detained in Beijing.", "Xu was freed.")
    )
    sentences = article_sentences(article)
    every = leaning_of(sentences)
    assert list(every.values()) == [False, True]
    assert leaning_of(sentences, {sentences[1].id}) == {sentences[1].id: True}


@pytest.mark.parametrize(
    "text",
    [
        "Though government officials say such a plan is only one of six possibilities, it is "
        "being studied.",
        "Galina Starovoitova was one, and her murder shocked the country.",
        "Soon after, U.S. officials gathered in Washington to review the case.",
        "No kidding, says the Post Office: It, too, wants faster mail.",
        "Days later, the army withdrew from the border.",
        # region seed 111's Coming up: similar to what, the reader never saw
        "On Thursday morning, a few hundred miles to the east in the city of Hangzhou, Wang "
        "Youcai, 33, is to go on trial on similar charges of inciting subversion.",
        "A month later, the Los Angeles city council voted to enact a similar ban.",
        # region seed 179 (background20): a contrast set off by commas answers a line before it
        "People in East Asia, however, will have ringside seats for the Leonid storm.",
        "Negotiators ended without a date for the next round, though.",
        "Officials in Manila, meanwhile, ordered the schools closed.",
        "The army, in turn, withdrew from the border.",
        "The fighting spread to the villages along the northern border, too.",
    ],
)
def test_lines_that_lean_on_what_the_reader_never_saw(text):
    assert leans_on(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Leaders such as Lee Jae-myung met in Seoul on Monday.",
        "Galina Starovoitova, a liberal lawmaker, was shot dead in St. Petersburg on Friday.",
        "Thailand's foreign minister said he met Aung San Suu Kyi on Sunday.",
        # the likeness is to what the sentence itself names
        "Students who use Napster or similar programs said they would not be denied.",
        "The storm caused damage similar to that of Hurricane Mitch last year.",
        # a conjunction or an adverb in the clause is no connective set off by commas
        "The army withdrew, though it kept its guns on the border.",
        "Officials said they would however long it took rebuild the bridge.",
        "Negotiators said talks would go on meanwhile in Geneva.",
        # "too" of degree after a comma is no "too" set off by commas (DUC 2003's lean-to)
        "For most of her life, the family lived in a lean-to, too poor to build a proper home.",
        "South Africa has new problems to deal with: unemployment, crime, too few schools.",
    ],
)
def test_lines_that_stand_alone_still_do(text):
    assert leans_on(text) == [], text


def test_an_articles_opening_sentence_leans_on_nothing_past_its_first_words():
    from briefing.models import Article
    from briefing.text.segment import article_sentences
    from briefing.text.standalone import leaning_of

    lead = (
        "President Clinton expressed sympathy to Israel on Friday after a car bomb exploded in a "
        "Jerusalem market but said the attack should not derail the peace deal."
    )
    opening = article_sentences(Article("", "", "", "a", None, (lead, "Police closed the market.")))
    assert leaning_of(opening)[opening[0].id] is False  # its "the attack" is the car bomb
    # The same line later in an article, or met out of its article, may point back.
    later = article_sentences(Article("", "", "", "b", None, ("Police closed a market.", lead)))
    assert leaning_of(later)[later[1].id] is True
    assert leans_on(lead)
    # An opening that starts on a pronoun or "the ..." phrase still leans on the headline.
    for text in ("It plowed past 17 Caribbean islands on Monday.", "The move drew protests."):
        [first] = article_sentences(Article("", "", "", "c", None, (text,)))
        assert leaning_of([first])[first.id] is True, text


def test_a_bare_surname_after_an_opening_phrase_or_of_a_four_word_name_leans():
    # region seed 15: "According to American officials, Ahmed walked into the Nairobi embassy"
    # told the embassy story; its article had named "Mustafa Mahmoud Said Ahmed" before
    earlier = ["The Egyptian, Mustafa Mahmoud Said Ahmed, is now in jail in Tanzania."]
    assert leans_on("According to American officials, Ahmed walked into the embassy.", earlier)
    assert leans_on("Ahmed walked into the Nairobi embassy last November.", earlier)
    assert stands_alone(
        "According to officials, Mustafa Mahmoud Said Ahmed walked into the embassy.", earlier
    )
    assert stands_alone("On Friday, Turkey said it would close the border.", earlier)


def test_a_definite_subject_of_a_reported_clause_leans_like_an_opening_one():
    # two-day seed 16: "Syria claims the ties are a threat to the Arab world" told the
    # Turkey-Syria story; the ties (Turkey's with Israel) were named the sentence before
    earlier = ["Fueling tension are Turkey and Israel's expanding military ties."]
    assert leans_on("Syria claims the ties are a threat to the Arab world.", earlier)
    assert stands_alone("Syria claims the ties with Israel are a threat.", earlier)
    assert stands_alone("Syria claims the border is closed.", earlier)


def test_the_two_other_ones_lean_on_the_ones_named_before():
    # two-day seed 15: "The two other defendants in court Tuesday _ ... _ have each been
    # charged" (the third was named in the article's lines before)
    assert leans_on("The two other defendants in court Tuesday have each been charged.")
    assert leans_on("The three other men were freed.")


@pytest.mark.parametrize(
    "text",
    [
        # a DUC 2007 region day's news sentence, after "Two studies ... found ..."
        "One, led by researchers at the Scripps Clinic, found that interferon slowed the disease.",
        "One of them, interferon beta-1a, is a genetically engineered drug.",
        "Both were arrested on Friday.",
        "Two of the three plants closed.",
        "The first, in 1997, ended hours after liftoff.",
    ],
)
def test_a_bare_numeral_standing_for_ones_named_before_leans(text):
    assert leans_on(text)


@pytest.mark.parametrize(
    "text",
    [
        # a DUC 2007 region day told Microsoft's trial by its chronology's entry
        "Dec. 17 - The Justice Department asks Jackson to hold Microsoft in contempt.",
        "Aug. 20 _ The FTC decides to drop its probe.",
        "1994: Microsoft signs a consent decree.",
    ],
)
def test_an_entry_of_a_chronology_is_no_news_of_its_own(text):
    assert "an entry of a chronology (a date, a dash)" in leans_on(text)


def test_a_date_opening_a_sentence_is_no_chronology():
    assert stands_alone("Dec. 17 was the day Microsoft was held in contempt.")
    assert stands_alone("In 1994 Microsoft signed a consent decree.")


@pytest.mark.parametrize(
    "text",
    [
        "One man was killed on Friday.",
        "One of the world's largest banks failed.",
        "Two people died in the fire.",
        "The first flight left at noon.",
        "One of those who fought in Afghanistan was Mahmud Abouhalima.",
        # hostile31: a numeral or "both" before its noun, a headline's "One dead"
        "One dead, 12 hurt in bus crash near Ankara.",
        "Both sides agreed on Monday to a ceasefire in southern Lebanon.",
        "Each of the 15 member states must ratify the treaty, the European Commission said.",
    ],
)
def test_a_numeral_counting_a_noun_stands_alone(text):
    assert stands_alone(text), leans_on(text)


def test_a_line_inside_a_block_a_colon_lead_in_opens_leans_on_it():
    from briefing.models import Article, Sentence
    from briefing.text.standalone import leaning_of

    lines = (
        "Beijing responded: We will watch Myanmar closely.",
        "We will talk to the junta on Monday.",
        "We will talk to the junta on Monday.",
    )
    article = Article("", "", "", "a", None, (), sentences=lines)
    # the block runs to its paragraph's end: the third line opens a paragraph of its own
    sentences = [Sentence(text, article, n // 2, n) for n, text in enumerate(lines)]
    assert list(leaning_of(sentences).values()) == [False, True, False]
    quoted = (
        'Beijing responded: "We will watch Myanmar closely.',
        "We will talk to the junta on Monday.",
        'We will meet its envoy."',
        "Officials in Yangon will meet on Tuesday.",
    )
    article = Article("", "", "", "b", None, (), sentences=quoted)
    sentences = [Sentence(text, article, 0, n) for n, text in enumerate(quoted)]
    assert list(leaning_of(sentences).values()) == [False, True, True, False]


def test_what_an_article_said_is_looked_up_not_searched_again(monkeypatch):
    """A long article of "The storm ..." lines: whether "storm" was used before is looked up in
    the words read, not searched for in all the text read so far (quadratic: 40k sentences took
    16 s), and 'storms' or "storm's" before count as it."""
    searched: list[int] = []
    search = re.search

    def counted(pattern: str, string: str, *args: object) -> re.Match[str] | None:
        searched.append(len(string))
        return search(pattern, string, *args)

    monkeypatch.setattr(standalone.re, "search", counted)
    texts = ["Storms and the storm's rains hit Taiwan."] + ["The storm moved north."] * 500
    assert all(lean_reasons(texts)[1:])
    assert not lean_reasons(["Rains hit Taiwan.", "The storm moved north."])[1]
    assert max(searched, default=0) < 100


@pytest.mark.parametrize(
    "text",
    [
        # a demonstrative points at an event or a thing the article named before it
        "Bin Laden has long been suspected of involvement in that and other attacks on Americans.",
        "Police have charged two men in that attack.",
        "Diplomats said those talks would resume in Geneva on Monday.",
        "Critics say this decision will cost the airline dearly.",
    ],
)
def test_a_demonstrative_pointing_back_leans(text):
    assert leans_on(text)


@pytest.mark.parametrize(
    "text",
    [
        # "that" opening a reported clause, "this week": no demonstrative pointing back
        "Officials said that talks with the rebels would resume in Geneva on Monday.",
        "Officials said on Tuesday that agreement on the budget was near.",
        "The Israeli Cabinet will vote on the Wye accord this week, officials said Sunday.",
        "Many of those who fled the fighting in Kosovo returned to their villages on Monday.",
    ],
)
def test_a_reported_clause_or_a_time_is_no_demonstrative(text):
    assert stands_alone(text), leans_on(text)


def test_the_airline_or_the_plane_named_before_leans():
    # region seeds 65 and 66, day 2: the airline is Philippine Airlines, which the reader never saw
    earlier = ["Philippine Airlines will shut down on Friday, its president said."]
    text = (
        "When negotiations for Cathay Pacific Airways to acquire a stake collapsed earlier this "
        "month, several analysts said the airline's options were running out."
    )
    assert leans_on(text, earlier)
    assert leans_on("Investigators said the plane broke up on impact.", earlier)
    # which one it is said after it: no back-reference
    assert stands_alone("Investigators said the plane that crashed off Nova Scotia broke up.")


def test_a_bare_pronoun_subject_after_an_opening_phrase_leans():
    # region seed 65, day 2: "On Dec. 7, they submitted a rehabilitation plan ..."
    assert leans_on("On Dec. 7, they submitted a rehabilitation plan to the commission.")
    assert leans_on("In a speech in Manila on Monday, he urged the unions to accept the deal.")
    # region seed 110: Asia's fourth entry; whose father, the reader never saw
    assert leans_on(
        "In a telephone interview Wednesday evening, his father, Qin Qinguo, 76, said that "
        "before the trial begins, he plans to hand the court a written plea for postponement."
    )
    assert leans_on("On Monday, their lawyers asked the court for a delay.")
    # a pronoun inside a clause of its own, after a named subject: no lean
    named = "On Monday, Estrada said they would return to work if the unions agreed."
    assert stands_alone(named), leans_on(named)


@pytest.mark.parametrize(
    "text",
    [
        # region seed 74: Middle East's second entry; "immediately" after the bombing the reader
        # never saw
        "The Israeli Cabinet immediately suspended deliberations on the peace accord that was "
        "reached in Wye Mills, Md., last month.",
        "Government officials immediately announced that they were offering two rewards.",
        "The Amnesty report was immediately challenged by the interior ministers of 16 states.",
    ],
)
def test_a_reaction_at_once_to_what_came_before_leans(text):
    assert leans_on(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Israel immediately suspended talks after the bombing in Jerusalem on Friday.",
        "Calls to Yale and USC were not immediately returned on Monday.",
        "Police said the bodies of the two climbers were found on Monday and immediately moved.",
        # hostile9: a verb to come or ending in 'eed' is no past reaction
        "Hospitals in Jakarta would immediately need more blood, doctors said on Monday.",
        "Hospitals in Jakarta immediately need more blood, doctors said on Monday.",
        "Investors should immediately heed warnings from the central bank, Greenspan said.",
        "Japan will immediately set up a relief fund for flood victims in Bangladesh.",
        "Japan must immediately proceed with bank reforms, Rubin said on Monday.",
    ],
)
def test_a_reaction_that_says_to_what_or_is_no_reaction_stands_alone(text):
    assert stands_alone(text), leans_on(text)


@pytest.mark.parametrize(
    "text",
    [
        # region seed 73: the Leonid entry's line; "unfortunately" weighs the news against what
        # the reader hoped, told before it: the writer's comment, not the news
        "Unfortunately for residents of the United States, the Leonid storm on Nov. 17 is "
        "expected to begin at 2:43 p.m. Eastern standard time.",
        "Not surprisingly, conservatives won Iran's election on Friday.",
        "Ironically, the dam was built to prevent floods.",
        "Worse still, the rains returned on Monday.",
        "Oddly enough, no one was hurt.",
    ],
)
def test_a_line_opening_on_the_writers_stance_leans(text):
    assert leans_on(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Fortunately Foods Inc. said on Monday it would close two plants.",
        "Naturally occurring gas leaked from the well on Sunday.",
        '"Unfortunately, prices rose by a fifth," Iran\'s oil minister said on Monday.',
    ],
)
def test_a_stance_word_that_is_no_opening_comment_stands_alone(text):
    assert stands_alone(text), leans_on(text)


def test_another_opening_a_reported_clause_or_a_with_phrase_leans_like_an_opening_one():
    # region seed 114: "Police said another 173 people were injured ..." told the Goteborg
    # fire, leaning on the dead the reader never saw, as "Another 102 people were injured" does
    assert leans_on("Police said another 173 people were injured, 20 of them severely, Friday.")
    assert leans_on("With another 17 people in intensive care, officials expect more deaths.")
    assert leans_on("Another 102 people were injured by flying debris, Arevalo said.")
    # "another" further on counts on what the sentence names, or on nothing
    assert stands_alone(
        "The junta has detained another 187 members of the party, bringing the total to 702."
    )
    assert stands_alone("The court ordered the two Israelis held for another five days.")
    assert stands_alone("Israel will hand over another 13 percent of the West Bank.")


def test_an_ordinal_opening_the_sentence_counts_on_ones_the_reader_never_saw():
    # region seed 151: "A third leading advocate of the China Democracy Party ..., Wang Youcai,
    # was accused ..." told the dissidents' arrests, the first two never named on the page
    assert leans_on(
        "A third leading advocate of the China Democracy Party, Wang Youcai, was accused of"
        " inciting the overthrow of the government, a rights group reported."
    )
    assert leans_on("A second man was found overnight in Elblag province in northern Poland.")
    assert leans_on("The third former guard, Shane Wright, remains a fugitive.")
    assert leans_on("The company said the fourth hostage may have been employed directly.")
    # an ordinal of a series the sentence names, a compound, or further on stands
    assert stands_alone("The fifth anniversary of the Oslo Accords has been marked by clashes.")
    assert stands_alone("The second round of talks opened in Geneva on Monday.")
    assert stands_alone("The second-largest party in parliament won 40 seats on Sunday.")
    assert stands_alone("Star striker Chen Yang scored a second goal for China on Wednesday.")


def test_an_ordinal_ranking_a_superlative_counts_on_nothing():
    """hostile13: "The second largest city in Turkey was hit by floods" leaned as "a third
    leading advocate" does, though it ranks, as "the second-largest" (which stood) does."""
    assert stands_alone("The second largest city in Turkey was hit by floods on Monday.")
    assert stands_alone("Police said the third biggest bank in Japan was raided on Monday.")
    assert stands_alone("The fourth most populous state voted on Tuesday.")
    assert leans_on("A second arrest was made in Ankara on Monday, police said.")


def test_a_line_attributed_to_a_bare_surname_introduced_with_an_initial_leans():
    # region seed 179: Asia's Leonid entry was told by '"Some people think the Leonid storm
    # ...," Yeomans said.', its article having named "Donald K. Yeomans" paragraphs before
    earlier = ["Donald K. Yeomans of the Jet Propulsion Laboratory tracks the comet."]
    assert leans_on('"The 1998 shower will be more modest," Yeomans said.', earlier)
    assert leans_on('"The shower will be modest," said Yeomans.', earlier)
    assert leans_on("Yeomans tracks the comet.", earlier)
    assert stands_alone('"The shower will be modest," Donald K. Yeomans said.', earlier)
    assert stands_alone('"The shower will be modest," NASA said.', earlier)
    assert stands_alone(
        '"The shower will be modest," said Donald Yeomans, a NASA scientist.', earlier
    )
