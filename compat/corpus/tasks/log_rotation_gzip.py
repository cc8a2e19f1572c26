# Rotate and compress log files inside a TemporaryDirectory using pathlib, gzip, shutil and os.scandir
import gzip
import os
import shutil
import tempfile
from pathlib import Path

MAX_BYTES = 200
KEEP = 3


def rotate(log_path: Path) -> None:
    """app.log -> app.log.1.gz -> app.log.2.gz ... keeping at most KEEP archives."""
    oldest = log_path.with_name(f"{log_path.name}.{KEEP}.gz")
    if oldest.exists():
        oldest.unlink()
    for i in range(KEEP - 1, 0, -1):
        src = log_path.with_name(f"{log_path.name}.{i}.gz")
        if src.exists():
            src.rename(log_path.with_name(f"{log_path.name}.{i + 1}.gz"))
    with open(log_path, "rb") as f_in, gzip.GzipFile(log_path.with_name(f"{log_path.name}.1.gz"), "wb", mtime=0) as f_out:
        shutil.copyfileobj(f_in, f_out)
    log_path.write_text("")


def write_log(log_path: Path, line: str) -> bool:
    rotated = False
    if log_path.exists() and log_path.stat().st_size + len(line) + 1 > MAX_BYTES:
        rotate(log_path)
        rotated = True
    with log_path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    return rotated


with tempfile.TemporaryDirectory() as tmp:
    logdir = Path(tmp) / "logs"
    logdir.mkdir()
    log = logdir / "app.log"
    rotations = 0
    for i in range(1, 31):
        level = "ERROR" if i % 7 == 0 else "INFO"
        rotations += write_log(log, f"2024-05-01T10:{i:02d}:00 {level} request {i} handled in {i * 3} ms")
    print("rotations:", rotations)
    entries = sorted(os.scandir(logdir), key=lambda e: e.name)
    for e in entries:
        kind = "gzip" if e.name.endswith(".gz") else "text"
        print(f"  {e.name:<14} {kind}")
    errors = []
    for archive in sorted(logdir.glob("*.gz")):
        with gzip.open(archive, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        errors += [l for l in lines if " ERROR " in l]
        print(f"{archive.name}: {len(lines)} lines, first={lines[0].split()[3]}, last={lines[-1].split()[3]}")
    current = log.read_text().splitlines()
    print(f"{log.name}: {len(current)} lines, size {log.stat().st_size} bytes (limit {MAX_BYTES})")
    errors += [l for l in current if " ERROR " in l]
    print("errors found across kept logs:", [l.split()[3] for l in errors])
    total_raw = sum(len(gzip.decompress(p.read_bytes())) for p in logdir.glob("*.gz"))
    print("uncompressed bytes in archives:", total_raw)
    blob = gzip.compress(b"x" * 1000, mtime=0)
    print("gzip magic:", blob[:2].hex(), "roundtrip:", gzip.decompress(blob) == b"x" * 1000)
