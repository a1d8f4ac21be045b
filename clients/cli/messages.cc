#include "clients/cli/messages.h"

#include <google/protobuf/descriptor.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <unordered_map>

#include "clients/cli/enums.h"
#include "clients/cli/messages_parts.h"

namespace frontdesk::cli {
namespace {

// key, 中文, English: the report renderers' labels first (report_labels.h),
// then the CLI's. Keep groups together; the test checks every entry.
const std::vector<Message> kMessages = {
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
    {"fig.truncated", "清单不全", "List cut short"},

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
    {"value.open_items_truncated",
     "未结事项超过清单上限，仅列出最早创建的部分；未结、超期数只计所列",
     "more open tickets than the list holds: only the oldest are listed, and "
     "the open and overdue counts are of those only"},
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
    {"enum.Ticket.Channel.APP", "网络/APP", "E-mail / app"},
    {"enum.Ticket.Channel.PATROL", "巡查发现", "Patrol"},
    // Ticket.Priority.
    {"enum.Ticket.Priority.NORMAL", "普通", "Normal"},
    {"enum.Ticket.Priority.URGENT", "紧急", "Urgent"},
    {"enum.Ticket.Priority.EMERGENCY", "特急", "Emergency"},
    // Ticket.Status.
    {"enum.Ticket.Status.NEW", "新建", "New"},
    {"enum.Ticket.Status.DISPATCHED", "已派工", "Dispatched"},
    {"enum.Ticket.Status.IN_PROGRESS", "处理中", "In progress"},
    {"enum.Ticket.Status.PENDING", "挂起", "Pending"},
    {"enum.Ticket.Status.RESOLVED", "已解决", "Resolved"},
    {"enum.Ticket.Status.CLOSED", "已关闭", "Closed"},
    {"enum.Ticket.Status.REOPENED", "已重开", "Reopened"},
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

    // Table headers (upper case) and view keys (lower case) of the CLI:
    // "head.<the English header>", looked up by Header().
    {"head.ABSENT", "缺勤", "ABSENT"},
    {"head.ACCEPTED BY", "接班人", "ACCEPTED BY"},
    {"head.ACTION", "操作", "ACTION"},
    {"head.ACTOR", "操作人", "ACTOR"},
    {"head.ADDRESS", "地址", "ADDRESS"},
    {"head.ALERT", "警报", "ALERT"},
    {"head.ASKED FOR", "申请", "ASKED FOR"},
    {"head.ASSIGNEE", "处理人", "ASSIGNEE"},
    {"head.AUTOMATIC", "自动", "AUTOMATIC"},
    {"head.BORROWER", "借用人", "BORROWER"},
    {"head.BREACHES", "超时", "BREACHES"},
    {"head.BUILDING", "楼栋", "BUILDING"},
    {"head.BY", "操作人", "BY"},
    {"head.CADENCE", "周期", "CADENCE"},
    {"head.CALLBACK", "回访", "CALLBACK"},
    {"head.CALLBACKS", "回访次数", "CALLBACKS"},
    {"head.CALLER", "回访人", "CALLER"},
    {"head.CHANNEL", "来源", "CHANNEL"},
    {"head.CHECKED", "已核对", "CHECKED"},
    {"head.CLAIMED", "申报", "CLAIMED"},
    {"head.COMMENT", "备注", "COMMENT"},
    {"head.CONSENT", "同意", "CONSENT"},
    {"head.CONTACT", "联系方式", "CONTACT"},
    {"head.COORDINATION", "沟通", "COORDINATION"},
    {"head.CORRECTION", "补卡", "CORRECTION"},
    {"head.CORRECTIONS", "补卡次数", "CORRECTIONS"},
    {"head.COUNTED", "清点", "COUNTED"},
    {"head.COUNTERPART", "对方", "COUNTERPART"},
    {"head.COUNTERSIGNED BY", "会签人", "COUNTERSIGNED BY"},
    {"head.COVERAGE", "覆盖率", "COVERAGE"},
    {"head.COVERAGE GAPS", "缺岗", "COVERAGE GAPS"},
    {"head.CREATED", "创建时间", "CREATED"},
    {"head.DATE", "日期", "DATE"},
    {"head.DEADLINE", "期限", "DEADLINE"},
    {"head.DEFAULT", "默认", "DEFAULT"},
    {"head.DELETED", "已删除", "DELETED"},
    {"head.DEPARTMENT", "部门", "DEPARTMENT"},
    {"head.DESCRIPTION", "说明", "DESCRIPTION"},
    {"head.DETAIL", "详情", "DETAIL"},
    {"head.DETAILS", "详情", "DETAILS"},
    {"head.DISPLAY NAME", "名称", "DISPLAY NAME"},
    {"head.DOCUMENT", "证件", "DOCUMENT"},
    {"head.DONE", "已回访", "DONE"},
    {"head.DUE", "到期", "DUE"},
    {"head.EARLY", "早退", "EARLY"},
    {"head.END", "结束", "END"},
    {"head.ENTRANCE", "出入口", "ENTRANCE"},
    {"head.ENTRY", "条目", "ENTRY"},
    {"head.EVENT", "事件", "EVENT"},
    {"head.EXPECTED", "应有", "EXPECTED"},
    {"head.EXPIRES", "失效时间", "EXPIRES"},
    {"head.FINAL", "最终", "FINAL"},
    {"head.FROM", "从", "FROM"},
    {"head.GAP", "缺口", "GAP"},
    {"head.GIVES", "让出", "GIVES"},
    {"head.GRANTS", "授权", "GRANTS"},
    {"head.HANDOVER", "交接班", "HANDOVER"},
    {"head.HANDOVER LATE", "交接迟到", "HANDOVER LATE"},
    {"head.HEAD", "负责人", "HEAD"},
    {"head.HEADCOUNT", "人数", "HEADCOUNT"},
    {"head.ID", "编号", "ID"},
    {"head.IN", "进", "IN"},
    {"head.INVENTORY", "物品清点", "INVENTORY"},
    {"head.IRREGULARITIES", "异常", "IRREGULARITIES"},
    {"head.ITEM", "事项", "ITEM"},
    {"head.ITEMS", "事项数", "ITEMS"},
    {"head.KIND", "类别", "KIND"},
    {"head.LAST CALLBACK", "最近回访", "LAST CALLBACK"},
    {"head.LATE", "迟到", "LATE"},
    {"head.LEAVE", "请假", "LEAVE"},
    {"head.LENGTH", "时长", "LENGTH"},
    {"head.LEVEL", "级别", "LEVEL"},
    {"head.LOCATION/UNIT", "位置/房号", "LOCATION/UNIT"},
    {"head.MANAGER AFTER", "主任审批时限", "MANAGER AFTER"},
    {"head.METHOD", "方法", "METHOD"},
    {"head.MISSED", "漏打卡", "MISSED"},
    {"head.MONTH", "月份", "MONTH"},
    {"head.NAME", "名称", "NAME"},
    {"head.NEED", "需要", "NEED"},
    {"head.NOTE", "备注", "NOTE"},
    {"head.NUMBER", "单号", "NUMBER"},
    {"head.OUT", "出", "OUT"},
    {"head.OVERDUE", "逾期", "OVERDUE"},
    {"head.OVERDUE BY", "逾期时长", "OVERDUE BY"},
    {"head.PASS", "通行证", "PASS"},
    {"head.PERSON", "人员", "PERSON"},
    {"head.PHONE", "电话", "PHONE"},
    {"head.PLAN", "方案", "PLAN"},
    {"head.PRIORITY", "紧急程度", "PRIORITY"},
    {"head.PROMISED", "承诺时间", "PROMISED"},
    {"head.PURPOSE", "事由", "PURPOSE"},
    {"head.RAISED BY", "发起人", "RAISED BY"},
    {"head.RATING", "评分", "RATING"},
    {"head.REASON", "原因", "REASON"},
    {"head.RECORD", "记录", "RECORD"},
    {"head.REFUSAL", "拒绝", "REFUSAL"},
    {"head.REFUSAL/VISIT", "拒绝/来访", "REFUSAL/VISIT"},
    {"head.REPORTER", "报告人", "REPORTER"},
    {"head.REQUESTER", "申请人", "REQUESTER"},
    {"head.RESOLVE", "办结时限", "RESOLVE"},
    {"head.RESOURCES", "资源", "RESOURCES"},
    {"head.RESPOND", "响应时限", "RESPOND"},
    {"head.RESULT", "结果", "RESULT"},
    {"head.REWORK", "返工", "REWORK"},
    {"head.ROOM", "房间", "ROOM"},
    {"head.SET BY", "设置人", "SET BY"},
    {"head.SHIFT", "班次", "SHIFT"},
    {"head.SHIFT START", "班次开始", "SHIFT START"},
    {"head.SIG", "签名", "SIG"},
    {"head.SITE", "项目", "SITE"},
    {"head.SITES", "项目", "SITES"},
    {"head.SLOT", "时段", "SLOT"},
    {"head.SOURCE", "来源", "SOURCE"},
    {"head.STAFF", "员工", "STAFF"},
    {"head.START", "开始", "START"},
    {"head.STATE", "状态", "STATE"},
    {"head.STATUS", "状态", "STATUS"},
    {"head.STEPS", "步骤", "STEPS"},
    {"head.SUBJECT", "事由", "SUBJECT"},
    {"head.SUPERVISOR AFTER", "主管审批时限", "SUPERVISOR AFTER"},
    {"head.SWAP", "换班", "SWAP"},
    {"head.SWAPS", "换班次数", "SWAPS"},
    {"head.TAG", "标签", "TAG"},
    {"head.TAKES", "换得", "TAKES"},
    {"head.TICKET", "工单", "TICKET"},
    {"head.TIME", "时间", "TIME"},
    {"head.TIME ZONE", "时区", "TIME ZONE"},
    {"head.TO", "至", "TO"},
    {"head.TRADE", "工种", "TRADE"},
    {"head.TYPE", "类型", "TYPE"},
    {"head.UNIT", "房号", "UNIT"},
    {"head.UNITS DUE", "应回访", "UNITS DUE"},
    {"head.UNTIL/OUT", "截止/离开", "UNTIL/OUT"},
    {"head.USES", "用途", "USES"},
    {"head.VALID FROM", "生效时间", "VALID FROM"},
    {"head.VENDOR", "供应商", "VENDOR"},
    {"head.VISIT", "来访", "VISIT"},
    {"head.VISITING", "拜访", "VISITING"},
    {"head.VISITOR", "访客", "VISITOR"},
    {"head.WATCHLIST ENTRY", "关注名单条目", "WATCHLIST ENTRY"},
    {"head.WORKED", "出勤", "WORKED"},
    {"head.WRITER", "填写人", "WRITER"},
    // View keys of a ticket, a work order and an event.
    {"head.name", "资源名", "name"},
    {"head.number", "单号", "number"},
    {"head.site", "项目", "site"},
    {"head.status", "状态", "status"},
    {"head.state", "状态", "state"},
    {"head.kind", "类别", "kind"},
    {"head.channel", "来源", "channel"},
    {"head.priority", "紧急程度", "priority"},
    {"head.route", "维修类别", "route"},
    {"head.complaint class", "投诉分类", "complaint class"},
    {"head.subject", "事由", "subject"},
    {"head.description", "内容", "description"},
    {"head.reporter", "报告人", "reporter"},
    {"head.unit", "房号", "unit"},
    {"head.location", "位置", "location"},
    {"head.phone", "电话", "phone"},
    {"head.assignee", "处理人", "assignee"},
    {"head.created", "受理时间", "created"},
    {"head.created by", "受理人", "created by"},
    {"head.updated", "更新时间", "updated"},
    {"head.dispatched", "派工时间", "dispatched"},
    {"head.resolved", "办结时间", "resolved"},
    {"head.closed", "关闭时间", "closed"},
    {"head.promised", "承诺时间", "promised"},
    {"head.first response due", "首次响应期限", "first response due"},
    {"head.resolution due", "办结期限", "resolution due"},
    {"head.callback due", "回访期限", "callback due"},
    {"head.callback attempts", "回访次数", "callback attempts"},
    {"head.rating", "满意度", "rating"},
    {"head.note", "备注", "note"},
    {"head.time", "时间", "time"},
    {"head.event", "事件", "event"},
    {"head.actor", "操作人", "actor"},
    {"head.vendor", "供应商", "vendor"},
    {"head.work done", "完成工作", "work done"},
    {"head.materials", "材料", "materials"},
    {"head.labour", "工时", "labour"},
    {"head.result", "结果", "result"},
    {"head.duplicate of", "重复于", "duplicate of"},
    {"head.escalated to", "升级至", "escalated to"},
    {"head.plan", "方案", "plan"},
    {"head.plan due", "方案期限", "plan due"},
    {"head.resident notice due", "告知住户期限", "resident notice due"},
    {"head.resident told", "已告知住户", "resident told"},

    // The ticket history's event types.
    {"enum.TicketEvent.Type.CREATED", "受理", "Created"},
    {"enum.TicketEvent.Type.UPDATED", "修改", "Updated"},
    {"enum.TicketEvent.Type.NOTE_ADDED", "备注", "Note added"},
    {"enum.TicketEvent.Type.DISPATCHED", "派工", "Dispatched"},
    {"enum.TicketEvent.Type.ARRIVAL_CONFIRMED", "到场确认",
     "Arrival confirmed"},
    {"enum.TicketEvent.Type.WORK_COMPLETED", "完工", "Work completed"},
    {"enum.TicketEvent.Type.PENDED", "挂起", "Pended"},
    {"enum.TicketEvent.Type.RESUMED", "恢复处理", "Resumed"},
    {"enum.TicketEvent.Type.PROMISE_CHANGED", "改承诺时间", "Promise changed"},
    {"enum.TicketEvent.Type.RESOLVED", "办结", "Resolved"},
    {"enum.TicketEvent.Type.CALLBACK_RECORDED", "回访", "Callback recorded"},
    {"enum.TicketEvent.Type.REOPENED", "重开", "Reopened"},
    {"enum.TicketEvent.Type.MARKED_UNFOUNDED", "判定投诉不成立",
     "Marked unfounded"},
    {"enum.TicketEvent.Type.MARKED_DUPLICATE", "判定重复", "Marked duplicate"},
    {"enum.TicketEvent.Type.CANCELLED", "取消", "Cancelled"},
    {"enum.TicketEvent.Type.ESCALATED", "升级", "Escalated"},
    {"enum.TicketEvent.Type.LINKED", "关联", "Linked"},
    {"enum.TicketEvent.Type.PLAN_AGREED", "确定方案", "Plan agreed"},
    {"enum.TicketEvent.Type.RESIDENT_NOTIFIED", "告知住户",
     "Resident notified"},

    // The "nothing" lines of empty lists, each printed on a line of its own.
    {"none.tickets", "没有工单", "no tickets"},
    {"none.callbacks_due", "没有到期的回访", "no callbacks due"},
    {"none.overdue", "没有逾期工单", "no overdue tickets"},
    {"none.escalations", "没有升级记录", "no escalations"},
    {"none.work_orders", "没有派工单", "no work orders"},
    {"none.sites", "没有项目", "no sites"},
    {"none.staff", "没有员工", "no staff members"},
    {"none.units", "{1} 下没有房号", "no units in {1}"},
    {"none.departments", "没有部门", "no departments"},
    {"none.vendors", "没有供应商", "no vendors"},
    {"none.visits", "没有来访登记", "no visits"},
    {"none.refusals", "没有拒绝记录", "no refusals"},
    {"none.alerts", "没有警报", "no alerts"},
    {"none.unmasked_reads", "没有查看明文记录", "no unmasked reads"},
    {"none.watchlist", "关注名单为空", "no watchlist entries"},
    {"none.passes", "没有访客通行证", "no visitor passes"},
    {"none.keys", "没有钥匙", "no keys"},
    {"none.shifts", "没有班次", "no shifts"},
    {"none.gaps", "没有缺岗:每个班次都有人", "no gaps: every shift is staffed"},
    {"none.handovers", "没有交接班记录", "no handovers"},
    {"none.swaps", "没有换班申请", "no shift swaps"},
    {"none.leave", "没有请假申请", "no leave applications"},
    {"none.holidays", "没有节假日或调休工作日:周一至周五上班",
     "no holidays or make-up working days: Monday to Friday work"},
    {"more.tickets", "还有更多工单:加 --page-token {1}(或 --all)",
     "more tickets: add --page-token {1} (or --all)"},

    // Words of the ticket views.
    {"word.empty", "(空)", "(empty)"},
    {"word.yes", "是", "yes"},
    {"word.breached", "已超时", "BREACHED"},

    // Help texts of the global options (main.cc).
    {"help.app",
     "frontdesk:前台的项目、员工、令牌、工单(来电来访记录)"
     "、部门、供应商、来访登记、值班和报表,在命令行中操作。",
     "frontdesk: sites, staff, access tokens, tickets, departments, vendors, "
     "the visitor register, the duty roster and the reports of the front desk "
     "(来电来访记录, 来访登记, 值班, 报表), from the command line."},
    {"help.server", "frontdeskd 的地址,host:port",
     "frontdeskd address, host:port"},
    {"help.token",
     "访问令牌;没有它和 FRONTDESK_TOKEN 时,从 FRONTDESK_TOKEN_FILE "
     "指定的文件读取(默认 ~/.config/frontdesk/token)",
     "bearer token; without it and FRONTDESK_TOKEN, read from the file named "
     "by FRONTDESK_TOKEN_FILE (default ~/.config/frontdesk/token)"},
    {"help.output", "输出格式:table 或 json;报表还可用 csv 或 html",
     "output format: table or json; reports also csv or html"},
    {"help.timeout", "每次调用的时限,秒", "deadline of each RPC, seconds"},
    {"help.tz",
     "输入和显示的本地时间所用时区,例如 "
     "Asia/Shanghai;默认:命令所涉项目的时区,否则 TZ(系统时区)",
     "time zone of typed and printed local times, e.g. Asia/Shanghai; default: "
     "the zone of the site the command is about, else TZ (the system's)"},
    {"help.lang",
     "表格、词语和提示的语言:zh(中文)或 en;默认:LC_ALL、LC_MESSAGES 或 LANG 以 "
     "zh 开头时为 zh,否则 en",
     "language of tables, words and messages: zh (中文) or en; default: zh "
     "when LC_ALL, LC_MESSAGES or LANG starts with zh, else en"},
    {"help.footer",
     "时间:输入的 \"2026-11-23 18:00\" 和表格中的时间按命令所涉项目的时区(它的 "
     "--site,或 sites/hx/visits/12 这样的名称、HX-20261123-0007 "
     "这样的工单编号中的项目);--tz / FRONTDESK_TZ "
     "可覆盖;涉及多个项目或不涉及项目的命令用 TZ。带时差的 RFC 3339 "
     "时间按其本义。",
     "Times: \"2026-11-23 18:00\" is read, and tables print times, in the time "
     "zone of the command's site (its --site, or the site in a name such as "
     "sites/hx/visits/12 or a ticket number HX-20261123-0007); --tz / "
     "FRONTDESK_TZ overrides it; commands about several sites or none use TZ. "
     "RFC 3339 times with an offset mean what they say."},

    // The human part of errors. The reason codes stay as the server sent
    // them; "reason.<REASON>" is a Chinese line printed after them.
    {"err.prefix", "错误: ", "error: "},
    {"err.no_token",
     "没有令牌:请设置 FRONTDESK_TOKEN 或 FRONTDESK_TOKEN_FILE,或使用 --token",
     "no token: set FRONTDESK_TOKEN or FRONTDESK_TOKEN_FILE, or pass --token"},
    {"err.document_output", "-o {1} 只用于报表命令;请用 -o table 或 -o json",
     "-o {1} is for the report commands; use -o table or -o json"},
    {"usage.unit_needs_site",
     "房号 \"{1}\" 需要指明项目:加 --site,或写全名 sites/{site}/units/{1}",
     "unit \"{1}\" needs its site: pass --site, or give the full name "
     "sites/{site}/units/{1}"},
    {"usage.ticket_id_without_site",
     "\"{1}\" 是不带项目的工单 id:请写 sites/{site}/tickets/{1} "
     "或工单编号,例如 HX-20261123-0007",
     "\"{1}\" is a ticket id without its site: give sites/{site}/tickets/{1} "
     "or the ticket number, e.g. HX-20261123-0007"},
    {"usage.nothing_to_update_ticket",
     "没有要修改的内容:请至少给出 --subject、--description、--priority、"
     "--kind、--channel、--complaint-class、--reporter-name、"
     "--reporter-phone、--location、--unit、--important 之一",
     "nothing to update: give at least one of --subject, --description, "
     "--priority, --kind, --channel, --complaint-class, --reporter-name, "
     "--reporter-phone, --location, --unit, --important"},
    {"reason.NOT_FOUND", "找不到该记录", "not found"},
    {"reason.PERMISSION_DENIED", "没有权限", "permission denied"},
    {"reason.UNAUTHENTICATED", "令牌无效或已过期",
     "the token is invalid or expired"},
    {"reason.UNAVAILABLE", "无法连接服务器", "the server cannot be reached"},
    {"reason.DEADLINE_EXCEEDED", "服务器响应超时", "the server took too long"},
    {"reason.INVALID_ARGUMENT", "输入有误", "invalid input"},
    {"reason.INVALID_FIELD", "字段填写有误", "a field is invalid"},
    {"reason.INVALID_FILTER", "筛选条件有误", "the filter is invalid"},
    {"reason.ALREADY_EXISTS", "记录已存在", "it exists already"},
    {"reason.FAILED_PRECONDITION", "当前状态不允许此操作",
     "the current state does not allow this"},
    {"reason.ETAG_MISMATCH", "记录已被他人修改,请重新获取后再试",
     "changed by someone else: get it again and retry"},
    {"reason.TICKET_NOT_OPEN", "工单已不在处理中", "the ticket is not open"},
    {"reason.SELF_APPROVAL", "不能审批自己的申请", "nobody approves their own"},
};

Lang cli_lang = Lang::kEn;
std::optional<Lang> lang_option;

// Built on first use, never at static initialization: the parts live in
// other files (messages_parts.h).
const std::vector<Message>& Catalogue() {
  static const auto* all = [] {
    auto* messages = new std::vector<Message>(kMessages);
    for (const auto* part : {&EnumMessages(), &ViewMessages(), &UsageMessages(),
                             &HelpMessages(), &DeskHelpMessages()}) {
      messages->insert(messages->end(), part->begin(), part->end());
    }
    return messages;
  }();
  return *all;
}

const std::unordered_map<std::string, const Message*>& Index() {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string, const Message*>();
    for (const Message& message : Catalogue()) {
      (*map)[message.key] = &message;
    }
    return map;
  }();
  return *index;
}

}  // namespace

const std::vector<Message>& AllMessages() { return Catalogue(); }

const Message* FindMessage(const std::string& key) {
  auto it = Index().find(key);
  return it == Index().end() ? nullptr : it->second;
}

const char* InLang(const Message& message, Lang lang) {
  return lang == Lang::kEn ? message.en : message.zh;
}

std::optional<Lang> LangOfWord(const std::string& word) {
  if (word == "zh") return Lang::kZh;
  if (word == "en") return Lang::kEn;
  return std::nullopt;
}

Lang LangOfEnvironment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    return std::string(value).rfind("zh", 0) == 0 ? Lang::kZh : Lang::kEn;
  }
  return Lang::kEn;
}

void SetCliLang(Lang lang) { cli_lang = lang; }
Lang CliLang() { return cli_lang; }

void SetLangOption(std::optional<Lang> lang) { lang_option = lang; }
Lang ReportDocumentLang() { return lang_option.value_or(Lang::kZh); }

std::string Msg(const std::string& key,
                std::initializer_list<std::string> args) {
  const Message* message = FindMessage(key);
  std::string text = message ? InLang(*message, cli_lang) : key;
  int n = 0;
  for (const std::string& arg : args) {
    const std::string placeholder = "{" + std::to_string(++n) + "}";
    for (size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + arg.size())) {
      text.replace(at, placeholder.size(), arg);
    }
  }
  return text;
}

std::vector<std::string> Placeholders(const std::string& text) {
  std::vector<std::string> found;
  for (size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    size_t close = open + 1;
    while (close < text.size() &&
           std::isdigit(static_cast<unsigned char>(text[close]))) {
      ++close;
    }
    if (close > open + 1 && close < text.size() && text[close] == '}') {
      found.push_back(text.substr(open, close - open + 1));
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::string Header(const std::string& english) {
  if (cli_lang == Lang::kEn) return english;
  const Message* message = FindMessage("head." + english);
  return message ? message->zh : english;
}

std::string EnumKey(const google::protobuf::EnumDescriptor* type,
                    const std::string& value_name) {
  std::string name = type->full_name();
  const std::string package = type->file()->package() + ".";
  if (name.rfind(package, 0) == 0) name = name.substr(package.size());
  return "enum." + name + "." + value_name;
}

std::string EnumText(const google::protobuf::EnumDescriptor* type, int number,
                     const std::string& prefix) {
  if (number == 0) return "";
  if (cli_lang == Lang::kZh) {
    const auto* value = type->FindValueByNumber(number);
    if (value != nullptr) {
      if (const Message* message = FindMessage(EnumKey(type, value->name()))) {
        return message->zh;
      }
    }
  }
  return EnumWord(type, number, prefix);
}

}  // namespace frontdesk::cli
