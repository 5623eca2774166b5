"""pytest fixtures, function scope only: enough for a tutor to share a sample patient between tests.

A test's parameters are filled from fixtures defined in the test file (`@pytest.fixture`), which may use other
fixtures; a fixture that `yield`s its value is finished after the test. Parametrized arguments come first.
"""
import inspect
from types import CoroutineType, FunctionType, GeneratorType, MethodType

_EMPTY = inspect.Parameter.empty
_FILLED = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


class FixtureError(LookupError):
    """The test asks for a fixture the test file doesn't define (the tutor's mistake, never the learner's)."""


class Fixtures:
    """Worked out when the tests are collected (before any test runs): which fixtures exist and what each fixture
    and each test function asks for. Running a test then calls no standard-library Python code, so nothing the
    learner's code did to `inspect` or `types` in an earlier test can change how the next one is called."""

    def __init__(self, namespace, test_file):
        # Fixture name -> the global it is bound to, looked up in each test's fresh globals (see cwc_collect).
        found = {
            fn.cwc_fixture: (key, fn)
            for key, fn in namespace.items()
            if inspect.isfunction(fn) and hasattr(fn, "cwc_fixture") and fn.__code__.co_filename == test_file
        }
        self.defs = {name: key for name, (key, _) in found.items()}
        self.fixture_wants = {name: _wanted(fn) for name, (_, fn) in found.items()}
        self.autouse = [name for name, (_, fn) in found.items() if getattr(fn, "cwc_autouse", False)]
        self.test_wants = {}

    def prepare(self, func, bound):
        """Note what test function `func` asks for (`bound`: a method, called on an instance)."""
        self.test_wants[(func.__code__, bound)] = _wanted(func, bound)

    def call(self, func, args, owner=None, namespace=None):
        """Run one test function (or method of a pytest-style class) with its fixtures, from `namespace`."""
        self.namespace = namespace
        instance = owner() if owner is not None else None
        target = MethodType(func, instance) if instance is not None else func
        if instance is not None and hasattr(instance, "setup_method"):
            instance.setup_method(target)
        finishers = []
        try:
            values = {}
            for name in self.autouse:
                self._value(name, values, finishers, ())
            kwargs = dict(args)
            for name in self._test_wants(func, instance is not None):
                if name not in kwargs:
                    kwargs[name] = self._value(name, values, finishers, ())
            result = target(**kwargs)
            if isinstance(result, CoroutineType):
                result.close()
                raise TypeError("async tests can't run here: make the test an ordinary function")
        finally:
            for finisher in reversed(finishers):
                next(finisher, None)
            if instance is not None and hasattr(instance, "teardown_method"):
                instance.teardown_method(target)

    def _test_wants(self, func, bound):
        code = getattr(func, "__code__", None)
        wants = self.test_wants.get((code, bound))
        # Not prepared (e.g. a classmethod test, run as found): worked out now.
        return wants if wants is not None else _wanted(func, bound)

    def _value(self, name, values, finishers, chain):
        if name in values:
            return values[name]
        key = self.defs.get(name)
        fn = None if key is None else self.namespace.get(key)
        if not isinstance(fn, FunctionType):
            raise FixtureError(
                f"This test asks for a fixture called '{name}', but the test file doesn't define one "
                "(only fixtures defined in the test file work in the browser)."
            )
        if name in chain:
            raise FixtureError(f"The fixtures {' -> '.join(chain + (name,))} depend on each other in a circle.")
        kwargs = {p: self._value(p, values, finishers, chain + (name,)) for p in self.fixture_wants[name]}
        value = fn(**kwargs)
        if isinstance(value, GeneratorType):
            finishers.append(value)
            value = next(value)
        values[name] = value
        return value


def _wanted(fn, bound=False):
    """Parameter names without defaults: the ones pytest fills from fixtures (for a method, after `self`)."""
    parameters = list(inspect.signature(fn).parameters.values())
    if bound and parameters and parameters[0].kind in (inspect.Parameter.POSITIONAL_ONLY, _FILLED[0]):
        parameters = parameters[1:]
    return [p.name for p in parameters if p.default is _EMPTY and p.kind in _FILLED]
