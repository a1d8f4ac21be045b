#!/usr/bin/python3
"""A first look at report latency (issue 14, point 3): times ReportService
calls against a running frontdeskd and prints p50/p99 per call. Not part of
`make test`; the full report bench (1,000,000 tickets on MariaDB, server RSS)
is still to come.

    build/tests/bench/frontdesk_generate --db sqlite:/tmp/gen.db \
        --tickets 200000 --sites 50 --months 12
    FRONTDESK_TOKEN_FILE=/tmp/gen.token build/server/frontdeskd \
        --listen 127.0.0.1:50999 --db sqlite:/tmp/gen.db --threads 8 &
    tests/bench/report_latency.py 127.0.0.1:50999 "$(cat /tmp/gen.token)" \
        gen01 2026-06
"""

import datetime
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path[:0] = [os.path.join(ROOT, "clients", "python")]

import grpc  # noqa: E402

from frontdesk.v1 import report_service_pb2 as report_pb2  # noqa: E402
from frontdesk.v1 import report_service_pb2_grpc as report_grpc  # noqa: E402

DEADLINE = 120


def timed(name, call, request, metadata, runs):
    millis = []
    response = None
    for _ in range(runs):
        start = time.perf_counter()
        response = call(request, metadata=metadata, timeout=DEADLINE)
        millis.append((time.perf_counter() - start) * 1000)
    millis.sort()
    p99 = millis[min(len(millis) - 1, int(len(millis) * 0.99))]
    print("%-42s n=%-3d p50 %7.1f ms  p99 %7.1f ms" %
          (name, runs, millis[len(millis) // 2], p99))
    return response


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    address, token, site, month = sys.argv[1:5]
    stub = report_grpc.ReportServiceStub(grpc.insecure_channel(address))
    md = (("authorization", "Bearer " + token),)
    first = datetime.date.fromisoformat(month + "-01")
    month_end = (first + datetime.timedelta(days=32)).replace(day=1) - \
        datetime.timedelta(days=1)
    year_start = month_end - datetime.timedelta(days=365)

    def period(start, end):
        return report_pb2.ReportPeriod(start_date=start.isoformat(),
                                       end_date=end.isoformat())

    one = timed("GetMonthlyStatistics, one site-month",
                stub.GetMonthlyStatistics,
                report_pb2.GetMonthlyStatisticsRequest(
                    site="sites/" + site, month=month), md, 50)
    print("  tickets received at %s in %s: %d" %
          (site, month, one.received.total))
    timed("GetServiceQualityReport, one site-month",
          stub.GetServiceQualityReport,
          report_pb2.GetServiceQualityReportRequest(
              site="sites/" + site, period=period(first, month_end)), md, 50)
    timed("GetDailyDutyReport, sites/-", stub.GetDailyDutyReport,
          report_pb2.GetDailyDutyReportRequest(
              site="sites/-", date=(first + datetime.timedelta(days=14))
              .isoformat()), md, 5)
    timed("GetMonthlyStatistics, sites/-", stub.GetMonthlyStatistics,
          report_pb2.GetMonthlyStatisticsRequest(site="sites/-", month=month),
          md, 3)
    timed("GetServiceQualityReport, sites/- 366 days",
          stub.GetServiceQualityReport,
          report_pb2.GetServiceQualityReportRequest(
              site="sites/-", period=period(year_start, month_end)), md, 3)


if __name__ == "__main__":
    main()
