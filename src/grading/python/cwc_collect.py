"""Finding the tests in a test module, in the order the file declares them, with names learners can read.

pytest-style `test_*` functions (parametrized ones expand to one test per case), pytest-style `Test*` classes, and
unittest.TestCase classes, interleaved as written. Only objects defined in the test file itself count, so the
learner's code cannot slip in tests of its own through `from solution import *`.
"""
import inspect
import re
from types import CellType, FunctionType, MethodType, ModuleType

_EMPTY = object()


def freeze(func):
    """A private, immutable copy of a function: what it runs, its defaults, closure values and attributes.

    Code objects and tuples cannot be edited in place, so `test_x.__code__ = ...` (from a gc callback, or from a
    frame the learner's code reached) changes the visible function, never the copy a test is rebuilt from."""
    closure = None
    if func.__closure__ is not None:
        values = []
        for cell in func.__closure__:
            try:
                values.append(cell.cell_contents)
            except ValueError:
                values.append(_EMPTY)
        closure = tuple(values)
    kwdefaults = None if func.__kwdefaults__ is None else tuple(func.__kwdefaults__.items())
    return (func.__code__, func.__name__, func.__qualname__, func.__defaults__, kwdefaults, closure,
            tuple(vars(func).items()))


def thaw(frozen, namespace):
    """A new function from `freeze`'s copy, running on `namespace` as its globals."""
    code, name, qualname, defaults, kwdefaults, closure, attributes = frozen
    cells = None if closure is None else tuple(
        CellType() if value is _EMPTY else CellType(value) for value in closure)
    func = FunctionType(code, namespace, name, defaults, cells)
    if kwdefaults is not None:  # (a new function has none; writing None would still count as a function write)
        func.__kwdefaults__ = dict(kwdefaults)
    func.__qualname__ = qualname
    for attr, value in attributes:
        setattr(func, attr, value)
    return func


def _own_function(value, test_file):
    return isinstance(value, FunctionType) and value.__code__.co_filename == test_file


class FrozenModule:
    """The test module's globals and private built-ins as they were before any test ran, kept in tuples.

    Each test runs on `fresh()`: new dicts, with the test file's functions rebuilt from private copies, so what one
    test's code did to the module (or to its functions) reaches neither the next test nor this one's checks."""

    def __init__(self, namespace, test_file):
        self.test_file = test_file
        self.builtins = tuple(namespace["__builtins__"].items())
        self.entries = tuple(
            (name, freeze(value) if _own_function(value, test_file) else None, value)
            for name, value in namespace.items() if name != "__builtins__"
        )

    def fresh(self):
        namespace = {"__builtins__": dict(self.builtins)}
        for name, frozen, value in self.entries:
            namespace[name] = value if frozen is None else thaw(frozen, namespace)
        return namespace

    def tampered(self, namespace):
        """The first name of the tests' built-ins or globals rebound while a test ran (functions, classes and
        modules: what the tests call), or None."""
        current = namespace.get("__builtins__")
        if not isinstance(current, dict):
            return "__builtins__"
        for name, value in self.builtins:
            if current.get(name, _EMPTY) is not value:
                return name
        for name, frozen, value in self.entries:
            now = namespace.get(name, _EMPTY)
            if frozen is not None:
                if not isinstance(now, FunctionType) or now.__code__ is not frozen[0]:
                    return name
            elif (callable(value) or isinstance(value, ModuleType)) and now is not value:
                return name
        return None


class TestItem:
    """One test to run: `call()` raises when it fails. `func` is the test function (to see what it calls)."""

    def __init__(self, name, call, func, group=None):
        self.name, self.func, self.group = name, func, group
        self._call = call
        self.last_in_group = False
        self.frozen = None
        self.namespace = None

    def call(self):
        """Run the test on fresh globals rebuilt from the private copies (see FrozenModule)."""
        self.namespace = self.frozen.fresh()
        self._call(self.namespace)

    def tampered(self):
        return None if self.namespace is None else self.frozen.tampered(self.namespace)


def humanize(name):
    """`test_rejects_zero_height` -> "rejects zero height"."""
    name = re.sub(r"^test_?", "", name)
    return " ".join(name.replace("_", " ").split()) or "test"


def _first_doc_line(obj):
    """The object's own docstring's first line (not one inherited from a base class such as TestCase)."""
    doc = vars(obj).get("__doc__") if isinstance(obj, type) else getattr(obj, "__doc__", None)
    if not isinstance(doc, str) or not doc.strip():
        return None
    return inspect.cleandoc(doc).splitlines()[0].strip()


def test_name(func):
    return _first_doc_line(func) or humanize(func.__name__)


def class_label(cls):
    """`TestBmiCategory` -> "bmi category" (or the class docstring's first line)."""
    doc = _first_doc_line(cls)
    if doc:
        return doc
    name = re.sub(r"^Test|Test$", "", cls.__name__) or cls.__name__
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name).replace("_", " ").split()
    return " ".join(w if w.isupper() else w.lower() for w in words)


def _case_id(value, argname, index):
    if isinstance(value, (str, int, float, bool, complex)) or value is None:
        text = str(value)
        return text.encode("unicode_escape").decode("ascii") if isinstance(value, str) else text
    name = getattr(value, "__name__", None)
    return name if isinstance(name, str) else f"{argname}{index}"


def parametrize_cases(func, names, argvalues, ids, param_type):
    """[(id, {argname: value})] in declaration order, named as pytest names them ("1-2", or the ids given)."""
    cases = []
    for index, entry in enumerate(argvalues):
        given = None
        if isinstance(entry, param_type):
            given, values = entry.id, tuple(entry.values)
        else:
            values = (entry,) if len(names) == 1 else tuple(entry)
        if len(values) != len(names):
            raise TypeError(f"{func.__name__}: case {index} has {len(values)} values for {len(names)} names "
                            f"({', '.join(names)})")
        if given is None and ids is not None:
            given = ids(entry) if callable(ids) else (list(ids)[index] if index < len(list(ids)) else None)
        case_id = str(given) if given is not None else "-".join(
            _case_id(v, n, index) for v, n in zip(values, names))
        cases.append((case_id, dict(zip(names, values))))
    seen = {}
    for position, (case_id, _) in enumerate(cases):
        seen.setdefault(case_id, []).append(position)
    for case_id, positions in seen.items():
        if len(positions) > 1:
            for number, position in enumerate(positions):
                cases[position] = (f"{case_id}{number}", cases[position][1])
    return cases


def collect(namespace, test_file, testcase_type, fixtures, param_type):
    """Every test in `namespace` (the test module's globals), in declaration order."""
    frozen = FrozenModule(namespace, test_file)
    items = []
    for name, obj in list(namespace.items()):
        if inspect.isfunction(obj) and name.startswith("test") and obj.__code__.co_filename == test_file:
            items.extend(_function_items(obj, fixtures, param_type))
        elif inspect.isclass(obj) and obj.__module__ == namespace.get("__name__"):
            if testcase_type is not None and issubclass(obj, testcase_type):
                items.extend(_testcase_items(obj))
            elif name.startswith("Test") and "__init__" not in vars(obj):
                items.extend(_plain_class_items(obj, fixtures, param_type))
    for item in items:
        item.frozen = frozen
    return items


def _test_methods(cls):
    """Method names starting with `test`, the class's own in the order written, then inherited ones."""
    names = []
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if name.startswith("test") and callable(value) and name not in names:
                names.append(name)
    return names


def _function_items(func, fixtures, param_type, owner=None):
    base = test_name(func)
    prefix = f"{class_label(owner)}: " if owner is not None else ""
    spec = getattr(func, "cwc_parametrize", None)
    if not isinstance(func, FunctionType):  # e.g. a classmethod: run as found
        return [TestItem(prefix + base, lambda namespace: fixtures.call(
            getattr(owner(), func.__name__) if owner is not None else func, {}, None, namespace), func)]
    fixtures.prepare(func, bound=owner is not None)
    frozen = freeze(func)
    if spec is None:
        return [TestItem(prefix + base, lambda namespace: fixtures.call(thaw(frozen, namespace), {}, owner, namespace),
                         func)]
    names, argvalues, ids = spec
    return [
        TestItem(f"{prefix}{base}[{case_id}]",
                 (lambda namespace, args=args: fixtures.call(thaw(frozen, namespace), args, owner, namespace)), func)
        for case_id, args in parametrize_cases(func, names, argvalues, ids, param_type)
    ]


def _plain_class_items(cls, fixtures, param_type):
    items = []
    for name in _test_methods(cls):
        items.extend(_function_items(getattr(cls, name), fixtures, param_type, owner=cls))
    return items


class _ClassRun:
    """setUpClass before a TestCase class's first test; tearDownClass after its last."""

    def __init__(self, cls):
        self.cls, self.started, self.error = cls, False, None

    def start(self):
        if not self.started:
            self.started = True
            try:
                self.cls.setUpClass()
            except BaseException as exc:
                self.error = exc
        if self.error is not None:
            raise self.error

    def finish(self):
        if self.started and self.error is None:
            self.cls.tearDownClass()


def _testcase_items(cls):
    run = _ClassRun(cls)
    label = class_label(cls)
    items = []
    for name in _test_methods(cls):
        method = getattr(cls, name)
        frozen = freeze(method) if isinstance(method, FunctionType) else None

        def call(namespace, name=name, frozen=frozen):
            run.start()
            case = cls(name)
            case.setUp()
            try:
                if frozen is None:
                    getattr(case, name)()
                else:
                    MethodType(thaw(frozen, namespace), case)()
            finally:
                try:
                    case.tearDown()
                finally:
                    case.doCleanups()

        items.append(TestItem(f"{label}: {test_name(method)}", call, method, group=run))
    if items:
        items[-1].last_in_group = True
    return items
