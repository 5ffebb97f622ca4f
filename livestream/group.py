"""Grouping repeated questions: a matching key per question and an index of open groups.

Pure module (stdlib + rapidfuzz). A question's key says what it is about (domain concepts such as
`#pension`, `#backpay`, `#bhyt`), what kind of answer it wants (`?amount`, `?years`, `?where`,
`?how`…), the pairs of both (`#pension?amount`) and a few leftover content words. Paraphrases with
few words in common meet on concepts; two questions on one topic that want different answers
stay apart on the question type.

The cost of placing one question is bounded by constants, not by the number of groups:
candidates come from the posting lists of a few of the question's most telling key terms (only
their most recent entries), then a weighted overlap scores those few.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from livestream.text import Words, fold_token, words

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
_LEXICON: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Plain words typed without accents that are far more often something harmless.
    ("", (
        "đúng", "mọi người", "nhiều", "vâng", "quý vị", "quý khách", "qua", "để", "đó", "ngày",
        "thuộc", "vô", "mau", "đợi", "theo dõi", "liên", "hình như", "xa", "mang", "hàng",
    )),
    # --- the kind of answer wanted ---
    ("?amount", (
        "bao nhiêu", "nhiêu", "mấy chục", "mức nào", "hết bao nhiêu", "là bao nhiêu",
        "mất bao nhiêu", "được bao nhiêu",
    )),
    ("?amount #money", (
        "bao nhiêu tiền", "mấy tiền", "mấy trăm", "mấy triệu", "mấy nghìn", "mấy ngàn", "nhiêu tiền",
        "mấy củ", "hết bao nhiêu tiền", "bao nhiêu một người",
    )),
    ("?amount #price", ("giá bao nhiêu", "giá mấy", "giá nhiêu", "phí bao nhiêu")),
    ("?amount #monthly", ("bao nhiêu một tháng", "một tháng bao nhiêu", "tháng bao nhiêu")),
    ("?amount #yearly", ("bao nhiêu một năm", "một năm bao nhiêu")),
    ("?amount #percent", ("bao nhiêu phần trăm", "mấy phần trăm", "bao nhiêu phần", "mấy phần")),
    ("#money ?what", ("tiền đi đâu", "tiền về đâu", "tiền sẽ ra sao", "tiền sẽ thế nào")),
    ("?years #years", ("bao nhiêu năm", "mấy năm", "bao nhiêu năm nữa", "số năm", "mấy chục năm")),
    ("?years", ("bao lâu", "bao nhiêu lâu", "mất bao lâu")),
    # "bao lâu thì dùng được" is "when", "dùng được bao lâu" is "for how long".
    ("?when", ("bao lâu thì", "bao lâu mới", "bao lâu sau", "mấy ngày thì", "mấy ngày sau")),
    ("?age #age", ("bao nhiêu tuổi", "mấy tuổi", "tuổi nào", "độ tuổi nào", "tuổi bao nhiêu")),
    ("?months", ("bao nhiêu tháng", "mấy tháng")),
    ("?when", (
        "khi nào", "bao giờ", "lúc nào", "hôm nào", "ngày nào", "năm nào", "tháng mấy", "mấy giờ",
        "giờ nào", "thời điểm nào", "mấy h", "bữa nào", "chừng nào", "tới khi nào", "ngày mấy",
    )),
    ("?where #place", ("ở đâu", "chỗ nào", "nơi nào", "đến đâu", "tới đâu", "ra đâu", "ở chỗ nào")),
    ("?where", ("đâu", "địa chỉ", "chỗ đâu", "nơi đâu", "địa điểm", "đi đâu")),
    ("?how", (
        "như thế nào", "thế nào", "làm sao", "làm thế nào", "ra sao", "cách nào", "bằng cách nào",
        "cách", "hướng dẫn", "các bước", "làm sao để", "cách thức", "như nào", "sao để",
    )),
    ("?what", ("gì", "những gì", "cái gì", "điều gì", "loại gì")),
    ("?which", ("nào", "cái nào", "loại nào")),
    ("?why", ("tại sao", "vì sao", "sao lại", "sao", "lý do")),
    ("?yesno", (
        "không", "chưa", "được không", "có được không", "đúng không", "phải không", "hả",
        "có sao không", "thì sao", "có bị gì không", "bị gì không", "gì không", "có sao",
        "hay không", "được chứ", "có ảnh hưởng gì không", "ảnh hưởng gì", "có ảnh hưởng",
    )),
    # --- products: in most questions, so they weigh little, but BHXH is not BHYT ---
    ("#bhxh", (
        "bảo hiểm xã hội", "bhxh", "bh xã hội", "xã hội", "sổ bhxh", "sổ bảo hiểm", "bảo hiểm",
    )),
    ("#voluntary", ("tự nguyện", "bhxh tự nguyện", "bảo hiểm xã hội tự nguyện")),
    ("#bhyt", (
        "bảo hiểm y tế", "bhyt", "bh y tế", "y tế", "thẻ bhyt", "thẻ bảo hiểm y tế", "thẻ y tế",
    )),
    ("#pay #household", (
        "mua hộ gia đình", "đóng hộ gia đình", "nộp hộ gia đình", "mua hộ gđ", "đóng hộ gđ",
    )),
    ("#pay #bhyt #household", ("mua bhyt hộ gia đình", "đóng bhyt hộ gia đình", "mua bhyt hộ")),
    ("#household", ("hộ gia đình", "hộ gđ", "hộ", "trong hộ", "theo hộ")),
    # --- pension, age, years ---
    ("#pension", (
        "lương hưu", "hưu", "hưu trí", "nghỉ hưu", "về hưu", "lãnh lương", "lĩnh lương",
        "nhận lương", "hưởng lương", "lương hàng tháng", "lương", "sau này", "về già",
        "lúc già", "khi già", "chế độ hưu", "hưởng hưu",
    )),
    ("#level", (
        "mức đóng", "mức", "mức tiền", "mức thu nhập", "thu nhập", "lương cơ sở", "mức lương",
        "chuẩn nghèo", "mức chuẩn",
    )),
    ("#pension #age ^?age", ("tuổi hưu", "tuổi nghỉ hưu", "độ tuổi nghỉ hưu", "tuổi về hưu")),
    ("#age", ("sinh năm", "năm sinh", "sinh ngày", "ngày sinh")),
    ("#age !?age", ("N tuổi", "N tuổi rồi")),
    ("#age ^?age", ("tuổi", "độ tuổi", "tuổi tham gia")),
    # Whether one can still start or go on (late in life, after a stop).
    ("#still #pay", ("còn đóng", "còn mua", "còn nộp", "còn đóng tiếp")),
    ("#still #register", ("còn tham gia", "còn đăng ký")),
    ("#still", (
        "còn", "còn được", "được nữa", "nữa không", "kịp", "có kịp", "còn kịp", "quá muộn",
        "trễ quá",
    )),
    ("#age #still", (
        "lớn tuổi", "cao tuổi", "quá tuổi", "hết tuổi", "già rồi", "đã già", "tuổi cao",
        "giới hạn tuổi", "tuổi tối đa", "già quá",
    )),
    ("#years !?years", ("N năm", "đủ N năm", "N năm rồi")),
    ("#years ^?years", ("thời gian đóng", "số năm đóng", "thời gian tham gia")),
    ("#years", ("đủ năm", "năm đóng", "chục năm", "vài năm", "nhiều năm")),
    ("#yearly", (
        "một năm", "mỗi năm", "hàng năm", "hằng năm", "cả năm", "năm nay", "trong năm",
        "năm N", "năm sau", "năm tới", "năm mới",
    )),
    ("#monthly", (
        "tháng", "một tháng", "mỗi tháng", "hàng tháng", "hằng tháng", "tháng nào cũng",
        "trên tháng",
    )),
    ("#months", ("N tháng", "vài tháng", "mấy tháng nay", "một thời gian", "thời gian", "ít tháng")),
    # --- how often, back-payment, withdrawal, stopping, changing ---
    ("#frequency", (
        "một lần nhiều năm", "một lần cho nhiều năm", "một lần cho N năm", "nhiều năm một lần",
        "N năm một lần", "đóng một lần nhiều năm", "đóng luôn nhiều năm", "theo tháng",
        "theo năm", "theo quý", "quý", "hàng quý", "nửa năm", "N tháng một lần", "N tháng N lần",
        "một lần N tháng", "N lần một năm", "đóng một lần N năm", "đóng trước", "đóng gộp",
        "đóng một cục", "định kỳ", "phương thức đóng", "kỳ đóng", "đóng hằng tháng hay",
        "đóng hàng tháng hay",
    )),
    ("#lumpsum", (
        "rút", "rút một lần", "bhxh một lần", "rút bhxh một lần", "rút bảo hiểm một lần",
        "hưởng một lần", "nhận một lần", "lãnh một lần",
        "lấy lại tiền", "lấy tiền ra", "rút tiền", "rút ra", "lấy lại", "lĩnh một lần",
        "rút bhxh", "rút sổ", "chốt sổ", "nhận lại tiền", "trả lại tiền", "hoàn tiền",
        "lấy hết tiền", "bảo hiểm một lần", "rút về",
    )),
    ("#lumpsum #restart", ("đã rút", "rút rồi", "rút xong")),
    ("#restart", (
        "từ đầu", "đóng lại", "tham gia lại", "đăng ký lại", "làm lại", "bắt đầu lại",
        "quay lại đóng",
    )),
    ("#backpay", (
        "đóng bù", "bù", "truy đóng", "truy thu", "truy nộp", "đóng bổ sung", "bổ sung", "còn thiếu",
        "thiếu", "đóng dồn", "cho đủ", "đóng cho đủ", "những năm trước", "các năm trước",
        "năm trước", "bù lại", "đóng bù lại", "đóng nốt", "đóng một lần cho đủ",
        "những năm chưa đóng", "số năm còn thiếu",
    )),
    ("#combine", (
        "bắt buộc", "công ty", "cty", "doanh nghiệp", "công nhân", "khu công nghiệp", "cộng dồn",
        "cộng nối", "cộng với", "cộng", "tính chung", "tính gộp", "gộp", "cộng thêm",
        "cộng chung", "chuyển sang tự nguyện", "gộp sổ", "nối sổ", "xí nghiệp", "nhà máy",
        "tính tiếp", "cộng lại", "cùng lúc", "song song", "nối thời gian", "nối tiếp thời gian",
    )),
    ("#stop", (
        "ngưng", "ngừng", "dừng", "tạm dừng", "nghỉ đóng", "gián đoạn", "không đóng nữa",
        "bỏ đóng", "bỏ không đóng", "đứt", "tạm ngưng", "ngắt quãng", "đóng ngắt quãng",
        "không đóng tiếp", "không đóng", "thôi đóng", "nghỉ một thời gian",
    )),
    ("#continue", ("đóng tiếp", "tiếp tục", "tiếp", "đóng nối tiếp")),
    ("#change", (
        "thay đổi mức", "đổi mức", "thay đổi", "đổi", "điều chỉnh", "tăng mức", "giảm mức",
        "tăng lên", "hạ xuống", "nâng mức", "tăng", "hạ mức", "cao hơn", "thấp hơn", "lên mức",
        "xuống mức", "chuyển mức",
    )),
    ("#min", (
        "thấp nhất", "tối thiểu", "ít nhất", "mức thấp", "mức sàn", "thấp", "mức tối thiểu",
        "rẻ nhất", "ít tiền nhất", "mức nhỏ nhất", "nhỏ nhất",
    )),
    ("#max", ("cao nhất", "tối đa", "nhiều nhất", "mức cao", "cao", "mức tối đa", "mức trần")),
    # --- benefits ---
    ("#maternity", (
        "thai sản", "sinh con", "sinh em bé", "mang thai", "mang bầu", "có bầu", "bầu", "đẻ",
        "sinh đẻ", "sinh nở", "chế độ thai sản",
    )),
    ("#death", (
        "tử tuất", "chết", "qua đời", "mất", "mai táng", "tuất", "thân nhân", "không may",
        "chẳng may", "lỡ mất", "qua đời sớm", "người thừa kế", "thừa kế", "trợ cấp mai táng",
        "tiền tuất", "mất sớm", "từ trần",
    )),
    # --- state support ---
    ("#poor", ("hộ nghèo", "nghèo", "gia đình nghèo", "nhà nghèo", "diện nghèo", "sổ nghèo")),
    ("#nearpoor", ("cận nghèo", "hộ cận nghèo", "diện cận nghèo", "sổ cận nghèo")),
    ("#support", (
        "hỗ trợ", "nhà nước hỗ trợ", "trợ cấp", "ưu đãi", "được giảm", "giảm", "miễn", "miễn giảm",
        "giảm trừ", "giảm giá", "chiết khấu", "khuyến mãi", "nhà nước", "ngân sách",
        "được hỗ trợ", "trợ giá",
    )),
    # --- BHYT hộ gia đình: members, price, card ---
    ("#nth", (
        "thứ N", "người thứ N", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "người thứ hai",
        "người thứ ba", "người thứ tư", "người thứ năm", "thành viên thứ", "từ người thứ",
        "người thứ", "người sau", "người tiếp theo", "người kế", "người đầu", "người đầu tiên",
    )),
    ("#members", ("N người", "nhiều người", "mấy người", "bao nhiêu người", "thành viên")),
    ("#price", (
        "giá", "tăng giá", "giá thẻ", "mệnh giá", "chi phí mua", "phí", "lệ phí", "giá tiền",
        "mất phí",
    )),
    ("#card", ("thẻ", "cái thẻ")),
    ("#valid", (
        "hiệu lực", "có hiệu lực", "dùng được", "sử dụng được", "xài được", "xài", "dùng",
        "sử dụng", "có giá trị", "kích hoạt", "dùng ngay", "xài liền", "dùng liền",
        "sử dụng ngay",
    )),
    # How long a card stays valid (not when it starts to be).
    ("#term", ("thời hạn", "hạn sử dụng", "hạn", "có hạn", "thời hạn sử dụng", "hạn dùng")),
    ("#term ?years", (
        "dùng được bao lâu", "sử dụng được bao lâu", "xài được bao lâu", "có giá trị bao lâu",
        "hiệu lực bao lâu", "có hiệu lực bao lâu", "hạn bao lâu",
    )),
    ("#term ?months", ("dùng được mấy tháng", "sử dụng được mấy tháng", "hạn mấy tháng")),
    ("#soon", ("xong", "ngay", "liền", "mua xong", "đóng xong", "đóng tiền xong")),
    ("#renew", (
        "gia hạn", "hết hạn", "tái tục", "trễ hạn", "quá hạn", "hạn thẻ", "đóng tiếp thẻ",
        "mua lại", "hết hạn thẻ", "gia hạn trễ", "gián đoạn thẻ", "nối thẻ",
    )),
    ("#lose", ("mất quyền lợi", "bị mất", "mất quyền", "bị phạt", "phạt", "thiệt")),
    ("#hospital", (
        "khám", "khám chữa bệnh", "bệnh viện", "kcb", "phòng khám", "trạm y tế", "chữa bệnh",
        "đi khám", "khám bệnh", "bv", "cơ sở y tế", "chữa", "điều trị", "khám được",
        "đi khám được", "bệnh viện tỉnh", "bệnh viện huyện",
    )),
    ("#hospital #initial", ("đăng ký khám", "khám ban đầu", "đăng ký khám ban đầu")),
    ("#initial", (
        "ban đầu", "kcb ban đầu", "nơi đăng ký khám", "chọn bệnh viện", "đổi nơi khám",
        "nơi khám", "chọn nơi khám", "đổi bệnh viện", "chuyển nơi khám", "nơi kcb",
    )),
    ("#outprovince", (
        "tỉnh khác", "đi tỉnh khác", "ngoại tỉnh", "trái tuyến", "vượt tuyến", "khác tỉnh",
        "ở quê", "nơi khác", "đi tỉnh", "thông tuyến", "tỉnh ngoài", "tuyến trên", "chuyển tuyến",
        "ngoài tỉnh", "huyện khác", "đăng ký ở quê", "làm ăn xa", "đi làm xa",
    )),
    ("#route", ("tuyến", "đúng tuyến", "tuyến huyện", "tuyến tỉnh", "tuyến xã", "tuyến trung ương")),
    ("#coverage", (
        "chi trả", "được thanh toán", "bảo hiểm thanh toán", "mức hưởng", "quyền lợi", "nằm viện",
        "viện phí", "trả", "được trả", "bảo hiểm trả", "chi phí", "tiền thuốc", "thuốc",
        "nhập viện", "phẫu thuật", "mổ", "được chi trả",
    )),
    # --- registering, papers, looking up, paying ---
    ("#register", (
        "đăng ký", "tham gia", "làm thẻ", "làm sổ", "mở sổ", "làm hồ sơ tham gia",
        "đăng ký tham gia", "ghi danh",
    )),
    ("#docs", (
        "hồ sơ", "giấy tờ", "cần gì", "cần những gì", "mang theo", "chuẩn bị",
        "cccd", "căn cước", "chứng minh", "cmnd", "hộ khẩu", "sổ hộ khẩu", "giấy khai sinh",
        "ảnh thẻ", "giấy", "tờ khai", "mẫu", "bản sao", "công chứng", "cần mang", "định danh",
    )),
    ("#procedure", ("thủ tục", "quy trình")),
    ("#procedure #register", ("thủ tục đăng ký", "thủ tục tham gia", "quy trình đăng ký")),
    ("#calc", (
        "tính", "cách tính", "công thức", "tính theo", "căn cứ", "được tính", "tính sao",
        "tính ra", "quy đổi",
    )),
    # Paying for someone else, and whether the whole household must be insured.
    ("#forother", (
        "đóng hộ", "nộp hộ", "mua hộ", "đóng giùm", "đóng dùm", "đóng thay", "nộp thay",
        "mua thay", "đóng cho người khác", "đứng tên",
    )),
    ("#wholehh", (
        "cả hộ", "mua cả hộ", "mua cả nhà", "mua hết", "bắt buộc mua", "phải mua", "mua tất cả",
        "tất cả thành viên", "toàn bộ thành viên", "mua lẻ", "mua riêng", "mua một người",
        "mua cho một người", "cả gia đình", "mua cho cả nhà", "bắt buộc cả",
    )),
    ("#condition", ("điều kiện", "đủ điều kiện", "yêu cầu", "tiêu chuẩn")),
    ("#check", (
        "tra cứu", "kiểm tra", "lịch sử", "quá trình", "quá trình đóng", "xem quá trình",
        "làm sao biết", "sao biết", "tra", "check", "xem lịch sử", "xem lại quá trình",
        "đã đóng được bao nhiêu", "xem mình đã đóng", "tìm", "tìm lại", "không nhớ",
        "quên", "bị quên", "tra lại",
    )),
    ("#check #code", ("tra mã", "tra mã số", "tìm mã", "tìm mã số", "quên mã", "quên mã số")),
    ("#code", ("mã số", "mã bhxh", "mã số bhxh", "số sổ", "mã thẻ", "mã số bảo hiểm")),
    ("#online", (
        "online", "trực tuyến", "qua mạng", "app", "ứng dụng", "vssid", "chuyển khoản",
        "ngân hàng", "banking", "momo", "zalopay", "ví điện tử", "điện thoại", "internet", "web",
        "website", "cổng dịch vụ công", "dịch vụ công", "qr", "mã qr", "thanh toán online",
        "trên mạng", "vnpt", "viettelpay", "ck", "thanh toán qua",
    )),
    ("#place", (
        "bưu điện", "ủy ban", "ubnd", "xã", "phường", "tận nơi", "trực tiếp", "đại lý thu",
        "điểm thu", "quầy", "văn phòng", "trụ sở", "cơ quan bhxh", "bhxh huyện", "bhxh quận",
        "ra tận", "đến tận", "gần nhất", "gần nhà",
    )),
    ("#agent", (
        "cộng tác viên", "ctv", "đại lý", "nhân viên thu", "làm thu", "thu hộ", "làm đại lý",
        "làm ctv", "người thu", "tuyển dụng", "tuyển ctv", "tuyển cộng tác viên", "hoa hồng",
    )),
    ("#abroad", (
        "nước ngoài", "xklđ", "xuất khẩu lao động", "nhật bản", "đi nhật", "bên nhật", "sang nhật",
        "hàn quốc", "đi hàn", "bên hàn", "sang hàn", "đài loan", "việt kiều", "định cư",
        "xuất cảnh", "đi nước ngoài", "ngoại quốc", "lao động nước ngoài",
    )),
    ("#student", (
        "học sinh", "sinh viên", "trường", "ở trường", "bhyt học sinh", "bhyt sinh viên", "hssv",
        "đi học", "nhà trường",
    )),
    # --- the livestream itself ---
    ("#replay", (
        "xem lại", "đăng lại", "phát lại", "video", "ghi lại", "lưu lại", "record", "clip",
        "vào trễ", "vào muộn", "bỏ lỡ", "coi lại", "xem sau", "link",
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
    ("#minigame", (
        "minigame", "mini game", "game", "giải thưởng", "trúng thưởng", "quà", "kết quả",
        "bốc thăm", "quay số", "trúng giải", "phần thưởng", "giải", "trao giải", "công bố",
    )),
    ("#nextlive", (
        "live tiếp", "buổi live tiếp", "live nữa", "buổi sau", "buổi tiếp", "live sau",
        "buổi live sau", "lịch live", "phiên live", "live tới", "buổi tới", "mai live",
        "livestream tiếp", "buổi tiếp theo",
    )),
    ("#live", ("live", "livestream", "buổi live", "phát trực tiếp", "buổi", "kênh")),
    ("#contact", (
        "xin số", "xin sđt", "xin zalo", "zalo", "hotline", "liên hệ", "inbox", "facebook", "fb",
        "nhắn tin", "gọi điện", "số điện thoại để", "liên lạc", "xin số điện thoại",
        "số tổng đài", "tổng đài", "fanpage", "page",
    )),
    # --- in most questions: weigh little ---
    ("#money", (
        "tiền", "triệu", "trăm", "nghìn", "ngàn", "N triệu", "N nghìn", "N ngàn", "N trăm",
        "N đồng", "N đ", "triệu đồng", "nghìn đồng", "tr", "củ", "N tr", "N củ",
    )),
    ("#family", (
        "bố", "mẹ", "bố mẹ", "ba", "má", "vợ", "chồng", "con", "ông", "bà", "ông bà", "cả nhà",
        "gia đình", "người nhà", "người thân", "con cái", "vợ chồng", "anh chị em",
        "nhà em", "nhà mình", "em trai", "em gái",
    )),
    ("#pay", (
        "đóng", "nộp", "mua", "đóng tiền", "nộp tiền", "đóng phí", "đóng bảo hiểm", "thanh toán",
    )),
    ("#receive", ("nhận", "hưởng", "lãnh", "lĩnh", "được nhận", "được lãnh", "được hưởng")),
    ("#once", ("một lần", "N lần", "một cục")),
    # Set phrases read as nothing (their words would otherwise be misread).
    ("", (
        "cảm ơn", "cám ơn", "cảm ơn nhiều", "nhiều lắm", "gì hết", "gì cả", "tư vấn", "tư vấn giúp",
        "số điện thoại", "điện thoại em", "người ta", "năm", "nào đó", "gì đó", "vậy", "được",
        "có", "là", "thì", "như vậy", "bây giờ", "hiện nay", "hiện tại", "giờ", "nay", "hôm nay",
        "dạ", "admin", "chị ơi", "em ơi", "anh ơi", "em muốn hỏi", "cho em hỏi", "xin hỏi",
        "hỏi chút", "cho hỏi", "trả lời", "giải đáp", "giải thích", "tìm hiểu", "nghe nói",
        "cách đây", "thông tin", "giúp đỡ", "mất công", "mất thời gian", "tiếng anh",
        "tiếng việt", "hình ảnh",
    )),
)

# How much each key token says about which question is asked. Topic concepts (not listed here)
# say most; product names, "pay" and family words are in almost every question and say little.
_TOPIC = 3.0
_WEIGHTS: dict[str, float] = {
    "?amount": 1.5, "?years": 1.5, "?age": 1.5, "?months": 1.5, "?when": 1.5, "?where": 1.5,
    "?how": 1.5, "?what": 1.2, "?which": 1.0, "?why": 1.5, "?yesno": 0.4,
    "#bhxh": 0.3, "#voluntary": 0.3, "#bhyt": 1.0, "#household": 1.0,
    "#pay": 0.3, "#receive": 0.4, "#family": 0.2, "#card": 0.5, "#money": 0.5, "#once": 0.5,
    "#live": 0.5, "#code": 1.0, "#level": 0.6, "#months": 0.8, "#monthly": 0.8, "#yearly": 0.6,
    "#years": 1.5, "#age": 2.0, "#min": 2.0, "#max": 2.0, "#support": 1.5, "#percent": 1.2,
    "#members": 0.6, "#continue": 0.5, "#place": 1.2, "#register": 1.0, "#condition": 1.0,
    "#still": 0.7, "#procedure": 1.0, "#lose": 1.2, "#price": 1.5, "#route": 1.5, "#soon": 1.0,
    "#hospital": 2.0, "#calc": 2.0, "#initial": 2.5, "#valid": 2.5,
}
_TOPIC_MIN = 2.5  # concepts from this weight up are topics, paired with the kind of answer
_PAIR = 0.5  # a topic with the kind of answer wanted about it ("#pension?amount")
_WORD_WEIGHT = 0.4  # a leftover content word
_NOISE_CAP = 1.2  # unshared leftover words (names, places, stories) cost at most this much
_OTHER_KIND = 0.7  # two questions wanting different kinds of answer
_EXCLUDED = 0.6  # two questions about concepts that exclude each other
_TELLING = 0.8  # concepts from this weight up tell questions apart ("#pay", "#family" do not)
_MIN_CONTENT = 0.8  # two questions must share such a concept or two words besides the kind
_LONE_TOPIC = 0.8  # one question names a topic more than the other, which names no other

# Kinds of answer that are specific; two questions wanting different ones ask different things.
# "?yesno" is not among them: "is 15 years enough?" asks the same as "how many years?".
_SPECIFIC = frozenset({"?amount", "?years", "?age", "?months", "?when", "?where", "?how",
                       "?what", "?which", "?why"})
_COMPATIBLE = frozenset({
    frozenset({"?years", "?when"}), frozenset({"?where", "?which"}),
    frozenset({"?amount", "?which"}), frozenset({"?amount", "?months"}),
    frozenset({"?months", "?when"}), frozenset({"?years", "?months"}),
    frozenset({"?what", "?which"}),
    frozenset({"?how", "?where"}), frozenset({"?age", "?when"}),
})
# Kinds close enough to be paired with a topic as one ("bao lâu" / "khi nào").
_KIND = {"?years": "?time", "?when": "?time", "?months": "?time", "?which": "?where"}
# Concepts that make a bare "bao nhiêu" ask for money.
_AMOUNT_UNITS = frozenset({"#money", "#percent", "#level", "#price", "#monthly", "#yearly",
                           "#min", "#max", "#support"})
# Concepts that exclude each other: a question about one is not a question about the other.
_EXCLUSIVE: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"#poor"}), frozenset({"#nearpoor"})),
    (frozenset({"#min"}), frozenset({"#max"})),
    (frozenset({"#bhxh", "#voluntary"}), frozenset({"#bhyt", "#household"})),
)

# Leftover words that carry no meaning for "is this the same question" (folded).
_STOPWORDS = frozenset(
    """
    em anh chi minh toi tui to ban ad admin oi a ah ak vay the nhe nha nhi ha ho voi cho hoi xin
    la thi co khong chua duoc ma nay do day ay kia nao ta cac nhung cua va hay neu muon biet
    chau cu ong ba chu bac mn moi nguoi ca ai cai gi may roi se da dang van cung
    ok nhieu lam qua ne hen luon di len thoi ve tu den tai sao o de ra vao bi phai can
    mot tren duoi trong ngoai thay nhu vi nen khi giup dum giai dap tra loi
    y kien dc k ko z v hic hihi haha chao cam on gio sau truoc het moi nam nay nua lai
    xong roi kieu vay bay hom thang ngay luc khoang tam chut xiu dum voi giup do uh u um
    vui long mong nhe nghe cac ban nhe duoc khong chi oi dang muon hoi biet them thong tin
    br http https www com vn
    """.split()
)

_AGE_TOKEN = re.compile(r"\d+t$")
_MONEY_TOKEN = re.compile(r"\d+(?:k|đ|d|tr|trieu|triệu|000)$")
# Folded spellings the teencode table of livestream.text does not know (plain words only).
_PLAIN_SYNONYMS = {"ki": ("ký",), "dki": ("đăng", "ký"), "gd": ("gđ",)}

_Form = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # words, folded, key tokens


def _build_lexicon() -> dict[str, list[_Form]]:
    by_first: dict[str, list[_Form]] = {}
    for concepts, forms in _LEXICON:
        out = tuple(concepts.split())
        for form in forms:
            # The same normalisation as comments get (teencode expanded), "N" kept as the wildcard.
            parts = tuple("N" if p == "n" else p for p in words(form).raw)
            if parts:
                folded = tuple(fold_token(p) for p in parts)
                by_first.setdefault(folded[0], []).append((parts, folded, out))
    numbers = by_first.get("N", [])
    for first in [str(n) for n in range(10)] + ["mot"]:  # forms starting with a number
        by_first[first] = by_first.get(first, []) + numbers
    for options in by_first.values():
        options.sort(key=lambda item: -len(item[0]))  # stable: listing order breaks ties
    return by_first


_PHRASES = _build_lexicon()


def _prepare(w: Words) -> tuple[list[str], list[str]]:
    """Comment words for matching; money amounts, ages and long numbers are read here."""
    raw: list[str] = []
    folded: list[str] = []
    for token, plain in zip(w.raw, w.folded, strict=True):
        if token == "1":
            raw.append("một")  # "rút 1 lần" is "rút một lần"
            folded.append("mot")
        elif token.isdigit():
            if len(token) <= 4:
                raw.append(token)
                folded.append(token[0])  # numbers look up forms starting with "N"
            elif len(token) <= 9 and token.endswith("00") and token[0] != "0":
                raw.append("#money")  # 1500000
                folded.append("#money")
            # other long numbers are phones or social-insurance codes: they say nothing
        elif token[0].isdigit() and _AGE_TOKEN.match(token):
            raw.extend((token[:-1], "tuổi"))  # "58t" is "58 tuổi"
            folded.extend((token[0], "tuoi"))
        elif token[0].isdigit() and _MONEY_TOKEN.match(token):
            raw.append("#money")
            folded.append("#money")
        elif token == plain and plain in _PLAIN_SYNONYMS:
            for part in _PLAIN_SYNONYMS[plain]:
                raw.append(part)
                folded.append(fold_token(part))
        else:
            raw.append(token)
            folded.append(plain)
    return raw, folded


def _match_at(
    raw: list[str], folded: list[str], i: int, plain_ok: bool
) -> tuple[int, tuple[str, ...]]:
    """The lexicon form starting at word i: (its length in words, its key tokens).

    `plain_ok`: the comment is typed without accents, so a plain word may stand for an accented
    one ("dong" for "đóng"); in a comment typed with accents a plain word is just that word.
    """
    options = _PHRASES.get(folded[i])
    if not options:
        return 0, ()
    n = len(raw)
    best_len, best_exact, best_out = 0, -1, ()
    for parts, plain, out in options:
        size = len(parts)
        if size < best_len:
            break
        if i + size > n:
            continue
        exact = 0
        for k in range(size):
            token = raw[i + k]
            if token == parts[k]:
                exact += 1
            elif parts[k] == "N":
                if not token.isdigit() and token != "một":
                    break
            elif not plain_ok or token != folded[i + k] or token != plain[k]:
                break  # an accented word must match exactly; a plain one matches the folded form
        else:
            if size > best_len or exact > best_exact:
                best_len, best_exact, best_out = size, exact, out
    return best_len, best_out


_WHAT = ("?what",)


def _typed_plain(tokens: Iterable[str]) -> bool:
    """Whether a comment is typed mostly without accents (then "dong" may stand for "đóng")."""
    total = accented = 0
    for token in tokens:
        total += 1
        if not token.isascii() and fold_token(token.lower()) != token.lower():
            accented += 1
    return 3 * accented < total


def question_key_tokens(w: Words, text: str = "") -> list[str]:
    """Concepts, kinds of answer, their pairs and leftover content words of a question."""
    raw, folded = _prepare(w)
    plain_ok = _typed_plain(text.split()) if text else _typed_plain(w.raw)
    seen: set[str] = set()
    concepts: list[str] = []
    rest: list[str] = []
    negated = False
    i, n = 0, len(raw)
    while i < n:
        token = raw[i]
        if token[0] == "#":
            if token not in seen:
                seen.add(token)
                concepts.append(token)
            i += 1
            continue
        size, out = _match_at(raw, folded, i, plain_ok)
        if size:
            if folded[i] == "khong":
                negated = True
            elif out == _WHAT and negated:
                out = ()  # "không nghe gì" is "hear nothing", not "hear what"
            for concept in out:
                if concept not in seen:
                    seen.add(concept)
                    concepts.append(concept)
            i += size
            continue
        i += 1
        plain = folded[i - 1]
        if token.isdigit() or plain in _STOPWORDS or plain in seen or len(plain) < 2:
            continue
        seen.add(plain)
        rest.append(plain)
    if "%" in text and "#percent" not in seen:
        seen.add("#percent")
        concepts.append("#percent")
    return _finish(concepts, seen) + rest


def _finish(concepts: list[str], seen: set[str]) -> list[str]:
    """Settle what kind of answer is wanted and pair it with the topics it is wanted about."""
    hints = [c for c in concepts if c[0] in "!^"]
    if hints:
        concepts = [c for c in concepts if c[0] not in "!^"]
    asks = [c for c in concepts if c in _SPECIFIC]
    if "#percent" in seen and not asks:
        asks = ["?amount"]
        concepts.append("?amount")
    if hints:
        implied = [h[1:] for h in hints if h[0] == "!"]
        if not asks and implied:  # "đóng 15 năm có được lương hưu không" weighs up years
            asks = implied[:1]
            concepts.append(asks[0])
        units = [h[1:] for h in hints if h[0] == "^"]
        if units and asks == ["?amount"] and not seen & _AMOUNT_UNITS:
            asks = units[:1]  # "tuổi nghỉ hưu là bao nhiêu" asks an age, not an amount
            concepts = [asks[0] if c == "?amount" else c for c in concepts]
    if asks:
        # What is asked about what: "#pension?amount" is not "#pension?years".
        topics = [c for c in concepts if c[0] == "#" and _weight(c) >= _TOPIC_MIN]
        kinds = dict.fromkeys(_KIND.get(q, q) for q in asks)
        concepts.extend(t + q for t in topics for q in kinds)
    return concepts


def question_key(text: str) -> str:
    """The matching key of a question text ('Cho em hỏi đóng bn năm đc lương hưu ạ' -> …)."""
    return " ".join(question_key_tokens(words(text), text))


@lru_cache(maxsize=65536)
def _weight(token: str) -> float:
    if token[0] in "#?":
        if "?" in token[1:]:
            return _PAIR
        return _WEIGHTS.get(token, _TOPIC)
    return _WORD_WEIGHT


# ---------------------------------------------------------------------------------------------
# Scoring two keys
# ---------------------------------------------------------------------------------------------
class _Profile:
    """One key prepared for scoring: its token set, concept weights and leftover words."""

    __slots__ = ("tokens", "set", "weight", "words", "asks", "topics", "excludes", "telling")

    def __init__(self, tokens: tuple[str, ...]):
        self.tokens = tokens
        self.set = frozenset(tokens)
        self.weight = sum(_weight(t) for t in self.set if t[0] in "#?")
        self.words = tuple(t for t in dict.fromkeys(tokens) if t[0] not in "#?")
        self.asks = _SPECIFIC.intersection(self.set)
        self.topics = frozenset(
            t for t in self.set if t[0] == "#" and "?" not in t and _weight(t) >= _TOPIC_MIN
        )
        # Says anything besides the kind of answer ("được không?" alone does not).
        self.telling = bool(self.words) or any(
            t[0] == "#" and _weight(t) >= _TELLING for t in self.set
        )
        self.excludes = tuple(
            (bool(self.set & one), bool(self.set & other)) for one, other in _EXCLUSIVE
        )


@lru_cache(maxsize=4096)
def _profile(tokens: tuple[str, ...]) -> _Profile:
    return _Profile(tokens)


def _fuzzy_shared(a_words: list[str], b_words: list[str]) -> int:
    """How many leftover words of two keys are the same word mistyped."""
    pool = [t for t in b_words if len(t) >= 4]
    hits = 0
    for token in a_words:
        if not pool:
            break
        if len(token) < 4:
            continue
        hit = process.extractOne(token, pool, scorer=fuzz.ratio, score_cutoff=84)
        if hit is not None:
            hits += 1
            pool.remove(hit[0])
    return hits


def _factor(a: _Profile, b: _Profile) -> float:
    """Penalty for different kinds of answer or for concepts that exclude each other."""
    factor = 1.0
    qa, qb = a.asks, b.asks
    if qa and qb and not qa & qb and not any(
        frozenset((x, y)) in _COMPATIBLE for x in qa for y in qb
    ):
        factor *= _OTHER_KIND
    if (a.topics <= b.topics) != (b.topics <= a.topics):
        factor *= _LONE_TOPIC  # one asks about a topic more, the other about no topic of its own
    for (a_one, a_other), (b_one, b_other) in zip(a.excludes, b.excludes, strict=True):
        if (a_one and b_other and not a_other and not b_one) or (
            a_other and b_one and not a_one and not b_other
        ):
            factor *= _EXCLUDED
    return factor


def _score(a: _Profile, b: _Profile, floor: float = 0.0) -> float:
    """0-1 similarity of two profiled keys; 0 as soon as it cannot reach `floor`."""
    common = a.set & b.set
    if not common:
        return 0.0
    shared_concepts = 0.0
    content = 0.0  # what they share besides the kind of answer and words every question has
    shared_words = 0
    for t in common:
        if t[0] in "#?":
            weight = _weight(t)
            shared_concepts += weight
            if t[0] == "#" and weight >= _TELLING:
                content += weight
        else:
            shared_words += 1
    content += _WORD_WEIGHT * shared_words
    possible = min(len(a.words), len(b.words)) - shared_words  # words that may be typos
    if content + _WORD_WEIGHT * possible < _MIN_CONTENT:
        return 0.0  # "có không" and "được không" about unrelated things are not one question
    spare_a = len(a.words) - shared_words
    spare_b = len(b.words) - shared_words
    concept_extra = a.weight + b.weight - 2 * shared_concepts

    def value(fuzzy: int) -> float:
        shared = shared_concepts + _WORD_WEIGHT * (shared_words + fuzzy)
        extra = (concept_extra + min(_WORD_WEIGHT * (spare_a - fuzzy), _NOISE_CAP)
                 + min(_WORD_WEIGHT * (spare_b - fuzzy), _NOISE_CAP))
        return 2 * shared / (2 * shared + extra) if shared > 0 else 0.0

    best = value(possible)  # every leftover word a typo of another: the most it can be
    if best < floor:
        return 0.0
    factor = _factor(a, b)
    if best * factor < floor:
        return 0.0
    score = value(0) if content >= _MIN_CONTENT else 0.0
    if possible and (floor <= 0 or score * factor < floor):
        # Only now compare leftover words letter by letter (typos): they could change the answer.
        a_left = [t for t in a.words if t not in common]
        b_left = [t for t in b.words if t not in common]
        fuzzy = _fuzzy_shared(a_left, b_left)
        if fuzzy and content + _WORD_WEIGHT * fuzzy >= _MIN_CONTENT:
            score = value(fuzzy)
    return round(factor * score, 9)


def similarity(a: list[str] | tuple[str, ...], b: list[str] | tuple[str, ...]) -> float:
    """0-100: how surely two question keys ask the same thing (weighted overlap of concepts)."""
    if not a or not b:
        return 0.0
    return 100.0 * _score(_profile(tuple(a)), _profile(tuple(b)))


# ---------------------------------------------------------------------------------------------
# Open groups of a session
# ---------------------------------------------------------------------------------------------
class QuestionIndex:
    """Open question groups of one live session, found by the telling terms they share.

    A group is remembered by up to `variants` different keys (the ways it has been asked), so a
    new ask may match any earlier wording, not only the first.
    """

    def __init__(self, threshold: float = 58.0, terms_per_query: int = 4, per_term: int = 32,
                 variants: int = 6):
        self.threshold = threshold
        self.terms_per_query = terms_per_query
        self.per_term = per_term
        self.variants = variants
        self._keys: dict[Hashable, list[_Profile]] = {}
        self._by_key: dict[str, Hashable] = {}
        self._postings: dict[str, list[Hashable]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, group_id: Hashable) -> bool:
        return group_id in self._keys

    def add(self, group_id: Hashable, key: str) -> None:
        """Remember `key` as one wording of the group (a new group if it is unknown)."""
        if key in self._by_key:
            return
        variants = self._keys.setdefault(group_id, [])
        if len(variants) >= self.variants:
            return
        profile = _Profile(tuple(key.split()))
        known = {t for v in variants for t in v.set}
        variants.append(profile)
        self._by_key[key] = group_id
        for token in dict.fromkeys(profile.tokens):
            if token in known:
                continue
            known.add(token)
            self._postings.setdefault(token, []).append(group_id)

    def remove(self, group_id: Hashable) -> None:
        variants = self._keys.pop(group_id, None)
        if variants is None:
            return
        for token in dict.fromkeys(t for v in variants for t in v.tokens):
            posting = self._postings.get(token)
            if posting and group_id in posting:
                posting.remove(group_id)
        for variant in variants:
            key = " ".join(variant.tokens)
            if self._by_key.get(key) == group_id:
                del self._by_key[key]

    def rename(self, old: Hashable, new: Hashable) -> None:
        """Give a group its permanent id (groups are opened with a provisional one)."""
        variants = self._keys.get(old)
        if variants is None:
            return
        self.remove(old)
        for variant in variants:
            self.add(new, " ".join(variant.tokens))

    def candidates(self, tokens: Iterable[str]) -> list[Hashable]:
        """Groups sharing the query's most telling terms: weightiest first, then rarest."""
        postings = [
            (-_weight(t), len(p), p) for t in dict.fromkeys(tokens) if (p := self._postings.get(t))
        ]
        postings.sort(key=lambda item: item[:2])
        seen: dict[Hashable, None] = {}
        for _, _, posting in postings[: self.terms_per_query]:
            for group_id in posting[-self.per_term :]:
                seen[group_id] = None
        return list(seen)

    def match(self, key: str) -> Hashable | None:
        """The open group asking the same thing as `key`, or None."""
        if not key:
            return None
        query = _Profile(tuple(key.split()))
        if not query.telling:
            return None  # only "được không?": nothing to tell which question it is
        exact = self._by_key.get(key)
        if exact is not None:
            return exact
        best, best_score = None, self.threshold / 100.0
        for group_id in self.candidates(query.tokens):
            for variant in self._keys[group_id]:
                score = _score(query, variant, best_score)
                if score >= best_score:
                    best, best_score = group_id, score
        return best
