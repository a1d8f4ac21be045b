// Keyset pagination by id for DirectoryService lists (AIP-158): the page
// token carries the last id served, bound to a fingerprint of the query
// (collection, parent, filter) so that it cannot be replayed against
// another one. Handlers fetch page_size + 1 rows after AfterId() and let
// TrimPage() decide whether there is a next page.
#ifndef FRONTDESK_SERVER_DIRECTORY_ID_PAGING_H_
#define FRONTDESK_SERVER_DIRECTORY_ID_PAGING_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/page_token.h"

namespace frontdesk {

// Decodes an id-keyed page token ("" for the first page).
inline absl::StatusOr<std::string> AfterId(const std::string& token,
                                           const std::string& query) {
  if (token.empty()) return std::string();
  auto key = DecodePageToken(token, query, 1);
  if (!key.ok()) return key.status();
  return (*key)[0];
}

// Rows were fetched with limit page_size + 1: trims the extra one and returns
// the next page token, or "".
template <typename T, typename KeyFn>
std::string TrimPage(std::vector<T>& rows, int page_size,
                     const std::string& query, KeyFn key) {
  if (static_cast<int>(rows.size()) <= page_size) return "";
  rows.resize(page_size);
  return EncodePageToken(query, {key(rows.back())});
}

// The last segment of a resource name: "sites/hx/departments/eng" → "eng".
inline std::string LastSegment(const std::string& name) {
  return name.substr(name.rfind('/') + 1);
}

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_ID_PAGING_H_
