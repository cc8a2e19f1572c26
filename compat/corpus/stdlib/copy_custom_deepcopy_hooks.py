# Custom __copy__ and __deepcopy__ hooks for a document model with a non-copyable cache
import copy


class Cache:
    def __init__(self):
        self.store = {}

    def __deepcopy__(self, memo):
        return self  # caches are shared, never duplicated


class Document:
    counter = 0

    def __init__(self, title, sections):
        Document.counter += 1
        self.serial = Document.counter
        self.title = title
        self.sections = sections
        self.cache = Cache()

    def __copy__(self):
        new = Document.__new__(Document)
        new.__dict__.update(self.__dict__)
        new.sections = list(self.sections)
        return new

    def __deepcopy__(self, memo):
        Document.counter += 1
        new = Document.__new__(Document)
        memo[id(self)] = new
        new.serial = Document.counter
        new.title = self.title + " (copy)"
        new.sections = copy.deepcopy(self.sections, memo)
        new.cache = copy.deepcopy(self.cache, memo)
        return new

    def __repr__(self):
        return f"Document#{self.serial}({self.title!r}, {self.sections})"


doc = Document("Report", [["intro", "text"], ["results"]])
doc.cache.store["rendered"] = "<html>"
c1 = copy.copy(doc)
c2 = copy.deepcopy(doc)
print(doc)
print(c1)
print(c2)
c1.sections.append(["appendix"])
c1.sections[0].append("more")
print("after shallow edits:", doc.sections)
c2.sections[1].append("charts")
print("after deep edit:", doc.sections, c2.sections)
print("cache shared:", c1.cache is doc.cache, c2.cache is doc.cache)
pair = [doc, doc]
pair2 = copy.deepcopy(pair)
print(pair2[0] is pair2[1], pair2[0].serial, Document.counter)
