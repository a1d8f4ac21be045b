#include "db/visitor/watchlist_store.h"

#include <soci/soci.h>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/internal/columns.h"
#include "db/internal/fetch.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"
#include "db/visitor/visitor_rows.h"

namespace frontdesk::db {
namespace {

constexpr char kEntryColumns[] =
    "SELECT id, site_id, person_name, doc_type, doc_sealed, phone_sealed,"
    " vehicle_plate, action, reason, expire_time_us, created_by,"
    " create_time_us, deleted_by, delete_time_us, version"
    " FROM watchlist_entries";

struct EntryRow {
  long long id = 0;
  std::string site_id;
  PersonColumns person;
  int action = 0;
  std::string reason;
  long long expire_us = 0;
  std::string created_by;
  long long create_us = 0;
  std::string deleted_by;
  long long delete_us = 0;
  soci::indicator delete_ind = soci::i_null;
  long long version = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, site_id, person, action, reason, expire_us, created_by,
                create_us, deleted_by, Nullable(delete_us, delete_ind),
                version);
  }

  absl::StatusOr<v1::WatchlistEntry> ToProto(
      const DataProtector& protector) const {
    v1::WatchlistEntry e;
    e.set_name(absl::StrCat(SiteName(site_id), "/watchlistEntries/", id));
    absl::Status opened = person.OpenInto(protector, e.mutable_person());
    if (!opened.ok()) return opened;
    e.set_action(static_cast<v1::WatchlistEntry::Action>(action));
    e.set_reason(reason);
    SetTimestamp(e.mutable_expire_time(), expire_us);
    e.set_created_by(StaffName(created_by));
    SetTimestamp(e.mutable_create_time(), create_us);
    if (delete_ind == soci::i_ok) {
      e.set_deleted_by(StaffName(deleted_by));
      SetTimestamp(e.mutable_delete_time(), delete_us);
    }
    e.set_etag(Etag(version));
    return e;
  }
};

absl::StatusOr<std::vector<v1::WatchlistEntry>> QueryEntries(
    Tx& tx, const DataProtector& protector, Params& params,
    const std::string& where_and_tail) {
  EntryRow row;
  return FetchAll(tx, params, row, absl::StrCat(kEntryColumns, where_and_tail),
                  [&](const EntryRow& r) { return r.ToProto(protector); });
}

}  // namespace

absl::StatusOr<v1::WatchlistEntry> InsertWatchlistEntry(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    const v1::WatchlistEntry& entry, const std::string& actor,
    long long now_us) {
  PersonColumns person = PersonColumns::Seal(protector, entry.person());
  std::string name_phone = NamePhoneBlind(
      protector, entry.person().display_name(), entry.person().phone());
  int action = entry.action();
  long long expire = ToMicros(
      FromMicros(google::protobuf::util::TimeUtil::TimestampToMicroseconds(
          entry.expire_time())));
  tx.sql << "INSERT INTO watchlist_entries (site_id, person_name, doc_type,"
            " doc_sealed, doc_blind, phone_sealed, name_phone_blind,"
            " vehicle_plate, action, reason, expire_time_us, created_by,"
            " create_time_us, deleted_by, version) VALUES (:s, :n, :dt, :ds,"
            " :db, :ps, :np, :pl, :a, :r, :e, :by, :c, '', 1)",
      soci::use(site_id), soci::use(person.name), soci::use(person.doc_type),
      soci::use(person.doc_sealed), soci::use(person.doc_blind),
      soci::use(person.phone_sealed), soci::use(name_phone),
      soci::use(person.plate), soci::use(action), soci::use(entry.reason()),
      soci::use(expire), soci::use(actor), soci::use(now_us);
  long long id = InsertedId(tx, "watchlist_entries");
  return GetWatchlistEntry(tx, protector, site_id, id);
}

absl::StatusOr<v1::WatchlistEntry> GetWatchlistEntry(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long id, bool include_deleted, bool for_update) {
  Params params;
  std::string where = absl::StrCat(
      " WHERE site_id = ", params.Text(site_id), " AND id = ", params.Int(id),
      include_deleted ? "" : " AND delete_time_us IS NULL",
      for_update && tx.mysql() ? " FOR UPDATE" : "");
  auto found = QueryEntries(tx, protector, params, where);
  if (!found.ok()) return found.status();
  if (found->empty()) {
    return Error(absl::StatusCode::kNotFound, "WATCHLIST_ENTRY_NOT_FOUND",
                 absl::StrCat("watchlist entry \"", SiteName(site_id),
                              "/watchlistEntries/", id,
                              "\" does not exist or was deleted"));
  }
  return std::move(found->front());
}

absl::StatusOr<v1::WatchlistEntry> DeleteWatchlistEntry(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long id, long long expected_version, const std::string& actor,
    long long now_us) {
  auto entry = GetWatchlistEntry(tx, protector, site_id, id, false, true);
  if (!entry.ok()) return entry.status();
  if (expected_version >= 0 && entry->etag() != Etag(expected_version)) {
    return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                 absl::StrCat(entry->name(),
                              " changed since it was read; read it again"));
  }
  tx.sql << "UPDATE watchlist_entries SET deleted_by = :by,"
            " delete_time_us = :d, version = version + 1"
            " WHERE site_id = :s AND id = :id",
      soci::use(actor), soci::use(now_us), soci::use(site_id), soci::use(id);
  return GetWatchlistEntry(tx, protector, site_id, id, true);
}

const FilterSchema& WatchlistFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"action", {FilterField::kEnum, v1::WatchlistEntry::Action_descriptor()}},
      {"expired", {FilterField::kString, nullptr, CheckBoolText}},
      {"document_number",
       {FilterField::kString, nullptr,
        [](absl::string_view v) {
          return CheckText("document_number", v, 4, 32);
        }}},
  };
  return *schema;
}

absl::StatusOr<std::vector<v1::WatchlistEntry>> ListWatchlistEntries(
    Tx& tx, const DataProtector& protector, const WatchlistQuery& query) {
  Params params;
  const FilterColumns columns = {
      {"action", NumberColumn("action")},
      {"expired", FlagColumn([&](bool want, Params& p) {
         return absl::StrCat("expire_time_us ", want ? "<=" : ">", " ",
                             p.Int(query.now_us));
       })},
      {"document_number", DocumentNumberColumn(protector, "doc_blind")},
  };
  Where where(tx, params, "site_id", query.site_ids);
  if (!query.show_deleted) where.Add("delete_time_us IS NULL");
  absl::Status added = where.AddTerms(columns, query.terms);
  if (!added.ok()) return added;
  // Expired entries only on request (filter expired = true).
  if (!HasTerm(query.terms, "expired")) {
    where.Add("expire_time_us > " + params.Int(query.now_us));
  }
  where.Before("create_time_us", "id", query.before);
  return QueryEntries(
      tx, protector, params,
      absl::StrCat(where.Sql(), " ORDER BY create_time_us DESC, id DESC LIMIT ",
                   std::max(1, query.limit)));
}

absl::StatusOr<std::optional<WatchlistMatch>> FindWatchlistMatch(
    Tx& tx, const std::string& site_id, const std::string& doc_blind,
    const std::string& name_phone, long long now_us) {
  if (doc_blind.empty() && name_phone.empty()) {
    return std::optional<WatchlistMatch>();
  }
  // '' never equals a stored blind of an entry that has the value, and
  // entries without a document (or without name+phone) store ''.
  const std::string none = "-";
  const std::string& doc = doc_blind.empty() ? none : doc_blind;
  const std::string& np = name_phone.empty() ? none : name_phone;
  WatchlistMatch match;
  int action = 0;
  tx.sql << "SELECT id, action, reason FROM watchlist_entries"
            " WHERE site_id = :s AND delete_time_us IS NULL"
            " AND expire_time_us > :now"
            " AND (doc_blind = :d OR name_phone_blind = :np)"
            " ORDER BY action ASC, id ASC LIMIT 1",
      soci::use(site_id), soci::use(now_us), soci::use(doc), soci::use(np),
      soci::into(match.id), soci::into(action), soci::into(match.reason);
  if (!tx.sql.got_data()) return std::optional<WatchlistMatch>();
  match.action = static_cast<v1::WatchlistEntry::Action>(action);
  return match;
}

}  // namespace frontdesk::db
