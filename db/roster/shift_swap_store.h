// Shift swaps (换班), "sites/{site}/shiftSwaps/{id}". All SQL for
// shift_swaps lives here.
//
// Contract:
// - A swap names the assignments it moves by their full names; the store
//   keeps them as given (the desk checks they exist and whose they are).
//   month_key is the local month (yyyymm) of the earliest shift and
//   first_start_us its start, both the caller's.
// - Kept here whatever the caller validated: the site and both parties
//   exist (NOT_FOUND SITE_NOT_FOUND / STAFF_NOT_FOUND), the status is set
//   (INVALID_ARGUMENT).
// - A state change applies only to the version it was computed from
//   (ABORTED ETAG_MISMATCH otherwise) and increments it; GetShiftSwap with
//   for_update locks the row (MariaDB), so that two servers deciding one
//   swap at once serialise and the second sees the first's status. The
//   store does not judge transitions; the rules do.
// - Lists are in id order. A refused call writes nothing; functions work
//   inside the caller's transaction.
#ifndef FRONTDESK_DB_ROSTER_SHIFT_SWAP_STORE_H_
#define FRONTDESK_DB_ROSTER_SHIFT_SWAP_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

struct ShiftSwapRow {
  long long id = 0;  // set by the store
  std::string site_id;
  std::string requester_id;
  std::string requester_assignment;  // full name
  std::string counterpart_id;
  std::string counterpart_assignment;  // full name, "" for none
  std::string reason;
  v1::ShiftSwap::Status status = v1::ShiftSwap::PROPOSED;
  int month_key = 0;  // yyyymm
  long long first_start_us = 0;
  long long agree_us = 0;
  std::string decided_by;  // staff id, "" for none
  long long decide_us = 0;
  std::string decision_comment;
  // Set by the store.
  long long create_us = 0;
  long long update_us = 0;
  long long version = 0;

  std::string name() const;
  v1::ShiftSwap ToProto() const;
};

absl::StatusOr<ShiftSwapRow> InsertShiftSwap(Tx& tx, const ShiftSwapRow& row,
                                             long long now_us);

// NOT_FOUND (SHIFT_SWAP_NOT_FOUND) unless the swap is the site's.
absl::StatusOr<ShiftSwapRow> GetShiftSwap(Tx& tx, const std::string& site_id,
                                          long long id,
                                          bool for_update = false);

// A decision on a swap: its new status and, when given, when it was
// agreed or who decided it, when and why.
struct ShiftSwapChange {
  v1::ShiftSwap::Status status = v1::ShiftSwap::STATUS_UNSPECIFIED;
  std::optional<long long> agree_us;
  std::optional<std::string> decided_by;
  std::optional<long long> decide_us;
  std::optional<std::string> decision_comment;
};

absl::StatusOr<ShiftSwapRow> ChangeShiftSwap(Tx& tx, const std::string& site_id,
                                             long long id,
                                             const ShiftSwapChange& change,
                                             long long expected_version,
                                             long long now_us);

// The swaps (any status, any site) `staff_ids` are a party to whose
// month_key is in [first_month_key, last_month_key]: what the monthly limit
// and the consecutive rule count.
absl::StatusOr<std::vector<ShiftSwapRow>> ListPartySwaps(
    Tx& tx, const std::vector<std::string>& staff_ids, int first_month_key,
    int last_month_key);

// A page of swaps. Who sees what: swaps of `site_ids` (all sites when
// `all_sites`), plus those `visible_party` (a staff id, "" for none) is a
// party to; the other fields narrow that.
struct ShiftSwapQuery {
  bool all_sites = false;
  std::vector<std::string> site_ids;
  std::string visible_party;
  // Narrowing: one site ("" any), status (0 any), party, month_key (0 any).
  // The status is the one the swap reads as at `now_us`: a PROPOSED or
  // AGREED swap whose earliest shift has started reads as EXPIRED.
  long long now_us = 0;
  std::string site_id;
  int status = 0;
  std::string party;
  int month_key = 0;
  long long after_id = 0;
  int limit = 50;
};
absl::StatusOr<std::vector<ShiftSwapRow>> ListShiftSwaps(
    Tx& tx, const ShiftSwapQuery& query);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_SHIFT_SWAP_STORE_H_
