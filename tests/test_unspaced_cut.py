import unicodedata

from briefing.day import unspaced_cut
from briefing.day.cut_ends import HEADLINE_WORDS
from briefing.day.sentence_cut import from_sentence
from briefing.text.words import word_count


def test_an_untitled_chinese_sentence_is_cut_at_its_first_clause_in_reach():
    """cjk18: `split()` reads a Chinese sentence as one word, so an untitled article's headline
    was its whole first sentence (55 letters); it ends at "，" now, its dateline left out."""
    xinhua = (
        "新华社华盛顿12月3日电 中美两国经贸团队3日在华盛顿举行新一轮经贸磋商，"
        "双方就关税、出口管制和市场准入等问题深入交换了意见，并同意在近期继续保持密切沟通。"
    )
    assert from_sentence(xinhua) == "中美两国经贸团队3日在华盛顿举行新一轮经贸磋商"
    # "、" lists (the head before it is 8 words): the clause runs on to "，" (17 words)
    duty = "商务部3日宣布对原产于美国、欧盟和日本的进口丙酸加征反倾销税，自12月4日起实施。"
    assert from_sentence(duty) == "商务部3日宣布对原产于美国、欧盟和日本的进口丙酸加征反倾销税"
    assert from_sentence("中方3日宣布，对美方部分商品加征关税。") == (
        "中方3日宣布，对美方部分商品加征关税"
    )  # no clause of 6 words or more before the end, which is short enough whole


def test_an_unspaced_sentence_with_no_clause_in_reach_is_cut_where_a_word_ends():
    """cjk18: with no "，" in reach, the cut ends before a number, a Latin word or "的", at a
    mark, or after a Japanese particle (kana before Han or katakana), within HEADLINE_WORDS[1]
    words, with "…" as the page's `shorten` marks a cut; never inside a run of letters."""
    myanmar = (
        "新华社内比都12月3日电 缅甸国防和安全委员会3日在首都内比都召开会议决定将全国紧急状态"
        "再延长六个月以便为明年举行的全国大选做好各项准备工作。"
    )
    assert from_sentence(myanmar) == "缅甸国防和安全委员会…"
    kyodo = (
        "【マニラ＝共同】フィリピン沿岸警備隊は3日、南シナ海のアユンギン礁付近で中国海警局の船が"
        "フィリピンの補給船に衝突し、乗組員1人が負傷したと発表した。"
    )
    assert from_sentence(kyodo) == "フィリピン沿岸警備隊は3日、南シナ海の…"  # 12 words, 17 on


def test_a_long_unspaced_sentence_is_cut_in_time_linear_in_its_length(monkeypatch):
    """hostile16: a Chinese sentence of 5,000 letters with no clause end or word end in reach was
    cut by counting the words of every head from the whole sentence down (2.6 s, 4x per doubling;
    4 such articles made a 2 s build 17 s): the count only grows with the head, so the cut
    searches it by halves, at the same place."""
    letters = (
        "缅甸国防和安全委员会召开会议决定将全国紧急状态再延长个月以便为明年举行全国大选做好各项准备"
    )
    counted = []

    def counting(text: str) -> int:
        counted.append(len(text))
        return word_count(text)

    monkeypatch.setattr(unspaced_cut, "word_count", counting)
    for size, ends in ((5000, ""), (5000, "3"), (2500, "3")):
        text = "".join(letters[n % len(letters)] + ends * (n % 9 == 0) for n in range(size))
        counted.clear()
        cut = from_sentence(text + "。")
        assert cut.endswith("…") and text.startswith(cut[:-1])
        assert HEADLINE_WORDS[0] <= word_count(cut[:-1]) <= HEADLINE_WORDS[1]
        assert sum(counted) < 40 * size  # a few whole-sentence counts, not one per letter
    assert from_sentence(letters * 3 + "。") == letters[:26] + "…"


def test_an_unspaced_headline_tells_what_a_spokesman_said_not_that_he_spoke():
    """cjk18: "外交部发言人3日表示" (a spokesman said on the 3rd) names who spoke: as `_REPORTED`
    gives an English attribution's clause, the headline is the clause it reports when that is
    cut at a clause or a word's end with a headline's length; else the attribution stays."""
    bill = (
        "新华社北京12月3日电 外交部发言人3日表示，美国国会近日通过的所谓涉华法案严重干涉中国内政，"
        "中方对此强烈不满、坚决反对。"
    )
    assert from_sentence(bill) == "美国国会近日通过的所谓涉华法案严重干涉中国内政"
    longer = bill.replace("内政，", "内政、严重违反国际法和国际关系基本准则，")
    assert from_sentence(longer) == "美国国会近日通过的所谓涉华法案严重干涉中国内政…"
    # no word end in the reported clause's reach: cut inside a word, so the attribution stays
    sea = (
        "新华社北京12月3日电 中国海警局新闻发言人3日表示，菲律宾一艘补给船和两艘海警船当天擅自"
        "闯入中国南沙群岛仁爱礁附近海域，中国海警依法对其采取管控措施。"
    )
    assert from_sentence(sea) == "中国海警局新闻发言人3日表示"
    assert from_sentence("商务部发言人说，此举是正当的。") == "商务部发言人说，此举是正当的"


def test_an_untitled_thai_lao_tibetan_burmese_or_khmer_sentence_is_cut_as_a_chinese_one():
    """scripts25: `split()` reads a run of these scripts as one word, so an untitled article's
    headline was its whole first sentence (19-41 words); it is cut as a Chinese one now: at
    Burmese's comma "၊" in reach, else where a word surely ends (a space, Tibetan's "་")
    within HEADLINE_WORDS[1] words, else at a letter (not before its mark), with "…"."""
    extended = "စစ်ကောင်စီသည် အရေးပေါ်အခြေအနေကို ခြောက်လ သက်တမ်းတိုးကြောင်း ကြေညာခဲ့ပြီး"
    said = "ရွေးကောက်ပွဲ ကျင်းပရန် ပြင်ဆင်မှုများ ဆက်လက်လုပ်ဆောင်နေကြောင်း ပြောရေးဆိုခွင့်ရှိသူက ပြောကြားခဲ့သည်။"
    assert from_sentence(f"{extended}၊ {said}") == extended
    khmer = (
        "អាជ្ញាធរខេត្តបាននិយាយថា មនុស្សប្រាំនាក់បានស្លាប់ ហើយរាប់រយនាក់ត្រូវបានជម្លៀសចេញពីភូមិរបស់ពួកគេ "
        "ដោយសារទឹកជំនន់ដែលបានបំផ្លាញផ្ទះរាប់ពាន់ខ្នងនៅក្នុងខេត្តបាត់ដំបង។"
    )
    assert from_sentence(khmer) == "អាជ្ញាធរខេត្តបាននិយាយថា មនុស្សប្រាំនាក់បានស្លាប់…"  # 17 with the next
    tibetan = (
        "བོད་ལྗོངས་ཀྱི་ཤར་ཕྱོགས་སུ་གཟའ་མིག་དམར་ཉིན་ས་ཡོམ་ཆེན་པོ་ཞིག་བྱུང་བའི་རྐྱེན་གྱིས་"
        "ཁྱིམ་ཚང་བརྒྱ་ཕྲག་མང་པོ་ཞིག་ལ་གནོད་སྐྱོན་ཕོག་ཡོད།"
    )
    cut = from_sentence(tibetan)
    assert cut.endswith("…") and tibetan.startswith(cut[:-1]) and word_count(cut) <= 16
    thai = (
        "ตลาดหุ้นไทยปรับตัวลดลงอย่างหนักในวันอังคารหลังจากนักลงทุนต่างชาติขายหุ้นออกมาเป็นจำนวนมาก"
        "และดัชนีหลักทรัพย์ปิดตลาดลดลงร้อยละสามซึ่งเป็นการลดลงมากที่สุดในรอบหกเดือน"
    )
    cut = from_sentence(thai)
    assert cut.endswith("…") and thai.startswith(cut[:-1]) and 6 <= word_count(cut) <= 16
    assert not unicodedata.category(thai[len(cut) - 1]).startswith("M")  # no mark cut off
    short = "ตลาดหุ้นไทยปรับตัวลดลงอย่างหนักในวันอังคาร"
    assert from_sentence(short) == short


def test_a_letter_cut_of_thai_or_burmese_never_splits_a_syllable():
    """hostile19: with no space in reach, a Thai or Burmese sentence was cut "at a letter not
    before its mark", a mark being Unicode's M: Thai "ำ" (SARA AM) is a letter (Lo) written
    after its consonant, so "จำนวน" was cut "จ…", and Burmese "္" (virama) stacks the consonant
    after it, so "အင်္ဂါ" was cut "အင်္…", the stacked letter lost (a syllable a reader cannot
    read). Expected: the cut before the syllable, or after it."""
    thai = (
        "ตลาดหุ้นไทยปรับตัวลดลงอย่างหนักในวันอังคารหลังจากนักลงทุนต่างชาติขายหุ้นออกมาเป็นจำนวนมาก"
        "และดัชนีหลักทรัพย์ปิดตลาดลดลงร้อยละสามซึ่งเป็นการลดลงมากที่สุดในรอบหกเดือน"
    )
    burmese = (
        "မြန်မာနိုင်ငံစစ်ကောင်စီသည်အရေးပေါ်အခြေအနေကိုနောက်ထပ်ခြောက်လသက်တမ်းတိုးကြောင်းအင်္ဂါနေ့က"
        "နေပြည်တော်တွင်ကြေညာခဲ့သည်ရွေးကောက်ပွဲကျင်းပရန်ပြင်ဆင်မှုများဆက်လက်လုပ်ဆောင်နေကြောင်း"
        "ပြောရေးဆိုခွင့်ရှိသူကပြောကြားခဲ့သည်။"
    )
    for sentence in (thai, burmese):
        cut = from_sentence(sentence).removesuffix("…")
        assert sentence.startswith(cut)
        assert sentence[len(cut)] not in "ำ" and cut[-1] not in "\u1039\u17d2เแโใไ"
