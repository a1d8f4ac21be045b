#include "server/report/complaint_analysis.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/report/indicators.h"
#include "server/report/quality_indicators.h"
#include "server/report/report_figures.h"

namespace frontdesk {
namespace {

using google::protobuf::RepeatedPtrField;
using google::protobuf::util::TimeUtil;

v1::CategoryCount Category(const std::string& key, const std::string& label,
                           long long count) {
  v1::CategoryCount c;
  c.set_category(key);
  c.set_display_name(label);
  c.set_count(count);
  return c;
}

// Count descending, then key: the order of every ranked list here.
void SortByCount(RepeatedPtrField<v1::CategoryCount>* list) {
  std::sort(list->begin(), list->end(),
            [](const v1::CategoryCount& a, const v1::CategoryCount& b) {
              return std::make_tuple(-a.count(), a.category()) <
                     std::make_tuple(-b.count(), b.category());
            });
}

void KeepFirst(int n, RepeatedPtrField<v1::CategoryCount>* list) {
  while (list->size() > n) list->RemoveLast();
}

}  // namespace

void FillComplaintAnalysis(const ComplaintAnalysisInputs& in,
                           const ReportSettingsValues& settings,
                           v1::ComplaintAnalysis* r) {
  std::map<int, long long> by_class;
  std::map<std::string, long long> by_department, by_unit;
  long long founded = 0, unfounded = 0, open = 0;
  long long renegotiated = 0, kept_renegotiated = 0;
  long long reopened = 0, reopen_cycles = 0;
  for (const db::ComplaintFacts& c : in.complaints) {
    ++by_class[c.complaint_class];
    if (c.status == v1::Ticket::RESOLVED || c.status == v1::Ticket::CLOSED) {
      ++founded;
    } else if (c.status == v1::Ticket::UNFOUNDED) {
      ++unfounded;
    } else {
      ++open;
    }
    if (!c.plan_department.empty()) ++by_department[c.plan_department];
    if (!c.unit_id.empty()) ++by_unit[c.unit_id];
    if (c.renegotiated) {
      ++renegotiated;
      if (c.finished_us && c.promised_at_finish_us &&
          *c.finished_us <= *c.promised_at_finish_us) {
        ++kept_renegotiated;
      }
    }
    if (c.reopenings > 0) ++reopened;
    reopen_cycles += c.reopenings;
    if (c.escalated_to_manager || c.reopenings >= 2) {
      r->add_notable_tickets(TicketName(in.site_id, c.ticket_id));
    }
  }
  r->set_complaints(static_cast<long long>(in.complaints.size()));
  for (v1::CategoryCount& c : ComplaintClassCounts(std::move(by_class))) {
    *r->add_by_class() = std::move(c);
  }
  r->set_founded(founded);
  r->set_unfounded(unfounded);
  r->set_open(open);
  for (const auto& [department, count] : by_department) {
    auto name = in.department_names.find(department);
    *r->add_by_responsible_department() = Category(
        department,
        name != in.department_names.end() ? name->second : department, count);
  }
  SortByCount(r->mutable_by_responsible_department());
  *r->mutable_answered_24h() = ComplaintAnswered24h(in.complaints, in.as_of_us);
  *r->mutable_finished_in_deadline() = ComplaintFinishedInDeadline(
      in.complaints, settings.complaint_deadline, in.as_of_us);
  r->set_renegotiated(renegotiated);
  r->set_finished_by_renegotiated_time(kept_renegotiated);
  r->set_reopened(reopened);
  r->set_reopen_cycles(reopen_cycles);
  SetComplaintMedians(in.complaints, r);
  for (const auto& [unit, count] : by_unit) {
    if (count < 2) continue;
    *r->add_repeat_units() = Category(UnitName(in.site_id, unit), unit, count);
  }
  SortByCount(r->mutable_repeat_units());
  KeepFirst(kRepeatUnitsShown, r->mutable_repeat_units());
  r->set_previous_period_effective(in.previous_effective);
}

void SetComplaintMedians(const std::vector<db::ComplaintFacts>& complaints,
                         v1::ComplaintAnalysis* r) {
  std::vector<absl::Duration> to_answer, to_finish;
  for (const db::ComplaintFacts& c : complaints) {
    if (c.answered_us) {
      to_answer.push_back(absl::Microseconds(*c.answered_us - c.create_us));
    }
    if (c.finished_us) {
      to_finish.push_back(absl::Microseconds(*c.finished_us - c.create_us -
                                             PausedBefore(c, *c.finished_us)));
    }
  }
  *r->mutable_median_time_to_answer() = TimeUtil::MicrosecondsToDuration(
      absl::ToInt64Microseconds(Median(to_answer)));
  *r->mutable_median_time_to_finish() = TimeUtil::MicrosecondsToDuration(
      absl::ToInt64Microseconds(Median(to_finish)));
}

void AddComplaintAnalysis(const v1::ComplaintAnalysis& s,
                          v1::ComplaintAnalysis* t) {
  t->set_complaints(t->complaints() + s.complaints());
  AddCategoryCounts(s.by_class(), t->mutable_by_class());
  t->set_founded(t->founded() + s.founded());
  t->set_unfounded(t->unfounded() + s.unfounded());
  t->set_open(t->open() + s.open());
  AddCategoryCounts(s.by_responsible_department(),
                    t->mutable_by_responsible_department());
  SortByCount(t->mutable_by_responsible_department());
  *t->mutable_answered_24h() = AddRates(t->answered_24h(), s.answered_24h());
  *t->mutable_finished_in_deadline() =
      AddRates(t->finished_in_deadline(), s.finished_in_deadline());
  t->set_renegotiated(t->renegotiated() + s.renegotiated());
  t->set_finished_by_renegotiated_time(t->finished_by_renegotiated_time() +
                                       s.finished_by_renegotiated_time());
  t->set_reopened(t->reopened() + s.reopened());
  t->set_reopen_cycles(t->reopen_cycles() + s.reopen_cycles());
  for (const v1::CategoryCount& unit : s.repeat_units()) {
    *t->add_repeat_units() = unit;
  }
  SortByCount(t->mutable_repeat_units());
  KeepFirst(kRepeatUnitsShown, t->mutable_repeat_units());
  t->set_previous_period_effective(t->previous_period_effective() +
                                   s.previous_period_effective());
  for (const std::string& ticket : s.notable_tickets()) {
    t->add_notable_tickets(ticket);
  }
}

}  // namespace frontdesk
