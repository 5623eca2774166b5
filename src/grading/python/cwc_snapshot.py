"""Snapshots of namespaces, so whatever the learner's code replaces can be noticed and put back.

Two depths. `Snapshot` remembers a namespace's bindings (`math.isclose = ...`). `DeepSnapshot` also remembers the
code of every Python function a module defines and the attributes of its classes, because
`ast.NodeTransformer.visit = ...` or `json.dumps.__code__ = ...` would change behaviour without rebinding a name.
"""
import types

_MISSING = object()
# Class attributes that legitimately change (caches, bookkeeping): never restored or reported.
_VOLATILE = ("__abstractmethods__", "_abc_impl", "__parameters__", "__annotations_cache__")


class Snapshot:
    """The bindings of one namespace (a module's globals, the built-ins, a class) at one moment."""

    def __init__(self, owner, label):
        self.owner, self.label = owner, label
        self.is_class = isinstance(owner, type)
        self.saved = dict(vars(owner))

    def changed(self):
        """The first name now bound to something else (or removed), as `label.name`; None if all are intact."""
        current = vars(self.owner)
        for name, value in self.saved.items():
            if (name.startswith("__") and name.endswith("__") and not self.is_class) or name in _VOLATILE:
                continue
            if current.get(name, _MISSING) is not value:
                return f"{self.label}{name}"
        return None

    def restore(self, drop_added=False):
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

    def restore(self, drop_added=False):
        self.bindings.restore(drop_added)
        for snapshot in self.classes:
            snapshot.restore()
        for function, code, defaults, kwdefaults, _ in self.codes:
            if function.__code__ is not code:
                function.__code__ = code
            function.__defaults__, function.__kwdefaults__ = defaults, kwdefaults
