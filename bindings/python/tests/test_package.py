"""The package around the module: where the library is loaded from, the
version, the typing marker, and the docstring examples. Standard library only.
"""

import doctest
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import costshare as cs
from costshare import _native

PACKAGE = os.path.dirname(os.path.abspath(cs.__file__))


def run(code, env):
    env = dict(env)  # LD_PRELOAD stays: a sanitizer build of the library needs its runtime first
    return subprocess.run([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True)


def without(*names):
    return {k: v for k, v in os.environ.items() if k not in names}


class Loading(unittest.TestCase):
    """COSTSHARE_LIBRARY if set, else the bundled copy, else the system's."""

    def test_costshare_library_is_loaded_first(self):
        if "COSTSHARE_LIBRARY" in os.environ:
            self.assertEqual(_native.path, os.environ["COSTSHARE_LIBRARY"])
        out = run("import costshare; print(costshare._native.path)",
                  dict(os.environ, COSTSHARE_LIBRARY=_native.path))
        self.assertEqual((out.returncode, out.stdout.strip()), (0, _native.path), out.stderr)

    def test_a_library_that_cannot_be_loaded_is_an_import_error_not_a_fallback(self):
        out = run("import costshare", dict(os.environ, COSTSHARE_LIBRARY="/no/such/lib.so.1"))
        self.assertNotEqual(out.returncode, 0)
        self.assertIn("ImportError: cannot load libcostshare from COSTSHARE_LIBRARY=/no/such",
                      out.stderr)

    def test_the_bundled_copy_comes_next(self):
        if not os.path.exists(_native.BUNDLED):
            self.skipTest("no bundled library (the module is run from its sources)")
        self.assertEqual(os.path.dirname(_native.BUNDLED), PACKAGE)
        out = run("import costshare; print(costshare._native.path, costshare.__version__)",
                  without("COSTSHARE_LIBRARY"))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(out.stdout.split(), [_native.BUNDLED, cs.__version__])

    def test_then_the_system_library_by_its_soname(self):
        # The module without a bundled copy, and the library only on the
        # loader's path.
        with tempfile.TemporaryDirectory() as tmp:
            os.mkdir(os.path.join(tmp, "costshare"))
            for name in os.listdir(PACKAGE):
                if name.endswith(".py"):
                    shutil.copy(os.path.join(PACKAGE, name), os.path.join(tmp, "costshare"))
            libdir = os.path.join(tmp, "lib")
            os.mkdir(libdir)
            shutil.copy(_native.path, os.path.join(libdir, _native.SONAME))
            env = without("COSTSHARE_LIBRARY", "PYTHONPATH")
            env["PYTHONPATH"] = tmp
            env["LD_LIBRARY_PATH"] = libdir
            out = run("import costshare; print(costshare._native.path)", env)
            self.assertEqual((out.returncode, out.stdout.strip()), (0, _native.SONAME),
                             out.stderr)
            del env["LD_LIBRARY_PATH"]
            out = run("import costshare; print(costshare._native.path)", env)
            if out.returncode == 0:  # a libcostshare is installed on this machine
                self.assertIn("costshare", out.stdout)
            else:
                self.assertIn("ImportError: libcostshare not found", out.stderr)


class Package(unittest.TestCase):

    def test_version_is_the_library_version(self):
        self.assertEqual(cs.__version__, cs.version())
        self.assertEqual(cs.version_number(), int("%d%02d%02d" % tuple(
            int(p) for p in cs.__version__.split("."))))

    def test_the_package_is_typed(self):
        self.assertTrue(os.path.isfile(os.path.join(PACKAGE, "py.typed")))

    def test_the_docstring_examples(self):
        finder = doctest.DocTestFinder()
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        count = 0
        for test in finder.find(cs, "costshare", globs={"datetime": __import__("datetime"),
                                                      **vars(cs)}):
            name = test.name.rsplit(".", 1)[-1]
            if "costshare_" + name not in _native.AVAILABLE and name.endswith("_batch"):
                continue  # the loaded library lacks it
            runner.run(test)
            count += len(test.examples)
        self.assertGreater(count, 30)
        self.assertEqual(runner.failures, 0)


if __name__ == "__main__":
    unittest.main()
