// TokenCache (token_cache.h): one mutex guards the map.
#include "server/token_cache.h"

namespace frontdesk {

std::optional<Principal> TokenCache::Find(const std::string& token_sha256) {
  absl::MutexLock lock(&mu_);
  auto it = entries_.find(token_sha256);
  if (it == entries_.end()) return std::nullopt;
  if (clock_.Now() >= it->second.expires) {
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second.principal;
}

void TokenCache::Put(const std::string& token_sha256,
                     const Principal& principal) {
  absl::MutexLock lock(&mu_);
  if (entries_.size() >= max_entries_) entries_.clear();
  entries_[token_sha256] = Entry{principal, clock_.Now() + ttl_};
}

}  // namespace frontdesk
