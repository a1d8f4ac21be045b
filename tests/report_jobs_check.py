#!/usr/bin/python3
"""The scheduled report jobs agree: the Kubernetes CronJobs
(deploy/kubernetes/report-cronjobs.yaml) run the same `frontdesk report`
command lines as the systemd units (deploy/systemd/frontdesk-report-*.
service), in the same order, on schedules of the same meaning (daily at
06:30, monthly on the 1st at 07:00), with the report job's token file and
the reports folder; and each command line is one the real CLI accepts (run
against an address where nothing listens: exit 1, the call failed, not 2,
a usage error; nothing written).

    FRONTDESK_CLI=build/clients/cli/frontdesk /usr/bin/python3 \\
      tests/report_jobs_check.py SOURCE_DIR
"""

import os
import re
import subprocess
import sys
import tempfile
import unittest

import yaml

ROOT = os.path.abspath(sys.argv.pop(1) if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(__file__), ".."))
REPORTS = "/var/lib/frontdesk/reports"
JOBS = {"daily": ("*-*-* 06:30:00", "30 6 * * *"),
        "monthly": ("*-*-01 07:00:00", "0 7 1 * *")}


def systemd_commands(job):
    path = os.path.join(ROOT, "deploy", "systemd",
                        "frontdesk-report-%s.service" % job)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    commands = [line.split("=", 1)[1].split()
                for line in text.splitlines()
                if line.startswith("ExecStart=")]
    env = dict(m.groups() for m in
               re.finditer(r"^Environment=(\w+)=(\S+)$", text, re.M))
    return commands, env


def timer_calendar(job):
    path = os.path.join(ROOT, "deploy", "systemd",
                        "frontdesk-report-%s.timer" % job)
    with open(path, encoding="utf-8") as f:
        return re.search(r"^OnCalendar=(.+)$", f.read(), re.M).group(1)


def cronjobs():
    path = os.path.join(ROOT, "deploy", "kubernetes", "report-cronjobs.yaml")
    with open(path, encoding="utf-8") as f:
        return {d["metadata"]["name"]: d for d in yaml.safe_load_all(f)
                if d and d["kind"] == "CronJob"}


class ReportJobsTest(unittest.TestCase):

    def test_cronjobs_run_what_the_systemd_units_run(self):
        jobs = cronjobs()
        self.assertEqual(sorted(jobs), ["frontdesk-report-daily",
                                        "frontdesk-report-monthly"])
        for job, (calendar, schedule) in JOBS.items():
            with self.subTest(job=job):
                commands, env = systemd_commands(job)
                self.assertEqual(timer_calendar(job), calendar)
                self.assertEqual(env["FRONTDESK_TOKEN_FILE"],
                                 "/etc/frontdesk/report-job.token")
                cron = jobs["frontdesk-report-" + job]["spec"]
                self.assertEqual(cron["schedule"], schedule)
                self.assertEqual(cron["concurrencyPolicy"], "Forbid")
                pod = cron["jobTemplate"]["spec"]["template"]["spec"]
                self.assertEqual(pod["restartPolicy"], "Never")
                containers = pod["initContainers"] + pod["containers"]
                self.assertEqual(
                    [["/usr/local/bin/frontdesk"] + c["args"]
                     for c in containers], commands)
                for c in containers:
                    names = {e["name"]: e["value"] for e in c["env"]}
                    mounts = {m["name"]: m["mountPath"]
                              for m in c["volumeMounts"]}
                    self.assertEqual(mounts["reports"], REPORTS)
                    self.assertTrue(names["FRONTDESK_TOKEN_FILE"].startswith(
                        mounts["token"] + "/"))
                for command in commands:
                    self.assertEqual(command[1:3], ["report", job])
                    self.assertIn("--out", command)
                    self.assertEqual(command[command.index("--out") + 1],
                                     REPORTS)

    def test_every_command_line_is_accepted_by_the_cli(self):
        cli = os.environ.get("FRONTDESK_CLI")
        self.assertTrue(cli and os.access(cli, os.X_OK),
                        "FRONTDESK_CLI must name the frontdesk binary")
        for job in JOBS:
            for command in systemd_commands(job)[0]:
                with self.subTest(command=" ".join(command)), \
                        tempfile.TemporaryDirectory() as out:
                    args = [out if a == REPORTS else a for a in command[1:]]
                    r = subprocess.run(
                        [cli] + args, capture_output=True, text=True,
                        timeout=60,
                        env={"PATH": "/usr/bin:/bin", "HOME": out,
                             "FRONTDESK_SERVER": "127.0.0.1:1",
                             "FRONTDESK_TOKEN": "check"})
                    self.assertEqual(r.returncode, 1, r.stderr)
                    self.assertIn("UNAVAILABLE", r.stderr)
                    self.assertEqual(os.listdir(out), [])


if __name__ == "__main__":
    unittest.main()
