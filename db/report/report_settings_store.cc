#include "db/report/report_settings_store.h"

#include <soci/soci.h>

#include "common/status.h"

namespace frontdesk::db {

absl::StatusOr<std::optional<ReportSettingsRow>> FindReportSettings(
    Tx& tx, const std::string& site_id) {
  ReportSettingsRow row;
  tx.sql << "SELECT complaint_deadline_s, dispatch_limit_normal_s,"
            " dispatch_limit_urgent_s, effective_complaint_basis,"
            " satisfaction_target, update_time_us, version,"
            " resident_handover_date FROM report_settings WHERE site_id = :s",
      soci::use(site_id), soci::into(row.complaint_deadline_s),
      soci::into(row.dispatch_limit_normal_s),
      soci::into(row.dispatch_limit_urgent_s),
      soci::into(row.effective_complaint_basis),
      soci::into(row.satisfaction_target), soci::into(row.update_us),
      soci::into(row.version), soci::into(row.resident_handover_date);
  if (!tx.sql.got_data()) return std::optional<ReportSettingsRow>();
  return std::optional<ReportSettingsRow>(row);
}

absl::StatusOr<ReportSettingsRow> SaveReportSettings(
    Tx& tx, const std::string& site_id, const ReportSettingsRow& row,
    long long expected_version, long long now_us) {
  auto current = FindReportSettings(tx, site_id);
  if (!current.ok()) return current.status();
  const long long stored = current->has_value() ? (*current)->version : 0;
  if (expected_version >= 0 && stored != expected_version) {
    return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                 "the report settings changed since they were read; read "
                 "them again");
  }
  ReportSettingsRow saved = row;
  saved.version = stored + 1;
  saved.update_us = now_us;
  if (stored == 0) {
    tx.sql << "INSERT INTO report_settings (site_id, complaint_deadline_s,"
              " dispatch_limit_normal_s, dispatch_limit_urgent_s,"
              " effective_complaint_basis, satisfaction_target,"
              " update_time_us, version, resident_handover_date)"
              " VALUES (:s, :c, :n, :u, :b, :t, :w, :v, :h)",
        soci::use(site_id), soci::use(saved.complaint_deadline_s),
        soci::use(saved.dispatch_limit_normal_s),
        soci::use(saved.dispatch_limit_urgent_s),
        soci::use(saved.effective_complaint_basis),
        soci::use(saved.satisfaction_target), soci::use(saved.update_us),
        soci::use(saved.version), soci::use(saved.resident_handover_date);
  } else {
    tx.sql << "UPDATE report_settings SET complaint_deadline_s = :c,"
              " dispatch_limit_normal_s = :n, dispatch_limit_urgent_s = :u,"
              " effective_complaint_basis = :b, satisfaction_target = :t,"
              " update_time_us = :w, version = :v, resident_handover_date = :h"
              " WHERE site_id = :s",
        soci::use(saved.complaint_deadline_s),
        soci::use(saved.dispatch_limit_normal_s),
        soci::use(saved.dispatch_limit_urgent_s),
        soci::use(saved.effective_complaint_basis),
        soci::use(saved.satisfaction_target), soci::use(saved.update_us),
        soci::use(saved.version), soci::use(saved.resident_handover_date),
        soci::use(site_id);
  }
  return saved;
}

}  // namespace frontdesk::db
