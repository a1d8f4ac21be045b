// date_bounds.h: the dates a list filter's date terms include.
#include "server/roster/date_bounds.h"

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

FilterTerm Term(FilterOp op, const char* date, const char* field = "date") {
  FilterTerm t;
  t.field = field;
  t.op = op;
  t.text = date;
  return t;
}

TEST(DateBoundsTest, GreaterAndLessExcludeTheDate) {
  auto b = DateBoundsOf(
      {Term(FilterOp::kGt, "2026-11-30"), Term(FilterOp::kLt, "2027-01-01")});
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(*b->first, absl::CivilDay(2026, 12, 1));
  EXPECT_EQ(*b->last, absl::CivilDay(2026, 12, 31));
}

TEST(DateBoundsTest, EqualBoundsBothEndsAndOtherFieldsAreIgnored) {
  auto b = DateBoundsOf({Term(FilterOp::kEq, "2026-11-23"),
                         Term(FilterOp::kLe, "2020-01-01", "month")});
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(*b->first, absl::CivilDay(2026, 11, 23));
  EXPECT_EQ(*b->last, absl::CivilDay(2026, 11, 23));
  auto open = DateBoundsOf({Term(FilterOp::kGe, "2026-11-23")});
  ASSERT_TRUE(open.ok());
  EXPECT_FALSE(open->last.has_value());
}

TEST(DateBoundsTest, NotEqualIsRefusedNamingTheFilter) {
  auto b = DateBoundsOf({Term(FilterOp::kNe, "2026-11-23")});
  EXPECT_EQ(b.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorFieldViolations(b.status())[0].field, "filter");
}

}  // namespace
}  // namespace frontdesk
