"""Immutable records without ``dataclasses``: the AST's nodes and the option records
on the format-on-save path are declared like dataclasses (annotations, defaults,
``_meta`` for fields outside a record's meaning) and read by ``record``.

Why not dataclasses: generating ``__init__``/``__eq__``/``__repr__`` per class with
``exec``, and importing ``dataclasses`` at all (it imports ``inspect``, which imports
``ast``, ``dis``, ``tokenize`` ...), cost most of a cold ``dtranspile --fmt``.
"""

from __future__ import annotations

from typing import ClassVar, Tuple


class FrozenRecord:
    """Base of every node and record: immutable, compared by its ``compare`` fields.

    Fields are declared like dataclass fields (annotations, defaults, ``_meta`` for
    the ones outside a node's meaning) and read by ``record``; ``fields`` and
    ``replace`` below play the parts of ``dataclasses.fields``/``replace``.  The
    methods are these generic ones: generating them per class with ``exec``, and
    importing ``dataclasses`` at all (it pulls in ``inspect``), cost most of the
    package's import time, which a format-on-save command pays on every run.
    """

    __slots__ = ()
    _names: ClassVar[Tuple[str, ...]] = ()
    _defaults: ClassVar[tuple] = ()
    _index: ClassVar[dict] = {}
    _default_values: ClassVar[dict] = {}
    _required: ClassVar[Tuple[str, ...]] = ()
    _compare: ClassVar[Tuple[str, ...]] = ()
    _shown: ClassVar[Tuple[str, ...]] = ()

    def __init__(self, *args, **kwargs):
        values = self._default_values.copy()
        if args:
            if len(args) > len(self._names):
                raise TypeError(f"{type(self).__name__} takes at most {len(self._names)} arguments")
            values.update(zip(self._names, args))
        if kwargs:
            values.update(kwargs)
            if len(values) != len(self._names):  # a name that is not a field
                unknown = sorted(set(values) - set(self._names))
                raise TypeError(f"{type(self).__name__} has no field {unknown[0]!r}")
        for name in self._required:
            if values[name] is _REQUIRED:
                raise TypeError(f"{type(self).__name__} needs a value for {name!r}")
        _set_attr(self, "__dict__", values)

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _key(self) -> tuple:
        return tuple(getattr(self, name) for name in self._compare)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self.__class__.__name__,) + self._key())

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__name__}({inner})"


_REQUIRED = object()
_set_attr = object.__setattr__
_new = object.__new__


class FrozenInstanceError(AttributeError):
    """Raised on an attempt to assign to a record's field (records are immutable)."""


class Field:
    """One declared field: its name, default (``_REQUIRED`` when none), and whether it
    takes part in ==/hash (``compare``) and repr."""

    __slots__ = ("name", "default", "compare", "repr")

    def __init__(self, default=None, compare: bool = True, repr: bool = True, name: str = ""):
        self.name = name
        self.default = default
        self.compare = compare
        self.repr = repr

    def __repr__(self):
        return f"Field({self.name!r})"


def _meta(default=None):
    """A field that is not part of a node's meaning: excluded from ==, hash and repr."""
    return Field(default, compare=False, repr=False)


def record(cls):
    """Read ``cls``'s field declarations (its base's fields first, then its own
    annotations in order, ClassVars skipped) and record what the generic FrozenRecord
    methods need."""
    declared = {f.name: f for f in getattr(cls, "_fields", ())}
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if "ClassVar" in str(annotation):
            continue
        value = cls.__dict__.get(name, _REQUIRED)
        if isinstance(value, Field):
            f = Field(value.default, value.compare, value.repr, name)
        else:
            f = Field(value, True, True, name)
        declared[name] = f
        if f.default is _REQUIRED:
            if name in cls.__dict__:
                delattr(cls, name)
        else:
            setattr(cls, name, f.default)  # as dataclasses leave it
    fields = tuple(declared.values())
    cls._fields = fields
    cls._names = tuple(f.name for f in fields)
    cls._defaults = tuple(f.default for f in fields)
    cls._index = {f.name: i for i, f in enumerate(fields)}
    cls._default_values = dict(zip(cls._names, cls._defaults))
    cls._required = tuple(f.name for f in fields if f.default is _REQUIRED)
    cls._compare = tuple(f.name for f in fields if f.compare)
    cls._shown = tuple(f.name for f in fields if f.repr)
    return cls


def new_record(cls, values: dict):
    """A record of ``cls`` whose field dictionary is ``values``, taken as it is: every
    field, in declaration order (``cls._default_values.copy()`` with some changed).
    For the parser, which makes records by the thousand and names their fields
    itself; anyone else calls the class (which checks names and required fields)."""
    obj = _new(cls)
    _set_attr(obj, "__dict__", values)
    return obj


def fields(obj) -> Tuple[Field, ...]:
    """The declared fields of a record class or instance, in order."""
    return obj._fields


def replace(obj, **changes):
    """A copy of ``obj`` with ``changes`` (through its constructor, so checks apply)."""
    values = {name: getattr(obj, name) for name in obj._names}
    values.update(changes)
    return obj.__class__(**values)


def asdict(obj) -> dict:
    return {name: getattr(obj, name) for name in obj._names}
