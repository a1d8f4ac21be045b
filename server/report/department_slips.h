// The weekly summary's department lines (DepartmentSlipSummary) counted
// from the slips of db/report/department_slips.h [REP-WEEKLY-TRANSFERS].
// Every slip already carries its judgement as at its site's period end, so
// the slips of several sites fold together into one company-wide list.
#ifndef FRONTDESK_SERVER_REPORT_DEPARTMENT_SLIPS_H_
#define FRONTDESK_SERVER_REPORT_DEPARTMENT_SLIPS_H_

#include <map>
#include <string>
#include <vector>

#include "db/report/department_slips.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk {

// The department a slip went to: the department itself, the vendor
// ("vendors/{id}"), or "" for a slip to a staff member directly.
std::string SlipDepartment(const std::string& assignee);

// One line per department, by issued descending (then by department): of
// the slips issued in the period, how many were issued, finished, still
// open and open past their agreed time, and reworked; the slips carried
// over from before the period and still open; the median time to report
// back of the finished ones; and of the finished ones that had an agreed
// time, those finished by it. display_name from `names` (HolderNames),
// else the department key; "" reads "未派给部门".
std::vector<v1::DepartmentSlipSummary> FoldDepartmentSlips(
    const std::vector<db::DepartmentSlip>& slips,
    const std::map<std::string, std::string>& names);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_DEPARTMENT_SLIPS_H_
