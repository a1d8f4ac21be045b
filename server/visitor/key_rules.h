// The rules of key custody (visitor_service.proto, Key and the key RPCs) as
// plain functions: names, field checks, the state rules of lending,
// returning and retiring, who is authorised to borrow, the field-mask update
// and masking. No database, no gRPC: key_rules_test.cc needs neither.
//
// Errors: INVALID_ARGUMENT naming the field (InvalidField); a state rule
// that forbids the verb is FAILED_PRECONDITION with its reason
// (KEY_NOT_IN_STORE, KEY_NOT_ON_LOAN, KEY_ON_LOAN, KEY_RETIRED).
#ifndef FRONTDESK_SERVER_VISITOR_KEY_RULES_H_
#define FRONTDESK_SERVER_VISITOR_KEY_RULES_H_

#include <google/protobuf/field_mask.pb.h>

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk {

// Loans end at most this far after they start.
inline constexpr absl::Duration kMaxKeyLoan = absl::Hours(7 * 24);

// The canonical borrower (staff "staff/{id}", or a person with a trimmed
// name, a checked phone and a canonical document), or INVALID_ARGUMENT
// naming `field`.* . `document_required`: a person must show a document
// (LendKey); otherwise it is optional (the key's authorised list).
absl::StatusOr<v1::KeyBorrower> CanonicalBorrower(
    absl::string_view field, const v1::KeyBorrower& borrower,
    bool document_required);

// The key's input fields checked (field paths "key.*") and made canonical:
// copies 0 becomes 1, borrowers canonical, output-only fields cleared.
absl::StatusOr<v1::Key> CanonicalKey(const v1::Key& key);

// Whether `borrower` (canonical) is on the key's authorised list: the same
// staff member; or a person with the same document (type and number) when
// the list names one with a document, else the same name and phone digits.
bool IsAuthorizedBorrower(const v1::Key& key, const v1::KeyBorrower& borrower);

// KEY_NOT_IN_STORE unless IN_STORE.
absl::Status CheckCanLend(const v1::Key& key);
// KEY_NOT_ON_LOAN unless ON_LOAN.
absl::Status CheckCanReturn(const v1::Key& key);
// KEY_RETIRED when retired already; KEY_ON_LOAN when on loan and `reason`
// is not LOST.
absl::Status CheckCanRetire(const v1::Key& key, v1::Key::RetireReason reason);
// KEY_RETIRED when retired (a retired key's register entry is closed).
absl::Status CheckCanUpdate(const v1::Key& key);

// The due time of a loan starting at `now`: after it, at most kMaxKeyLoan
// later. INVALID_ARGUMENT naming `field` otherwise.
absl::Status CheckDueTime(absl::string_view field, absl::Time due,
                          absl::Time now);

struct KeyUpdate {
  v1::Key key;                           // current with the patch applied
  std::vector<v1::FieldChange> changes;  // empty when nothing changes
  bool authorized_borrowers_changed = false;
};
// Applies the fields of `patch` named by `mask` (tag, description, copies,
// storage_slot, authorized_borrowers, entrusted_by) to `current`, validates
// the result and lists the changes (numbers masked in the change texts).
absl::StatusOr<KeyUpdate> ApplyKeyUpdate(
    const v1::Key& current, const v1::Key& patch,
    const google::protobuf::FieldMask& mask);

// Whether the key or event carries document or phone numbers of a person
// outside the staff (what an unmasked read reveals).
bool HasPersonalNumbers(const v1::Key& key);
bool HasPersonalNumbers(const v1::KeyEvent& event);

// Masks those numbers in place (common/identity.h masks); MaskKey also sets
// Key.masked.
void MaskKey(v1::Key* key);
void MaskKeyEvent(v1::KeyEvent* event);

// A short label of a borrower for tables and change texts: "staff/x", or
// the person's name and masked phone.
std::string BorrowerLabel(const v1::KeyBorrower& borrower);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_KEY_RULES_H_
