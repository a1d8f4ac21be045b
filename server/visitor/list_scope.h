// The common part of the visitor register's List calls: parent
// ("sites/{site}" or "sites/-", narrowed to the caller's sites), role check,
// page size, AIP-160 filter and the keyset page token bound to the query.
#ifndef FRONTDESK_SERVER_VISITOR_LIST_SCOPE_H_
#define FRONTDESK_SERVER_VISITOR_LIST_SCOPE_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "common/filter.h"
#include "common/principal.h"

namespace frontdesk {

struct ListScope {
  std::string site_id;                // the parent's site, "-" for all
  std::vector<std::string> site_ids;  // for the stores; empty = every site
  std::vector<FilterTerm> terms;
  int32_t page_size = 50;
  std::optional<std::pair<long long, long long>> key;  // from the token
  std::string fingerprint;

  // Rows to fetch: one more than a page, to know whether another follows.
  int FetchLimit() const { return page_size + 1; }
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

absl::StatusOr<ListScope> ParseListScope(const Principal& who,
                                         const ListRequestParts& request,
                                         const FilterSchema& schema,
                                         std::initializer_list<int> roles,
                                         absl::string_view action);

// Trims `rows` to a page and returns the next page token ("" on the last
// page); `key_of` gives a row's (time, id) keyset key.
template <typename Row, typename KeyOf>
std::string TrimToPage(const ListScope& scope, std::vector<Row>& rows,
                       KeyOf key_of);

std::string EncodeListToken(const ListScope& scope,
                            std::pair<long long, long long> key);

template <typename Row, typename KeyOf>
std::string TrimToPage(const ListScope& scope, std::vector<Row>& rows,
                       KeyOf key_of) {
  if (static_cast<int>(rows.size()) <= scope.page_size) return "";
  rows.resize(scope.page_size);
  return EncodeListToken(scope, key_of(rows.back()));
}

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_LIST_SCOPE_H_
