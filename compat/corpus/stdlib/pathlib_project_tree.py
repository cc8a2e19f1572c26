# Create a project tree in a TemporaryDirectory with pathlib, then walk, glob and stat it
import pathlib
import tempfile

LAYOUT = {
    "README.md": "# Demo\n",
    "src/app/__init__.py": "",
    "src/app/main.py": "print('hi')\n" * 3,
    "src/app/utils/helpers.py": "def f():\n    return 1\n",
    "tests/test_main.py": "def test():\n    assert True\n",
    "data/raw/2024-01.csv": "a,b\n1,2\n",
    "data/raw/2024-02.csv": "a,b\n3,4\n5,6\n",
    "data/processed/.keep": "",
}

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp) / "project"
    for rel, content in LAYOUT.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content, encoding="utf-8")

    print("files:")
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        kind = "d" if p.is_dir() else "f"
        size = p.stat().st_size if p.is_file() else "-"
        print(f"  {kind} {rel.as_posix():30} {size}")

    print("python files:", sorted(p.relative_to(root).as_posix() for p in root.glob("**/*.py")))
    print("csv in data/raw:", sorted(p.name for p in (root / "data" / "raw").glob("*.csv")))
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    print("total bytes:", total)

    main = root / "src" / "app" / "main.py"
    print(main.name, main.stem, main.suffix, main.parent.name, main.relative_to(root).parts)
    print(main.with_suffix(".txt").name, main.with_name("cli.py").name, main.with_stem("entry").name)
    print(main.read_text().count("\n"), "lines")
    print((root / "missing.txt").exists(), main.is_file(), main.parent.is_dir())
    hidden = [p.name for p in root.rglob(".*")]
    print("hidden:", hidden)
    empty = [p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.stat().st_size == 0]
    print("empty files:", sorted(empty))
print("cleaned up:", not root.exists())
