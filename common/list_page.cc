#include "common/list_page.h"

#include <google/protobuf/timestamp.pb.h>
#include <google/protobuf/util/time_util.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {
namespace {

// A token this list issued (its check passed) whose key is not of the
// list's kind: only a token of an older release or a forged one.
absl::Status MalformedToken() {
  return InvalidField("page_token", "is malformed", "INVALID_PAGE_TOKEN");
}

}  // namespace

absl::StatusOr<ListPage> ListPage::Start(const PageTokenSigner& signer,
                                         std::string caller,
                                         int32_t requested_size,
                                         absl::string_view page_token,
                                         std::string fingerprint, PageKey key) {
  int32_t size = 0;
  absl::Status valid = NormalizePageSize(requested_size, &size);
  if (!valid.ok()) return valid;
  ListPage page(signer, std::move(caller), size, std::move(fingerprint));
  if (page_token.empty()) return page;
  const size_t parts = key == PageKey::kId || key == PageKey::kNumber ? 1 : 2;
  auto decoded =
      signer.Decode(page_token, page.caller_, page.fingerprint_, parts);
  if (!decoded.ok()) return decoded.status();
  const std::vector<std::string>& after = *decoded;
  if (key == PageKey::kId) {
    page.after_id_ = after[0];
    return page;
  }
  // Every other kind ends in a number: the last part.
  long long last = 0;
  if (!absl::SimpleAtoi(after.back(), &last)) return MalformedToken();
  switch (key) {
    case PageKey::kNumber:
      page.after_number_ = last;
      break;
    case PageKey::kTimeAndId: {
      long long time = 0;
      if (!absl::SimpleAtoi(after[0], &time)) return MalformedToken();
      page.after_pair_ = std::make_pair(time, last);
      break;
    }
    case PageKey::kTextAndId:
      page.after_text_and_id_ = std::make_pair(after[0], last);
      break;
    case PageKey::kId:
      break;
  }
  return page;
}

std::string ListPage::TokenAfter(const std::string& id) const {
  return Encode({id});
}

std::string ListPage::TokenAfter(long long number) const {
  return Encode({absl::StrCat(number)});
}

std::string ListPage::TokenAfter(
    std::pair<long long, long long> time_and_id) const {
  return Encode(
      {absl::StrCat(time_and_id.first), absl::StrCat(time_and_id.second)});
}

std::string ListPage::TokenAfter(
    const std::pair<std::string, long long>& text_and_id) const {
  return Encode({text_and_id.first, absl::StrCat(text_and_id.second)});
}

std::string LastSegment(absl::string_view name) {
  return std::string(name.substr(name.rfind('/') + 1));
}

std::pair<long long, long long> CreateTimeAndIdKey(
    absl::string_view name, const google::protobuf::Timestamp& create_time) {
  long long id = 0;
  (void)absl::SimpleAtoi(LastSegment(name), &id);
  return std::make_pair(
      google::protobuf::util::TimeUtil::TimestampToMicroseconds(create_time),
      id);
}

}  // namespace frontdesk
