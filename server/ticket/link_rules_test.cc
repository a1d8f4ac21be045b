// link_rules.h: which parent a ticket may be linked to.
#include "server/ticket/link_rules.h"

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

TEST(LinkRulesTest, AParentOfTheSameSiteThatCarriesOn) {
  EXPECT_TRUE(CheckLinkParent("hx", 2, "hx", 1, {}, v1::Ticket::NEW).ok());
  EXPECT_TRUE(
      CheckLinkParent("hx", 3, "hx", 1, {7}, v1::Ticket::RESOLVED).ok());
}

TEST(LinkRulesTest, Refusals) {
  EXPECT_EQ(ErrorReason(CheckLinkParent("hx", 2, "yc", 1, {}, v1::Ticket::NEW)),
            "INVALID_FIELD");
  EXPECT_EQ(ErrorReason(CheckLinkParent("hx", 2, "hx", 2, {}, v1::Ticket::NEW)),
            "LINK_CYCLE");
  EXPECT_EQ(
      ErrorReason(CheckLinkParent("hx", 2, "hx", 1, {5, 2}, v1::Ticket::NEW)),
      "LINK_CYCLE");
  EXPECT_EQ(
      ErrorReason(CheckLinkParent("hx", 2, "hx", 1, {}, v1::Ticket::DUPLICATE)),
      "PARENT_ENDED");
}

}  // namespace
}  // namespace frontdesk
