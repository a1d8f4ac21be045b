// The key custody rules (key_rules.h) without a database or a server: names,
// field checks, the state rules, who is authorised, updates and masking.
#include "server/visitor/key_rules.h"

#include "common/status.h"
#include "common/status_testing.h"
#include "gtest/gtest.h"
#include "server/rules_test_util.h"

namespace frontdesk {
namespace {

using v1::Key;
using v1::KeyBorrower;

KeyBorrower Staff(const std::string& id) {
  KeyBorrower b;
  b.set_staff("staff/" + id);
  return b;
}

KeyBorrower Person(const std::string& name, const std::string& phone,
                   const std::string& id_card = "") {
  KeyBorrower b;
  b.mutable_person()->set_display_name(name);
  b.mutable_person()->set_phone(phone);
  if (!id_card.empty()) {
    b.mutable_person()->mutable_document()->set_type(
        v1::IdentityDocument::ID_CARD);
    b.mutable_person()->mutable_document()->set_number(id_card);
  }
  return b;
}

Key VacantKey() {
  return ParseTextProto<Key>(
      "tag: 'KEY-0012' kind: VACANT_UNIT unit: 'sites/hx/units/3-2-501'");
}

TEST(KeyFieldsTest, UnitKeysNeedAUnitPublicKeysADescription) {
  EXPECT_TRUE(CanonicalKey(VacantKey()).ok());
  Key k = VacantKey();
  k.clear_unit();
  EXPECT_EQ(FieldsOf(CanonicalKey(k).status()),
            std::vector<std::string>{"key.unit"});
  k = VacantKey();
  k.set_kind(Key::PUBLIC_AREA);
  EXPECT_EQ(FieldsOf(CanonicalKey(k).status()),
            (std::vector<std::string>{"key.unit", "key.description"}));
  k.clear_unit();
  k.set_description("2号楼屋顶门");
  auto ok = CanonicalKey(k);
  ASSERT_TRUE(ok.ok()) << ok.status();
  EXPECT_EQ(ok->copies(), 1);  // 0 means 1
  k.set_copies(51);
  EXPECT_EQ(FieldsOf(CanonicalKey(k).status()),
            std::vector<std::string>{"key.copies"});
}

TEST(KeyFieldsTest, EntrustedKeysNameTheOwner) {
  Key k = VacantKey();
  k.set_kind(Key::ENTRUSTED_UNIT);
  EXPECT_EQ(FieldsOf(CanonicalKey(k).status()),
            (std::vector<std::string>{"key.entrusted_by.name",
                                      "key.entrusted_by.phone"}));
  k.mutable_entrusted_by()->set_name("陈女士");
  k.mutable_entrusted_by()->set_phone("13800138000");
  EXPECT_TRUE(CanonicalKey(k).ok());
  k.set_kind(Key::VACANT_UNIT);
  EXPECT_EQ(FieldsOf(CanonicalKey(k).status()),
            std::vector<std::string>{"key.entrusted_by"});
}

TEST(KeyBorrowerTest, APersonBorrowingShowsAWellFormedDocument) {
  auto no_document =
      CanonicalBorrower("borrower", Person("张工", "13900001111"), true);
  EXPECT_EQ(FieldsOf(no_document.status()),
            std::vector<std::string>{"borrower.person.document"});
  // On the authorised list the document is optional.
  EXPECT_TRUE(
      CanonicalBorrower("b", Person("张工", "13900001111"), false).ok());
  auto bad_check_digit = CanonicalBorrower(
      "borrower", Person("张工", "13900001111", "110101199003071235"), true);
  EXPECT_EQ(FieldsOf(bad_check_digit.status()),
            std::vector<std::string>{"borrower.person.document.number"});
  auto masked = CanonicalBorrower(
      "borrower", Person("张工", "139****1111", "110101199003071233"), true);
  EXPECT_EQ(FieldsOf(masked.status()),
            std::vector<std::string>{"borrower.person.phone"});
  auto ok = CanonicalBorrower(
      "borrower", Person(" 张工 ", "13900001111", "11010119900307123x"), true);
  EXPECT_FALSE(ok.ok());  // wrong check digit in lower case too
  auto fine = CanonicalBorrower(
      "borrower", Person(" 张工 ", "13900001111", "110101199003071233"), true);
  ASSERT_TRUE(fine.ok()) << fine.status();
  EXPECT_EQ(fine->person().display_name(), "张工");
  EXPECT_EQ(FieldsOf(CanonicalBorrower("borrower", {}, true).status()),
            std::vector<std::string>{"borrower"});
  EXPECT_EQ(
      FieldsOf(CanonicalBorrower("borrower", Staff("Bad Id"), true).status()),
      std::vector<std::string>{"borrower.staff"});
}

TEST(KeyBorrowerTest, AuthorisedByStaffIdByDocumentOrByNameAndPhone) {
  Key k = VacantKey();
  *k.add_authorized_borrowers() = Staff("zhang.gong");
  *k.add_authorized_borrowers() =
      Person("李师傅", "13900002222", "110101199003071233");
  *k.add_authorized_borrowers() = Person("王姐", "139-0000-3333");
  EXPECT_TRUE(IsAuthorizedBorrower(k, Staff("zhang.gong")));
  EXPECT_FALSE(IsAuthorizedBorrower(k, Staff("wang.li")));
  EXPECT_TRUE(IsAuthorizedBorrower(
      k, Person("李 师傅", "13900009999", "110101199003071233")));
  EXPECT_FALSE(IsAuthorizedBorrower(
      k, Person("李师傅", "13900002222", "110101199003079999")));
  EXPECT_TRUE(IsAuthorizedBorrower(
      k, Person("王姐", "13900003333", "110101199003079999")));
  EXPECT_FALSE(IsAuthorizedBorrower(
      k, Person("王姐", "13900004444", "110101199003079999")));
}

TEST(KeyStateTest, LendOnlyFromTheCabinetReturnOnlyWhatIsOut) {
  Key k = VacantKey();
  k.set_state(Key::IN_STORE);
  EXPECT_TRUE(CheckCanLend(k).ok());
  EXPECT_EQ(ErrorReason(CheckCanReturn(k)), "KEY_NOT_ON_LOAN");
  k.set_state(Key::ON_LOAN);
  EXPECT_EQ(ErrorReason(CheckCanLend(k)), "KEY_NOT_IN_STORE");
  EXPECT_TRUE(CheckCanReturn(k).ok());
  EXPECT_EQ(ErrorReason(CheckCanRetire(k, Key::HANDED_OVER)), "KEY_ON_LOAN");
  EXPECT_TRUE(CheckCanRetire(k, Key::LOST).ok());
  k.set_state(Key::RETIRED);
  EXPECT_EQ(ErrorReason(CheckCanLend(k)), "KEY_NOT_IN_STORE");
  EXPECT_EQ(ErrorReason(CheckCanRetire(k, Key::LOST)), "KEY_RETIRED");
  EXPECT_EQ(ErrorReason(CheckCanUpdate(k)), "KEY_RETIRED");
}

TEST(KeyStateTest, DueTimeAfterNowAtMostSevenDaysAhead) {
  absl::Time now = absl::FromUnixSeconds(1800000000);
  EXPECT_FALSE(CheckDueTime("due_time", now, now).ok());
  EXPECT_FALSE(CheckDueTime("due_time", now - absl::Minutes(1), now).ok());
  EXPECT_TRUE(CheckDueTime("due_time", now + absl::Hours(168), now).ok());
  EXPECT_EQ(FieldsOf(CheckDueTime(
                "due_time", now + absl::Hours(168) + absl::Seconds(1), now)),
            std::vector<std::string>{"due_time"});
}

TEST(KeyUpdateTest, MaskNamesMutableFieldsAndChangesAreListed) {
  Key current = *CanonicalKey(VacantKey());
  Key patch;
  patch.set_storage_slot("B-07");
  patch.set_kind(Key::PUBLIC_AREA);  // not in the mask: ignored
  google::protobuf::FieldMask mask;
  mask.add_paths("storage_slot");
  auto update = ApplyKeyUpdate(current, patch, mask);
  ASSERT_TRUE(update.ok()) << update.status();
  EXPECT_EQ(update->key.kind(), Key::VACANT_UNIT);
  ASSERT_EQ(update->changes.size(), 1u);
  EXPECT_EQ(update->changes[0].field(), "storage_slot");
  EXPECT_EQ(update->changes[0].new_value(), "B-07");
  EXPECT_FALSE(update->authorized_borrowers_changed);

  mask.add_paths("authorized_borrowers");
  *patch.add_authorized_borrowers() = Person("李师傅", "13900002222");
  update = ApplyKeyUpdate(current, patch, mask);
  ASSERT_TRUE(update.ok()) << update.status();
  EXPECT_TRUE(update->authorized_borrowers_changed);
  EXPECT_EQ(update->changes.back().new_value(), "李师傅 139****2222");

  google::protobuf::FieldMask fixed;
  fixed.add_paths("unit");
  EXPECT_EQ(FieldsOf(ApplyKeyUpdate(current, patch, fixed).status()),
            std::vector<std::string>{"update_mask"});
  EXPECT_FALSE(ApplyKeyUpdate(current, patch, {}).ok());
}

TEST(KeyMaskTest, PersonsNumbersMaskedStaffUntouched) {
  Key k = VacantKey();
  *k.add_authorized_borrowers() = Staff("zhang.gong");
  *k.add_authorized_borrowers() =
      Person("李师傅", "13900002222", "110101199003071233");
  k.mutable_entrusted_by()->set_phone("13800138000");
  *k.mutable_current_loan()->mutable_borrower() =
      Person("王姐", "13900003333", "110101199003071233");
  EXPECT_TRUE(HasPersonalNumbers(k));
  MaskKey(&k);
  EXPECT_TRUE(k.masked());
  EXPECT_EQ(k.authorized_borrowers(0).staff(), "staff/zhang.gong");
  EXPECT_EQ(k.authorized_borrowers(1).person().phone(), "139****2222");
  EXPECT_EQ(k.authorized_borrowers(1).person().document().number(),
            "1101**********1233");
  EXPECT_EQ(k.entrusted_by().phone(), "138****8000");
  EXPECT_EQ(k.current_loan().borrower().person().phone(), "139****3333");
  EXPECT_FALSE(HasPersonalNumbers(*CanonicalKey(VacantKey())));
}

}  // namespace
}  // namespace frontdesk
