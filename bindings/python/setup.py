"""Builds libcostshare.so.1 from the repository's C sources into the package.

The sources are found in $COSTSHARE_SOURCE_DIR, else in csrc/ beside this file
(an sdist carries them there), else in the repository this directory belongs
to (../../lib and ../../include). The library is compiled the way the CMake
build makes it: C99, position-independent, hidden visibility, the exported
functions named by lib/costshare.map, SONAME libcostshare.so.1. $CC (default
cc), $CFLAGS and $LDFLAGS are honoured.

The wheel is tagged py3-none-<platform>: the library does not depend on the
Python version (the binding uses ctypes), only on the machine.
"""

import glob
import os
import re
import shlex
import shutil
import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist
from setuptools.dist import Distribution

try:
    from wheel.bdist_wheel import bdist_wheel
except ImportError:  # pragma: no cover - only without the wheel package
    bdist_wheel = None

HERE = os.path.dirname(os.path.abspath(__file__))
SONAME = "libcostshare.so.1"


def source_root():
    candidates = [os.environ.get("COSTSHARE_SOURCE_DIR"), os.path.join(HERE, "csrc"),
                  os.path.join(HERE, "..", "..")]
    for root in candidates:
        if root and os.path.isfile(os.path.join(root, "lib", "costshare.map")) and \
                os.path.isfile(os.path.join(root, "include", "costshare.h")):
            return os.path.abspath(root)
    raise SystemExit("costshare: the C sources (lib/ and include/) are not found; build "
                     "from the libcostshare repository or set COSTSHARE_SOURCE_DIR")


def library_version(root):
    with open(os.path.join(root, "include", "costshare", "version.h"), encoding="utf-8") as f:
        text = f.read()
    parts = [re.search(r"#define COSTSHARE_VERSION_%s (\d+)" % p, text) for p in
             ("MAJOR", "MINOR", "PATCH")]
    if not all(parts):
        raise SystemExit("costshare: no version numbers in include/costshare/version.h")
    return ".".join(m.group(1) for m in parts)


def compile_library(root, output, verbose=True):
    sources = sorted(glob.glob(os.path.join(root, "lib", "*.c")))
    cc = shlex.split(os.environ.get("CC", "cc"))
    command = (cc + ["-std=c99", "-O2", "-fPIC", "-fvisibility=hidden",
                     "-DCOSTSHARE_BUILDING_SHARED",
                     "-I" + os.path.join(root, "include"), "-I" + os.path.join(root, "lib")] +
               shlex.split(os.environ.get("CFLAGS", "")) +
               ["-shared", "-Wl,-soname," + SONAME,
                "-Wl,--version-script=" + os.path.join(root, "lib", "costshare.map"),
                "-Wl,--no-undefined"] +
               shlex.split(os.environ.get("LDFLAGS", "")) +
               ["-o", output] + sources)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    if verbose:
        print(" ".join(shlex.quote(c) for c in command))
    subprocess.check_call(command)


class BuildPy(build_py):
    """build_py, then the library into the built package."""

    def run(self):
        super().run()
        compile_library(source_root(), os.path.join(self.build_lib, "costshare", SONAME))


class SDist(sdist):
    """An sdist that carries the C sources in csrc/, so it builds on its own."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        root = source_root()
        for part in ("lib", "include"):
            shutil.copytree(os.path.join(root, part), os.path.join(base_dir, "csrc", part))


class BinaryDistribution(Distribution):
    """A distribution with a compiled part: installed to platlib, a platform wheel."""

    def has_ext_modules(self):
        return True


cmdclass = {"build_py": BuildPy, "sdist": SDist}

if bdist_wheel is not None:
    class BdistWheel(bdist_wheel):
        """A platform wheel (it holds a shared library) for any Python 3."""

        def get_tag(self):
            _, _, plat = super().get_tag()
            return "py3", "none", plat

    cmdclass["bdist_wheel"] = BdistWheel

setup(version=library_version(source_root()), cmdclass=cmdclass, distclass=BinaryDistribution)
