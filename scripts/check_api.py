#!/usr/bin/env python3
"""The public API's conventions, checked from the headers themselves.

    check_api.py [--write]

Reads every COSTSHARE_API declaration in include/costshare/*.h with the
Doxygen comment above it and fails (exit 1, one line per finding) unless:

- every function returns an `int` status (#COSTSHARE_OK or a negative code),
  except the short list below, which return their value and cannot fail;
- a status function documents #COSTSHARE_OK and each code it returns, in its
  own @return block (the one place its codes are written);
- every name carries its header's prefix (`costshare_date_` in date.h, ...);
- parameters are fixed-width integers, size_t counts, `int` error codes,
  `costshare_date`, library structs or pointers to these: no long, bool,
  enum, float or varargs;
- the section of docs/errors.md between the "codes by function" markers is
  exactly what the headers say (--write regenerates it).
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS = os.path.join(ROOT, "include", "costshare")
ERRORS_MD = os.path.join(ROOT, "docs", "errors.md")
BEGIN = "<!-- codes by function: generated from the headers by scripts/check_api.py --write -->"
END = "<!-- end of codes by function -->"

# Functions that return their value instead of a status. Each cannot fail:
# versions, names and messages (static strings, never NULL) and counts.
VALUE_FUNCTIONS = {
    "costshare_version": "const char *",
    "costshare_version_number": "int32_t",
    "costshare_error_message": "const char *",
    "costshare_error_name": "const char *",
}
VALUE_PATTERNS = [(re.compile(r"_name$"), "const char *"), (re.compile(r"_count$"), "int32_t")]

# The prefix of each header's functions, when it is not costshare_<stem>_.
PREFIXES = {
    "calendar_se": ("costshare_se_",),
    "constants": ("costshare_constant", "costshare_struct_size"),
    "version": ("costshare_version",),
    "error": ("costshare_error_",),
}

PARAM_TYPES = {"int32_t", "int64_t", "uint32_t", "uint64_t", "size_t", "costshare_date",
               "char", "void"}
ALLOWED_INT_PARAMS = {"costshare_error_message", "costshare_error_name"}


def declarations():
    """(header stem, name, return type, parameter text, doc comment) per function."""
    for fname in sorted(os.listdir(HEADERS)):
        if not fname.endswith(".h"):
            continue
        text = open(os.path.join(HEADERS, fname), encoding="utf-8").read()
        stem = fname[:-2]
        for m in re.finditer(r"(/\*\*(?:(?!\*/).)*\*/)\s*COSTSHARE_API\s+([^;]*?)\b"
                             r"(costshare_\w+)\s*\(([^;]*?)\)\s*;", text, re.S):
            doc, ret, name, params = m.group(1), " ".join(m.group(2).split()), m.group(3), \
                " ".join(m.group(4).split())
            yield stem, name, ret.replace(" *", " *").strip(), params, doc


def value_type(name):
    if name in VALUE_FUNCTIONS:
        return VALUE_FUNCTIONS[name]
    for pattern, kind in VALUE_PATTERNS:
        if pattern.search(name):
            return kind
    return None


def return_block(doc):
    """The text of the @return paragraph (up to the next tag or the end)."""
    m = re.search(r"@return(.*?)(?=\n\s*\*\s*@|\*/)", doc, re.S)
    return m.group(1) if m else ""


def codes_of(block):
    seen = []
    for code in re.findall(r"#(COSTSHARE_E[A-Z]+)\b", block):
        if code not in seen:
            seen.append(code)
    return seen


def check(decls):
    problems = []
    for stem, name, ret, params, doc in decls:
        prefixes = PREFIXES.get(stem, ("costshare_" + stem + "_", "costshare_" + stem))
        if not any(name == p.rstrip("_") or name.startswith(p) for p in prefixes):
            problems.append("%s (%s.h): name does not start with %s" % (name, stem,
                                                                       " or ".join(prefixes)))
        wanted = value_type(name)
        if wanted is None:
            if ret != "int":
                problems.append("%s: returns %s, not an int status" % (name, ret))
            elif "#COSTSHARE_OK" not in return_block(doc):
                problems.append("%s: its @return does not document #COSTSHARE_OK" % name)
        elif ret.replace(" ", "") != wanted.replace(" ", ""):
            problems.append("%s: a value function must return %s, not %s" % (name, wanted, ret))
        elif name.endswith("_count") and params != "void":
            problems.append("%s: a count takes no arguments" % name)
        if "..." in params:
            problems.append("%s: varargs" % name)
        if params == "void":
            continue
        for param in params.split(","):
            words = [w for w in re.findall(r"[A-Za-z_]\w*", param) if w != "const"]
            if len(words) < 2:
                problems.append("%s: parameter %r has no name" % (name, param.strip()))
                continue
            kind = words[-2]
            if kind == "int" and name in ALLOWED_INT_PARAMS:
                continue
            if kind not in PARAM_TYPES and not kind.startswith("costshare_"):
                problems.append("%s: parameter %r is not of a fixed-width or library type"
                                % (name, param.strip()))
    return problems


def codes_table(decls):
    lines = [BEGIN, "", "| Function | Codes besides #COSTSHARE_OK |", "|---|---|"]
    for stem, name, ret, params, doc in sorted(decls, key=lambda d: d[1]):
        if value_type(name) is not None:
            continue
        codes = [c for c in codes_of(return_block(doc)) if c != "COSTSHARE_OK"]
        lines.append("| %s() | %s |" % (name, ", ".join("#" + c for c in codes) or "none"))
    lines += ["", END]
    return "\n".join(lines)


def main():
    decls = list(declarations())
    problems = check(decls)
    if len(decls) < 50:
        problems.append("only %d declarations found: the parser is broken" % len(decls))
    md = open(ERRORS_MD, encoding="utf-8").read()
    table = codes_table(decls)
    if BEGIN not in md or END not in md:
        problems.append("docs/errors.md has no codes-by-function markers")
    else:
        start, stop = md.index(BEGIN), md.index(END) + len(END)
        if md[start:stop] != table:
            if "--write" in sys.argv[1:]:
                open(ERRORS_MD, "w", encoding="utf-8").write(md[:start] + table + md[stop:])
            else:
                problems.append("docs/errors.md: the codes by function differ from the headers "
                                "(scripts/check_api.py --write regenerates them)")
    for p in problems:
        print("api: " + p)
    if problems:
        return 1
    print("api: %d functions follow the conventions; docs/errors.md matches the headers"
          % len(decls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
