// Refusals, supervisor alerts and the retention purge of the visitor
// register (declared in db/visit_store.h).
#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/columns.h"
#include "db/internal/fetch.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"
#include "db/visitor/visit_store.h"
#include "db/visitor/visitor_rows.h"

namespace frontdesk::db {
namespace {

constexpr char kRefusalColumns[] =
    "SELECT id, site_id, person_name, doc_type, doc_sealed, phone_sealed,"
    " vehicle_plate, host_unit_id, host_location, host_name, reason, note,"
    " watchlist_entry_id, refused_by, purge_time_us, create_time_us"
    " FROM visitor_refusals";

struct RefusalRow {
  long long id = 0;
  std::string site_id;
  PersonColumns person;
  HostColumns host;
  int reason = 0;
  std::string note;
  long long entry_id = 0;
  soci::indicator entry_ind = soci::i_null;
  std::string refused_by;
  long long purge_us = 0;
  soci::indicator purge_ind = soci::i_null;
  long long create_us = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, site_id, person);
    host.BindInto(st, /*with_phone=*/false);
    IntoColumns(st, reason, note, Nullable(entry_id, entry_ind), refused_by,
                Nullable(purge_us, purge_ind), create_us);
  }

  absl::StatusOr<v1::Refusal> ToProto(const DataProtector& protector) const {
    v1::Refusal r;
    r.set_name(absl::StrCat(SiteName(site_id), "/refusals/", id));
    r.set_site(SiteName(site_id));
    absl::Status opened = person.OpenInto(protector, r.mutable_person());
    if (!opened.ok()) return opened;
    opened = host.OpenInto(protector, site_id, r.mutable_host());
    if (!opened.ok()) return opened;
    r.set_reason(static_cast<v1::Refusal::Reason>(reason));
    r.set_note(note);
    if (entry_ind == soci::i_ok) {
      r.set_watchlist_entry(
          absl::StrCat(SiteName(site_id), "/watchlistEntries/", entry_id));
    }
    r.set_refused_by(StaffName(refused_by));
    if (purge_ind == soci::i_ok) SetTimestamp(r.mutable_purge_time(), purge_us);
    SetTimestamp(r.mutable_create_time(), create_us);
    return r;
  }
};

absl::StatusOr<std::vector<v1::Refusal>> QueryRefusals(
    Tx& tx, const DataProtector& protector, Params& params,
    const std::string& where_and_tail) {
  RefusalRow row;
  return FetchAll(tx, params, row,
                  absl::StrCat(kRefusalColumns, where_and_tail),
                  [&](const RefusalRow& r) { return r.ToProto(protector); });
}

absl::StatusOr<v1::Refusal> GetRefusal(Tx& tx, const DataProtector& protector,
                                       const std::string& where,
                                       Params& params) {
  auto found = QueryRefusals(tx, protector, params, where);
  if (!found.ok()) return found.status();
  if (found->empty()) {
    return absl::InternalError("refusal just written is not readable");
  }
  return std::move(found->front());
}

}  // namespace

absl::StatusOr<v1::Refusal> InsertRefusal(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    const v1::Refusal& refusal, long long watchlist_entry_id,
    const std::string& actor, const std::string& request_key, long long now_us,
    bool* inserted) {
  if (inserted != nullptr) *inserted = false;
  if (!request_key.empty()) {
    Params params;
    auto earlier = QueryRefusals(
        tx, protector, params,
        absl::StrCat(" WHERE site_id = ", params.Text(site_id),
                     " AND request_key = ", params.Text(request_key)));
    if (!earlier.ok()) return earlier.status();
    if (!earlier->empty()) return std::move(earlier->front());
  }
  PersonColumns person = PersonColumns::Seal(protector, refusal.person());
  HostColumns host = HostColumns::Seal(protector, refusal.host());
  if (!host.unit_id.empty()) {
    absl::Status unit =
        RequireUnit(tx, site_id, host.unit_id, "refusal.host.unit");
    if (!unit.ok()) return unit;
  }
  int reason = refusal.reason();
  soci::indicator entry_ind = watchlist_entry_id ? soci::i_ok : soci::i_null;
  soci::indicator key_ind = request_key.empty() ? soci::i_null : soci::i_ok;
  tx.sql << "INSERT INTO visitor_refusals (site_id, person_name, doc_type,"
            " doc_sealed, phone_sealed, vehicle_plate, host_unit_id,"
            " host_location, host_name, reason, note, watchlist_entry_id,"
            " refused_by, request_key, create_time_us) VALUES (:s, :n, :dt,"
            " :ds, :ps, :pl, :hu, :hl, :hn, :r, :note, :we, :by, :k, :c)",
      soci::use(site_id), soci::use(person.name), soci::use(person.doc_type),
      soci::use(person.doc_sealed), soci::use(person.phone_sealed),
      soci::use(person.plate), soci::use(host.unit_id),
      soci::use(host.location), soci::use(host.name), soci::use(reason),
      soci::use(refusal.note()), soci::use(watchlist_entry_id, entry_ind),
      soci::use(actor), soci::use(request_key, key_ind), soci::use(now_us);
  long long id = InsertedId(tx, "visitor_refusals");
  if (inserted != nullptr) *inserted = true;
  Params params;
  return GetRefusal(tx, protector, absl::StrCat(" WHERE id = ", params.Int(id)),
                    params);
}

const FilterSchema& RefusalFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"reason", {FilterField::kEnum, v1::Refusal::Reason_descriptor()}},
      {"refused_by",
       {FilterField::kString, nullptr,
        [](absl::string_view v) {
          return ParseStaffName("refused_by", v).status();
        }}},
      {"create_time", {FilterField::kTimestamp}},
      {"create_date", {FilterField::kDate}},
  };
  return *schema;
}

absl::StatusOr<std::vector<v1::Refusal>> ListRefusals(
    Tx& tx, const DataProtector& protector, const RefusalQuery& query) {
  static const auto* columns = new FilterColumns{
      {"reason", NumberColumn("reason")},
      {"refused_by", TextColumn("refused_by", StaffIdOf)},
      {"create_time", TimeColumn("create_time_us")},
      {"create_date", LocalDateColumn("create_time_us")},
  };
  Params params;
  Where where(tx, params, "site_id", query.site_ids);
  absl::Status added = where.AddTerms(*columns, query.terms);
  if (!added.ok()) return added;
  where.Before("create_time_us", "id", query.before);
  return QueryRefusals(
      tx, protector, params,
      absl::StrCat(where.Sql(), " ORDER BY create_time_us DESC, id DESC LIMIT ",
                   std::max(1, query.limit)));
}

absl::StatusOr<v1::VisitorAlert> InsertVisitorAlert(
    Tx& tx, const std::string& site_id, v1::VisitorAlert::Kind kind,
    long long watchlist_entry_id, long long refusal_id, long long visit_id,
    const std::string& person_name, const std::string& actor,
    long long now_us) {
  int kind_number = kind;
  soci::indicator refusal_ind = refusal_id ? soci::i_ok : soci::i_null;
  soci::indicator visit_ind = visit_id ? soci::i_ok : soci::i_null;
  tx.sql << "INSERT INTO visitor_alerts (site_id, kind, watchlist_entry_id,"
            " refusal_id, visit_id, person_name, raised_by, create_time_us)"
            " VALUES (:s, :k, :w, :r, :v, :n, :by, :c)",
      soci::use(site_id), soci::use(kind_number), soci::use(watchlist_entry_id),
      soci::use(refusal_id, refusal_ind), soci::use(visit_id, visit_ind),
      soci::use(person_name), soci::use(actor), soci::use(now_us);
  long long id = InsertedId(tx, "visitor_alerts");
  AlertQuery query;
  query.site_ids = {site_id};
  query.before = std::make_pair(now_us, id + 1);
  query.limit = 1;
  auto alerts = ListVisitorAlerts(tx, query);
  if (!alerts.ok()) return alerts.status();
  if (alerts->empty()) return absl::InternalError("alert just written is gone");
  return alerts->front();
}

const FilterSchema& AlertFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"kind", {FilterField::kEnum, v1::VisitorAlert::Kind_descriptor()}},
      {"create_time", {FilterField::kTimestamp}},
  };
  return *schema;
}

absl::StatusOr<std::vector<v1::VisitorAlert>> ListVisitorAlerts(
    Tx& tx, const AlertQuery& query) {
  static const auto* columns = new FilterColumns{
      {"kind", NumberColumn("kind")},
      {"create_time", TimeColumn("create_time_us")},
  };
  Params params;
  Where where(tx, params, "site_id", query.site_ids);
  absl::Status added = where.AddTerms(*columns, query.terms);
  if (!added.ok()) return added;
  where.Before("create_time_us", "id", query.before);
  long long id = 0, entry = 0, refusal = 0, visit = 0, create_us = 0;
  soci::indicator refusal_ind = soci::i_null, visit_ind = soci::i_null;
  int kind = 0;
  std::string site_id, person, raised_by;
  soci::statement st(tx.sql);
  IntoColumns(st, id, site_id, kind, entry, Nullable(refusal, refusal_ind),
              Nullable(visit, visit_ind), person, raised_by, create_us);
  params.Execute(
      st,
      absl::StrCat(
          "SELECT id, site_id, kind, watchlist_entry_id, refusal_id, visit_id,"
          " person_name, raised_by, create_time_us FROM visitor_alerts",
          where.Sql(), " ORDER BY create_time_us DESC, id DESC LIMIT ",
          std::max(1, query.limit)));
  std::vector<v1::VisitorAlert> out;
  while (st.fetch()) {
    v1::VisitorAlert a;
    std::string site = SiteName(site_id);
    a.set_name(absl::StrCat(site, "/visitorAlerts/", id));
    a.set_kind(static_cast<v1::VisitorAlert::Kind>(kind));
    a.set_watchlist_entry(absl::StrCat(site, "/watchlistEntries/", entry));
    if (refusal_ind == soci::i_ok) {
      a.set_refusal(absl::StrCat(site, "/refusals/", refusal));
    }
    if (visit_ind == soci::i_ok)
      a.set_visit(absl::StrCat(site, "/visits/", visit));
    a.set_person_display_name(person);
    a.set_raised_by(StaffName(raised_by));
    SetTimestamp(a.mutable_create_time(), create_us);
    out.push_back(std::move(a));
    refusal_ind = visit_ind = soci::i_null;
  }
  return out;
}

absl::StatusOr<PurgeCounts> PurgeVisitorPersonalData(Tx& tx,
                                                     const std::string& site_id,
                                                     long long cutoff_us,
                                                     long long now_us) {
  PurgeCounts counts;
  int checked_out = v1::Visit::CHECKED_OUT;
  soci::statement visits =
      (tx.sql.prepare
           << "UPDATE visits SET visitor_name = '', doc_sealed = '',"
              " doc_blind = '', phone_sealed = '', vehicle_plate = '',"
              " host_phone_sealed = '', purge_time_us = :now,"
              " version = version + 1"
              " WHERE site_id = :s AND purge_time_us IS NULL"
              " AND status = :st AND check_out_time_us < :cut",
       soci::use(now_us), soci::use(site_id), soci::use(checked_out),
       soci::use(cutoff_us));
  visits.execute(true);
  counts.visits = static_cast<int>(visits.get_affected_rows());
  soci::statement refusals =
      (tx.sql.prepare
           << "UPDATE visitor_refusals SET person_name = '', doc_sealed = '',"
              " phone_sealed = '', vehicle_plate = '', purge_time_us = :now"
              " WHERE site_id = :s AND purge_time_us IS NULL"
              " AND create_time_us < :cut",
       soci::use(now_us), soci::use(site_id), soci::use(cutoff_us));
  refusals.execute(true);
  counts.refusals = static_cast<int>(refusals.get_affected_rows());
  // Alerts carry only a name; it goes with the visit or refusal it names.
  soci::statement alerts =
      (tx.sql.prepare << "UPDATE visitor_alerts SET person_name = ''"
                         " WHERE site_id = :s AND person_name <> ''"
                         " AND create_time_us < :cut",
       soci::use(site_id), soci::use(cutoff_us));
  alerts.execute(true);
  counts.alerts = static_cast<int>(alerts.get_affected_rows());
  // A pass ends at its expiry (at most 30 days after it starts).
  soci::statement passes =
      (tx.sql.prepare
           << "UPDATE visitor_passes SET visitor_name = '', doc_sealed = '',"
              " phone_sealed = '', vehicle_plate = '', host_phone_sealed = '',"
              " version = version + 1"
              " WHERE site_id = :s AND expire_time_us < :cut"
              " AND (visitor_name <> '' OR doc_sealed <> ''"
              " OR phone_sealed <> '' OR vehicle_plate <> ''"
              " OR host_phone_sealed <> '')",
       soci::use(site_id), soci::use(cutoff_us));
  passes.execute(true);
  counts.passes = static_cast<int>(passes.get_affected_rows());
  return counts;
}

}  // namespace frontdesk::db
