"""setuptools hook of the mpsandbox package; the metadata is in pyproject.toml.

The package holds native code that CMake builds (_mpsandbox, and the mpsandbox command in
mpsandbox/bin), which setuptools does not see, so it would tag the wheel py3-none-any: for
any Python and any platform. A distribution that says it has extension modules gets the
tag of the interpreter that builds it (cp311-cp311-linux_x86_64), and its files go to
platlib. bdist_wheel's --python-tag and --plat-name alone would leave the ABI tag 'none'.
"""
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.dist import Distribution


class BinaryDistribution(Distribution):
    def has_ext_modules(self):
        return True


# The tag comes from the interpreter running this: refuse to label another Python's module.
_module = Path(__file__).parent / "mpsandbox" / ("_mpsandbox" + sysconfig.get_config_var("EXT_SUFFIX"))
if not _module.is_file():
    raise SystemExit(f"setup.py: {_module.name} not found: this Python is not the one the package was built for")

setup(distclass=BinaryDistribution)
