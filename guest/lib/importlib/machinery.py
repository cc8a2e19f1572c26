# importlib.machinery for the mpsandbox guest: ModuleSpec and a source-file loader.
import sys as _sys

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "ModuleSpec({})".format(", ".join(args))

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations)
        except AttributeError:
            return NotImplemented


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, name=None):
        return self.get_data(self.path).decode("utf-8")

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, "exec")
        exec(code, module.__dict__)

    def load_module(self, name=None):
        name = name or self.name
        module = type(_sys)(name)
        module.__file__ = self.path
        _sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            del _sys.modules[name]
            raise
        return module

    def __repr__(self):
        return "<_frozen_importlib_external.SourceFileLoader object at 0x%x>" % id(self)


class BuiltinImporter:
    pass


class FrozenImporter:
    pass
