// TicketService's per-site SLA policies (sla_policy_desk.h): loads the
// policy in force, merges an update with sla_policy_rules.h, saves it.
#include "server/ticket/sla_policy_desk.h"

#include <google/protobuf/util/time_util.h>

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/ticket/sla_policy_store.h"
#include "server/idempotent.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/sla_policy_rules.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

v1::SlaPolicy ToProto(const std::string& site_id, const db::SlaPolicyRow& row) {
  v1::SlaPolicy p;
  p.set_name(SlaPolicyName(site_id, row.kind, row.priority));
  p.set_kind(static_cast<v1::Ticket::Kind>(row.kind));
  p.set_priority(static_cast<v1::Ticket::Priority>(row.priority));
  *p.mutable_first_response() =
      TimeUtil::SecondsToDuration(row.first_response_s);
  *p.mutable_resolution() = TimeUtil::SecondsToDuration(row.resolution_s);
  *p.mutable_callback() = TimeUtil::SecondsToDuration(row.callback_s);
  *p.mutable_escalate_supervisor_after() =
      TimeUtil::SecondsToDuration(row.escalate_supervisor_after_s);
  *p.mutable_escalate_manager_after() =
      TimeUtil::SecondsToDuration(row.escalate_manager_after_s);
  *p.mutable_plan() = TimeUtil::SecondsToDuration(row.plan_s);
  *p.mutable_coordination() = TimeUtil::SecondsToDuration(row.coordination_s);
  p.set_is_default(row.version == 0);
  if (row.version != 0) {
    *p.mutable_update_time() =
        TimeUtil::MicrosecondsToTimestamp(row.update_time_us);
  }
  p.set_etag(absl::StrCat(row.version));
  return p;
}

SlaPolicyWindows WindowsOf(const db::SlaPolicyRow& row) {
  SlaPolicyWindows w;
  w.first_response_s = row.first_response_s;
  w.resolution_s = row.resolution_s;
  w.callback_s = row.callback_s;
  w.escalate_supervisor_after_s = row.escalate_supervisor_after_s;
  w.escalate_manager_after_s = row.escalate_manager_after_s;
  w.plan_s = row.plan_s;
  w.coordination_s = row.coordination_s;
  return w;
}

void SetWindows(const SlaPolicyWindows& w, db::SlaPolicyRow* row) {
  row->first_response_s = w.first_response_s;
  row->resolution_s = w.resolution_s;
  row->callback_s = w.callback_s;
  row->escalate_supervisor_after_s = w.escalate_supervisor_after_s;
  row->escalate_manager_after_s = w.escalate_manager_after_s;
  row->plan_s = w.plan_s;
  row->coordination_s = w.coordination_s;
}

}  // namespace

absl::Status SlaPolicyDesk::UpdateSlaPolicy(
    const Call& call, const v1::UpdateSlaPolicyRequest& req,
    v1::SlaPolicy* resp) {
  Violations v;
  auto ref = ParseSlaPolicyName("policy.name", req.policy().name());
  v.Merge(ref.status());
  v.Merge(CheckRequestId("request_id", req.request_id()));
  const std::vector<std::string> paths =
      SlaPolicyUpdatePaths(req.update_mask());
  v.Merge(CheckSlaPolicyPaths(paths));
  if (!v.empty()) return v.ToStatus();
  const auto kind = static_cast<v1::Ticket::Kind>(ref->kind);
  const auto priority = static_cast<v1::Ticket::Priority>(ref->priority);
  const v1::SlaPolicy& in = req.policy();
  return RunIdempotent(
      services_, call.who, "UpdateSlaPolicy", req, req.request_id(), resp,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto site = db::GetSite(tx, ref->site_id);
        if (!site.ok()) return site.status();
        auto stored = db::FindSlaPolicy(tx, ref->site_id, kind, priority);
        if (!stored.ok()) return stored.status();
        db::SlaPolicyRow row =
            *stored ? **stored : DefaultPolicyRow(kind, priority);
        if (!in.etag().empty() && in.etag() != absl::StrCat(row.version)) {
          return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                       absl::StrCat("etag \"", in.etag(),
                                    "\" is stale; the policy is now at \"",
                                    row.version, "\""));
        }
        SlaPolicyWindows windows = WindowsOf(row);
        absl::Status merged = MergeSlaPolicy(kind, in, paths, &windows);
        if (!merged.ok()) return merged;
        SetWindows(windows, &row);
        auto saved = db::SaveSlaPolicy(tx, ref->site_id, row,
                                       ToMicros(services_.clock.Now()));
        if (!saved.ok()) return saved.status();
        out->CopyFrom(ToProto(ref->site_id, *saved));
        return absl::OkStatus();
      });
}

absl::Status SlaPolicyDesk::ListSlaPolicies(
    const Call& /*call*/, const v1::ListSlaPoliciesRequest& req,
    v1::ListSlaPoliciesResponse* resp) {
  auto site_id = ParseSiteName("parent", req.parent());
  if (!site_id.ok()) return site_id.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto site = db::GetSite(tx, *site_id);
    if (!site.ok()) return site.status();
    auto listed = db::ListSlaPolicies(tx, *site_id);
    if (!listed.ok()) return listed.status();
    const std::vector<db::SlaPolicyRow>& stored = *listed;
    for (int k = 1; k < v1::Ticket::Kind_ARRAYSIZE; ++k) {
      if (!v1::Ticket::Kind_IsValid(k)) continue;
      for (int p = 1; p < v1::Ticket::Priority_ARRAYSIZE; ++p) {
        if (!v1::Ticket::Priority_IsValid(p)) continue;
        db::SlaPolicyRow row =
            DefaultPolicyRow(static_cast<v1::Ticket::Kind>(k),
                             static_cast<v1::Ticket::Priority>(p));
        for (const auto& s : stored) {
          if (s.kind == k && s.priority == p) row = s;
        }
        *resp->add_policies() = ToProto(*site_id, row);
      }
    }
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
