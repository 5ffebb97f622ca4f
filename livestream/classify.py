"""What a comment is: a question, a lead (wants contact), a technical complaint.

Pure module. Patterns are written with Vietnamese accents; a word typed without any accent also
matches its accented pattern ("bao nhieu" = "bao nhiêu"), but a word typed *with* other accents
does not ("máy" is not "mấy"), which keeps accented comments precise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from livestream.phones import extract_phones
from livestream.phrases import PhraseTable, WordSet
from livestream.text import Words, words

# ---------------------------------------------------------------------------------------------
# Questions.
#
# Quoted words ("...", “...”) and a line given to a speaker ("Mẹ said: m ...") are someone
# else's and are left out. A clause (split on . ! ? ; … and newlines) asks when, in this order:
#   1. it has a question word at all (_CORE) or a '?', and is not a rhetorical or exclamative
#      look-alike (_NOT_ASKING: "ai mà", "có gì đâu", "vậy trời");
#   2. one of its comma segments closes on a question particle ("có được không chị, nhà em
#      ...") that is not a statement ("còn tôi thì không"), a taunt ("hiểu chưa"), a wondering
#      ("không biết có thật không", "tưởng ... không"), a suggestion ("... được không nha"), an
#      exclamation ("hài quá không vậy", "... không vậy á"), nor told to nobody in mid-clause or
#      after a long remark without "có ... không";
#   3. it does not close on an exclamation, a sigh or an imperative ("đẹp quá", "mua đi nha");
#   4. it has a '?' with some question word, a request ("cho em xin ...", "xin địa chỉ ạ"), a
#      yes/no marker ("được không", "có ... không hay ..."), an asking opener ("sao không ...",
#      "ai ...", not "sao đẹp quá"), an alternative ("A hay B vậy") or an interrogative word
#      placed to ask ("bao nhiêu", "năm nào", "mấy tuổi", "đi đâu"; see _placed_to_ask).
# Interrogative words also have indefinite uses that ask nothing ("ngày nào đó", "ai cũng",
# "không nghe gì hết", "không biết bao giờ ...", "mấy năm nay", "ai làm ... thì ...", "thế éo
# nào"); those uses are skipped. A clause is "addressed" when it has a '?', or politeness or a
# vocative after its closing word ("ạ", "vậy", "chị") or a vocative before it ("ad ơi ..."):
# general social media uses question words to exclaim and tell far more than livestream viewers
# do, and being addressed to someone is what most separates the two.


# Closing words that make a question ("đóng được không", "lãnh nhiêu", "hưởng mấy vậy").
_ASK_AT_END = WordSet("không", "chưa", "gì", "đâu", "nào", "sao", "hả", "hở", "ai", "mấy")
# Pure question particles: nothing indefinite about them ("nó không tan ra hả").
_PARTICLES = WordSet("hả", "hở")
# "nhiêu" alone is "bao nhiêu" ("giá nhiêu ạ") only when accented: "nhieu" is mostly "nhiều".
_NHIEU = WordSet("nhiêu", strict=True)
_BAO = WordSet("bao", "bấy")
# People addressed after a question ("... không chị", "xong chưa mấy bà", "... không chồng ơi").
# (The second list only as typed: "ma", "di", "thay", "vo" are mostly "mà", "đi", "thấy", "vô".)
_PERSON_WORDS = ("chị", "anh", "em", "cô", "chú", "bác", "bạn", "bà", "ông", "cậu", "con",
                 "cháu", "bé", "người", "mọi", "nhà", "ad", "admin", "shop", "mn")
_PERSON_WORDS_EXACT = ("má", "mẹ", "ba", "bố", "chồng", "vợ", "bồ", "pà", "pa", "sếp", "thầy", "dì",
                       "mày", "ae", "cưng", "mng", "ox", "bx", "mé")
_PERSONS = WordSet(*_PERSON_WORDS, exact=_PERSON_WORDS_EXACT)
# Trailing politeness and vocatives: they address the clause to someone, as a question does.
_ASK_TAIL_WORDS = ("ạ", "vậy", "với", "ơi", "ạh", "thế", "ạk", "ạa", "z", "v", "dẫy",
                   "dậy", "zậy", "zị", "ạkk", "các", "ợ", "ới", "êi", "ei", *_PERSON_WORDS)
_ASK_TAIL = WordSet(*_ASK_TAIL_WORDS, exact=_PERSON_WORDS_EXACT)
# Trailing words skipped when looking for the closing word: the above, and fillers that do not
# address anyone ("á", "ta", "nhé").
_TRAILING = WordSet(
    *_ASK_TAIL_WORDS, "ha", "ta", "à", "ah", "ak", "á", "nè", "hen", "heng",
    "nhé", "nha", "nhe", "nhen", "nghen", "nhoé", "nhá", exact=_PERSON_WORDS_EXACT,
)
# Vocative determiners before a skipped person word: "xong chưa mấy bà"; and words after it:
# "em gái", "anh iu".
_VOCATIVE_DET = WordSet("mấy", "các", "cả")
_VOCATIVE_SUFFIX = WordSet("gái", "trai", "zai", "giai", "yêu", "iu", "ơi", strict=True)
# Trailing particles that make the clause a suggestion or an order: "mua đi nha", "gọi em nhé".
_IMPERATIVE_TAIL = WordSet("nhé", "nha", "nhe", "nhen", "nghen", "nhoé", "nhá", "hen", "heng")
# Closing words of exclamations and sighs; the strong ones win even over a '?' ("đỉnh quá?",
# "... luôn ấy????", musings "... không nhỉ?", "... vậy trời???").
_STRONG_STATEMENT_END = WordSet("nhỉ", "quá", "luôn", "luon", "ấy", "ý", "í", "ghê", "vãi", "lắm",
                                "ớ", "trời", strict=True)
_STATEMENT_END = WordSet("đây", "mất", "thôi", "thoi", "nè", "đó", "đấy", "kìa", "cơ", "mà", "đi",
                         strict=True)
# A closing "á" asserts or exclaims, whatever question word comes before it ("may mà mình không
# đi vậy á", "con mèo nó sao á trời"), unless it asks where ("tiệm đó ở đâu á").
_ASSERTING_TAIL = WordSet("á", strict=True)
# An exclamative degree word before a closing "không/chưa" exclaims unless someone is addressed:
# "có bị hài quá không vậy" ("có cay lắm không" asks: "lắm" is no exclamation).
_DEGREE = WordSet("quá", "ghê", "vãi", "dữ", "zữ", strict=True)
# "... hay không thôi": a closing "thôi" wins over a yes/no marker.
_THOI = WordSet("thôi", "thoi", strict=True)
# Before a closing "không"/"chưa", these make it a statement: "lúc có lúc không", "nma không",
# "còn tôi thì không", "dù thích mấy cũng không", "có cũng như không".
_NOT_A_TAG = WordSet("mà", "nhưng", "nma", "là", "lúc", "khi", "hoặc", "thì", "cũng", "như",
                     "bảo", "trên")

# Interrogative words; skipped when indefinite (see _wh_asks). "nào" after any noun asks
# ("năm nào", "bệnh viện nào"); "đâu" asks after a verb of place ("ở đâu", "đến đâu").
_WHERE_BEFORE = ("ở", "đi", "về", "chỗ", "từ", "tới", "đến", "nơi", "làm", "mua", "nộp", "ký",
                 "khám", "lấy", "gửi", "học", "xem", "tìm")
_WH = PhraseTable(
    "bao nhiêu", "bao lâu", "thế nào", "như nào", "ra sao", "làm sao", "tại sao",
    "vì sao", "khi nào", "bao giờ", "cái gì", "là gì", "những gì", "có ai", "ai biết", "nào",
    "gì vậy", "gì ạ", "gì thế", "sao vậy", "sao ạ", "gì không", "là ai", "với ai", "sao rồi",
    "cho ai", "của ai",
    *(f"{verb} đâu" for verb in _WHERE_BEFORE),
)
# An interrogative in the middle of a clause asks when the clause is addressed to someone (a
# trailing "ạ", "vậy", "chị"), when it starts the clause or follows "thì" ("bao nhiêu tuổi thì
# ...", "... thì khi nào đi khám được"), or when at most this many words follow it ("đóng bao
# nhiêu tiền một tháng"); otherwise it is told, not asked ("bao nhiêu năm mới được lên sóng nên
# ...", "ông nào chơi ác lấy xe ...", "sau mấy tháng nó mọc lại").
_NEAR_END = 3
_STORY_WORDS = 20
_THI = WordSet("thì")
_OI = WordSet("ơi", "ới", strict=True)
_EXCLAIMED = WordSet("trời", "má", "mẹ", "chúa", "ôi", "ối", "phật", strict=True)
# A '?' asks on a clause with one of these; alone it is mostly rhetorical ("Gọi người đến đánh
# phụ nữ???", "30 tuổi sinh viên mới ra đua top ?").
_QMARK_CUES = WordSet("à", "ah", "ak", "hả", "hở", "ạ", "vậy", "v", "z", "zậy", "zị", "thế",
                      "gì", "sao", "nào", "ai", "đâu", "mấy", "bao", "không", "chưa", "chi",
                      "hay", "phải", "đúng", "ợ", "nhiêu")
# Cues that are interrogatives count only where they ask ("nó chẳng nghe cái đéo gì cả?", "hết
# tiền lúc nào không biết?!"); a "không" of "không biết" is no cue.
_QMARK_WH = WordSet("gì", "sao", "nào", "ai", "đâu", "mấy", "bao", "nhiêu", "chi")
_POLITE_AFTER = WordSet("ạ", "vậy", "v", "z", "zậy", "zị", "thế")
_LA = WordSet("là")
# Nouns before a closing "nào" that make it ask without politeness ("khám ở bệnh viện nào");
# after other words it urges ("chia sẻ nhiều nào").
_NAO = WordSet("nào")
_NAO_NOUNS = WordSet(
    "năm", "tháng", "ngày", "giờ", "tuần", "lúc", "chỗ", "nơi", "bên", "viện", "trường",
    "lớp", "loại", "gói", "mức", "cách", "kiểu", "màu", "cái", "con", "người", "bài", "phim",
    "tập", "app", "trang", "web", "số", "phòng", "xã", "huyện", "tỉnh", "quận", "thẻ", "mẫu",
    "hãng", "shop", "size", "đợt", "kỳ", "bạn", "anh", "chị", "em", "đứa", "ai", "thằng", "nhà",
    "tuyến", "chi", "nhánh", "phường", "thành", "phố", "điểm", "quầy", "bưu", "cơ", "quan",
)
# Words after an interrogative that make it indefinite: "nào đó", "ai cũng", "gì hết".
_INDEFINITE_AFTER = WordSet("đó", "đấy", "cũng", "cũm", "hết", "cả", "nay", "trước", "qua",
                            "bấy")
# "... lúc nào không biết", "của ai không biết": the speaker does not know, and does not ask.
_KNOW_AFTER = {("không", "biết"), ("chả", "biết"), ("chẳng", "biết"), ("không", "hay"),
               ("chẳng", "hay")}  # "hết tiền lúc nào không hay": without noticing
# Later in the clause, these make an interrogative free-choice: "ai ... cũng", "nào ... chả".
_FREE_CHOICE_LATER = WordSet("cũng", "cũm", "củng", "đều", "chả", "chẳng", "hết", "nấy")
_FREE_CHOICE_WINDOW = 6
# "ai"/"nào" followed by "thì" or "mà" is "whoever"/"whichever": "ai làm mình vui thì mình
# cười", "đứa nào viết chữ bay thì ...", "mẹ nào mà tàn ác vậy".
_WHOEVER = {("ai",), ("nào",)}
_WHOEVER_LATER = WordSet("thì")
_WHOEVER_WINDOW = 8
_MA = WordSet("mà")
# Vulgar intensifiers before an interrogative make it rhetorical: "làm méo gì", "thế éo nào".
_VULGAR = WordSet("đéo", "éo", "méo", "đếch", "đ", "cc", "clg", "cl", "del", "dell", "đell",
                  "cmn", "mie", "mịe", "moẹ", strict=True)
# A pronoun after "những gì"/"cái gì" makes a relative clause: "những gì tôi nghĩ".
_RELATIVE_HEADS = {("những", "gì"), ("cái", "gì")}
_PRONOUNS = WordSet("tôi", "mình", "em", "anh", "chị", "bạn", "nó", "họ", "tao", "mày", "tui",
                    "người", "ta", "chúng", "bọn")
# Negation shortly before an interrogative makes it "no-/any-": "không nghe gì", "chưa thấy ai".
_NEGATION = WordSet("không", "chẳng", "chả", "chưa", "đừng", "đéo", "đếch", "éo", "đ",
                    strict=True)
_NEGATION_WINDOW = 3
# Knowing verbs before an interrogative make it indirect: "không biết bao giờ", "mới hiểu là gì",
# "để xem nó đỏ đến mức nào", "phải nghĩ đến ăn cái gì".
_KNOWING = PhraseTable(
    "không biết", "chẳng biết", "chả biết", "không bt", "kbt", "không hiểu", "mới hiểu",
    "chưa biết", "không nhớ", "chả nhớ", "chẳng nhớ",
    "mới biết", "đã hiểu", "hiểu rõ", "hiểu được", "biết được", "không rõ", "không cần biết",
    "nghĩ đến", "nghĩ xem", "để xem", "thử xem", "tìm xem", "so sánh xem", "phân vân",
    # guesses are statements too: "chắc baby của đại gia nào rồi"
    "chắc", "hình như", "có lẽ",
    # a mistaken belief is told: "tưởng bánh mua ngoài tiệm không", "tưởng ai chứ"
    "tưởng",
)
# Before a closing "không/chưa" of a clause addressed to nobody, these make it wondering, not
# asking: "không biết có thật không", "hình như anh dựng lên phải không", "suy nghĩ xem mình có
# nên bỏ học không" ("xem" after a person asks: "chị xem giúp em có được không").
_WONDER = PhraseTable("không biết", "chẳng biết", "chả biết", "không bt", "kbt", "không rõ",
                      "hình như", "có lẽ", "phân vân", "tưởng")
_XEM = WordSet("xem", "coi")
_XEM_ASKERS = WordSet("ai", "có", *_PERSON_WORDS, exact=_PERSON_WORDS_EXACT)
# Verbs of watching and waiting: an interrogative after them, told to nobody, is embedded.
_EMBEDDING = WordSet("xem", "coi", "hóng", "chờ", "đợi", strict=True)
# Yes/no and request markers that ask wherever they stand.
_ASK_MARKERS = PhraseTable(
    "được không", "phải không", "đúng không", "có phải", "hay không", "không ạ", "chưa ạ",
    "được chưa", "cho hỏi", "xin hỏi", "muốn hỏi", "hỏi chút", "hỏi xíu", "hỏi tí",
    "giải đáp giúp", "giải đáp giùm", "giải đáp cho", "giải đáp với", "không vậy", "chưa vậy",
    "phải vậy không", "câu hỏi là",
)
# "X hay không" followed by more is told, not asked: "nóng hay không không quan trọng".
_HAY_KHONG = PhraseTable("hay không")
# "có ... không" followed by more: "có cần ra tận nơi không hay đóng online", "... không nếu ...".
_AFTER_MID_KHONG = WordSet("hay", "nếu", "khi", "hoặc", "để", "mà")
_OFFER_NEXT = WordSet("tôi", "tui", "tao", "mình", "anh", "em", "chị", "bé", "để", "tụi", "mai",
                      strict=True)
_KHONG = WordSet("không")
_CO = WordSet("có")
# Requests: "cho em xin số điện thoại" asks for an answer; "cho em xin lỗi" does not.
_CHO = PhraseTable("cho")
_XIN = WordSet("xin")
_XIN_NOT_ASKING = WordSet("lỗi", "lũi", "phép", "cảm", "chào", "cám")
# "xin" without "cho" asks only for information: "xin địa chỉ ạ", "tui xin bí quyết với".
_XIN_INFO = WordSet("địa", "link", "tên", "info", "in4", "giá", "số", "bí", "review", "rì",
                    "công", "cách", "tips", "nguồn", "thông", "zalo")
_XIN_BEFORE = WordSet("mình", "tôi", "tui", "cho", "ơi", "ạ", *_PERSON_WORDS,
                      exact=_PERSON_WORDS_EXACT)
# Clause openers that ask: "sao ...", "ai ...", "cho em hỏi ...".
_ASK_AT_START = PhraseTable("tại sao", "vì sao", "sao", "ai", "bao giờ", "khi nào", "làm sao",
                            "làm thế nào", "có ai", "cho hỏi", "cho em hỏi", "cho mình hỏi",
                            "cho tôi hỏi", "cho con hỏi", "cho cháu hỏi", "xin hỏi")
# Words that address a clause to someone (used against exclamation look-alikes).
# ("sao giật quá vậy ad" asks; "sao đẹp quá vậy chị", "... thiếu vậy ba" exclaim.)
_ADDRESSED = WordSet("ạ", "ad", "admin", "shop", "người", "mn", exact=("ạh", "ạk", "ạa", "mng"))
_OPENERS = frozenset(p.raw for p in _ASK_AT_START)
# Openers of an exclamation rather than a question: "sao đẹp quá", "ai thọc huyết mà má la dữ
# vậy", "sao tự nhiên tui nhớ ...", unless the clause is addressed to someone ("sao giật quá
# vậy ad").
_EXCLAIMING = WordSet("quá", "ghê", "dữ", "zữ", "lắm", "vãi", "vl", "vcl", "toàn", "giống",
                      "trời", "đẹp", "xinh", "cute", strict=True)
_EXCLAIMING_PHRASES = PhraseTable("thế này", "tự nhiên", "tự dưng", "như này", "dễ thương",
                                  "đáng yêu", "buồn cười", "đến vậy", "đến thế", "tới vậy",
                                  "tới thế")
_EXCLAIMING_CLOSE = WordSet("hay", "thế", strict=True)
# A bare "sao" opener asks when addressed or when it asks "why not"/"why again".
_SAO = WordSet("sao")
_THE = WordSet("thế", strict=True)
_SAO_ASKING_NEXT = WordSet("không", "chưa", "lại", "chẳng")
# Discourse words before an opener: "nhưng sao ...", "ủa sao ...", "btw ai ...".
_DISCOURSE = WordSet("ủa", "ơ", "ê", "nhưng", "mà", "rồi", "còn", "nma", "btw", "alo", "ừ", "ok",
                     "thế", "vậy", "à", "ồ", "ô")
# Clause openers of a retort: "chứ vấn đề nó không nằm ở ... hay không".
_RETORT_START = WordSet("chứ")
# "mấy" asks only before a unit ("mấy tuổi", "mấy năm"); before people it means "those".
_MAY = PhraseTable("mấy")
_MAY_SPAN = WordSet("suốt", "cả")
_MAY_UNITS = WordSet(
    "giờ", "tuổi", "năm", "tháng", "ngày", "tiếng", "lần", "tiền", "đồng", "triệu", "trăm",
    "nghìn", "ngàn", "phần", "loại", "cách", "bước", "mức", "hôm", "tuần", "kỳ", "đợt", "suất",
    "giấy", "bộ", "quý", "k", "lít", "kg", "cân", "điểm", "tập", "số",
)
# After a number "mấy" is "-odd" ("trăm mấy"); before a unit and a demonstrative it is "these"
# ("mấy loại này"), before a unit and "nữa" told to nobody "a few more" ("mấy tuần nữa là thi").
_NUMERALS = WordSet("mươi", "chục", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "k", strict=True)
_DEMONSTRATIVES = WordSet("này", "kia", "ấy", "nọ", "khác", strict=True)
_NUA = WordSet("nữa", strict=True)
# Alternative questions "A hay B vậy": "hay" meaning "good" or "often" is excluded by its
# neighbours ("hay quá", "rất hay", "em hay xem").
_HAY = PhraseTable("hay")
_HAY_GOOD_AFTER = WordSet("quá", "lắm", "ghê", "thật", "vãi", "nhỉ", "thế", "vậy", "không",
                          "ho", "hay", "đấy", "đó", "ghê", "cực", "phết", "ko", "hơn", "và",
                          "nhất")
_HAY_GOOD_BEFORE = WordSet("rất", "khá", "hơi", "quá", "thật", "nói", "cũng", "hát", "em",
                           "anh", "chị", "mình", "tôi", "tui", "bạn", "nó", "người", "ta",
                           "không", "chẳng", "chả", "càng", "nhất", "đâu", "cô", "hay", "gất",
                           "ơi")
# Reported questions: "hỏi" after someone else or a verb of telling: "ba tôi gọi hỏi có về ăn
# cơm không", "người ta cứ hỏi ăn gì nữa không" (not "cho em hỏi", "em 09... hỏi đóng bao nhiêu").
_HOI = WordSet("hỏi", strict=True)
_REPORTERS = WordSet("gọi", "cứ", "phải", "ai", "nó", "bả", "ổng", "họ", "ta", "ngta", "hay", "lại",
                     "còn", "bảo", "kêu", "vừa", "thầy", "cô", "mẹ", "má", "ba", "bố", "sếp",
                     "khách", strict=True)
# Look-alikes: interrogative words inside statements, retorts and exclamations.
_NOT_ASKING = PhraseTable(
    "đừng hỏi", "ai cũng", "gì cũng", "sao cũng", "đâu cũng", "nào cũng", "bao nhiêu cũng",
    "có gì đâu", "có sao đâu", "gì đâu", "làm gì có", "ai mà", "gì mà", "sao mà", "không sao",
    "chả sao", "ai bảo", "ai ngờ", "biết bao", "bao nhiêu là", "đâu có", "đâu phải",
    "không biết bao giờ", "không biết khi nào", "không biết làm sao", "ai đời",
    "thế nào cũng", "làm sao mà", "bao giờ cũng", "mấy khi", "không bao giờ", "chưa bao giờ",
    "chẳng bao giờ", "không ai", "chưa ai", "chẳng ai", "thế nào ấy", "hỏi gì",
    "không có gì", "là gì đâu", "đâu mà", "có ra gì", "như nào ấy", "hay gì",
    "tự hỏi", "không phải", "sao lại thế", "đoán xem", "chứ sao", "chút nào", "tí nào",
    "nào thử", "xem sao", "không biết gì", "chứ gì", "đã là gì", "có là gì", "có gì là",
    "mắc gì", "cần gì phải", "việc gì phải", "bấy nhiêu", "hay không thì", "hay không cũng",
    "biết chưa", "thấy chưa", "dữ chưa", "ghê chưa", "chứ có", "nhường nào", "nào biết",
    "nào ngờ", "chắc gì", "còn gì", "nào mà", "thể nào", "hối hận chưa", "sợ chưa", "chừa chưa",
    "ccj", "dù có", "cho dù", "vậy trời", "thế trời", "ai chả", "ai chẳng", "hết hồn chưa",
    "sáng mắt chưa", "tầm mắt chưa", "biết đâu", "bất ngờ chưa", "nghe chưa", "nha chưa",
    "nhé chưa", "thì ra", "hoá ra", "siêu sao", "ngôi sao",
    # "có gì phải lo", "đúng không nào" (a tag that wants agreement, not an answer)
    "gì phải", "không nào",
    # "no wonder": "bảo sao dạo này vắng", "hèn gì nó đi học muộn"
    "bảo sao", "hèn gì", "hèn chi", "thảo nào",
    # "the reason why": "đó là lý do vì sao mình thích đi xa"
    "lý do vì sao", "lý do tại sao", "lí do vì sao", "lí do tại sao",
)
# "xem có ... không" at the start is an order to check, not a question: "dô xem có giống mình
# không" (but "ai xem có bị đứng hình không" asks: "xem" = watch).
_CHECK_WHETHER = PhraseTable("xem có", "coi có")
_CHECK_BEFORE = WordSet("dô", "vô", "vào", "đi", "thử")
# Sighs that close a clause as a statement: "... khéo nữa haizz".
_SIGHS = ("haiz", "hazz", "haz", "hizz")

_LEAD_PHRASES = PhraseTable(
    "tư vấn giúp", "tư vấn cho", "tư vấn em", "tư vấn mình", "tư vấn với", "tư vấn thêm",
    "cần tư vấn", "muốn tư vấn", "xin tư vấn", "nhờ tư vấn", "inbox em", "inbox mình",
    "inbox cho", "inbox giúp", "inbox tư vấn", "inbox với", "inbox nhé", "inbox ạ", "check inbox",
    "nhắn tin cho em", "nhắn tin cho mình", "nhắn em", "nhắn cho em", "nhắn mình", "zalo em",
    "zalo mình", "qua zalo", "kết bạn zalo", "gọi lại", "gọi cho em", "gọi cho mình",
    "gọi em", "gọi mình", "gọi giúp", "gọi điện cho", "liên hệ em", "liên hệ mình",
    "liên hệ lại", "liên hệ giúp", "liên hệ với em", "liên hệ với mình", "muốn tham gia",
    "muốn đăng ký", "muốn mua", "cho em đăng ký", "cho mình đăng ký", "đăng ký cho em",
    "đăng ký cho mình", "đăng ký cho mẹ", "đăng ký cho bố", "đăng ký cho ba", "đăng ký giúp",
    "đăng ký với", "đăng ký tham gia cho", "em đăng ký", "mình đăng ký", "tham gia với",
    "em tham gia", "mình tham gia", "cho em tham gia", "cho mình tham gia", "em muốn đóng",
    "mình muốn đóng", "xin số", "để lại số", "số của em", "số em là", "số điện thoại em",
    "số điện thoại của em", "số điện thoại mình", "hướng dẫn giúp em", "hỗ trợ giúp em",
    "hỗ trợ em", "hỗ trợ mình", "làm giúp em", "làm cho em",
)

_TECH_PHRASES = PhraseTable(
    "không nghe", "ko nghe", "chẳng nghe", "không có tiếng", "mất tiếng", "mất âm", "tiếng nhỏ",
    "nhỏ tiếng", "tiếng bé", "bé tiếng", "tiếng rè", "bị rè", "rè quá", "tiếng vọng",
    "tiếng to", "âm thanh", "mất hình", "không thấy hình", "không có hình", "hình mờ", "mờ quá",
    "bị mờ", "hình nhòe", "hình đen", "màn hình đen", "đứng hình", "hình bị đứng", "bị đứng",
    "đơ", "lag", "giật", "giựt", "load", "tải mãi", "quay mãi", "mạng yếu", "mạng chậm",
    "bị out", "văng ra", "bị văng", "mất sóng", "mất kết nối", "không xem được",
    "không vào được live", "không vào được", "live bị tắt", "live tắt", "tắt live", "bị tắt",
    "bị ngắt", "bị dừng", "bị mất live", "live die", "sập", "chập chờn", "bị treo", "treo máy",
    "không khớp", "lệch tiếng", "tiếng chậm", "buffer", "không nghe thấy", "nghe không rõ",
    "không rõ tiếng", "tiếng không rõ", "không nghe rõ", "micro", "mic", "rột rẹt", "lẹt xẹt",
    "xem không được", "không thấy gì", "đen thui", "hình bị", "tiếng bị", "không lên hình",
    "ko thấy hình", "tiếng lúc được lúc không", "lúc nghe lúc không", "bị delay", "delay",
)
_TECH_NEGATIONS = PhraseTable("không lag", "hết lag", "đỡ lag", "nghe rõ", "nghe được rồi", "hết rè")


@dataclass(frozen=True, slots=True)
class CommentFacts:
    """Everything Livelead reads from one comment's text."""

    is_question: bool
    phones: list[str] = field(default_factory=list)
    lead: bool = False
    tech: bool = False


def _skip_tail(w: Words) -> int:
    """Index of the closing word: the last one before trailing politeness and vocatives."""
    raw = w.raw
    i = len(raw) - 1
    while i >= 0:
        token = raw[i]
        if token in _TRAILING:
            i -= 1
        elif token in _VOCATIVE_DET and i + 1 < len(raw) and raw[i + 1] in _PERSONS:
            i -= 1
        elif token in _VOCATIVE_SUFFIX and i > 0 and raw[i - 1] in _PERSONS:
            i -= 2  # "... hả em gái", "... không anh iu"
        else:
            break
    return i


_WHERE_SET = WordSet(*_WHERE_BEFORE)


def _asks_where(raw: tuple[str, ...], i: int) -> bool:
    return i > 0 and raw[i - 1] in _WHERE_SET


_CHU = WordSet("chứ")
_DAU = WordSet("đâu")
_GI = WordSet("gì")
_KHONG_CHUA = WordSet("không", "chưa")


_SEE = WordSet("thấy", "biết", "hiểu")
_SEE_ASKED = WordSet("có", "nghe", "đã")
_CHUA = WordSet("chưa")


def _embedded_yes_no(raw: tuple[str, ...], i: int) -> bool:
    """Closing "không/chưa" of a taunt: "bạn thấy thương tui chưa", "... đó thấy không";
    "có thấy ... không", "nghe thấy không", "chị thấy quen không" still ask."""
    if raw[i] in _CHUA:
        return any(
            raw[k] in _SEE and not (k > 0 and raw[k - 1] in _SEE_ASKED)
            and _CO.isdisjoint(raw[:k])
            for k in range(i)
        )
    return i > 1 and raw[i - 1] in _SEE and raw[i - 2] not in _SEE_ASKED and raw[i - 2] not in _PERSONS


def _wonders(w: Words, i: int) -> bool:
    """Before raw[i]: "không biết", "hình như", or "xem" not said to someone ("để xem có ...")."""
    if any(p < i for p in _WONDER.positions(w)):
        return True
    raw = w.raw
    return any(raw[k] in _XEM and raw[k - 1] not in _XEM_ASKERS for k in range(1, i))


def _asserted(raw: tuple[str, ...], closing: int) -> bool:
    """An "á" after the closing word, not followed by someone addressed ("... chưa á mấy chị";
    "á má" is an interjection)."""
    for k in range(len(raw) - 1, closing, -1):
        if raw[k] in _ASSERTING_TAIL:
            return True
        if raw[k] in _PERSONS and raw[k] not in _EXCLAIMED:
            return False
    return False


def _degree_exclaims(raw: tuple[str, ...], i: int) -> bool:
    """The closing "không/chưa" at raw[i] follows "quá", "ghê" ... and nobody is addressed."""
    return (
        i > 0
        and raw[i - 1] in _DEGREE
        and _PERSONS.isdisjoint(raw[i + 1 :])
        and not _vocative(raw, i)
    )


def _checks_whether(w: Words) -> bool:
    return any(
        i == 0 or w.raw[i - 1] in _CHECK_BEFORE for i in _CHECK_WHETHER.positions(w)
    )


def _closing_verdict(w: Words, retort: bool, addressed: bool) -> str:
    """'ask' when the segment closes on a question particle, 'deny' on a negating 'đâu'.

    `addressed`: the clause has a '?' or closes on politeness or a vocative."""
    raw = w.raw
    i = _skip_tail(w)
    if i < 0:
        return ""
    if not _IMPERATIVE_TAIL.isdisjoint(raw[i + 1 :]):
        return ""  # "... được không nha": a suggestion; "hợp vía lắm mới được ntn nhá"
    token = raw[i]
    if token in _NHIEU:
        return "ask"
    if _asserted(raw, i) and not _asks_where(raw, i):
        return ""  # "hên là bà không vậy á"
    if token in _PARTICLES:  # "nó không tan ra hả", but "... luôn hả", "đáng yêu vậy hả" exclaim
        before = raw[i - 1] if i else ""
        if before in _STRONG_STATEMENT_END or before in _THOI or before == "á":
            return ""
        return "" if _exclaims(w, 0, i - 1) and not _vocative(raw, i) else "ask"
    if token not in _ASK_AT_END:
        return ""
    if token in _DAU:  # "đâu" closes a negation ("có sao đâu") unless it asks where ("đi đâu")
        if not _asks_where(raw, i):
            return "deny"
        if not addressed and _indefinite(w, i - 1, i + 1):
            return ""  # "không nhớ đã gặp ở đâu"
        return "ask"
    if token in _KHONG_CHUA:
        if i == 0 or raw[i - 1] in _NOT_A_TAG or _embedded_yes_no(raw, i):
            return ""  # "không ạ" (an answer), "còn tôi thì không", "đó thấy không"
        if not addressed and _wonders(w, i):
            return ""  # "không biết có thật không"
        if _degree_exclaims(raw, i):
            return ""  # "có bị hài quá không vậy" (but "... quá không chị")
        return "ask"
    if token in _GI and (retort or raw[i - 1 : i] == ("còn",)):  # "đi tù chứ thương gì"
        return ""
    if token in _NAO and not addressed and not (i > 0 and raw[i - 1] in _NAO_NOUNS):
        return ""  # "chia sẻ nhiều nào", "ko mấy nào chịu thua mấy nào"
    if token in _SAO and i > 0 and raw[i - 1] in _LA and not _vocative(raw, i):
        return ""  # "mình lại thích mặc áo đen là sao ta", "... là sao vậy" (musings)
    if _indefinite(w, i, i + 1):  # "không có gì", "mới hiểu là gì"
        return ""
    if not addressed and _embedded(raw, i):  # "cứ đứng nhìn xem thợ sửa cái gì"
        return ""
    return "ask"


def _first_knowing(w: Words) -> int:
    return min(_KNOWING.positions(w), default=len(w.raw))


def _indefinite(w: Words, i: int, end: int, first_knowing: int | None = None) -> bool:
    """The interrogative at raw[i:end] means "some-/any-/no-" or sits inside "không biết ..."."""
    raw = w.raw
    if end < len(raw) and raw[end] in _INDEFINITE_AFTER:  # "ngày nào đó", "gì cả"
        return True
    if raw[end : end + 2] in _KNOW_AFTER:  # "lúc nào không biết"
        return True
    if not _FREE_CHOICE_LATER.isdisjoint(raw[end : end + _FREE_CHOICE_WINDOW]):
        # "đứa nào bới tao cũng muốn chửi", "còn bao nhiêu món tôi bao hết"
        return True
    if end < len(raw) and raw[i:end] in _RELATIVE_HEADS and raw[end] in _PRONOUNS:
        return True
    if not _NEGATION.isdisjoint(raw[max(0, i - _NEGATION_WINDOW) : i]):  # "không có gì"
        return True
    if not _CHU.isdisjoint(raw[max(0, i - _NEGATION_WINDOW) : i]):  # "nói thế chứ ăn cái gì"
        return True
    if i > 0 and raw[i - 1] in _VULGAR:  # "làm méo gì", "thế éo nào"
        return True
    if raw[i] in _SAO and i > 0 and raw[i - 1] in _LA and not _vocative(raw, _skip_tail(w)):
        return True  # "drama là sao vậy" (a musing)
    if (raw[i:end] in _WHOEVER or raw[end - 1 : end] == ("ai",)) and not (
        raw[i] in _CO or (i > 0 and raw[i - 1] in _CO)
    ):
        # "ai làm mình vui thì mình cười", "mẹ nào mà tàn ác" (but "có ai biết thì chỉ em")
        later = raw[end : end + _WHOEVER_WINDOW]
        if (end < len(raw) and raw[end] in _MA) or not _WHOEVER_LATER.isdisjoint(later):
            return True
    return i > (_first_knowing(w) if first_knowing is None else first_knowing)


def _placed_to_ask(raw: tuple[str, ...], i: int, end: int, closing: int, addressed: bool) -> bool:
    """An interrogative at raw[i:end] in mid-clause asks when the clause is addressed, when it
    opens the clause, follows "thì" or comes shortly before it ("đóng bao nhiêu năm thì được
    lương hưu"), when politeness follows it ("trường gì vậy ạ để em né") or when it is near the
    clause's closing word."""
    return (
        addressed
        or i == 0
        or raw[i - 1] in _THI
        or not _THI.isdisjoint(raw[end : end + _NEAR_END])
        or closing - end < _NEAR_END
        or (end < len(raw) and raw[end] in _POLITE_AFTER)
    )


def _embedded(raw: tuple[str, ...], i: int) -> bool:
    """Before raw[i], a verb of watching or waiting not said to someone: the interrogative
    after it is what is watched for, not asked ("cứ đứng nhìn xem thợ sửa cái gì")."""
    return any(raw[k] in _EMBEDDING and raw[k - 1] not in _XEM_ASKERS for k in range(1, i))


def _wh_asks(w: Words, closing: int, addressed: bool, knowing_before: bool = False) -> bool:
    """An interrogative word used to ask, not as "some-/any-/no-" or inside "không biết ..."
    (`knowing_before`: an earlier comma segment said "không biết", "biết được" ...)."""
    raw = w.raw
    first_knowing = -1 if knowing_before else _first_knowing(w)
    for i in range(1, len(raw)):  # "giá nhiêu ạ", "lãnh nhiêu tiền"
        if raw[i] in _NHIEU and raw[i - 1] not in _BAO and not _indefinite(w, i, i + 1):
            if _placed_to_ask(raw, i, i + 1, closing, addressed):
                return True
    start = _start(raw)
    for phrase, i in _WH.matches(w):
        if phrase.raw[0] == "nào" and i == 0:  # "nào, mình cùng ..." (come on)
            continue
        if i == start and phrase.raw in _OPENERS:
            continue  # an opener: _opens_asking has judged it ("tại sao đẹp quá")
        end = i + phrase.size
        if not _placed_to_ask(raw, i, end, closing, addressed):
            continue
        if not addressed and _embedded(raw, i):
            continue  # "để mình coi nó giận đến mức nào", "chỉ hóng khi nào có phần hai"
        if phrase.size == 1 and phrase.raw[0] == "nào" and not (
            addressed or raw[i - 1] in _NAO_NOUNS
        ):
            continue  # "ông nào chơi ác ...", "bữa nào đi chơi", "không có bí quyết nào"
        if not _indefinite(w, i, end, first_knowing):
            return True
    return False


def _may_asks(w: Words, closing: int, addressed: bool) -> bool:
    """"mấy" + unit asks ("mấy tuổi") unless it means "these few" ("mấy năm nay", "mấy loại
    này", "mấy hôm nữa") or "-odd" after a number ("trăm mấy")."""
    raw = w.raw
    for i in _MAY.positions(w):
        if i > 0 and raw[i - 1] in _MAY_UNITS:  # "tháng mấy", "lớp mấy"
            if raw[i - 1] in _NUMERALS:
                continue  # "được trăm mấy rồi": a hundred-odd
            return True
        if i + 1 < len(raw) and raw[i + 1] in _MAY_UNITS:
            after = raw[i + 2] if i + 2 < len(raw) else ""
            if after in _INDEFINITE_AFTER or after in _DEMONSTRATIVES:
                continue
            if after in _NUA and not addressed:
                continue
            if not _NEGATION.isdisjoint(raw[max(0, i - _NEGATION_WINDOW) : i]):
                continue  # "chẳng đi chơi mấy lần": not many
            if i > 0 and raw[i - 1] in _MAY_SPAN:  # "suốt mấy năm", "cả mấy tháng"
                continue
            if _placed_to_ask(raw, i, i + 2, closing, addressed):
                return True
    return False


def _offer_asks(w: Words) -> bool:
    """A short yes/no question run into what follows: "thích không tôi cuộn cho", "ăn không
    để anh đi mua", "đi không mai tụi mình đi"."""
    raw = w.raw
    for i in (1, 2):
        if i + 1 < len(raw) and raw[i] in _KHONG and raw[i + 1] in _OFFER_NEXT:
            return _NEGATION.isdisjoint(raw[:i])
    return False


def _mid_khong_asks(w: Words, addressed: bool) -> bool:
    """"có ... không" continued by another option or a condition ("... không hay ..."), not
    wondered ("mà không biết có khéo không hay xới lên")."""
    raw = w.raw
    for i in range(1, len(raw) - 1):
        if raw[i] in _KHONG and raw[i + 1] in _AFTER_MID_KHONG:
            if not _CO.isdisjoint(raw[:i]):
                return addressed or not _wonders(w, i)
    return False


def _marker_asks(w: Words, closing: int) -> bool:
    """A yes/no or request marker; "hay không" only near the end ("nóng hay không không quan
    trọng" tells)."""
    if not _ASK_MARKERS.found(w):
        return False
    if any(_HAY_KHONG.positions(w)):
        if not _ASK_MARKERS_BUT_HAY_KHONG.found(w):
            return all(p + 2 >= closing for p in _HAY_KHONG.positions(w))
    return True


_ASK_MARKERS_BUT_HAY_KHONG = _ASK_MARKERS.without("hay không")


def _requests(w: Words) -> bool:
    """"cho em xin số điện thoại", "cho xin cái kết", "xin địa chỉ ạ" (not "cho em xin lỗi")."""
    raw = w.raw
    for i in _CHO.positions(w):
        for j in (i + 1, i + 2):
            if j + 1 < len(raw) and raw[j] in _XIN:
                if raw[j + 1] not in _XIN_NOT_ASKING:
                    return True
    for j in range(len(raw) - 1):
        if raw[j] in _XIN and raw[j + 1] in _XIN_INFO and (j == 0 or raw[j - 1] in _XIN_BEFORE):
            return True
    return False


def _alternative_asks(w: Words, closing: int, addressed: bool) -> bool:
    """"đóng theo tháng hay theo năm vậy chị": 'hay' between options, closed by politeness."""
    raw = w.raw
    if not addressed:  # no trailing "vậy", "ạ", "chị" ...
        return False
    for i in _HAY.positions(w):
        if 0 < i < closing and raw[i + 1] not in _HAY_GOOD_AFTER:
            if raw[i - 1] not in _HAY_GOOD_BEFORE:
                return True
    return False


def _exclaims(w: Words, start: int, closing: int) -> bool:
    """Degree words and exclamatory frames after an opener: "sao đẹp quá vậy", "sao nó biết
    hay vậy", "sao tự nhiên tui nhớ ..."."""
    raw = w.raw
    if not _EXCLAIMING.isdisjoint(raw[start : closing + 1]):
        return True
    if 0 <= closing < len(raw) and raw[closing] in _EXCLAIMING_CLOSE:
        return True
    return any(p >= start for p in _EXCLAIMING_PHRASES.positions(w))


def _start(raw: tuple[str, ...]) -> int:
    """Index of the first word after discourse words ("ủa", "nhưng", "btw" ...)."""
    start = 0
    while start < len(raw) - 1 and raw[start] in _DISCOURSE:
        start += 1
    return start


def _opens_asking(w: Words, addressed: bool, qmark: bool, alone: bool = True) -> bool:
    """"sao ...", "ai ...", "cho em hỏi ..." at the start (after "ủa", "nhưng" ...), but not
    "ai cũng ...", nor an exclamation ("sao đẹp quá"), nor a bare "sao" told to nobody."""
    raw = w.raw
    start = _start(raw)
    closing = _skip_tail(w)
    vocative = _vocative(raw, closing)
    for phrase in _ASK_AT_START.at(w, start):
        end = start + phrase.size
        if _indefinite(w, start, end):
            continue
        if phrase.raw[-1] == "hỏi":  # "cho em hỏi ..."
            return True
        if not vocative and (
            _exclaims(w, end, closing)
            or (
                phrase.raw == ("sao",)
                and not _THE.isdisjoint(raw[closing + 1 :])
                and not (end < len(raw) and raw[end] in _SAO_ASKING_NEXT)
            )
        ):
            continue  # "sao đẹp quá", "sao cậu học giỏi thế" (but "sao không vào được thế")
        if phrase.size == 1 and not (addressed or qmark):
            if phrase.raw[0] == "sao" and not (end < len(raw) and raw[end] in _SAO_ASKING_NEXT):
                continue  # "sao tự nhiên tui nhớ tới bà ..."
            if phrase.raw[0] == "ai" and not (alone and end < len(raw) and raw[end] in _LA):
                continue  # "ai bị bệnh đãng trí, ...", "ai thắng không quan trọng" (not "ai là ...")
        return True
    return False


def _reported(w: Words) -> bool:
    """A question reported, not asked: "ba tôi gọi hỏi có về ăn cơm không"."""
    raw = w.raw
    if _HOI.isdisjoint(raw):
        return False
    return any(raw[k] in _HOI and raw[k - 1] in _REPORTERS for k in range(1, len(raw)))


def _segments(clause: str) -> list[Words]:
    return [s for s in (words(part) for part in clause.split(",")) if s.raw]


# Every way of asking above needs one of these words (folded) or a '?': a clause without them
# is a statement, and the rules need not run.
_CORE = frozenset(
    "khong chua gi dau nao sao ha ho ai may nhieu bao hay hoi xin giai phai dung".split()
)


# A clause of more than this many words, told to nobody, that closes on "không"/"chưa" without
# the "có ... không" frame is a remark with a tag, not a question ("ông anh mình cứ mặc đồ hiệu
# đi họp lớp cho ra vẻ thành đạt không"; "thẻ hết hạn năm ngoái giờ mới gia hạn thì có sao
# không" keeps its "có" and asks).
_TOLD_WORDS = 10


def _clause_asks(clause: str, w: Words) -> bool:
    qmark = "?" in clause
    if not qmark and _CORE.isdisjoint(w.folded):
        return False
    if _NOT_ASKING.found(w) or w.raw[0] in _RETORT_START or _checks_whether(w):
        return False
    closing = _skip_tail(w)
    addressed = _addressed(w, qmark, closing)
    segments = _segments(clause) if "," in clause else [w]
    retort = not _CHU.isdisjoint(w.raw)
    reported = False
    last_index = len(segments) - 1
    for k, seg in enumerate(segments):
        if _reported(seg):
            reported = True
            continue
        seg_addressed = _addressed(seg, qmark)
        if not seg_addressed and (
            k < last_index or (len(w.raw) > _TOLD_WORDS and _CO.isdisjoint(seg.raw))
        ):
            continue  # "..., có được không, như ..." mid-clause, or a long remark with a tag
        if _closing_verdict(seg, retort, seg_addressed) == "ask":
            return True
    if reported and len(segments) == 1 and not qmark:
        return False
    if not qmark and _asserted(w.raw, closing):
        return False
    last = segments[-1] if segments else w
    if _closing_verdict(last, retort, addressed) == "deny":
        return False
    if closing < 0:
        return False
    closing_word = w.raw[closing]
    if closing_word in _STRONG_STATEMENT_END or closing_word.startswith(_SIGHS):
        return False
    if not qmark and closing_word in _KHONG_CHUA and _degree_exclaims(w.raw, closing):
        return False
    if (qmark and _qmark_cue(w)) or _requests(w):
        return True  # a '?' on a clause with some question word ("... nữa à?", "chi vậy chị ?")
    if closing_word in _THOI:
        return False
    if _marker_asks(w, closing) and (addressed or not _wonders(w, closing + 1)):
        return True  # a marker asks, unless wondering: "phải coi kĩ xem có phải đỏ không"
    if _mid_khong_asks(w, addressed) or _offer_asks(w):
        return True
    if (
        closing_word in _STATEMENT_END and not (closing > 0 and w.raw[closing - 1] in _NEGATION)
    ) or not _IMPERATIVE_TAIL.isdisjoint(w.raw[closing:]):  # (but "sao không đi vậy")
        return False
    # An opener in a clause punctuated as a statement exclaims: "sao mn mỉa mai ác thế."
    statement = clause.rstrip().endswith((".", "!"))
    # In a long clause told to nobody, an interrogative word is part of the story ("... cô giảm
    # cho mấy nghìn, cảm giác ấm áp thật sự").
    story = len(w.raw) > _STORY_WORDS
    knowing_before = False
    for seg in segments:
        seg_closing = _skip_tail(seg)
        seg_addressed = _addressed(seg, qmark, seg_closing)
        if not statement and _opens_asking(seg, seg_addressed, qmark, len(segments) == 1):
            return True
        if _alternative_asks(seg, seg_closing, seg_addressed):
            return True
        if (seg_addressed or not story) and (
            _wh_asks(seg, seg_closing, seg_addressed, knowing_before)
            or _may_asks(seg, seg_closing, seg_addressed)
        ):
            return True
        knowing_before = knowing_before or _first_knowing(seg) < len(seg.raw)
    return False


def _qmark_cue(w: Words) -> bool:
    """A clause with a '?' asks when some cue word in it is used to ask."""
    raw = w.raw
    if _QMARK_CUES.isdisjoint(raw):
        return False
    for i, token in enumerate(raw):
        if token not in _QMARK_CUES:
            continue
        if token in _QMARK_WH and _indefinite(w, i, i + 1):
            continue
        if token in _KHONG and raw[i + 1 : i + 2] == ("biết",):
            continue
        return True
    return False


def _vocative(raw: tuple[str, ...], closing: int) -> bool:
    """The clause is said to someone after its closing word ("... vậy ad", "... ạ")."""
    return not _ADDRESSED.isdisjoint(raw[closing + 1 :])


def _addressed(w: Words, qmark: bool, closing: int | None = None) -> bool:
    """A '?', politeness or a vocative after the closing word ("... vậy chị", "... ạ"), or a
    vocative before the clause ("ad ơi ...", "mn có ...", "mọi người ơi ..."; not "trời ơi")."""
    if qmark:
        return True
    raw = w.raw
    if closing is None:
        closing = _skip_tail(w)
    if not _ASK_TAIL.isdisjoint(raw[closing + 1 :]):
        return True
    if raw and (raw[0] in _ADDRESSED or raw[:2] == ("mọi", "người")):
        return True  # "mn có nghe tiếng không, em không nghe gì hết"
    return any(raw[k] in _OI and raw[k - 1] not in _EXCLAIMED for k in range(1, min(4, len(raw))))


# A dot between two characters ("9.5", "1.500.000đ", "d.a.o") does not end a clause.
_CLAUSE = re.compile(r"(?:[^.!?;\n…]|(?<=\w)\.(?=\w))+[.!?;\n…]*")


# Quoted words are someone else's: "đừng bao giờ hỏi bạn gái “em có giận không?”".
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')
_WORD = re.compile(r"\w")


def _unquoted(text: str) -> str:
    """The text without quoted spans, unless the quote is all there is."""
    told = _QUOTED.sub(" ", text)
    return told if _WORD.search(told) else text


# A line given to a speaker ("Mẹ said: m có dọn phòng không", "bác bảo vệ: mày làm gì ở
# đây?") is someone else's, not a question to the readers; "chị ơi: ...", "cho em hỏi: ...",
# "câu hỏi là: ..." ask ...
_SPEAKER = re.compile(r"^\W*(\w+(?:[ \t]+\w+){0,3})[ \t]*:(?:[ \t]+(?=\w)|(?=\w{3}))(?!\d)")
_SPEAKER_ASKS = WordSet("hỏi", "ơi", "ới", "ạ", "admin", "shop", "người", "là", "xin", "ad",
                        strict=True)


# ... when the line speaks as in a dialogue ("tao", "mày", "m"); "BHYT hộ gia đình: đóng bao
# nhiêu?" is a topic and its question.
_DIALOGUE = re.compile(r"\b(?:tao|tau|mày|mầy|m|t|mi)\b", re.IGNORECASE)


def _speaker_line(text: str) -> bool:
    found = _SPEAKER.match(text)
    return (
        found is not None
        and _DIALOGUE.search(text, found.end()) is not None
        and _SPEAKER_ASKS.isdisjoint(words(found.group(1)).raw)
    )


def is_question(text: str, w: Words | None = None) -> bool:
    """True when the commenter is asking something, with or without '?' or accents.

    `w`: `words(text)`, when the caller has it already (a one-clause comment reuses it)."""
    if not text:
        return False
    if '"' in text or "“" in text:
        text = _unquoted(text)
    if ":" in text and _speaker_line(text):
        return False
    for clause in _CLAUSE.findall(text):
        cw = w if w is not None and clause == text else words(clause)
        if cw.raw and _clause_asks(clause, cw):
            return True
    return False


def is_tech_complaint(w: Words) -> bool:
    return _TECH_PHRASES.found(w) and not _TECH_NEGATIONS.found(w)


def is_lead(w: Words, phones: list[str]) -> bool:
    return bool(phones) or _LEAD_PHRASES.found(w)


def classify(text: str) -> CommentFacts:
    """Read one comment: question, phones (E.164), lead, technical complaint."""
    w = words(text or "")
    phones = extract_phones(text or "")
    return CommentFacts(
        is_question=is_question(text or "", w),
        phones=phones,
        lead=is_lead(w, phones),
        tech=is_tech_complaint(w),
    )
