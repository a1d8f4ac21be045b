#include "server/visitor/list_scope.h"

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "server/visitor/visitor_access.h"

namespace frontdesk {

absl::StatusOr<ListScope> ParseListScope(const Principal& who,
                                         const ListRequestParts& request,
                                         const FilterSchema& schema,
                                         std::initializer_list<int> roles,
                                         absl::string_view action,
                                         PageKey key) {
  auto site = ParseSiteName("parent", request.parent, true);
  if (!site.ok()) return site.status();
  absl::Status allowed = RequireSiteRole(who, *site, roles, action);
  if (!allowed.ok()) return allowed;
  auto terms = ParseFilter(request.filter, schema);
  if (!terms.ok()) return terms.status();
  auto page = ListPage::Start(
      request.page_size, request.page_token,
      absl::StrCat(request.parent, "\n", CanonicalFilter(*terms), "\n",
                   request.extra),
      key);
  if (!page.ok()) return page.status();
  std::vector<std::string> site_ids =
      *site == "-" ? SitesOf(who) : std::vector<std::string>{*site};
  return ListScope{*site, std::move(site_ids), *std::move(terms),
                   *std::move(page)};
}

}  // namespace frontdesk
