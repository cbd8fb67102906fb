"""Every function the library exports (lib/costshare.map) is wrapped: declared
with its C signature, present in the loaded library, and called by a Python
function of its name without ``costshare_``, or on the short list of
exclusions below with the reason. Standard library only (also run by ctest).
"""

import inspect
import os
import re
import unittest

import costshare as cs
from costshare import _native

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))

# C functions deliberately not wrapped, with the reason (docs/bindings.md
# lists them too). Keep it short: a function is wrapped unless Python cannot
# use it better than through another.
EXCLUDED: "dict[str, str]" = {}


def exported():
    with open(os.path.join(ROOT, "lib", "costshare.map"), encoding="utf-8") as f:
        text = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
    return set(re.findall(r"^\s*(costshare_\w+);", text, re.M))


class Completeness(unittest.TestCase):

    def test_the_map_lists_the_library(self):
        self.assertGreater(len(exported()), 50)

    def test_every_exported_function_is_wrapped_or_excluded(self):
        missing = []
        for name in sorted(exported()):
            if name in EXCLUDED:
                self.assertTrue(EXCLUDED[name].strip(), name)
                continue
            if name not in _native.SIGNATURES:
                missing.append(name + " (no signature in costshare/_native.py)")
                continue
            fn = getattr(_native.lib, name)
            restype, argtypes = _native.SIGNATURES[name]
            self.assertIs(fn.restype, restype, name)
            self.assertEqual(fn.argtypes, argtypes, name)
            wrapper = getattr(cs, name[len("costshare_"):], None)
            if not callable(wrapper):
                missing.append(name + " (no Python function)")
                continue
            self.assertIn(name[len("costshare_"):], cs.__all__)
            self.assertIn('"%s"' % name, inspect.getsource(wrapper),
                          "%s does not call %s" % (wrapper.__name__, name))
            self.assertTrue(inspect.getdoc(wrapper), "%s has no docstring" % name)
        self.assertEqual(missing, [], "exported but not wrapped: %s" % ", ".join(missing))

    def test_exclusions_are_exported(self):
        self.assertEqual(set(EXCLUDED) - exported(), set())

    def test_every_public_function_is_typed(self):
        for name in cs.__all__:
            obj = getattr(cs, name)
            if inspect.isfunction(obj):
                hints = obj.__annotations__
                self.assertIn("return", hints, name)
                params = inspect.signature(obj).parameters
                self.assertEqual(set(params) - set(hints), set(), name)


if __name__ == "__main__":
    unittest.main()
