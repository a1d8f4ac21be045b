// A site's report settings (ReportSettings): the values the indicators need
// that no seed fixes, their defaults, their limits and how an update
// applies [REP-SETTINGS].
#ifndef FRONTDESK_SERVER_REPORT_REPORT_SETTINGS_H_
#define FRONTDESK_SERVER_REPORT_REPORT_SETTINGS_H_

#include <google/protobuf/field_mask.pb.h>

#include <string>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk {

struct ReportSettingsValues {
  absl::Duration complaint_deadline = absl::Hours(72);
  absl::Duration dispatch_limit_normal = absl::Minutes(30);
  absl::Duration dispatch_limit_urgent = absl::Minutes(10);
  int effective_complaint_basis = v1::ReportSettings::UNITS;
  double satisfaction_target = 0;
  // The site's handover to its residents (交付), "YYYY-MM-DD"; "" when not
  // set. Decides the resident callback cadence (callback_cadence.h).
  std::string resident_handover_date;

  bool operator==(const ReportSettingsValues& o) const {
    return complaint_deadline == o.complaint_deadline &&
           dispatch_limit_normal == o.dispatch_limit_normal &&
           dispatch_limit_urgent == o.dispatch_limit_urgent &&
           effective_complaint_basis == o.effective_complaint_basis &&
           satisfaction_target == o.satisfaction_target &&
           resident_handover_date == o.resident_handover_date;
  }
};

// `current` with the fields of `mask` (all mutable fields when empty) taken
// from `patch`, each checked: INVALID_ARGUMENT naming
// "report_settings.<field>" (or "update_mask" for a field that is not
// mutable) and the limit it broke. resident_handover_date must be "" or a
// real date not after `site_today` (the site's today).
absl::StatusOr<ReportSettingsValues> ApplyReportSettingsUpdate(
    const ReportSettingsValues& current, const v1::ReportSettings& patch,
    const google::protobuf::FieldMask& mask,
    absl::CivilDay site_today = absl::CivilDay::max());

// The dispatch limit of a ticket of `priority` (Ticket.Priority number).
absl::Duration DispatchLimit(const ReportSettingsValues& settings,
                             int priority);

// The basis as it applies: UNSPECIFIED reads as UNITS.
v1::ReportSettings::EffectiveComplaintBasis EffectiveBasis(
    const ReportSettingsValues& settings);

// The API message of `values` for site `site_id`.
v1::ReportSettings ReportSettingsToProto(const std::string& site_id,
                                         const ReportSettingsValues& values,
                                         bool is_default, long long update_us,
                                         long long version);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_REPORT_SETTINGS_H_
