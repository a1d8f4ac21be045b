#include "db/visitor/key_store.h"

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
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"
#include "db/visitor/key_rows.h"
#include "db/visitor/visitor_rows.h"

namespace frontdesk::db {
namespace {

using v1::Key;
using v1::KeyBorrower;
using v1::KeyEvent;

// The unit id of `key.unit` at `site_id`, "" when none; NOT_FOUND unless it
// exists.
absl::StatusOr<std::string> CheckUnit(Tx& tx, const std::string& site_id,
                                      const Key& key) {
  if (key.unit().empty()) return std::string();
  auto unit = ParseUnitName("key.unit", key.unit());
  if (!unit.ok()) return unit.status();
  if (unit->site_id != site_id) {
    return InvalidField("key.unit", "must be a unit of the key's site");
  }
  if (!Exists(tx, "SELECT COUNT(*) FROM units WHERE site_id = :s AND id = :u",
              site_id, unit->unit_id)) {
    return Error(
        absl::StatusCode::kNotFound, "UNIT_NOT_FOUND",
        absl::StrCat("key.unit: unit \"", key.unit(), "\" does not exist"));
  }
  return unit->unit_id;
}

absl::Status CheckStaffBorrowers(Tx& tx, const Key& key) {
  for (int i = 0; i < key.authorized_borrowers_size(); ++i) {
    const KeyBorrower& b = key.authorized_borrowers(i);
    if (!b.has_staff()) continue;
    std::string id(absl::StripPrefix(b.staff(), "staff/"));
    if (!Exists(tx, "SELECT COUNT(*) FROM staff WHERE id = :id", id)) {
      return Error(
          absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
          absl::StrCat("key.authorized_borrowers[", i, "]: staff member \"",
                       b.staff(), "\" does not exist"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckTagFree(Tx& tx, const std::string& site_id,
                          const std::string& tag, long long except_id) {
  long long n = 0;
  tx.sql << "SELECT COUNT(*) FROM desk_keys WHERE site_id = :s"
            " AND live_tag = :t AND id <> :id",
      soci::use(site_id), soci::use(tag), soci::use(except_id), soci::into(n);
  if (n == 0) return absl::OkStatus();
  return Error(absl::StatusCode::kAlreadyExists, "KEY_TAG_EXISTS",
               absl::StrCat("key.tag: another key of ", SiteName(site_id),
                            " not retired already has tag \"", tag, "\""));
}

void ReplaceAuthorized(Tx& tx, const DataProtector& protector, long long key_id,
                       const Key& key) {
  tx.sql << "DELETE FROM desk_key_borrowers WHERE key_id = :k",
      soci::use(key_id);
  for (int i = 0; i < key.authorized_borrowers_size(); ++i) {
    BorrowerColumns c =
        BorrowerColumns::Seal(protector, key.authorized_borrowers(i));
    tx.sql << "INSERT INTO desk_key_borrowers (key_id, position, staff_id,"
              " person_name, doc_type, doc_sealed, phone_sealed)"
              " VALUES (:k, :p, :s, :n, :dt, :d, :ph)",
        soci::use(key_id), soci::use(i), soci::use(c.staff_id),
        soci::use(c.person.name), soci::use(c.person.doc_type),
        soci::use(c.person.doc_sealed), soci::use(c.person.phone_sealed);
  }
}

}  // namespace

std::string KeyName(absl::string_view site_id, long long key_id) {
  return absl::StrCat("sites/", site_id, "/keys/", key_id);
}

std::string KeyEventName(absl::string_view site_id, long long key_id,
                         long long event_id) {
  return absl::StrCat(KeyName(site_id, key_id), "/events/", event_id);
}

long long KeyIdOf(const Key& key) {
  std::vector<absl::string_view> parts = absl::StrSplit(key.name(), '/');
  long long id = 0;
  if (parts.size() == 4) (void)absl::SimpleAtoi(parts[3], &id);
  return id;
}

const FilterSchema& KeyFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"state", {FilterField::kEnum, Key::State_descriptor()}},
      {"kind", {FilterField::kEnum, Key::Kind_descriptor()}},
      {"overdue",
       {FilterField::kString, nullptr,
        [](absl::string_view v) { return CheckBool("overdue", v); }}},
      {"unit",
       {FilterField::kString, nullptr,
        [](absl::string_view v) {
          return ParseUnitName("filter", v).status();
        }}},
      {"borrower", {FilterField::kString, nullptr, CheckStaffFilter}},
      {"tag", {FilterField::kString}},
  };
  return *schema;
}

absl::StatusOr<Key> CreateKey(Tx& tx, const DataProtector& protector,
                              const std::string& site_id, const Key& key,
                              const std::string& actor, long long now_us) {
  if (!Exists(tx, "SELECT COUNT(*) FROM sites WHERE id = :s", site_id)) {
    return Error(
        absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
        absl::StrCat("site \"", SiteName(site_id), "\" does not exist"));
  }
  auto unit_id = CheckUnit(tx, site_id, key);
  if (!unit_id.ok()) return unit_id.status();
  absl::Status s = CheckStaffBorrowers(tx, key);
  if (!s.ok()) return s;
  s = CheckTagFree(tx, site_id, key.tag(), 0);
  if (!s.ok()) return s;
  int kind = key.kind(), copies = key.copies() == 0 ? 1 : key.copies(),
      state = kInStore;
  std::string entrusted_phone = protector.Seal(key.entrusted_by().phone());
  tx.sql << "INSERT INTO desk_keys (site_id, tag, live_tag, kind, unit_id,"
            " description, copies, storage_slot, entrusted_name,"
            " entrusted_phone_sealed, state, retire_reason, loan_staff_id,"
            " loan_name, loan_doc_type, loan_doc_sealed, loan_phone_sealed,"
            " loan_purpose, loan_lend_us, loan_due_us, loan_lent_by,"
            " loan_event_id, create_time_us, update_time_us, version)"
            " VALUES (:s, :t, :lt, :k, :u, :d, :c, :sl, :en, :ep, :st, 0, '',"
            " '', 0, '', '', '', NULL, NULL, '', NULL, :ct, :ut, 1)",
      soci::use(site_id), soci::use(key.tag()), soci::use(key.tag()),
      soci::use(kind), soci::use(*unit_id), soci::use(key.description()),
      soci::use(copies), soci::use(key.storage_slot()),
      soci::use(key.entrusted_by().name()), soci::use(entrusted_phone),
      soci::use(state), soci::use(now_us), soci::use(now_us);
  long long id = InsertedId(tx, "desk_keys");
  ReplaceAuthorized(tx, protector, id, key);
  EventFields e;
  e.key_id = id;
  e.site_id = site_id;
  e.type = KeyEvent::CREATED;
  e.actor = actor;
  AppendEvent(tx, e, now_us);
  return Reread(tx, protector, id, now_us);
}

absl::StatusOr<Key> GetKey(Tx& tx, const DataProtector& protector,
                           const KeyRef& ref, long long now_us,
                           bool for_update) {
  Params params;
  std::string where = " WHERE site_id = " + params.Text(ref.site_id);
  std::string tail;
  if (ref.key_id != 0) {
    absl::StrAppend(&where, " AND id = ", params.Int(ref.key_id));
  } else {
    absl::StrAppend(&where, " AND tag = ", params.Text(ref.tag));
    tail = " ORDER BY (live_tag IS NULL), id DESC LIMIT 1";
  }
  if (for_update && tx.mysql()) tail += " FOR UPDATE";
  auto rows = QueryKeyRows(tx, where, params, tail);
  if (rows.empty()) {
    return KeyNotFound(ref.key_id != 0 ? KeyName(ref.site_id, ref.key_id)
                                       : absl::StrCat("sites/", ref.site_id,
                                                      "/keys/", ref.tag));
  }
  return ToProto(tx, protector, rows.front(), now_us);
}

absl::StatusOr<std::vector<Key>> ListKeys(Tx& tx,
                                          const DataProtector& protector,
                                          const KeyQuery& query) {
  Params params;
  const FilterColumns columns = {
      {"state", NumberColumn("state")},
      {"kind", NumberColumn("kind")},
      {"overdue", FlagColumn([&](bool want, Params& p) {
         std::string overdue = absl::StrCat(
             "(state = ", kOnLoan, " AND loan_due_us IS NOT NULL AND ",
             "loan_due_us < ", p.Int(query.now_us), ")");
         return want ? overdue : "NOT " + overdue;
       })},
      {"unit", UnitColumn("unit_id")},
      {"borrower", CustomColumn([](const FilterTerm& term,
                                   Where& w) -> absl::StatusOr<std::string> {
         return absl::StrCat("state = ", kOnLoan, " AND loan_staff_id = ",
                             w.params().Text(StaffIdOf(term.text)));
       })},
      {"tag", TextColumn("tag")},
  };
  Where where(tx, params, "site_id", query.site_ids);
  absl::Status added = where.AddTerms(columns, query.terms);
  if (!added.ok()) return added;
  // Retired keys only on request (filter state = RETIRED).
  bool retired_asked = false;
  for (const FilterTerm& term : query.terms) {
    retired_asked |= term.field == "state" && term.op == FilterOp::kEq &&
                     term.number == kRetired;
  }
  if (!retired_asked) where.Add(absl::StrCat("state <> ", kRetired));
  if (query.after) {
    std::string t = params.Text(query.after->first);
    where.Add(absl::StrCat("(tag > ", t, " OR (tag = ", t, " AND id > ",
                           params.Int(query.after->second), "))"));
  }
  auto rows =
      QueryKeyRows(tx, where.Sql(), params,
                   absl::StrCat(" ORDER BY tag, id LIMIT ", query.limit));
  std::vector<Key> out;
  for (const KeyRow& row : rows) {
    auto key = ToProto(tx, protector, row, query.now_us);
    if (!key.ok()) return key.status();
    out.push_back(*std::move(key));
  }
  return out;
}

absl::StatusOr<Key> UpdateKey(Tx& tx, const DataProtector& protector,
                              const Key& updated, long long expected_version,
                              const std::vector<v1::FieldChange>& changes,
                              const std::string& actor, long long now_us) {
  long long id = KeyIdOf(updated);
  auto row = LoadKeyRow(tx, id, true);
  if (!row.ok()) return row.status();
  absl::Status s = CheckStaffBorrowers(tx, updated);
  if (!s.ok()) return s;
  s = CheckTagFree(tx, row->site_id, updated.tag(), id);
  if (!s.ok()) return s;
  int copies = updated.copies() == 0 ? 1 : updated.copies();
  std::string entrusted_phone = protector.Seal(updated.entrusted_by().phone());
  soci::statement st =
      (tx.sql.prepare << "UPDATE desk_keys SET tag = :t, live_tag = :lt,"
                         " description = :d, copies = :c, storage_slot = :sl,"
                         " entrusted_name = :en, entrusted_phone_sealed = :ep,"
                         " update_time_us = :u, version = version + 1"
                         " WHERE id = :id AND version = :v AND state <> :r",
       soci::use(updated.tag()), soci::use(updated.tag()),
       soci::use(updated.description()), soci::use(copies),
       soci::use(updated.storage_slot()),
       soci::use(updated.entrusted_by().name()), soci::use(entrusted_phone),
       soci::use(now_us), soci::use(id), soci::use(expected_version),
       soci::use(kRetired));
  st.execute(true);
  if (st.get_affected_rows() != 1) return Changed();
  ReplaceAuthorized(tx, protector, id, updated);
  EventFields e;
  e.key_id = id;
  e.site_id = row->site_id;
  e.type = KeyEvent::UPDATED;
  e.actor = actor;
  e.changes_json = ChangesJson(changes);
  AppendEvent(tx, e, now_us);
  return Reread(tx, protector, id, now_us);
}

absl::StatusOr<Key> RetireKey(Tx& tx, const DataProtector& protector,
                              const Key& key, long long expected_version,
                              Key::RetireReason reason, const std::string& note,
                              const std::string& actor, long long now_us) {
  long long id = KeyIdOf(key);
  auto row = LoadKeyRow(tx, id, true);
  if (!row.ok()) return row.status();
  if (row->state == kRetired) return Changed();
  EventFields e;
  e.key_id = id;
  e.site_id = row->site_id;
  e.type = KeyEvent::RETIRED;
  e.actor = actor;
  e.retire_reason = reason;
  e.note = note;
  if (row->state == kOnLoan) {
    e.borrower = row->loan;
    e.lent_event_id = row->loan_event_id;
  }
  AppendEvent(tx, e, now_us);
  int reason_number = reason;
  soci::statement st =
      (tx.sql.prepare << absl::StrCat(
           "UPDATE desk_keys SET state = :st, live_tag = NULL,"
           " retire_reason = :rr,",
           kEndLoanSet,
           " update_time_us = :u, version = version + 1"
           " WHERE id = :id AND version = :v AND state <> :r"),
       soci::use(kRetired), soci::use(reason_number), soci::use(now_us),
       soci::use(id), soci::use(expected_version), soci::use(kRetired));
  st.execute(true);
  if (st.get_affected_rows() != 1) return Changed();
  return Reread(tx, protector, id, now_us);
}

}  // namespace frontdesk::db
