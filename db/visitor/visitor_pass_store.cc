#include "db/visitor/visitor_pass_store.h"

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
#include "db/visitor/visitor_rows.h"

namespace frontdesk::db {
namespace {

constexpr char kPassColumns[] =
    "SELECT id, site_id, visitor_name, doc_type, doc_sealed, phone_sealed,"
    " vehicle_plate, party_size, host_unit_id, host_location, host_name,"
    " host_phone_sealed, purpose, purpose_detail, valid_from_us,"
    " expire_time_us, max_uses, use_count, cancelled, created_by,"
    " create_time_us, update_time_us, version FROM visitor_passes";

struct PassRow {
  long long id = 0;
  std::string site_id;
  VisitPartyColumns party;
  long long valid_from_us = 0, expire_us = 0;
  int max_uses = 1, use_count = 0, cancelled = 0;
  std::string created_by;
  long long create_us = 0, update_us = 0, version = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, site_id, party, valid_from_us, expire_us, max_uses,
                use_count, cancelled, created_by, create_us, update_us,
                version);
  }

  absl::StatusOr<v1::VisitorPass> ToProto(const DataProtector& protector,
                                          long long now_us) const {
    v1::VisitorPass p;
    p.set_name(absl::StrCat(SiteName(site_id), "/visitorPasses/", id));
    absl::Status opened = party.OpenInto(protector, site_id, &p);
    if (!opened.ok()) return opened;
    SetTimestamp(p.mutable_valid_from(), valid_from_us);
    SetTimestamp(p.mutable_expire_time(), expire_us);
    p.set_max_uses(max_uses);
    p.set_use_count(use_count);
    if (cancelled) {
      p.set_state(v1::VisitorPass::CANCELLED);
    } else if (use_count >= max_uses) {
      p.set_state(v1::VisitorPass::USED_UP);
    } else if (now_us >= expire_us) {
      p.set_state(v1::VisitorPass::EXPIRED);
    } else {
      p.set_state(v1::VisitorPass::ACTIVE);
    }
    p.set_created_by(StaffName(created_by));
    SetTimestamp(p.mutable_create_time(), create_us);
    SetTimestamp(p.mutable_update_time(), update_us);
    p.set_etag(Etag(version));
    return p;
  }
};

absl::StatusOr<std::vector<std::pair<long long, v1::VisitorPass>>> QueryPasses(
    Tx& tx, const DataProtector& protector, Params& params,
    const std::string& where_and_tail, long long now_us) {
  PassRow row;
  return FetchAll(tx, params, row, absl::StrCat(kPassColumns, where_and_tail),
                  [&](const PassRow& r)
                      -> absl::StatusOr<std::pair<long long, v1::VisitorPass>> {
                    auto pass = r.ToProto(protector, now_us);
                    if (!pass.ok()) return pass.status();
                    return std::make_pair(r.id, *std::move(pass));
                  });
}

absl::Status PassNotFound(absl::string_view what) {
  return Error(absl::StatusCode::kNotFound, "VISITOR_PASS_NOT_FOUND",
               absl::StrCat("visitor pass ", what, " does not exist"));
}

}  // namespace

absl::StatusOr<v1::VisitorPass> InsertVisitorPass(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    const v1::VisitorPass& pass, const std::string& code_hash,
    const std::string& actor, long long now_us) {
  int taken = 0;
  tx.sql << "SELECT COUNT(*) FROM visitor_passes WHERE site_id = :s"
            " AND code_hash = :h",
      soci::use(site_id), soci::use(code_hash), soci::into(taken);
  if (taken) {
    return Error(absl::StatusCode::kAlreadyExists, "VISITOR_PASS_CODE_TAKEN",
                 "pass code collision; draw another");
  }
  PersonColumns person = PersonColumns::Seal(protector, pass.visitor());
  HostColumns host = HostColumns::Seal(protector, pass.host());
  if (!host.unit_id.empty()) {
    absl::Status unit =
        RequireUnit(tx, site_id, host.unit_id, "visitor_pass.host.unit");
    if (!unit.ok()) return unit;
  }
  using google::protobuf::util::TimeUtil;
  long long from = TimeUtil::TimestampToMicroseconds(pass.valid_from());
  long long expire = TimeUtil::TimestampToMicroseconds(pass.expire_time());
  int party = std::max(1, pass.party_size()), purpose = pass.purpose(),
      max_uses = std::max(1, pass.max_uses());
  tx.sql << "INSERT INTO visitor_passes (site_id, code_hash, visitor_name,"
            " doc_type, doc_sealed, phone_sealed, vehicle_plate, party_size,"
            " host_unit_id, host_location, host_name, host_phone_sealed,"
            " purpose, purpose_detail, valid_from_us, expire_time_us,"
            " max_uses, use_count, cancelled, created_by, create_time_us,"
            " update_time_us, version) VALUES (:s, :h, :n, :dt, :ds, :ps,"
            " :pl, :party, :hu, :hl, :hn, :hp, :pu, :pd, :f, :e, :m, 0, 0,"
            " :by, :c, :u, 1)",
      soci::use(site_id), soci::use(code_hash), soci::use(person.name),
      soci::use(person.doc_type), soci::use(person.doc_sealed),
      soci::use(person.phone_sealed), soci::use(person.plate), soci::use(party),
      soci::use(host.unit_id), soci::use(host.location), soci::use(host.name),
      soci::use(host.phone_sealed), soci::use(purpose),
      soci::use(pass.purpose_detail()), soci::use(from), soci::use(expire),
      soci::use(max_uses), soci::use(actor), soci::use(now_us),
      soci::use(now_us);
  long long id = InsertedId(tx, "visitor_passes");
  return GetVisitorPass(tx, protector, site_id, id, now_us);
}

absl::StatusOr<v1::VisitorPass> GetVisitorPass(Tx& tx,
                                               const DataProtector& protector,
                                               const std::string& site_id,
                                               long long id, long long now_us,
                                               bool for_update) {
  Params params;
  auto found =
      QueryPasses(tx, protector, params,
                  absl::StrCat(" WHERE site_id = ", params.Text(site_id),
                               " AND id = ", params.Int(id),
                               for_update && tx.mysql() ? " FOR UPDATE" : ""),
                  now_us);
  if (!found.ok()) return found.status();
  if (found->empty()) {
    return PassNotFound(
        absl::StrCat("\"", SiteName(site_id), "/visitorPasses/", id, "\""));
  }
  return std::move(found->front().second);
}

absl::StatusOr<std::pair<long long, v1::VisitorPass>> FindVisitorPassByCode(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    const std::string& code_hash, long long now_us) {
  Params params;
  auto found =
      QueryPasses(tx, protector, params,
                  absl::StrCat(" WHERE site_id = ", params.Text(site_id),
                               " AND code_hash = ", params.Text(code_hash),
                               tx.mysql() ? " FOR UPDATE" : ""),
                  now_us);
  if (!found.ok()) return found.status();
  if (found->empty()) {
    return PassNotFound(absl::StrCat("with this code at ", SiteName(site_id)));
  }
  return std::move(found->front());
}

absl::Status UseVisitorPass(Tx& tx, const std::string& site_id, long long id,
                            long long now_us) {
  tx.sql << "UPDATE visitor_passes SET use_count = use_count + 1,"
            " update_time_us = :u, version = version + 1"
            " WHERE site_id = :s AND id = :id",
      soci::use(now_us), soci::use(site_id), soci::use(id);
  return absl::OkStatus();
}

absl::StatusOr<v1::VisitorPass> CancelVisitorPass(
    Tx& tx, const DataProtector& protector, const std::string& site_id,
    long long id, long long expected_version, long long now_us) {
  auto pass = GetVisitorPass(tx, protector, site_id, id, now_us, true);
  if (!pass.ok()) return pass.status();
  if (expected_version >= 0 && pass->etag() != Etag(expected_version)) {
    return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                 absl::StrCat(pass->name(),
                              " changed since it was read; read it again"));
  }
  if (pass->state() == v1::VisitorPass::CANCELLED) {
    return Error(absl::StatusCode::kFailedPrecondition,
                 "VISITOR_PASS_CANCELLED",
                 absl::StrCat(pass->name(), " is already cancelled"));
  }
  tx.sql << "UPDATE visitor_passes SET cancelled = 1, update_time_us = :u,"
            " version = version + 1 WHERE site_id = :s AND id = :id",
      soci::use(now_us), soci::use(site_id), soci::use(id);
  return GetVisitorPass(tx, protector, site_id, id, now_us);
}

const FilterSchema& PassFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"state", {FilterField::kEnum, v1::VisitorPass::State_descriptor()}},
      {"unit",
       {FilterField::kString, nullptr,
        [](absl::string_view v) { return ParseUnitName("unit", v).status(); }}},
      {"valid_date", {FilterField::kDate}},
  };
  return *schema;
}

absl::StatusOr<std::vector<v1::VisitorPass>> ListVisitorPasses(
    Tx& tx, const DataProtector& protector, const PassQuery& query) {
  Params params;
  const FilterColumns columns = {
      {"state", CustomColumn([&](const FilterTerm& term,
                                 Where& w) -> absl::StatusOr<std::string> {
         std::string cond;
         switch (term.number) {
           case v1::VisitorPass::CANCELLED:
             cond = "cancelled = 1";
             break;
           case v1::VisitorPass::USED_UP:
             cond = "cancelled = 0 AND use_count >= max_uses";
             break;
           case v1::VisitorPass::EXPIRED:
             cond = absl::StrCat(
                 "cancelled = 0 AND use_count < max_uses AND ",
                 "expire_time_us <= ", w.params().Int(query.now_us));
             break;
           default:
             cond = absl::StrCat("cancelled = 0 AND use_count < max_uses AND ",
                                 "expire_time_us > ",
                                 w.params().Int(query.now_us));
         }
         return absl::StrCat(term.op == FilterOp::kNe ? "NOT (" : "(", cond,
                             ")");
       })},
      {"unit", UnitColumn("host_unit_id")},
      // Valid at some time that day: from < day end and expire > day start.
      {"valid_date", CustomColumn([](const FilterTerm& term,
                                     Where& w) -> absl::StatusOr<std::string> {
         FilterTerm starts = term, ends = term;
         starts.op = FilterOp::kLe;  // valid_from < end of day
         ends.op = FilterOp::kGe;    // expire >= start of day
         auto a = w.LocalDay("valid_from_us", starts);
         if (!a.ok()) return a.status();
         auto b = w.LocalDay("expire_time_us", ends);
         if (!b.ok()) return b.status();
         return absl::StrCat(*a, " AND ", *b);
       })},
  };
  Where where(tx, params, "site_id", query.site_ids);
  absl::Status added = where.AddTerms(columns, query.terms);
  if (!added.ok()) return added;
  where.After("valid_from_us", "id", query.after);
  auto found = QueryPasses(
      tx, protector, params,
      absl::StrCat(where.Sql(), " ORDER BY valid_from_us ASC, id ASC LIMIT ",
                   std::max(1, query.limit)),
      query.now_us);
  if (!found.ok()) return found.status();
  std::vector<v1::VisitorPass> out;
  for (auto& [id, pass] : *found) out.push_back(std::move(pass));
  return out;
}

}  // namespace frontdesk::db
