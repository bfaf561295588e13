from briefing.day.disjoint import DisjointSets


def test_items_joined_through_others_share_the_root_of_the_set_they_joined():
    sets = DisjointSets(6)
    sets.join(1, 0)
    sets.join(3, 2)
    sets.join(2, 1)  # 2's set, with 3, joins 0's
    assert sets.roots() == [0, 0, 0, 0, 4, 5]
    assert sets.find(3) == 0


def test_joining_two_of_one_set_changes_nothing():
    sets = DisjointSets(3)
    sets.join(0, 2)
    sets.join(2, 0)
    assert sets.roots() == [2, 1, 2]
