"""pytest fixtures, function scope only: enough for a tutor to share a sample patient between tests.

A test's parameters are filled from fixtures defined in the test file (`@pytest.fixture`), which may use other
fixtures; a fixture that `yield`s its value is finished after the test. Parametrized arguments come first.
"""
import inspect
import types


class FixtureError(LookupError):
    """The test asks for a fixture the test file doesn't define (the tutor's mistake, never the learner's)."""


class Fixtures:
    def __init__(self, namespace, test_file):
        # Fixture name -> the global it is bound to, looked up in each test's fresh globals (see cwc_collect).
        self.defs = {
            fn.cwc_fixture: key
            for key, fn in namespace.items()
            if inspect.isfunction(fn) and hasattr(fn, "cwc_fixture") and fn.__code__.co_filename == test_file
        }
        self.autouse = [name for name, fn in self.defs.items() if getattr(fn, "cwc_autouse", False)]

    def call(self, func, args, owner=None, namespace=None):
        """Run one test function (or method of a pytest-style class) with its fixtures, from `namespace`."""
        self.namespace = namespace
        instance = owner() if owner is not None else None
        target = types.MethodType(func, instance) if instance is not None else func
        if instance is not None and hasattr(instance, "setup_method"):
            instance.setup_method(target)
        finishers = []
        try:
            values = {}
            for name in self.autouse:
                self._value(name, values, finishers, ())
            kwargs = dict(args)
            for name in _wanted(target):
                if name not in kwargs:
                    kwargs[name] = self._value(name, values, finishers, ())
            result = target(**kwargs)
            if inspect.iscoroutine(result):
                result.close()
                raise TypeError("async tests can't run here: make the test an ordinary function")
        finally:
            for finisher in reversed(finishers):
                next(finisher, None)
            if instance is not None and hasattr(instance, "teardown_method"):
                instance.teardown_method(target)

    def _value(self, name, values, finishers, chain):
        if name in values:
            return values[name]
        key = self.defs.get(name)
        fn = None if key is None else self.namespace.get(key)
        if not inspect.isfunction(fn):
            raise FixtureError(
                f"This test asks for a fixture called '{name}', but the test file doesn't define one "
                "(only fixtures defined in the test file work in the browser)."
            )
        if name in chain:
            raise FixtureError(f"The fixtures {' -> '.join(chain + (name,))} depend on each other in a circle.")
        kwargs = {p: self._value(p, values, finishers, chain + (name,)) for p in _wanted(fn)}
        value = fn(**kwargs)
        if inspect.isgenerator(value):
            finishers.append(value)
            value = next(value)
        values[name] = value
        return value


def _wanted(fn):
    """Parameter names without defaults: the ones pytest fills from fixtures."""
    return [
        p.name
        for p in inspect.signature(fn).parameters.values()
        if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    ]
