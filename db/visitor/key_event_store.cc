// A key's history (declared in key_store.h).
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
#include "db/internal/params.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"
#include "db/visitor/key_rows.h"
#include "db/visitor/key_store.h"
#include "db/visitor/visitor_rows.h"

namespace frontdesk::db {

using v1::Key;
using v1::KeyBorrower;
using v1::KeyEvent;

const FilterSchema& KeyEventFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"type", {FilterField::kEnum, KeyEvent::Type_descriptor()}},
      {"borrower", {FilterField::kString, nullptr, CheckStaffFilter}},
      {"create_time", {FilterField::kTimestamp}},
      {"late",
       {FilterField::kString, nullptr,
        [](absl::string_view v) { return CheckBool("late", v); }}},
  };
  return *schema;
}

absl::StatusOr<std::vector<KeyEvent>> ListKeyEvents(
    Tx& tx, const DataProtector& protector, const KeyEventQuery& query) {
  static const auto* columns = new FilterColumns{
      {"type", NumberColumn("type")},
      {"borrower", TextColumn("borrower_staff_id", StaffIdOf)},
      {"create_time", TimeColumn("create_time_us")},
      {"late", FlagColumn([](bool want, Params& p) {
         return "late = " + p.Int(want ? 1 : 0);
       })},
  };
  Params params;
  Where where(tx, params, "site_id", {query.site_id});
  if (query.key_id != 0) where.Add("key_id = " + params.Int(query.key_id));
  absl::Status added = where.AddTerms(*columns, query.terms);
  if (!added.ok()) return added;
  where.Add("id > " + params.Int(query.after_id));

  struct Row {
    long long id = 0, key_id = 0, create_us = 0;
    int type = 0, late = 0, retire_reason = 0;
    std::string actor, purpose, auth_by, auth_reason, changes_json, note;
    BorrowerColumns borrower, returned;
    std::optional<long long> due_us;
  } r;
  long long due = 0;
  soci::indicator due_ind = soci::i_null;
  soci::statement st(tx.sql);
  IntoColumns(st, r.id, r.key_id, r.type, r.actor, r.create_us,
              r.borrower.staff_id, r.borrower.person.name,
              r.borrower.person.doc_type, r.borrower.person.doc_sealed,
              r.borrower.person.phone_sealed, r.returned.staff_id,
              r.returned.person.name, r.returned.person.doc_type,
              r.returned.person.doc_sealed, r.returned.person.phone_sealed,
              r.purpose, Nullable(due, due_ind), r.late, r.auth_by,
              r.auth_reason, r.retire_reason, r.changes_json, r.note);
  params.Execute(
      st,
      absl::StrCat(
          "SELECT id, key_id, type, actor, create_time_us, borrower_staff_id,"
          " borrower_name, borrower_doc_type, borrower_doc_sealed,"
          " borrower_phone_sealed, returned_staff_id, returned_name,"
          " returned_doc_type, returned_doc_sealed, returned_phone_sealed,"
          " purpose, due_time_us, late, auth_by, auth_reason, retire_reason,"
          " changes_json, note FROM key_events",
          where.Sql(), " ORDER BY id LIMIT ", query.limit));
  std::vector<Row> rows;
  while (st.fetch()) {
    r.due_us = ValueIfNotNull(due, due_ind);
    rows.push_back(r);
  }
  std::vector<KeyEvent> out;
  for (const Row& row : rows) {
    KeyEvent e;
    if (!row.changes_json.empty()) {
      (void)google::protobuf::util::JsonStringToMessage(row.changes_json, &e);
    }
    e.set_name(KeyEventName(query.site_id, row.key_id, row.id));
    e.set_event_id(row.id);
    e.set_type(static_cast<KeyEvent::Type>(row.type));
    if (!row.actor.empty()) e.set_actor(StaffName(row.actor));
    SetTimestamp(e.mutable_create_time(), row.create_us);
    absl::Status s = row.borrower.OpenInto(protector, e.mutable_borrower());
    if (!s.ok()) return s;
    s = row.returned.OpenInto(protector, e.mutable_returned_by());
    if (!s.ok()) return s;
    if (e.borrower().borrower_case() == KeyBorrower::BORROWER_NOT_SET) {
      e.clear_borrower();
    }
    if (e.returned_by().borrower_case() == KeyBorrower::BORROWER_NOT_SET) {
      e.clear_returned_by();
    }
    e.set_purpose(row.purpose);
    if (row.due_us) SetTimestamp(e.mutable_due_time(), *row.due_us);
    e.set_late(row.late != 0);
    if (!row.auth_by.empty()) {
      e.mutable_authorization()->set_authorized_by(StaffName(row.auth_by));
      e.mutable_authorization()->set_reason(row.auth_reason);
    }
    e.set_retire_reason(static_cast<Key::RetireReason>(row.retire_reason));
    e.set_note(row.note);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace frontdesk::db
