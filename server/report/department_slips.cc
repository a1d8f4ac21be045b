#include "server/report/department_slips.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <tuple>

#include "absl/strings/match.h"
#include "server/report/indicators.h"

namespace frontdesk {
namespace {

struct Tally {
  v1::DepartmentSlipSummary summary;
  std::vector<absl::Duration> times_to_finish;
  long long promised_finished = 0, kept = 0;
};

}  // namespace

std::string SlipDepartment(const std::string& assignee) {
  if (absl::StartsWith(assignee, "vendors/")) return assignee;
  if (absl::StartsWith(assignee, "sites/") &&
      absl::StrContains(assignee, "/departments/")) {
    return assignee;
  }
  return "";
}

std::vector<v1::DepartmentSlipSummary> FoldDepartmentSlips(
    const std::vector<db::DepartmentSlip>& slips,
    const std::map<std::string, std::string>& names) {
  std::map<std::string, Tally> by_department;
  for (const db::DepartmentSlip& slip : slips) {
    Tally& t = by_department[SlipDepartment(slip.assignee)];
    v1::DepartmentSlipSummary& s = t.summary;
    if (!slip.issued_in_window) {
      if (slip.open) s.set_carried_over(s.carried_over() + 1);
      continue;
    }
    s.set_issued(s.issued() + 1);
    if (slip.open) s.set_open(s.open() + 1);
    if (slip.overdue) s.set_overdue(s.overdue() + 1);
    if (slip.reworked) s.set_reworked(s.reworked() + 1);
    if (!slip.finished_us) continue;
    s.set_finished(s.finished() + 1);
    t.times_to_finish.push_back(
        absl::Microseconds(*slip.finished_us - slip.issue_us));
    if (slip.promised_us) {
      ++t.promised_finished;
      if (*slip.finished_us <= *slip.promised_us) ++t.kept;
    }
  }
  std::vector<v1::DepartmentSlipSummary> out;
  for (auto& [department, t] : by_department) {
    v1::DepartmentSlipSummary s = std::move(t.summary);
    s.set_department(department);
    auto name = names.find(department);
    s.set_display_name(name != names.end()  ? name->second
                       : department.empty() ? "未派给部门"
                                            : department);
    *s.mutable_median_time_to_finish() =
        google::protobuf::util::TimeUtil::MicrosecondsToDuration(
            absl::ToInt64Microseconds(Median(t.times_to_finish)));
    *s.mutable_on_time() =
        Rate(t.kept, t.promised_finished, 1.0, v1::RateMetric::AT_LEAST);
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(),
            [](const v1::DepartmentSlipSummary& a,
               const v1::DepartmentSlipSummary& b) {
              return std::make_tuple(-a.issued(), a.department()) <
                     std::make_tuple(-b.issued(), b.department());
            });
  return out;
}

}  // namespace frontdesk
