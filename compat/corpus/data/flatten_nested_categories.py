# Flatten a nested category tree into breadcrumb paths and count leaves
catalog = {
    "Electronics": {
        "Computers": {"Laptops": 42, "Desktops": 17, "Tablets": 23},
        "Audio": {"Headphones": 58, "Speakers": 31},
    },
    "Home": {
        "Kitchen": {"Cookware": 40, "Cutlery": 12},
        "Garden": 9,
    },
    "Books": 120,
}

def walk(node, path=()):
    if isinstance(node, dict):
        for key, child in node.items():
            yield from walk(child, path + (key,))
    else:
        yield path, node

flat = list(walk(catalog))
for path, count in flat:
    print(f"{' > '.join(path):<40}{count:>5}")

print(f"\n{len(flat)} leaf categories, {sum(c for _, c in flat)} products")
depths = {}
for path, _ in flat:
    depths[len(path)] = depths.get(len(path), 0) + 1
print("Leaves by depth:", dict(sorted(depths.items())))

def subtotal(node):
    return sum(subtotal(v) for v in node.values()) if isinstance(node, dict) else node

for top, sub in catalog.items():
    print(f"{top}: {subtotal(sub)}")
deepest = max(flat, key=lambda pc: (len(pc[0]), pc[1]))
print("Deepest, largest leaf:", "/".join(deepest[0]))
