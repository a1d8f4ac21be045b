// db/key_store.h against both backends: every TEST_P body runs on SQLite and
// on MariaDB (FRONTDESK_TEST_MYSQL, set by tests/with_mariadb.sh), each test
// on a fresh, migrated database. Keys by id and by tag, the tag's uniqueness
// among keys not retired, list filters and pages, versioned writes, the
// append-only history and the retention purge of borrowers' personal data.

#include "db/visitor/key_store.h"

#include <google/protobuf/util/time_util.h>
#include <soci/soci.h>

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/names.h"
#include "common/status.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::google::protobuf::util::TimeUtil;
using v1::Key;
using v1::KeyEvent;

constexpr long long kHourUs = 3600LL * 1000 * 1000;
constexpr char kDocument[] = "110101199003071233";
constexpr char kPhone[] = "13900001111";

long long Now() {
  return ToMicros(absl::FromCivil(absl::CivilSecond(2026, 11, 23, 1, 0, 0),
                                  absl::UTCTimeZone()));
}

v1::KeyBorrower Staff(const std::string& id) {
  v1::KeyBorrower b;
  b.set_staff("staff/" + id);
  return b;
}

v1::KeyBorrower Person(const std::string& name) {
  v1::KeyBorrower b;
  b.mutable_person()->set_display_name(name);
  b.mutable_person()->set_phone(kPhone);
  b.mutable_person()->mutable_document()->set_type(
      v1::IdentityDocument::ID_CARD);
  b.mutable_person()->mutable_document()->set_number(kDocument);
  return b;
}

Key VacantKey(const std::string& tag) {
  Key k;
  k.set_tag(tag);
  k.set_kind(Key::VACANT_UNIT);
  k.set_unit("sites/hx/units/3-2-501");
  k.set_storage_slot("A-03");
  *k.add_authorized_borrowers() = Staff("zhang.gong");
  return k;
}

Key::Loan LoanTo(const v1::KeyBorrower& borrower, long long due_us) {
  Key::Loan loan;
  *loan.mutable_borrower() = borrower;
  loan.set_purpose("空置房检修");
  *loan.mutable_due_time() = TimeUtil::MicrosecondsToTimestamp(due_us);
  return loan;
}

std::vector<std::string> Tags(const std::vector<Key>& keys) {
  std::vector<std::string> out;
  for (const auto& k : keys) out.push_back(k.tag());
  return out;
}

long long Version(const Key& k) { return std::stoll(k.etag()); }

class KeyStoreTest : public db::StoreTestBase {
 protected:
  void SetUp() override {
    StoreTestBase::SetUp();
    if (IsSkipped()) return;
    for (const char* site_id : {"hx", "lz"}) {
      v1::Site site;
      site.set_display_name(site_id);
      site.set_time_zone("Asia/Shanghai");
      ASSERT_TRUE(Write([&](db::Tx& tx) {
                    return db::CreateSite(tx, site_id, site, Now());
                  }).ok());
    }
    v1::Unit unit;
    unit.set_building("3");
    unit.set_entrance("2");
    unit.set_room("501");
    ASSERT_TRUE(Write([&](db::Tx& tx) {
                  return db::CreateUnit(tx, "hx", "3-2-501", unit, Now());
                }).ok());
    for (const char* id : {"zhang.gong", "wang.li"}) {
      v1::StaffMember staff;
      staff.set_display_name(id);
      staff.add_roles(v1::StaffMember::MAINTENANCE);
      staff.add_sites("sites/hx");
      ASSERT_TRUE(Write([&](db::Tx& tx) {
                    return db::CreateStaffMember(tx, id, staff, Now());
                  }).ok());
    }
  }

  const DataProtector& protector() { return db::TestDataProtector(); }

  absl::StatusOr<Key> Create(const Key& key, const std::string& site = "hx") {
    return Write([&](db::Tx& tx) {
      return db::CreateKey(tx, protector(), site, key, "clerk", Now());
    });
  }

  absl::StatusOr<Key> Get(const std::string& tag, long long now = Now()) {
    db::KeyRef ref;
    ref.site_id = "hx";
    ref.tag = tag;
    return Read(
        [&](db::Tx& tx) { return db::GetKey(tx, protector(), ref, now); });
  }

  absl::StatusOr<Key> Lend(const Key& key, const v1::KeyBorrower& borrower,
                           long long due_us, long long now = Now()) {
    return Write([&](db::Tx& tx) {
      return db::LendKey(tx, protector(), key, Version(key),
                         LoanTo(borrower, due_us), {}, "clerk", now);
    });
  }

  absl::StatusOr<Key> Return(const Key& key, long long now) {
    return Write([&](db::Tx& tx) {
      return db::ReturnKey(tx, protector(), key, Version(key), {}, "良好",
                           "clerk", now);
    });
  }

  absl::StatusOr<std::vector<Key>> List(const std::string& filter,
                                        long long now = Now(), int limit = 50) {
    auto terms = ParseFilter(filter, db::KeyFilterSchema());
    if (!terms.ok()) return terms.status();
    db::KeyQuery q;
    q.site_ids = {"hx"};
    q.terms = *terms;
    q.now_us = now;
    q.limit = limit;
    return Read([&](db::Tx& tx) { return db::ListKeys(tx, protector(), q); });
  }

  absl::StatusOr<std::vector<KeyEvent>> Events(long long key_id,
                                               const std::string& filter = "") {
    auto terms = ParseFilter(filter, db::KeyEventFilterSchema());
    if (!terms.ok()) return terms.status();
    db::KeyEventQuery q;
    q.site_id = "hx";
    q.key_id = key_id;
    q.terms = *terms;
    return Read(
        [&](db::Tx& tx) { return db::ListKeyEvents(tx, protector(), q); });
  }

  std::string Dump(const std::string& table, const std::string& columns) {
    return db::TextValuesOf(database(), table, columns);
  }

  absl::Status RawExec(const std::string& sql) {
    return db::ExecRaw(database(), sql);
  }
};

TEST_P(KeyStoreTest, CreatedKeyReadsBackByIdAndByTag) {
  Key key = VacantKey("KEY-0012");
  *key.add_authorized_borrowers() = Person("维修 张工");
  auto created = Create(key);
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_EQ(created->state(), Key::IN_STORE);
  EXPECT_EQ(created->copies(), 1);
  EXPECT_EQ(created->etag(), "1");
  ASSERT_EQ(created->authorized_borrowers_size(), 2);
  EXPECT_EQ(created->authorized_borrowers(0).staff(), "staff/zhang.gong");
  EXPECT_EQ(created->authorized_borrowers(1).person().document().number(),
            kDocument);
  EXPECT_EQ(created->authorized_borrowers(1).person().phone(), kPhone);

  auto by_tag = Get("KEY-0012");
  ASSERT_TRUE(by_tag.ok()) << by_tag.status();
  EXPECT_EQ(by_tag->name(), created->name());
  db::KeyRef ref;
  ref.site_id = "hx";
  ref.key_id = db::KeyIdOf(*created);
  auto by_id =
      Read([&](db::Tx& tx) { return db::GetKey(tx, protector(), ref, Now()); });
  ASSERT_TRUE(by_id.ok()) << by_id.status();
  EXPECT_EQ(by_id->tag(), "KEY-0012");

  EXPECT_EQ(ErrorReason(Get("KEY-9999").status()), "KEY_NOT_FOUND");
  ref.site_id = "lz";  // the id of another site's key
  EXPECT_EQ(ErrorReason(Read([&](db::Tx& tx) {
                          return db::GetKey(tx, protector(), ref, Now());
                        }).status()),
            "KEY_NOT_FOUND");
}

TEST_P(KeyStoreTest, UnitAndAuthorisedStaffMustExist) {
  Key key = VacantKey("KEY-1");
  key.set_unit("sites/hx/units/9-9-999");
  EXPECT_EQ(ErrorReason(Create(key).status()), "UNIT_NOT_FOUND");
  key = VacantKey("KEY-1");
  *key.add_authorized_borrowers() = Staff("nobody");
  EXPECT_EQ(ErrorReason(Create(key).status()), "STAFF_NOT_FOUND");
  EXPECT_EQ(Count("desk_keys"), 0);
  EXPECT_EQ(Count("key_events"), 0);
}

TEST_P(KeyStoreTest, TagIsUniquePerSiteAmongKeysNotRetired) {
  auto first = Create(VacantKey("KEY-0012"));
  ASSERT_TRUE(first.ok()) << first.status();
  auto again = Create(VacantKey("KEY-0012"));
  EXPECT_EQ(again.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(again.status()), "KEY_TAG_EXISTS");

  Key public_key;
  public_key.set_tag("KEY-0012");  // same tag at another site is fine
  public_key.set_kind(Key::PUBLIC_AREA);
  public_key.set_description("2号楼屋顶门");
  ASSERT_TRUE(Create(public_key, "lz").ok());

  auto retired = Write([&](db::Tx& tx) {
    return db::RetireKey(tx, protector(), *first, 1, Key::HANDED_OVER, "交业主",
                         "clerk", Now());
  });
  ASSERT_TRUE(retired.ok()) << retired.status();
  auto reused = Create(VacantKey("KEY-0012"));
  ASSERT_TRUE(reused.ok()) << reused.status();
  // The tag names the key in custody, not the retired one.
  EXPECT_EQ(Get("KEY-0012")->name(), reused->name());

  // Renaming onto a live tag is refused too.
  auto other = Create(VacantKey("KEY-0013"));
  ASSERT_TRUE(other.ok());
  Key renamed = *other;
  renamed.set_tag("KEY-0012");
  EXPECT_EQ(ErrorReason(Write([&](db::Tx& tx) {
                          return db::UpdateKey(tx, protector(), renamed, 1, {},
                                               "clerk", Now());
                        }).status()),
            "KEY_TAG_EXISTS");
}

TEST_P(KeyStoreTest, ListFiltersByStateOverdueKindUnitBorrowerAndTag) {
  auto a = Create(VacantKey("A-1"));
  auto b = Create(VacantKey("B-1"));
  Key pub;
  pub.set_tag("C-1");
  pub.set_kind(Key::PUBLIC_AREA);
  pub.set_description("水泵房");
  auto c = Create(pub);
  auto d = Create(VacantKey("D-1"));
  ASSERT_TRUE(a.ok() && b.ok() && c.ok() && d.ok());
  ASSERT_TRUE(Lend(*a, Staff("zhang.gong"), Now() + kHourUs).ok());
  ASSERT_TRUE(Lend(*c, Staff("wang.li"), Now() + 3 * kHourUs).ok());
  ASSERT_TRUE(Write([&](db::Tx& tx) {
                return db::RetireKey(tx, protector(), *d, 1, Key::LOST, "丢失",
                                     "clerk", Now());
              }).ok());

  using Names = std::vector<std::string>;
  EXPECT_EQ(Tags(*List("")), (Names{"A-1", "B-1", "C-1"}));
  EXPECT_EQ(Tags(*List("state = ON_LOAN")), (Names{"A-1", "C-1"}));
  EXPECT_EQ(Tags(*List("state = RETIRED")), (Names{"D-1"}));
  EXPECT_EQ(Tags(*List("state != IN_STORE")), (Names{"A-1", "C-1"}));
  EXPECT_EQ(Tags(*List("kind = PUBLIC_AREA")), (Names{"C-1"}));
  EXPECT_EQ(Tags(*List("unit = \"sites/hx/units/3-2-501\"")),
            (Names{"A-1", "B-1"}));
  EXPECT_EQ(Tags(*List("borrower = \"staff/wang.li\"")), (Names{"C-1"}));
  EXPECT_EQ(Tags(*List("tag = \"B-1\"")), (Names{"B-1"}));
  // Overdue follows the clock given.
  EXPECT_EQ(Tags(*List("overdue = true")), Names{});
  EXPECT_EQ(Tags(*List("overdue = true", Now() + 2 * kHourUs)), Names{"A-1"});
  EXPECT_EQ(Tags(*List("overdue = false", Now() + 2 * kHourUs)),
            (Names{"B-1", "C-1"}));
  EXPECT_EQ(Tags(*List("overdue = true", Now() + 4 * kHourUs)),
            (Names{"A-1", "C-1"}));
  EXPECT_TRUE((*List("overdue = true", Now() + 4 * kHourUs))[0].overdue());
  EXPECT_EQ(List("overdue = maybe").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(List("borrower = \"zhang\"").status().code(),
            absl::StatusCode::kInvalidArgument);

  // Keyset pages by tag.
  auto page1 = List("", Now(), 2);
  ASSERT_TRUE(page1.ok());
  EXPECT_EQ(Tags(*page1), (Names{"A-1", "B-1"}));
  db::KeyQuery q;
  q.site_ids = {"hx"};
  q.now_us = Now();
  q.after = std::make_pair(page1->back().tag(), db::KeyIdOf(page1->back()));
  auto page2 =
      Read([&](db::Tx& tx) { return db::ListKeys(tx, protector(), q); });
  ASSERT_TRUE(page2.ok());
  EXPECT_EQ(Tags(*page2), Names{"C-1"});
}

TEST_P(KeyStoreTest, UpdateAppliesOnlyToItsVersionAndRecordsTheChanges) {
  auto key = Create(VacantKey("KEY-0012"));
  ASSERT_TRUE(key.ok());
  Key updated = *key;
  updated.set_storage_slot("B-07");
  updated.clear_authorized_borrowers();
  *updated.add_authorized_borrowers() = Person("李师傅");
  v1::FieldChange change;
  change.set_field("storage_slot");
  change.set_old_value("A-03");
  change.set_new_value("B-07");
  auto saved = Write([&](db::Tx& tx) {
    return db::UpdateKey(tx, protector(), updated, 1, {change}, "clerk", Now());
  });
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->storage_slot(), "B-07");
  EXPECT_EQ(saved->etag(), "2");
  ASSERT_EQ(saved->authorized_borrowers_size(), 1);
  EXPECT_EQ(saved->authorized_borrowers(0).person().display_name(), "李师傅");

  auto stale = Write([&](db::Tx& tx) {
    return db::UpdateKey(tx, protector(), updated, 1, {change}, "clerk", Now());
  });
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);

  auto events = Events(db::KeyIdOf(*key));
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].type(), KeyEvent::CREATED);
  EXPECT_EQ((*events)[1].type(), KeyEvent::UPDATED);
  ASSERT_EQ((*events)[1].changes_size(), 1);
  EXPECT_EQ((*events)[1].changes(0).new_value(), "B-07");
  EXPECT_EQ((*events)[1].actor(), "staff/clerk");
}

TEST_P(KeyStoreTest, LendReturnAndRetireWriteTheHistory) {
  auto key = Create(VacantKey("KEY-0012"));
  ASSERT_TRUE(key.ok());
  long long due = Now() + kHourUs;
  auto lent = Lend(*key, Person("维修 张工"), due);
  ASSERT_TRUE(lent.ok()) << lent.status();
  EXPECT_EQ(lent->state(), Key::ON_LOAN);
  EXPECT_EQ(lent->current_loan().borrower().person().phone(), kPhone);
  EXPECT_EQ(lent->current_loan().lent_by(), "staff/clerk");
  EXPECT_FALSE(lent->overdue());
  EXPECT_TRUE(Get("KEY-0012", due + 1)->overdue());

  // A second lend computed from the old version changes nothing.
  EXPECT_EQ(Lend(*key, Staff("wang.li"), due).status().code(),
            absl::StatusCode::kAborted);

  auto back = Return(*lent, due + kHourUs);  // an hour late
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->state(), Key::IN_STORE);
  EXPECT_FALSE(back->has_current_loan());

  auto lent2 =
      Lend(*back, Staff("zhang.gong"), due + 3 * kHourUs, due + 2 * kHourUs);
  ASSERT_TRUE(lent2.ok()) << lent2.status();
  auto lost = Write([&](db::Tx& tx) {
    return db::RetireKey(tx, protector(), *lent2, Version(*lent2), Key::LOST,
                         "张工遗失", "boss", due + 2 * kHourUs);
  });
  ASSERT_TRUE(lost.ok()) << lost.status();
  EXPECT_EQ(lost->state(), Key::RETIRED);
  EXPECT_EQ(lost->retire_reason(), Key::LOST);

  auto events = Events(db::KeyIdOf(*key));
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 5u);
  const auto& e = *events;
  EXPECT_EQ(e[1].type(), KeyEvent::LENT);
  EXPECT_EQ(e[1].purpose(), "空置房检修");
  EXPECT_EQ(TimeUtil::TimestampToMicroseconds(e[1].due_time()), due);
  EXPECT_EQ(e[1].borrower().person().document().number(), kDocument);
  EXPECT_EQ(e[2].type(), KeyEvent::RETURNED);
  EXPECT_TRUE(e[2].late());
  EXPECT_EQ(e[2].note(), "良好");
  EXPECT_EQ(e[2].borrower().person().display_name(), "维修 张工");
  EXPECT_EQ(e[3].type(), KeyEvent::LENT);
  EXPECT_EQ(e[4].type(), KeyEvent::RETIRED);
  EXPECT_EQ(e[4].borrower().staff(), "staff/zhang.gong");
  EXPECT_EQ(e[4].actor(), "staff/boss");

  EXPECT_EQ(Events(db::KeyIdOf(*key), "type = LENT")->size(), 2u);
  EXPECT_EQ(Events(db::KeyIdOf(*key), "late = true")->size(), 1u);
  EXPECT_EQ(
      Events(db::KeyIdOf(*key), "borrower = \"staff/zhang.gong\"")->size(), 2u);
  EXPECT_EQ(Events(0)->size(), 5u);  // the site's whole log
}

TEST_P(KeyStoreTest, NoClearTextNumbersInTheRows) {
  Key key = VacantKey("KEY-0012");
  key.set_kind(Key::ENTRUSTED_UNIT);
  key.mutable_entrusted_by()->set_name("业主 陈女士");
  key.mutable_entrusted_by()->set_phone("13800138000");
  *key.add_authorized_borrowers() = Person("维修 张工");
  auto created = Create(key);
  ASSERT_TRUE(created.ok()) << created.status();
  auto lent = Lend(*created, Person("维修 张工"), Now() + kHourUs);
  ASSERT_TRUE(lent.ok()) << lent.status();
  std::string rows = Dump("desk_keys", "*") + Dump("desk_key_borrowers", "*") +
                     Dump("key_events", "*");
  EXPECT_TRUE(absl::StrContains(rows, "维修 张工"));  // names are not numbers
  for (const char* secret :
       {kDocument, kPhone, "13800138000", "71233", "00001111"}) {
    EXPECT_FALSE(absl::StrContains(rows, secret)) << secret;
  }
}

TEST_P(KeyStoreTest, HistoryRefusesUpdateAndDelete) {
  auto key = Create(VacantKey("KEY-0012"));
  ASSERT_TRUE(key.ok());
  ASSERT_TRUE(Lend(*key, Person("维修 张工"), Now() + kHourUs).ok());
  EXPECT_FALSE(RawExec("DELETE FROM key_events").ok());
  EXPECT_FALSE(RawExec("UPDATE key_events SET note = 'x'").ok());
  EXPECT_FALSE(RawExec("UPDATE key_events SET purpose = 'x', "
                       "purge_time_us = 1, borrower_name = '', "
                       "borrower_doc_sealed = '', borrower_phone_sealed = ''")
                   .ok());
  // Blanking without marking the purge is refused as well.
  EXPECT_FALSE(RawExec("UPDATE key_events SET borrower_name = ''").ok());
  EXPECT_EQ(Count("key_events"), 2);
  EXPECT_EQ(Events(db::KeyIdOf(*key))->at(1).purpose(), "空置房检修");
}

TEST_P(KeyStoreTest, PurgeBlanksPersonsOfLoansEndedBeforeTheCutoff) {
  auto old_key = Create(VacantKey("OLD"));
  auto new_key = Create(VacantKey("NEW"));
  auto staff_key = Create(VacantKey("STAFF"));
  auto out_key = Create(VacantKey("OUT"));
  ASSERT_TRUE(old_key.ok() && new_key.ok() && staff_key.ok() && out_key.ok());
  long long day = 24 * kHourUs;
  // Returned 100 days ago, 10 days ago; a staff loan 100 days ago; a person
  // still holding a key.
  auto o = Lend(*old_key, Person("甲"), Now() - 100 * day + kHourUs,
                Now() - 100 * day);
  ASSERT_TRUE(o.ok()) << o.status();
  ASSERT_TRUE(Return(*o, Now() - 100 * day + kHourUs).ok());
  auto n = Lend(*new_key, Person("乙"), Now() - 10 * day + kHourUs,
                Now() - 10 * day);
  ASSERT_TRUE(n.ok());
  ASSERT_TRUE(Return(*n, Now() - 10 * day + kHourUs).ok());
  auto s = Lend(*staff_key, Staff("zhang.gong"), Now() - 100 * day + kHourUs,
                Now() - 100 * day);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(Return(*s, Now() - 100 * day + kHourUs).ok());
  ASSERT_TRUE(
      Lend(*out_key, Person("丙"), Now() + kHourUs, Now() - 100 * day).ok());
  long long events_before = Count("key_events");

  long long cutoff = Now() - 90 * day;
  auto purged = Write([&](db::Tx& tx) {
    return db::PurgeKeyLoanPersonalData(tx, "hx", cutoff, Now());
  });
  ASSERT_TRUE(purged.ok()) << purged.status();
  EXPECT_EQ(*purged, 2);  // the LENT and RETURNED events of the old loan
  EXPECT_EQ(Count("key_events"), events_before);

  auto old_events = Events(db::KeyIdOf(*old_key));
  ASSERT_TRUE(old_events.ok()) << old_events.status();
  for (const auto& e : *old_events) {
    if (e.type() != KeyEvent::LENT && e.type() != KeyEvent::RETURNED) continue;
    EXPECT_EQ(e.borrower().person().display_name(), "");
    EXPECT_EQ(e.borrower().person().phone(), "");
    EXPECT_EQ(e.borrower().person().document().number(), "");
    if (e.type() == KeyEvent::LENT) {
      EXPECT_EQ(e.purpose(), "空置房检修");  // the loan itself stays
    }
  }
  EXPECT_EQ(
      Events(db::KeyIdOf(*new_key))->at(1).borrower().person().display_name(),
      "乙");
  EXPECT_EQ(Events(db::KeyIdOf(*staff_key))->at(1).borrower().staff(),
            "staff/zhang.gong");
  EXPECT_EQ(
      Events(db::KeyIdOf(*out_key))->at(1).borrower().person().display_name(),
      "丙");

  // Once only: a second pass finds nothing, and a purged row stays frozen.
  EXPECT_EQ(*Write([&](db::Tx& tx) {
    return db::PurgeKeyLoanPersonalData(tx, "hx", cutoff, Now());
  }),
            0);
  EXPECT_FALSE(RawExec("UPDATE key_events SET purge_time_us = 5 WHERE "
                       "purge_time_us IS NOT NULL")
                   .ok());
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(KeyStoreTest);

}  // namespace
}  // namespace frontdesk
