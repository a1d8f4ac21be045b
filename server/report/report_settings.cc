#include "server/report/report_settings.h"

#include <google/protobuf/util/time_util.h>

#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

constexpr const char* kMutable[] = {
    "complaint_deadline",    "dispatch_limit_normal",
    "dispatch_limit_urgent", "effective_complaint_basis",
    "satisfaction_target",   "resident_handover_date"};

absl::Duration FromProto(const google::protobuf::Duration& d) {
  return absl::Seconds(d.seconds()) + absl::Nanoseconds(d.nanos());
}

google::protobuf::Duration ToProto(absl::Duration d) {
  return TimeUtil::SecondsToDuration(absl::ToInt64Seconds(d));
}

void CheckWithin(std::vector<FieldViolation>& v, const std::string& field,
                 absl::Duration value, absl::Duration min, absl::Duration max,
                 const std::string& limits) {
  if (value < min || value > max) {
    v.push_back({absl::StrCat("report_settings.", field),
                 absl::StrCat("must be ", limits)});
  }
}

}  // namespace

absl::StatusOr<ReportSettingsValues> ApplyReportSettingsUpdate(
    const ReportSettingsValues& current, const v1::ReportSettings& patch,
    const google::protobuf::FieldMask& mask, absl::CivilDay site_today) {
  std::vector<std::string> paths(mask.paths().begin(), mask.paths().end());
  if (paths.empty()) paths.assign(std::begin(kMutable), std::end(kMutable));
  ReportSettingsValues next = current;
  std::vector<FieldViolation> v;
  for (const std::string& path : paths) {
    if (path == "complaint_deadline") {
      next.complaint_deadline = FromProto(patch.complaint_deadline());
      CheckWithin(v, path, next.complaint_deadline, absl::Hours(1),
                  absl::Hours(24 * 30), "1 hour .. 30 days");
    } else if (path == "dispatch_limit_normal") {
      next.dispatch_limit_normal = FromProto(patch.dispatch_limit_normal());
      CheckWithin(v, path, next.dispatch_limit_normal, absl::Minutes(1),
                  absl::Hours(24), "1 minute .. 24 hours");
    } else if (path == "dispatch_limit_urgent") {
      next.dispatch_limit_urgent = FromProto(patch.dispatch_limit_urgent());
      CheckWithin(v, path, next.dispatch_limit_urgent, absl::Minutes(1),
                  absl::Hours(24), "1 minute .. 24 hours");
    } else if (path == "effective_complaint_basis") {
      next.effective_complaint_basis = patch.effective_complaint_basis();
      if (!v1::ReportSettings::EffectiveComplaintBasis_IsValid(
              next.effective_complaint_basis)) {
        v.push_back({"report_settings.effective_complaint_basis",
                     "must be UNITS or TICKETS"});
      }
    } else if (path == "satisfaction_target") {
      next.satisfaction_target = patch.satisfaction_target();
      if (!(next.satisfaction_target >= 0 && next.satisfaction_target <= 1)) {
        v.push_back({"report_settings.satisfaction_target",
                     "must be 0 (no target) .. 1"});
      }
    } else if (path == "resident_handover_date") {
      next.resident_handover_date = patch.resident_handover_date();
      absl::CivilDay day;
      const std::string& text = next.resident_handover_date;
      if (!text.empty() &&
          (text.size() != 10 || !absl::ParseCivilTime(text, &day) ||
           absl::FormatCivilTime(day) != text)) {
        v.push_back({"report_settings.resident_handover_date",
                     "must be a date \"YYYY-MM-DD\" or empty (not set)"});
      } else if (!text.empty() && day > site_today) {
        v.push_back({"report_settings.resident_handover_date",
                     "must not be after the site's today"});
      }
    } else {
      v.push_back(
          {"update_mask",
           absl::StrCat("\"", path,
                        "\" is not a mutable field of ReportSettings")});
    }
  }
  if (v.empty() && next.dispatch_limit_urgent > next.dispatch_limit_normal) {
    v.push_back({"report_settings.dispatch_limit_urgent",
                 "must not be longer than dispatch_limit_normal"});
  }
  if (!v.empty()) return InvalidFields(std::move(v));
  return next;
}

absl::Duration DispatchLimit(const ReportSettingsValues& settings,
                             int priority) {
  return priority == v1::Ticket::URGENT || priority == v1::Ticket::EMERGENCY
             ? settings.dispatch_limit_urgent
             : settings.dispatch_limit_normal;
}

v1::ReportSettings::EffectiveComplaintBasis EffectiveBasis(
    const ReportSettingsValues& settings) {
  return settings.effective_complaint_basis == v1::ReportSettings::TICKETS
             ? v1::ReportSettings::TICKETS
             : v1::ReportSettings::UNITS;
}

v1::ReportSettings ReportSettingsToProto(const std::string& site_id,
                                         const ReportSettingsValues& values,
                                         bool is_default, long long update_us,
                                         long long version) {
  v1::ReportSettings s;
  s.set_name(absl::StrCat("sites/", site_id, "/reportSettings"));
  *s.mutable_complaint_deadline() = ToProto(values.complaint_deadline);
  *s.mutable_dispatch_limit_normal() = ToProto(values.dispatch_limit_normal);
  *s.mutable_dispatch_limit_urgent() = ToProto(values.dispatch_limit_urgent);
  s.set_effective_complaint_basis(EffectiveBasis(values));
  s.set_satisfaction_target(values.satisfaction_target);
  s.set_resident_handover_date(values.resident_handover_date);
  s.set_is_default(is_default);
  if (!is_default) {
    *s.mutable_update_time() = TimeUtil::MicrosecondsToTimestamp(update_us);
    s.set_etag(absl::StrCat(version));
  }
  return s;
}

}  // namespace frontdesk
