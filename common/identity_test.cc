#include "common/identity.h"

#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using v1::IdentityDocument;

TEST(IdentityTest, IdCardNumberIsUpperCasedAndItsCheckDigitVerified) {
  EXPECT_EQ(*NormalizeDocumentNumber("n", IdentityDocument::ID_CARD,
                                     " 110101199003071233 "),
            "110101199003071233");
  EXPECT_EQ(*NormalizeDocumentNumber("n", IdentityDocument::ID_CARD,
                                     "11010519491231002x"),
            "11010519491231002X");
  // The commonly quoted sample ends in 4, but its check character is 3: a
  // mistyped number is refused at the desk rather than stored.
  ExpectOneViolation(NormalizeDocumentNumber("n", IdentityDocument::ID_CARD,
                                             "110101199003071234")
                         .status(),
                     "n");
  ExpectOneViolation(
      NormalizeDocumentNumber("n", IdentityDocument::ID_CARD, "1101011990")
          .status(),
      "n");
  ExpectOneViolation(NormalizeDocumentNumber("n", IdentityDocument::ID_CARD,
                                             "11010119900307123A")
                         .status(),
                     "n");
}

TEST(IdentityTest, OtherDocumentsAre4To32LettersDigitsAndDashes) {
  EXPECT_EQ(
      *NormalizeDocumentNumber("n", IdentityDocument::PASSPORT, "e12345678"),
      "E12345678");
  ExpectOneViolation(
      NormalizeDocumentNumber("n", IdentityDocument::PASSPORT, "E1").status(),
      "n");
  ExpectOneViolation(
      NormalizeDocumentNumber("n", IdentityDocument::OTHER, "AB 12/34")
          .status(),
      "n");
  ExpectOneViolation(
      NormalizeDocumentNumber("n", IdentityDocument::OTHER, "").status(), "n");
}

TEST(IdentityTest, MaskedNumbersAreNeverAcceptedBack) {
  ExpectOneViolation(NormalizeDocumentNumber("n", IdentityDocument::ID_CARD,
                                             "1101**********1233")
                         .status(),
                     "n");
}

TEST(IdentityTest, MasksKeepOnlyTheAgreedDigits) {
  EXPECT_EQ(MaskDocumentNumber("110101199003071234"), "1101**********1234");
  EXPECT_EQ(MaskDocumentNumber("E1234567"), "******67");
  EXPECT_EQ(MaskPhone("13800138000"), "138****8000");
  EXPECT_EQ(MaskPhone("138-0013-8000"), "138****8000");
  EXPECT_EQ(MaskPhone("010-62345678"), "*******5678");
  EXPECT_EQ(MaskPhone(""), "");
}

TEST(IdentityTest, NamesKeepTheirFirstCharacterOnly) {
  // [T-REPORTER-MASKED]
  EXPECT_EQ(MaskPersonName("王芳"), "王*");
  EXPECT_EQ(MaskPersonName("欧阳娜娜"), "欧***");
  EXPECT_EQ(MaskPersonName(" O'Brien "), "O******");
  EXPECT_EQ(MaskPersonName("王"), "*");
  EXPECT_EQ(MaskPersonName("Li Lei"), "L*****");
  EXPECT_EQ(MaskPersonName(""), "");
}

TEST(IdentityTest, PhoneDigitsDropSeparators) {
  EXPECT_EQ(PhoneDigits("+86 138-0013-8000"), "8613800138000");
}

}  // namespace
}  // namespace frontdesk
