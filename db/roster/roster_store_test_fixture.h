// The fixture of the roster store tests (db/roster/*_test.cc):
// StoreTestBase with sites, staff and shifts to put on the roster, and the
// clock the tests write with. Test-only.
#ifndef FRONTDESK_DB_ROSTER_ROSTER_STORE_TEST_FIXTURE_H_
#define FRONTDESK_DB_ROSTER_ROSTER_STORE_TEST_FIXTURE_H_

#include <google/protobuf/util/time_util.h>

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/names.h"
#include "db/database.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/roster/shift_store.h"
#include "db/store_test_base.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk::roster_testing {

inline constexpr long long kSecondUs = 1000 * 1000;
inline constexpr long long kHourUs = 3600 * kSecondUs;

// 2026-11-22T17:30:00Z, the time every write of the tests is made at unless
// a test says otherwise.
inline long long Now() {
  return ToMicros(absl::FromCivil(absl::CivilSecond(2026, 11, 22, 17, 30, 0),
                                  absl::UTCTimeZone()));
}

inline long long Micros(const google::protobuf::Timestamp& ts) {
  return google::protobuf::util::TimeUtil::TimestampToMicroseconds(ts);
}

// Instants of a local time in Shanghai (UTC+8, no DST).
inline long long ShanghaiUs(absl::CivilDay day, int hour) {
  return ToMicros(absl::FromCivil(
      absl::CivilSecond(day.year(), day.month(), day.day(), hour, 0, 0),
      absl::FixedTimeZone(8 * 3600)));
}

inline db::ShiftRow DayShift(const std::string& site_id, absl::CivilDay date) {
  db::ShiftRow shift;
  shift.site_id = site_id;
  shift.date = date;
  shift.definition.set_id("day");
  shift.definition.set_display_name("白班");
  shift.definition.set_kind(v1::ShiftDefinition::DAY);
  shift.definition.set_start_local_time("08:00");
  shift.definition.mutable_duration()->set_seconds(12 * 3600);
  shift.definition.set_min_headcount(2);
  shift.start_us = ShanghaiUs(date, 8);
  shift.end_us = ShanghaiUs(date, 20);
  return shift;
}

inline db::ShiftRow NightShift(const std::string& site_id,
                               absl::CivilDay date) {
  db::ShiftRow shift = DayShift(site_id, date);
  shift.definition.set_id("night");
  shift.definition.set_display_name("夜班 🌙");
  shift.definition.set_kind(v1::ShiftDefinition::NIGHT);
  shift.definition.set_start_local_time("20:00");
  shift.definition.set_min_headcount(1);
  shift.start_us = ShanghaiUs(date, 20);
  shift.end_us = ShanghaiUs(date + 1, 8);
  return shift;
}

class RosterStoreTest : public db::StoreTestBase {
 protected:
  void MakeSite(const std::string& site_id,
                const std::string& time_zone = "Asia/Shanghai") {
    v1::Site site;
    site.set_display_name("华轩花园");
    site.set_time_zone(time_zone);
    auto created = Write(
        [&](db::Tx& tx) { return db::CreateSite(tx, site_id, site, Now()); });
    EXPECT_TRUE(created.ok()) << created.status();
  }

  void MakeReceptionist(const std::string& staff_id,
                        const std::vector<std::string>& site_ids) {
    v1::StaffMember staff;
    staff.set_display_name("王丽");
    staff.add_roles(v1::StaffMember::RECEPTIONIST);
    for (const auto& s : site_ids) staff.add_sites(SiteName(s));
    auto created = Write([&](db::Tx& tx) {
      return db::CreateStaffMember(tx, staff_id, staff, Now());
    });
    EXPECT_TRUE(created.ok()) << created.status();
  }

  // Materialises `shift`, which must succeed.
  void MustMaterialize(const db::ShiftRow& shift) {
    auto stored = Write(
        [&](db::Tx& tx) { return db::MaterializeShift(tx, shift, Now()); });
    EXPECT_TRUE(stored.ok()) << stored.status();
  }
};

}  // namespace frontdesk::roster_testing

#endif  // FRONTDESK_DB_ROSTER_ROSTER_STORE_TEST_FIXTURE_H_
