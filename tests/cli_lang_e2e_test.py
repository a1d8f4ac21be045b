#!/usr/bin/python3
"""End-to-end tests of the CLI's two languages (clients/cli/messages.h)
against a real frontdeskd: `--lang zh` and LANG=zh_CN.UTF-8 print Chinese
headers and words (报修, 新建), `--lang en` and the default the English
ones, -o json the same in both; the Chinese words are accepted as input
(--kind 报修); the ticket history shows words, never enum constants; an
empty list prints its "nothing" line alone; errors keep their codes; the
global options' help follows the language.

    FRONTDESKD=build/server/frontdeskd FRONTDESK_CLI=build/clients/cli/frontdesk \
      PYTHONPATH=clients/python:tests \
      tests/with_mariadb.sh /usr/bin/python3 tests/cli_lang_e2e_test.py
"""

import unittest

import harness
from cli_support import NUMBER, Cli

ZH_ENV = {"LANG": "zh_CN.UTF-8"}


class CliLanguageTest(unittest.TestCase):

    def test_both_languages(self):
        for backend, url in harness.backends():
            with self.subTest(backend=backend), \
                    harness.Server(db_url=url,
                                   name="frontdeskd-cli-lang-" + backend) as server:
                self.languages(Cli(self, server))

    def languages(self, cli):
        cli.run("site", "create", "hx", "--display-name", "华馨苑",
                "--time-zone", "Asia/Shanghai")
        # Chinese words as input mean the CLI words.
        created = cli.run(
            "ticket", "create", "--site", "hx", "--kind", "报修",
            "--channel", "来电", "--priority", "紧急",
            "--reporter-name", "王芳", "--reporter-phone", "13800138000",
            "--location", "3-2-501", "--subject", "厨房水管漏水")
        number = NUMBER.search(created.stdout).group(1)
        ticket = cli.json("ticket", "get", number, "-o", "json")
        self.assertEqual((ticket["kind"], ticket["channel"], ticket["priority"]),
                         ("REPAIR", "PHONE", "URGENT"))
        cli.run("ticket", "list", "--site", "hx", "--kind", "xiu", expect=2)

        # --lang zh: Chinese headers and words.
        zh = cli.run("--lang", "zh", "ticket", "list", "--site", "hx").stdout
        header, row = zh.splitlines()[:2]
        for word in ("单号", "状态", "类别"):
            self.assertIn(word, header)
        self.assertNotIn("NUMBER", header)
        self.assertIn(number, row)
        self.assertIn("报修", row)
        self.assertIn("新建", row)
        # LANG=zh_CN.UTF-8 does the same; --lang en overrides it.
        self.assertEqual(
            cli.run("ticket", "list", "--site", "hx", env=ZH_ENV).stdout, zh)
        self.assertEqual(
            cli.run("ticket", "list", "--site", "hx",
                    env={"LC_ALL": "zh_CN.UTF-8", "LANG": "C.UTF-8"}).stdout,
            zh)
        en = cli.run("ticket", "list", "--site", "hx").stdout
        self.assertEqual(cli.run("--lang", "en", "ticket", "list", "--site",
                                 "hx", env=ZH_ENV).stdout, en)
        self.assertIn("NUMBER", en.splitlines()[0])
        self.assertIn("repair", en)
        self.assertNotIn("报修", en)
        # -o json never changes.
        self.assertEqual(
            cli.json("ticket", "list", "--site", "hx", "-o", "json", env=ZH_ENV),
            cli.json("ticket", "list", "--site", "hx", "-o", "json"))

        # The history: words, never constants, in both languages.
        cli.run("--lang", "zh", "ticket", "update", number, "--priority", "特急")
        zh_history = cli.run("--lang", "zh", "ticket", "history", number).stdout
        self.assertIn("紧急 -> 特急", zh_history)
        en_history = cli.run("ticket", "history", number).stdout
        self.assertIn("urgent -> emergency", en_history)
        for text in (zh_history, en_history):
            self.assertNotIn("EMERGENCY", text)
            self.assertNotIn("URGENT", text)

        # An empty list: its nothing line alone, on a line of its own.
        due = cli.run("ticket", "callbacks-due", "--site", "hx")
        self.assertEqual((due.stdout, due.stderr), ("", "no callbacks due\n"))
        due = cli.run("--lang", "zh", "ticket", "callbacks-due", "--site", "hx")
        self.assertEqual((due.stdout, due.stderr), ("", "没有到期的回访\n"))

        # Errors: the code stays, the human part is Chinese under zh.
        missing = cli.run("ticket", "get", "HX-20990101-0001", env=ZH_ENV,
                          expect=1)
        self.assertTrue(missing.stderr.startswith("错误: NOT_FOUND"),
                        missing.stderr)
        self.assertIn("找不到该记录", missing.stderr)
        missing = cli.run("ticket", "get", "HX-20990101-0001", expect=1)
        self.assertTrue(missing.stderr.startswith("error: NOT_FOUND"),
                        missing.stderr)
        self.assertNotIn("找不到", missing.stderr)
        usage = cli.run("--lang", "zh", "ticket", "update", number, expect=2)
        self.assertTrue(usage.stderr.startswith("错误: 没有要修改的内容"),
                        usage.stderr)
        # The global options' help texts follow the language.
        self.assertIn("表格、词语和提示的语言",
                      cli.run("--lang", "zh", "--help").stdout)
        self.assertIn("访问令牌", cli.run("--help", env=ZH_ENV).stdout)
        self.assertIn("language of tables", cli.run("--help").stdout)
        usage = cli.run("ticket", "update", number, expect=2)
        self.assertTrue(usage.stderr.startswith("error: nothing to update"),
                        usage.stderr)


if __name__ == "__main__":
    unittest.main()
