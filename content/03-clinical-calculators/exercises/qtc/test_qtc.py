import pytest
from solution import qtc_bazett, qtc_fridericia


def test_bazett_at_heart_rate_60_leaves_qt_unchanged():
    assert qtc_bazett(400, 60) == pytest.approx(400)


def test_fridericia_at_heart_rate_60_leaves_qt_unchanged():
    assert qtc_fridericia(440, 60) == pytest.approx(440)


def test_bazett_at_heart_rate_75():
    assert qtc_bazett(400, 75) == pytest.approx(447.21, abs=0.01)


def test_fridericia_at_heart_rate_75():
    assert qtc_fridericia(400, 75) == pytest.approx(430.89, abs=0.01)


def test_bazett_at_heart_rate_100():
    assert qtc_bazett(400, 100) == pytest.approx(516.40, abs=0.01)


def test_fridericia_at_heart_rate_100_uses_exactly_one_third():
    # Rounding the power to 0.333 gives 474.17 instead.
    assert qtc_fridericia(400, 100) == pytest.approx(474.25, abs=0.01)


def test_bazett_corrects_more_than_fridericia_at_a_fast_rate():
    """At 120 beats a minute Bazett gives 565.7 ms and Fridericia 504.0 ms."""
    assert qtc_bazett(400, 120) == pytest.approx(565.69, abs=0.01)
    assert qtc_fridericia(400, 120) == pytest.approx(503.97, abs=0.01)


def test_slow_rate_lowers_the_qtc():
    assert qtc_bazett(400, 50) == pytest.approx(365.15, abs=0.01)
    assert qtc_fridericia(400, 50) == pytest.approx(376.41, abs=0.01)


@pytest.mark.parametrize("heart_rate", [0, -60])
def test_bazett_rejects_heart_rate_of_zero_or_less(heart_rate):
    with pytest.raises(ValueError):
        qtc_bazett(400, heart_rate)


@pytest.mark.parametrize("heart_rate", [0, -60])
def test_fridericia_rejects_heart_rate_of_zero_or_less(heart_rate):
    with pytest.raises(ValueError):
        qtc_fridericia(400, heart_rate)


def test_bazett_rejects_qt_of_zero():
    with pytest.raises(ValueError):
        qtc_bazett(0, 70)


def test_fridericia_rejects_qt_of_zero():
    with pytest.raises(ValueError):
        qtc_fridericia(0, 70)
