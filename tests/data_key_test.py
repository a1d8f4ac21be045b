#!/usr/bin/python3
"""The data key of the real frontdeskd: where it comes from and what the
server refuses (server/data_key.h).

    FRONTDESKD=build/server/frontdeskd PYTHONPATH=clients/python:tests \
        tests/with_mariadb.sh /usr/bin/python3 tests/data_key_test.py
"""
import os
import stat
import subprocess
import tempfile
import unittest

import harness


def run_server_briefly(db_url, key_file=None, cwd=None):
    """Runs frontdeskd until it exits by itself (a refusal) or 10 s pass;
    returns (exit code or None, output)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDESK_")}
    with tempfile.TemporaryDirectory() as d:
        env["FRONTDESK_TOKEN_FILE"] = os.path.join(d, "token")
        if key_file:
            env["FRONTDESK_DATA_KEY_FILE"] = key_file
        proc = subprocess.Popen(
            [harness.frontdeskd_path(), "--listen",
             "127.0.0.1:%d" % harness.free_port(), "--db", db_url],
            env=env, cwd=cwd or d, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            out, _ = proc.communicate(timeout=harness.START_TIMEOUT)
            return proc.returncode, out
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
            return None, out


class DataKeyTest(unittest.TestCase):

    def test_sqlite_key_is_created_beside_the_database_readable_by_owner_only(self):
        with harness.Server() as server:
            path = server.db_url[len("sqlite:"):] + ".key"
            mode = stat.S_IMODE(os.stat(path).st_mode)
            self.assertEqual(mode, 0o600, oct(mode))
            with open(path) as f:
                key = f.read().strip()
            self.assertRegex(key, r"^[0-9a-f]{64}$")
            self.assertIn("data key written to", server.log())
            # A restart keeps the key (and so can read what it sealed).
            server.restart()
            with open(path) as f:
                self.assertEqual(f.read().strip(), key)

    def test_server_refuses_to_start_with_another_key(self):
        with harness.Server() as server:
            db_url = server.db_url
            server.stop()
            with tempfile.TemporaryDirectory() as d:
                other = os.path.join(d, "other.key")
                with open(other, "w") as f:
                    f.write(os.urandom(32).hex() + "\n")
                code, out = run_server_briefly(db_url, other)
                self.assertNotEqual(code, 0, out)
                self.assertIsNotNone(code, out)
                self.assertIn("DATA_KEY", out.upper().replace(" ", "_"), out)
                # The database's own key still works.
                server.start()

    def test_malformed_key_file_is_refused_naming_the_rule(self):
        url, cleanup = harness.fresh_database("sqlite")
        try:
            with tempfile.TemporaryDirectory() as d:
                bad = os.path.join(d, "bad.key")
                with open(bad, "w") as f:
                    f.write("not-a-key\n")
                code, out = run_server_briefly(url, bad)
                self.assertEqual(code, 2, out)
                self.assertIn("64 hexadecimal digits", out)
        finally:
            cleanup()

    def test_mariadb_needs_a_configured_key(self):
        if not harness.mysql_admin_url():
            self.skipTest("FRONTDESK_TEST_MYSQL is not set")
        with harness.database("mariadb") as url:
            code, out = run_server_briefly(url)
            self.assertEqual(code, 2, out)
            self.assertIn("FRONTDESK_DATA_KEY_FILE", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
