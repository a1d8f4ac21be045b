#include "server/visitor/settings_desk.h"

#include <google/protobuf/util/field_mask_util.h>
#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/retention.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/access_log_store.h"
#include "db/visitor/visitor_settings_store.h"
#include "server/idempotent.h"
#include "server/visitor/list_scope.h"
#include "server/visitor/visitor_access.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

// Reads `d` into `out` if it lies in [min, max].
void CheckDuration(const std::string& field,
                   const google::protobuf::Duration& d, absl::Duration min,
                   absl::Duration max, absl::string_view range,
                   absl::Duration* out, Violations& v) {
  absl::Duration value =
      absl::Microseconds(TimeUtil::DurationToMicroseconds(d));
  if (value < min || value > max) {
    v.Add(field, absl::StrCat("must be ", range));
  } else {
    *out = value;
  }
}

}  // namespace

absl::Status SettingsDesk::GetVisitorSettings(
    const Call& /*call*/, const v1::GetVisitorSettingsRequest& request,
    v1::VisitorSettings* response) {
  auto site = ParseSiteSingleton("name", request.name(), "visitorSettings");
  if (!site.ok()) return site.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto settings = db::GetVisitorSettings(tx, *site);
    if (!settings.ok()) return settings.status();
    *response = settings->ToProto(*site);
    return absl::OkStatus();
  });
}

absl::Status SettingsDesk::UpdateVisitorSettings(
    const Call& call, const v1::UpdateVisitorSettingsRequest& request,
    v1::VisitorSettings* response) {
  const v1::VisitorSettings& in = request.visitor_settings();
  auto site =
      ParseSiteSingleton("visitor_settings.name", in.name(), "visitorSettings");
  if (!site.ok()) return site.status();
  absl::Status valid_id = CheckRequestId("request_id", request.request_id());
  if (!valid_id.ok()) return valid_id;
  // ticket_retention_days only when named: a client that does not know it
  // sends 0, which would not be a period.
  static const auto* default_fields = new std::vector<std::string>{
      "retention_days", "default_visit_duration", "overstay_grace",
      "default_key_loan_duration"};
  static const auto* mutable_fields = new std::vector<std::string>{
      "retention_days", "default_visit_duration", "overstay_grace",
      "default_key_loan_duration", "ticket_retention_days"};
  std::vector<std::string> paths(request.update_mask().paths().begin(),
                                 request.update_mask().paths().end());
  if (paths.empty()) paths = *default_fields;
  Violations v;
  for (const auto& path : paths) {
    if (std::find(mutable_fields->begin(), mutable_fields->end(), path) ==
        mutable_fields->end()) {
      v.Add("update_mask", absl::StrCat("\"", path, "\" cannot be changed"));
    }
  }
  auto expected = ParseEtag("visitor_settings.etag", in.etag());
  v.Merge(expected.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "UpdateVisitorSettings", request,
      request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto current = db::GetVisitorSettings(tx, *site);
        if (!current.ok()) return current.status();
        db::VisitorSettingsRow next = *current;
        Violations rules;
        for (const auto& path : paths) {
          if (path == "retention_days") {
            if (in.retention_days() < 1 || in.retention_days() > 3650) {
              rules.Add("visitor_settings.retention_days",
                        "must be 1..3650 days");
            } else {
              next.retention_days = in.retention_days();
            }
          } else if (path == "default_visit_duration") {
            CheckDuration("visitor_settings.default_visit_duration",
                          in.default_visit_duration(), absl::Minutes(5),
                          absl::Hours(24 * 7), "5 minutes .. 7 days",
                          &next.default_visit, rules);
          } else if (path == "overstay_grace") {
            CheckDuration("visitor_settings.overstay_grace",
                          in.overstay_grace(), absl::ZeroDuration(),
                          absl::Hours(24), "0 .. 24 hours",
                          &next.overstay_grace, rules);
          } else if (path == "default_key_loan_duration") {
            CheckDuration("visitor_settings.default_key_loan_duration",
                          in.default_key_loan_duration(), absl::Minutes(5),
                          absl::Hours(24 * 7), "5 minutes .. 7 days",
                          &next.default_key_loan, rules);
          } else if (path == "ticket_retention_days") {
            // [T-COMPLAINT-RETENTION]
            absl::Status days = CheckTicketRetentionDays(
                "visitor_settings.ticket_retention_days",
                in.ticket_retention_days());
            rules.Merge(days);
            if (days.ok())
              next.ticket_retention_days = in.ticket_retention_days();
          }
        }
        if (!rules.empty()) return rules.ToStatus();
        auto saved = db::SaveVisitorSettings(tx, *site, next, *expected,
                                             ToMicros(services_.clock.Now()));
        if (!saved.ok()) return saved.status();
        out->CopyFrom(saved->ToProto(*site));
        return absl::OkStatus();
      });
}

absl::Status SettingsDesk::ListSensitiveDataAccesses(
    const Call& call, const v1::ListSensitiveDataAccessesRequest& request,
    v1::ListSensitiveDataAccessesResponse* response) {
  auto scope = ParseListScope(services_.page_tokens, call,
                              {request.parent(), request.page_size(),
                               request.page_token(), request.filter()},
                              db::AccessFilterSchema());
  if (!scope.ok()) return scope.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    db::AccessQuery query;
    // One site, or every site (ADMIN) — a manager's "sites/-" narrows to
    // their own sites one by one.
    std::vector<std::string> sites = scope->site_ids;
    if (sites.size() > 1) {
      return InvalidField("parent",
                          "name one site: the access log is read per site");
    }
    query.site_id = sites.empty() ? "" : sites[0];
    query.terms = scope->terms;
    query.before = scope->page.after_pair();
    query.limit = scope->page.FetchLimit();
    auto accesses = db::ListSensitiveDataAccesses(tx, query);
    if (!accesses.ok()) return accesses.status();
    std::string next =
        scope->page.NextToken(*accesses, [](const v1::SensitiveDataAccess& a) {
          return std::make_pair(
              TimeUtil::TimestampToMicroseconds(a.create_time()),
              IdOfName(a.name()));
        });
    for (auto& access : *accesses) {
      *response->add_sensitive_data_accesses() = std::move(access);
    }
    response->set_next_page_token(next);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
