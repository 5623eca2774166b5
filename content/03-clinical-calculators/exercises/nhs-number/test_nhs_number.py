import pytest
from solution import format_nhs_number, is_valid_nhs_number


def test_accepts_published_example_as_ten_digits():
    assert is_valid_nhs_number("9434765919") is True


def test_accepts_published_example_grouped_with_spaces():
    assert is_valid_nhs_number("943 476 5919") is True


def test_accepts_published_example_grouped_with_hyphens():
    assert is_valid_nhs_number("943-476-5919") is True


def test_accepts_nhs_england_sandbox_number():
    assert is_valid_nhs_number("9000000009") is True


def test_accepts_uk_core_example():
    assert is_valid_nhs_number("9912003888") is True


def test_accepts_synthetic_number_whose_check_digit_is_0():
    assert is_valid_nhs_number("9992222220") is True


def test_ignores_spaces_at_the_start_and_end():
    assert is_valid_nhs_number("  943 476 5919 ") is True


def test_rejects_widely_quoted_987_654_4321():
    """987 654 4321 is often quoted as an example, but its check digit is wrong."""
    assert is_valid_nhs_number("987 654 4321") is False


def test_rejects_uk_core_ci_build_examples_that_fail_the_checksum():
    assert is_valid_nhs_number("4123456879") is False
    assert is_valid_nhs_number("9912003814") is False


def test_rejects_a_single_mistyped_digit():
    assert is_valid_nhs_number("9990123455") is False


def test_rejects_two_neighbouring_digits_swapped():
    assert is_valid_nhs_number("9990213454") is False


def test_rejects_every_number_whose_check_digit_would_be_10():
    for last in range(10):
        assert is_valid_nhs_number(f"999123456{last}") is False, f"999123456{last} can never be issued"


def test_all_zeros_passes_the_format_and_checksum_check():
    """0000000000 is not a real number, but this check leaves range rules out (see the lesson)."""
    assert is_valid_nhs_number("0000000000") is True


def test_rejects_nine_digits():
    assert is_valid_nhs_number("943476591") is False


def test_rejects_eleven_digits():
    assert is_valid_nhs_number("94347659190") is False


def test_rejects_a_letter():
    assert is_valid_nhs_number("943476591X") is False


def test_rejects_other_groupings():
    assert is_valid_nhs_number("9434 765 919") is False
    assert is_valid_nhs_number("943 4765919") is False
    assert is_valid_nhs_number("943  476  5919") is False


def test_rejects_mixed_separators():
    assert is_valid_nhs_number("943-476 5919") is False


def test_rejects_digits_from_other_writing_systems():
    # Full-width digits, as some keyboards type them: isdigit() says yes, but they are not plain digits.
    assert is_valid_nhs_number("\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19") is False


def test_empty_text_is_false():
    assert is_valid_nhs_number("") is False


def test_none_is_false_not_an_error():
    assert is_valid_nhs_number(None) is False


def test_a_number_instead_of_text_is_false_not_an_error():
    assert is_valid_nhs_number(9434765919) is False


def test_formats_ten_digits_as_3_3_4():
    """Formats ten digits as 3-3-4"""
    assert format_nhs_number("9434765919") == "943 476 5919"


def test_formats_hyphenated_number_with_spaces():
    assert format_nhs_number("943-476-5919") == "943 476 5919"


def test_formatting_an_already_formatted_number_keeps_it():
    assert format_nhs_number(" 900 000 0009 ") == "900 000 0009"


def test_formatting_an_invalid_number_raises_value_error():
    with pytest.raises(ValueError):
        format_nhs_number("9876544321")


def test_formatting_none_raises_value_error():
    with pytest.raises(ValueError):
        format_nhs_number(None)
