#include "server/report/checkpoints.h"

#include "common/status.h"
#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

class CheckpointsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &zone_));
  }
  absl::Time At(int y, int m, int d, int hh, int mm) {
    return zone_.At(absl::CivilSecond(y, m, d, hh, mm, 0)).pre;
  }
  absl::TimeZone zone_;
};

TEST_F(CheckpointsTest, MorningComparesWithTheAfternoonBefore) {
  auto times = ResolveCheckpoint(v1::OpenItemsList::MORNING_1100, "2026-12-01",
                                 zone_, At(2026, 12, 7, 9, 0));
  ASSERT_TRUE(times.ok()) << times.status();
  EXPECT_EQ(times->cutoff, At(2026, 12, 1, 11, 0));
  EXPECT_EQ(times->previous, At(2026, 11, 30, 14, 30));
}

TEST_F(CheckpointsTest, AfternoonComparesWithTheSameMorning) {
  auto times = ResolveCheckpoint(v1::OpenItemsList::AFTERNOON_1430, "", zone_,
                                 At(2026, 12, 7, 15, 0));
  ASSERT_TRUE(times.ok()) << times.status();
  EXPECT_EQ(times->cutoff, At(2026, 12, 7, 14, 30));
  EXPECT_EQ(times->previous, At(2026, 12, 7, 11, 0));
}

TEST_F(CheckpointsTest, NowComparesWithTheLatestCheckpoint) {
  const absl::Time early = At(2026, 12, 7, 8, 0);
  EXPECT_EQ(ResolveCheckpoint({}, "", zone_, early)->previous,
            At(2026, 12, 6, 14, 30));
  EXPECT_EQ(ResolveCheckpoint({}, "", zone_, At(2026, 12, 7, 11, 0))->previous,
            At(2026, 12, 7, 11, 0));
  auto evening = ResolveCheckpoint({}, "", zone_, At(2026, 12, 7, 20, 0));
  EXPECT_EQ(evening->cutoff, At(2026, 12, 7, 20, 0));
  EXPECT_EQ(evening->previous, At(2026, 12, 7, 14, 30));
}

TEST_F(CheckpointsTest, ACheckpointStillToComeIsRefused) {
  auto later = ResolveCheckpoint(v1::OpenItemsList::AFTERNOON_1430, "", zone_,
                                 At(2026, 12, 7, 12, 0));
  EXPECT_EQ(ErrorReason(later.status()), "PERIOD_IN_FUTURE");
  EXPECT_EQ(FieldsOf(later.status()), std::vector<std::string>{"checkpoint"});
  ExpectOneViolation(
      ResolveCheckpoint(v1::OpenItemsList::MORNING_1100, "2026-12-32", zone_,
                        At(2026, 12, 7, 12, 0))
          .status(),
      "date");
}

}  // namespace
}  // namespace frontdesk
