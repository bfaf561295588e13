"""The outlets readers know by name: their hosts, their spellings and which are agencies, read
by datelines (`text/news_marks`) and by the outlet names of `ingest/outlets`."""

from __future__ import annotations

# Hosts of major outlets (the registrable domain, without "www.") and the name readers know.
HOSTS = {
    "abc.net.au": "ABC News",
    "aljazeera.com": "Al Jazeera",
    "apnews.com": "AP",
    "ap.org": "AP",
    "afp.com": "AFP",
    "amna.gr": "AMNA",
    "ansa.it": "ANSA",
    "bangkokpost.com": "Bangkok Post",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "bloomberg.com": "Bloomberg",
    "cbsnews.com": "CBS News",
    "channelnewsasia.com": "CNA",
    "chinadaily.com.cn": "China Daily",
    "cnn.com": "CNN",
    "dpa.com": "dpa",
    "dw.com": "DW",
    "economist.com": "The Economist",
    "efe.com": "EFE",
    "france24.com": "France 24",
    "frontiermyanmar.net": "Frontier Myanmar",
    "ft.com": "Financial Times",
    "globaltimes.cn": "Global Times",
    "inquirer.net": "Inquirer",
    "interfax.ru": "Interfax",
    "irrawaddy.com": "The Irrawaddy",
    "japantimes.co.jp": "The Japan Times",
    "kyodonews.net": "Kyodo",
    "latimes.com": "Los Angeles Times",
    "mizzima.com": "Mizzima",
    "myanmar-now.org": "Myanmar Now",
    "news.cn": "Xinhua",
    "nbcnews.com": "NBC News",
    "news1.kr": "News1",
    "nikkei.com": "Nikkei Asia",
    "npr.org": "NPR",
    "nytimes.com": "The New York Times",
    "people.com.cn": "People's Daily",
    "politico.com": "Politico",
    "rappler.com": "Rappler",
    "reuters.com": "Reuters",
    "rfa.org": "RFA",
    "ria.ru": "RIA Novosti",
    "scmp.com": "South China Morning Post",
    "straitstimes.com": "The Straits Times",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "theguardian.com": "The Guardian",
    "thediplomat.com": "The Diplomat",
    "tuoitrenews.vn": "Tuoi Tre News",
    "upi.com": "UPI",
    "vietnamnews.vn": "Viet Nam News",
    "vnexpress.net": "VnExpress",
    "voanews.com": "VOA",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "xinhuanet.com": "Xinhua",
    "yna.co.kr": "Yonhap",
}

# Other spellings of the same outlets (site names, agency credits), lower case.
ALIASES = {
    "ap": "AP",
    "ap news": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters.com": "Reuters",
    "thomson reuters": "Reuters",
    "xinhuanet": "Xinhua",
    "xinhua net": "Xinhua",
    "xinhua news agency": "Xinhua",
    "bbc news": "BBC",
    "channel newsasia": "CNA",
    "kyodo news": "Kyodo",
    "yonhap news agency": "Yonhap",
    "radio free asia": "RFA",
    "voice of america": "VOA",
    "united press international": "UPI",
    "the new york times": "The New York Times",
    "new york times": "The New York Times",
    # wire agencies as their datelines in other scripts credit them
    "риа новости": "RIA Novosti",
    "тасс": "TASS",
    "интерфакс": "Interfax",
    "interfax.ru": "Interfax",
    "απε-μπε": "AMNA",
    "رويترز": "Reuters",
    "أ ف ب": "AFP",
    "연합뉴스": "Yonhap",
    "뉴스1": "News1",
    "新华社": "Xinhua",
    "共同": "Kyodo",
}


def canonical(name: str) -> str:
    """A known outlet's usual name for any of its spellings; other names unchanged."""
    name = " ".join(name.split())
    return ALIASES.get(name.lower(), name)


def agency(name: str) -> str:
    """The known outlet a credit names ("РИА Новости" → "RIA Novosti"), or "" for none."""
    named = canonical(name)
    return named if named in HOSTS.values() else ""


def agency_names() -> list[str]:
    """Every spelling of a known outlet, lower case, longest first (to match the longest)."""
    return sorted({n.lower() for n in (*ALIASES, *HOSTS.values()) if agency(n)}, key=len)[::-1]
