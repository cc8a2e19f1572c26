# A to-do list "CLI" driven by a scripted list of commands, with undo support
import shlex


class TodoApp:
    def __init__(self):
        self.items = []  # list of dicts: {"id", "title", "done", "tags"}
        self.next_id = 1
        self.undo_stack = []

    def _snapshot(self):
        self.undo_stack.append(([dict(i, tags=list(i["tags"])) for i in self.items], self.next_id))

    def _get(self, ident):
        for item in self.items:
            if item["id"] == int(ident):
                return item
        raise KeyError(f"no task with id {ident}")

    def cmd_add(self, *words):
        tags = [w[1:] for w in words if w.startswith("#")]
        title = " ".join(w for w in words if not w.startswith("#"))
        if not title:
            raise ValueError("title required")
        self._snapshot()
        self.items.append({"id": self.next_id, "title": title, "done": False, "tags": tags})
        self.next_id += 1
        return f"added #{self.next_id - 1}"

    def cmd_done(self, ident):
        item = self._get(ident)
        self._snapshot()
        item["done"] = True
        return f"completed #{item['id']}"

    def cmd_rm(self, ident):
        item = self._get(ident)
        self._snapshot()
        self.items.remove(item)
        return f"removed #{item['id']}"

    def cmd_undo(self):
        if not self.undo_stack:
            return "nothing to undo"
        self.items, self.next_id = self.undo_stack.pop()
        return "undone"

    def cmd_list(self, tag=None):
        shown = [i for i in self.items if tag is None or tag in i["tags"]]
        if not shown:
            return "(empty)"
        lines = []
        for i in shown:
            box = "[x]" if i["done"] else "[ ]"
            tags = " ".join("#" + t for t in i["tags"])
            lines.append(f"{box} {i['id']:>2}. {i['title']} {tags}".rstrip())
        return "\n".join(lines)

    def run(self, line):
        parts = shlex.split(line)
        name, args = parts[0], parts[1:]
        handler = getattr(self, f"cmd_{name}", None)
        if handler is None:
            return f"error: unknown command {name!r}"
        try:
            return handler(*args)
        except (KeyError, ValueError, TypeError) as e:
            return f"error: {e}"


script = [
    'add "Buy milk" #home',
    "add Write quarterly report #work #urgent",
    "add Call plumber #home",
    "list",
    "done 2",
    "rm 1",
    "list home",
    "undo",
    "list",
    "done 9",
    "add",
    "frobnicate",
    "done",
]
app = TodoApp()
for line in script:
    print(f"> {line}")
    print(app.run(line))
