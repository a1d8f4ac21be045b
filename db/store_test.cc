// The stores against both backends: every TEST_P body runs on SQLite and on
// MariaDB (FRONTDESK_TEST_MYSQL, set by tests/with_mariadb.sh), each test on
// a fresh, migrated database.

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
#include "db/idempotency.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "db/ticket/ticket_store.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using db::Gate;
using ::google::protobuf::util::MessageDifferencer;
using ::google::protobuf::util::TimeUtil;

constexpr long long kSecondUs = 1000 * 1000;
constexpr long long kDayUs = 24LL * 3600 * kSecondUs;
constexpr char kActor[] = "wang.li";

// 2026-11-22T17:30:00Z: still the 22nd in UTC, already 2026-11-23 01:30 in
// Asia/Shanghai, so the ticket number shows which zone was used.
long long Now() {
  return ToMicros(absl::FromCivil(absl::CivilSecond(2026, 11, 22, 17, 30, 0),
                                  absl::UTCTimeZone()));
}

std::string Rfc3339(long long us) {
  return absl::FormatTime(absl::RFC3339_full, FromMicros(us),
                          absl::UTCTimeZone());
}

long long Micros(const google::protobuf::Timestamp& ts) {
  return TimeUtil::TimestampToMicroseconds(ts);
}

int ShanghaiDateKey(long long us) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &tz));
  return LocalDateKey(FromMicros(us), tz);
}

v1::Ticket NewTicket(const std::string& subject) {
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

std::vector<std::string> Numbers(const std::vector<v1::Ticket>& tickets) {
  std::vector<std::string> out;
  for (const auto& t : tickets) out.push_back(t.number());
  return out;
}

std::vector<std::string> Names(const std::vector<v1::Site>& sites) {
  std::vector<std::string> out;
  for (const auto& s : sites) out.push_back(s.name());
  return out;
}

std::vector<std::string> Names(const std::vector<v1::Unit>& units) {
  std::vector<std::string> out;
  for (const auto& u : units) out.push_back(u.name());
  return out;
}

std::vector<std::string> Names(const std::vector<v1::StaffMember>& staff) {
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
      return db::CreateTicket(tx, site_id, ticket, kActor, now_us);
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
    query.site_id = site_id;
    query.terms = *terms;
    query.before = before;
    query.limit = limit;
    return Read([&](db::Tx& tx) { return db::ListTickets(tx, query); });
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
      return db::ListTicketEvents(tx, ticket, after_event_id, limit);
    });
  }

  absl::StatusOr<v1::Ticket> Get(const std::string& site_id,
                                 long long ticket_id) {
    TicketRef ref;
    ref.site_id = site_id;
    ref.ticket_id = ticket_id;
    return Read([&](db::Tx& tx) { return db::GetTicket(tx, ref); });
  }
};

// --- Sites -----------------------------------------------------------------

TEST_P(StoreTest, CreateAndGetSiteRoundTrip) {
  v1::Site site;
  site.set_name("sites/hx");
  site.set_display_name("华轩花园");
  site.set_time_zone("Asia/Shanghai");
  site.set_address("深圳市南山区 🏠 1 号");  // a 4-byte UTF-8 character too
  auto created =
      Write([&](db::Tx& tx) { return db::CreateSite(tx, "hx", site, Now()); });
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->name(), "sites/hx");
  EXPECT_EQ(created->display_name(), "华轩花园");
  EXPECT_EQ(created->time_zone(), "Asia/Shanghai");
  EXPECT_EQ(created->address(), "深圳市南山区 🏠 1 号");
  EXPECT_EQ(Micros(created->create_time()), Now());
  EXPECT_EQ(Micros(created->update_time()), Now());
  EXPECT_EQ(created->etag(), "1");

  auto got = Read([&](db::Tx& tx) { return db::GetSite(tx, "hx"); });
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *created))
      << got->DebugString() << " vs " << created->DebugString();
}

TEST_P(StoreTest, CreateDuplicateSiteIsAlreadyExists) {
  MakeSite("hx", "华轩花园");
  v1::Site again;
  again.set_name("sites/hx");
  again.set_display_name("另一个名字");
  again.set_time_zone("UTC");
  auto created = Write([&](db::Tx& tx) {
    return db::CreateSite(tx, "hx", again, Now() + kSecondUs);
  });
  EXPECT_EQ(created.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(created.status()), "SITE_EXISTS");

  auto got = Read([&](db::Tx& tx) { return db::GetSite(tx, "hx"); });
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->display_name(), "华轩花园");
  EXPECT_EQ(got->time_zone(), "Asia/Shanghai");
}

TEST_P(StoreTest, GetMissingSiteIsNotFound) {
  auto got = Read([&](db::Tx& tx) { return db::GetSite(tx, "nope"); });
  EXPECT_EQ(got.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(got.status()), "SITE_NOT_FOUND");
}

TEST_P(StoreTest, ListSitesPagesByIdAfterKey) {
  for (const char* id : {"dd", "aa", "ee", "cc", "bb"}) MakeSite(id);
  auto page = [&](const std::string& after, int limit) {
    auto sites =
        Read([&](db::Tx& tx) { return db::ListSites(tx, after, limit); });
    EXPECT_TRUE(sites.ok()) << sites.status();
    return sites.ok() ? Names(*sites) : std::vector<std::string>{"<error>"};
  };
  EXPECT_EQ(page("", 2), (std::vector<std::string>{"sites/aa", "sites/bb"}));
  EXPECT_EQ(page("bb", 2), (std::vector<std::string>{"sites/cc", "sites/dd"}));
  EXPECT_EQ(page("dd", 2), (std::vector<std::string>{"sites/ee"}));
  EXPECT_EQ(page("ee", 2), (std::vector<std::string>{}));
  EXPECT_EQ(page("", 100).size(), 5u);
}

// --- Units -----------------------------------------------------------------

TEST_P(StoreTest, CreateUnitUnderMissingSiteIsNotFound) {
  v1::Unit unit;
  unit.set_building("3");
  unit.set_entrance("2");
  unit.set_room("501");
  auto created = Write([&](db::Tx& tx) {
    return db::CreateUnit(tx, "nope", "3-2-501", unit, Now());
  });
  EXPECT_EQ(created.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(created.status()), "SITE_NOT_FOUND");
}

TEST_P(StoreTest, CreateGetAndDuplicateUnit) {
  MakeSite("hx");
  MakeSite("lz");
  v1::Unit created = MakeUnit("hx", "3", "2", "501");
  EXPECT_EQ(created.name(), "sites/hx/units/3-2-501");
  EXPECT_EQ(created.building(), "3");
  EXPECT_EQ(created.entrance(), "2");
  EXPECT_EQ(created.room(), "501");
  EXPECT_EQ(Micros(created.create_time()), Now());
  EXPECT_EQ(created.etag(), "1");

  auto got = Read([&](db::Tx& tx) { return db::GetUnit(tx, "hx", "3-2-501"); });
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, created));

  auto duplicate = Write([&](db::Tx& tx) {
    return db::CreateUnit(tx, "hx", "3-2-501", created, Now());
  });
  EXPECT_EQ(duplicate.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(duplicate.status()), "UNIT_EXISTS");

  // The same unit id is a different unit at another site.
  MakeUnit("lz", "3", "2", "501");

  auto missing =
      Read([&](db::Tx& tx) { return db::GetUnit(tx, "hx", "9-9-999"); });
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(missing.status()), "UNIT_NOT_FOUND");
}

TEST_P(StoreTest, ListUnitsOfOneSitePagedById) {
  MakeSite("hx");
  MakeSite("lz");
  MakeUnit("hx", "3", "2", "501");
  MakeUnit("hx", "1", "1", "101");
  MakeUnit("hx", "2", "1", "201");
  MakeUnit("lz", "1", "1", "101");
  auto page = [&](const std::string& site, const std::string& after,
                  int limit) {
    auto units =
        Read([&](db::Tx& tx) { return db::ListUnits(tx, site, after, limit); });
    EXPECT_TRUE(units.ok()) << units.status();
    return units.ok() ? Names(*units) : std::vector<std::string>{"<error>"};
  };
  EXPECT_EQ(page("hx", "", 10),
            (std::vector<std::string>{"sites/hx/units/1-1-101",
                                      "sites/hx/units/2-1-201",
                                      "sites/hx/units/3-2-501"}));
  EXPECT_EQ(page("hx", "", 2),
            (std::vector<std::string>{"sites/hx/units/1-1-101",
                                      "sites/hx/units/2-1-201"}));
  EXPECT_EQ(page("hx", "2-1-201", 2),
            (std::vector<std::string>{"sites/hx/units/3-2-501"}));
  EXPECT_EQ(page("lz", "", 10),
            (std::vector<std::string>{"sites/lz/units/1-1-101"}));

  auto missing =
      Read([&](db::Tx& tx) { return db::ListUnits(tx, "nope", "", 10); });
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
}

// --- Staff and access tokens -----------------------------------------------

TEST_P(StoreTest, CreateStaffMemberReturnsSortedRolesAndSites) {
  MakeSite("lz");
  MakeSite("hx");
  v1::StaffMember created = MakeStaff(
      kActor, {v1::StaffMember::SUPERVISOR, v1::StaffMember::RECEPTIONIST},
      {"lz", "hx"});
  EXPECT_EQ(created.name(), "staff/wang.li");
  EXPECT_EQ(created.display_name(), "王丽");
  EXPECT_EQ(created.phone(), "13700137000");
  EXPECT_EQ(created.etag(), "1");

  auto got = Read([&](db::Tx& tx) { return db::GetStaffMember(tx, kActor); });
  ASSERT_TRUE(got.ok()) << got.status();
  ASSERT_EQ(got->roles_size(), 2);
  EXPECT_EQ(got->roles(0), v1::StaffMember::RECEPTIONIST);
  EXPECT_EQ(got->roles(1), v1::StaffMember::SUPERVISOR);
  ASSERT_EQ(got->sites_size(), 2);
  EXPECT_EQ(got->sites(0), "sites/hx");
  EXPECT_EQ(got->sites(1), "sites/lz");
  EXPECT_TRUE(MessageDifferencer::Equals(*got, created));

  auto duplicate = Write([&](db::Tx& tx) {
    return db::CreateStaffMember(tx, kActor, created, Now());
  });
  EXPECT_EQ(duplicate.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(duplicate.status()), "STAFF_EXISTS");
}

TEST_P(StoreTest, CreateStaffMemberAtUnknownSiteIsNotFoundAndWritesNothing) {
  MakeSite("hx");
  v1::StaffMember staff;
  staff.set_display_name("赵敏");
  staff.add_roles(v1::StaffMember::RECEPTIONIST);
  staff.add_sites("sites/hx");
  staff.add_sites("sites/nope");
  auto created = Write([&](db::Tx& tx) {
    return db::CreateStaffMember(tx, "zhao.min", staff, Now());
  });
  EXPECT_EQ(created.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(created.status()), "SITE_NOT_FOUND");

  auto got =
      Read([&](db::Tx& tx) { return db::GetStaffMember(tx, "zhao.min"); });
  EXPECT_EQ(got.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(got.status()), "STAFF_NOT_FOUND");
  EXPECT_EQ(Count("staff_roles"), 0);
  EXPECT_EQ(Count("staff_sites"), 0);
}

TEST_P(StoreTest, ListStaffMembersFiltersBySiteAndRole) {
  MakeSite("hx");
  MakeSite("lz");
  MakeStaff("an.qi", {v1::StaffMember::RECEPTIONIST}, {"hx"});
  MakeStaff("bai.lu", {v1::StaffMember::MAINTENANCE}, {"hx", "lz"});
  MakeStaff("chen.yu",
            {v1::StaffMember::RECEPTIONIST, v1::StaffMember::SUPERVISOR},
            {"lz"});
  MakeStaff("du.fei", {v1::StaffMember::ADMIN}, {});
  auto list = [&](const std::string& site, int role,
                  const std::string& after = "", int limit = 50) {
    db::StaffQuery query;
    query.site_id = site;
    query.role = role;
    query.after_id = after;
    query.limit = limit;
    auto staff =
        Read([&](db::Tx& tx) { return db::ListStaffMembers(tx, query); });
    EXPECT_TRUE(staff.ok()) << staff.status();
    return staff.ok() ? Names(*staff) : std::vector<std::string>{"<error>"};
  };
  using Ids = std::vector<std::string>;
  EXPECT_EQ(list("", 0), (Ids{"staff/an.qi", "staff/bai.lu", "staff/chen.yu",
                              "staff/du.fei"}));
  EXPECT_EQ(list("hx", 0), (Ids{"staff/an.qi", "staff/bai.lu"}));
  EXPECT_EQ(list("lz", 0), (Ids{"staff/bai.lu", "staff/chen.yu"}));
  EXPECT_EQ(list("", v1::StaffMember::RECEPTIONIST),
            (Ids{"staff/an.qi", "staff/chen.yu"}));
  EXPECT_EQ(list("lz", v1::StaffMember::RECEPTIONIST), (Ids{"staff/chen.yu"}));
  EXPECT_EQ(list("hx", v1::StaffMember::SUPERVISOR), (Ids{}));
  EXPECT_EQ(list("", 0, "", 2), (Ids{"staff/an.qi", "staff/bai.lu"}));
  EXPECT_EQ(list("", 0, "bai.lu", 1), (Ids{"staff/chen.yu"}));
  EXPECT_EQ(list("hx", 0, "an.qi", 10), (Ids{"staff/bai.lu"}));
}

// A page is read with one query per table, not per member: every member of
// a page still has all its roles and sites, sorted, and none of another's.
TEST_P(StoreTest, ListStaffMembersPageHasEveryMembersRolesAndSites) {
  MakeSite("hx");
  MakeSite("lz");
  MakeSite("yy");
  std::vector<v1::StaffMember> made = {
      MakeStaff("an.qi",
                {v1::StaffMember::SUPERVISOR, v1::StaffMember::RECEPTIONIST},
                {"yy", "hx"}),
      MakeStaff("bai.lu", {v1::StaffMember::MAINTENANCE}, {"hx", "lz", "yy"}),
      MakeStaff("chen.yu", {}, {}),
      MakeStaff("du.fei",
                {v1::StaffMember::ADMIN, v1::StaffMember::MANAGER,
                 v1::StaffMember::RECEPTIONIST},
                {"lz"}),
  };
  db::StaffQuery query;
  query.limit = 10;
  auto page = Read([&](db::Tx& tx) { return db::ListStaffMembers(tx, query); });
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->size(), made.size());
  for (size_t i = 0; i < made.size(); ++i) {
    auto one = Read([&](db::Tx& tx) {
      return db::GetStaffMember(tx, made[i].name().substr(6));
    });
    ASSERT_TRUE(one.ok()) << one.status();
    EXPECT_TRUE(MessageDifferencer::Equals((*page)[i], made[i]))
        << (*page)[i].DebugString() << " vs " << made[i].DebugString();
    EXPECT_TRUE(MessageDifferencer::Equals(*one, made[i]));
  }
  EXPECT_EQ((*page)[0].roles_size(), 2);
  EXPECT_EQ((*page)[1].sites_size(), 3);
  EXPECT_EQ((*page)[2].roles_size(), 0);
  EXPECT_EQ((*page)[2].sites_size(), 0);
  EXPECT_EQ((*page)[3].roles_size(), 3);
}

TEST_P(StoreTest, AccessTokenIdentifiesItsStaffMember) {
  MakeSite("hx");
  MakeSite("lz");
  MakeStaff(kActor,
            {v1::StaffMember::SUPERVISOR, v1::StaffMember::RECEPTIONIST},
            {"lz", "hx"});
  auto count = [&] {
    auto n = Read([&](db::Tx& tx) -> absl::StatusOr<long long> {
      return db::CountAccessTokens(tx);
    });
    EXPECT_TRUE(n.ok()) << n.status();
    return n.ok() ? *n : -1;
  };
  EXPECT_EQ(count(), 0);

  const std::string hash = Sha256Hex("secret-1");
  auto token = Write([&](db::Tx& tx) {
    return db::CreateAccessToken(tx, kActor, hash, "前台电脑", Now());
  });
  ASSERT_TRUE(token.ok()) << token.status();
  EXPECT_EQ(token->name().rfind("staff/wang.li/tokens/", 0), 0u)
      << token->name();
  EXPECT_EQ(token->display_name(), "前台电脑");
  EXPECT_TRUE(token->secret().empty());
  EXPECT_EQ(count(), 1);

  auto principal =
      Read([&](db::Tx& tx) -> absl::StatusOr<std::optional<Principal>> {
        return db::FindPrincipalByToken(tx, hash);
      });
  ASSERT_TRUE(principal.ok()) << principal.status();
  ASSERT_TRUE(principal->has_value());
  const Principal& p = **principal;
  EXPECT_EQ(p.staff_id, kActor);
  std::vector<int> roles = p.roles;
  std::sort(roles.begin(), roles.end());
  EXPECT_EQ(roles, (std::vector<int>{v1::StaffMember::RECEPTIONIST,
                                     v1::StaffMember::SUPERVISOR}));
  std::vector<std::string> sites = p.sites;
  std::sort(sites.begin(), sites.end());
  EXPECT_EQ(sites, (std::vector<std::string>{"hx", "lz"}));

  auto unknown =
      Read([&](db::Tx& tx) -> absl::StatusOr<std::optional<Principal>> {
        return db::FindPrincipalByToken(tx, Sha256Hex("not-issued"));
      });
  ASSERT_TRUE(unknown.ok()) << unknown.status();
  EXPECT_FALSE(unknown->has_value());

  auto second = Write([&](db::Tx& tx) {
    return db::CreateAccessToken(tx, kActor, Sha256Hex("secret-2"), "手机",
                                 Now());
  });
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_NE(second->name(), token->name());
  EXPECT_EQ(count(), 2);

  auto reused_hash = Write([&](db::Tx& tx) {
    return db::CreateAccessToken(tx, kActor, hash, "重复", Now());
  });
  EXPECT_EQ(reused_hash.status().code(), absl::StatusCode::kAlreadyExists);
  auto no_staff = Write([&](db::Tx& tx) {
    return db::CreateAccessToken(tx, "nobody", Sha256Hex("secret-3"), "",
                                 Now());
  });
  EXPECT_EQ(no_staff.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(count(), 2);
}

// --- Tickets ---------------------------------------------------------------

TEST_P(StoreTest, CreateTicketNumbersBySiteLocalDate) {
  MakeSite("hx");
  const int date_key = ShanghaiDateKey(Now());
  ASSERT_EQ(date_key, 20261123);
  const std::string prefix = absl::StrCat("HX-", date_key, "-");

  v1::Ticket first = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  EXPECT_EQ(first.number(), prefix + "0001");
  EXPECT_EQ(first.number(), "HX-20261123-0001");
  v1::Ticket second =
      MustCreateTicket("hx", NewTicket("门禁卡失灵"), Now() + kSecondUs);
  EXPECT_EQ(second.number(), "HX-20261123-0002");
  EXPECT_NE(db::TicketId(first), db::TicketId(second));

  // 2026-11-23T15:59:59Z is the last second of the 23rd in Shanghai.
  long long last_second =
      Now() + 22 * 3600 * kSecondUs + 29 * 60 * kSecondUs + 59 * kSecondUs;
  ASSERT_EQ(ShanghaiDateKey(last_second), 20261123);
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("a"), last_second).number(),
            "HX-20261123-0003");
  // One second later it is the 24th there: the sequence restarts.
  ASSERT_EQ(ShanghaiDateKey(last_second + kSecondUs), 20261124);
  EXPECT_EQ(
      MustCreateTicket("hx", NewTicket("b"), last_second + kSecondUs).number(),
      "HX-20261124-0001");
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("c"), Now() + kDayUs).number(),
            "HX-20261124-0002");
}

TEST_P(StoreTest, SitesHaveIndependentSequencesInTheirOwnZones) {
  MakeSite("hx");
  MakeSite("lz");
  MakeSite("ny", "纽约办公室", "America/New_York");
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("a"), Now()).number(),
            "HX-20261123-0001");
  EXPECT_EQ(MustCreateTicket("lz", NewTicket("b"), Now()).number(),
            "LZ-20261123-0001");
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("c"), Now()).number(),
            "HX-20261123-0002");
  // 17:30Z is 12:30 on the 22nd in New York.
  EXPECT_EQ(MustCreateTicket("ny", NewTicket("d"), Now()).number(),
            "NY-20261122-0001");
  EXPECT_EQ(MustCreateTicket("lz", NewTicket("e"), Now()).number(),
            "LZ-20261123-0002");
}

TEST_P(StoreTest, CreateTicketStoresEveryFieldAndACreatedEvent) {
  MakeSite("hx");
  MakeUnit("hx", "3", "2", "501");
  v1::Ticket input = NewTicket("卫生间漏水");
  input.set_kind(v1::Ticket::COMPLAINT);
  input.set_complaint_class(v1::Ticket::FACILITY);
  input.set_channel(v1::Ticket::WALK_IN);
  input.mutable_reporter()->set_unit("sites/hx/units/3-2-501");
  v1::Ticket t = MustCreateTicket("hx", input, Now());

  EXPECT_EQ(t.name(), TicketName("hx", db::TicketId(t)));
  EXPECT_GT(db::TicketId(t), 0);
  EXPECT_EQ(db::TicketSiteId(t), "hx");
  EXPECT_EQ(t.site(), "sites/hx");
  EXPECT_EQ(t.channel(), v1::Ticket::WALK_IN);
  EXPECT_EQ(t.kind(), v1::Ticket::COMPLAINT);
  EXPECT_EQ(t.complaint_class(), v1::Ticket::FACILITY);
  EXPECT_EQ(t.priority(), v1::Ticket::NORMAL);  // unspecified → NORMAL
  EXPECT_EQ(t.status(), v1::Ticket::NEW);
  EXPECT_EQ(t.reporter().name(), "张三");
  EXPECT_EQ(t.reporter().phone(), "13800138000");
  EXPECT_EQ(t.reporter().unit(), "sites/hx/units/3-2-501");
  EXPECT_EQ(t.reporter().location(), "3-2-501 卫生间");
  EXPECT_EQ(t.subject(), "卫生间漏水");
  EXPECT_EQ(t.description(), "卫生间漏水，楼下天花板渗水。");
  EXPECT_EQ(t.created_by(), "staff/wang.li");
  EXPECT_EQ(Micros(t.create_time()), Now());
  EXPECT_EQ(Micros(t.update_time()), Now());
  EXPECT_EQ(t.etag(), "1");

  auto events = Events(t);
  ASSERT_TRUE(events.ok()) << events.status();
  ASSERT_EQ(events->size(), 1u);
  const v1::TicketEvent& e = events->front();
  EXPECT_EQ(e.type(), v1::TicketEvent::CREATED);
  EXPECT_EQ(e.actor(), "staff/wang.li");
  EXPECT_EQ(Micros(e.create_time()), Now());
  EXPECT_GT(e.event_id(), 0);
  EXPECT_EQ(e.name(), absl::StrCat(t.name(), "/events/", e.event_id()));
  EXPECT_EQ(e.changes_size(), 0);
  EXPECT_EQ(e.note(), "");
}

TEST_P(StoreTest, CreateTicketRejectsUnknownSiteAndUnits) {
  MakeSite("hx");
  MakeSite("lz");
  MakeUnit("lz", "1", "1", "101");

  auto no_site = CreateTicket("nope", NewTicket("a"), Now());
  EXPECT_EQ(no_site.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(no_site.status()), "SITE_NOT_FOUND");

  v1::Ticket unknown_unit = NewTicket("b");
  unknown_unit.mutable_reporter()->set_unit("sites/hx/units/9-9-999");
  auto no_unit = CreateTicket("hx", unknown_unit, Now());
  EXPECT_EQ(no_unit.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(no_unit.status()), "UNIT_NOT_FOUND");

  // 1-1-101 exists, but at lz.
  v1::Ticket foreign_unit = NewTicket("c");
  foreign_unit.mutable_reporter()->set_unit("sites/lz/units/1-1-101");
  auto foreign = CreateTicket("hx", foreign_unit, Now());
  EXPECT_EQ(foreign.status().code(), absl::StatusCode::kInvalidArgument);

  // Nothing was written and no number was used up.
  EXPECT_EQ(Count("tickets"), 0);
  EXPECT_EQ(Count("ticket_events"), 0);
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("d"), Now()).number(),
            "HX-20261123-0001");
}

TEST_P(StoreTest, GetTicketByIdAndByNumber) {
  MakeSite("hx");
  MakeSite("lz");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());

  auto by_id = Get("hx", db::TicketId(t));
  ASSERT_TRUE(by_id.ok()) << by_id.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*by_id, t));

  auto wrong_site = Get("lz", db::TicketId(t));
  EXPECT_EQ(wrong_site.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(wrong_site.status()), "TICKET_NOT_FOUND");
  auto missing = Get("hx", db::TicketId(t) + 1000);
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);

  auto parsed = ParseTicketName("name", "sites/-/tickets/hx-20261123-0001");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  auto by_number = Read([&](db::Tx& tx) { return db::GetTicket(tx, *parsed); });
  ASSERT_TRUE(by_number.ok()) << by_number.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*by_number, t));

  TicketRef unknown_number;
  unknown_number.site_id = "hx";
  unknown_number.number = "HX-20261123-0002";
  auto none =
      Read([&](db::Tx& tx) { return db::GetTicket(tx, unknown_number); });
  EXPECT_EQ(none.status().code(), absl::StatusCode::kNotFound);

  // for_update reads the same row.
  TicketRef ref{"hx", db::TicketId(t), ""};
  auto locked = Write(
      [&](db::Tx& tx) { return db::GetTicket(tx, ref, /*for_update=*/true); });
  ASSERT_TRUE(locked.ok()) << locked.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*locked, t));
}

TEST_P(StoreTest, SqlInjectionLookingTextIsStoredVerbatim) {
  MakeSite("hx");
  const std::string evil = "'; DROP TABLE tickets; --";
  v1::Ticket input = NewTicket(evil);
  input.set_description("\"); DELETE FROM ticket_events; -- \\ '' `x`");
  input.mutable_reporter()->set_name("O'Brien");
  v1::Ticket t = MustCreateTicket("hx", input, Now());
  EXPECT_EQ(t.subject(), evil);

  auto got = Get("hx", db::TicketId(t));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->subject(), evil);
  EXPECT_EQ(got->description(), "\"); DELETE FROM ticket_events; -- \\ '' `x`");
  EXPECT_EQ(got->reporter().name(), "O'Brien");

  // The table is still there and still works.
  v1::Ticket next = MustCreateTicket("hx", NewTicket("正常"), Now());
  EXPECT_EQ(next.number(), "HX-20261123-0002");
  EXPECT_EQ(ListNumbers("hx", ""),
            (std::vector<std::string>{"HX-20261123-0002", "HX-20261123-0001"}));
  EXPECT_EQ(Count("ticket_events"), 2);

  // A filter value is data too.
  EXPECT_EQ(ListNumbers("", "reporter_phone = \"' OR '1'='1\""),
            (std::vector<std::string>{}));
}

// --- ListTickets -----------------------------------------------------------

TEST_P(StoreTest, ListTicketsNewestFirstWithKeysetPages) {
  MakeSite("hx");
  std::vector<std::string> created;
  for (int i = 0; i < 7; ++i) {
    created.push_back(MustCreateTicket("hx", NewTicket(absl::StrCat("t", i)),
                                       Now() + i * kSecondUs)
                          .number());
  }
  std::vector<std::string> expected(created.rbegin(), created.rend());
  EXPECT_EQ(ListNumbers("hx", ""), expected);

  std::vector<std::string> paged;
  std::vector<size_t> sizes;
  std::optional<std::pair<long long, long long>> before;
  for (int guard = 0; guard < 10; ++guard) {
    auto page = List("hx", "", 3, before);
    ASSERT_TRUE(page.ok()) << page.status();
    sizes.push_back(page->size());
    for (const auto& t : *page) paged.push_back(t.number());
    if (page->size() < 3) break;
    const v1::Ticket& last = page->back();
    before = std::make_pair(Micros(last.create_time()), db::TicketId(last));
  }
  EXPECT_EQ(sizes, (std::vector<size_t>{3, 3, 1}));
  EXPECT_EQ(paged, expected);
}

TEST_P(StoreTest, ListTicketsKeysetBreaksTimeTiesById) {
  MakeSite("hx");
  std::vector<long long> ids;
  for (int i = 0; i < 5; ++i) {
    ids.push_back(
        db::TicketId(MustCreateTicket("hx", NewTicket("same time"), Now())));
  }
  std::vector<long long> expected(ids.rbegin(), ids.rend());
  std::vector<long long> paged;
  std::optional<std::pair<long long, long long>> before;
  for (int guard = 0; guard < 10; ++guard) {
    auto page = List("hx", "", 2, before);
    ASSERT_TRUE(page.ok()) << page.status();
    for (const auto& t : *page) paged.push_back(db::TicketId(t));
    if (page->size() < 2) break;
    before = std::make_pair(Micros(page->back().create_time()),
                            db::TicketId(page->back()));
  }
  EXPECT_EQ(paged, expected);
}

TEST_P(StoreTest, ListTicketsFilters) {
  MakeSite("hx");
  MakeSite("lz");
  MakeUnit("hx", "3", "2", "501");
  v1::Ticket t0 = NewTicket("t0");
  t0.mutable_reporter()->set_unit("sites/hx/units/3-2-501");
  v1::Ticket t1 = NewTicket("t1");
  t1.set_kind(v1::Ticket::COMPLAINT);
  t1.set_complaint_class(v1::Ticket::SERVICE);
  t1.mutable_reporter()->set_phone("13900139000");
  v1::Ticket t2 = NewTicket("t2");
  t2.set_kind(v1::Ticket::INQUIRY);
  v1::Ticket t3 = NewTicket("t3");
  const std::string n0 = MustCreateTicket("hx", t0, Now()).number();
  const std::string n1 =
      MustCreateTicket("hx", t1, Now() + 1 * kSecondUs).number();
  const std::string n2 =
      MustCreateTicket("hx", t2, Now() + 2 * kSecondUs).number();
  const std::string n3 =
      MustCreateTicket("lz", t3, Now() + 3 * kSecondUs).number();
  using N = std::vector<std::string>;

  EXPECT_EQ(ListNumbers("hx", ""), (N{n2, n1, n0}));
  EXPECT_EQ(ListNumbers("lz", ""), (N{n3}));
  EXPECT_EQ(ListNumbers("", ""), (N{n3, n2, n1, n0}));

  EXPECT_EQ(ListNumbers("hx", "status = NEW"), (N{n2, n1, n0}));
  EXPECT_EQ(ListNumbers("hx", "status != NEW"), (N{}));
  EXPECT_EQ(ListNumbers("", "status = CLOSED"), (N{}));

  EXPECT_EQ(ListNumbers("hx", "kind = COMPLAINT"), (N{n1}));
  EXPECT_EQ(ListNumbers("", "kind = REPAIR"), (N{n3, n0}));
  EXPECT_EQ(ListNumbers("hx", "kind != REPAIR"), (N{n2, n1}));

  EXPECT_EQ(ListNumbers("", "reporter_phone = \"13800138000\""),
            (N{n3, n2, n0}));
  EXPECT_EQ(ListNumbers("hx", "reporter_phone = 13900139000"), (N{n1}));

  EXPECT_EQ(ListNumbers("", "unit = \"sites/hx/units/3-2-501\""), (N{n0}));
  EXPECT_EQ(ListNumbers("lz", "unit = \"sites/hx/units/3-2-501\""), (N{}));

  const std::string at1 = Rfc3339(Now() + 1 * kSecondUs);
  const std::string at3 = Rfc3339(Now() + 3 * kSecondUs);
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time >= \"", at1, "\"")),
            (N{n3, n2, n1}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time > \"", at1, "\"")),
            (N{n3, n2}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time < \"", at1, "\"")),
            (N{n0}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time <= \"", at1, "\"")),
            (N{n1, n0}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time >= \"", at1,
                                         "\" AND create_time < \"", at3, "\"")),
            (N{n2, n1}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time = \"", at3, "\"")),
            (N{n3}));

  EXPECT_EQ(ListNumbers("", "kind = REPAIR AND reporter_phone = 13800138000"),
            (N{n3, n0}));
  EXPECT_EQ(ListNumbers("hx", absl::StrCat("kind = REPAIR AND create_time > \"",
                                           Rfc3339(Now()), "\"")),
            (N{}));
}

// --- UpdateTicket, notes and history ---------------------------------------

std::vector<v1::FieldChange> Changes(
    std::vector<std::vector<std::string>> triples) {
  std::vector<v1::FieldChange> out;
  for (const auto& t : triples) {
    v1::FieldChange c;
    c.set_field(t[0]);
    c.set_old_value(t[1]);
    c.set_new_value(t[2]);
    out.push_back(c);
  }
  return out;
}

TEST_P(StoreTest, UpdateTicketBumpsEtagAndRecordsChanges) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  ASSERT_EQ(t.etag(), "1");

  v1::Ticket updated = t;
  updated.set_subject("卫生间严重漏水");
  updated.set_priority(v1::Ticket::URGENT);
  updated.mutable_reporter()->set_phone("13900139000");
  const auto changes =
      Changes({{"subject", "卫生间漏水", "卫生间严重漏水"},
               {"priority", "NORMAL", "URGENT"},
               {"reporter.phone", "13800138000", "13900139000"}});
  const long long later = Now() + 60 * kSecondUs;
  auto saved = Write([&](db::Tx& tx) {
    return db::UpdateTicket(tx, updated, 1, changes, "zhao.min", later);
  });
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->etag(), "2");
  EXPECT_EQ(saved->subject(), "卫生间严重漏水");
  EXPECT_EQ(saved->priority(), v1::Ticket::URGENT);
  EXPECT_EQ(saved->reporter().phone(), "13900139000");
  EXPECT_EQ(saved->number(), t.number());
  EXPECT_EQ(saved->status(), v1::Ticket::NEW);
  EXPECT_EQ(saved->created_by(), "staff/wang.li");
  EXPECT_EQ(Micros(saved->create_time()), Now());
  EXPECT_EQ(Micros(saved->update_time()), later);

  auto got = Get("hx", db::TicketId(t));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *saved));

  auto events = Events(t);
  ASSERT_TRUE(events.ok()) << events.status();
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].type(), v1::TicketEvent::CREATED);
  const v1::TicketEvent& e = (*events)[1];
  EXPECT_EQ(e.type(), v1::TicketEvent::UPDATED);
  EXPECT_EQ(e.actor(), "staff/zhao.min");
  EXPECT_EQ(Micros(e.create_time()), later);
  ASSERT_EQ(e.changes_size(), 3);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(e.changes(i).field(), changes[i].field());
    EXPECT_EQ(e.changes(i).old_value(), changes[i].old_value());
    EXPECT_EQ(e.changes(i).new_value(), changes[i].new_value());
  }
}

TEST_P(StoreTest, UpdateTicketWithStaleVersionIsAbortedAndWritesNothing) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  v1::Ticket first = t;
  first.set_subject("第一次修改");
  auto saved = Write([&](db::Tx& tx) {
    return db::UpdateTicket(tx, first, 1,
                            Changes({{"subject", "卫生间漏水", "第一次修改"}}),
                            kActor, Now() + kSecondUs);
  });
  ASSERT_TRUE(saved.ok()) << saved.status();
  ASSERT_EQ(saved->etag(), "2");

  v1::Ticket stale = t;
  stale.set_subject("过期的修改");
  auto rejected = Write([&](db::Tx& tx) {
    return db::UpdateTicket(tx, stale, 1,
                            Changes({{"subject", "卫生间漏水", "过期的修改"}}),
                            kActor, Now() + 2 * kSecondUs);
  });
  EXPECT_EQ(rejected.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(rejected.status()), "ETAG_MISMATCH");

  auto got = Get("hx", db::TicketId(t));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *saved));
  auto events = Events(t);
  ASSERT_TRUE(events.ok()) << events.status();
  EXPECT_EQ(events->size(), 2u);  // CREATED and the first UPDATED only
  EXPECT_EQ(Count("ticket_events"), 2);
}

TEST_P(StoreTest, NotesAppendInOrderAndPageAfterEventId) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  std::vector<std::string> notes = {"住户来电催修", "维修工已上门",
                                    "更正：上条记录时间有误"};
  for (size_t i = 0; i < notes.size(); ++i) {
    const long long at = Now() + static_cast<long long>(i + 1) * 10 * kSecondUs;
    auto event = Write([&](db::Tx& tx) {
      return db::AddTicketNote(tx, t, notes[i], "zhao.min", at);
    });
    ASSERT_TRUE(event.ok()) << event.status();
    EXPECT_EQ(event->type(), v1::TicketEvent::NOTE_ADDED);
    EXPECT_EQ(event->note(), notes[i]);
    EXPECT_EQ(event->actor(), "staff/zhao.min");
    EXPECT_EQ(Micros(event->create_time()), at);
    EXPECT_EQ(event->name(),
              absl::StrCat(t.name(), "/events/", event->event_id()));
  }
  auto got = Get("hx", db::TicketId(t));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->etag(), "4");  // touched by each note
  EXPECT_EQ(Micros(got->update_time()), Now() + 30 * kSecondUs);

  auto all = Events(t);
  ASSERT_TRUE(all.ok()) << all.status();
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ((*all)[0].type(), v1::TicketEvent::CREATED);
  for (size_t i = 0; i < notes.size(); ++i) {
    EXPECT_EQ((*all)[i + 1].type(), v1::TicketEvent::NOTE_ADDED);
    EXPECT_EQ((*all)[i + 1].note(), notes[i]);
  }
  for (size_t i = 1; i < all->size(); ++i) {
    EXPECT_LT((*all)[i - 1].event_id(), (*all)[i].event_id());
  }

  // Another ticket's history is separate.
  v1::Ticket other = MustCreateTicket("hx", NewTicket("other"), Now());
  auto other_events = Events(other);
  ASSERT_TRUE(other_events.ok()) << other_events.status();
  EXPECT_EQ(other_events->size(), 1u);

  std::vector<long long> paged;
  long long after = 0;
  std::vector<size_t> sizes;
  for (int guard = 0; guard < 10; ++guard) {
    auto page = Events(t, after, 3);
    ASSERT_TRUE(page.ok()) << page.status();
    sizes.push_back(page->size());
    for (const auto& e : *page) paged.push_back(e.event_id());
    if (page->size() < 3) break;
    after = page->back().event_id();
  }
  EXPECT_EQ(sizes, (std::vector<size_t>{3, 1}));
  std::vector<long long> expected;
  for (const auto& e : *all) expected.push_back(e.event_id());
  EXPECT_EQ(paged, expected);
}

TEST_P(StoreTest, TicketEventsRefuseUpdateAndDeleteInTheDatabase) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  auto note = Write([&](db::Tx& tx) {
    return db::AddTicketNote(tx, t, "原始记录", kActor, Now() + kSecondUs);
  });
  ASSERT_TRUE(note.ok()) << note.status();
  auto before = Events(t);
  ASSERT_TRUE(before.ok()) << before.status();
  ASSERT_EQ(before->size(), 2u);

  // Inside a transaction: each statement throws.
  absl::Status in_tx = database().Transact([&](db::Tx& tx) {
    EXPECT_ANY_THROW(tx.sql << "UPDATE ticket_events SET note = 'x'");
    EXPECT_ANY_THROW(tx.sql << "DELETE FROM ticket_events");
    long long id = note->event_id();
    EXPECT_ANY_THROW((tx.sql << "UPDATE ticket_events SET note = 'x',"
                                " actor = 'mallory' WHERE id = :id",
                      soci::use(id)));
    EXPECT_ANY_THROW(
        (tx.sql << "DELETE FROM ticket_events WHERE id = :id", soci::use(id)));
    return absl::OkStatus();  // commit whatever did get through
  });
  EXPECT_TRUE(in_tx.ok()) << in_tx;

  // Left to propagate, the failure fails the transaction.
  absl::Status update = database().Transact([&](db::Tx& tx) {
    tx.sql << "UPDATE ticket_events SET note = 'x'";
    return absl::OkStatus();
  });
  EXPECT_FALSE(update.ok());
  // Outside a transaction (autocommit) too.
  absl::Status remove = database().Read([&](db::Tx& tx) {
    tx.sql << "DELETE FROM ticket_events";
    return absl::OkStatus();
  });
  EXPECT_FALSE(remove.ok());

  auto after = Events(t);
  ASSERT_TRUE(after.ok()) << after.status();
  ASSERT_EQ(after->size(), before->size());
  for (size_t i = 0; i < after->size(); ++i) {
    EXPECT_TRUE(MessageDifferencer::Equals((*after)[i], (*before)[i]))
        << (*after)[i].DebugString();
  }
  EXPECT_EQ(Count("ticket_events"), 2);
  EXPECT_EQ((*after)[1].note(), "原始记录");

  // Appending still works.
  auto more = Write([&](db::Tx& tx) {
    return db::AddTicketNote(tx, t, "更正说明", kActor, Now() + 2 * kSecondUs);
  });
  EXPECT_TRUE(more.ok()) << more.status();
  EXPECT_EQ(Count("ticket_events"), 3);
}

// --- Idempotency -----------------------------------------------------------

constexpr char kCreateSite[] = "frontdesk.v1.DirectoryService/CreateSite";

TEST_P(StoreTest, IdempotentRetryReplaysTheFirstResponse) {
  int runs = 0;
  auto mutate = [&](db::Tx& tx) -> absl::StatusOr<std::string> {
    ++runs;
    v1::Site site;
    site.set_display_name(absl::StrCat("第", runs, "次"));
    site.set_time_zone("Asia/Shanghai");
    auto created = db::CreateSite(tx, "hx", site, Now() + runs);
    if (!created.ok()) return created.status();
    return created->SerializeAsString();
  };
  const std::string sha = Sha256Hex("request-1");
  auto first =
      db::RunIdempotent(database(), kCreateSite, "req-1", sha, Now(), mutate);
  ASSERT_TRUE(first.ok()) << first.status();
  auto second = db::RunIdempotent(database(), kCreateSite, "req-1", sha,
                                  Now() + kSecondUs, mutate);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(*second, *first);
  v1::Site replayed;
  ASSERT_TRUE(replayed.ParseFromString(*second));
  EXPECT_EQ(replayed.display_name(), "第1次");
  EXPECT_EQ(Count("sites"), 1);
  EXPECT_EQ(Count("idempotency_keys"), 1);

  // The same id under another method is another request.
  int other_runs = 0;
  auto other = db::RunIdempotent(
      database(), "frontdesk.v1.DirectoryService/CreateUnit", "req-1", sha,
      Now(), [&](db::Tx&) -> absl::StatusOr<std::string> {
        ++other_runs;
        return std::string("other");
      });
  ASSERT_TRUE(other.ok()) << other.status();
  EXPECT_EQ(*other, "other");
  EXPECT_EQ(other_runs, 1);
}

TEST_P(StoreTest, IdempotencyRecordsPastTheirTimeArePurgedInBatches) {
  auto record = [&](const std::string& id, long long at) {
    return db::RunIdempotent(database(), kCreateSite, id, Sha256Hex(id), at,
                             [&](db::Tx&) -> absl::StatusOr<std::string> {
                               return std::string("done");
                             });
  };
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(record(absl::StrCat("old-", i), Now() + i).ok());
  }
  ASSERT_TRUE(record("new", Now() + kSecondUs * 3600).ok());
  const long long cutoff = Now() + kSecondUs;
  auto first = Write(
      [&](db::Tx& tx) { return db::PurgeIdempotencyRecords(tx, cutoff, 3); });
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(*first, 3);
  EXPECT_EQ(*Write([&](db::Tx& tx) {
    return db::PurgeIdempotencyRecords(tx, cutoff, 3);
  }),
            2);
  EXPECT_EQ(*Write([&](db::Tx& tx) {
    return db::PurgeIdempotencyRecords(tx, cutoff, 3);
  }),
            0);
  EXPECT_EQ(Count("idempotency_keys"), 1);  // the recent one stays
}

TEST_P(StoreTest, IdempotentReuseForAnotherRequestIsInvalidArgument) {
  int runs = 0;
  auto mutate = [&](db::Tx&) -> absl::StatusOr<std::string> {
    ++runs;
    return std::string("\x00\x01 binary response", 18);
  };
  auto first = db::RunIdempotent(database(), kCreateSite, "req-1",
                                 Sha256Hex("a"), Now(), mutate);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(*first, std::string("\x00\x01 binary response", 18));
  auto reused = db::RunIdempotent(database(), kCreateSite, "req-1",
                                  Sha256Hex("b"), Now(), mutate);
  EXPECT_EQ(reused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(reused.status()), "REQUEST_ID_REUSED");
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(Count("idempotency_keys"), 1);
}

TEST_P(StoreTest, IdempotentEmptyRequestIdRunsEveryTime) {
  MakeSite("hx");
  int runs = 0;
  auto mutate = [&](db::Tx& tx) -> absl::StatusOr<std::string> {
    ++runs;
    auto t = db::CreateTicket(tx, "hx", NewTicket("无请求号"), kActor, Now());
    if (!t.ok()) return t.status();
    return t->SerializeAsString();
  };
  auto first = db::RunIdempotent(database(), "CreateTicket", "", Sha256Hex("x"),
                                 Now(), mutate);
  auto second = db::RunIdempotent(database(), "CreateTicket", "",
                                  Sha256Hex("x"), Now(), mutate);
  ASSERT_TRUE(first.ok()) << first.status();
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(runs, 2);
  EXPECT_NE(*first, *second);
  EXPECT_EQ(Count("tickets"), 2);
  EXPECT_EQ(Count("idempotency_keys"), 0);
}

TEST_P(StoreTest, IdempotentFailureRecordsNothingAndARetryRunsAgain) {
  int runs = 0;
  bool fail = true;
  auto mutate = [&](db::Tx& tx) -> absl::StatusOr<std::string> {
    ++runs;
    v1::Site site;
    site.set_display_name("华轩花园");
    site.set_time_zone("Asia/Shanghai");
    auto created = db::CreateSite(tx, "hx", site, Now());
    if (!created.ok()) return created.status();
    // The site row is written before the failure; it must be rolled back.
    if (fail) {
      return Error(absl::StatusCode::kFailedPrecondition, "TEST_FAILURE",
                   "failing on purpose");
    }
    return created->SerializeAsString();
  };
  const std::string sha = Sha256Hex("create hx");
  auto failed =
      db::RunIdempotent(database(), kCreateSite, "req-1", sha, Now(), mutate);
  EXPECT_EQ(failed.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(failed.status()), "TEST_FAILURE");
  EXPECT_EQ(Count("sites"), 0);
  EXPECT_EQ(Count("idempotency_keys"), 0);

  fail = false;
  auto retried =
      db::RunIdempotent(database(), kCreateSite, "req-1", sha, Now(), mutate);
  ASSERT_TRUE(retried.ok()) << retried.status();
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(Count("sites"), 1);

  auto replayed =
      db::RunIdempotent(database(), kCreateSite, "req-1", sha, Now(), mutate);
  ASSERT_TRUE(replayed.ok()) << replayed.status();
  EXPECT_EQ(*replayed, *retried);
  EXPECT_EQ(runs, 2);
}

// --- Concurrency -----------------------------------------------------------

TEST_P(StoreTest, ConcurrentRetriesOfOneRequestCreateOneTicket) {
  MakeSite("hx");
  constexpr int kThreads = 16;
  const std::string sha = Sha256Hex("one request");
  std::vector<absl::StatusOr<std::string>> results(
      kThreads, absl::UnknownError("not run"));
  Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      gate.Wait();
      results[i] = db::RunIdempotent(
          database(), "frontdesk.v1.TicketService/CreateTicket", "req-same",
          sha, Now(), [&](db::Tx& tx) -> absl::StatusOr<std::string> {
            auto t = db::CreateTicket(tx, "hx", NewTicket("并发重试"), kActor,
                                      Now());
            if (!t.ok()) return t.status();
            return t->SerializeAsString();
          });
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();

  for (int i = 0; i < kThreads; ++i) {
    ASSERT_TRUE(results[i].ok())
        << "thread " << i << ": " << results[i].status();
  }
  for (int i = 1; i < kThreads; ++i) {
    EXPECT_EQ(*results[i], *results[0]) << "thread " << i;
  }
  v1::Ticket ticket;
  ASSERT_TRUE(ticket.ParseFromString(*results[0]));
  EXPECT_EQ(ticket.number(), "HX-20261123-0001");
  EXPECT_EQ(ListNumbers("", ""),
            (std::vector<std::string>{"HX-20261123-0001"}));
  EXPECT_EQ(Count("tickets"), 1);
  EXPECT_EQ(Count("ticket_events"), 1);
  EXPECT_EQ(Count("idempotency_keys"), 1);
  // The losers' rolled-back allocations used no numbers up.
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("next"), Now()).number(),
            "HX-20261123-0002");
}

TEST_P(StoreTest, ConcurrentCreatesGetDistinctConsecutiveNumbers) {
  MakeSite("hx");
  constexpr int kThreads = 16;
  constexpr int kPerThread = 10;
  std::mutex mu;
  std::vector<std::string> numbers;
  std::vector<absl::Status> failures;
  Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      gate.Wait();
      for (int j = 0; j < kPerThread; ++j) {
        auto response = db::RunIdempotent(
            database(), "frontdesk.v1.TicketService/CreateTicket", "",
            Sha256Hex(absl::StrCat(i, "/", j)), Now(),
            [&](db::Tx& tx) -> absl::StatusOr<std::string> {
              auto t = db::CreateTicket(
                  tx, "hx", NewTicket(absl::StrCat(i, "/", j)), kActor, Now());
              if (!t.ok()) return t.status();
              return t->number();
            });
        std::lock_guard<std::mutex> lock(mu);
        if (response.ok()) {
          numbers.push_back(*response);
        } else {
          failures.push_back(response.status());
        }
      }
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();

  for (const auto& f : failures) ADD_FAILURE() << f;
  ASSERT_EQ(numbers.size(), static_cast<size_t>(kThreads * kPerThread));
  std::set<std::string> distinct(numbers.begin(), numbers.end());
  EXPECT_EQ(distinct.size(), numbers.size());
  std::set<int64_t> sequences;
  for (const auto& n : numbers) {
    auto parsed = ParseTicketNumber("number", n);
    ASSERT_TRUE(parsed.ok()) << n;
    EXPECT_EQ(parsed->site_id, "hx");
    EXPECT_EQ(parsed->date_key, 20261123);
    sequences.insert(parsed->sequence);
  }
  std::set<int64_t> expected;
  for (int s = 1; s <= kThreads * kPerThread; ++s) expected.insert(s);
  EXPECT_EQ(sequences, expected);
  EXPECT_EQ(Count("tickets"), kThreads * kPerThread);
  EXPECT_EQ(Count("ticket_events"), kThreads * kPerThread);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(StoreTest);

}  // namespace
}  // namespace frontdesk
