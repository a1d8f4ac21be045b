#include "server/visitor/list_scope.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/page_token.h"
#include "common/status.h"
#include "common/validation.h"
#include "server/visitor/visitor_access.h"

namespace frontdesk {

absl::StatusOr<ListScope> ParseListScope(const Principal& who,
                                         const ListRequestParts& request,
                                         const FilterSchema& schema,
                                         std::initializer_list<int> roles,
                                         absl::string_view action) {
  ListScope scope;
  auto site = ParseSiteName("parent", request.parent, true);
  if (!site.ok()) return site.status();
  absl::Status allowed = RequireSiteRole(who, *site, roles, action);
  if (!allowed.ok()) return allowed;
  scope.site_id = *site;
  if (*site == "-") {
    scope.site_ids = SitesOf(who);
  } else {
    scope.site_ids = {*site};
  }
  absl::Status size = NormalizePageSize(request.page_size, &scope.page_size);
  if (!size.ok()) return size;
  auto terms = ParseFilter(request.filter, schema);
  if (!terms.ok()) return terms.status();
  scope.terms = *std::move(terms);
  scope.fingerprint = absl::StrCat(
      request.parent, "\n", CanonicalFilter(scope.terms), "\n", request.extra);
  if (!request.page_token.empty()) {
    auto key = DecodePageToken(request.page_token, scope.fingerprint, 2);
    if (!key.ok()) return key.status();
    std::pair<long long, long long> k;
    if (!absl::SimpleAtoi((*key)[0], &k.first) ||
        !absl::SimpleAtoi((*key)[1], &k.second)) {
      return InvalidField("page_token", "is not a token of this list");
    }
    scope.key = k;
  }
  return scope;
}

std::string EncodeListToken(const ListScope& scope,
                            std::pair<long long, long long> key) {
  return EncodePageToken(scope.fingerprint,
                         {absl::StrCat(key.first), absl::StrCat(key.second)});
}

}  // namespace frontdesk
