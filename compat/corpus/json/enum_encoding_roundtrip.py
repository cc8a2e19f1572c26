# Encode Enum members by name in JSON and decode them back with a lookup hook
import json
from enum import Enum, IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class State(str, Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


class Color(Enum):
    RED = "#f00"
    GREEN = "#0f0"


tickets = [
    {"id": 1, "priority": Priority.HIGH, "state": State.TODO, "label": Color.RED},
    {"id": 2, "priority": Priority.LOW, "state": State.DONE, "label": Color.GREEN},
]

def enc(o):
    if isinstance(o, Enum):
        return {"__enum__": f"{type(o).__name__}.{o.name}"}
    raise TypeError(type(o).__name__)

# IntEnum and str-mixin enums are already serialisable as their values
print(json.dumps([{"p": t["priority"], "s": t["state"]} for t in tickets]))
text = json.dumps(tickets, default=enc)
print(text)
ENUMS = {cls.__name__: cls for cls in (Priority, State, Color)}

def dec(d):
    if "__enum__" in d:
        cls, name = d["__enum__"].split(".")
        return ENUMS[cls][name]
    return d

back = json.loads(text, object_hook=dec)
print(back[0]["label"], back[1]["label"].value)
print("priority survives as int:", back[0]["priority"], type(back[0]["priority"]).__name__)
print("restored Priority:", Priority(back[0]["priority"]).name)
print(sorted(tickets, key=lambda t: t["priority"], reverse=True)[0]["id"])
