#!/usr/bin/python3
"""Report latency and server memory (issue 14, point 3): times every
ReportService report against a running frontdeskd and prints p50/p99 per
report, for one site and a month (a day for the daily report, a week for the
weekly one, the 14:30 checkpoint for the open items) cycling over sites and
months, and company-wide ("sites/-") for a year; with the server's pid, its
resident memory before, between and after (VmRSS) and its peak (VmHWM).
Not part of `make test`: tests/bench/run_report_bench.sh runs it on the
generator's data.

    tests/bench/report_latency.py ADDRESS TOKEN PID SITE_PREFIX SITES \\
        LAST_MONTH [--runs 60] [--year-runs 3]

LAST_MONTH (YYYY-MM) is the last whole month of the data; the site-month
calls cycle over the SITES sites {SITE_PREFIX}01.. and the three months up to
it, the company-wide calls take the 365 days up to its end.
"""

import argparse
import datetime
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path[:0] = [os.path.join(ROOT, "clients", "python")]

import grpc  # noqa: E402

from frontdesk.v1 import report_service_pb2 as pb  # noqa: E402
from frontdesk.v1 import report_service_pb2_grpc as report_grpc  # noqa: E402

DEADLINE = 300


def memory(pid):
    """(VmRSS, VmHWM) of `pid` in MiB."""
    if not pid:
        return 0.0, 0.0
    fields = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.split()
    return (int(fields["VmRSS"][0]) / 1024.0,
            int(fields["VmHWM"][0]) / 1024.0)


def percentile(millis, p):
    ordered = sorted(millis)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def timed(name, calls, pid):
    """Runs each (callable, request) of `calls`; prints p50/p99 and RSS."""
    millis = []
    for call, request in calls:
        start = time.perf_counter()
        call(request)
        millis.append((time.perf_counter() - start) * 1000)
    rss, _ = memory(pid)
    print("%-46s n=%-3d p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms  "
          "rss %6.1f MiB" % (name, len(millis), percentile(millis, 0.5),
                             percentile(millis, 0.99), max(millis), rss))
    sys.stdout.flush()
    return millis


def month_span(month):
    first = datetime.date.fromisoformat(month + "-01")
    last = (first + datetime.timedelta(days=32)).replace(day=1) - \
        datetime.timedelta(days=1)
    return first, last


def earlier_month(month, back):
    first = datetime.date.fromisoformat(month + "-01")
    for _ in range(back):
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return first.strftime("%Y-%m")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("address")
    parser.add_argument("token")
    parser.add_argument("pid", type=int, help="frontdeskd's pid, 0 for none")
    parser.add_argument("site_prefix")
    parser.add_argument("sites", type=int)
    parser.add_argument("last_month")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--year-runs", type=int, default=3)
    args = parser.parse_args()

    channel = grpc.insecure_channel(args.address)
    stub = report_grpc.ReportServiceStub(channel)
    md = (("authorization", "Bearer " + args.token),)

    def rpc(method):
        return lambda request: method(request, metadata=md, timeout=DEADLINE)

    def period(start, end):
        return pb.ReportPeriod(start_date=start.isoformat(),
                               end_date=end.isoformat())

    width = 3 if args.sites > 99 else 2
    targets = []  # (site name, month) pairs cycled over
    for i in range(args.runs):
        site = "sites/%s%0*d" % (args.site_prefix, width, i % args.sites + 1)
        targets.append((site, earlier_month(args.last_month, i % 3)))

    rss, _ = memory(args.pid)
    print("frontdeskd rss before the reports: %.1f MiB" % rss)
    one_site, all_sites = {}, {}

    def site_month(name, build, method):
        calls = [(rpc(method), build(site, month)) for site, month in targets]
        one_site[name] = timed(name + ", one site", calls, args.pid)

    site_month("GetDailyDutyReport (day)", lambda s, m: pb.GetDailyDutyReportRequest(
        site=s, date=(month_span(m)[0] + datetime.timedelta(days=14))
        .isoformat()), stub.GetDailyDutyReport)
    site_month("GetWeeklySummary (week)", lambda s, m: pb.GetWeeklySummaryRequest(
        site=s, date=(month_span(m)[0] + datetime.timedelta(days=9))
        .isoformat()), stub.GetWeeklySummary)
    site_month("GetMonthlyStatistics (month)",
               lambda s, m: pb.GetMonthlyStatisticsRequest(site=s, month=m),
               stub.GetMonthlyStatistics)
    site_month("GetComplaintAnalysis (month)",
               lambda s, m: pb.GetComplaintAnalysisRequest(
                   site=s, period=period(*month_span(m))),
               stub.GetComplaintAnalysis)
    site_month("GetServiceQualityReport (month)",
               lambda s, m: pb.GetServiceQualityReportRequest(
                   site=s, period=period(*month_span(m))),
               stub.GetServiceQualityReport)
    site_month("GetStaffReport (month)",
               lambda s, m: pb.GetStaffReportRequest(
                   site=s, period=period(*month_span(m))),
               stub.GetStaffReport)
    site_month("GetOpenItemsList (14:30)",
               lambda s, m: pb.GetOpenItemsListRequest(
                   site=s, checkpoint=pb.OpenItemsList.AFTERNOON_1430,
                   date=(month_span(m)[0] + datetime.timedelta(days=14))
                   .isoformat()), stub.GetOpenItemsList)

    _, year_end = month_span(args.last_month)
    year_start = year_end - datetime.timedelta(days=364)
    year = period(year_start, year_end)

    def company(name, request, method):
        calls = [(rpc(method), request)] * args.year_runs
        all_sites[name] = timed(name + ", sites/-", calls, args.pid)

    company("GetMonthlyStatistics (month)",
            pb.GetMonthlyStatisticsRequest(site="sites/-",
                                           month=args.last_month),
            stub.GetMonthlyStatistics)
    company("GetComplaintAnalysis (365 days)",
            pb.GetComplaintAnalysisRequest(site="sites/-", period=year),
            stub.GetComplaintAnalysis)
    company("GetServiceQualityReport (365 days)",
            pb.GetServiceQualityReportRequest(site="sites/-", period=year),
            stub.GetServiceQualityReport)
    company("GetStaffReport (365 days)",
            pb.GetStaffReportRequest(site="sites/-", period=year),
            stub.GetStaffReport)

    rss, hwm = memory(args.pid)
    print("frontdeskd rss after the reports: %.1f MiB, peak %.1f MiB" %
          (rss, hwm))
    print("worst p99 of one site: %.1f ms; slowest company-wide call: "
          "%.1f ms" % (max(percentile(m, 0.99) for m in one_site.values()),
                       max(max(m) for m in all_sites.values())))
    channel.close()


if __name__ == "__main__":
    main()
