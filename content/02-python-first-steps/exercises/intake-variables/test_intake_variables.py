from solution import iv_ml, oral_ml, total_intake_ml


def test_oral_intake_is_350_ml():
    """oral intake is 350 mL"""
    assert oral_ml == 350


def test_iv_intake_is_1000_ml():
    """IV intake is 1000 mL"""
    assert iv_ml == 1000


def test_total_is_a_number_not_text():
    """total is a number, not text in quotation marks"""
    assert not isinstance(total_intake_ml, str), "total_intake_ml is text: remove the quotation marks"


def test_total_intake_is_1350_ml():
    """total intake is 1350 mL"""
    assert total_intake_ml == 1350


def test_total_is_the_sum_of_the_two_variables():
    assert total_intake_ml == oral_ml + iv_ml
