// The heartbeat on both backends: it starts at 0 (never written) and only
// moves forward.

#include "db/heartbeat_store.h"

#include "db/store_test_fixture.h"

namespace frontdesk::store_testing {
namespace {

TEST_P(StoreTest, HeartbeatOnlyMovesForward) {
  auto read = [&]() {
    long long beat = -1;
    EXPECT_TRUE(database()
                    .Transact([&](db::Tx& tx) -> absl::Status {
                      auto last = db::LastBeat(tx);
                      if (!last.ok()) return last.status();
                      beat = *last;
                      return absl::OkStatus();
                    })
                    .ok());
    return beat;
  };
  auto beat = [&](long long at) {
    ASSERT_TRUE(
        database().Transact([&](db::Tx& tx) { return db::Beat(tx, at); }).ok());
  };
  EXPECT_EQ(read(), 0);
  beat(Now());
  EXPECT_EQ(read(), Now());
  // A server whose clock is a little behind does not move it back.
  beat(Now() - kSecondUs);
  EXPECT_EQ(read(), Now());
  beat(Now() + kSecondUs);
  EXPECT_EQ(read(), Now() + kSecondUs);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(StoreTest);

}  // namespace
}  // namespace frontdesk::store_testing
