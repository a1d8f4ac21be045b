// Sealing personal data written before it was sealed at rest.
//
// A migration that starts sealing a column (0011: ticket reporters; 0012:
// their changes in the history and the responses kept for request_id
// replays) cannot
// seal the rows already there: SQL has no key. It names the table in
// sealing_backlog instead, and SealLegacyPersonalData() — run by frontdeskd
// at every start, after the data key is checked (server/data_key.h) and
// before it serves — seals each named table's clear rows in batches of
// `batch`, one transaction each, then removes the table from the backlog. A
// database with an empty backlog costs one query.
//
// Idempotent and safe with several servers starting together: a row is
// sealed only while it is still clear, and an interrupted pass resumes at
// the next start. `frontdeskd migrate` (no key) leaves the backlog to the
// next server start.
#ifndef FRONTDESK_DB_LEGACY_SEALING_H_
#define FRONTDESK_DB_LEGACY_SEALING_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/data_protector.h"
#include "db/database.h"

namespace frontdesk::db {

struct SealedCounts {
  int tickets = 0;             // reporters sealed
  int ticket_events = 0;       // history entries sealed
  int recorded_responses = 0;  // request_id records sealed
  int total() const { return tickets + ticket_events + recorded_responses; }
};

absl::StatusOr<SealedCounts> SealLegacyPersonalData(
    Database& db, const DataProtector& protector, int batch = 500);

// The tables still named in sealing_backlog, sorted.
absl::StatusOr<std::vector<std::string>> SealingBacklog(Database& db);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_LEGACY_SEALING_H_
