"""Issue 3's scenario: a saved page, a feed of three items and the plain seed make one briefing."""

import json

from .conftest import run_cli
from .pages import SEED_PARAGRAPHS, news_page, rss
from .test_cli import SEED_TEXT

MYANMAR = (
    "Myanmar's junta extended its state of emergency by six months on Thursday, "
    "delaying elections it had promised for next year. "
) * 4
SCS = (
    "Philippine and Chinese coast guard ships collided near Second Thomas Shoal in the "
    "South China Sea, Manila said, the latest clash over territorial claims. "
) * 4


def test_saved_page_feed_and_seed_give_the_story_once(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "asean.html").write_text(news_page(), encoding="utf-8")
    (news / "seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    (news / "wire.rss").write_text(
        rss(
            "Pacific Wire",
            [
                {
                    "title": "Top US, Chinese diplomats to meet",
                    "link": "https://pw.example/asean",
                    "pubDate": "Fri, 27 Nov 2026 09:00:00 +0000",
                    "description": "".join(f"<p>{p}</p>" for p in SEED_PARAGRAPHS[:-3]),
                },
                {
                    "title": "Junta extends emergency",
                    "link": "https://pw.example/junta",
                    "pubDate": "Fri, 27 Nov 2026 11:00:00 +0000",
                    "description": f"<p>{MYANMAR}</p>",
                },
                {
                    "title": "Ships collide at shoal",
                    "link": "https://pw.example/shoal",
                    "pubDate": "Fri, 27 Nov 2026 12:00:00 +0000",
                    "description": f"<p>{SCS}</p>",
                },
            ],
        ),
        encoding="utf-8",
    )
    result = run_cli(tmp_path, "build", "news", "--date", "2026-11-28")
    assert result.returncode == 0, result.stderr
    assert "read 3 sources, 3 articles kept, 2 duplicates collapsed, 0 skipped" in result.stdout
    data = json.loads((tmp_path / "output/2026-11-28/briefing.json").read_text())
    sources = {
        item["source"]["title"]: item["source"]
        for topic in data["topics"]
        for item in topic["items"]
    }
    story = sources["Top US, Chinese diplomats to meet at ASEAN talks"]
    assert story["outlet"] == "Asia Wire"
    assert story["also"] == ["Pacific Wire"]  # the seed names no outlet: its file name is none
    assert story["published"] == "2026-11-27T14:30:00+00:00"
    assert sources["Junta extends emergency"]["published"] == "2026-11-27T11:00:00+00:00"
    texts = [item["text"] for topic in data["topics"] for item in topic["items"]]
    assert len(texts) == len(set(texts))
    everything = (tmp_path / "output/2026-11-28/briefing.txt").read_text()
    for junk in ("Share on", "Related articles", "Spain sweats", "Please enter", "Great article"):
        assert junk not in everything
    assert "and 1 more outlet (Pacific Wire)" in everything  # the seed names no outlet
    top = everything.split("TOP STORIES")[1].split("==")[0]
    assert "Top US, Chinese diplomats to meet at ASEAN talks · 2 outlets · US–China" in top
