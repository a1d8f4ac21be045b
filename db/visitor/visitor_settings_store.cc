#include "db/visitor/visitor_settings_store.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

long long Us(absl::Duration d) { return absl::ToInt64Microseconds(d); }

}  // namespace

v1::VisitorSettings VisitorSettingsRow::ToProto(
    const std::string& site_id) const {
  v1::VisitorSettings out;
  out.set_name(absl::StrCat(SiteName(site_id), "/visitorSettings"));
  out.set_retention_days(retention_days);
  out.mutable_default_visit_duration()->set_seconds(
      absl::ToInt64Seconds(default_visit));
  out.mutable_overstay_grace()->set_seconds(
      absl::ToInt64Seconds(overstay_grace));
  out.mutable_default_key_loan_duration()->set_seconds(
      absl::ToInt64Seconds(default_key_loan));
  out.set_ticket_retention_days(ticket_retention_days);
  if (update_us) SetTimestamp(out.mutable_update_time(), update_us);
  out.set_etag(Etag(version));
  return out;
}

absl::StatusOr<VisitorSettingsRow> GetVisitorSettings(
    Tx& tx, const std::string& site_id) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :s", soci::use(site_id),
      soci::into(exists);
  if (!exists) {
    return Error(
        absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
        absl::StrCat("site \"", SiteName(site_id), "\" does not exist"));
  }
  VisitorSettingsRow row;
  long long visit = 0, grace = 0, loan = 0;
  tx.sql << "SELECT retention_days, default_visit_us, overstay_grace_us,"
            " default_key_loan_us, ticket_retention_days, update_time_us,"
            " version FROM visitor_settings WHERE site_id = :s",
      soci::use(site_id), soci::into(row.retention_days), soci::into(visit),
      soci::into(grace), soci::into(loan),
      soci::into(row.ticket_retention_days), soci::into(row.update_us),
      soci::into(row.version);
  if (!tx.sql.got_data()) return VisitorSettingsRow{};
  row.default_visit = absl::Microseconds(visit);
  row.overstay_grace = absl::Microseconds(grace);
  row.default_key_loan = absl::Microseconds(loan);
  return row;
}

absl::StatusOr<VisitorSettingsRow> SaveVisitorSettings(
    Tx& tx, const std::string& site_id, const VisitorSettingsRow& row,
    long long expected_version, long long now_us) {
  auto current = GetVisitorSettings(tx, site_id);
  if (!current.ok()) return current.status();
  if (expected_version >= 0 && current->version != expected_version) {
    return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                 "visitor settings changed since they were read; read them "
                 "again");
  }
  long long visit = Us(row.default_visit), grace = Us(row.overstay_grace),
            loan = Us(row.default_key_loan), version = current->version + 1;
  int days = row.retention_days, ticket_days = row.ticket_retention_days;
  if (current->version == 0) {
    tx.sql << "INSERT INTO visitor_settings (site_id, retention_days,"
              " default_visit_us, overstay_grace_us, default_key_loan_us,"
              " ticket_retention_days, update_time_us, version)"
              " VALUES (:s, :r, :v, :g, :l, :t, :u, :ver)",
        soci::use(site_id), soci::use(days), soci::use(visit), soci::use(grace),
        soci::use(loan), soci::use(ticket_days), soci::use(now_us),
        soci::use(version);
  } else {
    tx.sql << "UPDATE visitor_settings SET retention_days = :r,"
              " default_visit_us = :v, overstay_grace_us = :g,"
              " default_key_loan_us = :l, ticket_retention_days = :t,"
              " update_time_us = :u, version = :ver WHERE site_id = :s",
        soci::use(days), soci::use(visit), soci::use(grace), soci::use(loan),
        soci::use(ticket_days), soci::use(now_us), soci::use(version),
        soci::use(site_id);
  }
  return GetVisitorSettings(tx, site_id);
}

absl::Status CheckDataKeyFingerprint(Tx& tx, const std::string& fingerprint,
                                     long long now_us) {
  std::string recorded;
  tx.sql << "SELECT fingerprint FROM data_key_fingerprint WHERE id = 1",
      soci::into(recorded);
  if (!tx.sql.got_data()) {
    tx.sql << "INSERT INTO data_key_fingerprint (id, fingerprint,"
              " create_time_us) VALUES (1, :f, :c)",
        soci::use(fingerprint), soci::use(now_us);
    return absl::OkStatus();
  }
  if (recorded != fingerprint) {
    return Error(absl::StatusCode::kFailedPrecondition, "DATA_KEY_MISMATCH",
                 "the configured data key is not the key this database's "
                 "personal data was sealed with; start with the original "
                 "key file");
  }
  return absl::OkStatus();
}

}  // namespace frontdesk::db
