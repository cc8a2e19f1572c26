"""python -m mpsandbox: the mpsandbox command."""
from mpsandbox._cli import main

main()
