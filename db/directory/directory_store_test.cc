// The site, unit, staff and access-token stores against both backends: every
// TEST_P body runs on SQLite and on MariaDB (FRONTDESK_TEST_MYSQL, set by
// tests/with_mariadb.sh), each test on a fresh, migrated database.

#include "db/store_test_fixture.h"

namespace frontdesk::store_testing {
namespace {

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
    return ListedNames(
        [&](db::Tx& tx) { return db::ListSites(tx, after, limit); });
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
    return ListedNames(
        [&](db::Tx& tx) { return db::ListUnits(tx, site, after, limit); });
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

// Roles are held per site: supervisor at hx, receptionist at lz, manager at
// every site; lists by site and role see the grant, not the cross product
// [D-GRANTS-PER-SITE].
TEST_P(StoreTest, StaffHoldEachRoleAtItsOwnSites) {
  MakeSite("hx");
  MakeSite("lz");
  v1::StaffMember staff;
  staff.set_display_name("李娜");
  for (const auto& [role, site] :
       std::vector<std::pair<v1::StaffMember::Role, std::string>>{
           {v1::StaffMember::SUPERVISOR, "sites/hx"},
           {v1::StaffMember::RECEPTIONIST, "sites/lz"},
           {v1::StaffMember::MANAGER, "sites/-"}}) {
    v1::RoleGrant* grant = staff.add_grants();
    grant->set_role(role);
    grant->set_site(site);
  }
  auto created = Write([&](db::Tx& tx) {
    return db::CreateStaffMember(tx, "li.na", staff, Now());
  });
  ASSERT_TRUE(created.ok()) << created.status();
  std::vector<std::string> grants;
  for (const v1::RoleGrant& g : created->grants()) {
    grants.push_back(v1::StaffMember::Role_Name(g.role()) + "@" + g.site());
  }
  EXPECT_EQ(grants, (std::vector<std::string>{"RECEPTIONIST@sites/lz",
                                              "SUPERVISOR@sites/hx",
                                              "MANAGER@sites/-"}))
      << "ordered by role number, then site";
  EXPECT_EQ(std::vector<std::string>(created->sites().begin(),
                                     created->sites().end()),
            (std::vector<std::string>{"sites/hx", "sites/lz"}));

  auto listed = [&](const std::string& site, int role) {
    const db::StaffQuery query{site, role, "", 50};
    auto page =
        Read([&](db::Tx& tx) { return db::ListStaffMembers(tx, query); });
    return page.ok() ? page->size() : size_t{99};
  };
  EXPECT_EQ(listed("hx", v1::StaffMember::SUPERVISOR), 1u);
  EXPECT_EQ(listed("lz", v1::StaffMember::SUPERVISOR), 0u);
  EXPECT_EQ(listed("lz", v1::StaffMember::RECEPTIONIST), 1u);

  std::string hash = Sha256Hex("grants-secret");
  ASSERT_TRUE(Write([&](db::Tx& tx) {
                return db::CreateAccessToken(tx, "li.na", hash, "", Now());
              }).ok());
  auto principal =
      Read([&](db::Tx& tx) -> absl::StatusOr<std::optional<Principal>> {
        return db::FindPrincipalByToken(tx, hash);
      });
  ASSERT_TRUE(principal.ok() && principal->has_value());
  const Principal& who = **principal;
  EXPECT_TRUE(who.HasRoleAt(v1::StaffMember::SUPERVISOR, "hx"));
  EXPECT_FALSE(who.HasRoleAt(v1::StaffMember::SUPERVISOR, "lz"));
  EXPECT_TRUE(who.HasRoleAt(v1::StaffMember::MANAGER, "anywhere"));
}

// A vendor's contact keeps the vendor they act for: read back by Get and
// List, and carried by the principal of their token; nobody else has one
// [D-VENDOR-CONTACT].
TEST_P(StoreTest, AVendorsContactKeepsTheirVendor) {
  MakeSite("hx");
  MakeStaff("li.gong", {v1::StaffMember::MAINTENANCE}, {"hx"});
  v1::StaffMember contact;
  contact.set_display_name("张工");
  contact.set_vendor("vendors/otis");
  v1::RoleGrant* grant = contact.add_grants();
  grant->set_role(v1::StaffMember::VENDOR_CONTACT);
  grant->set_site("sites/hx");
  auto created = Write([&](db::Tx& tx) {
    return db::CreateStaffMember(tx, "otis.zhang", contact, Now());
  });
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->vendor(), "vendors/otis");

  auto got =
      Read([&](db::Tx& tx) { return db::GetStaffMember(tx, "otis.zhang"); });
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *created))
      << got->DebugString() << " vs " << created->DebugString();
  const db::StaffQuery query{"hx", 0, "", 50};
  auto listed =
      Read([&](db::Tx& tx) { return db::ListStaffMembers(tx, query); });
  ASSERT_TRUE(listed.ok()) << listed.status();
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].name(), "staff/li.gong");
  EXPECT_EQ((*listed)[0].vendor(), "");
  EXPECT_EQ((*listed)[1].vendor(), "vendors/otis");

  auto principal_of = [&](const std::string& staff_id) {
    std::string hash = Sha256Hex("secret of " + staff_id);
    EXPECT_TRUE(Write([&](db::Tx& tx) {
                  return db::CreateAccessToken(tx, staff_id, hash, "t", Now());
                }).ok());
    auto found =
        Read([&](db::Tx& tx) -> absl::StatusOr<std::optional<Principal>> {
          return db::FindPrincipalByToken(tx, hash);
        });
    EXPECT_TRUE(found.ok() && found->has_value());
    return found.ok() && found->has_value() ? **found : Principal();
  };
  Principal who = principal_of("otis.zhang");
  EXPECT_EQ(who.vendor_id, "otis");
  EXPECT_EQ(who.assignee_name(), "vendors/otis");
  EXPECT_TRUE(who.HasRoleAt(v1::StaffMember::VENDOR_CONTACT, "hx"));
  Principal worker = principal_of("li.gong");
  EXPECT_EQ(worker.vendor_id, "");
  EXPECT_EQ(worker.assignee_name(), "staff/li.gong");
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
  EXPECT_EQ(Count("staff_grants"), 0);
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
    const db::StaffQuery query{site, role, after, limit};
    return ListedNames(
        [&](db::Tx& tx) { return db::ListStaffMembers(tx, query); });
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
  std::vector<std::pair<int, std::string>> grants;
  for (const Grant& g : p.grants) grants.emplace_back(g.role, g.site_id);
  std::sort(grants.begin(), grants.end());
  // Every role of the shorthand at every site it listed.
  EXPECT_EQ(grants, (std::vector<std::pair<int, std::string>>{
                        {v1::StaffMember::RECEPTIONIST, "hx"},
                        {v1::StaffMember::RECEPTIONIST, "lz"},
                        {v1::StaffMember::SUPERVISOR, "hx"},
                        {v1::StaffMember::SUPERVISOR, "lz"}}));

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

FRONTDESK_INSTANTIATE_BACKEND_TESTS(StoreTest);

}  // namespace
}  // namespace frontdesk::store_testing
