# Class attributes vs instance attributes: shared mutable default pitfall and counters
class BuggyTeam:
    members = []  # shared by every instance!

    def __init__(self, name):
        self.name = name

    def join(self, person):
        self.members.append(person)


class Team:
    created = 0
    max_size = 3

    def __init__(self, name):
        self.name = name
        self.members = []
        Team.created += 1
        self.serial = Team.created

    def join(self, person):
        if len(self.members) >= self.max_size:
            return False
        self.members.append(person)
        return True


a, b = BuggyTeam("red"), BuggyTeam("blue")
a.join("ann")
b.join("bob")
print("buggy:", a.members, b.members, a.members is BuggyTeam.members)

x, y = Team("red"), Team("blue")
x.join("ann")
y.join("bob")
print("fixed:", x.members, y.members, Team.created, x.serial, y.serial)

y.max_size = 1  # shadows class attribute on this instance only
print([y.join(p) for p in ("cy", "di")], y.members)
print([x.join(p) for p in ("cy", "di", "ed")], x.members)
print("class max:", Team.max_size, "x:", x.max_size, "y:", y.max_size)
print("max_size" in vars(y), "max_size" in vars(x))
Team.max_size = 10
print("after class change -> x:", x.max_size, "y:", y.max_size)
del y.max_size
print("after del -> y:", y.max_size)
x.created = 99
print(Team.created, x.created, y.created)


class Counter:
    count = 0

    def increment(self):
        self.count += 1  # reads class attr, writes instance attr
        return self.count


c1, c2 = Counter(), Counter()
print(c1.increment(), c1.increment(), c2.increment(), Counter.count)
