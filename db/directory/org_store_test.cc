// db/org_store.h against both backends: every TEST_P body runs on SQLite and
// on MariaDB (FRONTDESK_TEST_MYSQL, set by tests/with_mariadb.sh), each test
// on a fresh, migrated database. Departments and vendors: round trips,
// existence and head-at-site checks, lists with their filters and pages,
// versioned updates.

#include "db/directory/org_store.h"

#include <google/protobuf/util/message_differencer.h>
#include <google/protobuf/util/time_util.h>
#include <soci/soci.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "db/database.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using db::Gate;
using ::google::protobuf::util::MessageDifferencer;
using ::google::protobuf::util::TimeUtil;
using Names = std::vector<std::string>;

constexpr long long kSecondUs = 1000 * 1000;

long long Now() {
  return ToMicros(absl::FromCivil(absl::CivilSecond(2026, 11, 22, 17, 30, 0),
                                  absl::UTCTimeZone()));
}

long long Micros(const google::protobuf::Timestamp& ts) {
  return TimeUtil::TimestampToMicroseconds(ts);
}

v1::Department NewDepartment(const std::string& head_id,
                             const std::string& display_name = "工程部") {
  v1::Department d;
  d.set_display_name(display_name);
  d.set_kind(v1::Department::MAINTENANCE);
  d.set_head(StaffName(head_id));
  d.set_phone("0755-8888 1234");
  return d;
}

v1::Vendor NewVendor(v1::Vendor::Trade trade,
                     const std::vector<std::string>& site_ids) {
  v1::Vendor v;
  v.set_display_name("奥的斯电梯");
  v.set_trade(trade);
  v.set_contact_name("张工");
  v.set_phone("13900001111");
  v.mutable_response_deadline()->set_seconds(4 * 3600);
  for (const auto& s : site_ids) v.add_sites(SiteName(s));
  return v;
}

class OrgStoreTest : public db::StoreTestBase {
 protected:
  void MakeSite(const std::string& site_id) {
    v1::Site site;
    site.set_display_name("华轩花园");
    site.set_time_zone("Asia/Shanghai");
    auto created = Write(
        [&](db::Tx& tx) { return db::CreateSite(tx, site_id, site, Now()); });
    EXPECT_TRUE(created.ok()) << created.status();
  }

  void MakeStaff(const std::string& staff_id,
                 const std::vector<std::string>& site_ids) {
    v1::StaffMember staff;
    staff.set_display_name("王力");
    staff.add_roles(v1::StaffMember::MAINTENANCE);
    for (const auto& s : site_ids) staff.add_sites(SiteName(s));
    auto created = Write([&](db::Tx& tx) {
      return db::CreateStaffMember(tx, staff_id, staff, Now());
    });
    EXPECT_TRUE(created.ok()) << created.status();
  }

  absl::StatusOr<v1::Department> CreateDepartment(
      const std::string& site_id, const std::string& id,
      const v1::Department& department) {
    return Write([&](db::Tx& tx) {
      return db::CreateDepartment(tx, site_id, id, department, Now());
    });
  }

  absl::StatusOr<v1::Department> GetDepartment(const std::string& site_id,
                                               const std::string& id) {
    return Read([&](db::Tx& tx) { return db::GetDepartment(tx, site_id, id); });
  }

  absl::StatusOr<v1::Vendor> CreateVendor(const std::string& id,
                                          const v1::Vendor& vendor) {
    return Write(
        [&](db::Tx& tx) { return db::CreateVendor(tx, id, vendor, Now()); });
  }

  absl::StatusOr<v1::Vendor> GetVendor(const std::string& id) {
    return Read([&](db::Tx& tx) { return db::GetVendor(tx, id); });
  }

  Names ListVendors(const std::string& site_id, int trade,
                    const std::string& after = "", int limit = 50) {
    const db::VendorQuery query{site_id, trade, after, limit};
    return ListedNames([&](db::Tx& tx) { return db::ListVendors(tx, query); });
  }
};

// --- Departments -------------------------------------------------------------

TEST_P(OrgStoreTest, CreateAndGetDepartmentRoundTrip) {
  MakeSite("hx");
  MakeStaff("wang.li", {"hx"});
  v1::Department department = NewDepartment("wang.li", "工程部 🔧");
  department.set_name("sites/other/departments/ignored");
  auto created = CreateDepartment("hx", "eng", department);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->name(), "sites/hx/departments/eng");
  EXPECT_EQ(created->display_name(), "工程部 🔧");
  EXPECT_EQ(created->kind(), v1::Department::MAINTENANCE);
  EXPECT_EQ(created->head(), "staff/wang.li");
  EXPECT_EQ(created->phone(), "0755-8888 1234");
  EXPECT_EQ(Micros(created->create_time()), Now());
  EXPECT_EQ(Micros(created->update_time()), Now());
  EXPECT_EQ(created->etag(), "1");

  auto got = GetDepartment("hx", "eng");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *created))
      << got->DebugString() << " vs " << created->DebugString();

  // The phone is optional.
  v1::Department security = NewDepartment("wang.li", "保安部");
  security.set_kind(v1::Department::SECURITY);
  security.clear_phone();
  auto sec = CreateDepartment("hx", "sec", security);
  ASSERT_TRUE(sec.ok()) << sec.status();
  EXPECT_EQ(sec->phone(), "");
  EXPECT_EQ(sec->kind(), v1::Department::SECURITY);
}

TEST_P(OrgStoreTest, CreateDuplicateDepartmentIsAlreadyExists) {
  MakeSite("hx");
  MakeSite("lz");
  MakeStaff("wang.li", {"hx", "lz"});
  ASSERT_TRUE(CreateDepartment("hx", "eng", NewDepartment("wang.li")).ok());
  auto again =
      CreateDepartment("hx", "eng", NewDepartment("wang.li", "另一个"));
  EXPECT_EQ(again.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(again.status()), "DEPARTMENT_EXISTS");
  EXPECT_EQ(GetDepartment("hx", "eng")->display_name(), "工程部");
  // The same id at another site is another department.
  EXPECT_TRUE(CreateDepartment("lz", "eng", NewDepartment("wang.li")).ok());
  EXPECT_EQ(Count("departments"), 2);
}

TEST_P(OrgStoreTest, DepartmentHeadMustExistAndWorkAtTheSite) {
  MakeSite("hx");
  MakeSite("lz");
  MakeStaff("wang.li", {"lz"});

  auto no_site = CreateDepartment("nope", "eng", NewDepartment("wang.li"));
  EXPECT_EQ(no_site.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(no_site.status()), "SITE_NOT_FOUND");

  auto unknown = CreateDepartment("hx", "eng", NewDepartment("nobody"));
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(unknown.status()), "STAFF_NOT_FOUND");
  EXPECT_NE(unknown.status().message().find("department.head"),
            absl::string_view::npos)
      << unknown.status();

  auto elsewhere = CreateDepartment("hx", "eng", NewDepartment("wang.li"));
  EXPECT_EQ(elsewhere.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(elsewhere.status()), "HEAD_NOT_AT_SITE");
  EXPECT_NE(elsewhere.status().message().find("sites/hx"),
            absl::string_view::npos)
      << elsewhere.status();

  EXPECT_EQ(Count("departments"), 0);
  EXPECT_TRUE(CreateDepartment("lz", "eng", NewDepartment("wang.li")).ok());
}

TEST_P(OrgStoreTest, GetMissingDepartmentIsNotFound) {
  MakeSite("hx");
  MakeSite("lz");
  MakeStaff("wang.li", {"hx"});
  ASSERT_TRUE(CreateDepartment("hx", "eng", NewDepartment("wang.li")).ok());
  for (auto [site, id] : {std::pair<const char*, const char*>{"hx", "sec"},
                          {"lz", "eng"},
                          {"nope", "eng"}}) {
    auto got = GetDepartment(site, id);
    EXPECT_EQ(got.status().code(), absl::StatusCode::kNotFound) << site << id;
    EXPECT_EQ(ErrorReason(got.status()), "DEPARTMENT_NOT_FOUND");
  }
}

TEST_P(OrgStoreTest, ListDepartmentsOfOneSitePagedById) {
  MakeSite("hx");
  MakeSite("lz");
  MakeStaff("wang.li", {"hx", "lz"});
  for (const char* id : {"sec", "eng", "clean", "desk"}) {
    ASSERT_TRUE(CreateDepartment("hx", id, NewDepartment("wang.li")).ok());
  }
  ASSERT_TRUE(CreateDepartment("lz", "aaa", NewDepartment("wang.li")).ok());
  auto page = [&](const std::string& site, const std::string& after,
                  int limit) {
    return ListedNames([&](db::Tx& tx) {
      return db::ListDepartments(tx, site, after, limit);
    });
  };
  EXPECT_EQ(page("hx", "", 2),
            (Names{"sites/hx/departments/clean", "sites/hx/departments/desk"}));
  EXPECT_EQ(page("hx", "desk", 2),
            (Names{"sites/hx/departments/eng", "sites/hx/departments/sec"}));
  EXPECT_EQ(page("hx", "sec", 2), Names{});
  EXPECT_EQ(page("lz", "", 50), Names{"sites/lz/departments/aaa"});

  auto missing =
      Read([&](db::Tx& tx) { return db::ListDepartments(tx, "nope", "", 50); });
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(missing.status()), "SITE_NOT_FOUND");
}

TEST_P(OrgStoreTest, UpdateDepartmentWritesFieldsAndBumpsVersion) {
  MakeSite("hx");
  MakeStaff("wang.li", {"hx"});
  MakeStaff("li.na", {"hx"});
  auto created = CreateDepartment("hx", "eng", NewDepartment("wang.li"));
  ASSERT_TRUE(created.ok()) << created.status();

  v1::Department changed = *created;
  changed.set_display_name("设备管理部");
  changed.set_kind(v1::Department::OTHER);
  changed.set_head("staff/li.na");
  changed.clear_phone();
  auto updated = Write([&](db::Tx& tx) {
    return db::UpdateDepartment(tx, "hx", "eng", changed, 1, Now() + kSecondUs);
  });
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->name(), "sites/hx/departments/eng");
  EXPECT_EQ(updated->display_name(), "设备管理部");
  EXPECT_EQ(updated->kind(), v1::Department::OTHER);
  EXPECT_EQ(updated->head(), "staff/li.na");
  EXPECT_EQ(updated->phone(), "");
  EXPECT_EQ(updated->etag(), "2");
  EXPECT_EQ(Micros(updated->create_time()), Now());
  EXPECT_EQ(Micros(updated->update_time()), Now() + kSecondUs);
  auto got = GetDepartment("hx", "eng");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *updated));
}

TEST_P(OrgStoreTest,
       UpdateDepartmentWithStaleVersionIsAbortedAndWritesNothing) {
  MakeSite("hx");
  MakeStaff("wang.li", {"hx"});
  auto created = CreateDepartment("hx", "eng", NewDepartment("wang.li"));
  ASSERT_TRUE(created.ok()) << created.status();
  v1::Department changed = *created;
  changed.set_display_name("第一次");
  ASSERT_TRUE(Write([&](db::Tx& tx) {
                return db::UpdateDepartment(tx, "hx", "eng", changed, 1, Now());
              }).ok());
  changed.set_display_name("过期的");
  auto stale = Write([&](db::Tx& tx) {
    return db::UpdateDepartment(tx, "hx", "eng", changed, 1, Now());
  });
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(stale.status()), "ETAG_MISMATCH");
  EXPECT_EQ(GetDepartment("hx", "eng")->display_name(), "第一次");
  EXPECT_EQ(GetDepartment("hx", "eng")->etag(), "2");

  auto missing = Write([&](db::Tx& tx) {
    return db::UpdateDepartment(tx, "hx", "sec", changed, 1, Now());
  });
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(missing.status()), "DEPARTMENT_NOT_FOUND");
}

TEST_P(OrgStoreTest, UpdateDepartmentChecksANewHeadButNotAnUnchangedOne) {
  MakeSite("hx");
  MakeSite("lz");
  MakeStaff("wang.li", {"hx"});
  MakeStaff("li.na", {"lz"});
  auto created = CreateDepartment("hx", "eng", NewDepartment("wang.li"));
  ASSERT_TRUE(created.ok()) << created.status();

  v1::Department changed = *created;
  changed.set_head("staff/li.na");
  auto elsewhere = Write([&](db::Tx& tx) {
    return db::UpdateDepartment(tx, "hx", "eng", changed, 1, Now());
  });
  EXPECT_EQ(elsewhere.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(elsewhere.status()), "HEAD_NOT_AT_SITE");
  changed.set_head("staff/nobody");
  auto unknown = Write([&](db::Tx& tx) {
    return db::UpdateDepartment(tx, "hx", "eng", changed, 1, Now());
  });
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(unknown.status()), "STAFF_NOT_FOUND");
  EXPECT_EQ(GetDepartment("hx", "eng")->etag(), "1");

  // The head has since left the site: other fields can still be corrected.
  ASSERT_TRUE(database()
                  .Transact([](db::Tx& tx) {
                    tx.sql << "DELETE FROM staff_grants WHERE staff_id = "
                              "'wang.li'";
                    return absl::OkStatus();
                  })
                  .ok());
  changed = *created;
  changed.set_phone("13800138000");
  auto kept = Write([&](db::Tx& tx) {
    return db::UpdateDepartment(tx, "hx", "eng", changed, 1, Now());
  });
  ASSERT_TRUE(kept.ok()) << kept.status();
  EXPECT_EQ(kept->head(), "staff/wang.li");
  EXPECT_EQ(kept->phone(), "13800138000");
}

TEST_P(OrgStoreTest, ConcurrentUpdatesAtOneVersionLetExactlyOneWin) {
  MakeSite("hx");
  MakeStaff("wang.li", {"hx"});
  auto created = CreateDepartment("hx", "eng", NewDepartment("wang.li"));
  ASSERT_TRUE(created.ok()) << created.status();
  constexpr int kThreads = 8;
  std::vector<absl::StatusOr<v1::Department>> results(
      kThreads, absl::UnknownError("not run"));
  Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      v1::Department changed = *created;
      changed.set_display_name("工程部" + std::to_string(i));
      gate.Wait();
      results[i] = Write([&](db::Tx& tx) {
        return db::UpdateDepartment(tx, "hx", "eng", changed, 1, Now());
      });
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  int won = -1;
  for (int i = 0; i < kThreads; ++i) {
    if (results[i].ok()) {
      EXPECT_EQ(won, -1) << "threads " << won << " and " << i << " both won";
      won = i;
    } else {
      EXPECT_EQ(results[i].status().code(), absl::StatusCode::kAborted)
          << results[i].status();
    }
  }
  ASSERT_NE(won, -1);
  auto got = GetDepartment("hx", "eng");
  EXPECT_EQ(got->display_name(), "工程部" + std::to_string(won));
  EXPECT_EQ(got->etag(), "2");
}

// --- Vendors -----------------------------------------------------------------

TEST_P(OrgStoreTest, CreateAndGetVendorRoundTrip) {
  MakeSite("hx");
  MakeSite("lz");
  v1::Vendor vendor = NewVendor(v1::Vendor::ELEVATOR, {"lz", "hx"});
  vendor.set_name("vendors/ignored");
  auto created = CreateVendor("otis", vendor);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->name(), "vendors/otis");
  EXPECT_EQ(created->display_name(), "奥的斯电梯");
  EXPECT_EQ(created->trade(), v1::Vendor::ELEVATOR);
  EXPECT_EQ(created->contact_name(), "张工");
  EXPECT_EQ(created->phone(), "13900001111");
  EXPECT_EQ(created->response_deadline().seconds(), 4 * 3600);
  EXPECT_EQ(created->response_deadline().nanos(), 0);
  EXPECT_EQ(created->sites().size(), 2);
  EXPECT_EQ(created->sites(0), "sites/hx");  // sorted
  EXPECT_EQ(created->sites(1), "sites/lz");
  EXPECT_EQ(Micros(created->create_time()), Now());
  EXPECT_EQ(Micros(created->update_time()), Now());
  EXPECT_EQ(created->etag(), "1");
  auto got = GetVendor("otis");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *created))
      << got->DebugString() << " vs " << created->DebugString();

  // Company-wide: no sites. A 30-day deadline fits.
  v1::Vendor team = NewVendor(v1::Vendor::DEVELOPER_PROJECT_TEAM, {});
  team.mutable_response_deadline()->set_seconds(30LL * 24 * 3600);
  auto wide = CreateVendor("dev.team", team);
  ASSERT_TRUE(wide.ok()) << wide.status();
  EXPECT_TRUE(wide->sites().empty());
  EXPECT_EQ(wide->response_deadline().seconds(), 30LL * 24 * 3600);
  EXPECT_EQ(Count("vendor_sites"), 2);

  auto duplicate = CreateVendor("otis", team);
  EXPECT_EQ(duplicate.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(duplicate.status()), "VENDOR_EXISTS");
  EXPECT_EQ(GetVendor("otis")->trade(), v1::Vendor::ELEVATOR);

  auto missing = GetVendor("nope");
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(missing.status()), "VENDOR_NOT_FOUND");
}

TEST_P(OrgStoreTest, CreateVendorAtUnknownSiteIsNotFoundAndWritesNothing) {
  MakeSite("hx");
  auto created =
      CreateVendor("otis", NewVendor(v1::Vendor::ELEVATOR, {"hx", "nope"}));
  EXPECT_EQ(created.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(created.status()), "SITE_NOT_FOUND");
  EXPECT_NE(created.status().message().find("vendor.sites[1]"),
            absl::string_view::npos)
      << created.status();
  EXPECT_EQ(Count("vendors"), 0);
  EXPECT_EQ(Count("vendor_sites"), 0);
}

TEST_P(OrgStoreTest, ListVendorsFiltersBySiteAndTrade) {
  for (const char* s : {"hx", "lz", "yy"}) MakeSite(s);
  ASSERT_TRUE(CreateVendor("a.lift", NewVendor(v1::Vendor::ELEVATOR, {})).ok());
  ASSERT_TRUE(
      CreateVendor("b.lift", NewVendor(v1::Vendor::ELEVATOR, {"hx"})).ok());
  ASSERT_TRUE(
      CreateVendor("c.tel", NewVendor(v1::Vendor::TELECOM, {"lz"})).ok());
  ASSERT_TRUE(
      CreateVendor("d.door", NewVendor(v1::Vendor::DOOR, {"hx", "lz"})).ok());

  EXPECT_EQ(ListVendors("", 0), (Names{"vendors/a.lift", "vendors/b.lift",
                                       "vendors/c.tel", "vendors/d.door"}));
  EXPECT_EQ(ListVendors("hx", 0),
            (Names{"vendors/a.lift", "vendors/b.lift", "vendors/d.door"}));
  EXPECT_EQ(ListVendors("lz", 0),
            (Names{"vendors/a.lift", "vendors/c.tel", "vendors/d.door"}));
  // A site no vendor lists still has the company-wide ones.
  EXPECT_EQ(ListVendors("yy", 0), (Names{"vendors/a.lift"}));
  EXPECT_EQ(ListVendors("", v1::Vendor::ELEVATOR),
            (Names{"vendors/a.lift", "vendors/b.lift"}));
  EXPECT_EQ(ListVendors("lz", v1::Vendor::ELEVATOR), (Names{"vendors/a.lift"}));
  EXPECT_EQ(ListVendors("hx", v1::Vendor::TELECOM), Names{});
  EXPECT_EQ(ListVendors("", v1::Vendor::INTERCOM), Names{});
  // Pages by id, with and without filters.
  EXPECT_EQ(ListVendors("", 0, "", 2),
            (Names{"vendors/a.lift", "vendors/b.lift"}));
  EXPECT_EQ(ListVendors("", 0, "b.lift", 2),
            (Names{"vendors/c.tel", "vendors/d.door"}));
  EXPECT_EQ(ListVendors("hx", 0, "a.lift", 1), (Names{"vendors/b.lift"}));
  EXPECT_EQ(ListVendors("hx", 0, "b.lift", 5), (Names{"vendors/d.door"}));

  db::VendorQuery query;
  query.site_id = "nope";
  auto missing = Read([&](db::Tx& tx) { return db::ListVendors(tx, query); });
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(missing.status()), "SITE_NOT_FOUND");
}

// A page is read with one query per table, not per vendor: every vendor of a
// page still has all its sites, and none of another's.
TEST_P(OrgStoreTest, ListVendorsPageHasEveryVendorsSites) {
  for (const char* s : {"hx", "lz", "yy"}) MakeSite(s);
  std::vector<v1::Vendor> made;
  for (const auto& [id, sites] :
       std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"a.lift", {"yy", "hx"}},
           {"b.tel", {}},
           {"c.door", {"hx", "lz", "yy"}},
           {"d.gas", {"lz"}}}) {
    auto created = CreateVendor(id, NewVendor(v1::Vendor::ELEVATOR, sites));
    ASSERT_TRUE(created.ok()) << created.status();
    made.push_back(*created);
  }
  db::VendorQuery query;
  auto page = Read([&](db::Tx& tx) { return db::ListVendors(tx, query); });
  ASSERT_TRUE(page.ok()) << page.status();
  ASSERT_EQ(page->size(), made.size());
  for (size_t i = 0; i < made.size(); ++i) {
    EXPECT_TRUE(MessageDifferencer::Equals((*page)[i], made[i]))
        << (*page)[i].DebugString() << " vs " << made[i].DebugString();
  }
  EXPECT_EQ((*page)[0].sites_size(), 2);
  EXPECT_EQ((*page)[1].sites_size(), 0);
  EXPECT_EQ((*page)[2].sites_size(), 3);
  EXPECT_EQ((*page)[3].sites(0), "sites/lz");
}

TEST_P(OrgStoreTest, UpdateVendorReplacesFieldsAndSites) {
  for (const char* s : {"hx", "lz", "yy"}) MakeSite(s);
  auto created = CreateVendor("otis", NewVendor(v1::Vendor::ELEVATOR, {"hx"}));
  ASSERT_TRUE(created.ok()) << created.status();

  v1::Vendor changed = *created;
  changed.set_display_name("奥的斯电梯(华南)");
  changed.set_trade(v1::Vendor::OTHER);
  changed.set_contact_name("李工");
  changed.set_phone("020-1234 5678");
  changed.mutable_response_deadline()->set_seconds(30 * 60);
  changed.clear_sites();
  changed.add_sites("sites/yy");
  changed.add_sites("sites/lz");
  auto updated = Write([&](db::Tx& tx) {
    return db::UpdateVendor(tx, "otis", changed, 1, Now() + kSecondUs);
  });
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->display_name(), "奥的斯电梯(华南)");
  EXPECT_EQ(updated->trade(), v1::Vendor::OTHER);
  EXPECT_EQ(updated->contact_name(), "李工");
  EXPECT_EQ(updated->phone(), "020-1234 5678");
  EXPECT_EQ(updated->response_deadline().seconds(), 30 * 60);
  EXPECT_EQ(updated->sites().size(), 2);
  EXPECT_EQ(updated->sites(0), "sites/lz");
  EXPECT_EQ(updated->sites(1), "sites/yy");
  EXPECT_EQ(updated->etag(), "2");
  EXPECT_EQ(Micros(updated->update_time()), Now() + kSecondUs);
  EXPECT_EQ(ListVendors("hx", 0), Names{});
  EXPECT_EQ(ListVendors("yy", 0), Names{"vendors/otis"});

  // Emptied: company-wide.
  changed = *updated;
  changed.clear_sites();
  auto wide = Write([&](db::Tx& tx) {
    return db::UpdateVendor(tx, "otis", changed, 2, Now());
  });
  ASSERT_TRUE(wide.ok()) << wide.status();
  EXPECT_TRUE(wide->sites().empty());
  EXPECT_EQ(Count("vendor_sites"), 0);
  EXPECT_EQ(ListVendors("hx", 0), Names{"vendors/otis"});

  // Stale version, or an unknown site: nothing changes.
  changed.add_sites("sites/hx");
  auto stale = Write([&](db::Tx& tx) {
    return db::UpdateVendor(tx, "otis", changed, 2, Now());
  });
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(stale.status()), "ETAG_MISMATCH");
  changed.add_sites("sites/nope");
  auto unknown = Write([&](db::Tx& tx) {
    return db::UpdateVendor(tx, "otis", changed, 3, Now());
  });
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(unknown.status()), "SITE_NOT_FOUND");
  auto got = GetVendor("otis");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(got->sites().empty());
  EXPECT_EQ(got->etag(), "3");

  auto missing = Write([&](db::Tx& tx) {
    return db::UpdateVendor(tx, "nope", changed, 1, Now());
  });
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(missing.status()), "VENDOR_NOT_FOUND");
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(OrgStoreTest);

}  // namespace
}  // namespace frontdesk
