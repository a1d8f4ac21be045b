#!/usr/bin/env python3
"""Checks the layers of the build by the includes of each file.

CMake keeps a layer from linking the one above it; this keeps it from even
including it (a header-only shortcut links fine). The layers, bottom up:

  common/                       no gRPC, no SOCI, nothing of db/ or server/
  db/                           no gRPC, nothing of server/ or clients/
  rules (frontdesk_*_rules)     no SOCI, no gRPC, nothing of db/; of server/
                                only headers of rules libraries
  desks (frontdesk_*_desks and  no gRPC: no grpcpp/, no *.grpc.pb.h, not the
  frontdesk_desk_support)       frame (server/handler.h, server/grpc_status.h)

Which file is in which layer is read from the add_library() calls of
server/**/CMakeLists.txt, so a file moved between libraries is checked as
what it now is.

  layers_check.py [ROOT]     exit 0 when clean, 1 with one line per breach
"""
import os
import re
import sys

GRPC = re.compile(r'#include\s*[<"](grpcpp/|grpc/|[^">]*\.grpc\.pb\.h)')
SOCI = re.compile(r'#include\s*[<"]soci/')
DB = re.compile(r'#include\s*"db/')
SERVER = re.compile(r'#include\s*"(server/[^"]+)"')
CLIENTS = re.compile(r'#include\s*"clients/')
FRAME = ("server/handler.h", "server/grpc_status.h")
SOURCE = re.compile(r"\.(h|cc)$")


def libraries(root):
    """{library name: [source paths relative to root]} of server/**/CMakeLists.txt."""
    libs = {}
    for dirpath, _, files in os.walk(os.path.join(root, "server")):
        if "CMakeLists.txt" not in files:
            continue
        text = open(os.path.join(dirpath, "CMakeLists.txt"), encoding="utf-8").read()
        rel = os.path.relpath(dirpath, root)
        for name, body in re.findall(r"add_library\((\w+)\s+STATIC\s+([^)]*)\)", text):
            srcs = [os.path.normpath(os.path.join(rel, s)) for s in body.split()
                    if SOURCE.search(s) and "$" not in s]
            libs.setdefault(name, []).extend(srcs)
    return libs


def with_headers(paths, root):
    out = set()
    for p in paths:
        out.add(p)
        header = re.sub(r"\.cc$", ".h", p)
        if os.path.exists(os.path.join(root, header)):
            out.add(header)
    return out


def files_under(root, top):
    for dirpath, dirs, files in os.walk(os.path.join(root, top)):
        dirs[:] = [d for d in dirs if d not in ("build", "node_modules")]
        for f in files:
            if SOURCE.search(f):
                yield os.path.relpath(os.path.join(dirpath, f), root)


def breaches(root):
    found = []

    def check(path, rules):
        for n, line in enumerate(open(os.path.join(root, path), encoding="utf-8"), 1):
            for why, bad in rules:
                if bad(line):
                    found.append(f"{path}:{n}: {why}: {line.strip()}")

    for path in files_under(root, "common"):
        check(path, [
            ("common/ includes no gRPC", GRPC.search),
            ("common/ includes no SOCI", SOCI.search),
            ("common/ includes nothing of db/", DB.search),
            ("common/ includes nothing of server/", SERVER.search),
            ("common/ includes nothing of clients/", CLIENTS.search),
        ])
    for path in files_under(root, "db"):
        check(path, [
            ("db/ includes no gRPC", GRPC.search),
            ("db/ includes nothing of server/", SERVER.search),
            ("db/ includes nothing of clients/", CLIENTS.search),
        ])

    libs = libraries(root)
    rule_files = set()
    for name, srcs in libs.items():
        if name.endswith("_rules"):
            rule_files |= with_headers(srcs, root)
    for path in sorted(rule_files):
        def other_layer(line):
            m = SERVER.search(line)
            return bool(m) and m.group(1) not in rule_files
        check(path, [
            ("rules include no gRPC", GRPC.search),
            ("rules include no SOCI", SOCI.search),
            ("rules include nothing of db/", DB.search),
            ("rules include only rules of server/", other_layer),
        ])
    for name, srcs in sorted(libs.items()):
        if not (name.endswith("_desks") or name == "frontdesk_desk_support"):
            continue
        for path in sorted(with_headers(srcs, root)):
            check(path, [
                ("desks include no gRPC", GRPC.search),
                ("desks include not the gRPC frame",
                 lambda line: any(f'"{h}"' in line for h in FRAME)),
            ])
    if not rule_files:
        found.append("server/: no rules library found (add_library(frontdesk_*_rules ...))")
    return found


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    found = breaches(os.path.abspath(root))
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} include(s) cross a layer (see the top of {os.path.basename(__file__)})")
        return 1
    print("layers: clean")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
