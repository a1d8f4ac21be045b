#include "server/visitor/list_scope.h"

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "server/authorize.h"

namespace frontdesk {

absl::StatusOr<ListScope> ParseListScope(const PageTokenSigner& signer,
                                         const Call& call,
                                         const ListRequestParts& request,
                                         const FilterSchema& schema,
                                         PageKey key) {
  auto site = ParseSiteName("parent", request.parent, true);
  if (!site.ok()) return site.status();
  auto terms = ParseFilter(request.filter, schema);
  if (!terms.ok()) return terms.status();
  auto page = ListPage::Start(
      signer, call.who.name(), request.page_size, request.page_token,
      absl::StrCat(request.parent, "\n", CanonicalFilter(*terms), "\n",
                   request.extra),
      key);
  if (!page.ok()) return page.status();
  return ListScope{*site, SitesOf(call, *site), *std::move(terms),
                   *std::move(page)};
}

}  // namespace frontdesk
