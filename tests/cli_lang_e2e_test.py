#!/usr/bin/python3
"""End-to-end tests of the CLI's two languages (clients/cli/messages.h)
against a real frontdeskd: `--lang zh` and LANG=zh_CN.UTF-8 print Chinese
headers and words (报修, 新建), `--lang en` and the default the English
ones, -o json the same in both; the Chinese words are accepted as input
(--kind 报修); the ticket history shows words, never enum constants; an
empty list prints its "nothing" line alone; errors keep their codes; the
help follows the language; the visitor register, keys, the roster and leave
print words in both languages, never enum constants.

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
                cli = Cli(self, server)
                self.languages(cli)
                self.other_tables(cli)

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
        # The report commands' footer (-o csv, -o html) too, in each
        # report command's help.
        for args in (["report"], ["report", "staff"],
                     ["report", "settings", "set"],
                     ["report", "callback-plan"]):
            zh = cli.run(*args, "--help", env=ZH_ENV).stdout
            self.assertIn("字节顺序标记", zh)
            self.assertNotIn("byte-order mark", zh)
            self.assertNotIn("FLOAT in", zh)
            self.assertIn("byte-order mark",
                          cli.run(*args, "--help").stdout)
        usage = cli.run("ticket", "update", number, expect=2)
        self.assertTrue(usage.stderr.startswith("error: nothing to update"),
                        usage.stderr)

    def other_tables(self, cli):
        """Visitors, keys, the roster and leave in both languages (after
        languages(): site hx exists)."""
        cli.run("unit", "create", "--site", "hx", "--building", "3",
                "--entrance", "2", "--room", "501")
        cli.run("staff", "create", "chen.jing", "--display-name", "陈静",
                "--roles", "receptionist", "--sites", "hx")
        desk = {"FRONTDESK_TOKEN": cli.new_token("chen.jing")}

        # The visitor register: 在场 / on-premises, 探访住户 / visit-resident.
        cli.run("visitor", "checkin", "--site", "hx", "--name", "李强",
                "--id-type", "身份证", "--id-number", "110101199003071233",
                "--phone", "13900001111", "--visiting", "3-2-501",
                "--purpose", "探亲", env=desk)
        zh = cli.run("--lang", "zh", "visitor", "list", "--site", "hx",
                     env=desk).stdout
        self.assertIn("访客", zh.splitlines()[0])
        self.assertIn("在场", zh)
        en = cli.run("visitor", "list", "--site", "hx", env=desk).stdout
        self.assertIn("VISITOR", en.splitlines()[0])
        self.assertIn("on-premises", en)
        for text in (zh, en):
            self.assertNotIn("ON_PREMISES", text)

        # Keys: 空置房 / vacant-unit, 在库 / in-store; the view's keys too.
        cli.run("key", "create", "--site", "hx", "--tag", "KEY-0012",
                "--kind", "空置房", "--unit", "3-2-501", "--slot", "A-03")
        zh = cli.run("--lang", "zh", "key", "list", "--site", "hx").stdout
        self.assertIn("空置房", zh)
        self.assertIn("在库", zh)
        self.assertIn("标签", zh.splitlines()[0])
        en = cli.run("key", "list", "--site", "hx").stdout
        self.assertIn("vacant-unit", en)
        self.assertIn("in-store", en)
        view = cli.run("key", "get", "--site", "hx", "--key", "KEY-0012",
                       env=ZH_ENV).stdout
        self.assertIn("存放位置", view)
        self.assertNotIn("IN_STORE", view)

        # The roster: its headers, and an understaffed shift's 缺岗 / GAP.
        zh = cli.run("--lang", "zh", "roster", "show", "--site", "hx",
                     "--from", "2026-11-23").stdout
        header, row = zh.splitlines()[:2]
        for word in ("班次", "开始", "缺口"):
            self.assertIn(word, header)
        self.assertIn("缺岗", row)
        en = cli.run("roster", "show", "--site", "hx", "--from",
                     "2026-11-23").stdout
        header, row = en.splitlines()[:2]
        self.assertIn("SHIFT", header)
        self.assertIn("GAP", row)
        self.assertNotIn("缺岗", en)

        # Leave: 事假 / personal, 待审批 / pending.
        cli.run("leave", "apply", "--staff", "chen.jing", "--site", "hx",
                "--type", "事假", "--from", "2027-01-11 00:00", "--to",
                "2027-01-12 00:00", "--reason", "办事", env=desk)
        zh = cli.run("--lang", "zh", "leave", "list", "--status", "待审批",
                     env=desk).stdout
        self.assertIn("事假", zh)
        self.assertIn("待审批", zh)
        en = cli.run("leave", "list", "--status", "pending", env=desk).stdout
        self.assertIn("personal", en)
        self.assertIn("pending", en)
        for text in (zh, en):
            self.assertNotIn("PENDING", text)
            self.assertNotIn("PERSONAL", text)

        # Help: the commands and their options in the CLI language.
        zh = cli.run("--lang", "zh", "visitor", "checkin", "--help").stdout
        self.assertIn("用法", zh)
        self.assertIn("访客", zh)
        self.assertNotIn("Usage", zh)
        en = cli.run("visitor", "checkin", "--help").stdout
        self.assertIn("Usage", en)
        self.assertNotIn("用法", en)
        self.assertIn("登记", cli.run("--help", env=ZH_ENV).stdout)
        # CLI11's own errors: the option names stay.
        required = cli.run("--lang", "zh", "key", "lend", expect=2)
        self.assertIn("缺少 --site", required.stderr)
        required = cli.run("key", "lend", expect=2)
        self.assertIn("--site is required", required.stderr)
        unknown = cli.run("--lang", "zh", "ticket", "list", "--site", "hx",
                          "--status", "xyz", expect=2)
        self.assertIn("--status", unknown.stderr)
        self.assertIn("不是可选值", unknown.stderr)
        # A usage error of a command.
        usage = cli.run("--lang", "zh", "calendar", "set", "2026-10-01",
                        "--site", "hx", expect=2)
        self.assertIn("--holiday、--makeup 或 --normal", usage.stderr)


if __name__ == "__main__":
    unittest.main()
