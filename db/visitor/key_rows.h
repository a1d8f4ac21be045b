// Internal to the key stores (key_store.cc, key_loan_store.cc,
// key_event_store.cc): the desk_keys row and its borrower columns, the
// history entry as written, and the checks and reads the three share.
#ifndef FRONTDESK_DB_VISITOR_KEY_ROWS_H_
#define FRONTDESK_DB_VISITOR_KEY_ROWS_H_

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "common/data_protector.h"
#include "common/names.h"
#include "db/database.h"
#include "db/internal/params.h"
#include "db/visitor/key_store.h"
#include "db/visitor/visitor_rows.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::db {

inline constexpr int kInStore = v1::Key::IN_STORE;
inline constexpr int kOnLoan = v1::Key::ON_LOAN;
inline constexpr int kRetired = v1::Key::RETIRED;

absl::Status KeyNotFound(absl::string_view what);

absl::Status Changed();

// A borrower's columns: a staff id, or a person (name, document type and
// sealed document and phone numbers, sealed as a visitor's are).
struct BorrowerColumns {
  std::string staff_id;
  PersonColumns person;

  static BorrowerColumns Seal(const DataProtector& protector,
                              const v1::KeyBorrower& b) {
    BorrowerColumns c;
    if (b.has_staff()) {
      c.staff_id = std::string(absl::StripPrefix(b.staff(), "staff/"));
    } else if (b.has_person()) {
      c.person = PersonColumns::Seal(protector, b.person());
    }
    return c;
  }

  bool empty() const {
    return staff_id.empty() && person.name.empty() &&
           person.doc_sealed.empty() && person.phone_sealed.empty() &&
           person.doc_type == 0;
  }

  // Leaves `b` unset when there is no borrower.
  absl::Status OpenInto(const DataProtector& protector,
                        v1::KeyBorrower* b) const {
    if (!staff_id.empty()) {
      b->set_staff(StaffName(staff_id));
      return absl::OkStatus();
    }
    if (empty()) return absl::OkStatus();
    return person.OpenInto(protector, b->mutable_person());
  }
};

struct KeyRow {
  long long id = 0;
  std::string site_id, tag, unit_id, description, storage_slot, entrusted_name,
      entrusted_phone_sealed;
  int kind = 0, copies = 1, state = 0, retire_reason = 0;
  BorrowerColumns loan;
  std::string loan_purpose, loan_lent_by;
  std::optional<long long> lend_us, due_us, loan_event_id;
  long long create_us = 0, update_us = 0, version = 0;
};

std::vector<KeyRow> QueryKeyRows(Tx& tx, const std::string& where,
                                 Params& params, const std::string& tail);

absl::StatusOr<std::vector<v1::KeyBorrower>> LoadAuthorized(
    Tx& tx, const DataProtector& protector, long long key_id);

absl::StatusOr<v1::Key> ToProto(Tx& tx, const DataProtector& protector,
                                const KeyRow& r, long long now_us);

absl::StatusOr<KeyRow> LoadKeyRow(Tx& tx, long long key_id, bool for_update);

bool Exists(Tx& tx, const std::string& sql, const std::string& a,
            const std::string& b = "");

absl::Status CheckStaffExists(Tx& tx, const v1::KeyBorrower& b,
                              absl::string_view field);

// One history entry as written.
struct EventFields {
  long long key_id = 0;
  std::string site_id;
  int type = 0;
  std::string actor;
  BorrowerColumns borrower, returned;
  std::string purpose;
  std::optional<long long> due_us;
  bool late = false;
  std::string auth_by, auth_reason;
  int retire_reason = 0;
  std::string changes_json;
  std::string note;
  std::optional<long long> lent_event_id;
};

std::string ChangesJson(const std::vector<v1::FieldChange>& changes);

long long AppendEvent(Tx& tx, const EventFields& e, long long now_us);

absl::StatusOr<v1::Key> Reread(Tx& tx, const DataProtector& protector,
                               long long key_id, long long now_us);

// Text filter values "true"/"false".
absl::Status CheckBool(absl::string_view field, absl::string_view v);

absl::Status CheckStaffFilter(absl::string_view v);

// Clears the loan columns and moves the key to `state`.
inline constexpr char kEndLoanSet[] =
    " loan_staff_id = '', loan_name = '', loan_doc_type = 0,"
    " loan_doc_sealed = '', loan_phone_sealed = '', loan_purpose = '',"
    " loan_lend_us = NULL, loan_due_us = NULL, loan_lent_by = '',"
    " loan_event_id = NULL,";

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_VISITOR_KEY_ROWS_H_
