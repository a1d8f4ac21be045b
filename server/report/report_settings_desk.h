// ReportService's settings RPCs: GetReportSettings and UpdateReportSettings
// ("sites/{site}/reportSettings") [REP-SETTINGS]. The rules are
// report_settings.h; the SQL db/report/report_settings_store.h.
#ifndef FRONTDESK_SERVER_REPORT_REPORT_SETTINGS_DESK_H_
#define FRONTDESK_SERVER_REPORT_REPORT_SETTINGS_DESK_H_

#include <string>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "frontdesk/v1/report_service.pb.h"
#include "server/desk.h"
#include "server/report/report_settings.h"

namespace frontdesk {

// The settings of `site_id` in force: the stored ones, else the defaults.
absl::StatusOr<ReportSettingsValues> LoadReportSettings(
    db::Tx& tx, const std::string& site_id);

class ReportSettingsDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetReportSettings(const Call& call,
                                 const v1::GetReportSettingsRequest& request,
                                 v1::ReportSettings* response);
  absl::Status UpdateReportSettings(
      const Call& call, const v1::UpdateReportSettingsRequest& request,
      v1::ReportSettings* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_REPORT_SETTINGS_DESK_H_
