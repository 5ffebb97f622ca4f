"""Grouping's vocabulary: the forms viewers ask with, the key tokens they stand for, and how much
each key token tells about which question is asked. Pure data (and one lookup); tuning lives here.
"""

from __future__ import annotations

from functools import lru_cache

# ---------------------------------------------------------------------------------------------
# Domain lexicon: voluntary social insurance (BHXH tự nguyện) and household health insurance
# (BHYT hộ gia đình) as viewers ask about them. Forms are Vietnamese with diacritics and go
# through the same normalisation as comments (livestream.text.words: teencode expanded). A comment
# word typed without accents matches the folded form; a word typed with accents must match
# exactly ("nằm" is not "năm", "già" is not "giá"). "N" stands for any number. The longest form
# wins; between forms of one length, the one matching more accents, then the one listed first.
# A form yields key tokens: `#concept`, `?kind` of answer, `!?kind` (the kind a yes/no question
# weighs up when it names a number: "đóng 15 năm có được không"), `^?kind` (what a bare "bao
# nhiêu" asks after this word: "tuổi nghỉ hưu là bao nhiêu"), or nothing ("": set phrases whose
# words would otherwise be misread).
# ---------------------------------------------------------------------------------------------
# What a voluntary member asks about a health card or a doctor coming with the insurance (it does
# not), said after "tự nguyện" however the insurance itself is named.
_BUNDLE_ASKS = (
    "có được bhyt", "có được thẻ bhyt", "có được cấp thẻ bhyt", "có được cấp bhyt",
    "có được thẻ y tế", "có được cấp thẻ y tế", "có được bảo hiểm y tế",
    "có được thẻ bảo hiểm y tế", "có được cấp thẻ bảo hiểm y tế", "có được hưởng bhyt", "có bhyt",
    "có thẻ bhyt", "có được bhyt luôn", "thì có được bhyt", "thì có được thẻ bhyt",
    "thì có được cấp thẻ bhyt", "thì có được cấp thẻ y tế", "thì có được thẻ y tế", "được bhyt",
    "được cấp thẻ bhyt", "được cấp bhyt", "có cấp thẻ bhyt", "có cấp bhyt", "có được khám bệnh",
    "có được đi khám", "có được đi khám bệnh", "có được khám chữa bệnh", "thì có được khám bệnh",
    "thì có được đi khám", "được khám bệnh", "có được khám", "có được khám bệnh miễn phí",
    "có được khám miễn phí", "thì có được khám bệnh miễn phí", "có kèm", "có kèm bhyt",
    "có bao gồm", "rồi có phải mua bhyt", "có phải mua bhyt", "có phải mua thêm bhyt",
    "rồi có phải mua thêm bhyt", "có cần mua bhyt", "có cần mua thêm bhyt", "rồi có cần mua bhyt",
    "rồi có được bhyt", "rồi có được thẻ bhyt", "không thấy cấp thẻ bhyt",
    "mà không thấy cấp thẻ bhyt", "sao không được cấp thẻ bhyt", "có được thẻ", "có được cấp thẻ",
    "thì có được cấp thẻ",
)
_VOLUNTARY_NAMES = ("tự nguyện", "bhxh tự nguyện", "bảo hiểm xã hội tự nguyện", "bh xã hội tự nguyện")
# How a lump sum is worked out is how much it comes to (the host answers both with one sum).
_LUMPSUM_NAMES = (
    "rút một lần", "rút bhxh một lần", "rút bảo hiểm một lần", "bhxh một lần", "nhận một lần",
    "lãnh một lần", "hưởng một lần", "lấy một lần", "tiền rút một lần", "tiền một lần",
)
_LUMPSUM_CALC = (
    "tính như thế nào", "tính thế nào", "tính sao", "tính ra sao", "tính như nào", "tính răng",
    "được tính như thế nào", "được tính thế nào", "được tính ra sao", "thì tính như thế nào",
    "thì tính thế nào", "thì tính sao", "thì tính ra sao", "thì được tính như thế nào",
    "tính ra bao nhiêu", "thì tính ra bao nhiêu",
)

LEXICON: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Plain words typed without accents that are far more often something harmless.
    ("", (
        "đúng", "mọi người", "nhiều", "vâng", "quý vị", "quý khách", "qua", "để", "đó", "ngày",
        "thuộc", "vô", "mau", "đợi", "theo dõi", "liên", "hình như", "xa", "mang", "hàng", "mà",
        # hearsay is no sound problem, people saying different things no other province
        "nghe mọi người nói", "nghe người ta nói", "nghe bảo", "nghe đồn", "nghe nói là",
        "nghe nói", "nói khác", "nói khác nhau", "công nghệ", "nghe đâu",
        "nghe mọi người nói khác nhau", "nghe người ta nói khác nhau", "mỗi nơi nói khác nhau",
        "mỗi người nói khác nhau", "mỗi người nói một kiểu", "mỗi chỗ nói một kiểu",
        # saying one is hard up is not the poor-household category
        "nghèo lắm", "nghèo quá", "em nghèo lắm",
        # asking the host to say it again is no part of the question
        "nói lại", "nhắc lại", "nói lại giúp", "nói lại giùm", "nói lại phần", "nhắc lại giúp",
        # asking the host to work it out is no question about the formula
        "tính giúp", "tính giùm", "tính dùm", "tính hộ", "tính giúp em", "tính giùm em",
        "tính dùm em", "tính hộ em", "tính cho em", "tính thử", "tính giúp mình",
        # last year is mostly the story told ("năm ngoái em mua 1tr1"), not a back payment
        "năm ngoái", "từ năm ngoái",
        # whether years count (are added up) is no question about the formula
        "có được tính", "có được tính không", "được tính không", "có được tính vào",
        "được tính vào", "có tính không", "có được tính là", "được tính là",
        # "later on" is when, not the pension: "ngừng thì sau này có đóng lại được không"
        "sau này", "sau ni",
    )),
    # --- the kind of answer wanted ---
    ("?amount", (
        "bao nhiêu", "nhiêu", "mấy chục", "mức nào", "hết bao nhiêu", "là bao nhiêu",
        "mất bao nhiêu", "được bao nhiêu", "mất nhiêu", "mất bao nhiu",
        # roughly how much: "chừng bao nhiêu", "cỡ nhiêu"
        "chừng bao nhiêu", "cỡ bao nhiêu", "tầm bao nhiêu", "khoảng bao nhiêu", "chừng nhiêu",
        "cỡ nhiêu", "tầm nhiêu", "khoảng nhiêu", "được chừng bao nhiêu", "được khoảng bao nhiêu",
        "được tầm bao nhiêu", "được cỡ bao nhiêu",
    )),
    ("?amount #money", (
        "bao nhiêu tiền", "mấy tiền", "mấy trăm", "mấy triệu", "mấy nghìn", "mấy ngàn", "nhiêu tiền",
        "mấy củ", "hết bao nhiêu tiền", "bao nhiêu một người", "chuẩn bị bao nhiêu tiền",
        "chuẩn bị bao nhiêu", "mất nhiêu tiền", "mất bao nhiêu tiền",
        # "tốn" (costs) and "mất" (takes) with a sum: "tốn mấy trăm", "mất mấy triệu"
        "tốn bao nhiêu tiền", "tốn nhiêu tiền", "tốn mấy tiền", "tốn mấy trăm", "tốn mấy triệu",
        "mất mấy trăm", "mất mấy triệu", "mất mấy tiền", "mất mấy nghìn", "mất mấy ngàn",
        "hết mấy trăm", "hết mấy triệu", "hết mấy tiền", "hết nhiêu tiền",
    )),
    ("?amount", ("tốn bao nhiêu", "tốn nhiêu", "tốn mấy", "tốn khoảng bao nhiêu")),
    ("#money !?amount", ("mất N triệu", "mất N nghìn", "mất N ngàn", "mất N trăm", "mất N tr",
                         "tốn N triệu", "tốn N nghìn", "tốn N ngàn", "tốn N trăm")),
    ("?amount #price", ("giá bao nhiêu", "giá mấy", "giá nhiêu", "phí bao nhiêu")),
    # what buying costs ("mua hết" alone is buying for everyone)
    ("#pay ?amount", ("mua hết bao nhiêu", "mua hết nhiêu", "mua hết bi nhiêu", "mua mất bao nhiêu")),
    ("#pay ?amount #money", (
        "mua hết bao nhiêu tiền", "mua hết nhiêu tiền", "mua hết mấy trăm", "mua hết mấy triệu",
        "mua mất bao nhiêu tiền", "mua hết mấy tiền",
    )),
    ("?amount #monthly", ("bao nhiêu một tháng", "một tháng bao nhiêu", "tháng bao nhiêu")),
    ("?amount #yearly", ("bao nhiêu một năm", "một năm bao nhiêu")),
    ("?amount #percent", (
        "bao nhiêu phần trăm", "mấy phần trăm", "bao nhiêu phần", "mấy phần", "nhiêu phần trăm",
        "nhiêu phần", "mấy chục phần trăm", "là bao nhiêu phần trăm", "là mấy phần trăm",
        "là bao nhiêu %", "là mấy %", "được bao nhiêu phần trăm", "được mấy phần trăm",
        "được bao nhiêu %", "được mấy %", "bao nhiêu %", "mấy %",
    )),
    ("#percent", ("phần trăm", "tỉ lệ", "tỷ lệ", "tỉ lệ phần trăm")),
    # The contribution rate itself (22% of the chosen income), not a subsidy or a coverage rate.
    ("#rate #percent", (
        "% thu nhập", "phần trăm thu nhập", "N % thu nhập", "% mức thu nhập", "phần trăm mức thu nhập",
        "N % mức thu nhập", "tỉ lệ đóng", "tỷ lệ đóng", "tỉ lệ trích đóng", "tỷ lệ trích đóng",
        "tỉ lệ đóng góp", "tỷ lệ đóng góp",
        # "trên" the income, or of the income one chose
        "% trên mức thu nhập", "N % trên mức thu nhập", "% trên thu nhập", "N % trên thu nhập",
        "% của mức thu nhập", "N % của mức thu nhập", "% thu nhập tự chọn", "N % thu nhập tự chọn",
        "% mức thu nhập tự chọn", "N % mức thu nhập tự chọn", "% mức thu nhập chọn",
        "N % mức thu nhập chọn",
    )),
    ("#rate #percent ?amount", (
        "bao nhiêu % thu nhập", "mấy % thu nhập", "bao nhiêu phần trăm thu nhập",
        "mấy phần trăm thu nhập",
    )),
    ("#money ?what", ("tiền đi đâu", "tiền về đâu", "tiền sẽ ra sao", "tiền sẽ thế nào")),
    ("?years #years", ("bao nhiêu năm", "mấy năm", "bao nhiêu năm nữa", "số năm", "mấy chục năm")),
    # a bare "nhiêu" before the unit asks for that unit: "đóng nhiêu năm", "nhiêu tuổi"
    ("?years #years", ("nhiêu năm", "nhiêu năm nữa", "bi nhiêu năm")),
    ("?years", ("nhiêu lâu", "nhiêu ngày", "bao lâu nữa")),
    ("?months", ("nhiêu tháng",)),
    # "được bao nhiêu" before the unit asks that unit: "đóng được bao nhiêu năm rồi"
    ("?years #years", ("được bao nhiêu năm", "được mấy năm", "được nhiêu năm", "được mấy chục năm")),
    ("?months", ("được bao nhiêu tháng", "được mấy tháng", "được nhiêu tháng")),
    # two numbers set against each other ask which it is: "tuổi hưu nam 62 hay 60"
    ("!?amount", ("N hay N", "N hay là N", "N hoặc N", "N hay tới N")),
    ("#years !?years", ("N hay N năm", "N hay là N năm", "N hoặc N năm")),
    ("#age !?age", ("N hay N tuổi", "N hay là N tuổi", "N hoặc N tuổi")),
    ("#money !?amount", ("N hay N triệu", "N hay N nghìn", "N hay N ngàn", "N hay N trăm")),
    # how many kinds there are is which ones: "có mấy kiểu đóng", "mấy loại thẻ"
    ("?which", (
        "mấy kiểu", "mấy loại", "mấy dạng", "mấy gói", "bao nhiêu loại", "bao nhiêu kiểu",
        "những loại nào", "những kiểu nào",
    )),
    ("#frequency ?which", ("mấy phương thức đóng", "bao nhiêu phương thức đóng", "mấy kiểu đóng",
                           "mấy cách đóng")),
    ("?how", ("mấy cách", "bao nhiêu cách", "những cách nào", "các cách nào")),
    # how many times (a count, not how often): "một năm được đổi mức mấy lần"
    ("?amount", ("mấy lần", "bao nhiêu lần", "nhiêu lần", "mấy bận", "được mấy lần",
                 "được bao nhiêu lần")),
    ("?age #age", ("nhiêu tuổi", "tuổi nhiêu", "đủ tuổi nào", "tới tuổi nào", "đến tuổi nào",
                   "đủ bao nhiêu tuổi", "đủ mấy tuổi")),
    ("?years", ("bao lâu", "bao nhiêu lâu", "mất bao lâu")),
    # "bao lâu thì dùng được" is "when", "dùng được bao lâu" is "for how long".
    ("?when", ("bao lâu thì", "bao lâu mới", "bao lâu sau", "mấy ngày thì", "mấy ngày sau")),
    # ... and the card being usable then: "mua xong bao lâu mới đi khám được"
    ("?when #valid", (
        "bao lâu mới đi khám được", "bao lâu thì đi khám được", "bao lâu mới khám được",
        "bao lâu thì khám được", "bao lâu mới dùng được", "bao lâu thì dùng được",
        "bao lâu mới sử dụng được", "bao lâu thì sử dụng được", "bao lâu mới xài được",
        "bao lâu mới có hiệu lực", "bao lâu thì có hiệu lực", "bao lâu mới có giá trị",
        "mấy ngày sau đi khám được", "mấy ngày mới đi khám được", "mấy ngày thì đi khám được",
        "mấy ngày mới dùng được", "bao giờ mới đi khám được", "bao giờ mới dùng được",
        "khi nào mới đi khám được", "khi nào mới dùng được", "khi nào được đi khám",
        "khi nào đi khám được", "khi nào thì đi khám được", "khi nào khám được",
        "bao giờ đi khám được", "bao giờ thì đi khám được", "lúc nào đi khám được",
        "khi nào dùng được", "khi nào thì dùng được", "khi nào xài được", "khi nào sử dụng được",
        "khi nào có hiệu lực", "khi nào thì có hiệu lực", "bao giờ có hiệu lực",
        "bao giờ thì có hiệu lực", "ngày nào có hiệu lực", "từ ngày nào có hiệu lực",
        "từ ngày nào được dùng", "từ ngày nào dùng được", "từ ngày nào đi khám được",
    )),
    # a number of days is a wait: "mất bao nhiêu ngày mới nhận được", "chờ mấy ngày"
    ("?years", ("bao nhiêu ngày", "mấy ngày", "mất bao nhiêu ngày", "mất mấy ngày")),
    # ... counted in "bữa" (southern), "hôm" or weeks, or roughly: "chừng mấy bữa"
    ("?years", (
        "mấy bữa", "mấy hôm", "mấy tuần", "bao nhiêu bữa", "bao nhiêu hôm", "bao nhiêu tuần",
        "nhiêu bữa", "nhiêu hôm", "nhiêu tuần", "mất mấy bữa", "mất mấy hôm", "mất mấy tuần",
        "chừng mấy ngày", "khoảng mấy ngày", "tầm mấy ngày", "cỡ mấy ngày", "chừng mấy bữa",
        "khoảng mấy bữa", "tầm mấy bữa", "mấy ngày nữa", "mấy bữa nữa", "mấy hôm nữa",
        "mấy tuần nữa", "bao nhiêu ngày nữa",
    )),
    ("?when", ("mấy bữa thì", "mấy hôm thì", "mấy tuần thì", "mấy bữa mới", "mấy hôm mới",
               "mấy tuần mới", "mấy ngày mới", "mấy bữa sau", "mấy hôm sau")),
    # whether it takes long is how long: "làm thẻ có lâu không"
    ("?years", (
        "lâu không", "có lâu không", "có lâu lắm không", "lâu lắm không", "mất lâu không",
        "có mất lâu không", "chờ lâu không", "có phải chờ lâu không", "đợi lâu không",
        "có phải đợi lâu không",
    )),
    # "mất" taking time, not a death: "mất mấy năm mới lãnh được"
    ("?years #years", ("mất mấy năm", "mất bao nhiêu năm", "mất nhiêu năm")),
    ("?months", ("mất mấy tháng", "mất bao nhiêu tháng", "mất nhiêu tháng")),
    ("?age #age", ("bao nhiêu tuổi", "mấy tuổi", "tuổi nào", "độ tuổi nào", "tuổi bao nhiêu")),
    ("?months", ("bao nhiêu tháng", "mấy tháng")),
    ("?when", (
        "khi nào", "bao giờ", "lúc nào", "hôm nào", "ngày nào", "năm nào", "tháng mấy", "mấy giờ",
        "giờ nào", "thời điểm nào", "mấy h", "bữa nào", "chừng nào", "tới khi nào", "ngày mấy",
        "ngày bao nhiêu", "đến lúc nào", "tới lúc nào", "đến bao giờ",
        # the month or quarter asked: "đổi nơi khám vào tháng nào"
        "tháng nào", "quý nào", "tuần nào", "vào tháng nào", "vào quý nào", "vào ngày nào",
        "vào lúc nào", "vào thời gian nào", "thời gian nào",
    )),
    ("?where #place", ("ở đâu", "chỗ nào", "nơi nào", "đến đâu", "tới đâu", "ra đâu", "ở chỗ nào")),
    ("?where #place", ("ở mô", "chỗ mô", "nơi mô")),  # central Vietnam
    # central "mô" for "nào"/"đâu" after a verb of going or a thing chosen: "đăng ký ra mô"
    ("?where #place", ("đi mô", "ra mô", "tới mô", "đến mô", "vô mô", "lên mô", "bên mô")),
    ("?which", ("cái mô", "loại mô", "gói mô", "bên nào")),
    ("?amount", ("mức mô",)),
    ("?where #place", ("tại đâu", "tại chỗ nào", "tại nơi nào", "ở chỗ mô")),
    ("?when", ("khi mô", "lúc mô", "hồi nào", "bao giờ thì", "ngày mô", "tháng mô", "năm mô",
               "chừng mô", "bao giờ mới")),
    # whom to see is where to go: "muốn đóng thì liên hệ ai", "đăng ký với ai"
    ("?where #place", (
        "gặp ai", "liên hệ ai", "liên hệ với ai", "tìm ai", "hỏi ai", "nhờ ai",
        "gặp ai để", "liên hệ ai để", "đăng ký với ai", "đóng cho ai", "nộp cho ai",
    )),
    ("?amount", ("bi nhiêu",)),
    # "bao nhiêu", "bao giờ", "làm sao" run together or cut short in chat
    ("?amount", ("bnhieu", "bnhiêu", "baonhiêu")),
    ("?when", ("bao h", "bao h thì", "bao h mới", "bgio", "bgiờ")),
    ("?how", ("lsao", "như răng", "ra răng", "thế răng", "răng ri")),
    ("?where", ("đâu", "chỗ đâu", "nơi đâu", "địa điểm", "đi đâu")),
    # going somewhere to do it: "đi đâu để đăng ký" (money that "đi đâu" is no place)
    ("?where #place", ("đi đâu để", "phải đi đâu", "phải đi đâu để", "đi đâu để làm", "lên đâu để")),
    ("?how", (
        "những bước nào", "bước nào", "các bước nào", "xử lý thế nào", "như thế nào", "thế nào",
        "làm sao", "làm thế nào", "ra sao", "cách nào", "bằng cách nào",
        "cách", "hướng dẫn", "các bước", "làm sao để", "cách thức", "như nào", "sao để",
        "mấy bước", "từng bước", "kiểu gì", "kiểu nào", "thao tác", "bấm vào đâu", "vào mục nào",
        "bấm vào mục nào",
        "chỉ em cách", "chỉ cách", "bấm như thế nào",
        # what one has to do is how it is done: "hết hạn thì phải làm gì"
        "phải làm gì", "cần làm gì", "làm gì", "làm những gì", "phải làm những gì",
        "cần làm những gì", "làm như nào", "phải làm sao", "phải làm thế nào", "làm chi",
        "phải làm chi", "mần chi",
    )),
    ("?what", ("gì", "những gì", "cái gì", "điều gì", "loại gì", "cái chi", "chi rứa", "gì rứa")),
    ("?which", ("nào", "cái nào", "loại nào")),
    ("?why", ("tại sao", "vì sao", "sao lại", "sao", "lý do")),
    # central Vietnam: "răng" is "sao", "mần răng" is "làm sao"
    ("?how", ("làm răng", "mần răng", "mần sao", "làm răng để", "răng để", "mần răng để")),
    ("?why", ("răng lại", "vì răng", "tại răng", "răng rứa")),
    ("?yesno", (
        "không", "chưa", "được không", "có được không", "đúng không", "phải không", "hả",
        "có sao không", "thì sao", "có bị gì không", "bị gì không", "gì không", "có sao",
        "hay không", "được chứ", "có ảnh hưởng gì không", "ảnh hưởng gì", "có ảnh hưởng",
        "thiệt không", "có thiệt không", "thiệt hông", "thật không", "có thật không",
    )),
    # --- products: in most questions, so they weigh little, but BHXH is not BHYT ---
    ("#bhxh", (
        "bảo hiểm xã hội", "bhxh", "bh xã hội", "xã hội", "sổ bhxh", "sổ bảo hiểm", "bảo hiểm",
    )),
    ("#voluntary", ("tự nguyện", "bhxh tự nguyện", "bảo hiểm xã hội tự nguyện")),
    ("#bhyt", (
        "bảo hiểm y tế", "bhyt", "bh y tế", "y tế", "thẻ bhyt", "thẻ bảo hiểm y tế", "thẻ y tế",
        # "yte" run together and typed plain
        "yte", "thẻ yte", "bảo hiểm yte",
    )),
    ("#pay #household", (
        "mua hộ gia đình", "đóng hộ gia đình", "nộp hộ gia đình", "mua hộ gđ", "đóng hộ gđ",
    )),
    # BHYT is bought, BHXH is paid: buying online is a health-insurance card.
    ("#bhyt #online #bhytonline", (
        "bhyt online", "bhyt qua mạng", "bhyt trên mạng", "bhyt trên app", "bhyt qua app",
        "bhyt trực tuyến", "y tế online", "y tế qua mạng", "y tế trên mạng", "y tế trực tuyến",
        "thẻ bhyt online", "thẻ bhyt trên app", "thẻ bhyt qua mạng",
    )),
    ("#household #online #bhytonline", (
        "hộ gia đình online", "hộ gia đình qua mạng", "hộ gia đình trên mạng", "hgđ online",
        "hộ gia đình trên app", "hộ gia đình qua app", "hộ gia đình trực tuyến", "hgđ qua mạng",
        "hộ gia đình trên vssid", "hộ gia đình qua vssid",
    )),
    ("#pay #bhyt #household #online #bhytonline", (
        "mua bhyt hộ gia đình online", "mua bhyt hộ gia đình qua mạng",
        "mua bhyt hộ gia đình trên app", "mua bhyt hộ gia đình trên mạng",
        "mua bhyt hộ gia đình trực tuyến", "mua bhyt hộ gia đình qua app",
    )),
    ("#pay #bhyt #online #bhytonline", (
        "mua online", "mua qua mạng", "mua trên mạng", "mua trên app", "mua qua app",
        "mua trực tuyến", "mua trên vssid", "mua qua vssid", "mua trên điện thoại",
        "mua qua điện thoại", "mua thẻ online", "mua thẻ qua mạng", "gia hạn online",
        "gia hạn trên app", "gia hạn qua app", "gia hạn trên vssid", "gia hạn qua vssid",
        "gia hạn qua mạng", "mua bhyt online", "mua bhyt qua mạng", "mua bhyt trên app",
        "mua bhyt qua app", "mua bhyt trên vssid", "mua bhyt qua vssid", "mua bhyt trên điện thoại",
        "mua bhyt qua điện thoại", "mua bhyt qua ngân hàng", "mua bhyt trực tuyến",
        "mua qua ngân hàng", "mua qua app ngân hàng", "mua qua momo", "mua trên momo",
        "mua thẻ trên app", "mua thẻ qua app", "mua thẻ trên vssid", "mua thẻ qua vssid",
        "gia hạn thẻ online", "gia hạn thẻ trên app", "gia hạn thẻ qua vssid",
        "gia hạn trên điện thoại", "gia hạn qua điện thoại", "gia hạn bhyt online",
        "gia hạn bhyt trên app", "gia hạn bhyt qua app", "gia hạn bhyt trên vssid",
    )),
    ("#pay #bhyt #household", ("mua bhyt hộ gia đình", "đóng bhyt hộ gia đình", "mua bhyt hộ")),
    ("#household", ("hộ gia đình", "hộ gđ", "hộ", "trong hộ", "theo hộ")),
    # the household book names who belongs to the household (not a paper to bring)
    ("#household", (
        "trong sổ hộ khẩu", "trong hộ khẩu", "cùng hộ khẩu", "chung hộ khẩu", "theo hộ khẩu",
        "cùng sổ hộ khẩu", "chung sổ hộ khẩu", "hộ khẩu có", "sổ hộ khẩu có", "tên trong hộ khẩu",
        "tên trong sổ hộ khẩu", "trong cư trú", "cùng nơi cư trú",
    )),
    # --- pension, age, years ---
    ("#pension", (
        "lương hưu", "hưu", "hưu trí", "nghỉ hưu", "về hưu", "lãnh lương", "lĩnh lương",
        "nhận lương", "hưởng lương", "lương hàng tháng", "lương", "về già",
        # "sau này" with what one then receives is the pension; alone it is just "later"
        "sau này lãnh", "sau này lĩnh", "sau này nhận", "sau này hưởng", "sau này được",
        "sau này mỗi tháng", "sau này lãnh được", "sau này nhận được", "sau này hưởng được",
        "sau này được nhận", "sau này được lãnh", "sau này được hưởng", "sau này có lương",
        "sau ni lãnh", "sau ni nhận", "sau ni được", "sau ni hưởng", "sau ni có lương",
        "lúc già", "khi già", "chế độ hưu", "hưởng hưu", "tiền hưu", "lương về già",
        # "hưu trí" after "lương", "chế độ"; "hữu" mistyped
        "lương hưu trí", "chế độ hưu trí", "hưởng hưu trí", "lương hữu", "về hữu",
        "tiền dưỡng già", "dưỡng già", "ăn lương", "ăn lương hưu", "ăn hưu",
    )),
    # what one receives every month is the pension
    ("#pension #monthly #receive", (
        "lãnh hàng tháng", "lĩnh hàng tháng", "nhận hàng tháng", "hưởng hàng tháng",
        "lãnh hằng tháng", "nhận hằng tháng", "lãnh mỗi tháng", "nhận mỗi tháng", "mỗi tháng lãnh",
        "mỗi tháng nhận", "mỗi tháng lĩnh", "mỗi tháng được lãnh", "mỗi tháng được nhận",
        "mỗi tháng được hưởng", "hàng tháng lãnh", "hàng tháng được lãnh", "hàng tháng được nhận",
        "hàng tháng nhận", "một tháng lãnh", "một tháng được lãnh", "một tháng nhận",
        "một tháng được nhận", "tháng lãnh", "tháng được lãnh",
    )),
    ("#level", (
        "mức đóng", "mức", "mức tiền", "mức thu nhập", "thu nhập", "lương cơ sở", "mức lương",
        "chuẩn nghèo", "mức chuẩn", "chuẩn hộ nghèo", "mức chuẩn hộ nghèo", "mức chuẩn nghèo",
    )),
    # the lowest income one may declare is the rural poverty line
    ("#level #min", (
        "chuẩn hộ nghèo nông thôn", "chuẩn nghèo nông thôn", "mức chuẩn nghèo nông thôn",
        "mức chuẩn hộ nghèo nông thôn", "chuẩn hộ nghèo khu vực nông thôn",
        "chuẩn nghèo khu vực nông thôn", "chuẩn nông thôn", "mức chuẩn nông thôn",
    )),
    # the declared income the contribution is a share of
    ("#level", (
        "mức thu nhập làm căn cứ đóng", "thu nhập làm căn cứ đóng", "mức thu nhập làm căn cứ",
        "thu nhập làm căn cứ", "làm căn cứ đóng", "thu nhập tháng làm căn cứ đóng",
        "mức thu nhập tháng làm căn cứ đóng", "mức thu nhập để đóng", "thu nhập để đóng",
        "mức thu nhập đăng ký", "thu nhập đăng ký", "mức thu nhập kê khai", "thu nhập kê khai",
    )),
    # Choosing one's own level at all (which level, any level).
    ("#choose #level", (
        "chọn mức", "tự chọn mức", "được chọn mức", "tự chọn mức đóng", "chọn mức đóng",
        "chọn mức thu nhập", "lựa chọn mức", "lựa mức", "tùy chọn mức", "mức tùy ý", "tùy ý chọn",
        "tự chọn mức thu nhập", "được tự chọn mức", "được lựa chọn mức", "tự quyết định mức",
        "đóng mức tùy ý", "đóng tùy ý", "mức nào cũng được", "đóng mức nào cũng được",
        "thu nhập nào cũng được",
    )),
    ("#choose #level ?which", (
        "chọn mức nào", "nên chọn mức nào", "nên đóng mức nào", "chọn mức thu nhập nào",
        "nên chọn mức thu nhập nào", "nên đóng theo mức nào", "đóng mức nào thì", "chọn mức đóng nào",
        "mức nào thì hợp lý", "mức nào là hợp lý", "mức nào tốt", "mức nào lợi", "muốn đóng mức nào",
    )),
    # A level the viewer names ("chọn mức 2 triệu"): what that level costs, not the lowest one.
    ("#level #chosenlevel", (
        "chọn mức N triệu", "chọn mức N", "chọn mức thu nhập N", "chọn mức thu nhập N triệu",
        "mức thu nhập N triệu", "thu nhập N triệu", "thu nhập chọn N triệu", "thu nhập chọn N",
        "theo mức N triệu", "theo mức N", "đóng theo mức N", "đóng theo mức N triệu",
        "đóng mức N triệu", "mức N triệu", "theo lương N triệu", "đóng theo lương N triệu",
        "chọn thu nhập N triệu", "chọn N triệu", "lấy mức N triệu", "đóng theo thu nhập N triệu",
        "theo thu nhập N triệu", "mức lương N triệu", "lương N triệu", "mức N tr", "chọn mức N tr",
        "thu nhập N tr",
    )),
    # Men and women retire at different ages: the gender named is one detail, whichever it is.
    ("#sex", (
        "nữ", "phụ nữ", "đàn bà", "nữ giới", "lao động nữ", "người nữ", "đàn ông", "nam giới",
        "lao động nam", "người nam", "nam hay nữ", "nam và nữ", "nam nữ", "nam với nữ",
        "đối với nam", "đối với nữ",
    )),
    # the pension rate ("mức hưởng" alone is what health insurance covers)
    ("#pension #percent", (
        "mức hưởng lương hưu", "mức hưởng hưu", "tỷ lệ hưởng lương hưu", "tỉ lệ hưởng lương hưu",
        "tỷ lệ hưởng hưu", "tỉ lệ hưởng hưu", "tỷ lệ lương hưu", "tỉ lệ lương hưu",
        # the formula: 45% for the first years, 2% more for each year after, at most 75%
        "mỗi năm thêm N %", "mỗi năm cộng N %", "mỗi năm tăng N %", "mỗi năm được thêm N %",
        "mỗi năm cộng thêm N %", "mỗi năm được cộng N %", "thêm N % mỗi năm", "cộng N % mỗi năm",
        "cộng thêm N %", "cộng N %", "được cộng N %", "được cộng thêm N %", "N % lương hưu",
        "N % bình quân", "N % mức bình quân",
        "tối đa N % lương hưu", "được tối đa N %", "hưởng tối đa N %",
    )),
    # the average of the incomes declared, which the pension is a share of
    ("#pension #calc", (
        "bình quân thu nhập", "bình quân tiền lương", "mức bình quân", "thu nhập bình quân",
        "bình quân thu nhập tháng", "mức bình quân thu nhập", "bình quân mức thu nhập",
        "bình quân các năm", "tính bình quân", "lấy bình quân",
    )),
    ("#pension #age ^?age", ("tuổi hưu", "tuổi nghỉ hưu", "độ tuổi nghỉ hưu", "tuổi về hưu")),
    ("#age", ("sinh năm", "năm sinh", "sinh ngày", "ngày sinh")),
    ("#age !?age", ("N tuổi", "N tuổi rồi")),
    # the 2025 law: the years a pension needs cut to fifteen ("giảm" is no subsidy here)
    ("#pension #years !?years", (
        "từ N năm xuống N năm", "từ N năm xuống còn N năm", "từ N năm giảm xuống N năm",
        "từ N năm giảm còn N năm", "từ N năm còn N năm", "giảm còn N năm", "giảm xuống N năm",
        "giảm xuống còn N năm", "hạ xuống N năm", "hạ còn N năm", "rút xuống N năm",
        "rút ngắn còn N năm", "rút ngắn xuống N năm", "giảm số năm", "giảm thời gian đóng",
        "rút ngắn thời gian đóng", "giảm số năm đóng", "hạ số năm đóng",
        # the first number said without "năm": "giảm từ 20 xuống 15 năm"
        "từ N xuống N năm", "từ N xuống còn N năm", "từ N giảm xuống N năm", "từ N giảm còn N năm",
        "từ N còn N năm", "giảm từ N xuống N năm", "giảm từ N xuống còn N năm",
        "giảm từ N năm xuống N năm", "giảm từ N năm xuống còn N năm", "giảm từ N xuống N",
        "giảm từ N năm xuống N", "hạ từ N xuống N năm", "rút từ N xuống N năm",
    )),
    # what the new law changed
    ("#newlaw ?what", (
        "luật mới có gì", "luật mới thay đổi gì", "luật có gì thay đổi", "luật thay đổi gì",
        "có gì mới", "điểm mới", "những điểm mới", "có điểm gì mới", "điểm gì mới", "gì mới",
        "những thay đổi gì", "thay đổi những gì", "luật mới có gì thay đổi", "luật mới có gì mới",
    )),
    ("#newlaw", ("luật bhxh mới", "luật bảo hiểm xã hội mới", "luật sửa đổi", "sửa luật", "luật bhxh N")),
    # an age named as a threshold weighs up the age as a plain one does: "trên 80 tuổi có được"
    ("#age !?age", (
        "ngoài N", "trên N tuổi", "ngoài N tuổi", "hơn N tuổi", "quá N tuổi", "gần N tuổi",
        "N tuổi trở lên", "từ N tuổi trở lên", "trên N tuổi trở lên", "đã N tuổi", "đủ N tuổi",
        "tròn N tuổi", "N tuổi trở đi",
        # an old person's age said without "tuổi": "người già trên 80 có phải mua không"
        "người già trên N", "người cao tuổi trên N", "ông bà trên N", "người trên N", "người già ngoài N",
        "người già từ N", "người cao tuổi từ N", "người từ N",
    )),
    ("#age ^?age", ("tuổi", "độ tuổi", "tuổi tham gia")),
    # Whether one can still start or go on (late in life, after a stop).
    ("#still #pay", ("còn đóng", "còn mua", "còn nộp", "còn đóng tiếp")),
    ("#still #register", ("còn tham gia", "còn đăng ký")),
    ("#still", (
        "còn", "còn được", "được nữa", "nữa không", "kịp", "có kịp", "còn kịp", "quá muộn",
        "muộn quá", "có muộn quá",
        "trễ quá",
    )),
    # Starting only now, late in life.
    ("#still #latestart", (
        "mới đóng", "mới tham gia", "mới bắt đầu đóng", "mới bắt đầu tham gia", "bắt đầu đóng",
        "bắt đầu tham gia", "giờ mới đóng", "giờ mới tham gia", "chưa đóng ngày nào",
        "mới đăng ký", "rồi mới đóng", "rồi mới tham gia", "chưa đóng ngày mô",
        "chưa đóng bảo hiểm ngày nào", "chưa đóng bảo hiểm ngày mô", "chưa tham gia ngày nào",
    )),
    ("#age #still", (
        "lớn tuổi", "cao tuổi", "quá tuổi", "hết tuổi", "già rồi", "đã già", "tuổi cao",
        "già quá", "già rồi còn",
    )),
    # the age limit itself: a bare "bao nhiêu" after it asks an age
    ("#age #still ^?age", (
        "giới hạn tuổi", "tuổi tối đa", "giới hạn độ tuổi", "giới hạn về tuổi", "tuổi giới hạn",
        "tối đa mấy tuổi", "tuổi tối đa tham gia", "quá tuổi tham gia", "hết tuổi tham gia",
    )),
    # reaching retirement age (what then: the pension, a lump sum, paying the rest)
    ("#pension #age", (
        "tới tuổi", "đến tuổi", "đủ tuổi", "tới tuổi rồi", "đến tuổi rồi", "đủ tuổi rồi",
        "đủ tuổi nghỉ hưu", "tới tuổi nghỉ hưu", "đến tuổi nghỉ hưu", "đủ tuổi về hưu",
        "hết tuổi lao động", "hết tuổi đi làm",
    )),
    ("#years !?years", ("N năm", "đủ N năm", "N năm rồi")),
    # numbers spelled out: "mười lăm năm", "hai mươi năm"
    ("#years !?years", (
        "mười năm", "mười lăm năm", "mười năm năm", "hai mươi năm", "hai chục năm", "ba mươi năm",
        "mười mấy năm", "hai mấy năm", "đủ mười lăm năm", "đủ hai mươi năm", "mười lăm hay hai mươi năm",
        "mười lăm năm hay hai mươi năm", "đủ mười năm", "hai lăm năm", "hai mươi lăm năm",
    )),
    ("#age !?age", (
        "năm mươi tuổi", "năm lăm tuổi", "năm mươi lăm tuổi", "sáu mươi tuổi", "sáu hai tuổi",
        "sáu mươi hai tuổi", "bốn mươi tuổi", "bảy mươi tuổi", "tám mươi tuổi", "bảy lăm tuổi",
        "bảy mươi lăm tuổi", "sáu mấy tuổi", "năm mấy tuổi", "bốn mấy tuổi", "bảy mấy tuổi",
        "tám mấy tuổi",
    )),
    # Short of the years a pension needs (what then: pay the rest at once, take a lump sum).
    ("#years #short", (
        "chưa đủ N năm", "không đủ N năm", "chưa đủ năm", "không đủ năm", "chưa đủ số năm",
        "không đủ số năm", "thiếu năm đóng", "chưa đủ năm đóng", "không đủ năm đóng",
        "chưa đủ thời gian", "không đủ thời gian",
        "chưa đủ N năm đóng", "không đủ N năm đóng", "thiếu số năm", "hổng đủ N năm",
    )),
    ("#years ^?years", ("thời gian đóng", "số năm đóng", "thời gian tham gia")),
    ("#years", ("đủ năm", "năm đóng", "chục năm", "vài năm", "nhiều năm")),
    ("#yearly", (
        "một năm", "mỗi năm", "hàng năm", "hằng năm", "cả năm", "năm nay", "trong năm",
        "năm N", "năm sau", "năm tới", "năm mới", "từng năm",
    )),
    ("#monthly", (
        "từng tháng", "đóng từng tháng",
        "tháng", "một tháng", "mỗi tháng", "hàng tháng", "hằng tháng", "tháng nào cũng",
        "trên tháng",
    )),
    ("#months", ("N tháng", "vài tháng", "mấy tháng nay", "một thời gian", "thời gian", "ít tháng")),
    # --- how often, back-payment, withdrawal, stopping, changing ---
    # Paying several years ahead is not how often one pays: "đóng 1 lần 10 năm được không" /
    # "đóng theo quý được không".
    ("#prepay", (
        "một lần nhiều năm", "một lần cho nhiều năm", "một lần cho N năm", "nhiều năm một lần",
        "N năm một lần", "đóng một lần nhiều năm", "đóng luôn nhiều năm", "đóng một lần N năm",
        "đóng trước", "đóng gộp", "đóng một cục", "một lần N năm", "một cục N năm",
        "trước nhiều năm", "trước N năm", "đóng trước nhiều năm", "một lần luôn N năm",
        "trước luôn N năm", "đóng trước luôn N năm", "trước cho N năm", "đóng trước cho N năm",
        "trước một lần N năm", "trước một lần cho N năm", "đóng trước một lần cho N năm",
        "một lần cho N năm luôn", "cho N năm luôn", "cho N năm tới", "cho N năm sau",
        "trước cho nhiều năm", "đóng trước cho nhiều năm", "trước luôn nhiều năm",
        "một lần cho cả N năm", "đóng trước vài năm", "trước vài năm", "đóng trước cho những năm sau",
        "cho những năm sau", "cho các năm sau", "đóng luôn N năm", "đóng luôn một lần N năm",
        "đóng một lần luôn N năm", "đóng sẵn", "đóng sẵn N năm", "đóng trước cả N năm",
        # a round decade or "the next few years" at once, money heaped up ahead
        "một lần cho cả chục năm", "một lần cả chục năm", "một lần cho chục năm",
        "trước cả chục năm", "luôn cả chục năm", "một lần cho mấy năm sau", "một lần cho mấy năm tới",
        "một lần cho vài năm", "cho mấy năm sau", "cho mấy năm tới", "cho vài năm sau",
        "cho vài năm tới", "đóng dồn trước", "dồn trước", "đóng dồn cho những năm sau",
    )),
    # how far ahead one may pay (a number of years asked)
    ("#prepay ?years #years", (
        "đóng trước bao nhiêu năm", "đóng trước mấy năm được", "trước tối đa mấy năm",
        "trước tối đa bao nhiêu năm", "đóng trước được mấy năm", "đóng trước được bao nhiêu năm",
        "trước được mấy năm", "trước được bao nhiêu năm", "một lần được mấy năm",
        "một lần tối đa mấy năm", "một lần tối đa bao nhiêu năm",
    )),
    # How money reaches them (cash, transfer, at a counter), not how often.
    ("#paymethod", (
        "hình thức thanh toán", "hình thức nộp tiền", "hình thức đóng tiền", "hình thức nộp",
        "hình thức đóng", "hình thức", "phương thức thanh toán", "tiền mặt hay chuyển khoản",
    )),
    ("#paymethod ?how", (
        "cách thanh toán", "cách nộp tiền", "cách đóng tiền", "cách nộp", "các cách đóng tiền",
        "các cách nộp tiền", "các cách thanh toán", "những cách đóng tiền", "những cách thanh toán",
        "nộp tiền kiểu gì", "đóng tiền kiểu gì", "thanh toán kiểu gì", "nộp tiền sao",
        "nộp kiểu gì", "đóng kiểu gì", "nộp tiền bằng cách nào", "đóng tiền bằng cách nào",
        "đóng bằng cách nào", "nộp bằng cách nào", "thanh toán bằng cách nào", "thanh toán bằng gì",
        "đóng bằng gì", "nộp bằng gì",
    )),
    # The last day to pay for a period.
    ("#deadline", (
        "hạn chót", "chậm nhất", "muộn nhất", "trễ nhất", "hạn đóng", "hạn nộp", "hạn đóng tiền",
        "hạn nộp tiền", "thời hạn nộp", "thời hạn đóng", "đóng trước ngày", "nộp trước ngày",
        "deadline", "ngày cuối", "hạn cuối",
    )),
    ("#deadline ?when", ("trước ngày mấy", "đóng trước ngày mấy", "nộp trước ngày mấy")),
    # the day of the month (or quarter) one pays by: "mỗi tháng đóng vào ngày nào"
    ("#deadline ?when", (
        "đóng vào ngày nào", "đóng vào ngày mấy", "nộp vào ngày nào", "nộp vào ngày mấy",
        "đóng ngày nào", "đóng ngày mấy", "nộp ngày nào", "nộp ngày mấy", "trước ngày bao nhiêu",
        "đóng trước ngày bao nhiêu", "hạn là ngày nào", "hạn là ngày mấy", "hạn ngày nào",
        "hạn ngày mấy", "đóng vào lúc nào trong tháng", "đóng vào thời điểm nào",
        "đóng trong tháng nào", "tháng nào của quý", "tháng mấy của quý", "đóng vào tháng nào",
        "đóng vào tháng mấy",
    )),
    ("#deadline", (
        "trước ngày N", "đóng trước ngày N", "nộp trước ngày N", "trước cuối tháng", "cuối tháng",
        "cuối quý", "tháng cuối quý", "đầu tháng", "đầu quý", "ngày N hàng tháng",
        "ngày N mỗi tháng", "đến hạn đóng", "tới hạn đóng", "đến hạn nộp", "tới hạn nộp",
        "kỳ hạn", "hạn đóng bhxh", "hạn nộp bhxh", "thời hạn đóng tiền", "hết hạn đóng",
        "hết hạn nộp",
    )),
    # how often: "mấy tháng đóng một lần", "một năm đóng mấy lần"
    ("#frequency ?months", (
        "mấy tháng một lần", "mấy tháng đóng một lần", "mấy tháng nộp một lần",
        "bao nhiêu tháng một lần", "bao nhiêu tháng đóng một lần", "bao lâu một lần",
        "bao lâu đóng một lần", "bao lâu nộp một lần", "mấy lần một năm", "một năm mấy lần",
        "một năm đóng mấy lần", "năm đóng mấy lần", "mỗi năm đóng mấy lần",
        "một năm nộp mấy lần", "năm nộp mấy lần", "mỗi năm nộp mấy lần", "nộp mấy lần một năm",
        "đóng mấy lần một năm", "một năm đóng bao nhiêu lần", "mỗi năm đóng bao nhiêu lần",
        "đóng bao nhiêu lần một năm", "một năm mua mấy lần", "mua mấy lần một năm",
    )),
    ("#frequency", (
        "theo tháng",
        "theo năm", "theo quý", "quý", "hàng quý", "nửa năm", "N tháng một lần", "N tháng N lần",
        "một lần N tháng", "N lần một năm", "định kỳ", "phương thức đóng", "kỳ đóng", "đóng hằng tháng hay",
        "một lần cho cả năm", "đóng một lần cả năm", "một năm một lần", "mỗi năm một lần",
        "năm một lần", "đóng một năm một lần", "các kiểu đóng", "kiểu đóng",
        "phải đóng hàng tháng", "phải đóng hằng tháng", "N lần cho cả năm",
        "đóng hàng tháng hay",
        # the period named before the verb: "6 tháng đóng 1 lần", "1 năm nộp 1 lần"
        "N tháng đóng một lần", "N tháng nộp một lần", "N tháng một kỳ",
        "một năm đóng một lần", "một năm nộp một lần", "mỗi năm đóng một lần", "năm đóng một lần",
        "cả năm một lần", "theo kỳ", "N tháng hay N tháng",
        "hàng tháng hay", "hằng tháng hay", "theo tháng hay", "theo quý hay", "theo năm hay",
        "sang đóng N tháng", "qua đóng N tháng", "sang đóng theo năm", "qua đóng theo năm",
        "sang đóng năm", "qua đóng năm", "sang đóng hàng tháng", "qua đóng hàng tháng",
        "sang hàng tháng", "qua hàng tháng", "sang đóng theo quý", "qua đóng theo quý",
        "sang đóng theo tháng", "qua đóng theo tháng",
    )),
    ("#lumpsum", (
        "rút", "rút một lần", "bhxh một lần", "rút bhxh một lần", "rút bảo hiểm một lần",
        "hưởng một lần", "nhận một lần", "lãnh một lần",
        "lấy lại tiền", "lấy tiền ra", "rút tiền", "rút ra", "lấy lại", "lĩnh một lần",
        "lấy một lần", "lấy ra một lần", "lấy bhxh một lần",
        "được lãnh một lần", "được nhận một lần", "được hưởng một lần", "được rút",
        "lấy bảo hiểm một lần", "lấy bhxh một lần", "cho rút", "rút hết",
        "rút bhxh", "rút sổ", "chốt sổ", "nhận lại tiền", "trả lại tiền", "hoàn tiền",
        "lấy hết tiền", "bảo hiểm một lần", "rút về", "rút một cục", "lãnh một cục",
        "nhận một cục", "lấy một cục", "lấy tiền về", "lấy về một lần", "nhận về một lần",
        "nhận tiền một lần", "lãnh tiền một lần", "lấy tiền một lần", "rút tiền ra",
        # "được nhận" would read first: "có được nhận lại tiền 1 lần không"
        "được nhận lại tiền", "được nhận lại", "nhận lại", "được lấy lại tiền", "được lấy lại",
        "được trả lại tiền", "được hoàn tiền", "được hoàn lại", "hoàn lại tiền", "được rút ra",
        "được rút lại", "rút lại tiền", "rút lại",
        # taking back what was paid, in all its wordings ("lấy ra", "trả lại", "hoàn lại")
        "được rút một lần", "được rút ra một lần", "cho rút một lần", "rút ra một lần",
        "được lấy một lần", "được lấy ra một lần", "lấy ra", "lấy ra được", "rút ra được",
        "lấy lại được", "lấy tiền lại", "lấy lại tiền đã đóng", "lấy tiền đã đóng",
        "nhận lại tiền đã đóng", "rút tiền đã đóng", "lấy về", "lấy tiền về một lần",
        "trả lại", "được trả lại", "hoàn lại", "hoàn trả", "được hoàn trả", "được hoàn lại tiền",
        "nhận lại một lần", "lãnh lại", "lãnh lại tiền", "lĩnh lại", "rút tiền về",
        "rút bảo hiểm", "rút bảo hiểm xã hội", "rút tiền bảo hiểm", "rút sổ bhxh", "rút hết tiền",
        "rút hết tiền ra",
    )),
    # whether withdrawal is still allowed under the new law
    ("#still #lumpsum", (
        "còn rút", "còn được rút", "còn rút được", "còn cho rút", "còn rút một lần",
        "còn được rút một lần", "cấm rút", "bị cấm rút", "không cho rút", "không được rút",
        "bỏ rút một lần", "cấm rút một lần", "không cho rút một lần",
    )),
    ("#lumpsum #restart", ("đã rút", "rút rồi", "rút xong")),
    # the lump sum worked out, or counted in months of pay per year: its amount
    ("#lumpsum ?amount", tuple(f"{name} {ask}" for name in _LUMPSUM_NAMES for ask in _LUMPSUM_CALC)),
    ("#lumpsum ?amount", (
        "cách tính bhxh một lần", "cách tính tiền bhxh một lần", "cách tính rút một lần",
        "cách tính tiền rút một lần", "cách tính tiền rút bhxh một lần", "cách tính rút bhxh một lần",
        "cách tính một lần", "cách tính tiền một lần", "cách tính nhận một lần",
        "cách tính hưởng một lần", "cách tính hưởng bhxh một lần", "mấy tháng lương",
        "được mấy tháng lương", "bao nhiêu tháng lương", "được bao nhiêu tháng lương",
    )),
    # "tinh lai" typed plain counting again from zero, not interest: "bị tính lại từ đầu"
    ("#restart", (
        "tính lại từ đầu", "bị tính lại từ đầu", "tính lại thời gian", "bị tính lại thời gian",
        "tính lại từ năm đầu", "tính lại số năm",
    )),
    ("#restart", ("từ đầu", "đăng ký lại", "làm lại", "bắt đầu lại", "mở sổ mới")),
    # paying again after a break is going on with it ("đóng lại" / "đóng tiếp")
    # ... and asking to go on after it ("đóng tiếp" alone is just paying on)
    ("#restart #continue", (
        "giờ đóng tiếp được", "rồi đóng tiếp được", "giờ đóng lại được", "rồi có đóng tiếp được",
        "rồi có đóng lại được", "giờ có đóng tiếp được", "giờ tham gia lại được", "rồi tham gia lại được",
    )),
    ("#restart #continue", (
        "đóng lại", "tham gia lại", "quay lại đóng", "đăng ký đóng tiếp", "đóng lại được",
        "tham gia tiếp", "đóng trở lại", "tham gia trở lại", "quay lại tham gia",
    )),
    ("#backpay", (
        "đóng bù", "bù", "truy đóng", "truy thu", "truy nộp", "đóng bổ sung", "bổ sung", "còn thiếu",
        "thiếu", "đóng dồn", "cho đủ", "đóng cho đủ", "những năm trước", "các năm trước",
        "năm trước", "bù lại", "đóng bù lại", "đóng nốt", "đóng truy", "truy",
        "đóng một lần cho đủ",
        # the years gone by named as such: "đóng cho những năm đã qua"
        "những năm đã qua", "các năm đã qua", "mấy năm đã qua", "các năm chưa đóng",
        "đóng cho những năm trước", "đóng cho các năm trước",
        "đóng cho năm trước", "đóng cho những năm đã qua", "đóng cho mấy năm trước",
        "đóng cho những năm chưa đóng", "đóng lại những năm trước", "đóng lại cho những năm trước",
        "đóng lại những năm bị gián đoạn", "đóng cho những năm bị gián đoạn",
        "đóng cho thời gian bị gián đoạn", "đóng lại thời gian bị gián đoạn",
        # all the missing years at once, late in life: "đóng 1 lần cho số năm còn thiếu"
        "đóng một lần số năm còn thiếu", "đóng một lần cho số năm còn thiếu",
        "đóng một lần cho những năm còn thiếu", "một lần cho số năm còn thiếu",
        "một lần cho những năm còn thiếu", "một lần cho đủ",
        "một cục cho đủ", "đóng một cục cho đủ", "đóng nốt một lần", "đóng một lần cho đủ năm",
        "đóng cho đủ năm", "đóng một lần cho đủ N năm", "đóng cho đủ N năm", "đóng thêm cho đủ",
        "đóng một lần phần còn thiếu", "đóng một lần còn thiếu", "một lần phần còn thiếu",
        "năm còn thiếu", "những năm thiếu", "số năm thiếu",
        "những năm chưa đóng", "số năm còn thiếu", "những năm còn lại", "số năm còn lại",
        "năm còn lại",
    )),
    ("#backpay ?years #years", (
        "đóng một lần cho mấy năm còn thiếu", "mấy năm còn thiếu", "bao nhiêu năm còn thiếu",
        "thiếu mấy năm", "còn thiếu mấy năm", "thiếu bao nhiêu năm",
    )),
    ("#combine", (
        "bắt buộc", "công ty", "cty", "doanh nghiệp", "công nhân", "khu công nghiệp", "cộng dồn",
        "cộng nối", "cộng với", "cộng", "tính chung", "tính gộp", "gộp", "cộng thêm",
        "cộng chung", "gộp sổ", "nối sổ", "xí nghiệp", "nhà máy",
        "tính tiếp", "cộng lại", "nối thời gian", "được tính chung", "được cộng",
        "cộng vào", "được cộng dồn", "nối tiếp thời gian",
        # joined up with the years before ("nối" typed with accents: "noi" is mostly "nói")
        "nối vào", "được nối", "nối chung", "gộp chung",
        "gộp lại", "gộp với", "gộp vào", "tính nối", "tính nối tiếp",
    )),
    # Leaving a job (and its compulsory insurance) and going on voluntarily.
    ("#combine #switch", (
        "nghỉ việc", "nghỉ làm công nhân", "nghỉ làm ở công ty", "thất nghiệp", "mất việc",
        "bị thất nghiệp", "thất nghiệp rồi",
        "công ty cho nghỉ", "bị cho nghỉ",
        "nghỉ làm công ty", "nghỉ việc công ty", "chuyển sang tự nguyện", "chuyển qua tự nguyện",
        "chuyển sang đóng tự nguyện", "chuyển qua đóng tự nguyện", "chuyển từ bắt buộc",
        "chuyển từ bắt buộc sang", "chuyển từ bắt buộc qua", "chuyển từ bảo hiểm bắt buộc",
        "chuyển từ bhxh bắt buộc", "chuyển bắt buộc sang", "từ bắt buộc sang tự nguyện",
        "từ bắt buộc qua tự nguyện", "bắt buộc chuyển sang", "bắt buộc chuyển qua",
        "chuyển qua đóng tự nguyện", "chuyển sang tham gia tự nguyện",
        "không còn đi làm", "không đi làm nữa",
        "hết hợp đồng",
        "nghỉ công ty", "nghỉ ở công ty", "nghỉ cty", "nghỉ xưởng",
        "nghỉ việc rồi", "đã nghỉ việc", "nghỉ làm công nhân rồi", "không làm công ty nữa",
        "không còn làm công ty", "nghỉ làm ở cty",
    )),
    # The employer kept the contributions and did not pay them in (the years are missing).
    ("#arrears #combine", (
        "công ty nợ", "cty nợ", "nợ bảo hiểm", "nợ bhxh", "nợ tiền bảo hiểm", "nợ đóng",
        "công ty không đóng", "cty không đóng", "công ty chưa đóng", "cty chưa đóng",
        "công ty trốn đóng", "trốn đóng", "công ty chậm đóng", "cty chậm đóng", "công ty nợ bhxh",
        "công ty nợ bảo hiểm", "doanh nghiệp nợ", "chủ nợ bảo hiểm", "công ty không chốt sổ",
        "công ty giữ sổ", "không trả sổ",
    )),
    # Unemployment benefit (a compulsory-insurance benefit paid after leaving a job).
    ("#unemployment", (
        "trợ cấp thất nghiệp", "bảo hiểm thất nghiệp", "bhtn", "hưởng thất nghiệp",
        "lãnh thất nghiệp", "lĩnh thất nghiệp", "nhận thất nghiệp", "tiền thất nghiệp",
        "chế độ thất nghiệp", "làm thất nghiệp", "hưởng bảo hiểm thất nghiệp",
        "hưởng trợ cấp thất nghiệp", "lãnh trợ cấp thất nghiệp", "nhận trợ cấp thất nghiệp",
        "bh thất nghiệp", "được hưởng thất nghiệp", "được lãnh thất nghiệp",
        "được nhận thất nghiệp", "được hưởng trợ cấp thất nghiệp", "được hưởng bảo hiểm thất nghiệp",
        "được nhận trợ cấp thất nghiệp", "được lãnh trợ cấp thất nghiệp",
    )),
    ("#unemployment #procedure", (
        "thủ tục thất nghiệp", "làm thủ tục thất nghiệp", "hồ sơ thất nghiệp", "làm hồ sơ thất nghiệp",
        "thủ tục hưởng thất nghiệp", "hồ sơ hưởng thất nghiệp",
    )),
    # Both at once (not one after the other): "vừa đóng công ty vừa đóng tự nguyện".
    ("#sametime", (
        "cùng lúc", "song song", "đồng thời", "đóng thêm", "tham gia thêm", "cùng một lúc",
        "lẫn tự nguyện", "cả bắt buộc lẫn",
    )),
    ("#sametime #combine", (
        "vừa đóng bắt buộc", "vừa đóng ở công ty", "vừa đóng công ty", "vừa có bhxh công ty",
        "vừa đi làm công ty", "vừa làm công ty", "vừa đóng bhxh công ty", "vừa tham gia bắt buộc",
    )),
    # Paying more years later on is going on, not paying twice at once.
    ("#continue #years !?years", (
        "đóng thêm N năm", "đóng thêm N năm nữa", "tự đóng thêm N năm", "đóng tiếp N năm",
        "đóng tiếp N năm nữa", "đóng thêm vài năm", "tham gia thêm N năm",
    )),
    ("#continue", ("tự đóng thêm", "tự đóng tiếp")),
    # Comparing with a company job is no question about company insurance.
    ("", (
        "như đi làm công ty", "như công ty", "như bên công ty", "như người đi làm", "như đi làm",
    )),
    # "dung dong" typed plain would read "đúng" first
    ("#stop #pay", ("dừng đóng", "ngừng đóng", "ngưng đóng")),
    # how long one stopped is the story told ("ngưng đóng 2 năm rồi giờ đóng tiếp được không")
    ("#stop #pay", (
        "dừng đóng N năm", "ngừng đóng N năm", "ngưng đóng N năm", "nghỉ đóng N năm",
        "bỏ đóng N năm", "không đóng N năm", "dừng đóng N tháng", "ngừng đóng N tháng",
        "ngưng đóng N tháng", "nghỉ đóng N tháng", "không đóng N tháng", "ngưng N năm",
        "ngừng N năm", "dừng N năm", "nghỉ N năm", "bỏ N năm", "ngưng mấy năm", "nghỉ mấy năm",
        "bỏ không đóng mấy năm", "không đóng mấy năm", "ngưng đóng mấy năm", "nghỉ đóng mấy năm",
        "bỏ mấy năm", "ngưng được N năm", "nghỉ được N năm", "ngưng đóng một thời gian",
        "ngừng đóng một thời gian", "dừng đóng một thời gian", "không đóng một thời gian",
    )),
    ("#stop #register", ("dừng tham gia", "ngừng tham gia", "ngưng tham gia")),
    ("#stop", (
        # not able to afford it any more
        "đóng không nổi", "không đóng nổi", "không kham nổi", "không đủ sức đóng",
        "ngưng", "ngừng", "dừng", "tạm dừng", "nghỉ đóng", "gián đoạn", "không đóng nữa",
        "bỏ đóng", "bỏ không đóng", "đứt", "tạm ngưng", "ngắt quãng", "đóng ngắt quãng",
        "không đóng tiếp", "không đóng", "thôi đóng", "nghỉ một thời gian", "giữa chừng",
        "nửa chừng", "bỏ ngang", "nghỉ ngang",
        # not paying every month without a break ("liên" alone is read as nothing)
        "không liên tục", "đóng không liên tục", "không đóng liên tục", "đóng liên tục",
        "phải đóng liên tục", "bắt buộc đóng liên tục", "có cần đóng liên tục", "đóng đều đặn",
        "phải đóng đều", "đóng cách quãng", "ngắt quảng", "bị gián đoạn", "đóng gián đoạn",
        "nghỉ đóng một thời gian", "ngưng một thời gian", "ngừng một thời gian",
    )),
    ("#continue", ("đóng tiếp", "tiếp tục", "tiếp", "đóng nối tiếp")),
    ("#change", (
        "thay đổi mức", "đổi mức", "thay đổi", "đổi", "điều chỉnh", "tăng mức", "giảm mức",
        "tăng lên", "hạ xuống", "nâng mức", "tăng", "hạ mức", "cao hơn", "thấp hơn", "lên mức",
        "xuống mức", "chuyển mức", "cố định", "tăng giảm", "điều chỉnh tăng giảm", "tăng hoặc giảm",
        "đổi sang", "đổi qua",
        # "giảm" alone is a subsidy; lowering one's own level is a change
        "giảm xuống", "nâng lên", "giảm mức đóng", "tăng mức đóng", "nâng mức đóng", "hạ mức đóng",
        "giảm xuống mức", "nâng lên mức", "đóng ít lại", "đóng nhiều lên", "đóng cao lên",
        "đóng thấp xuống",
        # moving to a named sum: "đang đóng 1tr5 giờ muốn lên 3 triệu"
        "muốn lên N triệu", "muốn lên mức N triệu", "muốn đóng lên N triệu", "muốn xuống N triệu",
        "muốn hạ xuống N triệu", "muốn giảm xuống N triệu", "muốn tăng lên N triệu",
        "tăng lên N triệu", "nâng lên N triệu", "giảm xuống N triệu", "hạ xuống N triệu",
        "lên mức N triệu", "xuống mức N triệu", "giữa chừng đổi", "giữa chừng thay đổi",
        # "được giảm" would read as a subsidy first
        "được giảm mức", "được giảm mức đóng", "được hạ mức", "được tăng mức", "được đổi mức",
        "được thay đổi mức", "được nâng mức", "được điều chỉnh mức",
        # a level higher or lower than the one paid now ("mức cao" alone is the highest)
        "mức cao hơn", "mức thấp hơn", "mức đóng cao hơn", "mức đóng thấp hơn", "đóng nhiều hơn",
        "đóng ít hơn", "đóng cao hơn", "đóng thấp hơn", "mức khác", "lên mức cao hơn",
        "xuống mức thấp hơn", "nâng lên mức cao hơn",
        "giảm mức đóng xuống", "tăng mức đóng lên", "giảm mức xuống", "tăng mức lên",
        "hạ mức xuống", "nâng mức lên", "hạ mức đóng xuống", "nâng mức đóng lên",
        "đổi mức đóng", "đổi mức thu nhập", "thay đổi mức thu nhập", "điều chỉnh mức thu nhập",
        "điều chỉnh mức đóng", "chọn lại mức", "chọn lại mức đóng", "đăng ký lại mức",
        "đăng ký lại mức đóng", "khai lại mức", "khai lại thu nhập",
    )),
    # changing how often one pays
    ("#change #frequency", (
        "đổi phương thức", "đổi phương thức đóng", "thay đổi phương thức", "thay đổi phương thức đóng",
        "chuyển phương thức", "chuyển phương thức đóng", "đổi kỳ đóng", "thay đổi kỳ đóng",
        "đổi cách đóng", "đổi hình thức đóng", "thay đổi hình thức đóng",
    )),
    ("#min", (
        "thấp nhất", "tối thiểu", "ít nhất", "mức thấp", "mức sàn", "thấp", "mức tối thiểu",
        "rẻ nhất", "ít tiền nhất", "mức nhỏ nhất", "nhỏ nhất",
        "thấp nhứt", "ít nhứt", "nhỏ nhứt", "min", "mức min",
    )),
    # the lowest level as one phrase ("mức thấp" would leave "nhất" over)
    ("#level #min", (
        "mức thấp nhất", "mức thấp nhứt", "mức ít nhất", "mức ít nhứt", "mức đóng thấp nhất",
        "mức đóng thấp nhứt", "mức đóng ít nhất", "mức tối thiểu nhất", "mức đóng nhỏ nhất",
    )),
    ("#max", (
        "cao nhất", "tối đa", "nhiều nhất", "mức cao", "cao", "mức tối đa", "mức trần", "cao nhứt",
        "đóng trần", "trần", "mức cao nhất", "mức cao nhứt", "mức đóng cao nhất",
        "mức đóng tối đa", "mức nhiều nhất", "max", "mức max",
    )),
    # --- benefits ---
    # the maternity allowance for voluntary members (a lump sum per birth from 2025)
    ("#maternity", (
        "trợ cấp thai sản", "trợ cấp sinh con", "tiền thai sản", "tiền sinh con", "hỗ trợ sinh con",
        "hỗ trợ thai sản", "tiền hỗ trợ sinh con", "chế độ sinh con", "chế độ sinh", "khi sinh con",
        "lúc sinh con", "đẻ con", "sinh cháu", "sinh bé", "sanh em bé", "khám thai", "sau sinh",
        "nghỉ sinh", "vợ sinh", "vợ đẻ", "sinh đôi", "sinh con thứ", "mỗi lần sinh",
        "trợ cấp một lần khi sinh",
    )),
    ("#maternity", (
        "thai sản", "sinh con", "sinh em bé", "mang thai", "mang bầu", "có bầu", "bầu", "đẻ",
        "sinh đẻ", "sinh nở", "chế độ thai sản", "sanh", "sanh con",
    )),
    ("#death", (
        "tử tuất", "chết", "qua đời", "mất", "tuất", "thân nhân", "không may",
        "chẳng may", "lỡ mất", "lỡ chết", "lỡ qua đời", "qua đời sớm", "người thừa kế", "thừa kế",
        "tiền tuất", "mất sớm", "từ trần", "mệnh hệ",
        # what is left to the family: "tiền đóng có để lại cho con không"
        "để lại cho con", "để lại cho con cái", "để lại cho gia đình", "để lại cho vợ",
        "để lại cho chồng", "để lại cho người thân", "để lại cho người nhà", "được thừa kế",
        "hưởng thừa kế", "cho con thừa kế", "chia thừa kế", "di chúc", "người hưởng thừa kế",
        # the allowance itself ("trợ cấp" alone is a subsidy), and the member who dies
        "trợ cấp tuất", "trợ cấp tử tuất", "tiền tử tuất", "chế độ tuất", "chế độ tử tuất",
        "hưởng tuất", "hưởng tử tuất", "lương tuất", "tuất hàng tháng", "tuất một lần",
        "người đóng bị mất", "người tham gia bị mất", "người đóng mất", "người tham gia mất",
        "chẳng may bị mất", "không may bị mất", "lỡ bị mất", "nhỡ bị mất", "nhỡ mất", "lỡ chết",
        "chết sớm", "mất trước tuổi hưu", "mất trước khi", "chết trước khi", "qua đời trước khi",
        "người đóng qua đời", "người đóng chết", "bị chết", "đã mất", "đã qua đời",
        # said softly: "lỡ có chuyện gì", "có bề gì", "trăm tuổi"
        "lỡ có chuyện gì", "nhỡ có chuyện gì", "nếu có chuyện gì", "có chuyện gì xảy ra",
        "lỡ có bề gì", "có bề gì", "nhỡ có bề gì", "lỡ trăm tuổi", "khi trăm tuổi", "trăm tuổi già",
        "không qua khỏi", "lỡ đi sớm", "ra đi sớm",
    )),
    # The funeral allowance (a fixed sum to whoever arranges the funeral), not the survivors'.
    ("#death #funeral", (
        "mai táng", "mai táng phí", "trợ cấp mai táng", "tiền mai táng", "chi phí mai táng",
        "lo mai táng", "phí mai táng", "tiền ma chay", "ma chay", "hậu sự", "lo hậu sự",
        "tiền mai táng phí", "chế độ mai táng", "hỗ trợ mai táng", "trợ cấp mai táng phí",
        "người lo mai táng", "lo đám", "tiền đám",
    )),
    # What one gets for joining at all (the list of benefits).
    ("#benefits ?what", (
        "chế độ gì", "những chế độ gì", "chế độ nào", "những chế độ nào", "mấy chế độ",
        "các chế độ", "những chế độ", "quyền lợi gì", "những quyền lợi gì", "những quyền lợi",
        "quyền lợi khi", "quyền lợi của", "hưởng những gì", "hưởng cái gì", "hưởng những khoản",
        "được lợi gì", "lợi gì", "lợi ích gì", "lợi ích", "những khoản gì", "được những gì",
        # "được hưởng" would read first: "tham gia thì được hưởng cái gì"
        "được hưởng cái gì", "được hưởng những gì", "được hưởng những khoản gì",
        "được hưởng những chế độ gì", "được hưởng chế độ gì", "được hưởng quyền lợi gì",
        "được hưởng những quyền lợi gì", "có những quyền lợi gì", "có quyền lợi gì",
        "có lợi ích gì", "những quyền lợi chi", "quyền lợi chi", "chế độ chi", "những chế độ chi",
        "được hưởng chi", "hưởng những khoản chi", "được hưởng những khoản chi", "lợi ích chi",
        "được lợi chi", "những khoản chi",
    )),
    # Whether voluntary social insurance comes with a health-insurance card (it does not).
    ("#bundle", (
        "có bao gồm", "bao gồm luôn", "có kèm", "đi kèm", "tặng kèm", "là một hay riêng",
        "chung hay riêng", "riêng hay chung", "có luôn thẻ",
    )),
    ("#bundle #bhyt", (
        "bao gồm bhyt", "bao gồm cả bhyt", "bao gồm luôn bhyt", "gồm cả bhyt", "gồm luôn bhyt",
        "bao gồm bảo hiểm y tế", "bao gồm cả bảo hiểm y tế", "bao gồm luôn bảo hiểm y tế",
        "kèm bhyt", "kèm thẻ bhyt", "kèm theo bhyt", "kèm theo thẻ bhyt", "kèm bảo hiểm y tế",
        "tặng thẻ bhyt", "tặng bhyt", "có luôn bhyt", "có luôn thẻ bhyt", "có thẻ bhyt luôn",
        "có bhyt luôn", "mua thêm bhyt", "mua thêm thẻ bhyt", "cần mua thêm bhyt",
        "phải mua thêm bhyt", "mua riêng bhyt", "mua bhyt riêng", "mua thêm bảo hiểm y tế",
    )),
    # ... asked after "tự nguyện": a card, or seeing a doctor, that comes with it
    ("#voluntary #bundle #bhyt",
     tuple(f"{name} {ask}" for name in _VOLUNTARY_NAMES for ask in _BUNDLE_ASKS)),
    # --- state support ---
    ("#poor", ("hộ nghèo", "nghèo", "gia đình nghèo", "nhà nghèo", "diện nghèo", "sổ nghèo")),
    ("#nearpoor", ("cận nghèo", "hộ cận nghèo", "diện cận nghèo", "sổ cận nghèo")),
    ("#poor", ("sổ hộ nghèo", "giấy chứng nhận hộ nghèo", "chứng nhận hộ nghèo")),
    ("#nearpoor", ("sổ hộ cận nghèo", "giấy chứng nhận hộ cận nghèo", "chứng nhận cận nghèo")),
    # Other groups the state pays for or supports more: minorities and remote areas
    ("#priority #minority", (
        "dân tộc thiểu số", "người dân tộc", "người dân tộc thiểu số", "đồng bào dân tộc",
        "vùng sâu vùng xa", "vùng sâu", "vùng xa", "vùng đặc biệt khó khăn", "xã đặc biệt khó khăn",
        "vùng khó khăn", "miền núi", "vùng núi", "hải đảo", "xã đảo", "dân tộc",
        "vùng cao", "xã khó khăn", "thôn đặc biệt khó khăn", "xã vùng khó khăn", "vùng dân tộc",
        "người đồng bào", "xã vùng sâu", "thôn vùng sâu",
        # ("đồng bào" alone is "đóng bao [nhiêu]" typed plain far more often)
        "đồng bào vùng cao", "đồng bào miền núi", "đồng bào thiểu số", "bà con đồng bào",
    )),
    # people with merit: veterans, war invalids, martyrs' families
    ("#merit", (
        "người có công", "có công cách mạng", "có công với cách mạng", "cách mạng", "thương binh",
        "bệnh binh", "liệt sĩ", "gia đình liệt sĩ", "thân nhân liệt sĩ", "cựu chiến binh",
        "con thương binh", "con liệt sĩ", "thân nhân người có công", "chất độc da cam",
        "nhiễm chất độc da cam", "mẹ việt nam anh hùng", "kháng chiến", "người hoạt động kháng chiến",
        "gia đình chính sách", "diện chính sách", "con bệnh binh", "cựu quân nhân",
    )),
    ("#priority", (
        "người khuyết tật", "khuyết tật", "mức sống trung bình",
        "hộ mức sống trung bình", "hộ có mức sống trung bình", "nông lâm ngư", "nông lâm ngư nghiệp",
        "diêm nghiệp", "bảo trợ", "người khuyết tật nặng",
    )),
    # Neither poor nor near-poor: the ordinary subsidy rate, not theirs.
    ("#ordinary", (
        "không thuộc hộ nghèo", "không phải hộ nghèo", "không thuộc diện nghèo", "không nghèo",
        "không thuộc hộ nghèo cận nghèo", "không phải hộ nghèo cận nghèo", "ngoài hộ nghèo",
        "ngoài hộ nghèo cận nghèo", "không thuộc diện", "không thuộc đối tượng",
        "bình thường", "người bình thường", "dân thường", "người dân bình thường",
        "đối tượng khác", "các đối tượng khác", "đối tượng còn lại", "khá giả",
        "không thuộc hộ cận nghèo", "không phải hộ cận nghèo", "không nghèo cũng không cận nghèo",
    )),
    ("#support", (
        "hỗ trợ", "nhà nước hỗ trợ", "trợ cấp", "ưu đãi", "được giảm", "giảm", "miễn", "rẻ hơn",
        "được rẻ", "miễn giảm",
        "giảm trừ", "giảm giá", "chiết khấu", "khuyến mãi", "nhà nước", "ngân sách",
        "được hỗ trợ", "trợ giá", "nhà nước bù", "nhà nước đóng giúp", "nhà nước chịu",
        "tiền hỗ trợ", "số tiền hỗ trợ", "số tiền được hỗ trợ", "phần hỗ trợ", "phần nhà nước hỗ trợ",
        "hỗ trợ đóng", "hỗ trợ đóng cho", "hỗ trợ tiền đóng",
        # paying less: "được bớt", "có khác tiền", "có ưu đãi gì"
        "bớt", "được bớt", "bớt tiền", "được bớt tiền", "đỡ tiền", "khác tiền", "giảm tiền",
        "được giảm tiền", "ưu đãi gì", "có ưu đãi", "được ưu đãi",
    )),
    # for how many years the state helps ("tối đa 10 năm")
    ("#support ?years #years", (
        "nhà nước hỗ trợ bao lâu", "hỗ trợ mấy năm", "hỗ trợ bao nhiêu năm", "hỗ trợ trong bao lâu",
        "hỗ trợ bao lâu", "được hỗ trợ mấy năm", "được hỗ trợ bao nhiêu năm", "được hỗ trợ bao lâu",
        "hỗ trợ tối đa mấy năm", "hỗ trợ tối đa bao nhiêu năm",
    )),
    ("#support #max", ("hỗ trợ tối đa", "được hỗ trợ tối đa", "hỗ trợ nhiều nhất")),
    # Not paying at all (a card the state gives), not a share off the price.
    ("#free", (
        "miễn phí", "cấp miễn phí", "được cấp miễn phí", "nhà nước cấp", "được cấp thẻ",
        "được phát thẻ", "phát thẻ", "cấp thẻ miễn phí", "phát miễn phí", "không mất tiền",
        "khỏi mua", "khỏi đóng", "không phải mua", "không phải đóng", "không cần mua",
        "cho không", "được cấp không",
        # a card handed out (not bought), with or without naming it
        "được cấp", "cấp luôn", "được cấp luôn", "được nhà nước cấp", "cấp không",
        "free", "được free",
        "không tốn tiền", "khỏi tốn tiền", "không tốn phí", "không phải trả tiền",
        "không phải đóng tiền", "không mất phí", "khỏi phải mua", "khỏi mua bhyt",
    )),
    # whether someone must buy a card at all ("có phải mua" alone is buying for the whole household)
    ("#free #bhyt ?yesno", (
        "có phải mua bhyt không", "có phải mua thẻ bhyt không", "có phải mua bhyt nữa không",
        "có phải tự mua bhyt", "phải mua bhyt không", "có phải mua bảo hiểm y tế không",
        "có phải mua thẻ không", "có phải mua thẻ y tế không", "có được thẻ bhyt không",
        "có được thẻ y tế không", "có được thẻ bảo hiểm y tế không", "có phải mua bhyt hông",
        "có phải mua bhyt ko", "có được thẻ bhyt hông",
    )),
    ("#free #bhyt", (
        "cấp thẻ bhyt", "được cấp thẻ bhyt", "cấp bhyt", "được cấp bhyt", "cấp bảo hiểm y tế",
        "được cấp bảo hiểm y tế", "phát bhyt", "được phát bhyt", "phát thẻ bhyt",
        "được phát thẻ bhyt", "cấp thẻ bảo hiểm y tế", "được cấp thẻ bảo hiểm y tế",
        "cấp thẻ y tế", "được cấp thẻ y tế",
    )),
    # Young children get a card from the state (not bought with the household).
    ("#child", (
        "trẻ em", "trẻ nhỏ", "trẻ dưới N tuổi", "dưới N tuổi", "trẻ sơ sinh", "bé mới sinh",
        "con mới sinh", "em bé mới sinh", "mới sinh ra", "con nhỏ", "cháu nhỏ", "bé sơ sinh",
        "trẻ con", "con dưới N tuổi", "bé dưới N tuổi",
        "con nít", "trẻ nít", "em bé", "đứa nhỏ", "đứa bé", "cháu bé", "bé nhỏ", "trẻ nhỏ tuổi",
        "chưa đủ N tuổi", "chưa tới N tuổi", "chưa đến N tuổi", "chưa đầy N tuổi", "trẻ em dưới N tuổi",
        "N tháng tuổi", "con mới đẻ", "bé mới đẻ", "trẻ N tuổi", "bé N tuổi", "con N tuổi",
        "cháu N tuổi",
    )),
    # an age under six is a child's (the state pays the card), not an age limit weighed up
    ("#child", (
        "một tuổi", "hai tuổi", "bốn tuổi", "2 tuổi", "3 tuổi", "4 tuổi", "5 tuổi", "6 tuổi",
        "một tuổi rồi", "2 tuổi rồi", "3 tuổi rồi", "4 tuổi rồi", "5 tuổi rồi",
    )),
    # --- BHYT hộ gia đình: members, price, card ---
    ("#nth", (
        "thứ N", "người thứ N", "thành viên thứ", "từ người thứ",
        "người thứ", "người sau", "người tiếp theo", "người kế",
        "thứ hai", "người thứ hai", "thành viên thứ hai", "thứ ba", "người thứ ba", "thứ tư",
        "người thứ tư", "thứ năm", "người thứ năm", "trở đi",
        # "ba" after "thứ" is third, not a father: "thành viên thứ ba", "đứa thứ hai"
        "thành viên thứ ba", "thành viên thứ tư", "thành viên thứ năm", "thành viên thứ sáu",
        "người thứ sáu", "đứa thứ", "đứa thứ hai", "đứa thứ ba", "đứa con thứ", "con thứ hai",
        "con thứ ba", "con thứ tư", "con thứ", "từ người thứ hai", "từ người thứ ba",
        "từ người thứ năm", "người thứ năm trở đi", "từ thành viên thứ",
    )),
    # The first member pays the full price; the ones after pay a share of it (a discount).
    ("#nth1", (
        "người thứ một", "thành viên thứ một", "thứ một",
        "người đầu", "người đầu tiên", "thứ nhất", "người thứ nhất", "thành viên thứ nhất",
        "thành viên đầu tiên", "người thứ 1", "thành viên thứ 1",
    )),
    # The price for one person is the plain price; a household of several wants a total.
    ("", ("một người", "mỗi người", "cho một người", "một ng", "mỗi ng", "từng người")),
    ("#members", (
        "N người", "nhiều người", "mấy người", "bao nhiêu người", "thành viên", "N ng",
        "N đứa con", "N đứa", "N đứa nhỏ", "N con", "cả nhà N người", "nhà N người",
        "hộ N người", "gia đình N người", "nhà có N người", "hộ có N người", "N khẩu",
        "N nhân khẩu", "tổng tiền", "tổng cộng", "tổng cộng hết", "tổng hết", "tất cả hết",
        "cả nhà hết", "cả nhà mua hết", "cả hộ hết", "N người thì", "vợ chồng với N",
        "hai vợ chồng", "N vợ chồng", "cả gia đình hết", "cả gia đình mua hết",
    )),
    # the whole family's total ("cả gia đình" alone asks whether all must be insured)
    ("#members ?amount", (
        "cho cả gia đình thì bao nhiêu", "cả gia đình thì bao nhiêu", "cả gia đình hết bao nhiêu",
        "cho cả gia đình hết bao nhiêu", "cả gia đình mất bao nhiêu", "cả gia đình thì hết bao nhiêu",
    )),
    # buying for several members together (where the discount comes from)
    ("#pay #members", (
        "mua cùng lúc", "mua một lúc", "mua chung", "cùng mua", "mua cùng", "mua gộp",
        "mua cùng một lúc", "mua chung một lần",
    )),
    ("#price", (
        "giá", "tăng giá", "giá thẻ", "mệnh giá", "chi phí mua", "phí", "lệ phí", "giá tiền",
        "mất phí", "mất tiền", "có mất tiền",
    )),
    ("#card", ("thẻ", "cái thẻ")),
    ("#valid", (
        "hiệu lực", "có hiệu lực", "dùng được", "sử dụng được", "xài được", "xài", "dùng",
        "sử dụng", "có giá trị", "kích hoạt", "dùng ngay", "xài liền", "dùng liền", "có tác dụng",
        "sử dụng ngay", "mới đi khám được", "mới khám được", "mới dùng được", "mới sử dụng được",
        "mới xài được",
        # the waiting time before a first card works
        "chờ N ngày", "đợi N ngày", "phải chờ N ngày", "phải đợi N ngày",
    )),
    # how long until it works is when it works: "bao lâu thì có hiệu lực"
    ("#valid ?when", (
        "bao lâu thì có hiệu lực", "bao lâu có hiệu lực", "bao lâu mới có hiệu lực",
        "bao lâu thì dùng được", "bao lâu mới dùng được", "bao lâu thì xài được",
        "bao lâu mới xài được", "bao lâu thì sử dụng được", "bao lâu mới sử dụng được",
        "bao lâu thì có giá trị", "bao lâu mới có giá trị", "bao lâu thì được sử dụng",
        "bao lâu mới được sử dụng", "bao lâu thì đi khám được", "bao lâu mới đi khám được",
        "bao lâu thì có giá trị sử dụng", "bao lâu mới được dùng", "bao lâu thì được dùng",
    )),
    ("#card #valid ?when", (
        "bao lâu thẻ mới có hiệu lực", "bao lâu thẻ có hiệu lực", "bao lâu thì thẻ có hiệu lực",
        "bao lâu thẻ mới dùng được", "bao lâu thẻ mới xài được", "bao lâu thẻ mới sử dụng được",
        "bao lâu thì thẻ dùng được", "bao lâu thì thẻ mới có hiệu lực",
    )),
    # usable at once (or tomorrow): "mua hôm nay mai đi khám được không"
    ("#valid #soon", (
        "mai đi khám được", "mai khám được", "mai dùng được", "mai xài được", "mai sử dụng được",
        "đi khám được liền", "đi khám được ngay", "khám được ngay", "khám được liền",
        "dùng được ngay", "dùng được liền", "xài được liền", "xài được ngay", "sử dụng được ngay",
        "có hiệu lực ngay", "có hiệu lực liền", "hiệu lực ngay", "hiệu lực liền",
        "có giá trị ngay", "dùng luôn", "xài luôn", "sử dụng luôn", "đi khám luôn",
        "có hiệu lực luôn", "mua là dùng được", "mua xong dùng được", "mua xong khám được",
        "mai dùng thẻ", "mai đi khám", "mai khám", "mai dùng", "mai xài", "ngày mai đi khám",
        "ngày mai dùng", "ngày mai khám",
    )),
    # A first card (or one bought again after a gap) waits before it works.
    ("#firsttime", ("lần đầu", "lần đầu tiên", "lần đầu tham gia", "tham gia lần đầu")),
    ("#firsttime #pay", (
        "mua lần đầu", "lần đầu mua", "mua lần đầu tiên", "mới mua lần đầu", "mua mới", "vừa mua",
        "vừa mới mua", "mới mua xong",
    )),
    ("#firsttime #pay #card", ("thẻ lần đầu", "thẻ mới mua", "mới mua thẻ", "mua thẻ lần đầu")),
    # How long a card stays valid (not when it starts to be).
    ("#term", ("thời hạn", "hạn sử dụng", "hạn", "có hạn", "thời hạn sử dụng", "hạn dùng")),
    ("#term ?years", (
        "dùng được bao lâu", "sử dụng được bao lâu", "xài được bao lâu", "có giá trị bao lâu",
        "hiệu lực bao lâu", "có hiệu lực bao lâu", "hạn bao lâu",
    )),
    ("#term ?months", (
        "dùng được mấy tháng", "sử dụng được mấy tháng", "hạn mấy tháng", "có giá trị mấy tháng",
        "giá trị mấy tháng", "hiệu lực mấy tháng", "có hiệu lực mấy tháng", "xài được mấy tháng",
        "dùng được bao nhiêu tháng", "có giá trị bao nhiêu tháng", "hạn bao nhiêu tháng",
    )),
    ("#term ?years", (
        "dùng được mấy năm", "xài được mấy năm", "có giá trị mấy năm", "hiệu lực mấy năm",
        "có hiệu lực trong bao lâu", "có giá trị trong bao lâu", "dùng được trong bao lâu",
        "giá trị bao lâu", "thời hạn bao lâu", "thời hạn thẻ bao lâu",
    )),
    # How long a household card is bought for (three, six or twelve months): its term.
    ("#term", (
        "mua theo quý", "mua theo năm", "mua theo tháng", "mua nửa năm", "mua sáu tháng",
        "mua ba tháng", "mua lẻ tháng", "mua từng quý", "mua từng tháng", "mua cả năm",
        "mua N tháng hay", "mua một năm hay", "mua N năm hay", "thời hạn mua", "kỳ hạn mua",
        "mua kỳ N tháng", "phải mua cả năm", "phải mua đủ năm", "phải mua đủ N tháng",
        "mua đủ N tháng",
    )),
    ("#term ?months", ("mua mấy tháng một lần",)),
    ("#term #min ?months", ("mua tối thiểu mấy tháng", "mua ít nhất mấy tháng")),
    ("#term #min", ("mua tối thiểu", "mua ít nhất", "mua tối thiểu N tháng", "mua ít nhất N tháng")),
    ("#term ?yesno", ("mua N tháng được không", "mua N tháng được hông", "mua N tháng có được không")),
    ("#soon", ("xong", "ngay", "liền", "mua xong", "đóng xong", "đóng tiền xong")),
    ("#renew", (
        "gia hạn", "hết hạn", "tái tục", "trễ hạn", "quá hạn", "hạn thẻ", "đóng tiếp thẻ",
        "mua lại", "hết hạn thẻ", "gia hạn trễ", "gián đoạn thẻ", "nối thẻ",
        # the card running out and being bought on: "sắp hết hạn", "mua tiếp năm sau" ("gia hạn
        # thẻ" is left out: "gia han the nao" typed plain is "thế nào")
        "sắp hết hạn", "hết hạn rồi", "đáo hạn", "tái gia hạn", "gia hạn tiếp", "mua tiếp",
        "mua nối", "mua nối tiếp", "hết date", "đến hạn gia hạn", "tới hạn gia hạn",
        "hết hạn sử dụng",
    )),
    # until when a card is good, and whether it still is ("hết hạn khi nào", "còn hạn không")
    ("#term ?when", (
        "hết hạn khi nào", "hết hạn bao giờ", "hết hạn ngày nào", "hết hạn lúc nào",
        "hết hạn hồi nào", "hết hạn khi mô", "hạn đến khi nào", "hạn tới khi nào",
        "hạn đến bao giờ", "hạn tới bao giờ", "hết hạn vào ngày nào", "hết hạn vào khi nào",
    )),
    ("#term", (
        "có giá trị đến", "có giá trị tới", "giá trị đến", "giá trị tới", "có hạn đến",
        "có hạn tới", "hạn đến", "hạn tới", "dùng được đến", "dùng được tới", "sử dụng được đến",
        "sử dụng được tới", "dùng đến", "sử dụng đến", "còn hạn", "còn hạn sử dụng",
        "còn giá trị", "còn hiệu lực", "hiệu lực đến", "hiệu lực tới", "ngày hết hạn",
        "hạn sử dụng thẻ", "hạn của thẻ", "xem hạn", "kiểm tra hạn", "tra hạn", "coi hạn",
        "xem hạn thẻ", "kiểm tra hạn thẻ", "tra hạn thẻ", "coi hạn thẻ", "hết hạn chưa",
        "đã hết hạn chưa", "còn dùng được", "còn sử dụng được", "còn xài được",
    )),
    # until when a card named first is good ("thẻ bhyt hết hạn" alone would read as renewal)
    ("#card #term ?when", (
        "thẻ hết hạn khi nào", "thẻ hết hạn bao giờ", "thẻ hết hạn ngày nào", "thẻ hết hạn lúc nào",
        "thẻ hết hạn khi mô", "thẻ hết hạn ngày mấy", "thẻ hết hạn vào ngày nào", "thẻ hết hạn hồi nào",
        "thẻ hết hạn tháng nào", "thẻ hết hạn tháng mấy", "thẻ hết hạn năm nào", "thẻ hết hạn chừng nào",
    )),
    ("#bhyt #term ?when", (
        "thẻ bhyt hết hạn khi nào", "thẻ bhyt hết hạn bao giờ", "thẻ bhyt hết hạn ngày nào",
        "thẻ bhyt hết hạn lúc nào", "thẻ bhyt hết hạn khi mô", "thẻ bhyt hết hạn ngày mấy",
        "thẻ bhyt hết hạn vào ngày nào", "thẻ bhyt hết hạn tháng nào", "thẻ bhyt hết hạn tháng mấy",
        "thẻ bhyt hết hạn chừng nào", "thẻ bhyt hết hạn hồi nào", "bhyt hết hạn khi nào",
        "bhyt hết hạn bao giờ", "bhyt hết hạn ngày nào", "bhyt hết hạn lúc nào", "bhyt hết hạn khi mô",
        "bhyt hết hạn ngày mấy", "bhyt hết hạn tháng nào", "bhyt hết hạn chừng nào",
    )),
    ("#term ?when", (
        "hết hạn ngày mấy", "hết hạn tháng nào", "hết hạn tháng mấy", "hết hạn năm nào",
        "hết hạn chừng nào", "hết hạn khi nào vậy", "hạn đến ngày nào", "hạn tới ngày nào",
        "hạn đến ngày mấy", "hạn tới ngày mấy", "hạn đến tháng mấy", "hạn tới tháng mấy",
    )),
    ("#renew #card", ("thẻ hết hạn", "thẻ sắp hết hạn", "thẻ hết hạn sử dụng", "thẻ đã hết hạn")),
    ("#renew #bhyt", (
        "gia hạn bhyt", "mua tiếp bhyt", "đóng tiếp bhyt", "mua lại bhyt", "gia hạn bảo hiểm y tế",
        "bhyt hết hạn", "bhyt sắp hết hạn", "gia hạn thẻ bhyt", "gia hạn thẻ bảo hiểm y tế",
        "gia hạn thẻ y tế", "thẻ bhyt hết hạn", "thẻ bhyt sắp hết hạn",
    )),
    ("#lose", (
        "có mất không", "bị mất không", "có bị mất", "mất không", "mất quyền lợi", "bị mất",
        "mất quyền", "bị mất quyền lợi", "có bị mất quyền lợi", "thiệt",
        "bảo lưu", "được bảo lưu", "mất trắng", "mất hết", "thiệt thòi", "bị thiệt", "thiệt hại",
    )),
    # what was paid in being lost on stopping ("mất tiền" alone is a cost, "tiền đi đâu" a where)
    ("#lose", (
        "mất tiền đã đóng", "mất số tiền đã đóng", "mất hết tiền đã đóng", "mất tiền đóng",
        "mất số tiền đóng", "mất luôn tiền đã đóng", "tiền có bị mất", "tiền có mất", "tiền có mất không",
        "tiền đó có mất", "tiền đó có bị mất", "tiền đó có mất không", "tiền cũ có mất",
        "tiền cũ có bị mất", "quá trình đóng có được bảo lưu", "quá trình đóng có bị mất",
        "quá trình đóng có mất", "thời gian đóng có bị mất", "thời gian đã đóng có bị mất",
        "thời gian đã đóng có mất", "số năm đã đóng có bị mất", "số năm đã đóng có mất",
        "có mất tiền đã đóng",
    )),
    ("#lose ?what", (
        "đóng rồi đi đâu", "đã đóng đi đâu", "đã đóng sẽ ra sao", "đã đóng thì sao",
        "đã đóng tính sao", "đã đóng xử lý sao", "đóng rồi sẽ ra sao", "đã đóng sẽ thế nào",
        "đã đóng sẽ như thế nào", "đã đóng thì thế nào",
    )),
    # the money paid so far is the story of what becomes of it
    ("#money", ("tiền đóng trước đó", "đóng trước đó", "đã đóng trước đó", "tiền đóng trước")),
    ("#hospital", (
        "khám", "khám chữa bệnh", "bệnh viện", "kcb", "phòng khám", "trạm y tế", "chữa bệnh",
        "đi khám", "khám bệnh", "bv", "cơ sở y tế", "chữa", "điều trị", "khám được",
        "đi khám được", "bệnh viện tỉnh", "bệnh viện huyện", "trung tâm y tế", "bệnh xá",
    )),
    ("#hospital #initial", ("đăng ký khám", "khám ban đầu", "đăng ký khám ban đầu")),
    # "ban đầu" shortened: "đổi nơi kcb bđ", "khám bđ"
    ("#hospital #initial", ("kcb bđ", "khám bđ", "kcbbđ", "nơi kcb bđ", "nơi khám bđ", "đăng ký khám bđ")),
    ("#initial", (
        "ban đầu", "kcb ban đầu", "nơi đăng ký khám", "chọn bệnh viện", "đổi nơi khám",
        "nơi khám", "chọn nơi khám", "đổi bệnh viện", "chuyển nơi khám", "nơi kcb",
        "đổi nơi kcb", "đổi nơi đăng ký", "đổi nơi đăng ký khám", "chuyển nơi đăng ký", "chuyển nơi kcb",
        "đổi bệnh viện đăng ký",
        "chọn khám", "chọn nơi", "được chọn bệnh viện", "chọn khám ở", "đổi nơi khám chữa bệnh",
        "chuyển bệnh viện", "chuyển lên bệnh viện",
        # moving the card to another clinic: "đổi lên bệnh viện huyện", "chuyển về trạm xá"
        "đổi lên bệnh viện", "đổi về bệnh viện", "đổi sang bệnh viện", "đổi qua bệnh viện",
        "chuyển sang bệnh viện", "chuyển qua bệnh viện", "chuyển về bệnh viện", "đổi về trạm y tế",
        "chuyển về trạm y tế", "đổi xuống trạm y tế", "chuyển xuống trạm y tế", "đổi chỗ khám",
        "chuyển chỗ khám", "thay đổi nơi khám", "thay đổi nơi đăng ký", "thay đổi nơi kcb",
        "thay đổi bệnh viện", "đổi nơi đk", "đăng ký lại nơi khám", "chọn lại nơi khám",
        "chọn lại bệnh viện", "đổi bệnh viện khám", "đổi nơi khám bệnh", "nơi khám bệnh ban đầu",
        "đổi chỗ đăng ký", "chuyển chỗ đăng ký", "đổi nơi đăng kí", "đổi lên tuyến huyện",
        "chuyển lên tuyến huyện",
    )),
    # Moving house: the premise of changing one's clinic or where one is paid.
    ("#moving", (
        "chuyển nhà", "dọn nhà", "chuyển chỗ ở", "chuyển nơi ở", "đổi chỗ ở", "nơi ở mới",
        "chỗ ở mới", "chuyển nhà qua huyện khác", "chuyển nhà sang huyện khác",
        "chuyển nhà qua tỉnh khác", "chuyển nhà sang tỉnh khác", "chuyển về huyện khác ở",
        "chuyển qua tỉnh khác ở", "chuyển sang tỉnh khác ở", "chuyển qua huyện khác ở",
        "chuyển ra ở riêng", "chuyển vào nam", "chuyển ra bắc", "chuyển vào sài gòn",
        # ... and taking one's insurance along: "về quê đóng tiếp", "chuyển sổ về tỉnh mới"
        "đổi nơi ở", "dọn về quê", "chuyển về quê", "chuyển về quê ở", "về quê ở", "về quê sống",
        "chuyển hộ khẩu", "chuyển hộ khẩu sang", "chuyển hộ khẩu qua", "chuyển hộ khẩu về",
        "chuyển sổ bhxh", "chuyển sổ", "chuyển bhxh", "chuyển bhxh về", "chuyển bhxh theo",
        "chuyển theo", "chuyển bảo hiểm về", "chuyển thẻ bhyt về", "chuyển thẻ về",
        "về quê đóng tiếp", "về quê tham gia tiếp", "đóng tiếp ở quê",
        "chuyển nơi đóng", "đổi nơi đóng", "chuyển nơi tham gia", "đổi nơi tham gia",
        "chuyển chỗ đóng", "đổi chỗ đóng", "đóng tiếp ở tỉnh mới", "đóng ở tỉnh mới",
        "chuyển sang tỉnh khác", "chuyển qua tỉnh khác", "chuyển về tỉnh khác", "chuyển sang huyện khác",
        "chuyển qua huyện khác", "chuyển đi tỉnh khác", "dọn qua tỉnh khác", "dọn sang tỉnh khác",
        "chuyển đi nơi khác", "chuyển tới nơi khác", "chuyển đến nơi khác",
    )),
    # Who counts as one household for the card (the household book, now residence records).
    ("#hhmember", (
        "thành viên hộ gia đình gồm", "thành viên trong hộ gồm", "hộ gia đình gồm những ai",
        "hộ gia đình gồm", "tính là thành viên", "được tính là thành viên",
        "tính là một hộ", "được tính là một hộ", "tính chung một hộ", "tính cùng hộ",
        "tính chung hộ", "ai được tính là", "những ai được tính", "ai được mua chung",
        "bỏ hộ khẩu", "bỏ sổ hộ khẩu", "không còn hộ khẩu", "không còn sổ hộ khẩu", "hết sổ hộ khẩu",
        "không có sổ hộ khẩu", "không dùng sổ hộ khẩu", "thu hồi sổ hộ khẩu", "hộ khẩu bị bỏ",
        "sổ hộ khẩu bị thu hồi", "theo cư trú", "theo nơi cư trú", "dữ liệu cư trú", "nơi cư trú",
        "thông tin cư trú", "cơ sở dữ liệu dân cư", "thường trú", "tạm trú", "đăng ký tạm trú",
        "đăng ký thường trú", "tách hộ", "tách khẩu", "khác hộ khẩu", "không cùng hộ khẩu",
        "không chung hộ khẩu", "khác hộ", "ở riêng", "ra ở riêng", "nhập khẩu", "nhập hộ khẩu",
        "chuyển khẩu", "cắt khẩu",
    )),
    ("#outprovince", (
        "tỉnh khác", "đi tỉnh khác", "ngoại tỉnh", "khác tỉnh",
        "nơi khác", "đi tỉnh", "tỉnh ngoài", "toàn quốc", "thông tuyến toàn quốc",
        "ngoài tỉnh", "huyện khác", "đăng ký ở quê", "làm ăn xa", "đi làm xa",
        "bệnh viện huyện khác", "bệnh viện tỉnh khác", "khám ở tỉnh khác", "đi khám ở tỉnh khác",
        "khám ở tỉnh ngoài", "khám tỉnh khác",
    )),
    # Going to a higher-level or other hospital than the one registered with (the share covered):
    # not using the card in another province.
    ("#outroute", (
        "trái tuyến", "vượt tuyến", "thông tuyến", "tuyến trên", "chuyển tuyến", "chuyển viện",
        "giấy chuyển viện", "giấy chuyển tuyến", "thông tuyến tỉnh", "thông tuyến huyện",
        "khám trái tuyến", "khám vượt tuyến", "đi trái tuyến", "đi vượt tuyến", "trái tuyến tỉnh",
        "lên tỉnh khám", "lên tỉnh", "lên tuyến trên", "lên bệnh viện tỉnh", "lên viện tỉnh",
        "lên tuyến tỉnh", "lên bệnh viện tuyến tỉnh", "lên trung ương", "ra trung ương",
        "lên bệnh viện tuyến trên", "khám ở bệnh viện tỉnh", "đi khám ở bệnh viện tỉnh", "khám ở tỉnh",
        "khám trên tỉnh", "ra tỉnh khám", "xuống tỉnh khám", "lên tỉnh khám bệnh",
        "bệnh viện trung ương", "viện trung ương", "bệnh viện tuyến trên", "tuyến cao hơn",
        "bệnh viện lớn", "lên bệnh viện lớn", "lên thành phố khám", "ra hà nội khám",
        # not where the card is registered
        "không đúng nơi đăng ký", "không đúng nơi khám", "không đúng nơi", "khác nơi đăng ký",
        "ngoài nơi đăng ký", "không phải nơi đăng ký", "sai nơi đăng ký", "không đúng tuyến",
        "sai tuyến", "khám nơi khác", "không đúng bệnh viện",
        "ngoài bệnh viện đăng ký", "không phải bệnh viện đăng ký", "bệnh viện khác",
        "không có giấy chuyển", "không có giấy chuyển viện", "không có giấy chuyển tuyến",
    )),
    # "bảo hiểm" paying a bill is the health card, not social insurance
    ("#coverage", ("hưởng bảo hiểm", "được hưởng bảo hiểm", "bảo hiểm có trả", "bảo hiểm có chi trả")),
    ("#route", ("tuyến", "đúng tuyến", "tuyến huyện", "tuyến tỉnh", "tuyến xã", "tuyến trung ương")),
    ("#coverage", (
        "chi trả", "được thanh toán", "bảo hiểm thanh toán", "mức hưởng", "quyền lợi", "nằm viện",
        "viện phí", "trả", "được trả", "bảo hiểm trả", "chi phí", "tiền thuốc", "thuốc",
        "nhập viện", "phẫu thuật", "mổ", "được chi trả", "bù thêm", "phải bù thêm", "trả thêm",
        "đồng chi trả", "chi trả hết", "bảo hiểm chi trả", "được bảo hiểm chi trả",
        "đi viện", "vô viện", "vào viện", "nằm bệnh viện", "đi nằm viện",
    )),
    # the share the card pays, asked with "hưởng": "đi khám được hưởng bao nhiêu %"
    ("#coverage ?amount #percent", (
        "hưởng bao nhiêu phần trăm", "hưởng mấy phần trăm", "hưởng bao nhiêu %", "hưởng mấy %",
        "hưởng nhiêu phần trăm", "hưởng nhiêu %", "hưởng mấy chục phần trăm",
        "được hưởng bao nhiêu phần trăm", "được hưởng mấy phần trăm", "được hưởng bao nhiêu %",
        "được hưởng mấy %", "được hưởng nhiêu %", "được hưởng nhiêu phần trăm",
        "thanh toán bao nhiêu phần trăm", "thanh toán mấy phần trăm", "thanh toán bao nhiêu %",
        "thanh toán mấy %", "thanh toán mấy chục phần trăm", "chi trả mấy chục phần trăm",
        "tự trả bao nhiêu phần trăm", "tự trả mấy phần trăm", "tự trả bao nhiêu %", "tự trả mấy %",
        "tự chi trả bao nhiêu", "tự chi trả mấy phần trăm", "phải trả thêm bao nhiêu",
    )),
    ("#coverage #percent", (
        "hưởng N %", "được hưởng N %", "được thanh toán N %", "thanh toán N %", "chi trả N %",
        "được chi trả N %", "trả N %", "được trả N %", "hưởng N phần trăm", "được hưởng N phần trăm",
        "tự trả N %", "đồng chi trả N %", "cùng chi trả N %", "hưởng hết N %", "được hưởng hết N %",
    )),
    ("#coverage ?amount", (
        "hưởng mức bao nhiêu", "được hưởng mức bao nhiêu", "hưởng mức nào", "được hưởng mức nào",
        "hưởng mức mấy", "được hưởng mức mấy", "hưởng mức nhiêu",
    )),
    # ... but a share of the pension is the pension rate
    ("#pension #percent ?amount", (
        "hưởng bao nhiêu phần trăm lương hưu", "hưởng mấy phần trăm lương hưu",
        "hưởng bao nhiêu % lương hưu", "hưởng mấy % lương hưu", "được hưởng bao nhiêu phần trăm lương hưu",
        "được hưởng mấy phần trăm lương hưu", "được hưởng bao nhiêu % lương hưu",
        "được hưởng mấy % lương hưu",
    )),
    ("#pension #percent", ("hưởng N % lương hưu", "được hưởng N % lương hưu", "hưởng N % mức")),
    # what the card takes off a hospital bill is what it covers, not a subsidy
    ("#hospital #coverage", (
        "khám được giảm", "khám thì được giảm", "khám bệnh được giảm", "đi khám được giảm",
        "đi khám thì được giảm", "viện phí được giảm", "được giảm viện phí", "giảm viện phí",
        "được giảm tiền viện phí", "tiền thuốc được giảm", "nằm viện được giảm",
    )),
    # "tra" typed plain after the card is "trả", not a look-up: "dc bhyt tra may %"
    ("#coverage #bhyt", (
        "bhyt trả", "bhyt chi trả", "y tế trả", "y tế chi trả", "được bhyt trả",
        "được hưởng bhyt", "hưởng bhyt", "bhyt thanh toán", "được thanh toán bhyt",
    )),
    # Five years of uninterrupted health insurance: no more co-payment beyond a yearly cap.
    ("#fiveyear", (
        "N năm liên tục", "liên tục N năm", "đủ N năm liên tục", "tham gia liên tục",
        "mua liên tục", "năm liên tục", "miễn cùng chi trả", "miễn đồng chi trả", "cùng chi trả",
        "miễn đồng chi trả", "liên tục đủ N năm", "liên tục từ N năm", "liên tục trên N năm",
    )),
    # --- registering, papers, looking up, paying ---
    ("#register", (
        "đăng ký", "tham gia", "làm thẻ", "làm sổ", "mở sổ", "làm hồ sơ tham gia",
        "đăng ký tham gia", "ghi danh", "làm bảo hiểm", "làm bhxh", "làm bhyt",
    )),
    ("#docs", (
        "hồ sơ", "giấy tờ", "mang theo", "chuẩn bị",
        "cccd", "căn cước", "chứng minh", "cmnd", "hộ khẩu", "sổ hộ khẩu", "giấy khai sinh",
        "ảnh thẻ", "giấy", "tờ khai", "mẫu", "bản sao", "hình thẻ", "ảnh 3x4", "hình 3x4",
        "căn cước công dân", "giấy tờ tùy thân", "chứng minh nhân dân", "giấy tờ cần thiết",
        "công chứng", "cần mang", "định danh",
    )),
    # what papers to bring: "cần gì", "mang gì" ask what ("gì" would be eaten otherwise)
    ("#docs ?what", (
        "cần gì", "cần những gì", "mang gì", "cần mang gì", "mang những gì", "cần mang những gì",
        "mang theo gì", "mang theo những gì", "cần chuẩn bị gì", "chuẩn bị những gì",
        "chuẩn bị gì", "gồm những gì", "bao gồm những gì", "những giấy tờ gì", "giấy tờ gì",
        "giấy tờ chi", "hồ sơ chi", "những giấy tờ chi", "mang chi", "cần giấy gì",
        "cần những giấy gì", "cần thêm gì", "cần thêm giấy tờ gì",
    )),
    ("#procedure", ("thủ tục", "quy trình", "làm thủ tục")),
    # "nop ho so" typed plain is handing in a file, not paying for someone ("nộp hộ")
    ("#pay #docs", ("nộp hồ sơ", "nộp giấy tờ")),
    ("#procedure #docs", ("thủ tục giấy tờ", "giấy tờ thủ tục", "thủ tục hồ sơ", "hồ sơ thủ tục")),
    ("#procedure #register", ("thủ tục đăng ký", "thủ tục tham gia", "quy trình đăng ký")),
    # Claiming the pension once of age (papers and where to file), not signing up.
    ("#procedure #claim", (
        "thủ tục hưởng", "hồ sơ hưởng", "thủ tục nhận", "hồ sơ nhận", "thủ tục lãnh", "thủ tục lĩnh",
        "hồ sơ lãnh", "hồ sơ lĩnh", "làm thủ tục hưởng", "làm hồ sơ hưởng", "làm thủ tục nhận",
        "làm hồ sơ nhận", "làm thủ tục lãnh", "làm hồ sơ lãnh", "làm thủ tục lĩnh",
        "làm hồ sơ lĩnh", "thủ tục hưởng lương hưu", "hồ sơ hưởng lương hưu", "thủ tục về hưu",
        "hồ sơ về hưu", "làm thủ tục về hưu", "làm hồ sơ về hưu", "thủ tục nghỉ hưu",
        "hồ sơ nghỉ hưu", "làm lương hưu", "làm hồ sơ lương hưu", "làm thủ tục lương hưu",
        "hồ sơ hưu trí", "thủ tục hưu trí", "hồ sơ hưu", "thủ tục hưu",
    )),
    # the papers for a lump sum ("hồ sơ hưởng" alone is claiming the pension)
    ("#procedure #lumpsum", (
        "thủ tục hưởng một lần", "hồ sơ hưởng một lần", "thủ tục nhận một lần", "hồ sơ nhận một lần",
        "thủ tục lãnh một lần", "hồ sơ lãnh một lần", "thủ tục lĩnh một lần", "hồ sơ lĩnh một lần",
        "làm thủ tục hưởng một lần", "làm hồ sơ hưởng một lần", "làm thủ tục nhận một lần",
        "làm hồ sơ nhận một lần", "làm thủ tục lãnh một lần", "làm hồ sơ lãnh một lần",
        "thủ tục hưởng bhxh một lần", "hồ sơ hưởng bhxh một lần", "thủ tục nhận bhxh một lần",
        "hồ sơ nhận bhxh một lần", "thủ tục lãnh bhxh một lần", "hồ sơ lãnh bhxh một lần",
        "làm thủ tục nhận bhxh một lần", "làm hồ sơ nhận bhxh một lần",
        "làm thủ tục hưởng bhxh một lần", "làm hồ sơ hưởng bhxh một lần",
    )),
    ("#calc", (
        "dựa vào", "dựa trên", "dựa theo", "căn cứ vào", "tính dựa",
        "tính", "cách tính", "công thức", "tính theo", "căn cứ", "được tính", "tính sao",
        # central "răng" for "sao": "lương hưu tính răng", "tính như răng"
        "tính răng", "tính ra răng", "được tính răng",
        "tính ra", "quy đổi",
    )),
    # Paying for someone else, and whether the whole household must be insured.
    ("#forother", (
        "đóng hộ", "nộp hộ", "mua hộ", "đóng giùm", "đóng dùm", "đóng thay", "nộp thay",
        "mua thay", "đóng cho người khác", "đứng tên", "đóng cho", "nộp cho", "đóng thay cho",
        "đóng cho người thân", "đứng ra đóng",
    )),
    ("#forother", (
        "đóng giúp", "đóng giúp cho", "nộp giúp", "nộp giúp cho", "đóng hộ cho", "đóng giùm cho",
        "đóng dùm cho", "nộp hộ cho", "nộp thay cho", "người khác đóng", "người khác đóng thay",
        "người khác đóng hộ", "người khác đóng giùm", "người khác nộp", "chính chủ",
        "không chính chủ", "không phải chính chủ", "người nhà đóng", "người nhà đóng hộ",
        "người thân đóng", "người thân đóng hộ", "người thân đóng thay", "con cái đóng",
        "con cái đóng cho", "con đóng cho", "con đóng thay", "con cái đóng thay", "mua giúp",
        "mua giùm", "mua dùm",
    )),
    ("#forother #family", (
        "cho người thân", "cho người nhà", "đóng cho người nhà", "đóng cho cha", "đóng cho má",
        "đóng cho mạ", "đóng cho ông", "đóng cho bà", "đóng cho bố mạ", "đóng cho ba mạ",
        "đóng cho ông xã", "đóng cho bà xã", "đóng cho anh chị em", "đóng cho em trai",
        "đóng cho em gái",
    )),
    ("#forother #family", (
        "đóng cho bố mẹ", "đóng cho ba mẹ", "đóng cho cha mẹ", "đóng cho ba má", "đóng cho mẹ",
        "đóng cho bố", "đóng cho ba", "đóng cho chồng", "đóng cho vợ", "đóng cho con",
        "đóng cho ông bà", "cho bố mẹ", "cho ba mẹ", "cho cha mẹ", "cho ba má",
    )),
    ("#wholehh", (
        "cả hộ", "mua cả hộ", "mua cả nhà", "mua hết", "bắt buộc mua", "phải mua", "mua tất cả",
        "tất cả thành viên", "toàn bộ thành viên", "mua lẻ", "mua riêng",
        "cả gia đình", "mua cho cả nhà", "bắt buộc cả", "mua cho N người",
        "chỉ mua cho", "chỉ mua", "mua cho N người thôi", "mua một mình", "mua từng người",
        "mua cho một người thôi", "một người thôi", "mua một người thôi", "mua lẻ từng người",
        "mua đủ", "phải mua đủ", "mua đủ N người", "đủ các thành viên", "đủ thành viên",
        "người còn lại", "những người còn lại", "mấy người còn lại", "các thành viên còn lại",
        "cả hộ khẩu", "hết cả hộ khẩu", "mua hết cả hộ", "tất cả người", "tất cả mọi người",
        "tất cả các thành viên", "đều phải mua",
        # buying for only some members, or leaving out one who has a card elsewhere
        "chỉ mua N người", "mua N người thôi", "mua vài người", "mua một vài người",
        "mua một số người", "mua cho vài người", "mua cho một số người", "chỉ mua cho vợ chồng",
        "không mua hết", "không mua cả", "không mua đủ", "bỏ bớt người", "bớt người", "bỏ người",
        "bỏ ra khỏi", "không mua cho", "có thẻ khác", "đã có thẻ khác", "có thẻ công ty",
        "riêng cho", "mua riêng cho", "mua riêng một người", "mua lẻ một người", "cho mỗi mình",
        "mua mỗi mình", "mua riêng mình", "chỉ mua mình", "mua mỗi một người",
        "đều phải tham gia", "ai cũng phải mua", "phải tham gia hết", "phải mua hết",
    )),
    # whether one member alone may be bought for ("cho một người" alone asks the price)
    ("#wholehh ?yesno", (
        "cho một người được không", "một người được không", "một người có được không",
        "cho một người có được không", "mua một người được không", "mua cho một người được không",
        "một người được hông", "một người được ko", "một người thôi được không",
    )),
    ("#wholehh #household", (
        "tính vào hộ gia đình", "tính vào hộ", "tính trong hộ gia đình", "tính chung hộ gia đình",
        "tính vào hộ gđ", "tính luôn vào hộ", "tính vào danh sách hộ",
    )),
    ("#wholehh #bhyt #household", ("tính vào bhyt hộ gia đình", "tính vào bhyt hgđ")),
    ("#wholehh", ("bỏ cháu ra", "bỏ con ra", "bỏ nó ra", "loại ra", "loại bỏ", "bỏ bớt")),
    ("#wholehh #bhyt", (
        "có bhyt khác", "có bhyt công ty", "có bhyt ở công ty", "có bhyt bên công ty",
        "công ty mua bhyt", "công ty đóng bhyt", "có bhyt theo đối tượng khác",
        "đã có bhyt theo diện khác", "đã có bhyt ở công ty", "đã có bhyt công ty",
    )),
    ("#condition", ("điều kiện", "đủ điều kiện", "yêu cầu", "tiêu chuẩn")),
    ("#check", (
        "tra cứu", "kiểm tra", "lịch sử", "quá trình", "quá trình đóng", "xem quá trình",
        "tra", "check", "xem lịch sử", "xem lại quá trình",
        "đã đóng được bao nhiêu", "xem mình đã đóng", "tìm", "tìm lại", "không nhớ",
        "quên", "bị quên", "tra lại", "xem mình đóng",
        "đóng đến tháng nào", "đóng tới tháng nào", "đóng đến đâu", "số năm đã đóng",
        "đã đóng được", "coi quá trình", "tổng thời gian đóng", "xem tổng thời gian",
        # "xem lại" alone is the replay of the stream
        "xem lại mình đã đóng", "xem lại mình đóng", "xem lại đã đóng", "xem lại số năm",
        "xem lại thời gian đóng", "coi lại mình đã đóng", "coi lại quá trình", "xem được mình đã đóng",
        "biết mình đã đóng", "biết mình đóng", "biết đã đóng", "xem đã đóng", "coi đã đóng",
    )),
    # how much has been paid so far: a look-up, not a price
    ("#check ?years #years", (
        "đã đóng được bao nhiêu năm", "đã đóng được mấy năm", "đóng được bao nhiêu năm rồi",
        "đóng được mấy năm rồi", "đã đóng bao nhiêu năm", "đã đóng mấy năm",
    )),
    ("#check ?months", (
        "đã đóng được bao nhiêu tháng", "đã đóng được mấy tháng", "đóng được bao nhiêu tháng rồi",
        "đóng được mấy tháng rồi", "đã đóng bao nhiêu tháng", "đã đóng mấy tháng",
    )),
    ("#check ?where #place", ("xem ở đâu", "coi ở đâu", "tra ở đâu", "kiểm tra ở đâu")),
    # the payment showing up on the app or in the book: "đóng rồi bao lâu thì lên vssid"
    ("#check #online", (
        "lên vssid", "lên app", "hiện lên app", "hiện trên app", "hiện trên vssid", "hiện lên vssid",
        "cập nhật trên app", "cập nhật trên vssid", "cập nhật lên app", "cập nhật lên vssid",
        "chưa thấy trên app", "chưa thấy trên vssid", "chưa lên app", "chưa lên vssid",
        "hiển thị trên app", "hiển thị trên vssid", "không thấy trên app", "không thấy trên vssid",
    )),
    ("#check", (
        "chưa cập nhật", "chưa thấy cập nhật", "chưa được cập nhật", "đã vào sổ", "tiền vào sổ",
        "tiền đã vào", "đã ghi nhận", "đã được ghi nhận", "tiền đã vào sổ",
    )),
    ("#check ?yesno", (
        "vào sổ chưa", "đã vào sổ chưa", "tiền đã vào chưa", "tiền vào chưa", "ghi nhận chưa",
        "được ghi nhận chưa", "tiền vào sổ chưa",
    )),
    ("#check ?how", ("làm sao biết", "sao biết", "làm sao kiểm tra", "làm sao xem", "làm sao tra")),
    ("#check #code", ("tra mã", "tra mã số", "tìm mã", "tìm mã số", "quên mã", "quên mã số")),
    ("#code", ("mã số", "mã bhxh", "mã số bhxh", "số sổ", "mã thẻ", "mã số bảo hiểm")),
    ("#online", (
        "online", "trực tuyến", "qua mạng", "app", "ứng dụng", "vssid", "chuyển khoản",
        "ngân hàng", "banking", "momo", "zalopay", "ví điện tử", "điện thoại", "internet", "web",
        "website", "cổng dịch vụ công", "dịch vụ công", "qr", "mã qr", "thanh toán online",
        "trên mạng", "vnpt", "viettelpay", "thanh toán qua", "vnpay",
        "shopeepay", "internet banking", "quét mã", "qua zalo", "trên zalo", "qua zalo pay",
    )),
    ("#place", (
        "bưu điện", "ủy ban", "ubnd", "xã", "phường", "trực tiếp", "đại lý thu",
        "điểm thu", "quầy", "cơ quan bhxh", "bhxh huyện", "bhxh quận",
        "ra tận", "đến tận", "gần nhất", "gần nhà", "chi nhánh",
        "điểm giao dịch", "bưu cục", "huyện", "ở huyện", "lên huyện", "ra huyện",
    )),
    # Someone coming to the viewer's home to explain and collect (not going to a counter).
    ("#homevisit", (
        "tận nơi", "tận nhà", "tại nhà", "đến nhà", "tới nhà", "xuống nhà", "về nhà thu",
        "thu tại nhà", "thu tận nhà", "thu tận nơi", "đến tận nhà", "tới tận nhà", "xuống tận nhà",
        "xuống tận nơi", "xuống tận", "lên tận nhà", "về tận nhà", "ở nhà có người thu",
        "xuống thu", "đến thu", "tới thu", "về thu", "đến tận nơi", "tới tận nơi",
        "nhân viên xuống", "nhân viên đến", "nhân viên về", "cán bộ xuống", "có người xuống",
        "không đi lại được", "đi lại khó", "đi lại khó khăn", "không tiện đi",
    )),
    # Provinces, districts and communes merged: whether cards, books and offices change.
    ("#merger", (
        "sáp nhập", "sát nhập", "sáp nhập tỉnh", "sát nhập tỉnh", "tỉnh sáp nhập", "tỉnh sát nhập",
        "sáp nhập xã", "sáp nhập huyện", "xã sáp nhập", "huyện sáp nhập", "sau sáp nhập",
        "sau khi sáp nhập", "sau sát nhập", "nhập tỉnh", "gộp tỉnh", "gộp xã", "gộp huyện",
        "bỏ cấp huyện", "bỏ huyện", "không còn huyện", "huyện cũ", "xã cũ", "tỉnh cũ",
        "địa chỉ cũ", "tên tỉnh mới", "tên xã mới", "tỉnh mới", "xã mới",
    )),
    # Where an office is and when it is open: not where to register or pay.
    ("?where #address", (
        "địa chỉ", "địa chỉ ở đâu", "ở đường nào", "đường nào", "số nhà", "nằm ở đâu",
        "nằm chỗ nào", "nằm ở chỗ nào", "địa chỉ cụ thể", "chỉ đường",
    )),
    ("#place #address", (
        "văn phòng", "trụ sở", "văn phòng bhxh", "trụ sở bhxh", "văn phòng ở đâu", "trụ sở ở đâu",
        "địa chỉ văn phòng", "địa chỉ bưu điện", "địa chỉ trụ sở", "địa chỉ cơ quan",
    )),
    ("#hours", (
        "giờ làm việc", "làm việc mấy giờ", "có làm việc", "làm việc không", "mở cửa", "đóng cửa",
        "nghỉ trưa", "thứ 7", "thứ bảy", "chủ nhật", "cuối tuần", "ngày lễ", "giờ hành chính",
        "làm việc thứ 7", "làm việc chủ nhật", "làm việc cuối tuần", "mấy giờ mở cửa",
        "mấy giờ đóng cửa", "làm việc từ mấy giờ", "thời gian làm việc", "lịch làm việc",
        "ngày nghỉ", "làm việc buổi sáng", "làm việc buổi chiều",
    )),
    # Becoming a collector (working as one), not paying one.
    ("#agent", (
        "cộng tác viên", "ctv", "làm thu", "thu hộ", "làm đại lý", "làm ctv", "tuyển dụng",
        "tuyển ctv", "tuyển cộng tác viên", "hoa hồng", "làm nhân viên thu", "làm người thu",
        "làm đại lý thu", "làm cộng tác viên", "tuyển người", "tuyển nhân viên", "có tuyển",
        "ứng tuyển", "thu nhập đại lý", "làm điểm thu", "mở đại lý", "mở điểm thu",
    )),
    # The collecting agent or collector one pays through: a place to pay, a person to ask.
    ("#place", (
        "đại lý", "nhân viên thu", "người thu", "nhân viên thu tiền", "người đi thu", "cán bộ thu",
        "đại lý bhxh", "đại lý bưu điện", "nhân viên bưu điện", "người thu tiền", "nhân viên bhxh",
        "cán bộ bhxh", "cán bộ xã", "cán bộ phường", "trưởng thôn", "trưởng ấp", "tổ trưởng",
        "đại lý gần nhà",
    )),
    ("#abroad", (
        "nước ngoài", "xklđ", "xuất khẩu lao động", "nhật bản", "đi nhật", "bên nhật", "sang nhật",
        "hàn quốc", "đi hàn", "bên hàn", "sang hàn", "đài loan", "việt kiều", "định cư",
        "xuất cảnh", "đi nước ngoài", "ngoại quốc", "lao động nước ngoài", "ở nhật", "ở hàn",
        "ở đài loan", "bên đài", "sang đài", "đi đài", "ở nước ngoài", "làm ở nước ngoài",
        # working or living abroad, wherever: "đi lao động nước ngoài", "đang ở bên Đức"
        "xkld", "đi lao động nước ngoài", "lao động ở nước ngoài", "đi làm nước ngoài",
        "đi làm ở nước ngoài", "làm việc ở nước ngoài", "làm việc nước ngoài", "ra nước ngoài",
        "định cư nước ngoài", "định cư ở nước ngoài", "đi malaysia", "đi úc", "bên úc", "ở úc",
        "sang úc", "châu âu", "đi nước ngoài làm", "đi xuất khẩu lao động", "lao động xuất khẩu",
    )),
    ("#student", (
        "học sinh", "sinh viên", "trường", "ở trường", "bhyt học sinh", "bhyt sinh viên", "hssv",
        "đi học", "nhà trường", "đại học", "cao đẳng", "đang học", "đang đi học",
        # the card bought through school: "mua ở trường", "bhyt trường", "học sinh cấp 3"
        "sv", "bhyt trường", "bảo hiểm trường", "thẻ ở trường", "thẻ trường", "trường thu",
        "bhyt học sinh sinh viên", "bảo hiểm học sinh", "bảo hiểm sinh viên", "học sinh cấp",
        "học cấp", "trung cấp", "học nghề", "trường nghề", "tiểu học", "trung học", "lớp N",
        "con đi học",
    )),
    ("#student #pay", ("mua ở trường", "mua qua trường", "mua tại trường", "trường mua", "mua theo trường")),
    # Wrong details on a card or a book, and getting them corrected.
    ("#correct", (
        "sai thông tin", "thông tin sai", "bị sai thông tin", "thông tin bị sai", "sai tên",
        "sai họ tên", "sai ngày sinh", "sai năm sinh", "sai địa chỉ", "sai số cccd", "sai cccd",
        "sửa thông tin", "sửa lại thông tin", "sửa tên", "sửa ngày sinh", "sửa năm sinh",
        "điều chỉnh thông tin", "đính chính", "cập nhật thông tin", "thay đổi thông tin",
        # personal details changed since (a new name, ID or phone number)
        "đổi tên", "thay đổi tên", "cập nhật căn cước", "cập nhật cccd", "cập nhật số căn cước",
        "cập nhật số cccd", "cập nhật số điện thoại", "đổi số điện thoại", "thay số điện thoại",
        "thay đổi số điện thoại", "đổi căn cước", "đổi sang căn cước", "cập nhật địa chỉ",
        "đổi địa chỉ", "thông tin cá nhân", "sửa thông tin cá nhân", "thay đổi thông tin cá nhân",
        "đổi thông tin cá nhân", "cập nhật thông tin cá nhân",
        "đổi thông tin", "in sai", "ghi sai", "bị sai", "sai sót", "sửa sai", "sửa lại",
    )),
    # Losing a card or a book, and getting a new one (not dying: "làm mất thẻ").
    ("#reissue", ("được cấp lại", "được cấp lại thẻ", "được cấp lại sổ", "được cấp đổi")),
    ("#reissue", (
        "cấp lại", "làm lại thẻ", "đổi thẻ", "cấp đổi", "làm thẻ mới", "đổi thẻ mới", "làm mất thẻ",
        "làm mất sổ", "mất thẻ",
        "bị mất thẻ", "thẻ bị mất", "rách", "bị rách", "hỏng thẻ", "mất sổ", "làm lại sổ",
        "sổ bị mất", "làm rớt", "đánh rơi", "bị hư", "thẻ bị hư",
        # the card named before it was lost or torn: "thẻ bhyt bị mất", "mất thẻ y tế"
        "đánh mất thẻ", "đánh mất", "làm lạc thẻ", "thất lạc thẻ", "thẻ bị thất lạc", "thất lạc",
        "rớt mất thẻ", "bị rớt thẻ", "rớt thẻ", "thẻ bị rách", "thẻ rách", "thẻ bị hỏng",
        "thẻ hư", "thẻ bị mờ", "mờ chữ", "thẻ bị ướt", "xin cấp lại", "làm lại thẻ mới",
        "in lại thẻ", "cấp lại thẻ", "xin thẻ mới", "cấp lại sổ", "làm lại sổ mới",
    )),
    ("#reissue #bhyt", (
        "thẻ bhyt bị mất", "bhyt bị mất", "thẻ y tế bị mất", "thẻ bảo hiểm y tế bị mất",
        "mất thẻ bhyt", "mất thẻ y tế", "mất thẻ bảo hiểm y tế", "làm mất thẻ bhyt",
        "làm mất thẻ y tế", "làm mất thẻ bảo hiểm y tế", "thẻ bhyt bị rách", "thẻ y tế bị rách",
        "cấp lại thẻ bhyt", "cấp lại thẻ bảo hiểm y tế", "cấp lại thẻ y tế", "làm lại thẻ bhyt",
        "làm lại thẻ y tế", "thẻ bhyt bị hư", "thẻ bhyt bị hỏng", "đổi thẻ bhyt",
    )),
    ("#reissue #bhxh", (
        "sổ bhxh bị mất", "mất sổ bhxh", "làm mất sổ bhxh", "mất sổ bảo hiểm", "sổ bảo hiểm bị mất",
        "làm mất sổ bảo hiểm", "cấp lại sổ bhxh", "cấp lại sổ bảo hiểm",
    )),
    # Seeing a doctor without the paper card (citizen ID, the app).
    ("#cardless", (
        "bằng căn cước", "dùng căn cước", "dùng cccd", "bằng cccd", "gắn chip", "thẻ giấy",
        "không cần thẻ", "quên mang thẻ", "không mang thẻ", "mang thẻ", "thẻ điện tử",
        "quên mang", "chỉ cần căn cước", "chỉ cần cccd", "dùng thay thẻ giấy",
        "dùng thay cho thẻ giấy", "thẻ bảo hiểm giấy", "thẻ y tế giấy",
        # the app or the citizen ID instead of the paper card
        "vneid", "app vneid", "bằng vneid", "thay thẻ giấy", "thay cho thẻ giấy",
        "thay thẻ bhyt", "thay cho thẻ", "mang cccd thay", "mang căn cước thay", "in thẻ giấy",
        "in thẻ", "có cần in thẻ", "không có thẻ giấy", "dùng thẻ trên app", "thẻ trên vssid",
        "thẻ bhyt trên vssid", "thẻ bhyt điện tử",
        # the chip ID card (or the app) shown at the hospital in place of the card
        "căn cước gắn chip", "cccd gắn chip", "căn cước gắn chíp", "cccd gắn chíp", "gắn chíp",
        "thẻ căn cước", "bằng căn cước công dân", "dùng căn cước công dân", "quẹt cccd",
        "quét cccd", "quẹt căn cước", "quét căn cước", "đưa cccd", "đưa căn cước", "trình cccd",
        "chỉ mang cccd", "chỉ mang căn cước", "chỉ cần mang cccd", "chỉ cần mang căn cước",
        "chỉ có cccd", "chỉ có căn cước", "chỉ cần căn cước công dân", "dùng thay", "dùng thay thẻ",
        "dùng thay cho", "thay thẻ bảo hiểm", "thay cho thẻ bảo hiểm", "thay thẻ y tế",
        "thay cho thẻ y tế", "không cần mang thẻ", "khỏi mang thẻ", "không cần thẻ giấy",
        "khỏi cần thẻ", "thẻ trên app", "thẻ trên điện thoại", "đưa app", "dùng vneid",
        "thẻ bhyt trên vneid", "tích hợp", "tích hợp thẻ", "tích hợp bhyt", "tích hợp vào cccd",
        "tích hợp vào căn cước", "đã tích hợp",
    )),
    ("#cardless #bhyt", ("thẻ bhyt giấy", "thẻ bhyt bản giấy", "in thẻ bhyt giấy", "in thẻ bhyt")),
    ("#cardless #hospital", (
        "khám bằng app vssid", "khám bằng vssid", "khám bằng app", "khám bệnh bằng app",
        "khám bệnh bằng vssid", "khám bệnh bằng app vssid",
    )),
    # The VssID account itself (creating it, logging in), not paying through it.
    ("#account", (
        "tài khoản vssid", "mật khẩu", "đăng nhập", "cài app", "cài đặt", "tải app", "tài khoản",
        "quên mật khẩu", "lấy lại mật khẩu", "sai mật khẩu", "tạo tài khoản", "lập tài khoản",
        "mở tài khoản", "đăng ký tài khoản", "tạo vssid", "đăng ký vssid", "đăng ký app vssid",
        "cài vssid", "tải vssid", "tải app vssid", "cài app vssid", "tạo tài khoản vssid",
        "đăng ký tài khoản vssid", "lập tài khoản vssid", "mở tài khoản vssid", "tạo app",
        "không đăng nhập được", "đăng nhập không được", "đăng nhập vssid", "pass", "password",
        "quên pass", "mã otp", "otp", "khóa tài khoản", "bị khóa", "đặt lại mật khẩu",
        # the app not opening or not letting one in
        "lỗi app", "app bị lỗi", "vssid bị lỗi", "app báo lỗi", "không vào được app",
        "không vào được vssid", "vào app không được", "vào vssid không được",
        # getting the app onto the phone: the stores, its other name
        "ch play", "chplay", "app store", "appstore", "google play", "cửa hàng ứng dụng",
        "tải ứng dụng", "cài ứng dụng", "tải ứng dụng vssid", "cài ứng dụng vssid",
        "app bhxh số", "cài app bhxh số", "tải app bhxh số", "app bảo hiểm xã hội số",
        "ứng dụng bảo hiểm xã hội số",
        "tải về máy", "cài về máy", "tải về điện thoại", "cài trên điện thoại",
        "lấy lại pass", "lấy lại tài khoản", "mật khẩu lấy lại", "lấy lại mật khẩu vssid",
    )),
    # Whether the fund is safe: the state behind it, no fraud, no bankruptcy.
    ("#trust", (
        "an toàn", "có an toàn", "phá sản", "vỡ quỹ", "hết quỹ", "quỹ hết tiền", "lừa đảo",
        "bị lừa", "có uy tín", "uy tín", "nhà nước bảo đảm", "nhà nước đảm bảo", "bảo hộ",
        "nhà nước bảo hộ", "có chắc không", "tin được không", "có tin được",
        "đáng tin",
    )),
    # Whether it pays off against a savings account; interest on late payments.
    ("#savings", (
        "gửi tiết kiệm", "tiết kiệm", "gửi ngân hàng", "lợi hơn",
        "lời hơn", "để dành", "lợi gì hơn", "có đáng tiền", "gửi tiết kiệm ngân hàng",
        "tiết kiệm ngân hàng", "có lời không", "có lời", "có đáng không",
        "cái nào lợi hơn", "lợi hơn không", "gửi tiền ngân hàng", "so với gửi",
        # whether the money paid in earns anything
        "hưởng lãi", "được hưởng lãi", "sinh lời", "có sinh lời", "tiền lời",
        "có được lãi", "lời bao nhiêu",
        # whether joining is worth it at all
        "có lợi không", "có lợi", "có nên tham gia", "có nên đóng", "nên tham gia không",
        "nên đóng không", "có đáng tham gia", "lợi hay thiệt", "lời hay lỗ", "có nên mua",
        "có nên", "lợi hay hại",
    )),
    # Life insurance sold by companies, set against the state's scheme.
    ("#lifeins", (
        "bảo hiểm nhân thọ", "nhân thọ", "bhnt", "bảo hiểm thương mại",
        "bảo hiểm tư nhân", "bảo hiểm của công ty", "prudential", "manulife", "bảo việt nhân thọ",
        "dai ichi", "aia", "fwd",
    )),
    # how two things differ (not where: "khác nhau chỗ nào")
    ("#compare ?what", (
        "khác nhau chỗ nào", "khác nhau ở đâu", "khác nhau ở chỗ nào", "khác nhau thế nào",
        "khác nhau như thế nào", "khác nhau ra sao", "khác gì", "khác gì nhau", "khác chỗ nào",
        "khác ở đâu", "khác nhau điểm nào", "khác nhau chỗ mô", "khác chi", "khác nhau chi",
    )),
    ("#compare", ("so sánh", "khác nhau", "khác với", "so với")),
    ("#benefits ?what", ("có lợi gì", "có lợi ích gì", "có lợi chi")),
    # "lãi" alone is "lại" typed without accents far more often than "interest".
    ("#interest", (
        "tiền lãi", "tính lãi", "lãi chậm đóng", "chậm đóng", "lãi suất", "bị tính lãi",
        "thêm lãi", "tính thêm lãi", "khoản lãi", "trả lãi", "chịu lãi", "đóng lãi", "lãi phạt",
        "đóng thêm lãi", "đóng thêm tiền lãi", "trả thêm lãi", "trả thêm tiền lãi",
        "trả thêm khoản lãi", "chịu tiền lãi", "tính tiền lãi",
        # paying late (what it costs)
        "đóng chậm", "nộp chậm", "đóng trễ", "nộp trễ", "đóng trễ hạn", "nộp trễ hạn", "đóng muộn",
        "nộp muộn", "quá hạn đóng", "quá hạn nộp", "trễ hạn đóng", "quên đóng", "tiền phạt",
        "không đóng đúng hạn", "đóng không đúng hạn", "không đúng hạn", "không đóng kịp",
        "chưa đóng kịp", "đóng không kịp", "không kịp đóng", "chưa kịp đóng", "lỡ hạn",
        "lỡ hạn đóng", "bị trễ hạn", "trễ kỳ", "lỡ kỳ đóng", "quên đóng tiền", "quên nộp",
        "quên nộp tiền", "để trễ", "đóng trễ kỳ", "trễ kỳ đóng",
        "đóng thêm tiền phạt", "bị phạt", "phạt", "phạt chậm đóng", "phạt tiền",
    )),
    ("#deadline", (
        "đóng chậm nhất", "nộp chậm nhất", "đóng trễ nhất", "nộp trễ nhất", "đóng muộn nhất",
        "nộp muộn nhất",
    )),
    ("#inflation", ("mất giá", "trượt giá", "vật giá", "lạm phát", "tăng theo", "điều chỉnh tăng")),
    ("#inflation #pension", ("tăng lương hưu", "điều chỉnh lương hưu", "lương hưu có tăng")),
    # pensions raised by the state over the years (not a higher own level)
    ("#inflation #pension", (
        "lương hưu có được điều chỉnh", "lương hưu có điều chỉnh", "lương hưu được điều chỉnh",
        "điều chỉnh tăng lương hưu", "lương hưu có tăng theo", "lương hưu tăng theo",
        "lương hưu có được tăng", "lương hưu được tăng", "lương hưu hàng năm có tăng",
        "tăng lương hưu hàng năm", "lương hưu có bị mất giá", "lương hưu mất giá",
        "lương hưu có theo kịp", "lương hưu có tăng lên", "lương hưu có được tăng lên",
    )),
    ("#inflation", (
        "tăng theo lương cơ sở", "điều chỉnh theo lương cơ sở", "tăng theo lạm phát",
        "điều chỉnh theo lạm phát", "theo trượt giá", "điều chỉnh theo chỉ số giá", "chỉ số giá",
        "chỉ số giá tiêu dùng",
    )),
    # Moving while drawing a pension: receiving it in another province.
    ("#pensionmove #pension", (
        "chuyển nơi nhận lương hưu", "chuyển nơi hưởng lương hưu", "chuyển nơi lãnh lương hưu",
        "chuyển nơi lĩnh lương hưu", "đổi nơi nhận lương hưu", "đổi nơi lãnh lương hưu",
        "đổi nơi hưởng lương hưu", "chuyển lương hưu", "chuyển lương hưu về", "chuyển hưởng lương hưu",
        "lãnh lương hưu ở tỉnh khác", "nhận lương hưu ở tỉnh khác", "lãnh lương hưu ở nơi khác",
        "nhận lương hưu ở nơi khác", "lãnh lương hưu ở quê", "nhận lương hưu ở quê",
        "lãnh lương hưu ở đó", "lãnh hưu ở tỉnh khác", "lãnh hưu ở quê",
    )),
    ("#pensionmove", (
        "chuyển nơi nhận", "chuyển nơi hưởng", "chuyển nơi lãnh", "chuyển nơi lĩnh", "đổi nơi nhận",
        "đổi nơi lãnh", "đổi nơi hưởng", "đổi nơi lĩnh", "chuyển hưởng", "chuyển địa bàn hưởng",
        "chuyển địa bàn", "chuyển về quê lãnh", "chuyển về quê nhận", "về quê lãnh", "về quê nhận",
        "lãnh ở tỉnh khác", "nhận ở tỉnh khác", "lãnh ở quê", "nhận ở quê", "chuyển chỗ lãnh",
        "chuyển chỗ nhận", "đổi chỗ lãnh", "đổi chỗ nhận",
    )),
    # The social-insurance book itself: paper or electronic, who keeps it.
    ("#book", (
        "cấp sổ", "được cấp sổ", "phát sổ", "nhận sổ", "sổ giấy", "sổ điện tử", "sổ bhxh giấy",
        "sổ bhxh điện tử", "giữ sổ", "ai giữ sổ", "cầm sổ", "ai cầm sổ",
        "có được sổ", "sổ bảo hiểm giấy", "in sổ bhxh", "không có sổ bhxh", "chưa có sổ bhxh",
        "chưa nhận được sổ", "lấy sổ bhxh", "nhận sổ bhxh",
    )),
    # ("có số không", "lấy số" typed plain are a phone number, not the book)
    ("#book ?yesno", ("có sổ bhxh không", "có sổ bảo hiểm không")),
    ("#book ?where #place", ("sổ để ở đâu", "sổ ở đâu", "sổ bhxh ở đâu", "sổ nằm ở đâu")),
    ("#sickness", (
        "ốm đau", "ốm", "bị bệnh", "bệnh tật", "tai nạn", "nghỉ ốm", "bệnh nghỉ làm", "chế độ ốm đau",
        "trợ cấp ốm đau", "đau ốm", "chế độ ốm", "tiền ốm đau", "hưởng ốm đau",
    )),
    ("#socialpension", (
        "hưu trí xã hội", "lương hưu xã hội", "trợ cấp lương hưu xã hội", "trợ cấp hưu trí",
        "trên 75 tuổi", "trợ cấp tuổi già", "trợ cấp người cao tuổi", "trợ cấp người già",
        "trợ cấp xã hội người cao tuổi", "trợ cấp xã hội", "trợ cấp hàng tháng người cao tuổi",
        "tiền người cao tuổi", "tiền người già", "lương người già", "bảo trợ xã hội",
        "tiền trợ cấp người cao tuổi", "trợ cấp cho người cao tuổi", "trợ cấp cho người già",
        # old and without a pension of one's own: what the state pays them
        "không có lương hưu", "không có lương", "chưa có lương hưu", "không lương hưu",
        "không có hưu", "không có chế độ hưu",
    )),
    # the allowance named by the age it starts at: "trợ cấp cho người 75 tuổi"
    ("#socialpension #age !?age", (
        "trợ cấp người N tuổi", "trợ cấp cho người N tuổi", "trợ cấp N tuổi",
        "tiền người N tuổi", "lương người N tuổi", "tiền trợ cấp N tuổi", "trợ cấp người từ N tuổi",
        "trợ cấp cho người từ N tuổi", "tiền cho người N tuổi",
    )),
    ("#socialpension", (
        "cho tiền người già", "nhà nước cho tiền", "tiền già", "tiền chính sách người cao tuổi",
        "chế độ người cao tuổi", "chế độ cho người già", "chế độ người già", "chế độ cho người cao tuổi",
        "trợ cấp hưu trí xã hội hàng tháng", "hưu xã hội", "trợ cấp tuổi già hàng tháng",
    )),
    # "nguoi gia bao nhieu tuoi" typed plain is old people, not a price
    ("#age", ("người già", "tuổi già", "người cao tuổi")),
    # Who may join at all (farmers, housewives, the self-employed).
    ("#eligible", (
        "đối tượng", "những ai", "nông dân", "nội trợ", "buôn bán",
        "làm tự do", "lao động tự do", "làm nông", "làm ruộng", "bán hàng", "không đi làm",
        "làm thuê", "tự do", "không có hợp đồng", "không hợp đồng", "xe ôm", "chạy xe ôm",
        "chạy grab", "tài xế", "làm rẫy", "làm vườn", "bán vé số", "buôn bán nhỏ", "tiểu thương",
        "thợ hồ", "phụ hồ", "làm mướn", "giúp việc", "ở nhà nội trợ", "làm nghề tự do",
        "lao động phổ thông", "ngư dân", "đánh cá",
        # seasonal and day work, small trades, driving, home work
        "thời vụ", "làm thời vụ", "công nhân thời vụ", "lao động thời vụ", "làm công nhật",
        "công nhật", "bán tạp hóa", "tạp hóa", "bán quán", "bán chợ", "bán ở chợ", "hàng rong",
        "bán hàng rong", "bán hàng online", "bán online", "shipper", "giao hàng", "xe ôm công nghệ",
        "chạy xe công nghệ", "lái xe", "thợ xây", "thợ may", "thợ mộc", "thợ điện", "làm thợ",
        "bốc vác", "người giúp việc", "ô sin", "làm nội trợ", "người nội trợ", "chăn nuôi",
        "trồng trọt", "người làm nông", "hộ kinh doanh", "kinh doanh cá thể", "hộ cá thể",
    )),
    ("#eligible #register", ("ai được tham gia", "ai được đăng ký", "ai cũng tham gia được")),
    ("#eligible #pay", ("ai được đóng", "ai cũng đóng được")),
    ("#bankaccount", ("tài khoản ngân hàng", "thẻ atm", "atm", "qua tài khoản", "về tài khoản")),
    # Where and how a pension or a lump sum is paid out (post office, bank account, at home for
    # the very old, someone collecting it for them), and changing it: not paying in.
    ("#payout", (
        "nhận ở bưu điện", "lãnh ở bưu điện", "lĩnh ở bưu điện", "nhận tại bưu điện",
        "lãnh tại bưu điện", "lĩnh tại bưu điện", "nhận qua bưu điện", "lãnh qua bưu điện",
        "ra bưu điện lãnh", "ra bưu điện nhận", "ra bưu điện lĩnh", "lên bưu điện lãnh",
        "đi bưu điện lãnh", "bưu điện chi trả", "nhận qua tài khoản", "lãnh qua tài khoản",
        "lĩnh qua tài khoản", "nhận về tài khoản", "lãnh về tài khoản", "nhận vào tài khoản",
        "nhận qua ngân hàng", "lãnh qua ngân hàng", "lĩnh qua ngân hàng", "nhận qua atm",
        "lãnh qua atm", "nhận qua thẻ atm", "lãnh qua thẻ atm", "nhận bằng atm", "lãnh bằng atm",
        "nhận bằng tài khoản", "lãnh bằng tài khoản", "chuyển vào tài khoản atm", "chuyển vào thẻ atm",
        "chuyển về thẻ atm", "chuyển khoản về thẻ atm", "chuyển khoản về tài khoản", "chuyển về atm",
        "nhận tiền mặt", "lãnh tiền mặt", "lĩnh tiền mặt", "nhận bằng tiền mặt", "lãnh bằng tiền mặt",
        "nhận tại nhà", "lãnh tại nhà", "nhận tận nhà", "lãnh tận nhà", "chi trả tại nhà",
        "chi trả tận nhà", "trả tại nhà", "trả tận nhà", "mang tới nhà", "mang đến nhà",
        "mang tới tận nhà", "mang đến tận nhà", "đem tới nhà", "đem đến nhà", "đưa tới nhà",
        "mang tiền tới nhà", "mang tiền đến nhà", "lãnh thay", "lãnh hộ", "lãnh giùm", "lĩnh thay",
        "nhận thay", "ủy quyền lãnh", "ủy quyền nhận", "ủy quyền cho", "giấy ủy quyền",
        "hình thức nhận", "hình thức lãnh", "hình thức chi trả", "phương thức nhận",
        "phương thức chi trả", "đổi hình thức nhận", "đổi hình thức lãnh", "nơi nhận tiền",
        "nơi lãnh tiền", "chỗ lãnh tiền", "nhận tiền qua tài khoản", "lãnh tiền qua tài khoản",
        "nhận tiền qua ngân hàng", "lãnh tiền qua ngân hàng", "nhận tiền ở bưu điện",
        "lãnh tiền ở bưu điện", "nhận tiền qua atm", "lãnh tiền qua atm", "nhận tiền về tài khoản",
        "nhận tiền qua bưu điện", "lãnh tiền ngoài bưu điện", "ngoài bưu điện lãnh",
    )),
    ("#payout ?where #place", (
        "lãnh ở đâu", "nhận ở đâu", "lĩnh ở đâu", "lãnh ở mô", "nhận ở mô", "lãnh tại đâu",
        "nhận tại đâu", "lãnh chỗ nào", "nhận chỗ nào", "lãnh ở chỗ nào", "nhận tiền ở đâu",
        "lãnh tiền ở đâu", "lĩnh tiền ở đâu", "lãnh tiền ở mô", "nhận tiền ở mô",
    )),
    ("#pension #payout", (
        "lương hưu qua tài khoản", "lương hưu về tài khoản", "lương hưu vào tài khoản",
        "lương hưu qua ngân hàng", "lương hưu qua atm", "lương hưu ở bưu điện", "lãnh hưu ở bưu điện",
        "nhận hưu ở bưu điện", "lãnh lương ở bưu điện", "lương hưu tại nhà", "chi trả lương hưu",
        "trả lương hưu", "lương hưu chuyển khoản", "chuyển khoản lương hưu", "nơi nhận lương hưu",
        "nơi lãnh lương hưu", "nơi lĩnh lương hưu", "chỗ lãnh lương hưu", "chỗ nhận lương hưu",
        "lương hưu qua thẻ atm", "lương hưu qua thẻ", "lương hưu tiền mặt", "lãnh lương hưu ở bưu điện",
        "nhận lương hưu ở bưu điện", "lĩnh lương hưu ở bưu điện", "nhận lương hưu qua tài khoản",
        "lãnh lương hưu qua tài khoản", "nhận lương hưu qua ngân hàng", "lãnh lương hưu qua ngân hàng",
        "nhận lương hưu qua atm", "lãnh lương hưu qua atm", "nhận lương hưu qua thẻ atm",
        "lãnh lương hưu qua thẻ atm", "nhận lương hưu tại nhà", "lãnh lương hưu tại nhà",
        "nhận lương hưu tiền mặt", "lãnh lương hưu tiền mặt", "lãnh hưu qua tài khoản",
        "lãnh hưu qua ngân hàng", "lương hưu bằng tiền mặt", "lãnh lương hưu bằng tiền mặt",
        "nhận lương hưu bằng tiền mặt",
    )),
    ("#pension #payout ?where #place", (
        "lãnh lương hưu ở đâu", "nhận lương hưu ở đâu", "lĩnh lương hưu ở đâu", "lãnh lương hưu ở mô",
        "nhận lương hưu ở mô", "lãnh lương hưu chỗ nào", "nhận lương hưu chỗ nào", "lãnh hưu ở đâu",
        "nhận hưu ở đâu", "lãnh lương hưu tại đâu", "nhận lương hưu tại đâu", "lương hưu ở đâu",
        "lương hưu ở mô", "lương hưu tại đâu", "lương hưu chỗ nào", "lương hưu hàng tháng ở đâu",
        "lương hưu hàng tháng ở mô", "lương hưu hằng tháng ở đâu", "nhận lương hưu hàng tháng ở đâu",
        "nhận lương hưu hàng tháng ở mô", "lãnh lương hưu hàng tháng ở đâu",
        "lãnh lương hưu hàng tháng ở mô",
    )),
    # --- the livestream itself ---
    ("#replay", (
        "xem lại", "đăng lại", "phát lại", "video", "ghi lại", "lưu lại", "record", "clip",
        "bỏ lỡ", "coi lại", "xem sau", "link", "xem lại được không", "coi lại được không",
        "link xem lại", "video xem lại", "phát lại được không", "có lưu không", "lưu video",
    )),
    # Coming in late is a preamble to another question, not a question about the stream.
    ("", (
        "vào trễ", "vào muộn", "vô trễ", "vô muộn", "mới vào", "mới vô", "vừa vào", "vừa vô",
        "mới vào xem", "mới vô xem", "vừa vào xem", "vào sau", "em vào trễ", "em mới vào",
    )),
    ("#sound", (
        "tiếng", "âm thanh", "mất tiếng", "nghe", "loa", "mic", "micro", "không nghe",
        "nghe không rõ", "rè", "nhỏ tiếng", "tiếng nhỏ", "không có tiếng",
    )),
    ("#lag", (
        "lag", "giật", "đứng hình", "lác", "mạng", "load", "quay vòng", "đơ", "bị đứng", "mờ",
        "xoay", "treo", "bị văng", "văng", "không xem được", "nhòe", "giật lag", "đứng",
        "màn hình", "hình bị", "hình mờ", "không thấy hình", "mất hình", "xem không được",
    )),
    ("#minigame ?how", ("luật chơi", "cách chơi", "chơi như thế nào", "chơi sao")),
    ("#minigame", ("tham gia minigame", "tham gia mini game", "tham gia game", "chơi minigame")),
    ("#minigame", (
        "minigame", "mini game", "game", "giải thưởng", "trúng thưởng", "quà", "kết quả",
        "bốc thăm", "quay số", "trúng giải", "phần thưởng", "giải", "trao giải", "công bố",
    )),
    ("#nextlive", (
        "live tiếp", "buổi live tiếp", "live nữa", "buổi sau", "buổi tiếp", "live sau",
        "buổi live sau", "lịch live", "phiên live", "live tới", "buổi tới", "mai live",
        "lịch livestream", "lịch phát", "mai có live", "live tuần sau",
        "livestream tiếp", "buổi tiếp theo",
    )),
    ("#live", ("live", "livestream", "buổi live", "phát trực tiếp", "buổi", "kênh")),
    ("#contact", (
        "xin số", "xin sđt", "xin zalo", "zalo", "hotline", "liên hệ", "inbox", "facebook", "fb",
        "nhắn tin", "gọi điện", "số điện thoại để", "liên lạc", "xin số điện thoại",
        "số tổng đài", "tổng đài", "fanpage", "page",
        # the number of an office, not the viewer's own
        "số điện thoại của bưu điện", "số điện thoại bưu điện", "số điện thoại cơ quan",
        "số điện thoại liên hệ", "số điện thoại của cơ quan", "số điện thoại bhxh",
        "số điện thoại của bhxh", "số điện thoại đại lý", "số điện thoại ủy ban",
        "số điện thoại văn phòng", "số hotline", "đường dây nóng", "số điện thoại tư vấn",
        "gọi số nào", "gọi vào số nào", "gọi đến số nào", "liên hệ số nào",
        "số điện thoại bưu điện", "số điện thoại của bưu điện",
        # a helpline (its "hỗ trợ" is no subsidy): "hotline hỗ trợ", "tổng đài 1900"
        "hotline hỗ trợ", "tổng đài hỗ trợ", "số hỗ trợ", "đường dây hỗ trợ", "tổng đài tư vấn",
        "hotline tư vấn", "tổng đài N", "hotline N", "gọi tổng đài", "gọi hotline", "gọi số",
        "gọi điện hỏi", "gọi điện tới", "gọi điện đến", "số bàn", "số điện thoại bên",
        "gọi cho ai", "gọi ai", "số liên hệ", "số liên lạc", "email", "gmail", "hộp thư",
    )),
    # which number (of a phone, a code): "tổng đài số mấy"
    ("?amount", ("số mấy", "số bao nhiêu", "số nhiêu", "là số mấy")),
    # Money paid in twice or by mistake, and getting it back (not the lump sum).
    ("#overpay", (
        "đóng thừa", "nộp thừa", "chuyển thừa", "thừa tiền", "tiền thừa", "đóng nhầm", "nộp nhầm",
        "chuyển nhầm", "chuyển khoản nhầm", "chuyển sai", "chuyển khoản sai", "đóng sai",
        "nộp sai", "đóng trùng", "nộp trùng", "đóng hai lần", "nộp hai lần", "bị trừ tiền hai lần",
        "trừ tiền hai lần", "đóng lố", "đóng quá số tiền", "đóng nhiều hơn số tiền", "đóng thêm nhầm",
        "nhầm số tiền", "nhầm mức", "sai số tiền", "đóng nhầm mức", "đóng sai mức", "đóng quá tay",
        "chuyển dư tiền",
    )),
    # When and how a bought card reaches the buyer (not when it starts to work).
    ("#cardready ?when", (
        "bao lâu có thẻ", "bao lâu thì có thẻ", "bao lâu mới có thẻ", "bao lâu nhận được thẻ",
        "bao lâu thì nhận được thẻ", "bao lâu mới nhận được thẻ", "bao lâu thì nhận thẻ",
        "bao lâu mới nhận thẻ", "mấy ngày có thẻ", "mấy ngày thì có thẻ", "mấy ngày mới có thẻ",
        "mấy ngày nhận được thẻ", "mấy ngày thì nhận được thẻ", "mấy ngày mới nhận được thẻ",
        "khi nào có thẻ", "khi nào thì có thẻ", "khi nào nhận được thẻ", "khi nào nhận thẻ",
        "khi nào mới có thẻ", "bao giờ có thẻ", "bao giờ thì có thẻ", "bao giờ nhận được thẻ",
        "bao giờ mới có thẻ", "chờ bao lâu có thẻ", "chờ bao lâu thì có thẻ", "bao lâu có thẻ giấy",
        "mấy bữa có thẻ", "mấy bữa thì có thẻ", "mấy hôm có thẻ", "mấy hôm thì có thẻ",
        "mấy tuần có thẻ", "chừng nào có thẻ", "chừng nào thì có thẻ", "chừng nào nhận được thẻ",
    )),
    ("#cardready", (
        "thẻ gửi về nhà", "gửi thẻ về", "thẻ gửi về", "gửi thẻ về nhà", "lên lấy thẻ", "đi lấy thẻ",
        "gửi thẻ qua bưu điện", "thẻ gửi qua bưu điện", "chưa nhận được thẻ", "chưa thấy thẻ",
    )),
    ("#cardready ?where", ("nhận thẻ ở đâu", "lấy thẻ ở đâu", "nhận thẻ chỗ nào", "lấy thẻ chỗ nào")),
    # How long an office takes over a file (not when a card starts to work).
    ("#processing", (
        "xử lý hồ sơ", "giải quyết hồ sơ", "thời gian giải quyết", "thời gian xử lý",
        "kết quả hồ sơ", "có kết quả hồ sơ", "trả kết quả hồ sơ", "hồ sơ có kết quả",
        "hồ sơ được duyệt", "duyệt hồ sơ", "xét duyệt hồ sơ", "thụ lý", "thụ lý hồ sơ",
        "hồ sơ xử lý", "hồ sơ giải quyết", "hẹn trả kết quả", "giấy hẹn", "ngày hẹn",
    )),
    ("#processing ?years", (
        "xử lý mất bao lâu", "giải quyết mất bao lâu", "làm mất bao lâu", "làm mất mấy ngày",
        "làm trong bao lâu", "làm bao lâu thì xong", "bao lâu thì xong", "mấy ngày thì xong",
        "bao lâu mới xong", "mấy ngày mới xong", "mất bao lâu mới xong", "xử lý bao lâu",
        "giải quyết bao lâu", "xử lý trong bao lâu", "giải quyết trong bao lâu",
        "xử lý mấy ngày", "giải quyết mấy ngày",
    )),
    # What one gets to show a payment (a receipt, an invoice, a confirmation).
    ("#receipt", (
        "biên lai", "biên nhận", "giấy biên nhận", "hóa đơn", "hoá đơn", "phiếu thu", "chứng từ",
        "bill", "có biên lai", "lấy biên lai", "biên lai điện tử", "hóa đơn điện tử",
        "giấy xác nhận đã đóng", "xác nhận đã đóng", "tin nhắn xác nhận", "sms xác nhận",
        "xác nhận thanh toán", "chứng minh đã đóng",
    )),
    ("#receipt #lose", ("mất biên lai", "làm mất biên lai", "mất hóa đơn", "thất lạc biên lai")),
    # --- in most questions: weigh little ---
    ("#money !?amount", (
        "N triệu", "N nghìn", "N ngàn", "N trăm", "N đồng", "N đ", "N tr", "N củ",
    )),
    ("#money", (
        "số tiền",
        "tiền", "triệu", "trăm", "nghìn", "ngàn", "triệu đồng", "nghìn đồng", "tr", "củ",
    )),
    ("#family", (
        "bố", "mẹ", "bố mẹ", "ba", "má", "vợ", "chồng", "con", "ông", "bà", "ông bà", "cả nhà",
        "gia đình", "người nhà", "người thân", "con cái", "vợ chồng", "anh chị em",
        "nhà em", "nhà mình", "em trai", "em gái", "ông xã", "bà xã", "mạ", "bố mạ", "ba mạ", "bọ",
        "bọ mạ",
    )),
    # planning to pay is paying, not a calculation: "em tính đóng 1 lần 5 năm"
    ("#pay", ("em tính đóng", "em tính mua", "mình tính đóng", "đang tính đóng", "định đóng",
              "dự định đóng", "em định đóng", "em định mua", "định mua", "tính đóng luôn")),
    ("#register", ("em tính tham gia", "mình tính tham gia", "định tham gia", "dự định tham gia",
                   "em định tham gia")),
    ("#pay", (
        "đóng", "nộp", "mua", "đóng tiền", "nộp tiền", "đóng phí", "đóng bảo hiểm", "thanh toán",
        "đóng góp", "góp",
    )),
    ("#receive", ("nhận", "hưởng", "lãnh", "lĩnh", "được nhận", "được lãnh", "được hưởng")),
    ("#once", ("một lần", "N lần", "một cục")),
    # Set phrases read as nothing (their words would otherwise be misread).
    ("", (
        "cảm ơn", "cám ơn", "cảm ơn nhiều", "xin lỗi", "nhiều lắm", "gì hết", "gì cả", "tư vấn",
        "tư vấn giúp",
        "số điện thoại", "điện thoại em", "người ta", "năm", "nào đó", "gì đó", "vậy", "được",
        "có", "là", "thì", "như vậy", "bây giờ", "hiện nay", "hiện tại", "giờ", "nay", "hôm nay",
        "dạ", "admin", "chị ơi", "em ơi", "anh ơi", "em muốn hỏi", "cho em hỏi", "xin hỏi",
        "hỏi chút", "cho hỏi", "trả lời", "giải đáp", "giải thích", "tìm hiểu", "nghe nói",
        "cách đây", "thông tin", "tính ra", "giới hạn", "bắt buộc phải", "giúp đỡ", "mất công",
        "mất thời gian", "tiếng anh",
        # "mất" costing, not a death: "mất khoảng nhiêu tiền"; cash is no death either
        "mất khoảng", "mất tầm", "mất chừng", "tiền mặt",
        # having missed part of the stream is no sound problem: "em mới vào nên chưa nghe"
        "chưa nghe", "chưa nghe kịp", "nghe không kịp", "không nghe kịp", "nghe chưa kịp",
        "tiếng việt", "hình ảnh",
        # "co the" typed plain is "có thể" (can), not "có thẻ"; "giải quyết" is no prize
        "có thể", "giải quyết",
        # the new law is no late start; what was paid before is not a look-up
        "luật mới", "quá trình cũ", "thời gian cũ",
        # small words of the story: in case, afraid, hometown, side, by, than, about to
        "lỡ", "nhỡ", "lỡ như", "nếu lỡ", "sợ", "em sợ", "quê", "ở quê", "về quê", "dưới quê",
        "bên", "bằng", "theo", "hơn", "sắp",
        # being hard up is the story told, not the question
        "khó khăn", "hết tiền", "kẹt tiền", "thiếu tiền", "túng thiếu", "không có tiền",
        "không đủ tiền", "hoàn cảnh khó khăn", "gia đình khó khăn", "kinh tế khó khăn",
    )),
)

# How much each key token says about which question is asked. Topic concepts (not listed here)
# say most; product names, "pay" and family words are in almost every question and say little.
TOPIC = 3.0
WEIGHTS: dict[str, float] = {
    "?amount": 1.5, "?years": 1.5, "?age": 1.5, "?months": 1.5, "?when": 1.5, "?where": 1.5,
    "?how": 1.5, "?what": 1.2, "?which": 1.0, "?why": 1.5, "?yesno": 0.4,
    "#bhxh": 0.3, "#voluntary": 0.3, "#bhyt": 1.0, "#household": 1.0,
    "#pay": 0.3, "#receive": 0.4, "#family": 0.2, "#card": 0.5, "#money": 0.5, "#once": 0.5,
    "#live": 0.5, "#code": 2.5, "#level": 0.6, "#months": 0.8, "#monthly": 0.8, "#yearly": 0.6,
    "#years": 1.5, "#age": 2.0, "#min": 2.0, "#max": 2.0, "#support": 1.5, "#percent": 1.2,
    "#members": 0.6, "#continue": 0.5, "#place": 1.2, "#register": 1.0, "#condition": 1.0,
    "#still": 0.7, "#procedure": 1.0, "#lose": 1.2, "#price": 1.5, "#route": 1.5, "#soon": 1.0,
    "#hospital": 2.0, "#calc": 2.5, "#initial": 2.5, "#valid": 2.5,
    "#latestart": 1.0,  # starting late qualifies an age question; it is no topic of its own
    "#ordinary": 1.5,  # the default subsidy rate, close to asking about the subsidy at all
    "#sametime": 4.0,  # both at once (not one after the other) changes the answer outright
    "#stop": 2.4,  # stopping payments is mostly the story ("ngưng đóng rồi rút được không"), no topic
    "#priority": 1.0,  # minorities, remote areas: mostly the premise of a subsidy question
    "#minority": 2.0,  # so are minorities and remote areas (but no age); merit is a topic
    "#firsttime": 1.0,  # a first card qualifies a question on when it works
    "#nth1": 1.0,  # the first member pays the full price: the plain price of one card
    "#sex": 0.4,  # as much as a leftover word, but "nữ" and "đàn ông" now meet
    "#funeral": 1.5,  # one part of the survivor benefit: close to it, not a topic of its own
    "#processing": 1.0,  # how long a file takes qualifies what the file is for
    "#choose": 1.0,  # choosing one's level qualifies a question about levels
    "#compare": 1.0,  # setting two things side by side qualifies what they are
}
TOPIC_MIN = 2.5  # concepts from this weight up are topics, paired with the kind of answer
PAIR = 0.5  # a topic with the kind of answer wanted about it ("#pension?amount")
WORD_WEIGHT = 0.4  # a leftover content word

# Kinds of answer that are specific; two questions wanting different ones ask different things.
# "?yesno" is not among them: "is 15 years enough?" asks the same as "how many years?".
SPECIFIC = frozenset({"?amount", "?years", "?age", "?months", "?when", "?where", "?how",
                       "?what", "?which", "?why"})
# Kinds close enough to be paired with a topic as one ("bao lâu" / "khi nào").
KIND = {"?years": "?time", "?when": "?time", "?months": "?time", "?which": "?where"}
# Concepts that tell others, which then say nothing more: back payment is always for a time one
# did not pay; using the card in another province is about seeing a doctor and being covered; a
# late renewal is about the card lapsing and what is lost meanwhile.
IMPLIES: dict[str, frozenset[str]] = {
    # a lost or torn card is made anew: "làm lại", "bị mất" tell nothing more
    "#reissue": frozenset({"#restart", "#lose"}),
    # unpaid employer contributions: a company job and unpaid years go without saying
    "#arrears": frozenset({"#combine", "#pay", "#lose", "#stop"}),
    # money paid back or lost, or what the family gets, when the member dies is the survivor
    # benefit
    "#death": frozenset({"#lumpsum", "#lose", "#coverage", "#benefits"}),
    # the social pension is a state allowance: being supported or receiving it says nothing more
    "#socialpension": frozenset({"#support", "#receive", "#bhxh"}),
    # a merger question is about the card or book still being right, wherever one lives
    "#merger": frozenset({"#place", "#calc", "#change"}),
    # the unemployment benefit is always after leaving a company job
    "#unemployment": frozenset({"#combine", "#switch", "#support", "#receive"}),
    "#backpay": frozenset({"#stop", "#prepay"}),  # paying the missing years at once is back pay
    # who counts as a member: the household book and "which people" say nothing more
    "#hhmember": frozenset({"#eligible", "#members", "#household", "#docs", "#family"}),
    # a young child's card is free: whether one must buy for the child asks just that
    "#child": frozenset({"#wholehh"}),
    # money paid by mistake coming back is no lump sum and no other payment
    "#overpay": frozenset({"#lumpsum", "#pay", "#money", "#change", "#level", "#online"}),
    # a level named in a question about the pension, a lump sum or a change is only its premise
    "#pension": frozenset({"#chosenlevel"}),
    # ... and what the state paid toward it, asked on a lump sum, is part of that sum
    "#lumpsum": frozenset({"#chosenlevel", "#support"}),
    "#change": frozenset({"#chosenlevel"}),
    "#outprovince": frozenset({"#valid", "#coverage", "#hospital", "#initial", "#receive",
                               "#sickness"}),
    "#outroute": frozenset({"#valid", "#coverage", "#hospital", "#initial", "#receive", "#route",
                            "#sickness"}),
    # claiming the pension: its papers and procedure, and the pension itself, go without saying
    "#claim": frozenset({"#procedure", "#docs", "#pension"}),
    "#renew": frozenset({"#stop", "#continue", "#valid", "#lose", "#coverage"}),
    # sickness benefits: what is received, paid or supported is that benefit
    "#sickness": frozenset({"#receive", "#support", "#money", "#pension", "#coverage", "#hospital"}),
    # a social pensioner asking about a health card asks about the free card
    "#bhyt": frozenset({"#socialpension"}),
    # moving house (and one's insurance with it) is no card used while travelling, no start anew
    "#moving": frozenset({"#outprovince", "#restart", "#continue", "#place", "#change", "#docs"}),
    # ... but moving is only the premise of a new clinic or a pension paid elsewhere
    "#initial": frozenset({"#moving"}),
    "#pensionmove": frozenset({"#moving"}),
    # a card or a doctor that comes with voluntary insurance: being free, seeing a doctor go
    # without saying
    "#bundle": frozenset({"#free", "#hospital", "#card", "#coverage", "#receive"}),
    # where or how a pension is paid: the bank, the counter, the home say nothing more
    "#payout": frozenset({"#bankaccount", "#online", "#place", "#homevisit", "#paymethod",
                          "#receive", "#change", "#account", "#coverage", "#age", "#still",
                          "#monthly", "#forother"}),
}
# Concepts that make a bare "bao nhiêu" ask for money.
AMOUNT_UNITS = frozenset({"#money", "#percent", "#level", "#price", "#monthly", "#yearly",
                           "#support"})

# Leftover words that carry no meaning for "is this the same question" (folded).
STOPWORDS = frozenset(
    """
    em anh chi minh toi tui to ban ad admin oi a ah ak vay the nhe nha nhi ha ho voi cho hoi xin
    la thi co khong chua duoc ma nay do day ay kia nao ta cac nhung cua va hay neu muon biet
    chau cu ong ba chu bac mn moi nguoi ca ai cai gi may roi se da dang van cung
    ok nhieu lam qua ne hen luon di len thoi ve tu den tai sao o de ra vao bi phai can
    mot tren duoi trong ngoai thay nhu vi nen khi giup dum giai dap tra loi
    y kien dc k ko z v hic hihi haha chao cam on gio sau truoc het moi nam nay nua lai
    xong roi kieu vay bay hom thang ngay luc khoang tam chut xiu dum voi giup do uh u um
    vui long mong nhe nghe cac ban nhe duoc khong chi oi dang muon hoi biet them thong tin
    ni no he ton dzay
    ri nhen nghen hi ho du gom
    br http https www com vn
    """.split()
)


@lru_cache(maxsize=65536)
def weight(token: str) -> float:
    if token[0] in "#?":
        if "?" in token[1:]:
            return PAIR
        return WEIGHTS.get(token, TOPIC)
    return WORD_WEIGHT
