// TicketService: per-site SLA policies (deadlines and escalation offsets for
// each kind × priority).
#include <google/protobuf/util/time_util.h>

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/ticket/sla_policy_store.h"
#include "server/permissions.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/ticket_service.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

struct PolicyRef {
  std::string site_id;
  v1::Ticket::Kind kind;
  v1::Ticket::Priority priority;
};

std::string Lower(const std::string& s) { return absl::AsciiStrToLower(s); }

std::string PolicyName(const std::string& site_id, int kind, int priority) {
  return absl::StrCat(
      SiteName(site_id), "/slaPolicies/",
      Lower(v1::Ticket::Kind_Name(static_cast<v1::Ticket::Kind>(kind))), ".",
      Lower(v1::Ticket::Priority_Name(
          static_cast<v1::Ticket::Priority>(priority))));
}

absl::StatusOr<PolicyRef> ParsePolicyName(absl::string_view field,
                                          absl::string_view name) {
  const char* rule =
      "must be \"sites/{site}/slaPolicies/{kind}.{priority}\", e.g. "
      "\"sites/hx/slaPolicies/complaint.normal\"";
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "slaPolicies" ||
      !CheckSiteId(field, parts[1]).ok()) {
    return InvalidField(field, rule);
  }
  std::vector<std::string> kp = absl::StrSplit(parts[3], '.');
  v1::Ticket::Kind kind;
  v1::Ticket::Priority priority;
  if (kp.size() != 2 ||
      !v1::Ticket::Kind_Parse(absl::AsciiStrToUpper(kp[0]), &kind) ||
      kind == v1::Ticket::KIND_UNSPECIFIED ||
      !v1::Ticket::Priority_Parse(absl::AsciiStrToUpper(kp[1]), &priority) ||
      priority == v1::Ticket::PRIORITY_UNSPECIFIED) {
    return InvalidField(field, rule);
  }
  return PolicyRef{std::string(parts[1]), kind, priority};
}

v1::SlaPolicy ToProto(const std::string& site_id, const db::SlaPolicyRow& row) {
  v1::SlaPolicy p;
  p.set_name(PolicyName(site_id, row.kind, row.priority));
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

// Whole seconds within [min, max]; INVALID_ARGUMENT on `field` otherwise.
absl::StatusOr<long long> Seconds(absl::string_view field,
                                  const google::protobuf::Duration& d,
                                  long long min_s, long long max_s) {
  if (d.nanos() != 0 || d.seconds() < min_s || d.seconds() > max_s) {
    return InvalidField(
        field, absl::StrCat("must be whole seconds between ", min_s, " s and ",
                            max_s / 86400, " days"));
  }
  return d.seconds();
}

}  // namespace

grpc::Status TicketServiceImpl::UpdateSlaPolicy(
    grpc::ServerContext* context, const v1::UpdateSlaPolicyRequest* req,
    v1::SlaPolicy* resp) {
  return Handle(
      services_, context, "UpdateSlaPolicy", [&](const Principal& who) {
        absl::Status allowed = RequireAnyRole(
            who, {v1::StaffMember::ADMIN, v1::StaffMember::MANAGER},
            "change SLA policies");
        if (!allowed.ok()) return allowed;
        Violations v;
        auto ref = ParsePolicyName("policy.name", req->policy().name());
        v.Merge(ref.status());
        v.Merge(CheckRequestId("request_id", req->request_id()));
        std::vector<std::string> paths(req->update_mask().paths().begin(),
                                       req->update_mask().paths().end());
        if (paths.empty()) {
          paths = {"first_response", "resolution", "callback",
                   "escalate_supervisor_after", "escalate_manager_after"};
        }
        constexpr long long kMonth = 30 * 86400;
        const v1::SlaPolicy& in = req->policy();
        for (const std::string& path : paths) {
          if (path != "first_response" && path != "resolution" &&
              path != "callback" && path != "escalate_supervisor_after" &&
              path != "escalate_manager_after" && path != "plan" &&
              path != "coordination") {
            v.Add("update_mask",
                  absl::StrCat("\"", path,
                               "\" cannot be updated; mutable fields "
                               "are first_response, resolution, "
                               "callback, escalate_supervisor_after, "
                               "escalate_manager_after, plan and "
                               "coordination"));
          }
        }
        if (!v.empty()) return v.ToStatus();
        return RunIdempotent(
            services_, "UpdateSlaPolicy", *req, req->request_id(), resp,
            [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
              auto site = db::GetSite(tx, ref->site_id);
              if (!site.ok()) return site.status();
              auto stored =
                  db::FindSlaPolicy(tx, ref->site_id, ref->kind, ref->priority);
              if (!stored.ok()) return stored.status();
              db::SlaPolicyRow row =
                  *stored ? **stored
                          : DefaultPolicyRow(ref->kind, ref->priority);
              if (!in.etag().empty() &&
                  in.etag() != absl::StrCat(row.version)) {
                return Error(
                    absl::StatusCode::kAborted, "ETAG_MISMATCH",
                    absl::StrCat("etag \"", in.etag(),
                                 "\" is stale; the policy is now at \"",
                                 row.version, "\""));
              }
              Violations checks;
              auto set = [&](const char* field,
                             const google::protobuf::Duration& d,
                             long long min_s, long long* target) {
                auto s =
                    Seconds(absl::StrCat("policy.", field), d, min_s, kMonth);
                if (!s.ok()) {
                  checks.Merge(s.status());
                } else {
                  *target = *s;
                }
              };
              for (const std::string& path : paths) {
                if (path == "first_response") {
                  set("first_response", in.first_response(), 60,
                      &row.first_response_s);
                } else if (path == "resolution") {
                  set("resolution", in.resolution(), 60, &row.resolution_s);
                } else if (path == "callback") {
                  set("callback", in.callback(), 60, &row.callback_s);
                } else if (path == "plan") {
                  if (ref->kind != v1::Ticket::COMPLAINT) {
                    if (in.plan().seconds() != 0 || in.plan().nanos() != 0) {
                      checks.Add("policy.plan",
                                 "only a complaint owes a plan (the "
                                 "department at fault agrees it); leave it "
                                 "0 for other kinds");
                    }
                  } else {
                    set("plan", in.plan(), 60, &row.plan_s);
                  }
                } else if (path == "coordination") {
                  set("coordination", in.coordination(), 2 * 86400,
                      &row.coordination_s);
                } else if (path == "escalate_supervisor_after") {
                  set("escalate_supervisor_after",
                      in.escalate_supervisor_after(), 0,
                      &row.escalate_supervisor_after_s);
                } else {
                  set("escalate_manager_after", in.escalate_manager_after(), 0,
                      &row.escalate_manager_after_s);
                }
              }
              if (checks.empty() && row.escalate_manager_after_s <
                                        row.escalate_supervisor_after_s) {
                checks.Add("policy.escalate_manager_after",
                           "must not be before escalate_supervisor_after");
              }
              if (checks.empty() && row.first_response_s > row.resolution_s) {
                checks.Add("policy.first_response",
                           "must not be longer than resolution");
              }
              if (checks.empty() && row.plan_s > row.resolution_s) {
                checks.Add("policy.plan",
                           "must not be longer than resolution (the plan "
                           "comes before the fix)");
              }
              if (!checks.empty()) return checks.ToStatus();
              auto saved = db::SaveSlaPolicy(tx, ref->site_id, row,
                                             ToMicros(services_.clock.Now()));
              if (!saved.ok()) return saved.status();
              out->CopyFrom(ToProto(ref->site_id, *saved));
              return absl::OkStatus();
            });
      });
}

grpc::Status TicketServiceImpl::ListSlaPolicies(
    grpc::ServerContext* context, const v1::ListSlaPoliciesRequest* req,
    v1::ListSlaPoliciesResponse* resp) {
  return Handle(services_, context, "ListSlaPolicies", [&](const Principal&) {
    auto site_id = ParseSiteName("parent", req->parent());
    if (!site_id.ok()) return site_id.status();
    return services_.db.Read([&](db::Tx& tx) {
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
  });
}

}  // namespace frontdesk
