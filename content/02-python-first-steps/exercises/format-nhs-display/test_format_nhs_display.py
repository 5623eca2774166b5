import pytest

from solution import format_nhs_number


def test_groups_ten_digits_3_3_4():
    """groups 10 digits as 3, 3 and 4"""
    assert format_nhs_number("9998765439") == "999 876 5439"


def test_another_number():
    assert format_nhs_number("9990001111") == "999 000 1111"


def test_leaves_a_number_already_in_display_form_alone():
    assert format_nhs_number("999 246 8106") == "999 246 8106"


def test_ignores_blank_space_at_either_end():
    assert format_nhs_number("  9991357912\n") == "999 135 7912"


def test_ignores_hyphens():
    assert format_nhs_number("999-876-5439") == "999 876 5439"


def test_ignores_spaces_in_odd_places():
    assert format_nhs_number("99 98 76 54 39") == "999 876 5439"


def test_returns_text_not_a_number():
    assert isinstance(format_nhs_number("9998765439"), str)


def test_rejects_nine_digits():
    with pytest.raises(ValueError):
        format_nhs_number("999876543")


def test_rejects_eleven_digits():
    with pytest.raises(ValueError):
        format_nhs_number("99987654390")


def test_rejects_a_letter_o_typed_for_a_zero():
    """rejects a letter O typed for a zero"""
    with pytest.raises(ValueError):
        format_nhs_number("999 O00 1111")


def test_rejects_an_empty_string():
    with pytest.raises(ValueError):
        format_nhs_number("")
