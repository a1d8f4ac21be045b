// The common part of the visitor register's List calls: parent
// ("sites/{site}" or "sites/-", narrowed to the caller's sites), AIP-160
// filter and the page (common/list_page.h), its token bound to the
// parent, the filter and anything else that changes the result.
#ifndef FRONTDESK_SERVER_VISITOR_LIST_SCOPE_H_
#define FRONTDESK_SERVER_VISITOR_LIST_SCOPE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "server/call.h"

namespace frontdesk {

struct ListScope {
  std::string site_id;                // the parent's site, "-" for all
  std::vector<std::string> site_ids;  // for the stores; empty = every site
  std::vector<FilterTerm> terms;
  ListPage page;
};

struct ListRequestParts {
  const std::string& parent;
  int32_t page_size;
  const std::string& page_token;
  const std::string& filter;
  // Anything else that changes the result (e.g. show_deleted), so a token
  // is refused with another query.
  std::string extra = "";
};

// Who may list is the permission table's, checked by the frame before this
// runs; a "sites/-" parent narrows to the caller's sites. `key` is how the
// list orders its rows: a time and an id unless said. `signer` signs the
// page tokens, bound to the caller.
absl::StatusOr<ListScope> ParseListScope(const PageTokenSigner& signer,
                                         const Call& call,
                                         const ListRequestParts& request,
                                         const FilterSchema& schema,
                                         PageKey key = PageKey::kTimeAndId);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_LIST_SCOPE_H_
