# Permission flags with enum.Flag: combining, testing membership, iterating members
from enum import Flag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE | DELETE


roles = {
    "guest": Perm.READ,
    "editor": Perm.RW,
    "admin": Perm.ALL,
    "runner": Perm.READ | Perm.EXECUTE,
}

for role, perms in roles.items():
    names = [p.name for p in Perm if p in perms and p.name not in ("RW", "ALL")]
    print(f"{role:<7} value={perms.value:>2} can_write={Perm.WRITE in perms} members={names}")

print([m.name for m in Perm])
print(Perm.READ.value, Perm.WRITE.value, Perm.EXECUTE.value, Perm.DELETE.value)
editor = roles["editor"]
editor_minus = editor & ~Perm.WRITE
print(editor_minus, bool(editor_minus))
print(Perm.ALL ^ Perm.DELETE)
print(repr(Perm.RW), repr(Perm(0)), bool(Perm(0)))
print(Perm(5))
print([p.name for p in (Perm.READ | Perm.EXECUTE)])
print(len(Perm.ALL), len(Perm.RW))
print(Perm["EXECUTE"] in roles["runner"], Perm.DELETE in roles["runner"])
