#include "db/access_log_store.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/validation.h"
#include "db/internal/columns.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"

namespace frontdesk::db {
namespace {

struct AccessRow {
  long long id = 0, create_us = 0;
  std::string site_id, actor, method, resources, reason;
  int resource_count = 0;

  v1::SensitiveDataAccess ToProto() const {
    v1::SensitiveDataAccess out;
    out.set_name(
        absl::StrCat(SiteName(site_id), "/sensitiveDataAccesses/", id));
    out.set_actor(StaffName(actor));
    out.set_method(method);
    for (absl::string_view r :
         absl::StrSplit(resources, '\n', absl::SkipEmpty())) {
      out.add_resources(std::string(r));
    }
    out.set_resource_count(resource_count);
    out.set_reason(reason);
    SetTimestamp(out.mutable_create_time(), create_us);
    return out;
  }
};

}  // namespace

const FilterSchema& AccessFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"actor",
       {FilterField::kString, nullptr,
        [](absl::string_view v) {
          return ParseStaffName("actor", v).status();
        }}},
      {"create_time", {FilterField::kTimestamp}},
      {"resource",
       {FilterField::kString, nullptr,
        [](absl::string_view v) { return CheckText("resource", v, 1, 200); }}},
  };
  return *schema;
}

absl::StatusOr<v1::SensitiveDataAccess> AppendSensitiveDataAccess(
    Tx& tx, const std::string& site_id, const std::string& actor,
    const std::string& method, const std::vector<std::string>& resources,
    const std::string& reason, long long now_us) {
  AccessRow row;
  row.site_id = site_id;
  row.actor = actor;
  row.method = method;
  row.reason = reason;
  row.create_us = now_us;
  row.resource_count = static_cast<int>(resources.size());
  std::vector<std::string> kept(
      resources.begin(),
      resources.begin() +
          std::min<size_t>(resources.size(), kMaxAuditedResources));
  // Newline-separated with a leading and trailing newline, so a filter on
  // one resource is an exact LIKE '%\n<name>\n%' match.
  row.resources =
      kept.empty() ? "" : absl::StrCat("\n", absl::StrJoin(kept, "\n"), "\n");
  tx.sql << "INSERT INTO sensitive_data_accesses (site_id, actor, method,"
            " resources, resource_count, reason, create_time_us)"
            " VALUES (:s, :a, :m, :r, :n, :why, :c)",
      soci::use(row.site_id), soci::use(row.actor), soci::use(row.method),
      soci::use(row.resources), soci::use(row.resource_count),
      soci::use(row.reason), soci::use(row.create_us);
  row.id = InsertedId(tx, "sensitive_data_accesses");
  return row.ToProto();
}

absl::StatusOr<std::vector<v1::SensitiveDataAccess>> ListSensitiveDataAccesses(
    Tx& tx, const AccessQuery& query) {
  static const auto* columns = [] {
    auto* c = new FilterColumns{
        {"actor", TextColumn("actor", StaffIdOf)},
        {"create_time", TimeColumn("create_time_us")},
        // Stored newline-separated with a leading and trailing newline; the
        // name's own % and _ are escaped, so the filter names one resource
        // and is never a pattern.
        {"resource",
         CustomColumn([](const FilterTerm& term,
                         Where& where) -> absl::StatusOr<std::string> {
           return absl::StrCat("resources LIKE ",
                               where.params().Text(absl::StrCat(
                                   "%\n", EscapeLike(term.text), "\n%")),
                               kLikeEscape);
         })},
    };
    return c;
  }();
  Params params;
  Where where(tx, params, "site_id", SiteIds(query.site_id));
  absl::Status added = where.AddTerms(*columns, query.terms);
  if (!added.ok()) return added;
  where.Before("create_time_us", "id", query.before);
  AccessRow row;
  soci::statement st(tx.sql);
  IntoColumns(st, row.id, row.site_id, row.actor, row.method, row.resources,
              row.resource_count, row.reason, row.create_us);
  params.Execute(
      st,
      absl::StrCat("SELECT id, site_id, actor, method, resources, "
                   "resource_count, reason,"
                   " create_time_us FROM sensitive_data_accesses",
                   where.Sql(), " ORDER BY create_time_us DESC, id DESC LIMIT ",
                   std::max(1, query.limit)));
  std::vector<v1::SensitiveDataAccess> out;
  while (st.fetch()) out.push_back(row.ToProto());
  return out;
}

}  // namespace frontdesk::db
