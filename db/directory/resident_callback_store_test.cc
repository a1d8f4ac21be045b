// The resident callback store and the callback plan's query against both
// backends [T-PERIODIC-RESIDENT-VISITS]: a callback is stored and listed
// newest first, an unknown unit is NOT_FOUND, the database refuses to change
// or delete a callback (append-only), and the plan counts the units due and
// done per period in SQL.
#include "db/directory/resident_callback_store.h"

#include "absl/strings/match.h"
#include "db/report/resident_callbacks.h"
#include "db/store_test_fixture.h"

namespace frontdesk::store_testing {
namespace {

class ResidentCallbackStoreTest : public StoreTest {
 protected:
  absl::StatusOr<v1::ResidentCallback> Record(const std::string& unit_id,
                                              v1::ResidentCallback::Result r,
                                              int rating, long long at_us) {
    v1::ResidentCallback c;
    c.set_result(r);
    c.set_rating(rating);
    c.set_comment("一切正常");
    return Write([&](db::Tx& tx) {
      return db::InsertResidentCallback(tx, "hx", unit_id, c, "wang.li", at_us);
    });
  }
};

TEST_P(ResidentCallbackStoreTest, RecordsAndListsNewestFirst) {
  MakeSite("hx");
  MakeUnit("hx", "3", "2", "501");
  MakeUnit("hx", "3", "2", "502");
  auto first = Record("3-2-501", v1::ResidentCallback::REACHED, 5, Now());
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_TRUE(absl::StartsWith(first->name(),
                               "sites/hx/units/3-2-501/residentCallbacks/"));
  EXPECT_EQ(first->caller(), "staff/wang.li");
  EXPECT_EQ(Micros(first->create_time()), Now());
  ASSERT_TRUE(
      Record("3-2-502", v1::ResidentCallback::UNREACHABLE, 0, Now() + 1).ok());

  db::ResidentCallbackQuery all;
  all.site_id = "hx";
  auto listed =
      MustRead([&](db::Tx& tx) { return db::ListResidentCallbacks(tx, all); });
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].result(), v1::ResidentCallback::UNREACHABLE);
  EXPECT_TRUE(MessageDifferencer::Equals(listed[1], *first));

  db::ResidentCallbackQuery one = all;
  one.unit_id = "3-2-501";
  EXPECT_EQ(MustRead([&](db::Tx& tx) {
              return db::ListResidentCallbacks(tx, one);
            }).size(),
            1u);
}

TEST_P(ResidentCallbackStoreTest, UnknownUnitIsNotFound) {
  MakeSite("hx");
  auto missing = Record("9-9-999", v1::ResidentCallback::REACHED, 5, Now());
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(db::CountRows(database(), "resident_callbacks"), 0);
}

TEST_P(ResidentCallbackStoreTest, DatabaseRefusesUpdateAndDelete) {
  MakeSite("hx");
  MakeUnit("hx", "3", "2", "501");
  ASSERT_TRUE(Record("3-2-501", v1::ResidentCallback::REACHED, 5, Now()).ok());
  for (const char* sql : {"UPDATE resident_callbacks SET rating = 1",
                          "UPDATE resident_callbacks SET comment = ''",
                          "DELETE FROM resident_callbacks"}) {
    EXPECT_FALSE(db::ExecRaw(database(), sql).ok()) << sql;
  }
  EXPECT_EQ(db::CountRows(database(), "resident_callbacks"), 1);
}

TEST_P(ResidentCallbackStoreTest, PlanCountsDueAndDoneInSql) {
  MakeSite("hx");
  MakeUnit("hx", "1", "1", "101");  // created at Now()
  MakeUnit("hx", "1", "1", "102");
  MakeUnit("hx", "1", "1", "103");
  const long long start = Now() + kDayUs, end = Now() + 31 * kDayUs;
  // 101: reached in the period; 102: only unreachable; 103: reached before.
  ASSERT_TRUE(
      Record("1-1-101", v1::ResidentCallback::UNREACHABLE, 0, start + kSecondUs)
          .ok());
  ASSERT_TRUE(
      Record("1-1-101", v1::ResidentCallback::REACHED, 4, start + 2 * kSecondUs)
          .ok());
  ASSERT_TRUE(
      Record("1-1-102", v1::ResidentCallback::UNREACHABLE, 0, start + kDayUs)
          .ok());
  ASSERT_TRUE(
      Record("1-1-103", v1::ResidentCallback::REACHED, 5, Now() + 1).ok());
  db::ReportWindow w{"hx", start, end, end - 1};
  auto plan =
      MustRead([&](db::Tx& tx) { return db::ReadCallbackPlan(tx, w, 2); });
  EXPECT_EQ(plan.due, 3);
  EXPECT_EQ(plan.done, 1);
  ASSERT_EQ(plan.units.size(), 2u);
  EXPECT_TRUE(plan.truncated);
  EXPECT_EQ(plan.units[0].unit_id, "1-1-101");
  EXPECT_TRUE(plan.units[0].done);
  EXPECT_EQ(plan.units[0].callbacks_in_period, 2);
  EXPECT_EQ(plan.units[0].last_callback_us, start + 2 * kSecondUs);
  EXPECT_FALSE(plan.units[1].done);
  EXPECT_EQ(plan.units[1].callbacks_in_period, 1);

  auto all =
      MustRead([&](db::Tx& tx) { return db::ReadCallbackPlan(tx, w, 10); });
  ASSERT_EQ(all.units.size(), 3u);
  EXPECT_FALSE(all.truncated);
  EXPECT_FALSE(all.units[2].done);
  EXPECT_EQ(all.units[2].callbacks_in_period, 0);
  EXPECT_EQ(all.units[2].last_callback_us, Now() + 1);

  // A unit created during the period is not due in it.
  db::ReportWindow earlier{"hx", Now() - kDayUs, start, start - 1};
  EXPECT_EQ(MustRead([&](db::Tx& tx) {
              return db::ReadCallbackPlan(tx, earlier, 10);
            }).due,
            0);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(ResidentCallbackStoreTest);

}  // namespace
}  // namespace frontdesk::store_testing
