#include "server/request_id_sweep.h"

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "db/idempotency.h"
#include "db/store_test_base.h"

namespace frontdesk {
namespace {

class RequestIdSweepTest : public db::StoreTestBase {};

TEST_P(RequestIdSweepTest, ForgetsRecordsOlderThanTheTtlBatchByBatch) {
  const absl::Time now = absl::FromUnixSeconds(1795000000);
  auto record = [&](const std::string& id, absl::Time at) {
    return db::RunIdempotent(database(), db::TestDataProtector(), "staff/t",
                             "Test", id, id, ToMicros(at),
                             [](db::Tx&) -> absl::StatusOr<std::string> {
                               return std::string("done");
                             });
  };
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(record(absl::StrCat("old-", i), now - absl::Hours(200)).ok());
  }
  ASSERT_TRUE(record("recent", now - absl::Hours(1)).ok());
  auto forgotten = ForgetOldRequestIds(database(), now, absl::Hours(168), 2);
  ASSERT_TRUE(forgotten.ok()) << forgotten.status();
  EXPECT_EQ(*forgotten, 5);
  EXPECT_EQ(Count("idempotency_keys"), 1);
  EXPECT_EQ(*ForgetOldRequestIds(database(), now, absl::Hours(168), 2), 0);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(RequestIdSweepTest);

}  // namespace
}  // namespace frontdesk
