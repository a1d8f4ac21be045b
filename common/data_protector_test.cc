#include "common/data_protector.h"

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

constexpr char kKey[] =
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

TEST(DataProtectorTest, SealedValuesOpenAndRevealNothing) {
  auto protector = DataProtector::FromKeyText(kKey);
  ASSERT_TRUE(protector.ok()) << protector.status();
  std::string sealed = protector->Seal("110101199003071233");
  EXPECT_FALSE(absl::StrContains(sealed, "110101199003071233"));
  EXPECT_FALSE(absl::StrContains(sealed, "1233"));
  EXPECT_EQ(*protector->Open(sealed), "110101199003071233");
  // A fresh nonce each time: equal numbers are not recognisable in a dump.
  EXPECT_NE(protector->Seal("110101199003071233"), sealed);
  EXPECT_EQ(protector->Seal(""), "");
  EXPECT_EQ(*protector->Open(""), "");
}

TEST(DataProtectorTest, AlteredOrForeignValuesDoNotOpen) {
  auto protector = DataProtector::FromKeyText(kKey);
  auto other = DataProtector::FromKeyText(DataProtector::GenerateKeyText());
  ASSERT_TRUE(other.ok());
  std::string sealed = protector->Seal("13800138000");
  EXPECT_EQ(other->Open(sealed).status().code(), absl::StatusCode::kDataLoss);
  std::string altered = sealed;
  altered[altered.size() - 3] = altered[altered.size() - 3] == 'A' ? 'B' : 'A';
  EXPECT_EQ(protector->Open(altered).status().code(),
            absl::StatusCode::kDataLoss);
  EXPECT_EQ(protector->Open("13800138000").status().code(),
            absl::StatusCode::kDataLoss);
}

TEST(DataProtectorTest, BlindingIsStablePerKeyAndPurpose) {
  auto protector = DataProtector::FromKeyText(kKey);
  auto other = DataProtector::FromKeyText(DataProtector::GenerateKeyText());
  std::string doc = protector->Blind("document", "110101199003071233");
  EXPECT_EQ(doc.size(), 64u);
  EXPECT_EQ(protector->Blind("document", "110101199003071233"), doc);
  EXPECT_NE(protector->Blind("phone", "110101199003071233"), doc);
  EXPECT_NE(other->Blind("document", "110101199003071233"), doc);
  EXPECT_EQ(protector->Blind("document", ""), "");
}

TEST(DataProtectorTest, DerivedKeysArePerPurposeAndNotTheDataKey) {
  auto protector = DataProtector::FromKeyText(kKey);
  auto other = DataProtector::FromKeyText(DataProtector::GenerateKeyText());
  std::string pages = protector->DeriveKey("frontdesk page tokens v1");
  EXPECT_EQ(pages.size(), 32u);
  EXPECT_EQ(protector->DeriveKey("frontdesk page tokens v1"), pages);
  EXPECT_NE(protector->DeriveKey("frontdesk page tokens v2"), pages);
  EXPECT_NE(other->DeriveKey("frontdesk page tokens v1"), pages);
  // Never the data key itself.
  EXPECT_NE(absl::BytesToHexString(pages), kKey);
}

TEST(DataProtectorTest, KeyMustBe64HexDigits) {
  EXPECT_TRUE(DataProtector::FromKeyText(std::string(kKey) + "\n").ok());
  EXPECT_FALSE(DataProtector::FromKeyText("abc").ok());
  EXPECT_FALSE(DataProtector::FromKeyText(std::string(64, 'g')).ok());
}

}  // namespace
}  // namespace frontdesk
