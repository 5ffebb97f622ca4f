"""Call scripts and message templates: the right words for the person, never a blank."""

import pytest
from jinja2.exceptions import SecurityError

import scripts_templates as st

ORGANISATION = {"name": "BHXH huyện Cao Lãnh", "hotline": "0277 3851 234"}


def call_context(**person) -> dict:
    base = {"name": "Nguyễn Thị Lan", "province": "Đồng Tháp", "interests": ["bhxh_voluntary"], "tier": "hot"}
    return {"person": {**base, **person}, "questions": ["đóng bao nhiêu năm thì được lương hưu vậy chị"],
            "agent": {"name": "Minh"}, "organisation": {"name": ORGANISATION["name"]}}


def message_context(**person) -> dict:
    return {"person": {"name": "Trần Văn Hùng", **person}, "organisation": dict(ORGANISATION),
            "agent": {"name": "Minh"}, "product": "BHYT hộ gia đình", "callback_at": "09:00 ngày 25/11"}


def test_call_script_greets_the_person_by_given_name_and_repeats_their_question():
    script = st.call_script(call_context())
    assert "Em chào anh/chị Lan, em là Minh gọi từ BHXH huyện Cao Lãnh" in script
    assert '"đóng bao nhiêu năm thì được lương hưu vậy chị"' in script
    assert "BHXH tự nguyện" in script and "15 năm" in script
    assert "330.000 đồng/tháng" in script  # 22% of the 1.5 million minimum income


def test_farmers_hear_about_paying_after_the_harvest():
    farmer = st.call_script(call_context(segment={"occupation": "farmer"}))
    trader = st.call_script(call_context(segment={"occupation": "trader"}))
    assert "sau vụ thu hoạch" in farmer and "sau vụ thu hoạch" not in trader
    assert "Buôn bán tự do" in trader


def test_people_near_retirement_are_addressed_as_co_chu_and_asked_their_years_paid():
    script = st.call_script(call_context(segment={"age_group": "60_plus"}))
    assert "Em chào cô/chú Lan" in script and "anh/chị" not in script
    assert "đã đóng BHXH được bao nhiêu năm" in script  # from the 55-59 variant it builds on
    assert "trợ cấp hưu trí xã hội" in script


def test_occupation_variant_wins_over_age_variant():
    assert st.choose_template("call", "bhxh_voluntary", {"age_group": "55_59", "occupation": "farmer"}) \
        == "call/bhxh_voluntary.occupation-farmer"
    assert st.choose_template("call", "bhxh_voluntary", {"occupation": "astronaut"}) == "call/bhxh_voluntary"


def test_household_script_prices_the_whole_household():
    script = st.call_script(call_context(interests=["bhyt_household"], segment={"household_size": 4}))
    assert "người thứ nhất 1.263.600 đồng" in script
    # 100% + 70% + 60% + 50% of 4.5% of 2,340,000 for twelve months
    assert "Nhà anh/chị có 4 người" in script and "3.538.080 đồng một năm" in script
    assert st.bhyt_household_fee(6) == round(1_263_600 * (1 + .7 + .6 + .5 + .4 + .4))


def test_a_lead_without_a_product_gets_the_script_that_asks_which_one():
    script = st.call_script(call_context(interests=[]))
    assert "quan tâm loại nào hơn" in script


def test_a_missing_variable_is_an_error_naming_the_variable_and_the_template():
    context = message_context()
    del context["organisation"]["hotline"]
    with pytest.raises(st.MissingVariable) as caught:
        st.render("sms/unreachable", context)
    assert caught.value.variable == "organisation.hotline" and caught.value.template == "sms/unreachable"
    assert "organisation.hotline" in str(caught.value) and "sms/unreachable" in str(caught.value)
    with pytest.raises(st.MissingVariable, match="'agent'"):
        st.call_script({k: v for k, v in call_context().items() if k != "agent"})


@pytest.mark.parametrize("name", ["../run", "sms/../../run", "/etc/passwd", "sms/followup.j2", "call/_layout",
                                  "secret/followup", "sms/followup/../../x", "", "sms\\followup"])
def test_template_names_cannot_reach_outside_the_template_folder(name):
    with pytest.raises(st.UnknownTemplate):
        st.render(name, message_context())


def test_unknown_template_is_a_clear_error():
    with pytest.raises(st.UnknownTemplate, match="no template 'sms/birthday'"):
        st.render("sms/birthday", message_context())


def test_templates_run_in_a_sandbox():
    with pytest.raises(SecurityError):
        st.environment().from_string("{{ x.__class__.__mro__[1].__subclasses__() }}").render(x=1)


@pytest.mark.parametrize("name", [n for n in st.template_names() if not n.startswith("call/")])
def test_every_message_template_renders_a_complete_text(name):
    text = st.render(name, message_context(segment={"age_group": "30_44"}))
    assert "BHXH huyện Cao Lãnh" in text and "Hùng" in text
    assert "{" not in text and "None" not in text and "  " not in text
    if name.startswith("sms/"):
        assert len(text) <= 3 * 67, f"{name} takes more than three Unicode SMS parts"
        assert text.endswith("trả lời TC")  # how to refuse more messages, as Decree 91/2020 asks
    if name.startswith("email/"):
        subject, blank, _ = text.split("\n", 2)
        assert subject and not blank


@pytest.mark.parametrize("kind", ["sms", "zalo", "email"])
def test_each_channel_has_the_four_messages(kind):
    names = set(st.template_names(kind))
    assert {f"{kind}/{m}" for m in ("followup", "unreachable", "callback_reminder", "survey")} <= names


def test_money_is_written_the_vietnamese_way():
    assert st.vnd(1263600) == "1.263.600 đồng"
    assert st.address({"name": ""}) == "anh/chị"
