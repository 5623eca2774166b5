"""Snapshots of namespaces, so whatever the learner's code replaces can be noticed and put back.

Two depths. `Snapshot` remembers a namespace's bindings (`math.isclose = ...`). `DeepSnapshot` also remembers the
code of every Python function a module defines and the attributes of its classes, because
`ast.NodeTransformer.visit = ...` or `json.dumps.__code__ = ...` would change behaviour without rebinding a name.

Comparing every name and every function one by one takes milliseconds, and the harness does it before and after
every test. `Watch` makes the usual case (nothing changed) cheap: it keeps the identity of every name and value of a
group of namespaces and compares them all in one pass in C, and it knows whether any function's code was set since,
because Python reports each such write to the harness's audit hook (`note_function_write`). Only when something
differs does it fall back to the snapshots' own name-by-name work.
"""
import itertools
import operator
import types

_MISSING = object()
_chain = itertools.chain.from_iterable
_same = operator.is_
_nothing = itertools.repeat(None)
# Attributes whose replacement changes what a function does without rebinding any name. Python raises an audit event
# (object.__setattr__ / object.__delattr__) for every write to them; reading them costs an audit event too.
_FUNCTION_STATE = frozenset(("__code__", "__defaults__", "__kwdefaults__"))
_FUNCTION_WRITES = frozenset(("object.__setattr__", "object.__delattr__"))
# How many such writes Python has reported. Only ever grows.
_writes = [0]


def note_function_write(event, args):
    """Called by the audit hook for every event: counts writes to a function's code or defaults."""
    if event in _FUNCTION_WRITES and args[1] in _FUNCTION_STATE:
        _writes[0] += 1
# Class attributes that legitimately change (caches, bookkeeping): never restored or reported.
_VOLATILE = ("__abstractmethods__", "_abc_impl", "__parameters__", "__annotations_cache__")


class Snapshot:
    """The bindings of one namespace (a module's globals, the built-ins, a class) at one moment."""

    def __init__(self, owner, label):
        self.owner, self.label = owner, label
        self.is_class = isinstance(owner, type)
        self.saved = dict(vars(owner))

    def mappings(self):
        """The live namespaces this snapshot covers (for `Watch`)."""
        return [vars(self.owner)]

    def changed(self):
        """The first name now bound to something else (or removed), as `label.name`; None if all are intact."""
        current = vars(self.owner)
        for name, value in self.saved.items():
            if (name.startswith("__") and name.endswith("__") and not self.is_class) or name in _VOLATILE:
                continue
            if current.get(name, _MISSING) is not value:
                return f"{self.label}{name}"
        return None

    def restore(self, drop_added=False, codes=True):
        current = vars(self.owner)
        for name, value in self.saved.items():
            if name not in _VOLATILE and current.get(name, _MISSING) is not value:
                self._set(name, value)
        if drop_added:
            for name in [n for n in current if n not in self.saved]:
                self._delete(name)

    def _set(self, name, value):
        if self.is_class:
            type.__setattr__(self.owner, name, value)
        else:
            self.owner.__dict__[name] = value

    def _delete(self, name):
        if self.is_class:
            type.__delattr__(self.owner, name)
        else:
            del self.owner.__dict__[name]


def _function(value):
    """The plain function behind a function, staticmethod, classmethod or property getter, else None."""
    if isinstance(value, (staticmethod, classmethod)):
        value = value.__func__
    elif isinstance(value, property):
        value = value.fget
    return value if isinstance(value, types.FunctionType) else None


class DeepSnapshot:
    """A module's bindings, its Python functions' code, and its classes' attributes and methods' code."""

    def __init__(self, module, label):
        self.bindings = Snapshot(module, label)
        self.classes = []
        self.codes = []
        for name, value in vars(module).items():
            self._remember(value, f"{label}{name}", module.__name__)
            if isinstance(value, type) and value.__module__ == module.__name__ and value.__flags__ & (1 << 9):
                self.classes.append(Snapshot(value, f"{label}{name}."))
                for attr, member in vars(value).items():
                    self._remember(member, f"{label}{name}.{attr}", module.__name__)

    @property
    def owner(self):
        return self.bindings.owner

    def mappings(self):
        return [vars(self.owner), *(vars(c.owner) for c in self.classes)]

    def _remember(self, value, label, module_name):
        function = _function(value)
        if function is not None and function.__module__ == module_name:
            self.codes.append((function, function.__code__, function.__defaults__, function.__kwdefaults__, label))

    def changed(self):
        for function, code, defaults, kwdefaults, label in self.codes:
            if function.__code__ is not code or function.__defaults__ is not defaults \
                    or function.__kwdefaults__ is not kwdefaults:
                return label
        for snapshot in [self.bindings, *self.classes]:
            name = snapshot.changed()
            if name:
                return name
        return None

    def restore(self, drop_added=False, codes=True):
        """Bindings and class attributes back; with `codes`, also every function's code and defaults."""
        self.bindings.restore(drop_added)
        for snapshot in self.classes:
            snapshot.restore()
        if not codes:
            return
        for function, code, defaults, kwdefaults, _ in self.codes:
            if function.__code__ is not code:
                function.__code__ = code
            if function.__defaults__ is not defaults:
                function.__defaults__ = defaults
            if function.__kwdefaults__ is not kwdefaults:
                function.__kwdefaults__ = kwdefaults


class Watch:
    """A group of snapshots, and whether anything they cover may have changed since the group was last put back.

    `mark()` records, for the group's namespaces, the identity of every value in order, their sizes and their last
    names, and the count of function writes. `unchanged()` compares them all again without calling any code the
    learner could have written (identities only, never `==`), so the usual case costs one pass in C. When anything
    differs, `restore()` and `changed()` do the snapshots' full name-by-name work, which decides what is reported.

    Values in order, sizes and last names together catch changes of names too: a name can only be added at the
    end, so a name removed and another added shifts the values or changes the last name.

    The state at `mark()` is always one the snapshots would leave: right after the snapshots were taken, or right
    after they put everything back. So "unchanged since mark" means "nothing to put back and nothing to report".
    """

    def __init__(self, snapshots, taken_now=True):
        """`taken_now=False` for snapshots taken earlier: their namespaces may have changed since, so the first
        restore() or changed() does the full work."""
        self.snapshots = list(snapshots)
        self.mappings = [mapping for snapshot in self.snapshots for mapping in snapshot.mappings()]
        self.views = [mapping.values() for mapping in self.mappings]  # live: they follow the namespaces
        if taken_now:
            self.mark()
        else:
            self.saved, self.size, self.last, self.writes = [], -1, [], -1

    def _last_names(self):
        return map(next, map(reversed, self.mappings), _nothing)

    def mark(self):
        self.saved = list(_chain(self.views))
        self.size = sum(map(len, self.mappings))
        self.last = list(self._last_names())
        self.writes = _writes[0]

    def unchanged(self):
        return (self.writes == _writes[0] and sum(map(len, self.mappings)) == self.size
                and all(map(_same, _chain(self.views), self.saved))
                and all(map(_same, self._last_names(), self.last)))

    def restore(self, drop_added_to_first=False):
        """Put back whatever changed since `mark()`."""
        if self.unchanged():
            return
        codes = self.writes != _writes[0]
        for index, snapshot in enumerate(self.snapshots):
            snapshot.restore(drop_added=drop_added_to_first and index == 0, codes=codes)
        self.mark()

    def changed(self):
        """The first name changed since `mark()` (see Snapshot.changed), or None."""
        if self.unchanged():
            return None
        for snapshot in self.snapshots:
            name = snapshot.changed()
            if name:
                return name
        return None
