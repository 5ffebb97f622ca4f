"""The words a question is read by: particles, interrogatives, addressees, look-alikes.

Pure module: the vocabulary tables of `questions`, `question_tail` and `interrogatives`. Patterns
are written with Vietnamese accents; a word typed without any accent also matches its accented
pattern ("bao nhieu" = "bao nhiêu"), but a word typed *with* other accents does not ("máy" is
not "mấy"), which keeps accented comments precise.
"""

from __future__ import annotations

from livestream.phrases import PhraseTable, WordSet

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
_ASK_TAIL_WORDS = ("ạ", "vậy", "rứa", "với", "ơi", "ạh", "thế", "ạk", "ạa", "z", "v", "dẫy",
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
                 "khám", "lấy", "gửi", "học", "xem", "tìm", "ra", "vào", "vô", "bấm", "đóng", "tại")
_WH = PhraseTable(
    "bao nhiêu", "bao lâu", "thế nào", "như nào", "ra sao", "làm sao", "tại sao",
    "vì sao", "khi nào", "bao giờ", "cái gì", "là gì", "những gì", "có ai", "ai biết", "nào",
    "gì vậy", "gì ạ", "gì thế", "sao vậy", "sao ạ", "gì không", "là ai", "với ai", "sao rồi",
    "cho ai", "của ai", "những ai", "gì để",
    "ai đóng", "ai trả", "ai nhận", "ai hưởng",  # who pays, who receives (bare "ai" exclaims)
    *(f"{verb} đâu" for verb in _WHERE_BEFORE),
    # Central Vietnamese: "mô" where, "chi" what, "răng" how/why ("đăng ký chỗ mô rứa")
    *(f"{verb} mô" for verb in _WHERE_BEFORE), "cái chi", "chi rứa", "chi ạ", "làm răng",
    "răng rứa",
)
# An interrogative in the middle of a clause asks when the clause is addressed to someone (a
# trailing "ạ", "vậy", "chị"), when it starts the clause or follows "thì" ("bao nhiêu tuổi thì
# ...", "... thì khi nào đi khám được"), or when at most this many words follow it ("đóng bao
# nhiêu tiền một tháng"); otherwise it is told, not asked ("bao nhiêu năm mới được lên sóng nên
# ...", "ông nào chơi ác lấy xe ...", "sau mấy tháng nó mọc lại").
_NEAR_END = 3
_STORY_WORDS = 20
_THI = WordSet("thì")
# Right after an interrogative (and its unit), "mới" makes it the condition asked: "bao lâu mới
# được", "ít nhất mấy năm mới có lương hưu" (not "coi bao nhiêu tập rồi mới thấy").
_MOI = WordSet("mới")
# "thì đến bao giờ", "thì ở đâu": a preposition between "thì" and the interrogative.
_THI_PREPOSITIONS = WordSet("đến", "tới", "ở", "vào", "là", strict=True)
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
_POLITE_AFTER = WordSet("ạ", "vậy", "rứa", "v", "z", "zậy", "zị", "thế")
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
                            "cho tôi hỏi", "cho con hỏi", "cho cháu hỏi", "xin hỏi",
                            # "is it really …", "whether …" (told to nobody, "liệu" wants a '?')
                            "có thật", "có thực", "liệu")
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
    "giấy", "bộ", "quý", "k", "lít", "kg", "cân", "điểm", "tập", "số", "chế", "phương", "khoản",
    "hình", "trường", "điều", "thủ", "%",
)
# "có mấy chế độ", "là mấy", "được mấy": "mấy" after these asks a number.
_MAY_ASKING_BEFORE = WordSet("có", "là", "được", "giảm", "trợ", strict=True)
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
    "nhé chưa", "hoá ra", "siêu sao", "ngôi sao",
    # "có gì phải lo", "đúng không nào" (a tag that wants agreement, not an answer)
    "gì phải", "không nào",
    # "no wonder": "bảo sao dạo này vắng", "hèn gì nó đi học muộn"
    "bảo sao", "hèn gì", "hèn chi", "thảo nào",
    # "the reason why": "đó là lý do vì sao mình thích đi xa"
    "lý do vì sao", "lý do tại sao", "lí do vì sao", "lí do tại sao",
)
# "thì ra" is "so it turns out" opening a clause or before "là" ("thì ra là vậy"); after a
# condition it is "then go to" ("muốn đăng ký thì ra xã").
_TURNS_OUT = PhraseTable("thì ra")
_LA_VAY = WordSet("là", "vậy", "thế")
# "xem có ... không" at the start is an order to check, not a question: "dô xem có giống mình
# không" (but "ai xem có bị đứng hình không" asks: "xem" = watch).
_CHECK_WHETHER = PhraseTable("xem có", "coi có")
_CHECK_BEFORE = WordSet("dô", "vô", "vào", "đi", "thử")
# Sighs that close a clause as a statement: "... khéo nữa haizz".
_SIGHS = ("haiz", "hazz", "haz", "hizz")


_WHERE_SET = WordSet(*_WHERE_BEFORE)


_CHU = WordSet("chứ")
_DAU = WordSet("đâu")
_GI = WordSet("gì")
_KHONG_CHUA = WordSet("không", "chưa")
