#include "db/directory/resident_callback_store.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "db/directory/site_store.h"
#include "db/internal/columns.h"
#include "db/internal/inserted_id.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"

namespace frontdesk::db {
namespace {

v1::ResidentCallback ToProto(const std::string& site_id,
                             const std::string& unit_id, long long id,
                             int result, int rating, const std::string& comment,
                             const std::string& caller, long long create_us) {
  v1::ResidentCallback c;
  c.set_name(
      absl::StrCat(UnitName(site_id, unit_id), "/residentCallbacks/", id));
  c.set_result(static_cast<v1::ResidentCallback::Result>(result));
  c.set_rating(rating);
  c.set_comment(comment);
  if (!caller.empty()) c.set_caller(StaffName(caller));
  SetTimestamp(c.mutable_create_time(), create_us);
  return c;
}

}  // namespace

absl::StatusOr<v1::ResidentCallback> InsertResidentCallback(
    Tx& tx, const std::string& site_id, const std::string& unit_id,
    const v1::ResidentCallback& callback, const std::string& caller_id,
    long long now_us) {
  auto unit = GetUnit(tx, site_id, unit_id);
  if (!unit.ok()) return unit.status();
  int result = callback.result(), rating = callback.rating();
  tx.sql << "INSERT INTO resident_callbacks (site_id, unit_id, result, rating,"
            " comment, caller, create_time_us)"
            " VALUES (:s, :u, :r, :g, :c, :by, :t)",
      soci::use(site_id), soci::use(unit_id), soci::use(result),
      soci::use(rating), soci::use(callback.comment()), soci::use(caller_id),
      soci::use(now_us);
  const long long id = InsertedId(tx, "resident_callbacks");
  return ToProto(site_id, unit_id, id, result, rating, callback.comment(),
                 caller_id, now_us);
}

const FilterSchema& ResidentCallbackFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"result",
       {FilterField::kEnum, v1::ResidentCallback::Result_descriptor()}},
      {"create_time", {FilterField::kTimestamp}},
  };
  return *schema;
}

absl::StatusOr<std::vector<v1::ResidentCallback>> ListResidentCallbacks(
    Tx& tx, const ResidentCallbackQuery& query) {
  static const auto* columns = new FilterColumns{
      {"result", NumberColumn("c.result")},
      {"create_time", TimeColumn("c.create_time_us")},
  };
  Params params;
  Where where(tx, params, "c.site_id", {query.site_id});
  if (!query.unit_id.empty()) {
    where.Add(absl::StrCat("c.unit_id = ", params.Text(query.unit_id)));
  }
  absl::Status added = where.AddTerms(*columns, query.terms);
  if (!added.ok()) return added;
  where.Before("c.create_time_us", "c.id", query.before);
  std::string sql = absl::StrCat(
      "SELECT c.id, c.site_id, c.unit_id, c.result, c.rating, c.comment,"
      " c.caller, c.create_time_us FROM resident_callbacks c",
      where.Sql(), " ORDER BY c.create_time_us DESC, c.id DESC LIMIT ",
      query.limit);
  long long id = 0, create_us = 0;
  int result = 0, rating = 0;
  std::string site_id, unit_id, comment, caller;
  soci::statement st(tx.sql);
  IntoColumns(st, id, site_id, unit_id, result, rating, comment, caller,
              create_us);
  params.Execute(st, sql);
  std::vector<v1::ResidentCallback> out;
  while (st.fetch()) {
    out.push_back(ToProto(site_id, unit_id, id, result, rating, comment, caller,
                          create_us));
  }
  return out;
}

}  // namespace frontdesk::db
