#include "server/roster/policy_desk.h"

#include <google/protobuf/util/field_mask_util.h>

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/roster/roster_policy_store.h"
#include "server/idempotent.h"
#include "server/roster/roster_policy.h"
#include "server/roster/roster_site.h"

namespace frontdesk {
namespace {

using google::protobuf::util::FieldMaskUtil;

const std::set<std::string>& MutableFields() {
  static const auto* fields =
      new std::set<std::string>{"shifts",
                                "handover_arrival_lead",
                                "min_rest",
                                "max_swaps_per_month",
                                "max_late_per_month",
                                "max_corrections_per_month",
                                "supervisor_only_leave_days",
                                "inventory_checklist"};
  return *fields;
}

// The rules name the policy's own fields; the request's are under
// "roster_policy.".
absl::Status UnderRequestField(const absl::Status& status) {
  std::vector<FieldViolation> fields = ErrorFieldViolations(status);
  if (fields.empty()) return status;
  for (FieldViolation& f : fields) f.field = "roster_policy." + f.field;
  return InvalidFields(std::move(fields));
}

}  // namespace

absl::Status PolicyDesk::GetRosterPolicy(
    const Call& /*call*/, const v1::GetRosterPolicyRequest& request,
    v1::RosterPolicy* response) {
  auto site = ParseSiteSingleton("name", request.name(), "rosterPolicy");
  if (!site.ok()) return site.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto loaded = LoadRosterSite(tx, *site);
    if (!loaded.ok()) return loaded.status();
    *response = loaded->policy;
    return absl::OkStatus();
  });
}

absl::Status PolicyDesk::UpdateRosterPolicy(
    const Call& call, const v1::UpdateRosterPolicyRequest& request,
    v1::RosterPolicy* response) {
  const v1::RosterPolicy& in = request.roster_policy();
  auto site =
      ParseSiteSingleton("roster_policy.name", in.name(), "rosterPolicy");
  if (!site.ok()) return site.status();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  // An empty mask is an error here, not "every field": a client that does
  // not know inventory_checklist would erase it.
  if (request.update_mask().paths().empty()) {
    v.Add("update_mask", "must name the fields to change");
  }
  for (const std::string& path : request.update_mask().paths()) {
    if (!MutableFields().count(path)) {
      v.Add("update_mask", absl::StrCat("\"", path, "\" cannot be changed"));
    }
  }
  auto expected = ParseEtag("roster_policy.etag", in.etag());
  v.Merge(expected.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "UpdateRosterPolicy", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto loaded = LoadRosterSite(tx, *site);
        if (!loaded.ok()) return loaded.status();
        v1::RosterPolicy next = loaded->policy;
        FieldMaskUtil::MergeOptions options;
        options.set_replace_repeated_fields(true);
        FieldMaskUtil::MergeMessageTo(in, request.update_mask(), options,
                                      &next);
        if (absl::Status valid = ValidateRosterPolicy(next); !valid.ok()) {
          return UnderRequestField(valid);
        }
        // The stored version; -1 (no etag sent) skips the check.
        auto saved = db::SaveRosterPolicy(tx, *site, next, *expected,
                                          ToMicros(services_.clock.Now()));
        if (!saved.ok()) return saved.status();
        out->CopyFrom(*saved);
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
