// One page of a List call (AIP-158 keyset pagination), the same for every
// desk: the page size (NormalizePageSize: unset means the default, too large
// is capped, negative is refused) and the page token, which carries the key
// of the last row served bound to a fingerprint of the query (collection,
// parent, filter, ...) and to the caller, signed by the server
// (common/page_token.h), so that a token is refused with another query or
// from another caller.
//
// A desk starts the page from the request, fetches FetchLimit() rows after
// the key (after_id() or after_pair(), by the page's key kind), and lets
// NextToken() cut the extra row off and issue the token of the next page
// ("" on the last page). Both token errors are INVALID_ARGUMENT on field
// "page_token" with reason INVALID_PAGE_TOKEN.
#ifndef FRONTDESK_COMMON_LIST_PAGE_H_
#define FRONTDESK_COMMON_LIST_PAGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/page_token.h"

namespace google::protobuf {
class Timestamp;
}  // namespace google::protobuf

namespace frontdesk {

// How a list orders its rows, so what the key of a row is.
enum class PageKey {
  kId,         // the row's id (a name's last segment)
  kNumber,     // one number (e.g. an event's sequence number)
  kTimeAndId,  // a time in microseconds and a numeric id (two numbers)
  kTextAndId,  // a text (e.g. a key's tag) and a numeric id
};

class ListPage {
 public:
  // `signer` (which must outlive the page) signs and checks the tokens of
  // `caller` (Principal::name(), e.g. "staff/wang.li").
  static absl::StatusOr<ListPage> Start(const PageTokenSigner& signer,
                                        std::string caller,
                                        int32_t requested_size,
                                        absl::string_view page_token,
                                        std::string fingerprint, PageKey key);

  int32_t size() const { return size_; }
  // Rows to fetch: one more than a page, to know whether another follows.
  int FetchLimit() const { return size_ + 1; }
  // The key of the last row served; "", 0 or nullopt on the first page.
  const std::string& after_id() const { return after_id_; }
  long long after_number() const { return after_number_; }
  const std::optional<std::pair<long long, long long>>& after_pair() const {
    return after_pair_;
  }
  const std::optional<std::pair<std::string, long long>>& after_text_and_id()
      const {
    return after_text_and_id_;
  }

  // Cuts `rows` (fetched with FetchLimit()) to the page and returns the next
  // page's token, or "" when this page is the last. `key_of(row)` gives the
  // row's key: a std::string for PageKey::kId, a long long for kNumber, a
  // pair for kTimeAndId and kTextAndId.
  template <typename Row, typename KeyOf>
  std::string NextToken(std::vector<Row>& rows, KeyOf key_of) const {
    if (static_cast<int>(rows.size()) <= size_) return "";
    rows.resize(size_);
    return TokenAfter(key_of(rows.back()));
  }

  std::string TokenAfter(const std::string& id) const;
  std::string TokenAfter(long long number) const;
  std::string TokenAfter(std::pair<long long, long long> time_and_id) const;
  std::string TokenAfter(
      const std::pair<std::string, long long>& text_and_id) const;

 private:
  ListPage(const PageTokenSigner& signer, std::string caller, int32_t size,
           std::string fingerprint)
      : signer_(&signer),
        caller_(std::move(caller)),
        size_(size),
        fingerprint_(std::move(fingerprint)) {}

  std::string Encode(const std::vector<std::string>& key) const {
    return signer_->Encode(caller_, fingerprint_, key);
  }

  const PageTokenSigner* signer_;
  std::string caller_;
  int32_t size_;
  std::string fingerprint_;
  std::string after_id_;
  long long after_number_ = 0;
  std::optional<std::pair<long long, long long>> after_pair_;
  std::optional<std::pair<std::string, long long>> after_text_and_id_;
};

// The last segment of a resource name: "sites/hx/departments/eng" → "eng".
std::string LastSegment(absl::string_view name);

// The kId key of a row that has a resource name, for NextToken().
inline constexpr auto kIdOfName = [](const auto& row) {
  return LastSegment(row.name());
};

// The kTimeAndId key of a row listed by create time and id: the create time
// in microseconds and the number that ends its resource name
// ("sites/hx/escalations/42" → 42; 0 if the last segment is no number).
std::pair<long long, long long> CreateTimeAndIdKey(
    absl::string_view name, const google::protobuf::Timestamp& create_time);

// The kTimeAndId key of a row with a name and a create_time, for NextToken().
inline constexpr auto kCreateTimeAndIdOfName = [](const auto& row) {
  return CreateTimeAndIdKey(row.name(), row.create_time());
};

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_LIST_PAGE_H_
