// The catalogue's words for the enum values of the directory, visitor,
// roster and work-order messages (messages.h): what tables and views print
// under zh, and the Chinese words accepted as input (enums.h). The ticket's
// own enums and the report's live in messages.cc beside their labels.
#include "clients/cli/messages_parts.h"

namespace frontdesk::cli {

const std::vector<Message>& EnumMessages() {
  static const auto* messages = new std::vector<Message>{
      // Approval.Action.
      {"enum.Approval.Action.VISITOR_DOCUMENT_WAIVER", "免登证件放行",
       "Visitor document waiver"},
      {"enum.Approval.Action.OFF_LIST_KEY_LOAN", "名单外借钥匙",
       "Off-list key loan"},
      {"enum.Approval.Action.WARRANTY_SIGNOFF", "保修整改签认",
       "Warranty sign-off"},
      {"enum.Approval.Action.TICKET_PLAN", "工单处理方案", "Ticket plan"},
      // Department.Kind.
      {"enum.Department.Kind.MAINTENANCE", "工程部", "Maintenance"},
      {"enum.Department.Kind.SECURITY", "秩序部", "Security"},
      {"enum.Department.Kind.CLEANING_GROUNDS", "环境部",
       "Cleaning and grounds"},
      {"enum.Department.Kind.CUSTOMER_SERVICE", "客服部", "Customer service"},
      {"enum.Department.Kind.OTHER", "其他部门", "Other"},
      // Vendor.Trade.
      {"enum.Vendor.Trade.TELECOM", "电信", "Telecom"},
      {"enum.Vendor.Trade.BROADBAND", "宽带", "Broadband"},
      {"enum.Vendor.Trade.WATER_HEATER", "热水器", "Water heater"},
      {"enum.Vendor.Trade.INTERCOM", "对讲", "Intercom"},
      {"enum.Vendor.Trade.DOOR", "门窗", "Door"},
      {"enum.Vendor.Trade.ELEVATOR", "电梯", "Elevator"},
      {"enum.Vendor.Trade.DEVELOPER_PROJECT_TEAM", "开发商项目组",
       "Developer's project team"},
      {"enum.Vendor.Trade.OTHER", "其他", "Other"},
      // ShiftDefinition.Kind.
      {"enum.ShiftDefinition.Kind.DAY", "白班", "Day"},
      {"enum.ShiftDefinition.Kind.NIGHT", "夜班", "Night"},
      // CalendarDay.Kind.
      {"enum.CalendarDay.Kind.HOLIDAY", "节假日", "Holiday"},
      {"enum.CalendarDay.Kind.MAKEUP_WORKDAY", "调休工作日",
       "Make-up working day"},
      // DutyAssignment.Status.
      {"enum.DutyAssignment.Status.SCHEDULED", "已排班", "Scheduled"},
      {"enum.DutyAssignment.Status.ON_DUTY", "在岗", "On duty"},
      {"enum.DutyAssignment.Status.RELIEVED", "已交班", "Relieved"},
      {"enum.DutyAssignment.Status.COMPLETED", "已完成", "Completed"},
      {"enum.DutyAssignment.Status.SWAPPED_OUT", "已换出", "Swapped out"},
      {"enum.DutyAssignment.Status.ON_LEAVE", "请假", "On leave"},
      {"enum.DutyAssignment.Status.CANCELLED", "已取消", "Cancelled"},
      {"enum.DutyAssignment.Status.ABSENT", "缺勤", "Absent"},
      // DutyAssignment.Origin.
      {"enum.DutyAssignment.Origin.PLANNED", "排班", "Planned"},
      {"enum.DutyAssignment.Origin.SWAP", "换班", "Swap"},
      {"enum.DutyAssignment.Origin.LEAVE_COVER", "顶班", "Leave cover"},
      // HandoverItem.Disposition.
      {"enum.HandoverItem.Disposition.PASSED_ON", "移交", "Passed on"},
      {"enum.HandoverItem.Disposition.FINISHED_TOGETHER", "共同办结",
       "Finished together"},
      // HandoverItem.Source.
      {"enum.HandoverItem.Source.WRITTEN", "手写", "Written"},
      {"enum.HandoverItem.Source.NEW_TICKET", "新工单", "New ticket"},
      {"enum.HandoverItem.Source.OVERDUE_TICKET", "超时工单", "Overdue ticket"},
      {"enum.HandoverItem.Source.CALLBACK_DUE", "待回访", "Callback due"},
      {"enum.HandoverItem.Source.WORK_ORDER_OVERDUE", "超时派工单",
       "Work order overdue"},
      {"enum.HandoverItem.Source.KEY_OUT", "钥匙未还", "Key out"},
      {"enum.HandoverItem.Source.VISITOR_ON_PREMISES", "访客在场",
       "Visitor on premises"},
      {"enum.HandoverItem.Source.PASS_EXPECTED", "预约访客", "Pass expected"},
      // ShiftSwap.Status.
      {"enum.ShiftSwap.Status.PROPOSED", "待对方同意", "Proposed"},
      {"enum.ShiftSwap.Status.AGREED", "待审批", "Agreed"},
      {"enum.ShiftSwap.Status.APPROVED", "已批准", "Approved"},
      {"enum.ShiftSwap.Status.DECLINED", "对方拒绝", "Declined"},
      {"enum.ShiftSwap.Status.REJECTED", "已驳回", "Rejected"},
      {"enum.ShiftSwap.Status.CANCELLED", "已撤销", "Cancelled"},
      {"enum.ShiftSwap.Status.EXPIRED", "已过期", "Expired"},
      // ApprovalStep.Decision.
      {"enum.ApprovalStep.Decision.APPROVED", "同意", "Approved"},
      {"enum.ApprovalStep.Decision.REJECTED", "驳回", "Rejected"},
      // LeaveApplication.Type.
      {"enum.LeaveApplication.Type.ANNUAL", "年假", "Annual leave"},
      {"enum.LeaveApplication.Type.SICK", "病假", "Sick leave"},
      {"enum.LeaveApplication.Type.PERSONAL", "事假", "Personal leave"},
      {"enum.LeaveApplication.Type.COMPENSATORY", "调休", "Time off in lieu"},
      {"enum.LeaveApplication.Type.MARRIAGE", "婚假", "Marriage leave"},
      {"enum.LeaveApplication.Type.MATERNITY", "产假", "Maternity leave"},
      {"enum.LeaveApplication.Type.PATERNITY", "陪产假", "Paternity leave"},
      {"enum.LeaveApplication.Type.BEREAVEMENT", "丧假", "Bereavement leave"},
      {"enum.LeaveApplication.Type.OTHER", "其他假", "Other leave"},
      // LeaveApplication.Status.
      {"enum.LeaveApplication.Status.PENDING", "待审批", "Pending"},
      {"enum.LeaveApplication.Status.APPROVED", "已批准", "Approved"},
      {"enum.LeaveApplication.Status.REJECTED", "已驳回", "Rejected"},
      {"enum.LeaveApplication.Status.CANCELLED", "已撤销", "Cancelled"},
      {"enum.LeaveApplication.Status.RETURNED", "已销假", "Returned"},
      // AttendanceRecord.Irregularity.
      {"enum.AttendanceRecord.Irregularity.LATE", "迟到", "Late"},
      {"enum.AttendanceRecord.Irregularity.HANDOVER_ARRIVAL_LATE",
       "接班未提前到岗", "Handover arrival late"},
      {"enum.AttendanceRecord.Irregularity.EARLY_LEAVE", "早退", "Early leave"},
      {"enum.AttendanceRecord.Irregularity.MISSED_CLOCK_IN", "上班漏打卡",
       "Missed clock-in"},
      {"enum.AttendanceRecord.Irregularity.MISSED_CLOCK_OUT", "下班漏打卡",
       "Missed clock-out"},
      {"enum.AttendanceRecord.Irregularity.ABSENT", "旷工", "Absent"},
      // AttendanceRecord.Source.
      {"enum.AttendanceRecord.Source.SELF", "本人打卡", "Self"},
      {"enum.AttendanceRecord.Source.TERMINAL", "考勤机", "Terminal"},
      {"enum.AttendanceRecord.Source.SUPERVISOR", "主管代录", "Supervisor"},
      {"enum.AttendanceRecord.Source.CORRECTION", "补卡", "Correction"},
      // AttendanceCorrection.Kind.
      {"enum.AttendanceCorrection.Kind.CLOCK_IN", "上班卡", "Clock-in"},
      {"enum.AttendanceCorrection.Kind.CLOCK_OUT", "下班卡", "Clock-out"},
      // AttendanceCorrection.Status.
      {"enum.AttendanceCorrection.Status.PENDING", "待审批", "Pending"},
      {"enum.AttendanceCorrection.Status.APPROVED", "已批准", "Approved"},
      {"enum.AttendanceCorrection.Status.REJECTED", "已驳回", "Rejected"},
      // AttendanceSummary.Breach.
      {"enum.AttendanceSummary.Breach.LATE_LIMIT", "迟到超限", "Late limit"},
      {"enum.AttendanceSummary.Breach.CORRECTION_LIMIT", "补卡超限",
       "Correction limit"},
      {"enum.AttendanceSummary.Breach.ANY_ABSENCE", "有旷工", "Any absence"},
      // EscalationLevel.
      {"enum.EscalationLevel.ESCALATION_LEVEL_SUPERVISOR", "客服主管",
       "Supervisor"},
      {"enum.EscalationLevel.ESCALATION_LEVEL_MANAGER", "管理处主任",
       "Manager"},
      // WorkOrder.State.
      {"enum.WorkOrder.State.OPEN", "待处理", "Open"},
      {"enum.WorkOrder.State.ARRIVED", "已到场", "Arrived"},
      {"enum.WorkOrder.State.COMPLETED", "已完工", "Completed"},
      {"enum.WorkOrder.State.SUPERSEDED", "已改派", "Superseded"},
      // TicketCallback.Result.
      {"enum.TicketCallback.Result.SATISFIED", "满意", "Satisfied"},
      {"enum.TicketCallback.Result.UNSATISFIED", "不满意", "Unsatisfied"},
      {"enum.TicketCallback.Result.UNREACHABLE", "未联系上", "Unreachable"},
      // ResidentCallback.Result (回访计划).
      {"enum.ResidentCallback.Result.REACHED", "已接通", "Reached"},
      {"enum.ResidentCallback.Result.UNREACHABLE", "未接通", "Unreachable"},
      // ResidentCallbackPlan.Cadence.
      {"enum.ResidentCallbackPlan.Cadence.MONTHLY", "每月", "Monthly"},
      {"enum.ResidentCallbackPlan.Cadence.QUARTERLY", "每季", "Quarterly"},
      // RateMetric.Direction.
      {"enum.RateMetric.Direction.AT_LEAST", "不低于", "At least"},
      {"enum.RateMetric.Direction.BELOW", "低于", "Below"},
      // IdentityDocument.Type.
      {"enum.IdentityDocument.Type.ID_CARD", "身份证", "ID card"},
      {"enum.IdentityDocument.Type.PASSPORT", "护照", "Passport"},
      {"enum.IdentityDocument.Type.HK_MACAO_PERMIT", "港澳通行证",
       "Hong Kong/Macao permit"},
      {"enum.IdentityDocument.Type.TAIWAN_PERMIT", "台湾通行证",
       "Taiwan permit"},
      {"enum.IdentityDocument.Type.RESIDENCE_PERMIT", "居住证",
       "Residence permit"},
      {"enum.IdentityDocument.Type.DRIVING_LICENSE", "驾驶证",
       "Driving licence"},
      {"enum.IdentityDocument.Type.EMPLOYEE_CARD", "工作证", "Employee card"},
      {"enum.IdentityDocument.Type.OTHER", "其他证件", "Other"},
      // Visit.Purpose.
      {"enum.Visit.Purpose.VISIT_RESIDENT", "探访住户", "Visiting a resident"},
      {"enum.Visit.Purpose.DELIVERY", "送货/快递", "Delivery"},
      {"enum.Visit.Purpose.RENOVATION", "装修", "Renovation"},
      {"enum.Visit.Purpose.REPAIR_SERVICE", "维修服务", "Repair service"},
      {"enum.Visit.Purpose.PROPERTY_VIEWING", "看房参观", "Property viewing"},
      {"enum.Visit.Purpose.OFFICIAL", "公务来访", "Official"},
      {"enum.Visit.Purpose.MOVING", "搬入搬出", "Moving"},
      {"enum.Visit.Purpose.OTHER", "其他事由", "Other"},
      // Visit.Status.
      {"enum.Visit.Status.ON_PREMISES", "在场", "On premises"},
      {"enum.Visit.Status.CHECKED_OUT", "已离开", "Checked out"},
      // VisitorAlert.Kind.
      {"enum.VisitorAlert.Kind.WATCHLIST_DENIED", "关注名单拒入",
       "Watchlist denied"},
      {"enum.VisitorAlert.Kind.WATCHLIST_ADMITTED", "关注名单放行",
       "Watchlist admitted"},
      // Refusal.Reason.
      {"enum.Refusal.Reason.NO_DOCUMENT", "无证件", "No document"},
      {"enum.Refusal.Reason.WATCHLIST", "关注名单", "Watchlist"},
      {"enum.Refusal.Reason.SUSPICIOUS", "形迹可疑", "Suspicious"},
      {"enum.Refusal.Reason.REFUSED_REGISTRATION", "拒绝登记",
       "Refused registration"},
      {"enum.Refusal.Reason.HOST_DECLINED", "住户拒绝", "Host declined"},
      {"enum.Refusal.Reason.OTHER", "其他原因", "Other"},
      // WatchlistEntry.Action.
      {"enum.WatchlistEntry.Action.DENY", "拒绝进入", "Deny"},
      {"enum.WatchlistEntry.Action.ALERT", "放行并警报", "Alert"},
      // VisitorPass.State.
      {"enum.VisitorPass.State.ACTIVE", "有效", "Active"},
      {"enum.VisitorPass.State.USED_UP", "已用完", "Used up"},
      {"enum.VisitorPass.State.EXPIRED", "已过期", "Expired"},
      {"enum.VisitorPass.State.CANCELLED", "已取消", "Cancelled"},
      // Key.Kind.
      {"enum.Key.Kind.VACANT_UNIT", "空置房", "Vacant unit"},
      {"enum.Key.Kind.ENTRUSTED_UNIT", "托管房", "Entrusted unit"},
      {"enum.Key.Kind.PUBLIC_AREA", "公共区域", "Public area"},
      // Key.State.
      {"enum.Key.State.IN_STORE", "在库", "In store"},
      {"enum.Key.State.ON_LOAN", "借出", "On loan"},
      {"enum.Key.State.RETIRED", "已注销", "Retired"},
      // Key.RetireReason.
      {"enum.Key.RetireReason.HANDED_OVER", "已移交", "Handed over"},
      {"enum.Key.RetireReason.LOST", "遗失", "Lost"},
      {"enum.Key.RetireReason.DESTROYED", "损毁", "Destroyed"},
      // KeyEvent.Type.
      {"enum.KeyEvent.Type.CREATED", "登记", "Created"},
      {"enum.KeyEvent.Type.UPDATED", "修改", "Updated"},
      {"enum.KeyEvent.Type.LENT", "借出", "Lent"},
      {"enum.KeyEvent.Type.RETURNED", "归还", "Returned"},
      {"enum.KeyEvent.Type.RETIRED", "注销", "Retired"},
  };
  return *messages;
}

}  // namespace frontdesk::cli
