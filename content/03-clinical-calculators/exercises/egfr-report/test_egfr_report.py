import pytest
from solution import g_category_from_report


@pytest.mark.parametrize(
    "text, expected",
    [("90", "G1"), ("89", "G2"), ("60", "G2"), ("59", "G3a"), ("45", "G3a"), ("44", "G3b"),
     ("30", "G3b"), ("29", "G4"), ("15", "G4"), ("14", "G5")],
)
def test_each_side_of_every_category_edge(text, expected):
    assert g_category_from_report(text) == expected


def test_above_90_is_g1():
    assert g_category_from_report(">90") == "G1"


def test_ignores_blank_space_at_the_ends():
    assert g_category_from_report("  58 \n") == "G3a"
    assert g_category_from_report(" >90 ") == "G1"


def test_a_large_number_is_g1():
    assert g_category_from_report("112") == "G1"


def test_zero_is_g5():
    assert g_category_from_report("0") == "G5"


@pytest.mark.parametrize("text", ["", "   ", "58.6", "-5", "pending", "<90", "5 8", "G3a"])
def test_refuses_to_guess_at_anything_else(text):
    with pytest.raises(ValueError):
        g_category_from_report(text)


def test_refuses_underscores_even_though_int_accepts_them():
    # int("5_8") is 58 in Python, so check the text before converting it.
    with pytest.raises(ValueError):
        g_category_from_report("5_8")


def test_refuses_digits_from_other_writing_systems():
    # Full-width digits: isdigit() says yes and int() reads them as 58, but no lab writes them.
    with pytest.raises(ValueError):
        g_category_from_report("\uff15\uff18")


def test_error_message_shows_the_text_it_could_not_read():
    with pytest.raises(ValueError, match="pending"):
        g_category_from_report("pending")
