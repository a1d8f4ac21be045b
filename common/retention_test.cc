// Retention of a ticket's reporter (common/retention.h)
// [T-COMPLAINT-RETENTION].
#include "common/retention.h"

#include <google/protobuf/util/time_util.h>

#include "absl/time/civil_time.h"
#include "common/clock.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using v1::Ticket;

const absl::Time kNow = absl::FromCivil(absl::CivilSecond(2027, 12, 1, 9, 0, 0),
                                        absl::UTCTimeZone());

google::protobuf::Timestamp Ts(absl::Time t) {
  return google::protobuf::util::TimeUtil::MicrosecondsToTimestamp(ToMicros(t));
}

// A ticket of `status` whose close time (CLOSED) or last update is `ago`
// before kNow.
Ticket Finished(Ticket::Status status, absl::Duration ago) {
  Ticket t;
  t.set_status(status);
  *t.mutable_update_time() = Ts(kNow - ago);
  if (status == Ticket::CLOSED) *t.mutable_close_time() = Ts(kNow - ago);
  return t;
}

constexpr absl::Duration kDay = absl::Hours(24);

TEST(TicketRetentionTest, AFinishedTicketsReporterGoesAfterTheRetention) {
  for (auto status : {Ticket::CLOSED, Ticket::UNFOUNDED, Ticket::DUPLICATE,
                      Ticket::CANCELLED}) {
    SCOPED_TRACE(Ticket::Status_Name(status));
    EXPECT_TRUE(ReporterDueForErasure(Finished(status, 366 * kDay), kNow, 365));
    EXPECT_FALSE(
        ReporterDueForErasure(Finished(status, 364 * kDay), kNow, 365));
    // Exactly at the cutoff it is still kept.
    EXPECT_FALSE(
        ReporterDueForErasure(Finished(status, 365 * kDay), kNow, 365));
    // A site that keeps them longer.
    EXPECT_FALSE(
        ReporterDueForErasure(Finished(status, 366 * kDay), kNow, 730));
  }
}

TEST(TicketRetentionTest, ACLOSEDTicketCountsFromItsCloseTime) {
  Ticket t = Finished(Ticket::CLOSED, 400 * kDay);
  *t.mutable_update_time() = Ts(kNow - kDay);  // a note added since
  EXPECT_EQ(*FinishedSince(t), kNow - 400 * kDay);
  EXPECT_TRUE(ReporterDueForErasure(t, kNow, 365));
}

TEST(TicketRetentionTest, OpenOrResolvedTicketsAreKept) {
  for (auto status : {Ticket::NEW, Ticket::DISPATCHED, Ticket::IN_PROGRESS,
                      Ticket::PENDING, Ticket::RESOLVED, Ticket::REOPENED}) {
    SCOPED_TRACE(Ticket::Status_Name(status));
    Ticket t = Finished(status, 1000 * kDay);
    EXPECT_FALSE(FinishedSince(t).has_value());
    EXPECT_FALSE(ReporterDueForErasure(t, kNow, 365));
  }
}

TEST(TicketRetentionTest, ImportantOnesAreKeptLongTermAndNothingGoesTwice) {
  Ticket important = Finished(Ticket::CLOSED, 3000 * kDay);
  important.set_important(true);
  EXPECT_FALSE(ReporterDueForErasure(important, kNow, 365));
  Ticket erased = Finished(Ticket::CLOSED, 3000 * kDay);
  *erased.mutable_purge_time() = Ts(kNow - kDay);
  EXPECT_FALSE(ReporterDueForErasure(erased, kNow, 365));
}

TEST(TicketRetentionTest, ASiteKeepsReportersAtLeastAYear) {
  EXPECT_TRUE(CheckTicketRetentionDays("d", 365).ok());
  EXPECT_TRUE(CheckTicketRetentionDays("d", 3650).ok());
  for (int days : {0, 1, 90, 364, 3651}) {
    SCOPED_TRACE(days);
    absl::Status s = CheckTicketRetentionDays("d", days);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
    ASSERT_EQ(ErrorFieldViolations(s).size(), 1u);
    EXPECT_EQ(ErrorFieldViolations(s)[0].field, "d");
  }
  EXPECT_EQ(kDefaultTicketRetentionDays, 365);
}

}  // namespace
}  // namespace frontdesk
