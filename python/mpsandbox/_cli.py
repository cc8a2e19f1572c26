"""The `mpsandbox` command of the installed package: runs the CLI shipped beside it."""
import os
import sys
from pathlib import Path

CLI = Path(__file__).parent / "bin" / "mpsandbox"


def main() -> None:
    """Replaces this process by the CLI, with the same arguments, streams and exit status."""
    try:
        os.execv(CLI, ["mpsandbox", *sys.argv[1:]])
    except OSError as e:
        sys.exit(f"mpsandbox: cannot run {CLI}: {e.strerror}")
