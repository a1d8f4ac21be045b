#include "db/visitor/key_rows.h"

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/time_util.h>
#include <soci/soci.h>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/columns.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"
#include "db/visitor/visitor_rows.h"

namespace frontdesk::db {

using v1::Key;
using v1::KeyBorrower;
using v1::KeyEvent;

absl::Status KeyNotFound(absl::string_view what) {
  return Error(absl::StatusCode::kNotFound, "KEY_NOT_FOUND",
               absl::StrCat("key \"", what, "\" does not exist"));
}

absl::Status Changed() {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               "the key was changed by someone else; read it again");
}

constexpr const char* kKeyColumns =
    "SELECT id, site_id, tag, kind, unit_id, description, copies,"
    " storage_slot, entrusted_name, entrusted_phone_sealed, state,"
    " retire_reason, loan_staff_id, loan_name, loan_doc_type,"
    " loan_doc_sealed, loan_phone_sealed, loan_purpose, loan_lend_us,"
    " loan_due_us, loan_lent_by, loan_event_id, create_time_us,"
    " update_time_us, version FROM desk_keys";

std::vector<KeyRow> QueryKeyRows(Tx& tx, const std::string& where,
                                 Params& params, const std::string& tail) {
  KeyRow r;
  long long lend = 0, due = 0, event = 0;
  soci::indicator lend_ind = soci::i_null, due_ind = soci::i_null,
                  event_ind = soci::i_null;
  soci::statement st(tx.sql);
  IntoColumns(st, r.id, r.site_id, r.tag, r.kind, r.unit_id, r.description,
              r.copies, r.storage_slot, r.entrusted_name,
              r.entrusted_phone_sealed, r.state, r.retire_reason,
              r.loan.staff_id, r.loan.person.name, r.loan.person.doc_type,
              r.loan.person.doc_sealed, r.loan.person.phone_sealed,
              r.loan_purpose, Nullable(lend, lend_ind), Nullable(due, due_ind),
              r.loan_lent_by, Nullable(event, event_ind), r.create_us,
              r.update_us, r.version);
  params.Execute(st, absl::StrCat(kKeyColumns, where, tail));
  std::vector<KeyRow> out;
  while (st.fetch()) {
    r.lend_us = ValueIfNotNull(lend, lend_ind);
    r.due_us = ValueIfNotNull(due, due_ind);
    r.loan_event_id = ValueIfNotNull(event, event_ind);
    out.push_back(r);
  }
  return out;
}

absl::StatusOr<std::vector<KeyBorrower>> LoadAuthorized(
    Tx& tx, const DataProtector& protector, long long key_id) {
  BorrowerColumns c;
  soci::statement st =
      (tx.sql.prepare << "SELECT staff_id, person_name, doc_type, doc_sealed,"
                         " phone_sealed FROM desk_key_borrowers"
                         " WHERE key_id = :k ORDER BY position",
       soci::use(key_id), soci::into(c.staff_id), soci::into(c.person.name),
       soci::into(c.person.doc_type), soci::into(c.person.doc_sealed),
       soci::into(c.person.phone_sealed));
  st.execute();
  std::vector<BorrowerColumns> rows;
  while (st.fetch()) rows.push_back(c);
  std::vector<KeyBorrower> out;
  for (const BorrowerColumns& row : rows) {
    KeyBorrower b;
    absl::Status s = row.OpenInto(protector, &b);
    if (!s.ok()) return s;
    out.push_back(std::move(b));
  }
  return out;
}

absl::StatusOr<Key> ToProto(Tx& tx, const DataProtector& protector,
                            const KeyRow& r, long long now_us) {
  Key k;
  k.set_name(KeyName(r.site_id, r.id));
  k.set_tag(r.tag);
  k.set_kind(static_cast<Key::Kind>(r.kind));
  if (!r.unit_id.empty()) k.set_unit(UnitName(r.site_id, r.unit_id));
  k.set_description(r.description);
  k.set_copies(r.copies);
  k.set_storage_slot(r.storage_slot);
  auto authorized = LoadAuthorized(tx, protector, r.id);
  if (!authorized.ok()) return authorized.status();
  for (auto& b : *authorized) *k.add_authorized_borrowers() = std::move(b);
  if (!r.entrusted_name.empty() || !r.entrusted_phone_sealed.empty()) {
    auto phone = protector.Open(r.entrusted_phone_sealed);
    if (!phone.ok()) return phone.status();
    k.mutable_entrusted_by()->set_name(r.entrusted_name);
    k.mutable_entrusted_by()->set_phone(*phone);
  }
  k.set_state(static_cast<Key::State>(r.state));
  if (r.state == kOnLoan) {
    Key::Loan* loan = k.mutable_current_loan();
    absl::Status s = r.loan.OpenInto(protector, loan->mutable_borrower());
    if (!s.ok()) return s;
    loan->set_purpose(r.loan_purpose);
    if (r.lend_us) SetTimestamp(loan->mutable_lend_time(), *r.lend_us);
    if (r.due_us) SetTimestamp(loan->mutable_due_time(), *r.due_us);
    if (!r.loan_lent_by.empty()) loan->set_lent_by(StaffName(r.loan_lent_by));
    k.set_overdue(r.due_us.has_value() && now_us > *r.due_us);
  }
  k.set_retire_reason(static_cast<Key::RetireReason>(r.retire_reason));
  SetTimestamp(k.mutable_create_time(), r.create_us);
  SetTimestamp(k.mutable_update_time(), r.update_us);
  k.set_etag(Etag(r.version));
  return k;
}

absl::StatusOr<KeyRow> LoadKeyRow(Tx& tx, long long key_id, bool for_update) {
  Params params;
  std::string where = " WHERE id = " + params.Int(key_id);
  auto rows = QueryKeyRows(tx, where, params,
                           for_update && tx.mysql() ? " FOR UPDATE" : "");
  if (rows.empty()) return KeyNotFound(absl::StrCat("id ", key_id));
  return rows.front();
}

bool Exists(Tx& tx, const std::string& sql, const std::string& a,
            const std::string& b) {
  int n = 0;
  if (b.empty()) {
    tx.sql << sql, soci::use(a), soci::into(n);
  } else {
    tx.sql << sql, soci::use(a), soci::use(b), soci::into(n);
  }
  return n != 0;
}

absl::Status CheckStaffExists(Tx& tx, const KeyBorrower& b,
                              absl::string_view field) {
  if (!b.has_staff()) return absl::OkStatus();
  std::string id(absl::StripPrefix(b.staff(), "staff/"));
  if (Exists(tx, "SELECT COUNT(*) FROM staff WHERE id = :id", id)) {
    return absl::OkStatus();
  }
  return Error(
      absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
      absl::StrCat(field, ": staff member \"", b.staff(), "\" does not exist"));
}

std::string ChangesJson(const std::vector<v1::FieldChange>& changes) {
  if (changes.empty()) return "";
  KeyEvent holder;
  for (const auto& c : changes) *holder.add_changes() = c;
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(holder, &json);
  return json;
}

long long AppendEvent(Tx& tx, const EventFields& e, long long now_us) {
  long long due = e.due_us.value_or(0), lent = e.lent_event_id.value_or(0);
  soci::indicator due_ind = e.due_us ? soci::i_ok : soci::i_null,
                  lent_ind = e.lent_event_id ? soci::i_ok : soci::i_null;
  int late = e.late ? 1 : 0;
  tx.sql << "INSERT INTO key_events (site_id, key_id, type, actor,"
            " create_time_us, borrower_staff_id, borrower_name,"
            " borrower_doc_type, borrower_doc_sealed, borrower_phone_sealed,"
            " returned_staff_id, returned_name, returned_doc_type,"
            " returned_doc_sealed, returned_phone_sealed, purpose, due_time_us,"
            " late, auth_by, auth_reason, retire_reason, changes_json, note,"
            " lent_event_id) VALUES (:s, :k, :ty, :a, :c, :bs, :bn, :bdt, :bd,"
            " :bp, :rs, :rn, :rdt, :rd, :rp, :pu, :du, :l, :ab, :ar, :rr, :cj,"
            " :no, :le)",
      soci::use(e.site_id), soci::use(e.key_id), soci::use(e.type),
      soci::use(e.actor), soci::use(now_us), soci::use(e.borrower.staff_id),
      soci::use(e.borrower.person.name), soci::use(e.borrower.person.doc_type),
      soci::use(e.borrower.person.doc_sealed),
      soci::use(e.borrower.person.phone_sealed), soci::use(e.returned.staff_id),
      soci::use(e.returned.person.name), soci::use(e.returned.person.doc_type),
      soci::use(e.returned.person.doc_sealed),
      soci::use(e.returned.person.phone_sealed), soci::use(e.purpose),
      soci::use(due, due_ind), soci::use(late), soci::use(e.auth_by),
      soci::use(e.auth_reason), soci::use(e.retire_reason),
      soci::use(e.changes_json), soci::use(e.note), soci::use(lent, lent_ind);
  long long id = InsertedId(tx, "key_events");
  return id;
}

absl::StatusOr<Key> Reread(Tx& tx, const DataProtector& protector,
                           long long key_id, long long now_us) {
  auto row = LoadKeyRow(tx, key_id, false);
  if (!row.ok()) return row.status();
  return ToProto(tx, protector, *row, now_us);
}

// Text filter values "true"/"false".
absl::Status CheckBool(absl::string_view field, absl::string_view v) {
  if (v == "true" || v == "false") return absl::OkStatus();
  return InvalidField("filter", absl::StrCat(field, " takes true or false"),
                      "INVALID_FILTER");
}

absl::Status CheckStaffFilter(absl::string_view v) {
  auto staff = ParseStaffName("filter", v);
  if (staff.ok()) return absl::OkStatus();
  return InvalidField("filter",
                      "borrower takes a staff member's name, \"staff/{id}\"",
                      "INVALID_FILTER");
}

}  // namespace frontdesk::db
