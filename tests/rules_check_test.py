#!/usr/bin/python3
"""Unit test of tests/rules_check.py (the ctest test docs.rules_check): runs
the checker on small fixture trees in temporary directories and shows that a
good tree passes and that each kind of problem fails, naming it.
Python 3 stdlib only."""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "rules_check.py")


def cite(rule_id):
    # Built at run time, so that this file itself cites nothing.
    return "[" + rule_id + "]"


GOOD_RULES = """\
# Rules

## How to read

- **Citing:** prose bullets in bold are not rules.

## Implemented

- **T-CALLBACK-REOPEN** An unsatisfied callback reopens the ticket.
  Tests: tests/workflow_test.cc `WorkflowTest.UnsatisfiedReopens`,
  `WorkflowTest.WrappedOverTwoLines`; tests/api_test.py `test_reopen`
- **K-LEND** A key is lent from the cabinet.
  Tests: server/key_rules_test.cc `KeyStateTest.LendFromTheCabinet`

## Planned: roster

- **R-SWAP-LIMIT** At most 3 swaps a month.

## Not modelled

- **T-ANSWER-THREE-RINGS** Needs telephony data.
"""

GOOD_FILES = {
    "tests/workflow_test.cc": """\
        // Reopens the ticket %s.
        TEST_P(WorkflowTest, UnsatisfiedReopens) {}
        TEST_P(WorkflowTest,
               WrappedOverTwoLines) {}
        """ % cite("T-CALLBACK-REOPEN"),
    "tests/api_test.py": """\
        import unittest
        class ApiTest(unittest.TestCase):
            def test_reopen(self):  # %s
                pass
        """ % cite("T-CALLBACK-REOPEN"),
    "server/key_rules_test.cc": "TEST(KeyStateTest, LendFromTheCabinet) {}\n",
    "protos/key.proto": "// Lending %s; roster %s.\n" % (
        cite("K-LEND"), cite("R-SWAP-LIMIT")),
    # Build trees and installed packages are not ours: never scanned.
    "build/gen/x.h": "// %s\n" % cite("T-NOT-A-RULE"),
    "protos/node_modules/pkg/README.md": "%s\n" % cite("T-NOT-A-RULE"),
}


class RulesCheckTest(unittest.TestCase):

    def tree(self, rules=GOOD_RULES, files=None, drop=()):
        """A fixture tree: docs/rules.md plus `files` over GOOD_FILES."""
        d = tempfile.mkdtemp(prefix="rules_check_")
        self.addCleanup(shutil.rmtree, d, True)
        merged = dict(GOOD_FILES)
        merged.update(files or {})
        merged["docs/rules.md"] = rules
        for rel, text in merged.items():
            if rel in drop:
                continue
            path = os.path.join(d, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(textwrap.dedent(text))
        return d

    def run_checker(self, root):
        p = subprocess.run([sys.executable, CHECKER, "--root", root],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True, timeout=60)
        return p.returncode, p.stdout

    def assertFails(self, root, *needles):
        rc, out = self.run_checker(root)
        self.assertEqual(rc, 1, out)
        for n in needles:
            self.assertIn(n, out)
        return out

    def test_good_tree_passes(self):
        rc, out = self.run_checker(self.tree())
        self.assertEqual(rc, 0, out)
        self.assertIn("4 rules (2 implemented, 1 planned, 1 not modelled)", out)
        self.assertIn("4 test references, 4 citations", out)

    def test_implemented_rule_without_a_test_fails(self):
        rules = GOOD_RULES.replace(
            "  Tests: server/key_rules_test.cc `KeyStateTest.LendFromTheCabinet`\n",
            "")
        self.assertFails(self.tree(rules),
                         "docs/rules.md:12: K-LEND is implemented but names no test")

    def test_missing_gtest_fails(self):
        files = {"tests/workflow_test.cc":
                 "TEST_P(WorkflowTest, UnsatisfiedReopens) {}\n"}
        self.assertFails(
            self.tree(files=files),
            "T-CALLBACK-REOPEN names WorkflowTest.WrappedOverTwoLines, which is "
            "not a TEST/TEST_F/TEST_P(Suite, Name) in tests/workflow_test.cc")

    def test_test_of_another_suite_does_not_count(self):
        files = {"server/key_rules_test.cc":
                 "TEST(OtherSuite, LendFromTheCabinet) {}\n"}
        self.assertFails(self.tree(files=files),
                         "K-LEND names KeyStateTest.LendFromTheCabinet")

    def test_missing_python_test_fails(self):
        files = {"tests/api_test.py": "def test_something_else(self):\n"
                                      "    pass\n"}
        self.assertFails(self.tree(files=files),
                         "T-CALLBACK-REOPEN names test_reopen, which is not a "
                         "def test_name( in tests/api_test.py")

    def test_missing_test_file_fails(self):
        self.assertFails(self.tree(drop=("server/key_rules_test.cc",)),
                         "K-LEND names KeyStateTest.LendFromTheCabinet in "
                         "server/key_rules_test.cc, which does not exist")

    def test_unknown_citation_fails_naming_file_and_line(self):
        files = {"server/ticket/sla.h": "// one\n// Defaults %s.\n"
                 % cite("T-SLA-DEFAULTS")}
        self.assertFails(self.tree(files=files),
                         "server/ticket/sla.h:2: cites %s, which docs/rules.md "
                         "does not define" % cite("T-SLA-DEFAULTS"))

    def test_unknown_citation_in_python_and_proto_fails(self):
        files = {"tests/api_test.py": GOOD_FILES["tests/api_test.py"] +
                 "# %s\n" % cite("T-GONE"),
                 "protos/key.proto": "// %s\n" % cite("K-GONE")}
        self.assertFails(self.tree(files=files),
                         "tests/api_test.py:5: cites " + cite("T-GONE"),
                         "protos/key.proto:1: cites " + cite("K-GONE"))

    def test_id_defined_twice_fails(self):
        rules = GOOD_RULES + "- **K-LEND** The same id again.\n"
        self.assertFails(self.tree(rules),
                         "K-LEND is defined twice (first at line 12)")

    def test_planned_and_not_modelled_rules_need_no_test(self):
        rules = GOOD_RULES.replace("## Planned: roster\n",
                                   "## Planned: roster\n\n"
                                   "- **REP-DAILY-DUTY** The daily report.\n")
        rc, out = self.run_checker(self.tree(rules))
        self.assertEqual(rc, 0, out)

    def test_malformed_id_and_rule_outside_the_sections_fail(self):
        rules = GOOD_RULES.replace(
            "- **Citing:** prose bullets in bold are not rules.",
            "- **T-OUTSIDE** A rule in the wrong section.") + \
            "- **X-FOO** Unknown prefix.\n"
        self.assertFails(self.tree(rules),
                         "T-OUTSIDE is outside the Implemented, Planned and "
                         "Not modelled sections",
                         "malformed rule id 'X-FOO'")

    def test_test_name_before_any_file_fails(self):
        rules = GOOD_RULES.replace(
            "Tests: server/key_rules_test.cc `KeyStateTest.LendFromTheCabinet`",
            "Tests: `KeyStateTest.LendFromTheCabinet`")
        self.assertFails(self.tree(rules),
                         "K-LEND: test KeyStateTest.LendFromTheCabinet has no "
                         "file before it")

    def test_missing_rules_file_fails(self):
        root = self.tree()
        os.remove(os.path.join(root, "docs", "rules.md"))
        self.assertFails(root, "docs/rules.md: missing")


if __name__ == "__main__":
    unittest.main()
