#!/usr/bin/env python3
"""Builds the Python package's wheel from the build tree, offline.

The build tree's python/ directory (mpsandbox with _mpsandbox and bin/mpsandbox,
micropython_wasm, pyproject.toml, setup.py) is copied to a temporary directory without
what earlier in-tree builds left there (build/, *.egg-info, __pycache__), the native
files lose their debug information (about 100 MB to 10 MB), and pip builds the wheel in a
temporary venv with Debian's setuptools and wheel (/usr/share/python-wheels): nothing
comes from the network. The wheel is tagged for the Python running this script
(python/setup.py), which must be the one the package was built for.

usage: build_wheel.py --package-dir BUILD/python --out DIR [--strip STRIP]
Prints the wheel's path; earlier mpsandbox wheels in DIR are removed.
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

DEBIAN_WHEELS = Path("/usr/share/python-wheels")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "build", "*.egg-info")


def run(cmd, log):
    r = subprocess.run([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        sys.exit(f"build_wheel.py: {log} failed:\n{r.stdout}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package-dir", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--strip", help="strip program for the native files (none: kept as built)")
    args = ap.parse_args()
    cli = args.package_dir / "mpsandbox" / "bin" / "mpsandbox"
    if not cli.is_file():
        sys.exit(f"build_wheel.py: {cli} missing: build the package first")
    with tempfile.TemporaryDirectory(prefix="mpsandbox-wheel-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for name in ("mpsandbox", "micropython_wasm"):
            shutil.copytree(args.package_dir / name, src / name, ignore=IGNORED)
        for name in ("pyproject.toml", "setup.py"):
            shutil.copy2(args.package_dir / name, src / name)
        if args.strip:
            natives = [src / "mpsandbox" / "bin" / "mpsandbox", *(src / "mpsandbox").glob("_mpsandbox*.so")]
            run([args.strip, "--strip-debug", *natives], "strip")
        env = Path(tmp) / "env"
        venv.create(env, with_pip=True)
        pip = env / "bin" / "pip"
        run([pip, "install", "--no-index", "--find-links", DEBIAN_WHEELS, "wheel"], "installing wheel from Debian's wheels")
        built = Path(tmp) / "dist"
        run([pip, "wheel", "--no-index", "--no-build-isolation", "--no-deps", "--wheel-dir", built, src], "pip wheel")
        wheels = list(built.glob("mpsandbox-*.whl"))
        if len(wheels) != 1:
            sys.exit(f"build_wheel.py: expected one wheel, found {[w.name for w in wheels]}")
        args.out.mkdir(parents=True, exist_ok=True)
        for old in args.out.glob("mpsandbox-*.whl"):
            old.unlink()
        out = args.out / wheels[0].name
        shutil.move(wheels[0], out)
    print(out)


if __name__ == "__main__":
    main()
