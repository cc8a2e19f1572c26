# importlib.metadata for the mpsandbox guest: the sandbox has no installed distributions
# (its library is frozen into the interpreter, with no *.dist-info metadata), so this is
# CPython 3.11's API over an empty set of distributions, written for mpsandbox: version(),
# metadata(), files(), requires() and distribution() raise PackageNotFoundError as CPython
# does for a package that is not installed, entry_points() is empty, distributions() and
# packages_distributions() are empty. EntryPoint and EntryPoints work on entries a program
# makes itself (CPython's parsing of `module:attr [extras]`, load(), matches(), select()).
import re

__all__ = [
    "Distribution",
    "DistributionFinder",
    "PackageMetadata",
    "PackageNotFoundError",
    "distribution",
    "distributions",
    "entry_points",
    "files",
    "metadata",
    "packages_distributions",
    "requires",
    "version",
]


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return "No package metadata was found for {self.name}".format(self=self)

    @property
    def name(self):
        (name,) = self.args
        return name


class EntryPoint:
    """An entry point as defined by Python packaging conventions."""

    pattern = re.compile(
        r"(?P<module>[\w.]+)\s*"
        r"(:\s*(?P<attr>[\w.]+)\s*)?"
        r"((?P<extras>\[.*\])\s*)?$"
    )

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)

    def load(self):
        import importlib
        match = self.pattern.match(self.value)
        module = importlib.import_module(match.group("module"))
        attrs = filter(None, (match.group("attr") or "").split("."))
        obj = module
        for attr in attrs:
            obj = getattr(obj, attr)
        return obj

    @property
    def module(self):
        return self.pattern.match(self.value).group("module")

    @property
    def attr(self):
        return self.pattern.match(self.value).group("attr")

    @property
    def extras(self):
        match = self.pattern.match(self.value)
        return re.findall(r"\w+", match.group("extras") or "")

    def _for(self, dist):
        vars(self).update(dist=dist)
        return self

    def __iter__(self):
        import warnings
        warnings.warn("Construction of dict of EntryPoints is deprecated in favor of EntryPoints.",
                      DeprecationWarning)
        return iter((self.name, self))

    def matches(self, **params):
        attrs = (getattr(self, param) for param in params)
        return all(a == b for a, b in zip(attrs, params.values()))

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return self._key() == other._key()

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def __repr__(self):
        return "EntryPoint(name=%r, value=%r, group=%r)" % (self.name, self.value, self.group)

    def __hash__(self):
        return hash(self._key())


class EntryPoints(list):
    """An immutable collection of selectable EntryPoint objects."""


    def __getitem__(self, name):
        if isinstance(name, int):
            return super().__getitem__(name)
        try:
            return next(iter(self.select(name=name)))
        except StopIteration:
            raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


class SelectableGroups(dict):
    """A backward- and forward-compatible result from entry_points() without arguments."""

    @classmethod
    def load(cls, eps):
        by_group = {}
        for ep in sorted(eps, key=lambda ep: ep.group):
            by_group.setdefault(ep.group, []).append(ep)
        return cls((group, EntryPoints(eps)) for group, eps in by_group.items())

    @property
    def _all(self):
        return EntryPoints(ep for eps in self.values() for ep in eps)

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        if not params:
            return self
        return self._all.select(**params)


class PackageMetadata:
    """The metadata of a distribution (a protocol in CPython)."""


class Distribution:
    """A Python distribution package."""

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = kwargs.pop("context", None)
        if context and kwargs:
            raise ValueError("cannot accept context and kwargs")
        return iter(())

    @staticmethod
    def at(path):
        raise NotImplementedError("importlib.metadata: the sandbox reads no distribution metadata "
                                  "from files")


class DistributionFinder:
    """A MetaPathFinder capable of discovering installed distributions."""

    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            import sys
            return vars(self).get("path", sys.path)

    def find_distributions(self, context=None):
        return iter(())


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def entry_points(**params):
    eps = ()
    return SelectableGroups.load(eps).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    return {}
