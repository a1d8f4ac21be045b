// The sites' report settings (table report_settings, migration 0023). All
// SQL for it lives here. A site that never saved its settings has no row:
// the reader gets nullopt and applies the defaults
// (server/report/report_settings.h). Saves compare the row version (etag).
#ifndef FRONTDESK_DB_REPORT_REPORT_SETTINGS_STORE_H_
#define FRONTDESK_DB_REPORT_REPORT_SETTINGS_STORE_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "db/database.h"

namespace frontdesk::db {

struct ReportSettingsRow {
  long long complaint_deadline_s = 0;
  long long dispatch_limit_normal_s = 0;
  long long dispatch_limit_urgent_s = 0;
  int effective_complaint_basis = 0;
  double satisfaction_target = 0;
  std::string resident_handover_date;  // "YYYY-MM-DD" or ""
  long long update_us = 0;
  long long version = 0;
};

// The stored settings of `site_id`, nullopt when it never saved any.
absl::StatusOr<std::optional<ReportSettingsRow>> FindReportSettings(
    Tx& tx, const std::string& site_id);

// Writes `row` when the stored version is still `expected_version` (0: no
// row yet; -1: whatever is stored); ABORTED (ETAG_MISMATCH) otherwise.
// The saved row has version + 1 and update_us = now_us.
absl::StatusOr<ReportSettingsRow> SaveReportSettings(
    Tx& tx, const std::string& site_id, const ReportSettingsRow& row,
    long long expected_version, long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_REPORT_SETTINGS_STORE_H_
