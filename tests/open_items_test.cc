// ReportService.GetOpenItemsList's cap (server/report/open_items_desk.h)
// [REP-OPEN-ITEMS]: the desk run directly with a small cap over tickets made
// through the real gRPC server (tests/workflow_test_base.h), on SQLite and
// MariaDB, so that a list cut at its cap says so (`truncated`) without
// making 5000 tickets.
#include <algorithm>
#include <string>
#include <vector>

#include "common/page_token.h"
#include "server/auth.h"
#include "server/call.h"
#include "server/report/open_items_desk.h"
#include "server/services.h"
#include "tests/workflow_test_base.h"

namespace frontdesk::workflow_testing {
namespace {

// The tickets of a list, group by group.
std::vector<std::string> TicketsOf(const v1::OpenItemsList& list) {
  std::vector<std::string> names;
  for (const auto& group : list.groups()) {
    for (const auto& item : group.items()) names.push_back(item.ticket());
  }
  return names;
}

class OpenItemsCapTest : public WorkflowTest {
 protected:
  // The list of `site` now, as the admin, from a desk capped at `cap`.
  v1::OpenItemsList ListWithCap(int cap, const std::string& site) {
    Authenticator auth(database(), *clock_);
    auto who = auth.Authenticate("Bearer " + TokenOf("admin"));
    EXPECT_TRUE(who.ok()) << who.status();
    if (!who.ok()) return {};
    const PageTokenSigner page_tokens(std::string(32, 'p'));
    OpenItemsDesk desk(ServiceContext{database(), *clock_, auth,
                                      db::TestDataProtector(), page_tokens},
                       cap);
    frontdesk::Call call{*who, "ReportService.GetOpenItemsList", ""};
    v1::GetOpenItemsListRequest request;
    request.set_site(site);
    v1::OpenItemsList list;
    absl::Status status = desk.GetOpenItemsList(call, request, &list);
    EXPECT_TRUE(status.ok()) << status;
    return list;
  }
};

TEST_P(OpenItemsCapTest, AListCutAtItsCapSaysSoAndKeepsTheOldest) {
  std::vector<std::string> created;
  for (int i = 0; i < 3; ++i) {
    created.push_back(MustCreate(Ticket::REPAIR));
    Advance(absl::Minutes(1));
  }

  v1::OpenItemsList cut = ListWithCap(2, kSite);
  EXPECT_TRUE(cut.truncated());
  EXPECT_EQ(cut.open(), 2);
  std::vector<std::string> listed = TicketsOf(cut);
  std::sort(listed.begin(), listed.end());
  std::vector<std::string> oldest = {created[0], created[1]};
  std::sort(oldest.begin(), oldest.end());
  EXPECT_EQ(listed, oldest) << "the cap keeps the tickets created first";

  // Exactly at the cap: everything is there, nothing was cut.
  v1::OpenItemsList full = ListWithCap(3, kSite);
  EXPECT_FALSE(full.truncated());
  EXPECT_EQ(full.open(), 3);

  // Every site: the total is cut when a site's list is.
  v1::OpenItemsList all = ListWithCap(2, "sites/-");
  EXPECT_TRUE(all.truncated());
  ASSERT_EQ(all.by_site_size(), 2);
  EXPECT_TRUE(all.by_site(0).truncated()) << all.by_site(0).scope().site();
  EXPECT_FALSE(all.by_site(1).truncated()) << "lz has no tickets";
  EXPECT_FALSE(ListWithCap(3, "sites/-").truncated());
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(OpenItemsCapTest);

}  // namespace
}  // namespace frontdesk::workflow_testing
