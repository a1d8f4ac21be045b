#include "db/ticket/sla_policy_store.h"

#include <soci/soci.h>

#include "common/status.h"
#include "db/internal/columns.h"

namespace frontdesk::db {
namespace {

constexpr const char* kColumns =
    "SELECT kind, priority, first_response_s, resolution_s, callback_s,"
    " escalate_supervisor_after_s, escalate_manager_after_s, update_time_us,"
    " version, plan_s, coordination_s FROM sla_policies WHERE site_id = :s";

void Bind(soci::statement& st, SlaPolicyRow& r) {
  IntoColumns(st, r.kind, r.priority, r.first_response_s, r.resolution_s,
              r.callback_s, r.escalate_supervisor_after_s,
              r.escalate_manager_after_s, r.update_time_us, r.version, r.plan_s,
              r.coordination_s);
}

}  // namespace

absl::StatusOr<std::optional<SlaPolicyRow>> FindSlaPolicy(
    Tx& tx, const std::string& site_id, int kind, int priority) {
  SlaPolicyRow r;
  soci::statement st(tx.sql);
  Bind(st, r);
  st.exchange(soci::use(site_id, "s"));
  st.exchange(soci::use(kind, "k"));
  st.exchange(soci::use(priority, "p"));
  st.alloc();
  st.prepare(std::string(kColumns) + " AND kind = :k AND priority = :p");
  st.define_and_bind();
  if (!st.execute(true)) return std::optional<SlaPolicyRow>();
  return r;
}

absl::StatusOr<std::vector<SlaPolicyRow>> ListSlaPolicies(
    Tx& tx, const std::string& site_id) {
  SlaPolicyRow r;
  soci::statement st(tx.sql);
  Bind(st, r);
  st.exchange(soci::use(site_id, "s"));
  st.alloc();
  st.prepare(std::string(kColumns) + " ORDER BY kind, priority");
  st.define_and_bind();
  st.execute();
  std::vector<SlaPolicyRow> out;
  while (st.fetch()) out.push_back(r);
  return out;
}

absl::StatusOr<SlaPolicyRow> SaveSlaPolicy(Tx& tx, const std::string& site_id,
                                           const SlaPolicyRow& row,
                                           long long now_us) {
  if (row.version == 0) {
    tx.sql << "INSERT INTO sla_policies (site_id, kind, priority,"
              " first_response_s, resolution_s, callback_s,"
              " escalate_supervisor_after_s, escalate_manager_after_s,"
              " update_time_us, version, plan_s, coordination_s) VALUES (:s,"
              " :k, :p, :f, :r, :c, :es, :em, :u, 1, :pl, :co)",
        soci::use(site_id), soci::use(row.kind), soci::use(row.priority),
        soci::use(row.first_response_s), soci::use(row.resolution_s),
        soci::use(row.callback_s), soci::use(row.escalate_supervisor_after_s),
        soci::use(row.escalate_manager_after_s), soci::use(now_us),
        soci::use(row.plan_s), soci::use(row.coordination_s);
  } else {
    soci::statement st =
        (tx.sql.prepare
             << "UPDATE sla_policies SET first_response_s = :f,"
                " resolution_s = :r, callback_s = :c,"
                " escalate_supervisor_after_s = :es,"
                " escalate_manager_after_s = :em, plan_s = :pl,"
                " coordination_s = :co, update_time_us = :u,"
                " version = version + 1 WHERE site_id = :s AND kind = :k"
                " AND priority = :p AND version = :v",
         soci::use(row.first_response_s), soci::use(row.resolution_s),
         soci::use(row.callback_s), soci::use(row.escalate_supervisor_after_s),
         soci::use(row.escalate_manager_after_s), soci::use(row.plan_s),
         soci::use(row.coordination_s), soci::use(now_us), soci::use(site_id),
         soci::use(row.kind), soci::use(row.priority), soci::use(row.version));
    st.execute(true);
    if (st.get_affected_rows() != 1) {
      return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                   "the policy was changed by someone else; read it again");
    }
  }
  auto stored = FindSlaPolicy(tx, site_id, row.kind, row.priority);
  if (!stored.ok()) return stored.status();
  if (!stored->has_value()) {
    return Error(absl::StatusCode::kInternal, "DATABASE_ERROR",
                 "the saved policy could not be read back");
  }
  return **stored;
}

}  // namespace frontdesk::db
