#include "clients/cli/report_labels.h"

#include <google/protobuf/descriptor.h>

#include <atomic>
#include <unordered_map>

#include "clients/cli/enums.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk::cli {
namespace {

// key, 中文, English. Keep groups together; the test checks every entry.
const std::vector<ReportLabel> kLabels = {
    // Report titles.
    {"title.daily", "值班日报", "Daily duty report"},
    {"title.weekly", "周报", "Weekly summary"},
    {"title.monthly", "月度统计", "Monthly statistics"},
    {"title.complaints", "投诉分析", "Complaint analysis"},
    {"title.quality", "服务质量指标", "Service quality indicators"},
    {"title.staff", "员工工作量与考勤", "Staff workload and attendance"},
    {"title.open-items", "未结事项汇总", "Open items"},

    // The scope of a report.
    {"scope.heading", "报表范围", "Scope"},
    {"scope.site", "项目", "Site"},
    {"scope.all_sites", "全部项目", "All sites"},
    {"scope.time_zone", "时区", "Time zone"},
    {"scope.each_site_zone", "各项目按本地时区", "each site's own zone"},
    {"scope.period", "统计期间", "Period"},
    {"scope.to", "至", "to"},
    {"scope.generated", "生成时间", "Generated"},
    {"scope.data_as_of", "数据截至", "Data as of"},
    {"scope.definitions", "指标定义版本", "Definitions version"},
    {"scope.partial", "部分数据", "Partial"},
    {"scope.partial_yes", "是(期间含今天,数字仍会变化)",
     "yes (the period includes today; figures may still change)"},

    // Section headings.
    {"section.key_figures", "主要指标", "Key figures"},
    {"section.indicators", "质量指标", "Quality indicators"},
    {"section.tickets", "来电来访", "Calls and visits"},
    {"section.visitors_keys", "来访登记与钥匙", "Visitors and keys"},
    {"section.by_channel", "按渠道", "By channel"},
    {"section.by_kind", "按类别(与上月对比)",
     "By kind (against the previous month)"},
    {"section.shifts", "班次", "Shifts"},
    {"section.days", "每日数据", "Day by day"},
    {"section.departments", "信息传递单(按部门)",
     "Information slips by department"},
    {"section.repairs_by_route", "报修分类", "Repairs by route"},
    {"section.complaints_by_class", "投诉分类", "Complaints by class"},
    {"section.special_services", "特约服务项目", "Special services by item"},
    {"section.by_responsible_department", "责任部门",
     "By responsible department"},
    {"section.repeat_units", "重复投诉单元", "Units with repeat complaints"},
    {"section.notable_tickets", "重要投诉", "Important complaints"},
    {"section.satisfaction", "满意度明细", "Satisfaction by rating"},
    {"section.staff", "员工", "Staff"},
    {"section.open_group", "部门", "Department"},
    {"section.closed_since_previous", "上次核对后已结事项",
     "Closed since the previous checkpoint"},
    {"section.by_site", "按项目", "By site"},

    // Charts.
    {"chart.daily_volume", "每日受理量(按类别)", "Daily volume by kind"},
    {"chart.sla_trend", "按时办结率趋势", "SLA compliance trend"},
    {"chart.received_by_kind", "受理量(按类别)", "Received by kind"},
    {"chart.satisfaction", "满意度分布", "Satisfaction distribution"},
    {"chart.open_by_department", "未结事项(按部门)",
     "Open items by department"},

    // Figures.
    {"fig.month", "月份", "Month"},
    {"fig.received", "受理总量", "Received"},
    {"fig.previous_month", "上月受理", "Previous month"},
    {"fig.dispatched", "派单", "Dispatched"},
    {"fig.resolved", "办结", "Resolved"},
    {"fig.resolved_in_deadline", "按时办结率", "Resolved within deadline"},
    {"fig.callbacks", "回访", "Callbacks"},
    {"fig.callbacks_unsatisfied", "回访不满意", "Callbacks unsatisfied"},
    {"fig.night_callbacks_within_1h", "夜班1小时内回访率",
     "Night callbacks within 1 h"},
    {"fig.open_at_end", "日终未结", "Open at the end"},
    {"fig.overdue_at_end", "其中超时", "Of them overdue"},
    {"fig.escalated", "升级", "Escalated"},
    {"fig.visits", "来访登记", "Visits"},
    {"fig.refusals", "拒绝进入", "Refusals"},
    {"fig.overstays", "超时逗留", "Overstays"},
    {"fig.on_premises_at_end", "日终仍在场访客", "Visitors on premises"},
    {"fig.keys_lent", "钥匙借出", "Keys lent"},
    {"fig.keys_returned", "钥匙归还", "Keys returned"},
    {"fig.keys_out_at_end", "日终未还钥匙", "Keys out at the end"},
    {"fig.keys_overdue_at_end", "其中逾期", "Of them overdue"},
    {"fig.key_loans", "钥匙借用", "Key loans"},
    {"fig.callback_rate", "回访率", "Callback rate"},
    {"fig.complaint_answered_24h", "投诉24小时内回复率",
     "Complaints answered within 24 h"},
    {"fig.complaint_finished_in_deadline", "投诉按时办结率",
     "Complaints finished within the deadline"},
    {"fig.satisfaction_rate", "满意率", "Satisfaction rate"},
    {"fig.rated_callbacks", "有评价的回访", "Rated callbacks"},
    {"fig.effective_complaint_rate", "有效投诉率", "Effective complaint rate"},
    {"fig.information_timeliness", "信息传递及时率", "Information timeliness"},
    {"fig.information_accuracy", "信息传递正确率", "Information accuracy"},
    {"fig.arrival_confirmation_rate", "到场确认率",
     "Arrival confirmation rate"},
    {"fig.work_orders_on_time", "派工单按时完成率", "Work orders on time"},
    {"fig.complaints", "投诉", "Complaints"},
    {"fig.founded", "成立", "Founded"},
    {"fig.unfounded", "不成立", "Unfounded"},
    {"fig.open", "未结", "Open"},
    {"fig.overdue", "超时", "Overdue"},
    {"fig.renegotiated", "重新约定时间", "Promise renegotiated"},
    {"fig.finished_by_renegotiated_time", "按新约定时间完成",
     "Finished by the new time"},
    {"fig.reopened", "回访后重开", "Reopened"},
    {"fig.reopen_cycles", "重开次数", "Reopen cycles"},
    {"fig.median_time_to_answer", "回复时长中位数", "Median time to answer"},
    {"fig.median_time_to_finish", "办结时长中位数", "Median time to finish"},
    {"fig.previous_period_effective", "上期有效投诉",
     "Effective complaints, previous period"},
    {"fig.staff_count", "人数", "Staff"},
    {"fig.tickets_recorded", "记录工单", "Tickets recorded"},
    {"fig.worked_shifts", "出勤班次", "Shifts worked"},
    {"fig.late_count", "迟到", "Late"},
    {"fig.absence_count", "旷工", "Absent"},
    {"fig.checkpoint", "核对时点", "Checkpoint"},
    {"fig.cutoff_time", "截至", "As of"},
    {"fig.previous_cutoff_time", "上次核对", "Previous checkpoint"},
    {"fig.closed_since_previous", "上次核对后已结", "Closed since then"},

    // Table columns.
    {"col.indicator", "指标", "Indicator"},
    {"col.value", "数值", "Value"},
    {"col.target", "目标", "Target"},
    {"col.verdict", "是否达标", "Met"},
    {"col.site", "项目", "Site"},
    {"col.date", "日期", "Date"},
    {"col.kind", "类别", "Kind"},
    {"col.category", "分类", "Category"},
    {"col.count", "数量", "Count"},
    {"col.share", "占比", "Share"},
    {"col.change", "增减", "Change"},
    {"col.this_month", "本月", "This month"},
    {"col.previous_month", "上月", "Previous month"},
    {"col.channel", "渠道", "Channel"},
    {"col.received", "受理", "Received"},
    {"col.inquiry", "咨询", "Inquiry"},
    {"col.help", "求助", "Help"},
    {"col.repair", "报修", "Repair"},
    {"col.complaint", "投诉", "Complaint"},
    {"col.suggestion", "建议", "Suggestion"},
    {"col.praise", "表扬", "Praise"},
    {"col.special_service", "特约服务", "Special service"},
    {"col.dispatched", "派单", "Dispatched"},
    {"col.resolved", "办结", "Resolved"},
    {"col.resolved_in_deadline", "按时办结率", "In deadline"},
    {"col.callbacks", "回访", "Callbacks"},
    {"col.night_callbacks_within_1h", "夜班1小时回访", "Night callbacks 1 h"},
    {"col.open_at_end", "未结", "Open"},
    {"col.overdue_at_end", "超时", "Overdue"},
    {"col.escalated", "升级", "Escalated"},
    {"col.visits", "来访", "Visits"},
    {"col.keys_out_at_end", "未还钥匙", "Keys out"},
    {"col.key_loans", "钥匙借用", "Key loans"},
    {"col.shift", "班次", "Shift"},
    {"col.start", "开始", "Start"},
    {"col.end", "结束", "End"},
    {"col.staff", "员工", "Staff"},
    {"col.handover", "交接班", "Handover"},
    {"col.handover_items", "交接事项", "Items"},
    {"col.significant_items", "重要事项", "Significant"},
    {"col.arrived_early", "接班提前到岗", "Relief early"},
    {"col.attendance_irregularities", "考勤异常", "Attendance issues"},
    {"col.department", "部门", "Department"},
    {"col.issued", "发出", "Issued"},
    {"col.finished", "已反馈", "Finished"},
    {"col.open", "未结", "Open"},
    {"col.overdue", "超时", "Overdue"},
    {"col.open_not_overdue", "未超时", "Not overdue"},
    {"col.carried_over", "上期结转", "Carried over"},
    {"col.median_time_to_finish", "完成时长中位数", "Median to finish"},
    {"col.on_time", "按时率", "On time"},
    {"col.reworked", "返工", "Reworked"},
    {"col.callback_rate", "回访率", "Callback rate"},
    {"col.complaint_answered_24h", "投诉24h回复", "Answered 24 h"},
    {"col.complaint_finished_in_deadline", "投诉按时办结",
     "Finished in deadline"},
    {"col.information_timeliness", "信息传递及时率", "Info timeliness"},
    {"col.information_accuracy", "信息传递正确率", "Info accuracy"},
    {"col.satisfaction_rate", "满意率", "Satisfaction"},
    {"col.effective_complaint_rate", "有效投诉率", "Effective complaints"},
    {"col.arrival_confirmation_rate", "到场确认率", "Arrival confirmed"},
    {"col.work_orders_on_time", "派工按时", "Work orders on time"},
    {"col.complaints", "投诉", "Complaints"},
    {"col.founded", "成立", "Founded"},
    {"col.unfounded", "不成立", "Unfounded"},
    {"col.reopened", "重开", "Reopened"},
    {"col.ticket", "工单", "Ticket"},
    {"col.rating", "评价", "Rating"},
    {"col.roles", "岗位", "Roles"},
    {"col.staff_count", "人数", "Staff"},
    {"col.tickets_recorded", "记录工单", "Recorded"},
    {"col.dispatches_made", "派单", "Dispatches"},
    {"col.callbacks_made", "回访", "Callbacks"},
    {"col.work_orders_finished", "完成派工", "Work orders"},
    {"col.work_orders_reworked", "返工", "Reworked"},
    {"col.visits_registered", "来访登记", "Visits"},
    {"col.key_transactions", "钥匙收发", "Key records"},
    {"col.handovers_written", "交接班记录", "Handovers"},
    {"col.scheduled_shifts", "排班", "Scheduled"},
    {"col.worked_shifts", "出勤", "Worked"},
    {"col.worked_time", "工时", "Hours"},
    {"col.late_count", "迟到", "Late"},
    {"col.handover_arrival_late_count", "接班未提前", "Relief late"},
    {"col.early_leave_count", "早退", "Early leave"},
    {"col.absence_count", "旷工", "Absent"},
    {"col.missed_clock_count", "漏打卡", "Missed clock"},
    {"col.correction_count", "补卡", "Corrections"},
    {"col.swap_count", "换班", "Swaps"},
    {"col.leave_days", "请假天数", "Leave days"},
    {"col.overtime_minutes", "加班分钟", "Overtime min"},
    {"col.number", "单号", "Number"},
    {"col.priority", "优先级", "Priority"},
    {"col.status", "状态", "Status"},
    {"col.subject", "事由", "Subject"},
    {"col.unit", "单元/位置", "Unit / location"},
    {"col.assignee", "处理人", "Assignee"},
    {"col.created", "受理时间", "Created"},
    {"col.age", "已历时", "Age"},
    {"col.due", "应完成", "Due"},
    {"col.novelty", "新增/结转", "New / carried"},
    {"col.closed_since_previous", "已结", "Closed"},

    // Values.
    {"value.yes", "是", "yes"},
    {"value.no", "否", "no"},
    {"value.none", "无", "none"},
    {"value.now", "当前", "now"},
    {"value.total", "合计", "Total"},
    {"value.no_department", "未指定部门", "No department"},

    // RateMetric.
    {"rate.target", "目标", "target"},
    {"rate.met", "达标", "met"},
    {"rate.missed", "未达标", "missed"},

    // The HTML page.
    {"html.partial_banner", "部分数据:统计期间包含今天,数字仍会变化。",
     "Partial: the period includes today; the figures may still change."},
    {"html.no_data", "无数据", "no data"},
    {"html.footer", "由 frontdesk 生成", "Generated by frontdesk"},

    // Ticket.Kind.
    {"enum.Ticket.Kind.INQUIRY", "咨询", "Inquiry"},
    {"enum.Ticket.Kind.HELP", "求助", "Help request"},
    {"enum.Ticket.Kind.REPAIR", "报修", "Repair"},
    {"enum.Ticket.Kind.COMPLAINT", "投诉", "Complaint"},
    {"enum.Ticket.Kind.SUGGESTION", "建议", "Suggestion"},
    {"enum.Ticket.Kind.PRAISE", "表扬", "Praise"},
    {"enum.Ticket.Kind.SPECIAL_SERVICE", "特约服务", "Special service"},
    // Ticket.Channel.
    {"enum.Ticket.Channel.PHONE", "来电", "Phone"},
    {"enum.Ticket.Channel.WALK_IN", "来访", "Walk-in"},
    {"enum.Ticket.Channel.LETTER", "来函", "Letter"},
    {"enum.Ticket.Channel.APP", "邮件/App", "E-mail / app"},
    {"enum.Ticket.Channel.PATROL", "巡查发现", "Patrol"},
    // Ticket.Priority.
    {"enum.Ticket.Priority.NORMAL", "一般", "Normal"},
    {"enum.Ticket.Priority.URGENT", "紧急", "Urgent"},
    {"enum.Ticket.Priority.EMERGENCY", "特急", "Emergency"},
    // Ticket.Status.
    {"enum.Ticket.Status.NEW", "新建", "New"},
    {"enum.Ticket.Status.DISPATCHED", "已派单", "Dispatched"},
    {"enum.Ticket.Status.IN_PROGRESS", "处理中", "In progress"},
    {"enum.Ticket.Status.PENDING", "挂起", "Pending"},
    {"enum.Ticket.Status.RESOLVED", "已办结", "Resolved"},
    {"enum.Ticket.Status.CLOSED", "已关闭", "Closed"},
    {"enum.Ticket.Status.REOPENED", "重开", "Reopened"},
    {"enum.Ticket.Status.UNFOUNDED", "投诉不成立", "Unfounded"},
    {"enum.Ticket.Status.DUPLICATE", "重复", "Duplicate"},
    {"enum.Ticket.Status.CANCELLED", "已取消", "Cancelled"},
    // Ticket.ComplaintClass.
    {"enum.Ticket.ComplaintClass.SERVICE", "服务类", "Service"},
    {"enum.Ticket.ComplaintClass.FACILITY", "设施类", "Facility"},
    // RepairRoute (004 §4.1).
    {"enum.RepairRoute.REPAIR_ROUTE_OWN_MAINTENANCE", "工程类",
     "Own maintenance"},
    {"enum.RepairRoute.REPAIR_ROUTE_DEVELOPER_WARRANTY", "整改类",
     "Developer warranty"},
    {"enum.RepairRoute.REPAIR_ROUTE_EXTERNAL_VENDOR", "其他类",
     "External vendor"},
    {"enum.RepairRoute.REPAIR_ROUTE_COORDINATION", "沟通类", "Coordination"},
    // Handover.Status.
    {"enum.Handover.Status.DRAFT", "草稿", "Draft"},
    {"enum.Handover.Status.SUBMITTED", "待接班", "Submitted"},
    {"enum.Handover.Status.ACCEPTED", "已接班", "Accepted"},
    // StaffMember.Role.
    {"enum.StaffMember.Role.RECEPTIONIST", "接待员", "Receptionist"},
    {"enum.StaffMember.Role.SUPERVISOR", "客服主管", "Supervisor"},
    {"enum.StaffMember.Role.MANAGER", "管理处主任", "Manager"},
    {"enum.StaffMember.Role.MAINTENANCE", "维修工", "Maintenance"},
    {"enum.StaffMember.Role.SECURITY", "保安", "Security"},
    {"enum.StaffMember.Role.BUTLER", "管家", "Butler"},
    {"enum.StaffMember.Role.ADMIN", "系统管理员", "Administrator"},
    {"enum.StaffMember.Role.SERVICE", "服务账号(旧)", "Service (retired)"},
    {"enum.StaffMember.Role.RESIDENT_APP", "住户App", "Residents' app"},
    {"enum.StaffMember.Role.CLOCK_TERMINAL", "考勤终端", "Clock terminal"},
    {"enum.StaffMember.Role.REPORT_JOB", "报表任务", "Report job"},
    {"enum.StaffMember.Role.VENDOR_CONTACT", "供应商联系人", "Vendor contact"},
    // OpenItem.Novelty.
    {"enum.OpenItem.Novelty.NEW", "新增", "New"},
    {"enum.OpenItem.Novelty.CARRIED", "结转", "Carried"},
    // OpenItemsList.Checkpoint.
    {"enum.OpenItemsList.Checkpoint.MORNING_1100", "11:00", "11:00"},
    {"enum.OpenItemsList.Checkpoint.AFTERNOON_1430", "14:30", "14:30"},
    // ReportSettings.EffectiveComplaintBasis.
    {"enum.ReportSettings.EffectiveComplaintBasis.UNITS", "按户数", "Per unit"},
    {"enum.ReportSettings.EffectiveComplaintBasis.TICKETS", "按受理量",
     "Per ticket"},

    // CategoryCount keys.
    {"category.route.OWN_MAINTENANCE", "工程类", "Own maintenance"},
    {"category.route.DEVELOPER_WARRANTY", "整改类", "Developer warranty"},
    {"category.route.EXTERNAL_VENDOR", "其他类", "External vendor"},
    {"category.route.COORDINATION", "沟通类", "Coordination"},
    {"category.route.UNROUTED", "未分类", "Not routed yet"},
    {"category.complaint_class.SERVICE", "服务类", "Service"},
    {"category.complaint_class.FACILITY", "设施类", "Facility"},
    {"category.rating.VERY_SATISFIED", "非常满意", "Very satisfied"},
    {"category.rating.SATISFIED", "满意", "Satisfied"},
    {"category.rating.NEUTRAL", "一般", "Neutral"},
    {"category.rating.UNSATISFIED", "不满意", "Unsatisfied"},
    {"category.rating.VERY_UNSATISFIED", "非常不满意", "Very unsatisfied"},
};

std::atomic<int> missing_lookups{0};

const std::unordered_map<std::string, const ReportLabel*>& Index() {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string, const ReportLabel*>();
    for (const ReportLabel& label : kLabels) (*map)[label.key] = &label;
    return map;
  }();
  return *index;
}

const ReportLabel* Find(const std::string& key) {
  auto it = Index().find(key);
  return it == Index().end() ? nullptr : it->second;
}

const char* InLang(const ReportLabel& label, ReportLang lang) {
  return lang == ReportLang::kEn ? label.en : label.zh;
}

}  // namespace

std::optional<ReportLang> ReportLangOfWord(const std::string& word) {
  if (word == "zh") return ReportLang::kZh;
  if (word == "en") return ReportLang::kEn;
  return std::nullopt;
}

std::string ReportLangTag(ReportLang lang) {
  return lang == ReportLang::kEn ? "en" : "zh-CN";
}

const std::vector<ReportLabel>& AllReportLabels() { return kLabels; }

std::string Label(const std::string& key, ReportLang lang) {
  if (const ReportLabel* label = Find(key)) return InLang(*label, lang);
  ++missing_lookups;
  return key;
}

int MissingReportLabelLookups() { return missing_lookups.load(); }

std::string EnumLabel(const google::protobuf::EnumDescriptor* type, int number,
                      ReportLang lang) {
  if (number == 0) return "";
  const google::protobuf::EnumValueDescriptor* value =
      type->FindValueByNumber(number);
  if (value != nullptr) {
    std::string name = type->full_name();
    const std::string package = type->file()->package() + ".";
    if (name.rfind(package, 0) == 0) name = name.substr(package.size());
    if (const ReportLabel* label = Find("enum." + name + "." + value->name())) {
      return InLang(*label, lang);
    }
  }
  ++missing_lookups;
  return EnumWord(type, number);
}

std::string CategoryLabel(const std::string& group, const std::string& key,
                          const std::string& display_name, ReportLang lang) {
  if (const ReportLabel* label = Find("category." + group + "." + key)) {
    return InLang(*label, lang);
  }
  return display_name.empty() ? key : display_name;
}

std::vector<const google::protobuf::EnumDescriptor*> ReportEnums() {
  return {v1::Ticket::Kind_descriptor(),
          v1::Ticket::Channel_descriptor(),
          v1::Ticket::Priority_descriptor(),
          v1::Ticket::Status_descriptor(),
          v1::Ticket::ComplaintClass_descriptor(),
          v1::RepairRoute_descriptor(),
          v1::Handover::Status_descriptor(),
          v1::StaffMember::Role_descriptor(),
          v1::OpenItem::Novelty_descriptor(),
          v1::OpenItemsList::Checkpoint_descriptor(),
          v1::ReportSettings::EffectiveComplaintBasis_descriptor()};
}

}  // namespace frontdesk::cli
