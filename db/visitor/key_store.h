// Key custody (钥匙管理): the keys held at the desk, their authorised
// borrowers and each key's append-only history. All SQL for desk_keys,
// desk_key_borrowers and key_events lives here (migration 0008).
//
// Contract:
// - Messages go in and come out with personal numbers in clear (canonical
//   forms, already validated by the caller); the rows hold document and
//   phone numbers of persons outside the staff sealed with `protector`, so a
//   dump shows none of them. Masking is the caller's business.
// - Functions work inside the caller's transaction. Every write that changes
//   a key appends its KeyEvent in the same transaction; key_events refuses
//   UPDATE and DELETE (triggers), except PurgeKeyLoanPersonalData's blanking.
// - Writes apply only to the version they were computed from (ABORTED,
//   ETAG_MISMATCH otherwise) and increment it. The state rules themselves
//   (server/visitor/key_rules.h) are checked by the caller; the guarded
//   UPDATEs here only make sure nothing changed in between.
// - A tag is unique per site among keys not retired (ALREADY_EXISTS,
//   KEY_TAG_EXISTS).
// - `overdue` is computed at `now_us` by the reads.
#ifndef FRONTDESK_DB_VISITOR_KEY_STORE_H_
#define FRONTDESK_DB_VISITOR_KEY_STORE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/data_protector.h"
#include "common/filter.h"
#include "common/names.h"
#include "db/database.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::db {

// "sites/{site}/keys/{key}" and ".../events/{event}".
std::string KeyName(absl::string_view site_id, long long key_id);
std::string KeyEventName(absl::string_view site_id, long long key_id,
                         long long event_id);

// A key as a request names it (common/names.h).
using KeyRef = ::frontdesk::KeyRef;

// The id of a stored key's name (0 if malformed).
long long KeyIdOf(const v1::Key& key);

// Inserts a validated key of `site_id` (IN_STORE, version 1) and its CREATED
// event by `actor`. NOT_FOUND: SITE_NOT_FOUND, UNIT_NOT_FOUND,
// STAFF_NOT_FOUND (an authorised staff borrower).
absl::StatusOr<v1::Key> CreateKey(Tx& tx, const DataProtector& protector,
                                  const std::string& site_id,
                                  const v1::Key& key, const std::string& actor,
                                  long long now_us);

// By id, or by tag: the key not retired with that tag, else the most recent
// retired one. NOT_FOUND (KEY_NOT_FOUND). `for_update` locks the row on
// MariaDB.
absl::StatusOr<v1::Key> GetKey(Tx& tx, const DataProtector& protector,
                               const KeyRef& ref, long long now_us,
                               bool for_update = false);

struct KeyQuery {
  std::vector<std::string> site_ids;  // empty: every site
  std::vector<FilterTerm> terms;      // KeyFilterSchema()
  // Keyset: rows after (tag, id), by tag ascending.
  std::optional<std::pair<std::string, long long>> after;
  int limit = 50;
  long long now_us = 0;
};
// state, overdue ("true"/"false"), kind, unit, borrower ("staff/..."), tag.
const FilterSchema& KeyFilterSchema();
// Retired keys only with the term state = RETIRED.
absl::StatusOr<std::vector<v1::Key>> ListKeys(Tx& tx,
                                              const DataProtector& protector,
                                              const KeyQuery& query);

// Writes the mutable fields of `updated` (tag, description, copies,
// storage_slot, authorized_borrowers, entrusted_by; identified by its name)
// and an UPDATED event with `changes`.
absl::StatusOr<v1::Key> UpdateKey(Tx& tx, const DataProtector& protector,
                                  const v1::Key& updated,
                                  long long expected_version,
                                  const std::vector<v1::FieldChange>& changes,
                                  const std::string& actor, long long now_us);

// IN_STORE -> ON_LOAN with `loan` (borrower, purpose, due_time; lend_time
// and lent_by are now_us and actor) and a LENT event carrying
// `authorization` when it is set (authorized_by "staff/{id}"). NOT_FOUND
// (STAFF_NOT_FOUND) for a staff borrower who does not exist.
absl::StatusOr<v1::Key> LendKey(
    Tx& tx, const DataProtector& protector, const v1::Key& key,
    long long expected_version, const v1::Key::Loan& loan,
    const v1::SupervisorAuthorization& authorization, const std::string& actor,
    long long now_us);

// ON_LOAN -> IN_STORE and a RETURNED event (borrower of the loan,
// `returned_by` if set, late when now_us is after the due time, `note`).
// NOT_FOUND (STAFF_NOT_FOUND) for a staff returned_by who does not exist.
absl::StatusOr<v1::Key> ReturnKey(Tx& tx, const DataProtector& protector,
                                  const v1::Key& key,
                                  long long expected_version,
                                  const v1::KeyBorrower& returned_by,
                                  const std::string& note,
                                  const std::string& actor, long long now_us);

// -> RETIRED with `reason` and a RETIRED event; a loan in progress (a LOST
// key) ends with it, and the event names its borrower.
absl::StatusOr<v1::Key> RetireKey(Tx& tx, const DataProtector& protector,
                                  const v1::Key& key,
                                  long long expected_version,
                                  v1::Key::RetireReason reason,
                                  const std::string& note,
                                  const std::string& actor, long long now_us);

struct KeyEventQuery {
  std::string site_id;
  long long key_id = 0;           // 0: every key of the site
  std::vector<FilterTerm> terms;  // KeyEventFilterSchema()
  long long after_id = 0;         // keyset: oldest first
  int limit = 50;
};
// type, borrower ("staff/..."), create_time, late ("true"/"false").
const FilterSchema& KeyEventFilterSchema();
absl::StatusOr<std::vector<v1::KeyEvent>> ListKeyEvents(
    Tx& tx, const DataProtector& protector, const KeyEventQuery& query);

// Retention: blanks the names and sealed numbers of persons outside the
// staff (borrower, returned_by) in the events of the site's loans that ended
// (RETURNED, or RETIRED while on loan) before `cutoff_us`, both the ending
// event and its LENT event, and sets their purge_time_us = now_us. Types,
// times, purposes and counts stay. Idempotent; returns the number of events
// blanked by this call.
absl::StatusOr<int> PurgeKeyLoanPersonalData(Tx& tx, const std::string& site_id,
                                             long long cutoff_us,
                                             long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_VISITOR_KEY_STORE_H_
