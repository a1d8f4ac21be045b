// The fixture of the directory, ticket and idempotency store tests
// (db/directory/directory_store_test.cc, db/ticket/ticket_store_test.cc,
// db/idempotency_test.cc): StoreTestBase with helpers that make sites, units,
// staff and tickets. Test-only.
#ifndef FRONTDESK_DB_STORE_TEST_FIXTURE_H_
#define FRONTDESK_DB_STORE_TEST_FIXTURE_H_

#include <google/protobuf/util/message_differencer.h>
#include <google/protobuf/util/time_util.h>
#include <soci/soci.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/filter.h"
#include "common/names.h"
#include "common/principal.h"
#include "common/status.h"
#include "common/ticket_number.h"
#include "db/database.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/idempotency.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "db/ticket/ticket_store.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk::store_testing {

using db::Gate;
using ::google::protobuf::util::MessageDifferencer;
using ::google::protobuf::util::TimeUtil;

inline constexpr long long kSecondUs = 1000 * 1000;
inline constexpr long long kDayUs = 24LL * 3600 * kSecondUs;
inline constexpr char kActor[] = "wang.li";

// 2026-11-22T17:30:00Z: still the 22nd in UTC, already 2026-11-23 01:30 in
// Asia/Shanghai, so the ticket number shows which zone was used.
inline long long Now() {
  return ToMicros(absl::FromCivil(absl::CivilSecond(2026, 11, 22, 17, 30, 0),
                                  absl::UTCTimeZone()));
}

inline std::string Rfc3339(long long us) {
  return absl::FormatTime(absl::RFC3339_full, FromMicros(us),
                          absl::UTCTimeZone());
}

inline long long Micros(const google::protobuf::Timestamp& ts) {
  return TimeUtil::TimestampToMicroseconds(ts);
}

inline int ShanghaiDateKey(long long us) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &tz));
  return LocalDateKey(FromMicros(us), tz);
}

inline v1::Ticket NewTicket(const std::string& subject) {
  v1::Ticket t;
  t.set_channel(v1::Ticket::PHONE);
  t.set_kind(v1::Ticket::REPAIR);
  t.mutable_reporter()->set_name("张三");
  t.mutable_reporter()->set_phone("13800138000");
  t.mutable_reporter()->set_location("3-2-501 卫生间");
  t.set_subject(subject);
  t.set_description("卫生间漏水，楼下天花板渗水。");
  return t;
}

inline std::vector<std::string> Numbers(
    const std::vector<v1::Ticket>& tickets) {
  std::vector<std::string> out;
  for (const auto& t : tickets) out.push_back(t.number());
  return out;
}

inline std::vector<std::string> Names(const std::vector<v1::Site>& sites) {
  std::vector<std::string> out;
  for (const auto& s : sites) out.push_back(s.name());
  return out;
}

inline std::vector<std::string> Names(const std::vector<v1::Unit>& units) {
  std::vector<std::string> out;
  for (const auto& u : units) out.push_back(u.name());
  return out;
}

inline std::vector<std::string> Names(
    const std::vector<v1::StaffMember>& staff) {
  std::vector<std::string> out;
  for (const auto& s : staff) out.push_back(s.name());
  return out;
}

class StoreTest : public db::StoreTestBase {
 protected:
  v1::Site MakeSite(const std::string& site_id,
                    const std::string& display_name = "华轩花园",
                    const std::string& time_zone = "Asia/Shanghai") {
    v1::Site site;
    site.set_name(SiteName(site_id));
    site.set_display_name(display_name);
    site.set_time_zone(time_zone);
    site.set_address("深圳市南山区科技园 1 号");
    auto created = Write(
        [&](db::Tx& tx) { return db::CreateSite(tx, site_id, site, Now()); });
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? *created : v1::Site();
  }

  v1::Unit MakeUnit(const std::string& site_id, const std::string& building,
                    const std::string& entrance, const std::string& room) {
    v1::Unit unit;
    std::string unit_id = absl::StrCat(building, "-", entrance, "-", room);
    unit.set_name(UnitName(site_id, unit_id));
    unit.set_building(building);
    unit.set_entrance(entrance);
    unit.set_room(room);
    auto created = Write([&](db::Tx& tx) {
      return db::CreateUnit(tx, site_id, unit_id, unit, Now());
    });
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? *created : v1::Unit();
  }

  v1::StaffMember MakeStaff(const std::string& staff_id,
                            std::vector<v1::StaffMember::Role> roles,
                            std::vector<std::string> site_ids) {
    v1::StaffMember staff;
    staff.set_name(StaffName(staff_id));
    staff.set_display_name("王丽");
    staff.set_phone("13700137000");
    for (auto role : roles) staff.add_roles(role);
    for (const auto& s : site_ids) staff.add_sites(SiteName(s));
    auto created = Write([&](db::Tx& tx) {
      return db::CreateStaffMember(tx, staff_id, staff, Now());
    });
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? *created : v1::StaffMember();
  }

  absl::StatusOr<v1::Ticket> CreateTicket(const std::string& site_id,
                                          const v1::Ticket& ticket,
                                          long long now_us) {
    return Write([&](db::Tx& tx) {
      return db::CreateTicket(tx, db::TestDataProtector(), site_id, ticket,
                              kActor, now_us);
    });
  }

  // Creates a ticket that must succeed; returns it (or an empty ticket after
  // recording the failure).
  v1::Ticket MustCreateTicket(const std::string& site_id,
                              const v1::Ticket& ticket, long long now_us) {
    auto created = CreateTicket(site_id, ticket, now_us);
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? *created : v1::Ticket();
  }

  absl::StatusOr<std::vector<v1::Ticket>> List(
      const std::string& site_id, const std::string& filter, int limit = 100,
      std::optional<std::pair<long long, long long>> before = std::nullopt) {
    auto terms = ParseFilter(filter, db::TicketFilterSchema());
    if (!terms.ok()) return terms.status();
    db::TicketQuery query;
    if (!site_id.empty()) query.site_ids = {site_id};
    query.terms = *terms;
    query.before = before;
    query.limit = limit;
    return Read([&](db::Tx& tx) {
      return db::ListTickets(tx, db::TestDataProtector(), query);
    });
  }

  // Numbers of the tickets `filter` selects, newest first (or the error).
  std::vector<std::string> ListNumbers(const std::string& site_id,
                                       const std::string& filter) {
    auto listed = List(site_id, filter);
    EXPECT_TRUE(listed.ok()) << filter << ": " << listed.status();
    if (!listed.ok()) return {"<error>"};
    return Numbers(*listed);
  }

  absl::StatusOr<std::vector<v1::TicketEvent>> Events(
      const v1::Ticket& ticket, long long after_event_id = 0, int limit = 100) {
    return Read([&](db::Tx& tx) {
      return db::ListTicketEvents(tx, db::TestDataProtector(), ticket,
                                  after_event_id, limit);
    });
  }

  absl::StatusOr<v1::Ticket> Get(const std::string& site_id,
                                 long long ticket_id) {
    TicketRef ref;
    ref.site_id = site_id;
    ref.ticket_id = ticket_id;
    return Read([&](db::Tx& tx) {
      return db::GetTicket(tx, db::TestDataProtector(), ref);
    });
  }
};

}  // namespace frontdesk::store_testing

#endif  // FRONTDESK_DB_STORE_TEST_FIXTURE_H_
