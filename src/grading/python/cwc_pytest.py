"""A small stand-in for pytest, so tests written for real pytest run unchanged in the browser.

It provides approx, raises, fail, param, fixture and mark.parametrize (other marks are accepted and ignored).
The harness runs this file afresh for every request, once for the tests and once for anything the learner imports,
so changing `pytest.approx` from the learner's code cannot reach the copy the tests use.
"""
import math
import re
from decimal import Decimal
from fractions import Fraction

__all__ = ["approx", "raises", "fail", "param", "fixture", "mark"]

_DEFAULT_REL = 1e-6
_DEFAULT_ABS = 1e-12


class Failed(AssertionError):
    """What pytest.fail() and a failed pytest.raises() raise: counts as a failed test, not a crash."""


def fail(reason="", pytrace=True):
    raise Failed(reason)


def _is_number(value):
    return isinstance(value, (int, float, Decimal, Fraction)) and not isinstance(value, bool)


def _tolerance_text(tolerance):
    """A tolerance as a plain decimal with two significant figures (0.000023, not 2.3e-05)."""
    if tolerance == 0:
        return "0"
    if tolerance < 1e-9:
        return f"{tolerance:.1e}"
    digits = max(0, 1 - math.floor(math.log10(tolerance)))
    text = f"{tolerance:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _show(value):
    try:
        text = re.sub(r" at 0x[0-9a-fA-F]+", "", repr(value))
    except Exception:
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= 200 else text[:190] + " ... " + text[-5:]


class ApproxBase:
    """`expected` give or take a tolerance: a number, or a list, tuple or dict of numbers."""

    def __init__(self, expected, rel=None, abs=None, nan_ok=False):
        for label, value in (("rel", rel), ("abs", abs)):
            if value is not None and (not _is_number(value) or value < 0):
                raise ValueError(f"approx: {label} must be a number of zero or more, got {value!r}")
        self.expected, self.rel, self.abs, self.nan_ok = expected, rel, abs, nan_ok

    __hash__ = None

    def __eq__(self, actual):
        return self.mismatch(actual) is None

    def __ne__(self, actual):
        return not self.__eq__(actual)

    def __repr__(self):
        return f"approx({self._text(self.expected)})"

    def tolerance(self, expected):
        absolute = _DEFAULT_ABS if self.abs is None else float(self.abs)
        if self.rel is None and self.abs is not None:
            return absolute
        relative = (_DEFAULT_REL if self.rel is None else float(self.rel)) * builtin_abs(float(expected))
        return max(relative, absolute)

    def _text(self, expected):
        if _is_number(expected) and math.isfinite(float(expected)):
            return f"{_show(expected)} ± {_tolerance_text(self.tolerance(expected))}"
        if isinstance(expected, dict):
            return "{" + ", ".join(f"{_show(k)}: {self._text(v)}" for k, v in expected.items()) + "}"
        if isinstance(expected, (list, tuple)):
            return "[" + ", ".join(self._text(v) for v in expected) + "]"
        return _show(expected)

    def _scalar_ok(self, actual, expected):
        if not _is_number(expected):
            return type(actual) is type(expected) and actual == expected
        if not _is_number(actual):
            return False
        want, got = float(expected), float(actual)
        if math.isnan(want):
            return self.nan_ok and math.isnan(got)
        if math.isinf(want) or math.isinf(got):
            return want == got
        return builtin_abs(got - want) <= self.tolerance(want)

    def mismatch(self, actual):
        """None when `actual` matches; otherwise a sentence such as "expected 22.9 ± 0.1, got 2290.0"."""
        expected = self.expected
        if isinstance(expected, dict):
            return self._dict_mismatch(actual, expected)
        if isinstance(expected, (list, tuple)):
            return self._sequence_mismatch(actual, expected)
        if self._scalar_ok(actual, expected):
            return None
        note = "" if _is_number(actual) or actual is None or not _is_number(expected) else \
            f" ({'an' if type(actual).__name__[:1] in 'aeiou' else 'a'} {type(actual).__name__}, not a number)"
        return f"expected {self._text(expected)}, got {_show(actual)}{note}"

    def _sequence_mismatch(self, actual, expected):
        if not isinstance(actual, (list, tuple)):
            return f"expected a list like {_show(list(expected))}, got {_show(actual)}"
        if len(actual) != len(expected):
            return f"expected {len(expected)} items, got {len(actual)}: {_show(actual)}"
        for index, (got, want) in enumerate(zip(actual, expected)):
            if not self._scalar_ok(got, want):
                return f"item {index}: expected {self._text(want)}, got {_show(got)} (in {_show(actual)})"
        return None

    def _dict_mismatch(self, actual, expected):
        if not isinstance(actual, dict):
            return f"expected a dictionary like {_show(expected)}, got {_show(actual)}"
        if set(actual) != set(expected):
            return f"expected the keys {sorted(map(str, expected))}, got {sorted(map(str, actual))}"
        for key, want in expected.items():
            if not self._scalar_ok(actual[key], want):
                return f"key {_show(key)}: expected {self._text(want)}, got {_show(actual[key])}"
        return None


builtin_abs = abs


def approx(expected, rel=None, abs=None, nan_ok=False):
    return ApproxBase(expected, rel=rel, abs=abs, nan_ok=nan_ok)


class ExceptionInfo:
    """What `with pytest.raises(...) as info` gives: info.value is the exception."""

    def __init__(self):
        self.value = self.type = self.tb = None

    def match(self, pattern):
        if not re.search(pattern, str(self.value)):
            raise Failed(f"expected the error message to match {pattern!r}, got {str(self.value)!r}")
        return True


def _names(expected):
    kinds = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(kind.__name__ for kind in kinds)


class RaisesContext:
    def __init__(self, expected, match=None):
        self.expected, self.match, self.info = expected, match, ExceptionInfo()

    def __enter__(self):
        return self.info

    def __exit__(self, kind, value, tb):
        if kind is None:
            raise Failed(f"expected {_names(self.expected)} to be raised, but no error was raised")
        if not issubclass(kind, self.expected):
            if not issubclass(kind, Exception):
                return False  # exit(), Ctrl-C: not ours to judge
            failed = Failed(f"expected {_names(self.expected)} to be raised, but got {kind.__name__}: {value}")
            failed.cwc_original = value
            raise failed from value
        self.info.value, self.info.type, self.info.tb = value, kind, tb
        if self.match is not None:
            self.info.match(self.match)
        return True


def raises(expected, *args, match=None, **kwargs):
    context = RaisesContext(expected, match)
    if not args:
        return context
    with context:
        args[0](*args[1:], **kwargs)
    return context.info


class ParameterSet:
    def __init__(self, values, id=None):
        self.values, self.id = values, id


def param(*values, id=None, marks=()):
    return ParameterSet(values, id)


def fixture(function=None, *, scope="function", params=None, autouse=False, name=None):
    def register(fn):
        fn.cwc_fixture = name or fn.__name__
        fn.cwc_autouse = autouse
        return fn

    return register(function) if callable(function) else register


def _parametrize(argnames, argvalues, ids=None, **ignored):
    names = [n.strip() for n in argnames.split(",") if n.strip()] if isinstance(argnames, str) else list(argnames)

    def decorate(fn):
        if getattr(fn, "cwc_parametrize", None) is not None:
            raise TypeError("Only one @pytest.mark.parametrize per test works in the browser; combine the cases.")
        fn.cwc_parametrize = (names, list(argvalues), ids)
        return fn

    return decorate


class _Mark:
    """@pytest.mark.anything: parametrize works; other marks are accepted and change nothing."""

    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and callable(args[0]) and not kwargs:
            return args[0]
        return self


class _Marks:
    parametrize = staticmethod(_parametrize)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Mark(name)


mark = _Marks()
