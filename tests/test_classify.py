import pytest

from livestream.classify import classify, is_question
from livestream.tech import tech_kind


@pytest.mark.parametrize(
    "text",
    [
        "Cho em hỏi đóng bn năm thì đc lương hưu ạ",
        "dong bao nhieu nam thi duoc luong huu vay chi",
        "đóng bao nhiêu tiền một tháng",
        "mấy tuổi thì đóng được",
        "đăng ký ở đâu vậy chị",
        "dang ky o dau a",
        "thủ tục như thế nào ạ",
        "khi nào thì được nhận lương hưu",
        "bhyt hgđ có được giảm không",
        "60 tuổi rồi còn tham gia được không",
        "đã có thẻ chưa ạ",
        "tại sao phải đóng đủ 15 năm",
        "cần giấy tờ gì ạ",
        "rút một lần được ko",
        "ai biết đăng ký ở bưu điện không",
        "đóng một lần cho 5 năm được không?",
    ],
)
def test_questions_are_recognised_with_or_without_diacritics_and_question_mark(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "đừng hỏi em nữa",
        "không biết bao giờ mới được nghỉ hưu đây",
        "có gì đâu mà lo",
        "máy lạnh đẹp quá",
        "chào chị ạ",
        "cảm ơn chị nhiều",
        "ai cũng phải đóng thôi",
        "làm gì có chuyện đó",
        "sao cũng được",
        "👍👍👍",
        "",
        "em đăng ký rồi",
    ],
)
def test_statements_that_look_like_questions_are_not_questions(text):
    assert not is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "không nghe tiếng gì hết",
        "tiếng nhỏ quá ad ơi",
        "bị lag quá",
        "hình bị đứng rồi",
        "mất tiếng rồi",
        "live bị giật",
        "khong xem duoc ad oi",
        "sao không nghe tiếng gì vậy",
    ],
)
def test_technical_complaints_are_flagged(text):
    assert classify(text).tech


@pytest.mark.parametrize("text", ["chị nói dễ hiểu quá", "đóng bao nhiêu năm", "hết lag rồi"])
def test_ordinary_comments_are_not_technical_complaints(text):
    assert not classify(text).tech


@pytest.mark.parametrize(
    "text",
    [
        "tư vấn giúp em với",
        "ib em với ạ",
        "inbox tư vấn cho mình nhé",
        "em muốn tham gia",
        "đăng ký cho mẹ em",
        "gọi lại cho em nhé",
        "0905123456",
    ],
)
def test_people_asking_to_be_contacted_are_leads(text):
    assert classify(text).lead


@pytest.mark.parametrize("text", ["đăng ký ở đâu vậy chị", "hay quá", "mã số bhxh 0912345678"])
def test_plain_questions_and_chatter_are_not_leads(text):
    assert not classify(text).lead


def test_each_flag_is_independent():
    facts = classify("sao không nghe tiếng gì vậy, sđt em 0905123456 tư vấn giúp em")
    assert facts.is_question and facts.tech and facts.lead
    assert facts.phones == ["+84905123456"]


# General social-media comments (phrased for these tests): questions without '?' or accents, and
# look-alikes that use the same words to exclaim, tease, wonder, report or say "whoever".
@pytest.mark.parametrize(
    "text",
    [
        "cuối tuần đi cà phê khum bà",
        "chị ơi váy này còn size M hông",
        "ủa vậy là bạn học năm 2 rồi hả",
        "nó không tan trong nước hả",
        "áo này giặt có bị ra màu hông em gái",
        "xin địa chỉ quán với ạ",
        "mọi người ơi ở đây có bán bánh này ko ạ",
        "sao không mở cửa vậy chị",
        "nhưng sao bạn không đi vậy",
        "thích không mình mua cho",
        "có được khônggggg",
        "phim này tên gì vậy mn",
        "trường đó tên gì vậy ạ để em né",
        "con xe này của anh sao rồi",
        "lỡ mai trời mưa thì sao",
        "có ngon không mà mọi người mua nhiều vậy",
        "đi ăn lẩu nữa hong nè",
        "quán này ở đâu vậy",
        "giày bata hay dép lê vậy bạn",
        "mai đi đá banh khum m",  # "m" here is "mày", the person asked
        "quán đó bán cháo hả m",
        "có thật sự là chữa lành?",
        "liệu mai quán có mở cửa?",
    ],
)
def test_social_media_questions_are_recognised(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        # exclamations and musings
        "sao đẹp quá vậy trời",
        "sao cậu học giỏi thế",
        "đọc bài này tự nhiên nhớ bạn cũ ghê",
        "mẹ nào mà tàn nhẫn vậy",
        "đúng là siêu saooo",
        "mình thích màu đen là sao ta",
        "thì ra là vậy hả",
        "đổi đời được như này luôn á hả",
        # rhetorical '?' and taunts
        "Gọi người tới đánh người ta???",
        "hiểu vì sao mình thích màu đen chưa",
        "mở mang tầm mắt chưa",
        "cãi thế éo nào được",
        "khóc lóc làm méo gì",
        # whoever / whichever, indefinite and correlative uses
        "ai làm mình vui thì mình thương",
        "đứa nào nói nhiều thì phải rửa bát",
        "hôm nào rảnh mình đi ăn nhé",
        "tụi mình ăn gì nấy",
        "lúc nào không biết đã hết tiền",
        "suốt mấy tháng trời tóc mới mọc lại",
        "chia sẻ mạnh nào",
        # wondering, reporting, statements closing on "không"
        "không biết có thật không",
        "ba mình gọi hỏi có về ăn cơm không",
        "còn mình thì không",
        "dù mệt mấy cũng không",
        "lơ lửng trên không",
        "nóng hay không không quan trọng",
        "hợp vía lắm mới được ntn nhá",
        "liệu mai có mưa",  # wondering, told to nobody
        "chuyện này có thật",
    ],
)
def test_social_media_look_alikes_are_not_questions(text):
    assert not is_question(text)


# Rules that separate asking from telling on general social media; each with questions that
# must still be recognised next to its look-alikes.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("may mà mình không đi vậy á", False),
        ("con mèo nhà mình nó sao á trời", False),
        ("tiệm đó ở đâu á", True),
        ("đã có lịch chiếu chưa á mấy chị", True),
    ],
)
def test_a_closing_a_asserts_unless_it_asks_where_or_someone_is_addressed(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("có bị hài quá không vậy", False),
        ("thấy hài ghê chưa", False),
        ("có cay lắm không", True),
        ("có đông quá không chị", True),
    ],
)
def test_exclamative_degree_before_a_closing_khong_exclaims(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("tưởng bánh mua ngoài tiệm không", False),
        ("tưởng hàng chính hãng không đó", False),
        ("bạn tưởng mình dễ bị lừa à?", True),
    ],
)
def test_a_mistaken_belief_is_told_not_asked(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("mẹ mình nấu ăn ngon không, cả nhà đều khen", False),
        ("trong mấy chuyện gia đình kiểu này thì ai cũng mệt hết được không", False),
        ("ông anh mình cứ mặc đồ hiệu đi họp lớp cho ra vẻ thành đạt không", False),
        ("có được không chị, nhà em ở xa", True),
        ("mn có nghe tiếng không, em không nghe gì hết", True),
        ("thẻ hết hạn năm ngoái giờ mới gia hạn lại thì có sao không", True),
    ],
)
def test_a_tag_told_to_nobody_mid_clause_or_after_a_long_remark_does_not_ask(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    "text",
    [
        "có gì phải lo",
        "vợ chồng thì phải chia sẻ với nhau đúng không nào",
        "bảo sao dạo này vắng",
        "hèn gì nó đi học muộn",
        "thảo nào quán nào cũng đông",
        "đó là lý do vì sao mình thích đi xa",
        "đéo hiểu kiểu gì",
        "đọc lúc nào không hay",
        "nói thế chứ ăn cái gì",
        "mình chỉ hóng khi nào có phần hai",
        "cứ đứng nhìn xem thợ sửa cái gì",
        "ai thắng không quan trọng",
        "ai không đi sẽ tiếc lắm",
        "học ba năm rồi mà chưa biết ngữ pháp là gì",
        "tên nghe quen mà không nhớ đã đọc ở đâu",
    ],
)
def test_idioms_and_embedded_interrogatives_are_not_questions(text):
    assert not is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "ai là người hát bài này",
        "xem phim này ở đâu vậy mọi người",
        "nấu món này thì làm tnao ạ",
        "mai đi chơi hông pa",
        "khi nào có phần hai vậy ad",
    ],
)
def test_questions_next_to_those_idioms_still_ask(text):
    assert is_question(text)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("lương tháng này được trăm mấy rồi", False),
        ("mấy loại này dùng chán rồi", False),
        ("mấy tuần nữa là thi rồi", False),
        ("nhà mình chẳng đi chơi mấy lần", False),
        ("mấy loại khác thì mình chưa thử", False),
        ("đóng mấy năm thì được lương hưu", True),
        ("mấy hôm nữa thì có thẻ ạ", True),
    ],
)
def test_may_means_a_few_or_odd_unless_it_asks_a_number(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("sao bạn ấy có thể kiên nhẫn đến vậy", False),
        ("tiền trong ví hết lúc nào không biết?!", False),
        ("nói mãi mà nó chẳng nghe cái đéo gì cả?", False),
        ("sao lại tắt live vậy ad", True),
        ("phí bao nhiêu?", True),
    ],
)
def test_exclamations_with_a_question_mark_or_a_why_opener_do_not_ask(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ('đừng bao giờ hỏi bạn gái "em có giận không?"', False),
        ("Mẹ said: m có dọn phòng không", False),
        ("bác bảo vệ: mày làm gì ở đây?", False),
        ('gói "hộ gia đình" đóng bao nhiêu', True),
        ("BHYT hộ gia đình: đóng bao nhiêu?", True),
        ("chị ơi: đăng ký ở đâu", True),
        ("cho em hỏi: đóng mấy năm", True),
    ],
)
def test_quoted_words_and_lines_given_to_a_speaker_are_not_the_commenters_questions(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # "mấy" after "có", "là", "được", "giảm" asks a number; "có mấy ai" and "có mấy chục" do not
        ("bhxh tn có mấy chế độ vậy ạ", True),
        ("mức hỗ trợ cho hộ nghèo là mấy % ad", True),
        ("hộ cận nghèo hỗ trợ mấy chục % ad ơi", True),
        ("có mấy ai hiểu được đâu", False),
        ("vay tiền mua đồ ăn có mấy chục thì cho vay", False),
        # "%" is a word: "bn %" is "bao nhiêu %", not "bạn"
        ("bhyt nguoi thu 3 dc giam bn %", True),
        # "mới" right after an interrogative makes it the condition asked
        ("đóng bao lâu mới lãnh lương hưu được", True),
        ("coi bao nhiêu tập rồi mới thấy góc nhìn này", False),
        # "thì ra" after a condition is "then go to"; opening a clause it is "it turns out"
        ("em ở Long An thì ra chỗ nào đăng ký ạ", True),
        ("thì ra là vậy, cảm ơn chị", False),
        # plain "the nao" reads as "thế nào" as well as "thể nào"
        ("ma bhxh tra cuu the nao vay ad", True),
        # plain "doi tuong" is "đối tượng", not "tưởng"
        ("doi tuong nao dc tham gia tn vay ad", True),
        # places after "vào", "ra"; Central "mô", "chi", "rứa"
        ("lương hưu căn cứ vào đâu để tính vậy ad", True),
        ("tham gia bhxh tn thì liên hệ chỗ mô rứa chị", True),
        ("bày đặt chi z", False),
        # "hả" after "thôi"/"luôn" asks when someone is addressed
        ("bây giờ khám bhyt chỉ cần căn cước thôi hả ad", True),
        ("ủa vậy luôn hả", False),
        # "không hay ..." offers another option; "không hay, nhưng" is "not good"
        ("luật mới còn cho rút bhxh 1 lần không hay cấm rồi", True),
        ("được đóng theo quý không chị hay phải đóng từng tháng", True),
        ("phim ko hay nhưng ném đá quá thì cũng kỳ", False),
        # "hết được" is "no longer", not "all"
        ("bao nhiêu tuổi thì hết được tham gia bhxh tự nguyện vậy", True),
        ("khi nhận hưu thì thẻ y tế ai đóng vậy ad", True),
    ],
)
def test_livestream_questions_from_a_fresh_sample(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "tech"),
    [
        ("co gioi han do tuoi tham gia ko ad", False),  # plain "do" is "độ", not "đơ"
        ("em buôn bán tự do thì có tham gia được không", False),
        ("mình bị ngắt quãng 3 năm thì có đóng truy được không", False),  # payments interrupted
        ("live bị đơ rồi ad ơi", True),
        ("sao hình cứ xoay xoay hoài vậy ad", True),
        ("có ai nghe được tiếng không vậy", True),
        ("nghe không được gì hết chị ơi", True),
        ("tieng luc co luc khong ad oi", True),
        ("chị nói to lên chút được không, nhỏ quá", True),
        ("hình bị nhòe quá", True),
        ("live cứ khựng khựng hoài", True),
        ("em bị thoát ra vào lại không được", True),
        ("sóng yếu quá live rớt mạng rồi", True),
        ("khung giờ nào đóng tiền được ạ", False),  # plain "khung" is a time slot, not "khựng"
        ("Tien Giang sap nhap voi Dong Thap roi do ban", False),  # a merger, nothing broke down
        ("giật mình khi nghe mức đóng mới", False),
        ("nhà ồn quá em nghe không kịp", False),  # noise at home, not the stream
        ("ko nghe rõ chị nói gì hết", True),  # "nghe rõ" denied is still a complaint
        ("2 phút rồi mà chưa thấy hình", True),
        ("nó cứ tự hạ xuống 240p mờ tịt", True),
        ("bị đá ra khỏi live 2 lần rồi", True),
        ("live sap roi ad oi", True),
        ("sắp tới có tăng mức đóng không", False),  # plain "sap" is mostly "sắp", not "sập"
        ("hồ sơ em bị treo mấy tháng chưa giải quyết", False),
        ("không vào được VssID", False),  # the app, not the stream
        ("não em lag rồi, nhiều con số quá", False),
        ("âm thanh rõ quá", False),
        ("thẻ hết hạn 1 tháng mới mua lại có bị gián đoạn không", False),  # coverage, not video
        ("tiếng bị ngắt quãng, nghe câu được câu mất", True),
    ],
)
def test_technical_complaints_are_told_from_look_alikes(text, tech):
    assert classify(text).tech is tech


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # "nhỉ" after an interrogative asks, musing; after a yes/no it only muses
        ("vậy cuối cùng thoát ra bằng cách nào nhỉ", True),
        ("thế để hình nền như vậy thì sao nhỉ", True),
        ("không biết có đẹp không nhỉ", False),
        ("đẹp nhỉ", False),
        # chat spellings: "bao g" is "bao giờ", "chổ" is "chỗ", "iem"/"cị"/"cưn" are people
        ("bao g mới có tập mới vậy ạ", True),
        ("chị đau chổ nào nè", True),
        ("đi ăn tối khum cưn", True),
        ("bên đó cúp điện kh iem", True),
    ],
)
def test_social_media_chat_spellings_and_musing_questions(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("em muốn đăng ký bhxh tự nguyện thì làm thế nào ạ", True),  # wants to join
        ("em đăng ký rồi nhé chị", False),  # joined already
        ("mình đã tham gia từ năm ngoái", False),
        ("em để lại số rồi mà chưa thấy ai gọi ạ", True),  # still waiting for the call
    ],
)
def test_someone_who_has_joined_already_is_no_lead(text, lead):
    assert classify(text).lead is lead


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # plain "nhieu" after an amount verb and before a question tail asks an amount
        ("bhyt ho gia dinh 1 nam het nhieu tien da chi", True),
        ("nha nuoc ho tro nhieu ad", True),
        ("cam on chi nhieu", False),
        ("dong bao nhieu nam thi duoc luong huu vay chi", True),  # "bao nhieu" as before
        # "à" before someone addressed asks, like "hả"
        ("trong sổ hộ khẩu có 6 người thì phải mua đủ 6 người à chị", True),
        # "cho hỏi" says it is a question, whatever closes it
        ("cho hoi nguoi tham gia sau 1/7/2025 thi con rut 1 lan duoc khong hay bi cam luon", True),
        # asking to hear an answer again
        ("chi noi lai muc dong thap nhat giup em voi", True),
        ("chị nhắc lại mức đóng thấp nhất với ạ", True),
        ("nói lại lần nữa thì cũng vậy thôi", False),
        # "gì để", "tại đâu"
        ("can nhung giay to gi de dang ky vay ad", True),
        ("dong tai dau z mn", True),
    ],
)
def test_livestream_questions_from_later_samples(text, asks):
    assert is_question(text) is asks


@pytest.mark.parametrize(
    "text",
    [
        # sound: none, quiet, echoing, distorted, cut off, out of step; asked about in chat or regional words
        "tiếng??",
        "sao im re vậy",
        "chị đang nói thì bị cắt mất",
        "tieng dau roi ad",
        "tiếng mô rồi ad",
        "sao im ru vậy",
        "im re luôn",
        "mn có nghe được không",
        "nói bị cụt",
        "nghe nhỏ quá",
        "nghe bé quá",
        "nghe ù ù",
        "nghe vang vang",
        "âm bị méo",
        "tiếng lè rè",
        "chị nói lớn chút",
        "miệng với tiếng lệch nhau",
        "tiếng trễ hơn hình",
        "hình chạy trước tiếng",
        "tiếng không có",
        "chả nghe gì",
        "tiếng như bị nghẹt",
        "nghe câu được câu mất",
        "tiếng đứt đoạn",
        "hú quá chị ơi",
        "tiếng đâu rồi mọi người",
        "không nghe được phần đầu do mạng yếu",
        "em không nghe kịp vì bị giật",
        "tieng",
        "chị ơi bật tiếng lên",
        "mở tiếng lên chị ơi",
        "tiếng xè xè",
        "tiếng chị nhỏ hơn nhạc nền",
        "nhạc nền to quá",
        "chị ơi mic",
        "mình em bị mất tiếng hả",
        "ko nghe gi het",
        "hok nghe gì hết trơn",
        "hem có tiếng",
        "răng không nghe chi hết rứa",
        "có tiếng không có hình",
        "mic nhỏ quá",
        "ad chỉnh lại âm thanh đi",
        "mn có ai bị giống em không, không nghe gì",
        "có ai bị mất tiếng như em không",
        "đang nói thì mất tiếng",
        "tiếng bị cụt",
        "tiếng bé tí",
        "tiếng bị dội",
        "tiếng rè rè khó nghe",
        "tiếng ồn quá không nghe được chị nói",
        "chị nói to lên xíu",
        "tiếng với hình không khớp nhau",
        "tieng nho qua ad oi",
        "sao khong co tieng vay",
        "âm thanh nhỏ quá",
        "tiếng lúc to lúc nhỏ",
        "nghe không rõ chữ nào",
        "tiếng bị mất lúc đầu",
        "tiếng hú quá",
        "âm thanh bị hú",
        "mic",
        # picture: none, dark, blurred, upside down, the camera pointing wrong; slides and the shared screen
        "hình đâu ad",
        "ad chỉnh lại cam",
        "chữ nhỏ quá không đọc được",
        "không thấy màn hình chị chia sẻ",
        "hinh dau",
        "hình mô rồi",
        "không thấy chi hết",
        "đen xì",
        "ad chỉnh cam lại",
        "cam lệch rồi chị",
        "chỉ thấy nửa mặt chị",
        "không thấy mặt chị",
        "quay xuống đất kìa",
        "hình lộn ngược",
        "chữ nhỏ quá nhìn không rõ",
        "slide không đọc được",
        "không đọc được chữ trên màn hình",
        "phóng to slide lên ad",
        "không thấy slide",
        "ad chia sẻ màn hình chưa lên",
        "màn hình chia sẻ bị đen",
        "hình nhoè quá",
        "hình không nét",
        "hình không có",
        "chả thấy gì",
        "chẳng thấy gì",
        "hình ad ơi",
        "hinh dau ad oi",
        "không thấy chữ",
        "nhìn không ra chữ gì",
        "slide chữ nhỏ quá",
        "hình tối quá",
        "hình tối thui",
        "ad quay cam lại đi",
        "ko thấy j hết",
        "màn hình đen sì",
        "chỉ nghe tiếng mà không thấy hình",
        "hình bị ngược",
        "chữ mờ quá",
        "chị share màn hình đi không thấy gì",
        "hình bị vỡ",
        "hình bị rỗ",
        "hình mờ mờ",
        "khong thay hinh",
        "k thấy gì hết",
        "ad để slide to ra chút",
        # stalling, spinning, loading
        "live quay vòng hoài",
        "fb cứ quay vòng",
        "youtube cứ quay quay",
        "lác quá",
        "cứ loading",
        "sao cứ quay tròn vậy",
        "video không tải được",
        "không tải được video",
        "chỉ mình em bị lag à",
        "load mãi không lên",
        "đứng im luôn",
        "live bị đứng",
        "cứ khựng khựng",
        "giật lag",
        "lag muốn xỉu",
        "lag quá xem không nổi",
        "bị xoay hoài",
        "đang tải hoài",
        "bi lag qua",
        "tìm không thấy live",
        # dropping out, ending by itself, errors, not getting in
        "không vào xem được",
        "không vô được live",
        "vô hông được",
        "vô không được ad ơi",
        "sao hết live rồi",
        "live đâu mất rồi",
        "live lỗi rồi",
        "video bị lỗi",
        "vào lại không được",
        "hổng vô được",
        "livestream bị đứt",
        "sao tắt ngang vậy",
        "đang xem tự nhiên thoát ra",
        "sao live không chạy",
        "live không lên",
        "bị thoát ra hoài",
        "tiktok bị văng ra hoài",
        "ứng dụng tự thoát",
        "vào live cứ báo lỗi",
        "bị out ra hoài",
        "live bị tắt rồi hả",
        "mất live rồi ad ơi",
        "báo lỗi phát lại",
        "mạng chập chờn",
        "mất kết nối rồi",
        "khong vao duoc live",
        "đang nghe tự nhiên tắt",
    ],
)
def test_technical_complaints_in_chat_spellings_regional_words_and_questions(text):
    assert classify(text).tech


# Not complaints about the stream. A viewer's own hearing or eyes ("tai bà em nghe kém") is not
# the stream's sound: nothing a moderator can fix, so it is not flagged.
@pytest.mark.parametrize(
    "text",
    [
        # the stream fixed or praised; the viewer away, late or busy
        "mic xịn quá",
        "tai bà em nghe không rõ",
        "hết đứng hình rồi",
        "em bận không xem được hết",
        "hôm qua em không xem được live",
        "bà em tai nghe không rõ",
        "cổng dịch vụ công bị treo",
        "nghe rõ rồi ạ",
        "nghe rõ lắm chị",
        "hết giật rồi",
        "đã có tiếng rồi",
        "có hình rồi",
        "tiếng rõ rồi",
        "âm thanh rõ ràng",
        "chị có giọng ấm quá",
        "camera nét quá",
        "xem mượt lắm",
        "mắt kém nhìn không rõ",
        "đóng trễ có sao không",
        "em tắt điện thoại rồi",
        "bố em mất rồi",
        "nghe chị nói hay quá",
        "em nghe rồi nhưng chưa hiểu",
        "em mới vào",
        "xem lại ở đâu vậy chị",
        "hay quá chị ơi",
        "em nghe hết rồi",
        "chị nói to rõ dễ nghe quá",
        "live đã kết thúc cảm ơn chị",
        "em thử lại vssid rồi mà không được",
        "nghe chị nói em hiểu rồi",
        "em nghe rõ lắm",
        "giờ có tiếng rồi",
        "vào được rồi nha",
        "ổn rồi chị ơi",
        # the viewer's own head, ears or eyes; people at home
        "đầu em lag quá",
        "em lag quá chưa hiểu",
        "nghe xong đứng hình luôn",
        "em không nghe chồng đâu",
        "em đơ luôn",
        "người em đứng hình",
        "em lag quá hỏi lại cái",
        "nghe xong em đứng hình",
        "em nói hoài mà bà không nghe",
        "nói mãi không nghe",
        "nghe mà giật mình",
        "nghe nói năm sau tăng",
        "chị nói dễ nghe",
        "mẹ em bị điếc",
        "đi khám mắt có được bhyt không",
        "nói chậm lại cho em ghi",
        "nói lại giúp em",
        "đơ người luôn",
        "lác đác vài người",
        # the card, papers, app, sites and payments
        "chữ trên thẻ bị mờ",
        "in thẻ bị mờ",
        "app bhxh bị văng ra",
        "web bhxh bị sập",
        "mất sóng điện thoại ở quê không đóng được",
        "nhà sập do bão có được hỗ trợ",
        "chữ ký trên tờ khai bị mờ",
        "chụp căn cước bị mờ",
        "bị dừng hưởng trợ cấp",
        "em bị mất thẻ",
        "mất giấy tờ",
        "app vssid không vào được",
        "dịch vụ công không vào được",
        "đóng bị gián đoạn 3 năm",
        "đóng ngắt quãng 2 năm",
        "hồ sơ chậm quá",
        "trả lương hưu chậm",
        "đóng tiền bị chậm",
        "link đăng ký ở đâu",
        "đóng đủ 20 năm",
        "chị chụp màn hình giúp em",
        "ảnh thẻ cần mấy tấm",
        "thẻ bị mờ chữ",
        "tải app về ở đâu",
        "tải mẫu tờ khai ở đâu",
        "không tải được tờ khai",
        "tiền đóng vô không được",
        "hình ảnh",
        # other senses of the same words
        "giá vàng sập",
        "nhà sập",
        "cầu sập",
        "bị rung giật cơ",
        "ai giật mất điện thoại của em",
        "mic này mua ở đâu vậy",
        "sập bẫy đa cấp",
        "thị trường sập",
        "giật mình luôn",
        "bệnh viện đông quá chờ lâu",
        "đi khám bị từ chối",
        "nhà em mất điện",
        "mất sức lao động",
        "điện thoại em hư",
        "em xem trên tivi",
        "loa phường thông báo",
        "anh em cùng xem",
        "hình thức tham gia",
        "bhyt không thấy chi trả gì",
        "phơi nắng da đen sì",
        "liệt nửa mặt có được bhyt không",
        "hình thức nào ạ",
        "em không biết phải làm sao",
    ],
)
def test_look_alikes_of_technical_complaints_are_not_flagged(text):
    assert not classify(text).tech


@pytest.mark.parametrize(
    ("text", "tech"),
    [
        # a look-alike said of a device, or asked about, is a complaint again
        ("máy em lag quá", True),
        ("điện thoại em đơ luôn rồi", True),
        ("mn có nghe rõ không", True),
        ("mn xem có mượt ko hay giật như em", True),
        ("hết lag không còn giật nữa", False),
        ("chưa hết bị lag", True),
        # a problem given as the cause is a complaint, whatever else is said
        ("không nghe được phần hỏi đáp do mất tiếng", True),
        ("em vào muộn không nghe phần đầu", False),
        # payments broken off, in any of the words for it
        ("đóng bị đứt quãng 2 năm có sao không", False),
        ("tiếng bị đứt quãng", True),
    ],
)
def test_look_alikes_about_a_device_asked_about_or_given_as_a_cause(text, tech):
    assert classify(text).tech is tech


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sao im re vậy", "sound"),
        ("chị nói to lên xíu", "sound"),
        ("chữ nhỏ quá không đọc được", "picture"),
        ("ko thấy j hết", "picture"),
        ("lác quá", "lag"),
        ("fb cứ quay vòng", "lag"),
        ("cứ khựng khựng", "lag"),
        ("mạng chập chờn", "lag"),
        ("bị thoát ra hoài", "drop"),
        ("chị đang nói bị ngắt giữa chừng", "drop"),
    ],
)
def test_new_wordings_are_sorted_into_a_kind(text, kind):
    assert tech_kind(text) == kind
