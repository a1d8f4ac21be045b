#include "server/report/report_settings_desk.h"

#include <optional>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/report/report_settings_store.h"
#include "server/idempotent.h"

namespace frontdesk {
namespace {

absl::StatusOr<std::string> ParseSettingsName(absl::string_view field,
                                              absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 3 || parts[0] != "sites" ||
      parts[2] != "reportSettings" || !CheckSiteId(field, parts[1]).ok()) {
    return InvalidField(field, "must be \"sites/{site}/reportSettings\"");
  }
  return std::string(parts[1]);
}

ReportSettingsValues ValuesOf(const db::ReportSettingsRow& row) {
  ReportSettingsValues v;
  v.complaint_deadline = absl::Seconds(row.complaint_deadline_s);
  v.dispatch_limit_normal = absl::Seconds(row.dispatch_limit_normal_s);
  v.dispatch_limit_urgent = absl::Seconds(row.dispatch_limit_urgent_s);
  v.effective_complaint_basis = row.effective_complaint_basis;
  v.satisfaction_target = row.satisfaction_target;
  v.resident_handover_date = row.resident_handover_date;
  return v;
}

db::ReportSettingsRow RowOf(const ReportSettingsValues& v) {
  db::ReportSettingsRow row;
  row.complaint_deadline_s = absl::ToInt64Seconds(v.complaint_deadline);
  row.dispatch_limit_normal_s = absl::ToInt64Seconds(v.dispatch_limit_normal);
  row.dispatch_limit_urgent_s = absl::ToInt64Seconds(v.dispatch_limit_urgent);
  row.effective_complaint_basis = v.effective_complaint_basis;
  row.satisfaction_target = v.satisfaction_target;
  row.resident_handover_date = v.resident_handover_date;
  return row;
}

// The stored row (nullopt: defaults) of an existing site.
absl::StatusOr<std::optional<db::ReportSettingsRow>> FindOfSite(
    db::Tx& tx, const std::string& site_id) {
  auto site = db::GetSite(tx, site_id);
  if (!site.ok()) return site.status();
  return db::FindReportSettings(tx, site_id);
}

v1::ReportSettings ProtoOf(const std::string& site_id,
                           const std::optional<db::ReportSettingsRow>& row) {
  if (!row) return ReportSettingsToProto(site_id, {}, true, 0, 0);
  return ReportSettingsToProto(site_id, ValuesOf(*row), false, row->update_us,
                               row->version);
}

}  // namespace

absl::StatusOr<ReportSettingsValues> LoadReportSettings(
    db::Tx& tx, const std::string& site_id) {
  auto row = db::FindReportSettings(tx, site_id);
  if (!row.ok()) return row.status();
  return *row ? ValuesOf(**row) : ReportSettingsValues{};
}

absl::Status ReportSettingsDesk::GetReportSettings(
    const Call& /*call*/, const v1::GetReportSettingsRequest& request,
    v1::ReportSettings* response) {
  auto site_id = ParseSettingsName("name", request.name());
  if (!site_id.ok()) return site_id.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto row = FindOfSite(tx, *site_id);
    if (!row.ok()) return row.status();
    *response = ProtoOf(*site_id, *row);
    return absl::OkStatus();
  });
}

absl::Status ReportSettingsDesk::UpdateReportSettings(
    const Call& call, const v1::UpdateReportSettingsRequest& request,
    v1::ReportSettings* response) {
  Violations v;
  auto site_id = ParseSettingsName("report_settings.name",
                                   request.report_settings().name());
  v.Merge(site_id.status());
  std::optional<long long> expected;
  if (!request.report_settings().etag().empty()) {
    auto etag =
        ParseEtag("report_settings.etag", request.report_settings().etag());
    v.Merge(etag.status());
    if (etag.ok()) expected = *etag;
  }
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "UpdateReportSettings", request,
      request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto site = db::GetSite(tx, *site_id);
        if (!site.ok()) return site.status();
        auto row = db::FindReportSettings(tx, *site_id);
        if (!row.ok()) return row.status();
        const ReportSettingsValues current =
            *row ? ValuesOf(**row) : ReportSettingsValues{};
        // The handover date may not be after the site's own today.
        absl::TimeZone zone = absl::UTCTimeZone();
        (void)absl::LoadTimeZone(site->time_zone(), &zone);
        auto next = ApplyReportSettingsUpdate(
            current, request.report_settings(), request.update_mask(),
            absl::ToCivilDay(services_.clock.Now(), zone));
        if (!next.ok()) return next.status();
        auto saved = db::SaveReportSettings(tx, *site_id, RowOf(*next),
                                            expected.value_or(-1),
                                            ToMicros(services_.clock.Now()));
        if (!saved.ok()) return saved.status();
        out->CopyFrom(ProtoOf(*site_id, *saved));
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
