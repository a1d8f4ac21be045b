#include "server/report/indicators.h"

#include "gtest/gtest.h"

namespace frontdesk {
namespace {

TEST(Rate, MetOnlyWhenTheTargetIsReached) {
  v1::RateMetric all = Rate(100, 100, 1.0, v1::RateMetric::AT_LEAST);
  EXPECT_TRUE(all.met());
  EXPECT_DOUBLE_EQ(all.rate(), 1.0);
  v1::RateMetric most = Rate(98, 100, 1.0, v1::RateMetric::AT_LEAST);
  EXPECT_FALSE(most.met());
  EXPECT_DOUBLE_EQ(most.rate(), 0.98);
  // 1 in 3 against 1/3 as a double: met, not lost to rounding.
  EXPECT_TRUE(Rate(1, 3, 1.0 / 3, v1::RateMetric::AT_LEAST).met());
}

TEST(Rate, BelowTargetIsStrict) {
  EXPECT_TRUE(Rate(9, 1000, 0.01, v1::RateMetric::BELOW).met());
  EXPECT_FALSE(Rate(10, 1000, 0.01, v1::RateMetric::BELOW).met());
}

TEST(Rate, NothingToMeasureIsNoDataAndNotMet) {
  v1::RateMetric none = Rate(0, 0, 1.0, v1::RateMetric::AT_LEAST);
  EXPECT_TRUE(none.no_data());
  EXPECT_FALSE(none.met());
  EXPECT_EQ(none.rate(), 0);
}

TEST(Rate, WithoutDirectionNeverMet) {
  EXPECT_FALSE(Rate(10, 10, 0, v1::RateMetric::DIRECTION_UNSPECIFIED).met());
}

TEST(Rate, SitesAddNumeratorsAndDenominators) {
  v1::RateMetric sum = AddRates(Rate(9, 10, 1.0, v1::RateMetric::AT_LEAST),
                                Rate(1, 1, 1.0, v1::RateMetric::AT_LEAST));
  EXPECT_EQ(sum.numerator(), 10);
  EXPECT_EQ(sum.denominator(), 11);
  EXPECT_FALSE(sum.met());
  v1::RateMetric from_empty =
      AddRates(v1::RateMetric(), Rate(2, 2, 1.0, v1::RateMetric::AT_LEAST));
  EXPECT_TRUE(from_empty.met());
  EXPECT_EQ(from_empty.direction(), v1::RateMetric::AT_LEAST);
}

TEST(Median, LowerMiddleOfAnEvenCount) {
  std::vector<absl::Duration> none;
  EXPECT_EQ(Median(none), absl::ZeroDuration());
  std::vector<absl::Duration> odd = {absl::Hours(3), absl::Hours(1),
                                     absl::Hours(2)};
  EXPECT_EQ(Median(odd), absl::Hours(2));
  std::vector<absl::Duration> even = {absl::Hours(4), absl::Hours(1),
                                      absl::Hours(3), absl::Hours(2)};
  EXPECT_EQ(Median(even), absl::Hours(2));
}

}  // namespace
}  // namespace frontdesk
