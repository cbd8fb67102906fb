#!/usr/bin/env python3
"""The exported symbols of libcostshare.so are exactly the functions the
version script names, which are exactly the functions the public headers
declare with COSTSHARE_API; every one carries a COSTSHARE_x.y version node.

usage: check_symbols.py <path/to/libcostshare.so> [source root]
"""
import pathlib
import re
import subprocess
import sys


def header_functions(root):
    names = set()
    decl = re.compile(r"COSTSHARE_API\b[^;{]*?\b(costshare_\w+)\s*\(", re.S)
    for header in sorted((root / "include").rglob("*.h")):
        names.update(decl.findall(header.read_text(encoding="utf-8")))
    return names


def map_functions(root):
    text = (root / "lib" / "costshare.map").read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    if "costshare_*" in text or re.search(r"global:\s*\*", text):
        sys.exit("check_symbols: the version script uses a wildcard; name every function")
    nodes = re.findall(r"(COSTSHARE_[0-9.]+)\s*\{(.*?)\}", text, flags=re.S)
    names = {}
    for node, body in nodes:
        body = body.split("local:")[0].replace("global:", "")
        for name in re.findall(r"(\w+)\s*;", body):
            if name in names:
                sys.exit(f"check_symbols: {name} appears in two version nodes")
            names[name] = node
    return names


def exported(lib):
    out = subprocess.run(["nm", "-D", "--defined-only", lib], check=True,
                         capture_output=True, text=True).stdout
    syms = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        name, _, version = parts[2].partition("@")
        if parts[1] == "A":  # the version node names themselves
            continue
        syms[name] = version.lstrip("@")
    return syms


def main():
    lib = sys.argv[1]
    root = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else ".").resolve()
    in_headers = header_functions(root)
    in_map = map_functions(root)
    in_lib = exported(lib)
    problems = []
    for name in sorted(set(in_lib) - set(in_map)):
        problems.append(f"exported but not in the version script: {name}")
    for name in sorted(set(in_map) - set(in_lib)):
        problems.append(f"in the version script but not exported: {name}")
    for name in sorted(in_headers - set(in_map)):
        problems.append(f"declared COSTSHARE_API but not in the version script: {name}")
    for name in sorted(set(in_map) - in_headers):
        problems.append(f"in the version script but not declared in a header: {name}")
    for name, version in sorted(in_lib.items()):
        if not name.startswith("costshare_"):
            problems.append(f"exported name without the costshare_ prefix: {name}")
        elif name in in_map and version != in_map[name]:
            problems.append(f"{name} has version '{version}', expected {in_map[name]}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"symbols: {len(in_lib)} exported functions, all named in lib/costshare.map and the headers")


if __name__ == "__main__":
    main()
