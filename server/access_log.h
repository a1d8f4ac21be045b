// The sensitive-data access log as the desks write it (db/access_log_store.h
// keeps it): every read that returns personal data unmasked to someone who
// must be accountable for it — a supervisor unmasking a visitor's numbers
// [P-UNMASK-AUDITED], anyone outside a site's desk reading a ticket's
// reporter [T-REPORTER-AUDITED], a search by a resident's phone across sites
// [T-PHONE-SEARCH-AUDITED] — appends one access per site, in the same
// transaction as the read: no log, no read.
#ifndef FRONTDESK_SERVER_ACCESS_LOG_H_
#define FRONTDESK_SERVER_ACCESS_LOG_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/principal.h"
#include "db/database.h"

namespace frontdesk {

// Appends the SensitiveDataAccess for a read of `resources` of `site_id`
// by `who` through `method` ("GetVisit"), with `reason` (a no-op when
// `resources` is empty).
absl::Status AuditUnmaskedRead(db::Tx& tx, const std::string& site_id,
                               const Principal& who, absl::string_view method,
                               const std::vector<std::string>& resources,
                               absl::string_view reason, long long now_us);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ACCESS_LOG_H_
