// db/visit_store.h, db/watchlist_store.h, db/visitor_pass_store.h,
// db/visitor_settings_store.h and db/access_log_store.h against both
// backends: every TEST_P body runs on SQLite and on MariaDB.
#include <soci/soci.h>

#include "absl/strings/match.h"
#include "absl/time/civil_time.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/status.h"
#include "db/access_log_store.h"
#include "db/directory/site_store.h"
#include "db/store_test_base.h"
#include "db/visitor/visit_store.h"
#include "db/visitor/visitor_pass_store.h"
#include "db/visitor/visitor_rows.h"
#include "db/visitor/visitor_settings_store.h"
#include "db/visitor/watchlist_store.h"

namespace frontdesk::db {
namespace {

// 2026-11-23T01:00:00Z, 09:00 in Asia/Shanghai.
const long long kT0 = ToMicros(absl::FromCivil(
    absl::CivilSecond(2026, 11, 23, 1, 0, 0), absl::UTCTimeZone()));
constexpr long long kHour = 3600LL * 1000000;

v1::Visit SampleVisit(const std::string& document) {
  v1::Visit visit;
  visit.mutable_visitor()->set_display_name("李强");
  if (!document.empty()) {
    visit.mutable_visitor()->mutable_document()->set_type(
        v1::IdentityDocument::ID_CARD);
    visit.mutable_visitor()->mutable_document()->set_number(document);
  }
  visit.mutable_visitor()->set_phone("13900001111");
  visit.mutable_visitor()->set_vehicle_plate("京A12345");
  visit.set_party_size(2);
  visit.mutable_host()->set_location("物业办公室");
  visit.mutable_host()->set_phone("13800138000");
  visit.set_purpose(v1::Visit::OTHER);
  visit.set_purpose_detail("送文件");
  visit.mutable_expected_departure_time()->set_seconds((kT0 + 2 * kHour) /
                                                       1000000);
  return visit;
}

class VisitorStoreTest : public StoreTestBase {
 protected:
  void SetUp() override {
    StoreTestBase::SetUp();
    if (IsSkipped()) return;
    for (const char* id : {"hx", "lz"}) {
      v1::Site site;
      site.set_display_name(id);
      // lz is on another continent: its local day differs from hx's.
      site.set_time_zone(id == std::string("hx") ? "Asia/Shanghai"
                                                 : "America/New_York");
      ASSERT_TRUE(
          Write([&](Tx& tx) { return CreateSite(tx, id, site, kT0); }).ok());
    }
  }

  const DataProtector& protector() { return TestDataProtector(); }

  v1::Visit Insert(const std::string& site, const v1::Visit& visit,
                   long long now_us) {
    auto stored = Write([&](Tx& tx) {
      return InsertVisit(tx, protector(), site, visit, 0, "desk", now_us);
    });
    EXPECT_TRUE(stored.ok()) << stored.status();
    return stored.ok() ? *stored : v1::Visit();
  }
};

TEST_P(VisitorStoreTest, VisitRoundTripsEveryFieldWithNumbersSealedAtRest) {
  v1::Visit stored = Insert("hx", SampleVisit("110101199003071233"), kT0);
  EXPECT_EQ(stored.name(), "sites/hx/visits/1");
  EXPECT_EQ(stored.visitor().document().number(), "110101199003071233");
  EXPECT_EQ(stored.visitor().phone(), "13900001111");
  EXPECT_EQ(stored.visitor().vehicle_plate(), "京A12345");
  EXPECT_EQ(stored.host().phone(), "13800138000");
  EXPECT_EQ(stored.host().location(), "物业办公室");
  EXPECT_EQ(stored.party_size(), 2);
  EXPECT_EQ(stored.purpose_detail(), "送文件");
  EXPECT_EQ(stored.status(), v1::Visit::ON_PREMISES);
  EXPECT_EQ(stored.registered_by(), "staff/desk");
  auto raw = Read([&](Tx& tx) -> absl::StatusOr<std::string> {
    std::string doc, phone, host_phone, blind;
    tx.sql << "SELECT doc_sealed, phone_sealed, host_phone_sealed, doc_blind"
              " FROM visits",
        soci::into(doc), soci::into(phone), soci::into(host_phone),
        soci::into(blind);
    return doc + "|" + phone + "|" + host_phone + "|" + blind;
  });
  ASSERT_TRUE(raw.ok());
  EXPECT_FALSE(absl::StrContains(*raw, "110101199003071233")) << *raw;
  EXPECT_FALSE(absl::StrContains(*raw, "13900001111")) << *raw;
  EXPECT_FALSE(absl::StrContains(*raw, "13800138000")) << *raw;
  EXPECT_TRUE(absl::StrContains(
      *raw, DocumentBlind(protector(), "110101199003071233")));
}

TEST_P(VisitorStoreTest, AnotherKeyCannotOpenTheRows) {
  Insert("hx", SampleVisit("110101199003071233"), kT0);
  auto other = DataProtector::FromKeyText(DataProtector::GenerateKeyText());
  auto read = Read([&](Tx& tx) { return GetVisit(tx, *other, "hx", 1, kT0); });
  EXPECT_EQ(read.status().code(), absl::StatusCode::kDataLoss) << read.status();
}

TEST_P(VisitorStoreTest, CheckOutOnceAndOverstayUsesTheSitesGrace) {
  Insert("hx", SampleVisit(""), kT0);  // expected back at +2 h
  auto overstayed = [&](long long now) {
    VisitQuery q;
    q.site_ids = {"hx"};
    q.now_us = now;
    q.terms = {FilterTerm{"overstayed", FilterOp::kEq, "true"}};
    auto rows = Read([&](Tx& tx) { return ListVisits(tx, protector(), q); });
    EXPECT_TRUE(rows.ok()) << rows.status();
    return rows.ok() ? rows->size() : 99u;
  };
  EXPECT_EQ(overstayed(kT0 + 2 * kHour + 29 * 60 * 1000000LL), 0u);
  EXPECT_EQ(overstayed(kT0 + 2 * kHour + 31 * 60 * 1000000LL), 1u);
  VisitorSettingsRow longer;
  longer.overstay_grace = absl::Hours(2);
  ASSERT_TRUE(Write([&](Tx& tx) {
                return SaveVisitorSettings(tx, "hx", longer, -1, kT0);
              }).ok());
  EXPECT_EQ(overstayed(kT0 + 3 * kHour), 0u);

  auto out = Write([&](Tx& tx) {
    return CheckOutVisit(tx, protector(), "hx", 1, kT0 + 5 * kHour, "guard",
                         kT0 + 5 * kHour);
  });
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->checked_out_by(), "staff/guard");
  EXPECT_TRUE(out->overstayed());  // left 3 h late, past the 2 h grace
  auto twice = Write([&](Tx& tx) {
    return CheckOutVisit(tx, protector(), "hx", 1, kT0 + 6 * kHour, "guard",
                         kT0 + 6 * kHour);
  });
  EXPECT_EQ(ErrorReason(twice.status()), "VISIT_ALREADY_CHECKED_OUT");
}

TEST_P(VisitorStoreTest, LocalDateFiltersUseEachSitesOwnDay) {
  // 2026-11-23T20:00Z is the 24th in Shanghai and the 23rd in New York.
  long long evening_utc = kT0 + 19 * kHour;
  Insert("hx", SampleVisit(""), evening_utc);
  Insert("lz", SampleVisit(""), evening_utc);
  auto on = [&](const std::string& day) {
    VisitQuery q;
    q.now_us = evening_utc;
    q.terms = {FilterTerm{"check_in_date", FilterOp::kEq, day}};
    auto rows = Read([&](Tx& tx) { return ListVisits(tx, protector(), q); });
    EXPECT_TRUE(rows.ok()) << rows.status();
    std::vector<std::string> sites;
    for (const auto& v : *rows) sites.push_back(v.site());
    return sites;
  };
  EXPECT_EQ(on("2026-11-24"), std::vector<std::string>{"sites/hx"});
  EXPECT_EQ(on("2026-11-23"), std::vector<std::string>{"sites/lz"});
}

TEST_P(VisitorStoreTest, WatchlistMatchesByDocumentOrNameAndPhoneWhileActive) {
  v1::WatchlistEntry entry;
  entry.mutable_person()->set_display_name("王某");
  entry.mutable_person()->set_phone("13900009999");
  entry.set_action(v1::WatchlistEntry::ALERT);
  entry.set_reason("多次滋扰");
  entry.mutable_expire_time()->set_seconds((kT0 + 24 * kHour) / 1000000);
  ASSERT_TRUE(Write([&](Tx& tx) {
                return InsertWatchlistEntry(tx, protector(), "hx", entry,
                                            "boss", kT0);
              }).ok());
  v1::WatchlistEntry deny = entry;
  deny.mutable_person()->clear_phone();
  deny.mutable_person()->mutable_document()->set_type(
      v1::IdentityDocument::ID_CARD);
  deny.mutable_person()->mutable_document()->set_number("110101199003079999");
  deny.set_action(v1::WatchlistEntry::DENY);
  ASSERT_TRUE(Write([&](Tx& tx) {
                return InsertWatchlistEntry(tx, protector(), "hx", deny, "boss",
                                            kT0);
              }).ok());
  auto find = [&](const std::string& doc, const std::string& name,
                  const std::string& phone, const std::string& site,
                  long long now) {
    return *Read([&](Tx& tx) -> absl::StatusOr<std::optional<WatchlistMatch>> {
      return FindWatchlistMatch(tx, site, DocumentBlind(protector(), doc),
                                NamePhoneBlind(protector(), name, phone), now);
    });
  };
  auto by_doc = find("110101199003079999", "x", "", "hx", kT0);
  ASSERT_TRUE(by_doc.has_value());
  EXPECT_EQ(by_doc->action, v1::WatchlistEntry::DENY);
  auto by_name_phone = find("", "王某", "139-0000-9999", "hx", kT0);
  ASSERT_TRUE(by_name_phone.has_value());
  EXPECT_EQ(by_name_phone->action, v1::WatchlistEntry::ALERT);
  EXPECT_EQ(by_name_phone->reason, "多次滋扰");
  // Both match: DENY wins.
  EXPECT_EQ(
      find("110101199003079999", "王某", "13900009999", "hx", kT0)->action,
      v1::WatchlistEntry::DENY);
  EXPECT_FALSE(find("", "王某", "13900000000", "hx", kT0).has_value());
  EXPECT_FALSE(find("110101199003079999", "", "", "lz", kT0).has_value());
  EXPECT_FALSE(
      find("110101199003079999", "", "", "hx", kT0 + 25 * kHour).has_value());
}

TEST_P(VisitorStoreTest, PassStateFollowsUsesCancellationAndTime) {
  v1::VisitorPass pass;
  pass.mutable_visitor()->set_display_name("张三");
  pass.mutable_host()->set_location("3号楼");
  pass.set_purpose(v1::Visit::DELIVERY);
  pass.mutable_valid_from()->set_seconds(kT0 / 1000000);
  pass.mutable_expire_time()->set_seconds((kT0 + 24 * kHour) / 1000000);
  pass.set_max_uses(2);
  std::string hash = Sha256Hex("ABCDEFGH");
  auto created = Write([&](Tx& tx) {
    return InsertVisitorPass(tx, protector(), "hx", pass, hash, "app", kT0);
  });
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->state(), v1::VisitorPass::ACTIVE);
  auto dup = Write([&](Tx& tx) {
    return InsertVisitorPass(tx, protector(), "hx", pass, hash, "app", kT0);
  });
  EXPECT_EQ(dup.status().code(), absl::StatusCode::kAlreadyExists);
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(
        Write([&](Tx& tx) { return UseVisitorPass(tx, "hx", 1, kT0); }).ok());
  }
  auto state = [&](long long now) {
    return Read([&](Tx& tx) {
             return FindVisitorPassByCode(tx, protector(), "hx", hash, now);
           })
        ->second.state();
  };
  EXPECT_EQ(state(kT0), v1::VisitorPass::USED_UP);
  PassQuery q;
  q.site_ids = {"hx"};
  q.now_us = kT0;
  q.terms = {FilterTerm{"valid_date", FilterOp::kEq, "2026-11-24"}};
  EXPECT_EQ(Read([&](Tx& tx) {
              return ListVisitorPasses(tx, protector(), q);
            })->size(),
            1u);
  q.terms = {FilterTerm{"valid_date", FilterOp::kEq, "2026-11-25"}};
  EXPECT_EQ(Read([&](Tx& tx) {
              return ListVisitorPasses(tx, protector(), q);
            })->size(),
            0u);
}

TEST_P(VisitorStoreTest, RefusalsAreAppendOnlyExceptOneRetentionPurge) {
  v1::Refusal refusal;
  refusal.mutable_person()->set_display_name("穿灰色外套男子");
  refusal.mutable_person()->set_phone("13900001111");
  refusal.set_reason(v1::Refusal::SUSPICIOUS);
  auto first = Write([&](Tx& tx) {
    return InsertRefusal(tx, protector(), "hx", refusal, 0, "desk", "req-1",
                         kT0);
  });
  ASSERT_TRUE(first.ok()) << first.status();
  auto again = Write([&](Tx& tx) {
    return InsertRefusal(tx, protector(), "hx", refusal, 0, "desk", "req-1",
                         kT0 + kHour);
  });
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->name(), first->name());
  EXPECT_EQ(Count("visitor_refusals"), 1);

  for (const char* sql : {"UPDATE visitor_refusals SET reason = 6",
                          "DELETE FROM visitor_refusals"}) {
    absl::Status s = ExecRaw(database(), sql);
    EXPECT_FALSE(s.ok()) << sql;
  }
  auto purged = Write([&](Tx& tx) {
    return PurgeVisitorPersonalData(tx, "hx", kT0 + kHour, kT0 + 2 * kHour);
  });
  ASSERT_TRUE(purged.ok()) << purged.status();
  EXPECT_EQ(purged->refusals, 1);
  EXPECT_EQ(Write([&](Tx& tx) {
              return PurgeVisitorPersonalData(tx, "hx", kT0 + kHour,
                                              kT0 + 3 * kHour);
            })->refusals,
            0);
  RefusalQuery q;
  q.site_ids = {"hx"};
  auto rows = Read([&](Tx& tx) { return ListRefusals(tx, protector(), q); });
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].person().display_name(), "");
  EXPECT_EQ((*rows)[0].person().phone(), "");
  EXPECT_EQ((*rows)[0].reason(), v1::Refusal::SUSPICIOUS);
  EXPECT_TRUE((*rows)[0].has_purge_time());
}

TEST_P(VisitorStoreTest, AlertsAreAppendOnlyExceptTheNameBlankedByRetention) {
  auto alert = Write([&](Tx& tx) {
    return InsertVisitorAlert(tx, "hx", v1::VisitorAlert::WATCHLIST_DENIED, 7,
                              0, 0, "李强", "desk", kT0);
  });
  ASSERT_TRUE(alert.ok()) << alert.status();
  for (const char* sql : {"UPDATE visitor_alerts SET kind = 2",
                          "UPDATE visitor_alerts SET person_name = 'x'",
                          "DELETE FROM visitor_alerts"}) {
    absl::Status s = ExecRaw(database(), sql);
    EXPECT_FALSE(s.ok()) << sql;
  }
  auto purged = Write([&](Tx& tx) {
    return PurgeVisitorPersonalData(tx, "hx", kT0 + kHour, kT0 + kHour);
  });
  ASSERT_TRUE(purged.ok()) << purged.status();
  EXPECT_EQ(purged->alerts, 1);
  AlertQuery q;
  q.site_ids = {"hx"};
  auto alerts = Read([&](Tx& tx) { return ListVisitorAlerts(tx, q); });
  ASSERT_EQ(alerts->size(), 1u);
  EXPECT_EQ((*alerts)[0].person_display_name(), "");
  EXPECT_EQ((*alerts)[0].kind(), v1::VisitorAlert::WATCHLIST_DENIED);
}

TEST_P(VisitorStoreTest, AccessLogIsAppendOnlyAndFiltersByResource) {
  ASSERT_TRUE(Write([&](Tx& tx) {
                return AppendSensitiveDataAccess(tx, "hx", "boss", "GetVisit",
                                                 {"sites/hx/visits/1"}, "协查",
                                                 kT0);
              }).ok());
  ASSERT_TRUE(Write([&](Tx& tx) {
                return AppendSensitiveDataAccess(
                    tx, "hx", "boss", "ListVisits",
                    {"sites/hx/visits/11", "sites/hx/visits/2"}, "协查", kT0);
              }).ok());
  AccessQuery q;
  q.site_id = "hx";
  q.terms = {FilterTerm{"resource", FilterOp::kEq, "sites/hx/visits/1"}};
  auto rows = Read([&](Tx& tx) { return ListSensitiveDataAccesses(tx, q); });
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 1u);  // not visits/11
  EXPECT_EQ((*rows)[0].method(), "GetVisit");
  // A name's % and _ are themselves, never wildcards.
  for (const char* pattern :
       {"sites/hx/visits/%", "sites/hx/visits/_", "%", "sites/hx/visits/1_"}) {
    q.terms = {FilterTerm{"resource", FilterOp::kEq, pattern}};
    auto none = Read([&](Tx& tx) { return ListSensitiveDataAccesses(tx, q); });
    ASSERT_TRUE(none.ok()) << none.status();
    EXPECT_TRUE(none->empty()) << pattern;
  }
  for (const char* sql : {"UPDATE sensitive_data_accesses SET reason = 'x'",
                          "DELETE FROM sensitive_data_accesses"}) {
    absl::Status s = ExecRaw(database(), sql);
    EXPECT_FALSE(s.ok()) << sql;
  }
}

TEST_P(VisitorStoreTest, SettingsDefaultUntilSavedThenCompareTheEtag) {
  auto defaults = Read([&](Tx& tx) { return GetVisitorSettings(tx, "hx"); });
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->retention_days, 90);
  EXPECT_EQ(defaults->version, 0);
  VisitorSettingsRow row = *defaults;
  row.retention_days = 30;
  auto saved =
      Write([&](Tx& tx) { return SaveVisitorSettings(tx, "hx", row, 0, kT0); });
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->retention_days, 30);
  auto stale =
      Write([&](Tx& tx) { return SaveVisitorSettings(tx, "hx", row, 0, kT0); });
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(Read([&](Tx& tx) { return GetVisitorSettings(tx, "nowhere"); })
                .status()
                .code(),
            absl::StatusCode::kNotFound);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(VisitorStoreTest);

}  // namespace
}  // namespace frontdesk::db
