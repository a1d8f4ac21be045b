#include "server/access_log.h"

#include "db/access_log_store.h"

namespace frontdesk {

absl::Status AuditUnmaskedRead(db::Tx& tx, const std::string& site_id,
                               const Principal& who, absl::string_view method,
                               const std::vector<std::string>& resources,
                               absl::string_view reason, long long now_us) {
  if (resources.empty()) return absl::OkStatus();
  return db::AppendSensitiveDataAccess(tx, site_id, who.staff_id,
                                       std::string(method), resources,
                                       std::string(reason), now_us)
      .status();
}

}  // namespace frontdesk
