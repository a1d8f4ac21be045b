#include "db/visitor/visit_store.h"

#include <soci/soci.h>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/identity.h"
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

constexpr long long kDefaultGraceUs = 30LL * 60 * 1000000;

// The grace a visit gets before it counts as overstayed, per its site.
std::string GraceSql() {
  return absl::StrCat("COALESCE(vs.overstay_grace_us, ", kDefaultGraceUs, ")");
}

std::string OverstayedSql(const std::string& now_placeholder) {
  return absl::StrCat("((v.status = 1 AND v.expected_departure_us + ",
                      GraceSql(), " < ", now_placeholder,
                      ") OR (v.status = 2 AND v.check_out_time_us > "
                      "v.expected_departure_us + ",
                      GraceSql(), "))");
}

constexpr char kVisitColumns[] =
    "SELECT v.id, v.site_id, v.visitor_name, v.doc_type, v.doc_sealed,"
    " v.phone_sealed, v.vehicle_plate, v.party_size, v.host_unit_id,"
    " v.host_location, v.host_name, v.host_phone_sealed, v.purpose,"
    " v.purpose_detail, v.expected_departure_us, v.status,"
    " v.check_in_time_us, v.check_out_time_us, v.registered_by,"
    " v.checked_out_by, v.waiver_by, v.waiver_reason, v.pass_id,"
    " v.watchlist_alert, v.purge_time_us, v.create_time_us,"
    " v.update_time_us, v.version, ";

struct VisitRow {
  long long id = 0;
  std::string site_id;
  VisitPartyColumns party;
  long long expected_departure_us = 0;
  int status = 0;
  long long check_in_us = 0, check_out_us = 0;
  soci::indicator check_out_ind = soci::i_null;
  std::string registered_by, checked_out_by, waiver_by, waiver_reason;
  long long pass_id = 0;
  soci::indicator pass_ind = soci::i_null;
  int watchlist_alert = 0;
  long long purge_us = 0;
  soci::indicator purge_ind = soci::i_null;
  long long create_us = 0, update_us = 0, version = 0;
  int overstayed = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, site_id, party, expected_departure_us, status,
                check_in_us, Nullable(check_out_us, check_out_ind),
                registered_by, checked_out_by, waiver_by, waiver_reason,
                Nullable(pass_id, pass_ind), watchlist_alert,
                Nullable(purge_us, purge_ind), create_us, update_us, version,
                overstayed);
  }

  absl::StatusOr<v1::Visit> ToProto(const DataProtector& protector) const {
    v1::Visit v;
    v.set_name(absl::StrCat(SiteName(site_id), "/visits/", id));
    v.set_site(SiteName(site_id));
    absl::Status opened = party.OpenInto(protector, site_id, &v);
    if (!opened.ok()) return opened;
    SetTimestamp(v.mutable_expected_departure_time(), expected_departure_us);
    v.set_status(static_cast<v1::Visit::Status>(status));
    SetTimestamp(v.mutable_check_in_time(), check_in_us);
    if (check_out_ind == soci::i_ok) {
      SetTimestamp(v.mutable_check_out_time(), check_out_us);
    }
    v.set_overstayed(overstayed != 0);
    v.set_registered_by(StaffName(registered_by));
    if (!checked_out_by.empty())
      v.set_checked_out_by(StaffName(checked_out_by));
    if (!waiver_by.empty()) {
      v.mutable_document_waiver()->set_authorized_by(StaffName(waiver_by));
      v.mutable_document_waiver()->set_reason(waiver_reason);
    }
    if (pass_ind == soci::i_ok) {
      v.set_visitor_pass(
          absl::StrCat(SiteName(site_id), "/visitorPasses/", pass_id));
    }
    v.set_watchlist_alert(watchlist_alert != 0);
    if (purge_ind == soci::i_ok) SetTimestamp(v.mutable_purge_time(), purge_us);
    SetTimestamp(v.mutable_create_time(), create_us);
    SetTimestamp(v.mutable_update_time(), update_us);
    v.set_etag(Etag(version));
    return v;
  }
};

absl::StatusOr<std::vector<v1::Visit>> QueryVisits(
    Tx& tx, const DataProtector& protector, Params& params,
    const std::string& now_placeholder, const std::string& where,
    const std::string& tail) {
  VisitRow row;
  return FetchAll(
      tx, params, row,
      absl::StrCat(
          kVisitColumns, "CASE WHEN ", OverstayedSql(now_placeholder),
          " THEN 1 ELSE 0 END FROM visits v LEFT JOIN visitor_settings vs ON"
          " vs.site_id = v.site_id",
          where, tail),
      [&](const VisitRow& r) { return r.ToProto(protector); });
}

absl::Status VisitNotFound(const std::string& site_id, long long id) {
  return Error(absl::StatusCode::kNotFound, "VISIT_NOT_FOUND",
               absl::StrCat("visit \"", SiteName(site_id), "/visits/", id,
                            "\" does not exist"));
}

}  // namespace

absl::StatusOr<v1::Visit> InsertVisit(Tx& tx, const DataProtector& protector,
                                      const std::string& site_id,
                                      const v1::Visit& visit, long long pass_id,
                                      const std::string& actor,
                                      long long now_us) {
  PersonColumns person = PersonColumns::Seal(protector, visit.visitor());
  HostColumns host = HostColumns::Seal(protector, visit.host());
  if (!host.unit_id.empty()) {
    absl::Status unit =
        RequireUnit(tx, site_id, host.unit_id, "visit.host.unit");
    if (!unit.ok()) return unit;
  }
  int party = std::max(1, visit.party_size()), purpose = visit.purpose(),
      status = v1::Visit::ON_PREMISES, alert = visit.watchlist_alert() ? 1 : 0;
  long long expected = ToMicros(
      FromMicros(google::protobuf::util::TimeUtil::TimestampToMicroseconds(
          visit.expected_departure_time())));
  std::string waiver_by;
  if (!visit.document_waiver().authorized_by().empty()) {
    auto staff = ParseStaffName("visit.document_waiver.authorized_by",
                                visit.document_waiver().authorized_by());
    if (!staff.ok()) return staff.status();
    waiver_by = *staff;
  }
  soci::indicator pass_ind = pass_id ? soci::i_ok : soci::i_null;
  tx.sql << "INSERT INTO visits (site_id, visitor_name, doc_type, doc_sealed,"
            " doc_blind, phone_sealed, vehicle_plate, party_size, host_unit_id,"
            " host_location, host_name, host_phone_sealed, purpose,"
            " purpose_detail, expected_departure_us, status, check_in_time_us,"
            " registered_by, checked_out_by, waiver_by, waiver_reason, pass_id,"
            " watchlist_alert, create_time_us, update_time_us, version)"
            " VALUES (:s, :n, :dt, :ds, :db, :ps, :pl, :party, :hu, :hl, :hn,"
            " :hp, :pu, :pd, :ed, :st, :ci, :rb, '', :wb, :wr, :pass, :al,"
            " :c, :u, 1)",
      soci::use(site_id), soci::use(person.name), soci::use(person.doc_type),
      soci::use(person.doc_sealed), soci::use(person.doc_blind),
      soci::use(person.phone_sealed), soci::use(person.plate), soci::use(party),
      soci::use(host.unit_id), soci::use(host.location), soci::use(host.name),
      soci::use(host.phone_sealed), soci::use(purpose),
      soci::use(visit.purpose_detail()), soci::use(expected), soci::use(status),
      soci::use(now_us), soci::use(actor), soci::use(waiver_by),
      soci::use(visit.document_waiver().reason()), soci::use(pass_id, pass_ind),
      soci::use(alert), soci::use(now_us), soci::use(now_us);
  return GetVisit(tx, protector, site_id, InsertedId(tx, "visits"), now_us);
}

absl::StatusOr<v1::Visit> GetVisit(Tx& tx, const DataProtector& protector,
                                   const std::string& site_id, long long id,
                                   long long now_us, bool for_update) {
  Params params;
  std::string now = params.Int(now_us);
  std::string where = absl::StrCat(" WHERE v.site_id = ", params.Text(site_id),
                                   " AND v.id = ", params.Int(id));
  auto visits = QueryVisits(tx, protector, params, now, where,
                            for_update && tx.mysql() ? " FOR UPDATE" : "");
  if (!visits.ok()) return visits.status();
  if (visits->empty()) return VisitNotFound(site_id, id);
  return std::move(visits->front());
}

absl::StatusOr<v1::Visit> CheckOutVisit(Tx& tx, const DataProtector& protector,
                                        const std::string& site_id,
                                        long long id, long long out_us,
                                        const std::string& actor,
                                        long long now_us) {
  auto visit = GetVisit(tx, protector, site_id, id, now_us, true);
  if (!visit.ok()) return visit.status();
  if (visit->status() == v1::Visit::CHECKED_OUT) {
    return Error(
        absl::StatusCode::kFailedPrecondition, "VISIT_ALREADY_CHECKED_OUT",
        absl::StrCat(
            visit->name(), " was already checked out at ",
            absl::FormatTime(
                absl::RFC3339_sec,
                FromMicros(
                    google::protobuf::util::TimeUtil::TimestampToMicroseconds(
                        visit->check_out_time())),
                absl::UTCTimeZone())));
  }
  int status = v1::Visit::CHECKED_OUT;
  tx.sql << "UPDATE visits SET status = :st, check_out_time_us = :o,"
            " checked_out_by = :by, update_time_us = :u, version = version + 1"
            " WHERE site_id = :s AND id = :id",
      soci::use(status), soci::use(out_us), soci::use(actor), soci::use(now_us),
      soci::use(site_id), soci::use(id);
  return GetVisit(tx, protector, site_id, id, now_us);
}

const FilterSchema& VisitFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"unit",
       {FilterField::kString, nullptr,
        [](absl::string_view v) { return ParseUnitName("unit", v).status(); }}},
      {"check_in_time", {FilterField::kTimestamp}},
      {"check_in_date", {FilterField::kDate}},
      {"status", {FilterField::kEnum, v1::Visit::Status_descriptor()}},
      {"on_premises", {FilterField::kString, nullptr, CheckBoolText}},
      {"overstayed", {FilterField::kString, nullptr, CheckBoolText}},
      {"purpose", {FilterField::kEnum, v1::Visit::Purpose_descriptor()}},
      {"vehicle_plate",
       {FilterField::kString, nullptr,
        [](absl::string_view v) {
          return CheckText("vehicle_plate", v, 1, 16);
        }}},
      {"registered_by",
       {FilterField::kString, nullptr,
        [](absl::string_view v) {
          return ParseStaffName("registered_by", v).status();
        }}},
      {"document_number",
       {FilterField::kString, nullptr,
        [](absl::string_view v) {
          return CheckText("document_number", v, 4, 32);
        }}},
  };
  return *schema;
}

absl::StatusOr<std::vector<v1::Visit>> ListVisits(
    Tx& tx, const DataProtector& protector, const VisitQuery& query) {
  Params params;
  std::string now = params.Int(query.now_us);
  const FilterColumns columns = {
      {"unit", UnitColumn("v.host_unit_id")},
      {"check_in_time", TimeColumn("v.check_in_time_us")},
      {"check_in_date", LocalDateColumn("v.check_in_time_us")},
      {"status", NumberColumn("v.status")},
      {"on_premises", FlagColumn([](bool want, Params& p) {
         return absl::StrCat("v.status ", want ? "=" : "<>", " ",
                             p.Int(v1::Visit::ON_PREMISES));
       })},
      {"overstayed", FlagColumn([&](bool want, Params&) {
         return absl::StrCat(want ? "" : "NOT ", OverstayedSql(now));
       })},
      {"purpose", NumberColumn("v.purpose")},
      {"vehicle_plate", TextColumn("v.vehicle_plate", NormalizePlate)},
      {"registered_by", TextColumn("v.registered_by", StaffIdOf)},
      {"document_number", DocumentNumberColumn(protector, "v.doc_blind")},
  };
  Where where(tx, params, "v.site_id", query.site_ids);
  absl::Status added = where.AddTerms(columns, query.terms);
  if (!added.ok()) return added;
  where.Before("v.check_in_time_us", "v.id", query.before);
  return QueryVisits(tx, protector, params, now, where.Sql(),
                     absl::StrCat(" ORDER BY v.check_in_time_us DESC, v.id DESC"
                                  " LIMIT ",
                                  std::max(1, query.limit)));
}

}  // namespace frontdesk::db
