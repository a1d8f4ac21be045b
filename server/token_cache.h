// Recently resolved bearer tokens, so that not every RPC pays a database
// round trip to learn who is calling. Entries live `ttl` (a change to a staff
// member's roles, or a future revocation, takes effect within it); only
// successful look-ups are kept, so an unknown token always reaches the
// database. At most `max_entries`: when full, the cache starts over.
// Thread-safe.
#ifndef FRONTDESK_SERVER_TOKEN_CACHE_H_
#define FRONTDESK_SERVER_TOKEN_CACHE_H_

#include <optional>
#include <string>
#include <unordered_map>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/principal.h"

namespace frontdesk {

class TokenCache {
 public:
  TokenCache(const Clock& clock, absl::Duration ttl, size_t max_entries)
      : clock_(clock), ttl_(ttl), max_entries_(max_entries) {}

  std::optional<Principal> Find(const std::string& token_sha256)
      ABSL_LOCKS_EXCLUDED(mu_);
  void Put(const std::string& token_sha256, const Principal& principal)
      ABSL_LOCKS_EXCLUDED(mu_);

 private:
  struct Entry {
    Principal principal;
    absl::Time expires;
  };
  const Clock& clock_;
  const absl::Duration ttl_;
  const size_t max_entries_;
  absl::Mutex mu_;
  std::unordered_map<std::string, Entry> entries_ ABSL_GUARDED_BY(mu_);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TOKEN_CACHE_H_
