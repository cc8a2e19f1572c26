"""python3 -m micropython_wasm: the micropython-wasm command."""
import sys

from .cli import main

sys.exit(main())
