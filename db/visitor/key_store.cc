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
#include "db/internal/params.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

using v1::Key;
using v1::KeyBorrower;
using v1::KeyEvent;

constexpr int kInStore = Key::IN_STORE;
constexpr int kOnLoan = Key::ON_LOAN;
constexpr int kRetired = Key::RETIRED;

absl::Status KeyNotFound(absl::string_view what) {
  return Error(absl::StatusCode::kNotFound, "KEY_NOT_FOUND",
               absl::StrCat("key \"", what, "\" does not exist"));
}

absl::Status Changed() {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               "the key was changed by someone else; read it again");
}

absl::StatusOr<std::string> Open(const DataProtector& protector,
                                 const std::string& sealed) {
  if (sealed.empty()) return std::string();
  return protector.Open(sealed);
}

// A borrower's columns: a staff id, or a person's name, document type and
// sealed document and phone numbers.
struct BorrowerColumns {
  std::string staff_id, name, doc_sealed, phone_sealed;
  int doc_type = 0;

  static BorrowerColumns Seal(const DataProtector& protector,
                              const KeyBorrower& b) {
    BorrowerColumns c;
    if (b.has_staff()) {
      c.staff_id = std::string(absl::StripPrefix(b.staff(), "staff/"));
    } else if (b.has_person()) {
      c.name = b.person().display_name();
      c.doc_type = b.person().document().type();
      c.doc_sealed = protector.Seal(b.person().document().number());
      c.phone_sealed = protector.Seal(b.person().phone());
    }
    return c;
  }

  bool empty() const {
    return staff_id.empty() && name.empty() && doc_sealed.empty() &&
           phone_sealed.empty() && doc_type == 0;
  }

  // Leaves `b` unset when there is no borrower.
  absl::Status OpenInto(const DataProtector& protector, KeyBorrower* b) const {
    if (!staff_id.empty()) {
      b->set_staff(StaffName(staff_id));
      return absl::OkStatus();
    }
    if (empty()) return absl::OkStatus();
    v1::Visitor* person = b->mutable_person();
    person->set_display_name(name);
    auto doc = Open(protector, doc_sealed);
    if (!doc.ok()) return doc.status();
    auto phone = Open(protector, phone_sealed);
    if (!phone.ok()) return phone.status();
    if (doc_type != 0 || !doc->empty()) {
      person->mutable_document()->set_type(
          static_cast<v1::IdentityDocument::Type>(doc_type));
      person->mutable_document()->set_number(*doc);
    }
    person->set_phone(*phone);
    return absl::OkStatus();
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

constexpr const char* kKeyColumns =
    "SELECT id, site_id, tag, kind, unit_id, description, copies,"
    " storage_slot, entrusted_name, entrusted_phone_sealed, state,"
    " retire_reason, loan_staff_id, loan_name, loan_doc_type,"
    " loan_doc_sealed, loan_phone_sealed, loan_purpose, loan_lend_us,"
    " loan_due_us, loan_lent_by, loan_event_id, create_time_us,"
    " update_time_us, version FROM desk_keys";

std::optional<long long> Nullable(long long value, soci::indicator ind) {
  return ind == soci::i_ok ? std::optional<long long>(value) : std::nullopt;
}

std::vector<KeyRow> QueryKeyRows(Tx& tx, const std::string& where,
                                 Params& params, const std::string& tail) {
  KeyRow r;
  long long lend = 0, due = 0, event = 0;
  soci::indicator lend_ind = soci::i_null, due_ind = soci::i_null,
                  event_ind = soci::i_null;
  soci::statement st(tx.sql);
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.site_id));
  st.exchange(soci::into(r.tag));
  st.exchange(soci::into(r.kind));
  st.exchange(soci::into(r.unit_id));
  st.exchange(soci::into(r.description));
  st.exchange(soci::into(r.copies));
  st.exchange(soci::into(r.storage_slot));
  st.exchange(soci::into(r.entrusted_name));
  st.exchange(soci::into(r.entrusted_phone_sealed));
  st.exchange(soci::into(r.state));
  st.exchange(soci::into(r.retire_reason));
  st.exchange(soci::into(r.loan.staff_id));
  st.exchange(soci::into(r.loan.name));
  st.exchange(soci::into(r.loan.doc_type));
  st.exchange(soci::into(r.loan.doc_sealed));
  st.exchange(soci::into(r.loan.phone_sealed));
  st.exchange(soci::into(r.loan_purpose));
  st.exchange(soci::into(lend, lend_ind));
  st.exchange(soci::into(due, due_ind));
  st.exchange(soci::into(r.loan_lent_by));
  st.exchange(soci::into(event, event_ind));
  st.exchange(soci::into(r.create_us));
  st.exchange(soci::into(r.update_us));
  st.exchange(soci::into(r.version));
  params.Bind(st);
  st.alloc();
  st.prepare(absl::StrCat(kKeyColumns, where, tail));
  st.define_and_bind();
  st.execute();
  std::vector<KeyRow> out;
  while (st.fetch()) {
    r.lend_us = Nullable(lend, lend_ind);
    r.due_us = Nullable(due, due_ind);
    r.loan_event_id = Nullable(event, event_ind);
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
       soci::use(key_id), soci::into(c.staff_id), soci::into(c.name),
       soci::into(c.doc_type), soci::into(c.doc_sealed),
       soci::into(c.phone_sealed));
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
    auto phone = Open(protector, r.entrusted_phone_sealed);
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
            const std::string& b = "") {
  int n = 0;
  if (b.empty()) {
    tx.sql << sql, soci::use(a), soci::into(n);
  } else {
    tx.sql << sql, soci::use(a), soci::use(b), soci::into(n);
  }
  return n != 0;
}

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
        soci::use(c.name), soci::use(c.doc_type), soci::use(c.doc_sealed),
        soci::use(c.phone_sealed);
  }
}

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
      soci::use(e.borrower.name), soci::use(e.borrower.doc_type),
      soci::use(e.borrower.doc_sealed), soci::use(e.borrower.phone_sealed),
      soci::use(e.returned.staff_id), soci::use(e.returned.name),
      soci::use(e.returned.doc_type), soci::use(e.returned.doc_sealed),
      soci::use(e.returned.phone_sealed), soci::use(e.purpose),
      soci::use(due, due_ind), soci::use(late), soci::use(e.auth_by),
      soci::use(e.auth_reason), soci::use(e.retire_reason),
      soci::use(e.changes_json), soci::use(e.note), soci::use(lent, lent_ind);
  long long id = 0;
  if (!tx.sql.get_last_insert_id("key_events", id)) {
    tx.sql << "SELECT MAX(id) FROM key_events WHERE key_id = :k",
        soci::use(e.key_id), soci::into(id);
  }
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
  long long id = 0;
  if (!tx.sql.get_last_insert_id("desk_keys", id)) {
    tx.sql << "SELECT id FROM desk_keys WHERE site_id = :s AND live_tag = :t",
        soci::use(site_id), soci::use(key.tag()), soci::into(id);
  }
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
  std::vector<std::string> conds;
  if (!query.site_ids.empty()) {
    std::string in;
    for (const std::string& site : query.site_ids) {
      absl::StrAppend(&in, in.empty() ? "" : ", ", params.Text(site));
    }
    conds.push_back(absl::StrCat("site_id IN (", in, ")"));
  }
  bool retired_asked = false;
  for (const FilterTerm& term : query.terms) {
    if (term.field == "state" || term.field == "kind") {
      if (term.field == "state" && term.op == FilterOp::kEq &&
          term.number == kRetired) {
        retired_asked = true;
      }
      conds.push_back(
          absl::StrCat(term.field, SqlOp(term.op), params.Int(term.number)));
    } else if (term.field == "overdue") {
      std::string overdue = absl::StrCat("(state = ", kOnLoan,
                                         " AND loan_due_us IS NOT NULL AND "
                                         "loan_due_us < ",
                                         params.Int(query.now_us), ")");
      bool want = term.text == "true";
      if (term.op == FilterOp::kNe) want = !want;
      conds.push_back(want ? overdue : "NOT " + overdue);
    } else if (term.field == "unit") {
      auto unit = ParseUnitName("filter", term.text);
      if (!unit.ok()) return unit.status();
      conds.push_back(
          absl::StrCat("site_id = ", params.Text(unit->site_id),
                       " AND unit_id = ", params.Text(unit->unit_id)));
    } else if (term.field == "borrower") {
      conds.push_back(absl::StrCat(
          "state = ", kOnLoan, " AND loan_staff_id = ",
          params.Text(std::string(absl::StripPrefix(term.text, "staff/")))));
    } else if (term.field == "tag") {
      conds.push_back("tag = " + params.Text(term.text));
    }
  }
  if (!retired_asked) conds.push_back(absl::StrCat("state <> ", kRetired));
  if (query.after) {
    std::string t = params.Text(query.after->first);
    conds.push_back(absl::StrCat("(tag > ", t, " OR (tag = ", t, " AND id > ",
                                 params.Int(query.after->second), "))"));
  }
  std::string where;
  for (size_t i = 0; i < conds.size(); ++i) {
    absl::StrAppend(&where, i == 0 ? " WHERE " : " AND ", conds[i]);
  }
  auto rows = QueryKeyRows(
      tx, where, params, absl::StrCat(" ORDER BY tag, id LIMIT ", query.limit));
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

absl::StatusOr<Key> LendKey(Tx& tx, const DataProtector& protector,
                            const Key& key, long long expected_version,
                            const Key::Loan& loan,
                            const v1::SupervisorAuthorization& authorization,
                            const std::string& actor, long long now_us) {
  long long id = KeyIdOf(key);
  auto row = LoadKeyRow(tx, id, true);
  if (!row.ok()) return row.status();
  absl::Status known = CheckStaffExists(tx, loan.borrower(), "borrower");
  if (!known.ok()) return known;
  long long due_us = google::protobuf::util::TimeUtil::TimestampToMicroseconds(
      loan.due_time());
  EventFields e;
  e.key_id = id;
  e.site_id = row->site_id;
  e.type = KeyEvent::LENT;
  e.actor = actor;
  e.borrower = BorrowerColumns::Seal(protector, loan.borrower());
  e.purpose = loan.purpose();
  e.due_us = due_us;
  if (!authorization.authorized_by().empty()) {
    e.auth_by =
        std::string(absl::StripPrefix(authorization.authorized_by(), "staff/"));
    e.auth_reason = authorization.reason();
  }
  long long event_id = AppendEvent(tx, e, now_us);
  const BorrowerColumns& b = e.borrower;
  soci::statement st =
      (tx.sql.prepare << "UPDATE desk_keys SET state = :st,"
                         " loan_staff_id = :bs, loan_name = :bn,"
                         " loan_doc_type = :bdt, loan_doc_sealed = :bd,"
                         " loan_phone_sealed = :bp, loan_purpose = :pu,"
                         " loan_lend_us = :lu, loan_due_us = :du,"
                         " loan_lent_by = :by, loan_event_id = :ev,"
                         " update_time_us = :u, version = version + 1"
                         " WHERE id = :id AND version = :v AND state = :in",
       soci::use(kOnLoan), soci::use(b.staff_id), soci::use(b.name),
       soci::use(b.doc_type), soci::use(b.doc_sealed),
       soci::use(b.phone_sealed), soci::use(loan.purpose()), soci::use(now_us),
       soci::use(due_us), soci::use(actor), soci::use(event_id),
       soci::use(now_us), soci::use(id), soci::use(expected_version),
       soci::use(kInStore));
  st.execute(true);
  if (st.get_affected_rows() != 1) return Changed();
  return Reread(tx, protector, id, now_us);
}

namespace {

// Clears the loan columns and moves the key to `state`.
constexpr const char* kEndLoanSet =
    " loan_staff_id = '', loan_name = '', loan_doc_type = 0,"
    " loan_doc_sealed = '', loan_phone_sealed = '', loan_purpose = '',"
    " loan_lend_us = NULL, loan_due_us = NULL, loan_lent_by = '',"
    " loan_event_id = NULL,";

}  // namespace

absl::StatusOr<Key> ReturnKey(Tx& tx, const DataProtector& protector,
                              const Key& key, long long expected_version,
                              const KeyBorrower& returned_by,
                              const std::string& note, const std::string& actor,
                              long long now_us) {
  long long id = KeyIdOf(key);
  auto row = LoadKeyRow(tx, id, true);
  if (!row.ok()) return row.status();
  if (row->state != kOnLoan) return Changed();
  absl::Status known = CheckStaffExists(tx, returned_by, "returned_by");
  if (!known.ok()) return known;
  EventFields e;
  e.key_id = id;
  e.site_id = row->site_id;
  e.type = KeyEvent::RETURNED;
  e.actor = actor;
  e.borrower = row->loan;
  e.returned = BorrowerColumns::Seal(protector, returned_by);
  e.late = row->due_us.has_value() && now_us > *row->due_us;
  e.note = note;
  e.lent_event_id = row->loan_event_id;
  AppendEvent(tx, e, now_us);
  soci::statement st = (tx.sql.prepare << absl::StrCat(
                            "UPDATE desk_keys SET state = :st,", kEndLoanSet,
                            " update_time_us = :u, version = version + 1"
                            " WHERE id = :id AND version = :v AND state = :on"),
                        soci::use(kInStore), soci::use(now_us), soci::use(id),
                        soci::use(expected_version), soci::use(kOnLoan));
  st.execute(true);
  if (st.get_affected_rows() != 1) return Changed();
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

absl::StatusOr<std::vector<KeyEvent>> ListKeyEvents(
    Tx& tx, const DataProtector& protector, const KeyEventQuery& query) {
  Params params;
  std::string where = " WHERE site_id = " + params.Text(query.site_id);
  if (query.key_id != 0) {
    absl::StrAppend(&where, " AND key_id = ", params.Int(query.key_id));
  }
  for (const FilterTerm& term : query.terms) {
    if (term.field == "type") {
      absl::StrAppend(&where, " AND type", SqlOp(term.op),
                      params.Int(term.number));
    } else if (term.field == "borrower") {
      absl::StrAppend(
          &where, " AND borrower_staff_id = ",
          params.Text(std::string(absl::StripPrefix(term.text, "staff/"))));
    } else if (term.field == "create_time") {
      absl::StrAppend(&where, " AND create_time_us", SqlOp(term.op),
                      params.Int(ToMicros(term.time)));
    } else if (term.field == "late") {
      bool want = term.text == "true";
      if (term.op == FilterOp::kNe) want = !want;
      absl::StrAppend(&where, " AND late = ", params.Int(want ? 1 : 0));
    }
  }
  absl::StrAppend(&where, " AND id > ", params.Int(query.after_id));

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
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.key_id));
  st.exchange(soci::into(r.type));
  st.exchange(soci::into(r.actor));
  st.exchange(soci::into(r.create_us));
  st.exchange(soci::into(r.borrower.staff_id));
  st.exchange(soci::into(r.borrower.name));
  st.exchange(soci::into(r.borrower.doc_type));
  st.exchange(soci::into(r.borrower.doc_sealed));
  st.exchange(soci::into(r.borrower.phone_sealed));
  st.exchange(soci::into(r.returned.staff_id));
  st.exchange(soci::into(r.returned.name));
  st.exchange(soci::into(r.returned.doc_type));
  st.exchange(soci::into(r.returned.doc_sealed));
  st.exchange(soci::into(r.returned.phone_sealed));
  st.exchange(soci::into(r.purpose));
  st.exchange(soci::into(due, due_ind));
  st.exchange(soci::into(r.late));
  st.exchange(soci::into(r.auth_by));
  st.exchange(soci::into(r.auth_reason));
  st.exchange(soci::into(r.retire_reason));
  st.exchange(soci::into(r.changes_json));
  st.exchange(soci::into(r.note));
  params.Bind(st);
  st.alloc();
  st.prepare(absl::StrCat(
      "SELECT id, key_id, type, actor, create_time_us, borrower_staff_id,"
      " borrower_name, borrower_doc_type, borrower_doc_sealed,"
      " borrower_phone_sealed, returned_staff_id, returned_name,"
      " returned_doc_type, returned_doc_sealed, returned_phone_sealed,"
      " purpose, due_time_us, late, auth_by, auth_reason, retire_reason,"
      " changes_json, note FROM key_events",
      where, " ORDER BY id LIMIT ", query.limit));
  st.define_and_bind();
  st.execute();
  std::vector<Row> rows;
  while (st.fetch()) {
    r.due_us = Nullable(due, due_ind);
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

absl::StatusOr<int> PurgeKeyLoanPersonalData(Tx& tx, const std::string& site_id,
                                             long long cutoff_us,
                                             long long now_us) {
  // The events that ended a loan before the cutoff and still hold a
  // person's data, and the LENT events of those loans.
  constexpr const char* kPersonal =
      "(borrower_name <> '' OR borrower_doc_sealed <> ''"
      " OR borrower_phone_sealed <> '' OR returned_name <> ''"
      " OR returned_doc_sealed <> '' OR returned_phone_sealed <> '')";
  long long id = 0, lent = 0;
  soci::statement st =
      (tx.sql.prepare << absl::StrCat(
           "SELECT id, lent_event_id FROM key_events WHERE site_id = :s"
           " AND purge_time_us IS NULL AND lent_event_id IS NOT NULL"
           " AND create_time_us < :c AND ",
           kPersonal),
       soci::use(site_id), soci::use(cutoff_us), soci::into(id),
       soci::into(lent));
  st.execute();
  std::vector<long long> ids;
  while (st.fetch()) {
    ids.push_back(id);
    ids.push_back(lent);
  }
  int purged = 0;
  for (long long event_id : ids) {
    soci::statement up =
        (tx.sql.prepare << absl::StrCat(
             "UPDATE key_events SET borrower_name = '',"
             " borrower_doc_sealed = '', borrower_phone_sealed = '',"
             " returned_name = '', returned_doc_sealed = '',"
             " returned_phone_sealed = '', purge_time_us = :now"
             " WHERE id = :id AND site_id = :s AND purge_time_us IS NULL AND ",
             kPersonal),
         soci::use(now_us), soci::use(event_id), soci::use(site_id));
    up.execute(true);
    purged += static_cast<int>(up.get_affected_rows());
  }
  return purged;
}

}  // namespace frontdesk::db
