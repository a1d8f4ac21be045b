// Per-site settings of the visitor register ("sites/{site}/visitorSettings")
// and the fingerprint of the data key. All SQL for these tables lives here.
//
// A site that never saved settings reads the defaults (retention 90 days,
// visits 4 h, overstay grace 30 min, key loans 4 h; a ticket's reporter kept
// 365 days, common/retention.h); the first update writes its row. Updates
// compare the etag (row version) and bump it.
#ifndef FRONTDESK_DB_VISITOR_VISITOR_SETTINGS_STORE_H_
#define FRONTDESK_DB_VISITOR_VISITOR_SETTINGS_STORE_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "common/retention.h"
#include "db/database.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::db {

struct VisitorSettingsRow {
  int retention_days = 90;
  absl::Duration default_visit = absl::Hours(4);
  absl::Duration overstay_grace = absl::Minutes(30);
  absl::Duration default_key_loan = absl::Hours(4);
  int ticket_retention_days = kDefaultTicketRetentionDays;
  long long update_us = 0;  // 0 while the defaults were never saved
  long long version = 0;

  v1::VisitorSettings ToProto(const std::string& site_id) const;
};

// NOT_FOUND (SITE_NOT_FOUND) when the site does not exist.
absl::StatusOr<VisitorSettingsRow> GetVisitorSettings(
    Tx& tx, const std::string& site_id);

// Writes `row` if the stored version is still `expected_version` (-1: any);
// ABORTED otherwise. Returns the saved settings.
absl::StatusOr<VisitorSettingsRow> SaveVisitorSettings(
    Tx& tx, const std::string& site_id, const VisitorSettingsRow& row,
    long long expected_version, long long now_us);

// Compares `fingerprint` with the one recorded by the first server that
// sealed data in this database, recording it when there is none.
// FAILED_PRECONDITION (DATA_KEY_MISMATCH) when they differ.
absl::Status CheckDataKeyFingerprint(Tx& tx, const std::string& fingerprint,
                                     long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_VISITOR_VISITOR_SETTINGS_STORE_H_
