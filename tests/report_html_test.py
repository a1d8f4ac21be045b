#!/usr/bin/python3
"""The HTML reports in a real browser: `frontdesk report render ... -o html`
of the fixture reports (tests/fixtures/reports/, two sites, a month of
days, satisfaction, open-item groups) opened in headless Chromium (Debian's
`chromium` package). Checks, in the DOM Chromium built: the charts (svg
elements with their series and bars), the key figures and labels in Chinese
and in English, that text with markup in it stayed text, and that the page
prints on A4 paper. Keeps a screenshot of each page (794 × 1123 px, A4 at
96 dpi) under the build directory and prints the paths.

Fails, never skips, when chromium is missing: deploy/install-deps.sh --test
installs it (with fonts-wqy-zenhei for the Chinese glyphs).

    FRONTDESK_CLI=build/clients/cli/frontdesk \\
      FRONTDESK_TEST_ARTIFACTS=build/tests/report_html \\
      /usr/bin/python3 tests/report_html_test.py
"""

import html.parser
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures", "reports")
BROWSER_TIMEOUT = 120  # seconds one chromium run may take
CLI_TIMEOUT = 60
INJECTION = '<script>alert("x")</script><img src=x onerror=alert(1)> & 漏水'


def chromium():
    path = os.environ.get("FRONTDESK_CHROMIUM") or shutil.which("chromium")
    if not path:
        raise AssertionError(
            "chromium is not installed: run deploy/install-deps.sh --test "
            "(Debian's chromium and fonts-wqy-zenhei)")
    return path


def cli():
    path = os.environ.get("FRONTDESK_CLI", "")
    if not path or not os.access(path, os.X_OK):
        raise AssertionError("FRONTDESK_CLI must name the frontdesk binary "
                             "(ctest sets it)")
    return path


def artifacts_dir():
    path = os.environ.get("FRONTDESK_TEST_ARTIFACTS") or os.path.join(
        tempfile.gettempdir(), "frontdesk-report-html")
    os.makedirs(path, exist_ok=True)
    return os.path.abspath(path)


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.text = []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def all_text(self):
        parts = list(self.text)
        for child in self.children:
            parts.append(child.all_text())
        return "".join(parts)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, tag=None, **attrs):
        for element in self.walk():
            if tag and element.tag != tag:
                continue
            if all(element.attrs.get(k.replace("_", "-")) == v
                   for k, v in attrs.items()):
                yield element


class DomBuilder(html.parser.HTMLParser):
    """The element tree of Chromium's --dump-dom output."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area",
            "base", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in self.VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.text.append(data)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise AssertionError("%s is not a PNG" % path)
    return struct.unpack(">II", head[16:24])


class ReportHtmlInChromiumTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.browser = chromium()
        cls.cli = cli()
        cls.work = tempfile.mkdtemp(prefix="frontdesk-report-html-")
        cls.artifacts = artifacts_dir()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, True)

    def render(self, kind, fixture, lang):
        """`report render` of a fixture into a folder of its own; the path of
        the one file of the report itself (not of its sites)."""
        out = tempfile.mkdtemp(dir=self.work)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("FRONTDESK_")}  # no token: none needed
        env.update({"TZ": "Asia/Shanghai", "HOME": self.work})
        r = subprocess.run(
            [self.cli, "report", "render", "--kind", kind, "--input",
             os.path.join(FIXTURES, fixture), "-o", "html", "--lang", lang,
             "--out", out],
            env=env, capture_output=True, text=True, timeout=CLI_TIMEOUT)
        self.assertEqual(r.returncode, 0, r.stderr)
        paths = r.stdout.split()
        self.assertTrue(paths, "no path printed")
        for path in paths:
            self.assertTrue(os.path.isfile(path), path)
        return paths

    def browser_run(self, *args):
        profile = tempfile.mkdtemp(dir=self.work)
        r = subprocess.run(
            [self.browser, "--headless", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--hide-scrollbars",
             "--user-data-dir=" + profile] + list(args),
            capture_output=True, timeout=BROWSER_TIMEOUT,
            env=dict(os.environ, HOME=self.work))
        self.assertEqual(r.returncode, 0, r.stderr.decode(errors="replace"))
        return r.stdout.decode("utf-8")

    def dom(self, path):
        builder = DomBuilder()
        builder.feed(self.browser_run("--dump-dom", "file://" + path))
        return builder.root

    def screenshot(self, path, name):
        shot = os.path.join(self.artifacts, name + ".png")
        if os.path.exists(shot):
            os.unlink(shot)
        self.browser_run("--screenshot=" + shot, "--window-size=794,1123",
                         "file://" + path)
        self.assertEqual(png_size(shot), (794, 1123))
        self.assertGreater(os.path.getsize(shot), 20000, "a blank page?")
        print("screenshot: " + shot, file=sys.stderr)
        return shot

    def chart(self, root, chart_id):
        charts = [svg for svg in root.find_all("svg")
                  if svg.attrs.get("data-chart") == chart_id]
        self.assertEqual(len(charts), 1, "chart %s" % chart_id)
        return charts[0]

    def bars(self, chart, series_id):
        groups = [g for g in chart.find_all("g")
                  if "series" in g.classes()
                  and g.attrs.get("data-series") == series_id]
        self.assertEqual(len(groups), 1, "series %s" % series_id)
        return [r for r in groups[0].find_all("rect")]

    def assert_no_active_content(self, root):
        for tag in ("script", "img", "iframe", "link", "object", "embed"):
            self.assertEqual(list(root.find_all(tag)), [], tag)
        for element in root.walk():
            for name in element.attrs:
                self.assertFalse(name.startswith("on"),
                                 "%s has %s" % (element.tag, name))

    def test_monthly_of_every_site_in_chinese(self):
        paths = self.render("monthly", "monthly_all.json", "zh")
        names = sorted(os.path.basename(p) for p in paths)
        self.assertEqual(names, ["all_monthly_2026-11.html",
                                 "hx_monthly_2026-11.html",
                                 "yy_monthly_2026-11.html"])
        path = [p for p in paths if p.endswith("all_monthly_2026-11.html")][0]
        root = self.dom(path)
        self.assertEqual(next(root.find_all("html")).attrs["lang"],
                         "zh-CN")
        text = root.all_text()
        for words in ("月度统计 · 全部项目", "2026-11-01 至 2026-11-30",
                      "受理总量", "1229", "上月受理", "1204", "指标定义版本",
                      "按项目", "华馨苑 (hx)", "御园 (yy)"):
            self.assertTrue(words in text, words)
        volume = self.chart(root, "chart-daily-volume")
        self.assertEqual(len(self.bars(volume, "repair")), 30)  # every day
        self.assertGreater(len(self.bars(volume, "inquiry")), 25)
        legend = volume.parent.all_text()
        for kind in ("咨询", "求助", "报修", "投诉", "特约服务"):
            self.assertIn(kind, legend)
        sla = self.chart(root, "chart-sla-trend")
        self.assertEqual(len(self.bars(sla, "resolved-in-deadline")), 29)
        self.assertEqual(len([t for t in sla.find_all("text")
                              if "no-data" in t.classes()]), 1)  # 11-15
        self.assertEqual(len([line for line in sla.find_all("line")
                              if "target" in line.classes()]), 1)
        self.assertIn("目标 100%", sla.all_text())
        self.assert_no_active_content(root)
        self.screenshot(path, "monthly_all_zh")

    def test_quality_in_english_with_satisfaction_and_trend(self):
        path = self.render("quality", "quality_hx.json", "en")[0]
        root = self.dom(path)
        text = root.all_text()
        for words in ("Service quality indicators", "Callback rate",
                      "99.0% (298/301)", "target ≥100%", "missed",
                      "Satisfaction rate", "95.3% (281/295)", "target ≥95%",
                      "Effective complaint rate", "target <1%",
                      "Arrival confirmation rate", "Asia/Shanghai"):
            self.assertTrue(words in text, words)
        for chinese in ("回访率", "满意率", "目标"):
            self.assertFalse(chinese in text, chinese)
        figures = {}
        for table in root.find_all("table"):
            if "figures" in table.classes():
                for row in table.find_all("tr"):
                    figures[next(row.find_all("th")).all_text()] = row
        self.assertIn("missed", figures["Callback rate"].classes())
        self.assertIn("met", figures["Satisfaction rate"].classes())
        self.assertIn("—", figures["Arrival confirmation rate"].all_text())
        satisfaction = self.chart(root, "chart-satisfaction")
        bars = self.bars(satisfaction, "rated-callbacks")
        self.assertEqual(len(bars), 4)
        for label in ("Very satisfied", "Satisfied", "Neutral",
                      "Unsatisfied"):
            self.assertIn(label, satisfaction.all_text())
        # Bars are as long as their counts: 203 of 295 is the longest.
        widths = [float(b.attrs["width"]) for b in bars]
        self.assertEqual(max(widths), widths[0])
        self.assertAlmostEqual(widths[1] / widths[0], 78 / 203, places=2)
        self.assertEqual(len(self.bars(self.chart(root, "chart-sla-trend"),
                                       "resolved-in-deadline")), 29)
        self.assert_no_active_content(root)
        self.screenshot(path, "quality_hx_en")

    def test_open_items_escape_subjects_and_chart_departments(self):
        path = self.render("open-items", "open_items_hx.json", "zh")[0]
        self.assertTrue(path.endswith("hx_open-items_2026-12-07-1430.html"))
        root = self.dom(path)
        self.assert_no_active_content(root)
        self.assertTrue(INJECTION in root.all_text())  # shown as text
        chart = self.chart(root, "chart-open-by-department")
        self.assertEqual(len(self.bars(chart, "overdue")), 1)  # 工程部 only
        self.assertEqual(len(self.bars(chart, "open-not-overdue")), 3)
        for department in ("工程部", "秩序维护部", "未指定部门"):
            self.assertIn(department, chart.all_text())
        partial = [d for d in root.find_all("div") if "partial" in d.classes()]
        self.assertEqual(len(partial), 1)
        self.assertIn("部分数据", partial[0].all_text())
        self.screenshot(path, "open_items_hx_zh")

    def test_weekly_department_names_with_markup_stay_text(self):
        path = self.render("weekly", "weekly_hx.json", "en")[0]
        root = self.dom(path)
        self.assertEqual(list(root.find_all("b")), [])
        self.assertTrue("环境部 <b>保洁</b>" in root.all_text())
        chart = self.chart(root, "chart-open-by-department")
        self.assertEqual(len(self.bars(chart, "overdue")), 2)
        self.assertEqual(len(self.bars(self.chart(root, "chart-daily-volume"),
                                       "repair")), 7)
        self.assertTrue("Information timeliness" in root.all_text())

    def test_prints_on_a4(self):
        path = self.render("monthly", "monthly_all.json", "zh")[0]
        for width, height in self.pdf_pages(path, "monthly_all_zh"):
            # A4: 595 × 842 points
            self.assertAlmostEqual(width, 595.3, delta=1.5)
            self.assertAlmostEqual(height, 841.9, delta=1.5)

    def pdf_pages(self, path, name):
        """`path` printed by Chromium to NAME.pdf: its pages' (width,
        height) in points."""
        pdf = os.path.join(self.artifacts, name + ".pdf")
        if os.path.exists(pdf):
            os.unlink(pdf)
        self.browser_run("--print-to-pdf=" + pdf, "--no-pdf-header-footer",
                         "file://" + path)
        with open(pdf, "rb") as f:
            data = f.read()
        boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]",
                           data)
        self.assertTrue(boxes, "no page in the PDF")
        print("pdf: %s (%d pages)" % (pdf, len(boxes)), file=sys.stderr)
        return [(float(w), float(h)) for w, h in boxes]

    def overflow(self, path, width, height):
        """How far (px) each table of the page at `path` reaches past the
        body's content box in a window of width × height: a copy of the page
        with a measuring script, opened in Chromium."""
        with open(path, encoding="utf-8") as f:
            page = f.read()
        script = (
            "<script>addEventListener('load', function () {"
            " var b = document.body, s = getComputedStyle(b);"
            " var right = b.getBoundingClientRect().right"
            "   - parseFloat(s.paddingRight);"
            " var out = [];"
            " document.querySelectorAll('table').forEach(function (t) {"
            "   out.push(Math.round(t.getBoundingClientRect().right - right));"
            " });"
            " document.documentElement.setAttribute('data-overflow',"
            "   out.join(' '));"
            "});</script>")
        probe = os.path.join(tempfile.mkdtemp(dir=self.work), "probe.html")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(page.replace("</body>", script + "</body>"))
        dom = self.browser_run("--window-size=%d,%d" % (width, height),
                               "--dump-dom", "file://" + probe)
        found = re.search(r'data-overflow="([^"]*)"', dom)
        self.assertTrue(found, "the measuring script did not run")
        return [int(v) for v in found.group(1).split()]

    def test_wide_tables_fit_a4(self):
        # The staff report's 22 columns: too wide for A4 upright, so it
        # prints landscape with its table in smaller type; every table fits
        # the page's width, in English (the widest headers) and in Chinese.
        for lang in ("en", "zh"):
            path = self.render("staff", "staff_hx.json", lang)[0]
            root = self.dom(path)
            staff = [t for t in root.find_all("table")
                     if "data" in t.classes()]
            self.assertTrue(staff)
            self.assertIn("wide", staff[0].classes())
            self.assertEqual(len(list(staff[0].find_all("th"))), 22)
            # A4 landscape at 96 dpi: 1123 × 794 px.
            for reach in self.overflow(path, 1123, 794):
                self.assertLessEqual(reach, 0, "a table past the page (%s)"
                                     % lang)
            for width, height in self.pdf_pages(path, "staff_hx_" + lang):
                self.assertAlmostEqual(width, 841.9, delta=1.5)  # landscape
                self.assertAlmostEqual(height, 595.3, delta=1.5)
        # The open items' 12 columns: smaller type, upright A4 (794 × 1123
        # px at 96 dpi).
        path = self.render("open-items", "open_items_hx.json", "en")[0]
        groups = [t for t in self.dom(path).find_all("table")
                  if "data" in t.classes()
                  and len(list(t.find_all("th"))) == 12]
        self.assertTrue(groups)
        for table in groups:
            self.assertIn("wide", table.classes())
        for reach in self.overflow(path, 794, 1123):
            self.assertLessEqual(reach, 0, "an open-items table past A4")
        for width, height in self.pdf_pages(path, "open_items_hx_en"):
            self.assertAlmostEqual(width, 595.3, delta=1.5)  # upright


if __name__ == "__main__":
    unittest.main()
