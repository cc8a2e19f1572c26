# Singly linked list implementing the sequence protocol: iter, len, contains, getitem, reversed
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        tail = None
        for v in iterable:
            node = Node(v)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self._size += 1

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._size

    def __contains__(self, value):
        print(f"  (searching for {value!r})")
        return any(v == value for v in self)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


ll = LinkedList(["b", "c", "d"])
ll.push_front("a")
print(ll, len(ll))
print("c" in ll, "z" in ll)
print(ll[0], ll[-1], ll[1:3])
print(list(reversed(ll)))
print(sorted(ll, reverse=True), "-".join(ll))
print(bool(LinkedList()), bool(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = ll
print(a, b, rest)
print(dict(enumerate(ll)))
