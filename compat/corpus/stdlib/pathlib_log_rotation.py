# Rename, rotate and prune log files with pathlib in a temporary directory
import tempfile
from pathlib import Path

MAX_KEEP = 3


def rotate(log: Path) -> None:
    rotated = sorted(log.parent.glob(log.name + ".*"), key=lambda p: int(p.suffix[1:]), reverse=True)
    for p in rotated:
        n = int(p.suffix[1:])
        if n >= MAX_KEEP:
            p.unlink()
            print(f"  pruned {p.name}")
        else:
            p.rename(p.with_suffix(f".{n + 1}"))
    if log.exists():
        log.rename(log.with_name(log.name + ".1"))
    log.touch()


with tempfile.TemporaryDirectory() as tmp:
    log = Path(tmp) / "app.log"
    for day in range(1, 6):
        with log.open("a", encoding="utf-8") as f:
            for i in range(day):
                f.write(f"day {day} event {i}\n")
        print(f"day {day}: rotating")
        rotate(log)
        state = sorted(p.name for p in Path(tmp).iterdir())
        sizes = {p.name: p.stat().st_size for p in Path(tmp).iterdir()}
        print("  files:", state)
        print("  sizes:", dict(sorted(sizes.items())))
    print((Path(tmp) / "app.log.1").read_text().splitlines())
    newest = max(Path(tmp).glob("app.log.*"), key=lambda p: p.stat().st_size)
    print("largest rotated:", newest.name)
    try:
        (Path(tmp) / "app.log.9").unlink()
    except FileNotFoundError:
        print("missing ok")
    (Path(tmp) / "app.log.9").unlink(missing_ok=True)
