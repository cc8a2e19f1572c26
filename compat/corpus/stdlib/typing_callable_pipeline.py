# Build a data-cleaning pipeline of Callable steps and inspect their annotations
from typing import Callable, TypeAlias, get_type_hints
import inspect

Step: TypeAlias = Callable[[str], str]


def strip(s: str) -> str:
    return s.strip()


def collapse_spaces(s: str) -> str:
    return " ".join(s.split())


def title(s: str) -> str:
    return s.title()


def make_replacer(old: str, new: str) -> Step:
    def replace(s: str) -> str:
        return s.replace(old, new)
    replace.__name__ = f"replace_{old!r}"
    return replace


def compose(*steps: Step) -> Step:
    def run(s: str) -> str:
        for step in steps:
            s = step(s)
        return s
    return run


pipeline: list[Step] = [strip, collapse_spaces, make_replacer("-", " "), title]
clean = compose(*pipeline)
for raw in ["  hello   world ", "data-engineering\tpipeline", " ALREADY   Title "]:
    print(repr(raw), "->", repr(clean(raw)))

for step in pipeline:
    hints = get_type_hints(step)
    print(step.__name__, hints, str(inspect.signature(step)))

print(get_type_hints(compose))
print(Step)
print(callable(clean), callable("x"))
