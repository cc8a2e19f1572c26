# Format byte counts as human-readable sizes in SI and binary units
def human_size(n: int, binary: bool = True, precision: int = 1) -> str:
    base = 1024 if binary else 1000
    units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"] if binary else ["B", "kB", "MB", "GB", "TB", "PB"]
    size = float(n)
    for unit in units:
        if abs(size) < base or unit == units[-1]:
            if unit == "B":
                return f"{int(size)} {unit}"
            return f"{size:.{precision}f} {unit}"
        size /= base
    raise AssertionError

def parse_size(text: str) -> int:
    text = text.strip().upper()
    mult = {"B": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}
    num = text.rstrip("BKMGTI ")
    suffix = text[len(num):].strip()[:1] or "B"
    return int(float(num) * mult[suffix])

sizes = [0, 1, 1023, 1024, 1536, 10 ** 6, 2 ** 20, 123456789, 5 * 2 ** 30, 10 ** 15, 2 ** 60]
print(f"{'bytes':>22} {'binary':>12} {'SI':>12}")
for s in sizes:
    print(f"{s:>22,} {human_size(s):>12} {human_size(s, binary=False, precision=2):>12}")

for t in ["512", "1.5K", "20M", "3G", "0.25T", "100 MB", "7KiB"]:
    print(f"parse_size({t!r}) = {parse_size(t):,}")

files = {"video.mp4": 734003200, "photo.jpg": 2457600, "notes.txt": 1834, "backup.tar": 16106127360}
total = sum(files.values())
for name, size in sorted(files.items(), key=lambda kv: -kv[1]):
    print(f"{name:<12} {human_size(size):>10} {size / total:>7.2%}")
print(f"{'total':<12} {human_size(total):>10}")
