#!/usr/bin/python3
"""Checks docs/rules.md against the tree (the ctest test docs.rules).

    tests/rules_check.py [--root DIR]      DIR: the checkout (default: ..)

Fails (exit 1, one line per problem) when
  - a rule under "## Implemented" names no test;
  - a named test does not exist in the named file: GoogleTest `Suite.Name`
    as TEST/TEST_F/TEST_P(Suite, Name) in a .cc file, Python `test_name` as
    `def test_name(` in a .py file;
  - a file anywhere in the tree cites an id, as `[ID]`, that docs/rules.md
    does not define;
  - an id is defined twice, is malformed, or a rule sits outside the
    Implemented / Planned / Not modelled sections.
The format is described at the top of docs/rules.md. Python 3 stdlib only.
"""

import argparse
import os
import re
import sys

RULES = os.path.join("docs", "rules.md")

# T- tickets, V- visitors, K- keys, P- privacy, D- directory, R- roster,
# REP- reports; then words of [A-Z0-9] joined by '-'.
ID = r"(?:REP|ACL|[TVKPDR])(?:-[A-Z0-9]+)+"
ID_RE = re.compile(r"^%s$" % ID)
CITATION_RE = re.compile(r"\[(%s)\]" % ID)
RULE_RE = re.compile(r"^- \*\*([A-Za-z0-9_-]+)\*\*")
HEADING_RE = re.compile(r"^(#+)\s+(.*)$")
# In a rule's "Tests:" part: a path, or a test name in backticks.
TEST_TOKEN_RE = re.compile(r"`([^`]+)`|([A-Za-z0-9_./-]+\.(?:cc|py))(?![\w.])")
CC_TEST_RE = re.compile(
    r"\b(?:TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P)\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)")
PY_TEST_RE = re.compile(r"^[ \t]*def\s+(test_\w+)\s*\(", re.M)

# Not ours or not sources: skipped everywhere.
SKIP_DIRS = {".git", "node_modules", "__pycache__", ".cache"}
# Skipped at the top of the tree (build trees, runtime data, generated stubs).
SKIP_TOP = re.compile(r"^(build.*|var)$")
SKIP_PATHS = {"clients/python/frontdesk", "clients/python/google"}
TEXT_SUFFIXES = (".cc", ".h", ".py", ".proto", ".md", ".sql", ".sh", ".txt",
                 ".cmake", ".yaml", ".yml", ".json", ".js", ".ts")
TEXT_NAMES = {"Makefile", "CMakeLists.txt"}

IMPLEMENTED, PLANNED, NOT_MODELLED = "implemented", "planned", "not modelled"


def section_status(title):
    t = title.strip().lower()
    if t.startswith("implemented"):
        return IMPLEMENTED
    if t.startswith("planned"):
        return PLANNED
    if t.startswith("not modelled") or t.startswith("not modeled"):
        return NOT_MODELLED
    return None


class Rule:
    def __init__(self, rule_id, line, status):
        self.id = rule_id
        self.line = line
        self.status = status
        self.tests = []  # (path, name, line)


def parse_rules(text, errors):
    """The rules of docs/rules.md, in order."""
    rules = []
    status = None
    current = None
    tests_text = None  # [(line, text)] after "Tests:" of the current rule

    def finish():
        if current is not None and tests_text is not None:
            parse_tests(current, tests_text, errors)

    for n, line in enumerate(text.splitlines(), 1):
        h = HEADING_RE.match(line)
        if h:
            finish()
            current, tests_text = None, None
            if len(h.group(1)) == 2:
                status = section_status(h.group(2))
            continue
        m = RULE_RE.match(line)
        if m:
            finish()
            tests_text = None
            rule_id = m.group(1).strip()
            current = Rule(rule_id, n, status)
            rules.append(current)
            if not ID_RE.match(rule_id):
                errors.append("%s:%d: malformed rule id %r (want e.g. "
                              "T-CALLBACK-REOPEN; prefixes T V K P D R REP)"
                              % (RULES, n, rule_id))
            if status is None:
                errors.append("%s:%d: %s is outside the Implemented, Planned "
                              "and Not modelled sections" % (RULES, n, rule_id))
            rest = line[m.end():]
        elif current is not None:
            rest = line
        else:
            continue
        if tests_text is None and "Tests:" in rest:
            tests_text = [(n, rest.split("Tests:", 1)[1])]
        elif tests_text is not None:
            tests_text.append((n, rest))
    finish()
    return rules


def parse_tests(rule, lines, errors):
    path = None
    for n, text in lines:
        for m in TEST_TOKEN_RE.finditer(text):
            name, new_path = m.group(1), m.group(2)
            if new_path:
                path = new_path
                continue
            name = name.strip()
            if path is None:
                errors.append("%s:%d: %s: test %s has no file before it"
                              % (RULES, n, rule.id, name))
                continue
            rule.tests.append((path, name, n))


def walk(root):
    """Relative paths of the text files of the tree."""
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/")
        keep = []
        for d in sorted(dirnames):
            rel = d if not rel_dir else rel_dir + "/" + d
            if d in SKIP_DIRS or rel in SKIP_PATHS:
                continue
            if not rel_dir and SKIP_TOP.match(d):
                continue
            keep.append(d)
        dirnames[:] = keep
        for f in sorted(filenames):
            if f.endswith(TEXT_SUFFIXES) or f in TEXT_NAMES:
                yield f if not rel_dir else rel_dir + "/" + f


def read(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
        return f.read()


def defined_tests(path, text):
    if path.endswith(".cc"):
        return {"%s.%s" % m.groups() for m in CC_TEST_RE.finditer(text)}
    if path.endswith(".py"):
        return set(PY_TEST_RE.findall(text))
    return set()


def check(root):
    """Returns (errors, summary)."""
    errors = []
    rules_path = os.path.join(root, RULES)
    if not os.path.isfile(rules_path):
        return ["%s: missing" % RULES], ""
    rules = parse_rules(read(root, RULES), errors)

    seen = {}
    for r in rules:
        if r.id in seen:
            errors.append("%s:%d: %s is defined twice (first at line %d)"
                          % (RULES, r.line, r.id, seen[r.id]))
        else:
            seen[r.id] = r.line

    files = list(walk(root))
    file_set = set(files)
    tests_in = {}
    n_refs = 0
    for r in rules:
        if r.status == IMPLEMENTED and not r.tests:
            errors.append("%s:%d: %s is implemented but names no test "
                          "(add `Tests:`, or move it to Planned)"
                          % (RULES, r.line, r.id))
        for path, name, n in r.tests:
            n_refs += 1
            if path not in file_set:
                errors.append("%s:%d: %s names %s in %s, which does not exist"
                              % (RULES, n, r.id, name, path))
                continue
            if path not in tests_in:
                tests_in[path] = defined_tests(path, read(root, path))
            if name not in tests_in[path]:
                kind = ("TEST/TEST_F/TEST_P(Suite, Name)" if path.endswith(".cc")
                        else "def test_name(")
                errors.append("%s:%d: %s names %s, which is not a %s in %s"
                              % (RULES, n, r.id, name, kind, path))

    n_cites = 0
    for rel in files:
        for n, line in enumerate(read(root, rel).splitlines(), 1):
            for m in CITATION_RE.finditer(line):
                n_cites += 1
                if m.group(1) not in seen:
                    errors.append("%s:%d: cites [%s], which %s does not define"
                                  % (rel, n, m.group(1), RULES))

    counts = {s: sum(1 for r in rules if r.status == s)
              for s in (IMPLEMENTED, PLANNED, NOT_MODELLED)}
    summary = ("%s: %d rules (%d implemented, %d planned, %d not modelled), "
               "%d test references, %d citations in the tree"
               % (RULES, len(rules), counts[IMPLEMENTED], counts[PLANNED],
                  counts[NOT_MODELLED], n_refs, n_cites))
    return errors, summary


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), os.pardir))
    args = parser.parse_args(argv)
    errors, summary = check(os.path.abspath(args.root))
    for e in errors:
        print(e)
    if errors:
        print("FAIL: %d problem(s) with %s (format: top of that file)"
              % (len(errors), RULES))
        return 1
    print(summary + ": OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
