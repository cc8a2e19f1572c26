# A tiny web router that compiles path templates like /users/<int:id> into regexes
import re
from typing import Callable

CONVERTERS = {
    "str": (r"[^/]+", str),
    "int": (r"\d+", int),
    "slug": (r"[a-z0-9]+(?:-[a-z0-9]+)*", str),
    "path": (r".+", str),
}
PARAM = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>")


class Router:
    def __init__(self) -> None:
        self.routes: list[tuple[re.Pattern, dict, str]] = []

    def add(self, template: str, handler_name: str) -> None:
        converters = {}
        pos, parts = 0, []
        for m in PARAM.finditer(template):
            parts.append(re.escape(template[pos:m.start()]))
            conv = m["conv"] or "str"
            if conv not in CONVERTERS:
                raise ValueError(f"unknown converter {conv!r} in {template}")
            converters[m["name"]] = CONVERTERS[conv][1]
            parts.append(f"(?P<{m['name']}>{CONVERTERS[conv][0]})")
            pos = m.end()
        parts.append(re.escape(template[pos:]))
        regex = re.compile("".join(parts) + "/?")
        self.routes.append((regex, converters, handler_name))

    def resolve(self, path: str):
        for regex, converters, name in self.routes:
            m = regex.fullmatch(path)
            if m:
                return name, {k: converters[k](v) for k, v in m.groupdict().items()}
        return None, {}


router = Router()
router.add("/", "index")
router.add("/users/<int:user_id>", "user_detail")
router.add("/users/<int:user_id>/posts/<slug:post>", "user_post")
router.add("/files/<path:filepath>", "static_file")
router.add("/search.json", "search")
router.add("/tags/<name>", "tag")

for path in ["/", "/users/42", "/users/42/", "/users/abc", "/users/7/posts/hello-world",
             "/users/7/posts/Bad_Slug", "/files/css/site.min.css", "/searchXjson", "/search.json", "/tags/c++"]:
    name, params = router.resolve(path)
    print(f"{path:<28} -> {name!s:<12} {params}")

print(router.routes[2][0].pattern)
router.add("/x/<float:value>", "bad")
