from briefing.day.happened import says_what_happened


def test_a_spelled_number_before_a_plural_is_no_subject_and_its_verb():
    # region seed 174: "Nine months before the attack ... in Nairobi…" read "months" as a verb
    assert not says_what_happened(
        "Nine months before the attack on the American Embassy in Nairobi…"
    )
    assert not says_what_happened("Three weeks after the election in Kosovo…")
    assert says_what_happened("Three Serbs were wounded after their cars were raked…")


def test_a_cut_on_a_word_its_infinitive_completes_says_nothing_happened():
    # review18: region seeds 222 and 224 named East Timor's story "Indonesian legislators on
    # Friday chided a Portuguese effort…", 177 the Kosovo visit "A delegation of U.N. war
    # crimes investigators and prosecutors plans…": what the effort or the plan is was cut
    for cut in (
        "A delegation of war crimes investigators plans…",
        "Legislators on Friday chided a Portuguese effort…",
        "A crisis between the two neighbours appears…",
        "Forensic experts examining the bodies were able Saturday…",
        "The party leader said he would not insist on his rightful chance…",
        "Voters went to the polls to elect an assembly expected…",
    ):
        assert not says_what_happened(cut), cut
    # the word that closes the cut needs nothing after it; a whole headline is no cut
    for cut in (
        "Saudi Arabia's intelligence chief met the leader of the Taliban in late September…",
        "Egyptian President Hosni Mubarak arrived Saturday for a one-day visit…",
        "A delegation of war crimes investigators plans to visit Kosovo next month",
        "Legislators chided the effort",
    ):
        assert says_what_happened(cut), cut


def test_a_cut_on_a_word_that_ends_a_clause_whole_says_what_happened():
    # tidy16: the infinitive rule read verbs that end a clause whole as awaiting their "to"
    for cut in (
        "Peace talks between the two sides failed…",
        "Heavy fighting in the north continued Tuesday…",
        "The vote went ahead as planned…",
        "Turnout was lower than expected…",
        "Officials said the army was ready…",
        "The former minister was tried…",
        "The defendant appeared…",
    ):
        assert says_what_happened(cut), cut
    # a person's failing, continuing or agreeing still awaits what they did or will do
    for cut in (
        "Newt Gingrich and Marianne Gingrich agreed Monday…",
        "Some of those who knew him said Dr. Barnett Slepian continued…",
        "He failed…",
        "The rebels agreed…",
        "Microsoft Corp. has agreed…",
    ):
        assert not says_what_happened(cut), cut


def test_a_cut_between_a_verb_of_asking_and_its_infinitive_says_nothing_happened():
    # review19: region seeds 226 and 228 named Philippine Airlines' story "President Joseph
    # Estrada on Saturday urged militant unionists at Philippine Airlines…" (to accept what?);
    # the urging, asking or order is told only by the "to" and verb its object awaits
    for cut in (
        "President Joseph Estrada on Saturday urged militant unionists at Philippine Airlines…",
        "Russia's parliament on Wednesday asked President Boris Yeltsin…",
        "The aviation agency on Thursday abruptly ordered airlines…",
        "A judge fined the company Wednesday and ordered the service…",
        "A rights group called on the government Monday…",
        "The discovery of a stolen truck prompted federal investigators…",
        "The senator has asked…",
    ):
        assert not says_what_happened(cut), cut
    # its object's "to" in the cut, or an object that awaits none, says what happened
    for cut in (
        "President Joseph Estrada on Saturday urged militant unionists to accept a vote…",
        "The Pope called for reconciliation throughout the former Yugoslavia…",
        "The government ordered the arrest of a prominent democracy campaigner…",
        "Legislators asked the court for a delay in the hearing…",
        "The newspaper asked whether the minister knew of the payments…",
        "President Joseph Estrada urged militant unionists at Philippine Airlines",
    ):
        assert says_what_happened(cut), cut
    # a past form after an article, a possessive or a preposition names a thing: no asking
    # (DUC 2007's "... dependent on the use of forced labor and torture…" ran on, mid-list)
    for cut in (
        "Burma's military rulers have become increasingly dependent on the use of forced labor "
        "and torture…",
        "The ceremony was attended by invited guests…",
        "The rebels used their forced recruits…",
    ):
        assert says_what_happened(cut), cut


def test_a_cut_before_what_a_participle_or_a_verb_of_saying_announces_says_nothing():
    # review19: region seed 226's email subject "A federal grand jury in Manhattan returned a
    # 238-count indictment Wednesday charging…" (whom?), day one of 179's no-room line "The
    # head of Turkey's pro-Islamic party said Thursday…" (said what?)
    for cut in (
        "A federal grand jury in Manhattan returned a 238-count indictment Wednesday charging…",
        "Glaxo Wellcome PLC today released new data indicating…",
        "The opposition issued a statement accusing…",
        "The head of Turkey's pro-Islamic party said Thursday…",
        "The Federal Aviation Administration said on Thursday…",
        "U.S. President Bill Clinton said Friday…",
        "A Harvard legal scholar told…",
        "Bill Gates, the chairman of Microsoft, announced late Monday…",
    ):
        assert not says_what_happened(cut), cut
    # its object in the cut, a participle taking none, or an attribution after what was said
    for cut in (
        "A grand jury returned an indictment charging the Saudi exile Osama bin Laden…",
        "A car bomb exploded Friday in a Jerusalem market crowded with Israelis shopping…",
        "Three people died in the blast, police said Thursday…",
        "Three deaths were reported Thursday…",
        "Libyan leader Moammar Gadhafi said the suspects in the Lockerbie bombing…",
        "The head of Turkey's pro-Islamic party said Thursday",
    ):
        assert says_what_happened(cut), cut


def test_a_cut_between_quoted_and_what_was_quoted_says_nothing():
    # review20: seeds 232 and 234 listed, and 234's email subject read, "Recai Kutan was quoted
    # by the daily Milliyet on Saturday…" (quoted as saying what?): "quoted" and its source or
    # object await what was said, as a verb of asking awaits its "to"
    for cut in (
        "Recai Kutan was quoted by the daily Milliyet on Saturday…",
        "Microsoft filed an unexpected brief with a federal judge on Monday that quoted…",
        "The official Xinhua news agency quoted a government spokesman…",
    ):
        assert not says_what_happened(cut), cut
    for cut in (
        "Recai Kutan was quoted by the daily Milliyet on Saturday as saying that they were "
        "receiving signals…",
        "Microsoft filed a brief with a federal judge on Monday that quoted from a 5-year-old "
        "government legal document…",
        "Xinhua quoted a government spokesman saying the talks would resume…",
        "The quoted passage was read aloud in court…",
    ):
        assert says_what_happened(cut), cut


def test_a_relative_clause_opening_on_its_present_verb_has_reached_it():
    # region seeds 3, 7, 9, 11, 28, 30, 112: "... a clergy-based assembly that oversees the
    # country's supreme leader…" read as a cut before the clause's verb, the present "oversees"
    # taken for a noun after "that"; a lead then headed the Iran story
    assert says_what_happened(
        "Iran's conservatives won a decisive victory in elections for a clergy-based assembly "
        "that oversees the country's supreme leader…"
    )
    # "that" a reported clause opens on is followed by its subject: no verb yet
    assert not says_what_happened("Opponents said Thursday that documents…")
