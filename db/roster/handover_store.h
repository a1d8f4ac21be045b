// Handover records (交接班记录), "sites/{site}/handovers/{yyyymmdd}-{def}",
// named after the outgoing shift, with their items and the incoming
// receptionist's inventory count. All SQL for handovers, handover_items and
// handover_inventory_counts lives here.
//
// Contract:
// - One handover per outgoing shift: a second insert is ALREADY_EXISTS
//   (HANDOVER_ALREADY_EXISTS), also between two servers (unique index).
// - The store keeps what the desk computed: SaveHandover writes the whole
//   record (status, log, items, counts, signatures) if its version is still
//   `expected_version` (ABORTED ETAG_MISMATCH otherwise) and increments it.
//   Which transitions are allowed is the rules' (server/roster/
//   handover_rules.h), not the store's.
// - GetHandover with for_update locks the row (MariaDB) so that two servers
//   cannot both apply a state change computed from one version.
// - Lists are newest first by the outgoing shift's start (then id), scoped to
//   sites (every site when empty), filtered by ListHandoversRequest.filter.
// - A refused call writes nothing. Functions work inside the caller's
//   transaction.
#ifndef FRONTDESK_DB_ROSTER_HANDOVER_STORE_H_
#define FRONTDESK_DB_ROSTER_HANDOVER_STORE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "common/filter.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

// Which handover: its outgoing shift.
struct HandoverKey {
  std::string site_id;
  absl::CivilDay date;
  std::string definition_id;
};

struct HandoverRow {
  long long id = 0;  // set by the store
  HandoverKey key;
  long long outgoing_start_us = 0;
  absl::CivilDay incoming_date;
  std::string incoming_definition_id;
  long long version = 0;  // set by the store
  // The record as the API shows it; name, outgoing_shift, incoming_shift,
  // create/update times and etag are set by the store from the columns.
  // Staff fields (written_by, ...) are "staff/{id}" names.
  v1::Handover handover;

  std::string name() const { return handover.name(); }
};

// "sites/{site}/handovers/{yyyymmdd}-{definition}".
std::string HandoverName(const HandoverKey& key);

// Writes a new handover (status, log and items of `row.handover`).
absl::StatusOr<HandoverRow> InsertHandover(Tx& tx, const HandoverRow& row,
                                           long long now_us);

// NOT_FOUND (HANDOVER_NOT_FOUND) when there is none.
absl::StatusOr<HandoverRow> GetHandover(Tx& tx, const HandoverKey& key,
                                        bool for_update = false);

// Writes the record's state as in `next.handover` (see above).
absl::StatusOr<HandoverRow> SaveHandover(Tx& tx, const HandoverRow& next,
                                         long long expected_version,
                                         long long now_us);

struct HandoverQuery {
  std::vector<std::string> site_ids;  // empty for every site
  std::vector<FilterTerm> terms;      // HandoverFilterSchema()
  // Keyset: rows strictly older than (outgoing_start_us, id).
  std::optional<std::pair<long long, long long>> before;
  int limit = 50;
};
// status, date (the outgoing shift's local date), has_significant_items,
// incoming_arrived_early, countersigned ("true"/"false").
const FilterSchema& HandoverFilterSchema();
absl::StatusOr<std::vector<HandoverRow>> ListHandovers(
    Tx& tx, const HandoverQuery& query);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_HANDOVER_STORE_H_
