#include "server/report/report_figures.h"

#include "absl/time/civil_time.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using absl::CivilDay;

long long BucketAt(absl::CivilSecond local, absl::TimeZone zone) {
  return absl::ToUnixMicros(zone.At(local).pre) / db::kBucketUs;
}

db::ReceivedCount Received(long long bucket, int kind, int channel, long long n,
                           int route = 0, int cls = 0) {
  db::ReceivedCount r;
  r.bucket = bucket;
  r.kind = kind;
  r.channel = channel;
  r.count = n;
  r.route = route;
  r.complaint_class = cls;
  return r;
}

TEST(ReportFigures, CountsByKindAndChannel) {
  std::vector<db::ReceivedCount> rows = {
      Received(1, v1::Ticket::REPAIR, v1::Ticket::PHONE, 3),
      Received(2, v1::Ticket::REPAIR, v1::Ticket::APP, 1),
      Received(2, v1::Ticket::COMPLAINT, v1::Ticket::PHONE, 2),
  };
  v1::TicketCounts counts = TicketCountsOf(rows);
  EXPECT_EQ(counts.total(), 6);
  EXPECT_EQ(counts.repairs(), 4);
  EXPECT_EQ(counts.complaints(), 2);
  std::vector<v1::ChannelCount> channels = ChannelCountsOf(rows);
  ASSERT_EQ(channels.size(), 2u);
  EXPECT_EQ(channels[0].channel(), v1::Ticket::PHONE);
  EXPECT_EQ(channels[0].count(), 5);
  EXPECT_EQ(channels[1].count(), 1);
}

TEST(ReportFigures, RepairsByRouteListsEveryRouteAndTheUnrouted) {
  std::vector<db::ReceivedCount> rows = {
      Received(1, v1::Ticket::REPAIR, 1, 2, v1::REPAIR_ROUTE_OWN_MAINTENANCE),
      Received(1, v1::Ticket::REPAIR, 1, 1, v1::REPAIR_ROUTE_UNSPECIFIED),
      Received(1, v1::Ticket::INQUIRY, 1, 9),
  };
  std::vector<v1::CategoryCount> routes = RepairsByRouteOf(rows);
  ASSERT_EQ(routes.size(), 5u);
  EXPECT_EQ(routes[0].category(), "OWN_MAINTENANCE");
  EXPECT_EQ(routes[0].display_name(), "工程类");
  EXPECT_EQ(routes[0].count(), 2);
  EXPECT_EQ(routes[4].category(), "UNROUTED");
  EXPECT_EQ(routes[4].count(), 1);
}

TEST(ReportFigures, ComplaintsByClass) {
  std::vector<db::ReceivedCount> rows = {
      Received(1, v1::Ticket::COMPLAINT, 1, 2, 0, v1::Ticket::FACILITY),
      Received(1, v1::Ticket::REPAIR, 1, 5, 0, v1::Ticket::SERVICE),
  };
  std::vector<v1::CategoryCount> classes = ComplaintsByClassOf(rows);
  ASSERT_EQ(classes.size(), 2u);
  EXPECT_EQ(classes[0].count(), 0) << "a repair is no service complaint";
  EXPECT_EQ(classes[1].count(), 2);
}

TEST(ReportFigures, DaysFoldBucketsIntoTheSitesLocalDates) {
  absl::TimeZone shanghai;
  ASSERT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &shanghai));
  ReportDays days{CivilDay(2026, 11, 30), CivilDay(2026, 12, 1), false};
  // 23:45 and 00:00 local fall on two dates, though both are 2026-11-30 in
  // UTC.
  std::vector<db::ReceivedCount> rows = {
      Received(BucketAt(absl::CivilSecond(2026, 11, 30, 23, 45, 0), shanghai),
               v1::Ticket::REPAIR, 1, 1),
      Received(BucketAt(absl::CivilSecond(2026, 12, 1, 0, 0, 0), shanghai),
               v1::Ticket::REPAIR, 1, 2),
  };
  db::Resolution late;
  late.bucket = rows[1].bucket;
  late.ticket_id = 7;
  late.in_deadline = false;
  db::Resolution again = late;  // the same ticket resolved twice that day
  again.in_deadline = true;
  std::vector<v1::DayFigures> out = DaysOf(days, shanghai, rows, {late, again});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].date(), "2026-11-30");
  EXPECT_EQ(out[0].received().total(), 1);
  EXPECT_TRUE(out[0].resolved_in_deadline().no_data());
  EXPECT_EQ(out[1].received().total(), 2);
  EXPECT_EQ(out[1].resolved(), 1) << "one ticket";
  EXPECT_EQ(out[1].resolved_in_deadline().numerator(), 1);
  EXPECT_EQ(out[1].resolved_in_deadline().denominator(), 2);
}

TEST(ReportFigures, ADstDayHoldsAllItsBuckets) {
  absl::TimeZone berlin;
  ASSERT_TRUE(absl::LoadTimeZone("Europe/Berlin", &berlin));
  // 2026-10-25 is 25 hours long: 01:30 local happens twice.
  ReportDays day{CivilDay(2026, 10, 25), CivilDay(2026, 10, 25), false};
  const absl::Time first = berlin.At(absl::CivilSecond(2026, 10, 25)).pre;
  std::vector<db::ReceivedCount> rows;
  for (int quarter = 0; quarter < 25 * 4; ++quarter) {
    rows.push_back(Received(
        absl::ToUnixMicros(first + absl::Minutes(15 * quarter)) / db::kBucketUs,
        v1::Ticket::INQUIRY, 1, 1));
  }
  std::vector<v1::DayFigures> out = DaysOf(day, berlin, rows, {});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].received().total(), 100);
}

TEST(ReportFigures, SitesAddByKey) {
  v1::MonthlyStatistics a, b;
  a.add_received_by_channel()->set_channel(v1::Ticket::PHONE);
  a.mutable_received_by_channel(0)->set_count(2);
  b.add_received_by_channel()->set_channel(v1::Ticket::APP);
  b.mutable_received_by_channel(0)->set_count(1);
  b.add_received_by_channel()->set_channel(v1::Ticket::PHONE);
  b.mutable_received_by_channel(1)->set_count(3);
  AddChannelCounts(b.received_by_channel(), a.mutable_received_by_channel());
  ASSERT_EQ(a.received_by_channel_size(), 2);
  EXPECT_EQ(a.received_by_channel(0).count(), 5);
  EXPECT_EQ(a.received_by_channel(1).channel(), v1::Ticket::APP);

  v1::DayFigures d1, d2, d3;
  d1.set_date("2026-12-02");
  d1.set_resolved(1);
  d2.set_date("2026-12-01");
  d2.set_resolved(2);
  d3.set_date("2026-12-02");
  d3.set_resolved(4);
  google::protobuf::RepeatedPtrField<v1::DayFigures> total, add;
  *total.Add() = d1;
  *add.Add() = d2;
  *add.Add() = d3;
  AddDays(add, &total);
  ASSERT_EQ(total.size(), 2);
  EXPECT_EQ(total[0].date(), "2026-12-01");
  EXPECT_EQ(total[1].resolved(), 5);
}

}  // namespace
}  // namespace frontdesk
