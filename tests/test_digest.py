import pytest

from briefing.day.digest import digest_reason, untold_items

# A syndicate's package: a note to editors, then items, each a slug and a paragraph or two.
PACKAGE = (
    "Here is TUESDAY'S package of health stories, distributed to clients by the syndicate.",
    "For questions please call the syndicate desk.",
    "KNEE-PAIN-MED _ Researchers studying knee pain are looking at the brain for answers.",
    "Osteoarthritis affects the joints that bear weight, the knee and the hip.",
    "SLEEP-TEENS-MED _ Teenagers who sleep late do better at school, a survey finds.",
    "The survey asked 3,000 pupils when they went to bed and when their first class began.",
    "DIET-SALT-MED _ A new guideline asks cooks to halve the salt in bread.",
    "Bakers say their customers will not notice the difference in most loaves.",
)

# A wire's people-in-the-news digest: each item has its own dateline.
PEOPLE = (
    "NEW YORK (AP) _ A comedian's new girlfriend has an angry husband, the tabloids said.",
    "LONDON (AP) _ A dancer agreed Tuesday to pay his former manager to settle a lawsuit.",
    "BRISBANE, Australia (AP) _ A woman awoke Tuesday to find a snake around her arm.",
)

# A newspaper's budget: slugs with the place in brackets.
BUDGET = (
    "The Post plans to move the following stories for clients of the wire.",
    "BLAST-VICTIMS (BELLINGHAM, Wash.) _ A sad scene unfolded at the elementary school.",
    'By Kim Wilson. (Story will move in the "a" category.)',
    "TIDE (OLYMPIA, Wash.) _ The ocean is winning its war with the shoreline this week.",
    'By Mike Barber. (Story will move in the "a" category.)',
    "SHELLFISH-HARVEST (Seattle) _ How much shellfish should an urban shucker eat?",
)


def test_a_package_of_slugged_items_is_a_digest():
    assert digest_reason(PACKAGE) == "a digest of 3 items, each opening on its own slug or dateline"


def test_items_with_their_own_datelines_are_a_digest():
    assert digest_reason(PEOPLE)  # "Tuesday" in two items is no shared subject


def test_a_budget_of_slugs_with_bracketed_places_is_a_digest():
    assert digest_reason(BUDGET)


def test_two_items_are_no_list():
    assert digest_reason(PEOPLE[:2]) == ""


def test_a_story_with_a_list_after_it_is_no_digest():
    lead = "The hurricane plowed across the islands, and its damage was selective. " * 8
    places = (
        "ANTIGUA _ Most of the damage here was to homes; hotels reopened.",
        "HAITI _ Hotels in the capital suffered power failures in the storm.",
        "CUBA _ Resorts on the northern coast reported little storm damage.",
    )
    assert digest_reason((lead, lead, *places)) == ""


def test_one_event_told_from_several_capitals_is_no_digest():
    reactions = (
        "JERUSALEM _ Israel's cabinet approved the withdrawal from the West Bank on Thursday.",
        "CAIRO _ Egypt welcomed Israel's withdrawal decision, its foreign minister said.",
        "AMMAN _ Jordan said the withdrawal was a first step toward peace.",
    )
    assert digest_reason(reactions) == ""


def test_a_news_report_with_a_dateline_is_no_digest():
    report = (
        "ANKARA, Turkey (AP) _ Rescuers pulled survivors from the rubble on Wednesday.",
        "The quake struck before dawn and was felt in Istanbul.",
        "Officials said the toll would rise.",
    )
    assert digest_reason(report) == ""


@pytest.mark.parametrize(
    "entries",
    [
        # a timeline: each entry opens on its date
        ("JAN. 5 - Rebels seize a town.", "FEB. 12 - Troops are sought.", "MARCH 3 - Talks."),
        # a strike day by day
        ("MONDAY - Dockers walk out.", "TUESDAY - Ships queue.", "WEDNESDAY - The union meets."),
    ],
)
def test_a_timeline_of_dated_entries_is_no_digest(entries):
    assert digest_reason(("A timeline of the crisis:", *entries)) == ""


def test_a_questions_and_answers_page_is_no_digest():
    pairs = (
        "QUESTION - What did the summit decide?",
        "ANSWER - Leaders agreed to launch the euro in January.",
        "QUESTION - Who stayed out?",
        "ANSWER - Britain, Denmark and Sweden did.",
    )
    assert digest_reason(pairs) == ""  # two labels, each repeated: no items of their own


def test_a_collection_of_quoted_reactions_is_no_digest():
    quotes = (
        "Reactions to the verdict:",
        'WASHINGTON — "This is a great day for justice," the attorney general told reporters.',
        'NEW YORK — "We will appeal," the defense lawyer declared outside the court.',
        "LOS ANGELES — “I am disappointed,” the victim's mother added.",
    )
    assert digest_reason(quotes) == ""


def test_a_story_with_a_related_list_of_headlines_is_no_digest():
    story = (
        "WASHINGTON (AP) _ The Senate passed the budget bill on Tuesday by 55 votes to 45.",
        "The bill now goes to the House, where its fate is uncertain.",
        "Related:",
        "WASHINGTON - House leaders vow to fight U.S. spending cuts",
        "NEW YORK - Markets rally on budget hopes",
        "CHICAGO - Farmers worry about subsidy cuts",
    )
    assert digest_reason(story) == ""


def test_news_in_brief_of_short_items_is_a_digest():
    brief = (
        "NEWS IN BRIEF",
        "BOSTON _ Fire destroyed a warehouse.",
        "DENVER _ Snow closed the airport.",
        "MIAMI _ A boat capsized; four were rescued.",
    )
    assert digest_reason(brief)


def test_items_sharing_only_a_stop_word_are_a_digest():
    brief = (
        "NEW YORK (AP) _ A man who robbed three banks got 20 years, prosecutors said.",
        "LONDON (AP) _ A rare painting sold for $10 million at auction, Sotheby's said.",
        "TOKYO (AP) _ A typhoon forced 2,000 people from their homes, officials said.",
    )
    assert digest_reason(brief)


def test_a_live_story_of_numbered_updates_is_no_digest():
    updates = (
        "UPDATE 1 - A strong earthquake struck central Turkey before dawn.",
        "UPDATE 2 - Buildings collapsed in Adana, witnesses told television.",
        "UPDATE 3 - The death toll rose to 40, the governor said.",
    )
    assert digest_reason(updates) == ""


def test_reactions_mostly_quoted_after_their_speaker_are_no_digest():
    quotes = (
        'WASHINGTON — The president said: "This is a great day for peace in the Middle East."',
        'JERUSALEM — The prime minister said: "We will hold them to every line they signed."',
        'GAZA — A negotiator said: "The occupation must end, and this is a first step."',
    )
    assert digest_reason(quotes) == ""


def test_a_digests_items_no_other_article_carries_are_named():
    """wire11: a digest is left out, and with it the one report of an item's news; the items
    whose full story the day holds (opening on the item's words) are not named, the others are."""
    knee = " ".join(
        (PACKAGE[2].split("_ ")[1], PACKAGE[3], "Doctors at three clinics took part in the study.")
    )
    salt = "Bread is the biggest source of salt in the diet, bakers' groups said."
    untold = [PACKAGE[4].split("_ ")[1], PACKAGE[6].split("_ ")[1]]
    assert untold_items(PACKAGE, f"{knee} {salt}") == untold  # the teens' sleep, bread's salt
    assert untold_items(PEOPLE, "") == [item.split("_ ")[1] for item in PEOPLE]


def test_a_police_log_sharing_only_its_attribution_is_a_digest():
    """wire11: "police" in every item, only in ", police said.", was read as one subject; who
    told each item is no subject, what it tells is."""
    log = (
        "MAPLE STREET _ A car was stolen from a driveway overnight, police said.",
        "ELM AVENUE _ A woman reported her purse taken from a shopping cart, police said.",
        "RIVER ROAD _ A man was arrested on a drunken driving charge, police said Tuesday.",
    )
    assert digest_reason(log)


def test_one_event_told_from_several_capitals_with_attributions_is_no_digest():
    reactions = (
        "JERUSALEM _ The cabinet approved the withdrawal on Thursday, officials said.",
        "CAIRO _ Egypt welcomed the withdrawal, its foreign minister said.",
        "AMMAN _ Jordan called the withdrawal a first step, a spokesman said.",
    )
    assert digest_reason(reactions) == ""


def test_items_going_on_from_the_one_before_are_one_story_told_place_by_place():
    """hostile37: a spree or a storm's path told town by town, each item closing on the same
    attribution, was a digest once the attribution was no subject (wire11); its items go on from
    each other ("He then ...", "It ..."), which a digest's items, each a story's lead, do not."""
    spree = (
        "MAPLE VALLEY _ A gunman shot a store clerk early Tuesday, police said.",
        "KENT _ He then shot a driver at a gas station, police said.",
        "RENTON _ He was arrested after a chase, police said.",
    )
    storm = (
        "ANTIGUA _ Winds tore roofs from 200 homes, the hurricane center said.",
        "BARBUDA _ It then flooded the airport's runway, the hurricane center said.",
        "ST. KITTS _ Its rain cut power across the island, the hurricane center said.",
    )
    assert digest_reason(spree) == digest_reason(storm) == ""
    # one item of a digest may open on a pronoun (a feature's lead): still a digest
    digest = (
        "JERUSALEM (AP) _ It could be a bad omen for the summit, officials said.",
        "TOKYO (AP) _ Japanese stocks edged higher Thursday as banks rose.",
        "FORT MEADE, Md. (AP) _ A retired general pleaded guilty to a charge.",
    )
    assert digest_reason(digest)
