import numpy as np

from briefing.vectorize import content_terms, query_terms, tfidf


def test_content_terms_are_stemmed_without_stop_words():
    assert content_terms("The ships were sailing to China's islands") == [
        "ship",
        "sail",
        "china",
        "island",
    ]


def test_query_framing_words_are_ignored():
    assert query_terms("Describe the activities of Morris Dees.") == {"activ", "morri", "dee"}


def test_tfidf_rows_are_unit_length_and_query_shares_the_space():
    matrix, query = tfidf(
        ["Ships sail to the reef.", "The junta met in Naypyidaw.", ""], ["reef ships unseenword"]
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.allclose(norms, [1.0, 1.0, 0.0])
    similarity = (matrix @ query.T).toarray().ravel()
    assert similarity[0] > 0.8 and similarity[1] == 0.0  # "sail" is not in the query
