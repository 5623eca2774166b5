from solution import read_whole_number


def test_reads_a_whole_number():
    assert read_whole_number("18") == 18


def test_returns_an_int_not_text():
    """returns an int, not text"""
    assert isinstance(read_whole_number("82"), int)


def test_allows_blank_space_at_either_end():
    assert read_whole_number("  82 \n") == 82


def test_zero_is_a_number_not_missing():
    """'0' gives 0, not None"""
    assert read_whole_number("0") == 0
    assert read_whole_number("0") is not None


def test_a_decimal_is_not_a_whole_number():
    """'18.5' gives None: it is not cut down to 18"""
    assert read_whole_number("18.5") is None


def test_a_word_is_not_a_number():
    assert read_whole_number("eighteen") is None


def test_an_empty_box_is_not_a_number():
    assert read_whole_number("") is None


def test_a_number_with_a_unit_is_not_a_whole_number():
    assert read_whole_number("82 bpm") is None
