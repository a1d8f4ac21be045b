// The catalogue's human part of usage errors and notes (messages.h): what
// the commands throw as UsageError or print on stderr, and the words put
// around CLI11's own parse errors (main.cc). Reason codes never come from
// here; {site} and {id} in a text are literal, only {1}, {2} ... are
// replaced.
#include "clients/cli/messages_parts.h"

namespace frontdesk::cli {

const std::vector<Message>& UsageMessages() {
  static const auto* messages = new std::vector<Message>{
      // Usage errors of the commands (exit 2).
      {"usage.ticket_or_key", "--ticket 和 --key 只能给一个",
       "give --ticket or --key, not both"},
      {"usage.not_staff_name", "\"{1}\" 不是 staff/{staff}/... 形式的名称",
       "\"{1}\" is not a staff/{staff}/... name"},
      {"usage.reject_needs_comment", "--reject 需要 --comment(驳回理由)",
       "--reject needs --comment"},
      {"usage.status_month_need_corrections",
       "--status 和 --month 需要同时给 --corrections",
       "--status and --month need --corrections"},
      {"usage.holiday_makeup_normal",
       "请给出 --holiday、--makeup 或 --normal 之一",
       "give one of --holiday, --makeup or --normal"},
      {"usage.year_or_range", "请给出 --year,或 --from 和 --to",
       "give --year, or --from and --to"},
      {"usage.keep_no_item", "--keep {1}:该交接班没有编号为 {1} 的手写事项",
       "--keep {1}: the handover has no written item {1}"},
      {"usage.nothing_to_change_handover",
       "没有要修改的内容:请给出 --log、--item、--significant-item 或 --keep",
       "nothing to change: give --log, --item, --significant-item or --keep"},
      {"usage.item_equals_value", "{1} \"{2}\":应为 物品=数量,例如 radio=6",
       "{1} \"{2}\": must be ITEM=VALUE, e.g. radio=6"},
      {"usage.say_which_checked",
       "请说明核对了哪些事项:--ack-all,或对每项用 --ack ID",
       "say which items you checked: --ack-all, or --ack ID for each"},
      {"usage.count_not_number", "--count {1}:数量必须是数字",
       "--count {1}: the count must be a number"},
      {"usage.document_type_and_number", "证件需要同时给出类型和号码",
       "a document needs both its type and its number"},
      {"usage.unknown_document_type", "未知的证件类型 \"{1}\"",
       "unknown document type \"{1}\""},
      {"usage.staff_lookup_failed", "无法在员工中查找 \"{1}\"",
       "could not look up \"{1}\" among the staff"},
      {"usage.several_staff", "\"{1}\" 是多名员工的名称,请指明其中一位:{2}",
       "\"{1}\" is the display name of several staff members; name one of "
       "them:{2}"},
      {"usage.authorized_person_form",
       "--authorized-person 的格式是 \"姓名,电话[,证件类型:号码]\",例如 "
       "\"李师傅,13900002222,id-card:110101199003071233\"",
       "--authorized-person takes \"name,phone[,type:number]\", e.g. "
       "\"李师傅,13900002222,id-card:110101199003071233\""},
      {"usage.authorized_person_document",
       "--authorized-person 的证件写作 类型:号码,例如 "
       "id-card:110101199003071233",
       "the document of --authorized-person is type:number, e.g. "
       "id-card:110101199003071233"},
      {"usage.authorized_not_staff",
       "--authorized \"{1}\" 不是员工;员工以外的人请用 --authorized-person "
       "\"姓名,电话[,证件类型:号码]\"",
       "--authorized \"{1}\" is not a staff member; name a person outside the "
       "staff with --authorized-person \"name,phone[,type:number]\""},
      {"usage.assignee_lacks_id", "处理人 \"{1}\" 在 \"{2}\" 后缺少 id",
       "assignee \"{1}\" lacks the id after \"{2}\""},
      {"usage.department_needs_site",
       "部门 \"{1}\" 需要指明项目:加 --site,或写全名 "
       "sites/{site}/departments/{1}",
       "department \"{1}\" needs its site: pass --site, or give the full name "
       "sites/{site}/departments/{1}"},
      {"usage.assignee_empty", "处理人为空", "the assignee is empty"},
      {"usage.department_needs_ticket_site",
       "部门 \"{1}\" 需要工单所在项目:请写 sites/{site}/tickets/{id} "
       "或工单编号,或写部门全名 sites/{site}/departments/{1}",
       "department \"{1}\" needs the ticket's site: give the ticket as "
       "sites/{site}/tickets/{id} or by its number, or the full name "
       "sites/{site}/departments/{1}"},
      {"usage.nothing_to_update_department",
       "没有要修改的内容:请至少给出 --display-name、--kind、--head、--phone "
       "之一",
       "nothing to update: give at least one of --display-name, --kind, "
       "--head, --phone"},
      {"usage.nothing_to_update_vendor",
       "没有要修改的内容:请至少给出 "
       "--display-name、--trade、--contact-name、--phone、--response-"
       "deadline、--sites、--all-sites 之一",
       "nothing to update: give at least one of --display-name, --trade, "
       "--contact-name, --phone, --response-deadline, --sites, --all-sites"},
      {"usage.not_a_report", "--kind {1} 不是报表",
       "--kind {1} is not a report"},
      {"usage.nothing_to_set_report",
       "请至少给出 "
       "--complaint-deadline、--dispatch-limit-normal、--dispatch-limit-"
       "urgent、--effective-complaint-basis、--satisfaction-target、"
       "--resident-handover-date 之一",
       "give at least one of --complaint-deadline, --dispatch-limit-normal, "
       "--dispatch-limit-urgent, --effective-complaint-basis, "
       "--satisfaction-target, --resident-handover-date"},
      {"usage.inventory_form",
       "--inventory \"{1}\" 应为 编号=名称:数量,例如 radio=对讲机:4",
       "--inventory \"{1}\" must be ID=NAME:COUNT, e.g. radio=对讲机:4"},
      {"usage.parent_or_unlink", "请给出 --parent PARENT 或 --unlink 之一",
       "give either --parent PARENT or --unlink"},
      {"usage.since_not_time", "--since 不是时间", "--since is not a time"},
      {"usage.nothing_to_update_sla",
       "请至少给出 "
       "--respond、--resolve、--callback、--plan、--coordination、--supervisor-"
       "after、--manager-after 之一",
       "give at least one of --respond, --resolve, --callback, --plan, "
       "--coordination, --supervisor-after, --manager-after"},
      {"usage.not_duration", "\"{1}\" 不是时长", "\"{1}\" is not a duration"},
      {"usage.no_document_and_id", "--no-document 和 --id-number 不能同时使用",
       "--no-document and --id-number exclude each other"},
      {"usage.no_document_needs_approval",
       "--no-document 需要主管的 --approval 授权码(由 `frontdesk approval "
       "create --action visitor-document-waiver` 生成);主管本人放行时用 "
       "--waiver-reason",
       "--no-document needs a supervisor's --approval CODE (from `frontdesk "
       "approval create --action visitor-document-waiver`), or --waiver-reason "
       "when you are the supervisor admitting the visitor"},
      {"usage.waiver_options_need_no_document",
       "--approval、--authorized-by 和 --waiver-reason 只用于 --no-document",
       "--approval, --authorized-by and --waiver-reason are for --no-document"},
      {"usage.date_excludes_range", "--date 不能与 --from、--to 同时使用",
       "--date excludes --from and --to"},
      {"usage.empty_name", "{1} 为空", "the {1} is empty"},
      {"usage.needs_site",
       "{1} \"{2}\" 需要指明项目:加 --site,或写全名 sites/{site}/{3}/{2}",
       "{1} \"{2}\" needs its site: pass --site, or give the full name "
       "sites/{site}/{3}/{2}"},
      {"usage.etag_needs_change",
       "--etag 和 --request-id "
       "需与修改一起使用(--retention-days、--default-stay、--overstay-grace、--"
       "key-loan 或 --ticket-retention-days)",
       "--etag and --request-id go with a change (--retention-days, "
       "--default-stay, --overstay-grace, --key-loan or "
       "--ticket-retention-days)"},
      {"usage.watchlist_whom",
       "请说明是谁:--id-number(非身份证号时加 --id-type),或同时给出 --name 和 "
       "--phone",
       "say whom: --id-number (with --id-type unless an ID card number), or "
       "both --name and --phone"},
      {"usage.unmask_and_reason", "--unmask 和 --reason 必须一起使用",
       "--unmask and --reason go together"},
      {"usage.not_material", "\"{1}\" 不是材料(应为 名称:数量[:单位])",
       "\"{1}\" is not a material"},
      {"usage.ticket_or_site",
       "请给出工单(列出它的派工单)或 --site(列出项目的派工单)之一",
       "give either a ticket (its work orders) or --site (the site's)"},
      {"usage.not_time", "\"{1}\" 不是时间", "\"{1}\" is not a time"},
      {"usage.shift_form",
       "班次请写 sites/{site}/shifts/{id},或用 --site 加班次 id(例如 "
       "20261123-night)",
       "give the shift as sites/{site}/shifts/{id}, or its id (e.g. "
       "20261123-night) with --site"},
      {"usage.id_type_needs_number", "--id-type {1} 需要 --id-number(证件号码)",
       "--id-type {1} needs --id-number (the document's number)"},
      {"usage.not_id_card",
       "--id-number {1} 不是身份证号(18 位):请同时给出 --id-type,例如 "
       "--id-type passport",
       "--id-number {1} is not an ID card number (18 characters): give "
       "--id-type too, e.g. --id-type passport"},
      {"usage.unmask_needs_reason",
       "--unmask 需要 --reason:说明为何查看号码(记入访问日志)",
       "--unmask needs --reason: why the numbers are read (kept in the access "
       "log)"},
      {"usage.reason_needs_unmask", "--reason 只用于 --unmask:请加 --unmask",
       "--reason is for --unmask: add --unmask"},
      {"usage.must_be_duration", "应为时长,例如 0s、30m、4h、2d 或 1h30m",
       "must be a duration such as 0s, 30m, 4h, 2d or 1h30m"},
      {"usage.must_be_time",
       "应为时间,例如 \"2026-11-23 16:00\"(项目当地时间)或 "
       "2026-11-23T16:00:00+08:00",
       "must be a time such as \"2026-11-23 16:00\" (the site's local time) or "
       "2026-11-23T16:00:00+08:00"},
      {"usage.must_be_date", "应为日期 YYYY-MM-DD,例如 2026-11-23",
       "must be a date YYYY-MM-DD, e.g. 2026-11-23"},
      {"usage.must_be_month", "应为月份 YYYY-MM,例如 2026-11",
       "must be a month YYYY-MM, e.g. 2026-11"},
      {"usage.must_be_material", "应为 名称:数量[:单位],例如 阀门:1:个",
       "must be NAME:QUANTITY[:UNIT], e.g. 阀门:1:个"},
      {"usage.grant_form", "应为 岗位@项目,例如 supervisor@hx",
       "expected ROLE@SITE, e.g. supervisor@hx"},
      {"usage.unknown_role", "未知岗位 {1}", "unknown role {1}"},
      {"usage.must_be_timeout", "应为大于 0、不超过 86400 的秒数",
       "must be a number of seconds above 0 and at most 86400"},
      {"usage.must_be_zone", "应为 IANA 时区名,例如 Asia/Shanghai 或 UTC",
       "must be an IANA time zone such as Asia/Shanghai or UTC"},
      {"err.no_open_work_order",
       "{1} 没有未完成的派工单(frontdesk ticket work-orders {1} 可列出)",
       "{1} has no open work order (frontdesk ticket work-orders {1} lists "
       "them)"},
      {"err.out_dir", "--out {1};未写入任何文件", "--out {1}; nothing written"},
      {"err.writing", "写入 {1} 失败:{2}", "writing {1}: {2}"},
      {"err.report_failed", "{2} 的报表 {1} 失败;未写入 {3}",
       "report {1} of {2} failed; nothing written to {3}"},
      {"err.cannot_read", "无法读取 {1}", "cannot read {1}"},
      {"err.not_report_json", "{1} 不是 protobuf JSON 格式的 {2} 报表:{3}",
       "{1} is not a {2} report in protobuf JSON: {3}"},
      {"note.not_staff", "提示:\"{1}\" 不是员工;{2} 按员工以外的人处理",
       "note: \"{1}\" is not a staff member; {2} is taken as a person outside "
       "the staff"},
      {"note.pass_code", "通行码 {1} 只显示这一次:请交给访客",
       "the code {1} is shown only now: give it to the visitor"},
      {"note.token_created",
       "已创建 {1}。上面的密钥只显示这一次:请立即保存(例如存入 "
       "~/.config/frontdesk/token,权限 0600)。",
       "created {1}. The secret above is shown only once: store it now (e.g. "
       "in ~/.config/frontdesk/token, mode 0600)."},
      {"more.items", "还有更多:加 --page-token {1}(或 --all)",
       "more: add --page-token {1} (or --all)"},
      {"note.approval_created",
       "授权 {1}:{2},{3} "
       "前有效,限用一次。上面的授权码只显示这一次:请交给前台(--approval "
       "CODE)。",
       "approval {1}: {2}, valid until {3}, once. The code above is shown only "
       "now: give it to the desk (--approval CODE)."},
      // ticket watch, between two connections.
      {"note.stream_ended", "服务器结束了数据流",
       "the server ended the stream"},
      {"note.watch_reconnect", "watch:{1};{2} 毫秒后重连",
       "watch: {1}; reconnecting in {2} ms"},
      {"note.watch_reconnect_after", "watch:{1};{2} 毫秒后从事件 {3} 之后重连",
       "watch: {1}; reconnecting in {2} ms after event {3}"},
      // The things a usage error names ({1} of usage.needs_site).
      {"what.approval", "授权", "approval"},
      {"what.handover", "交接班", "handover"},
      {"what.pass", "通行证", "pass"},
      {"what.shift", "班次", "shift"},
      {"what.swap", "换班申请", "swap"},
      {"what.visit", "来访登记", "visit"},
      // A view's values.
      {"view.default_not_saved", "是(尚未保存)", "yes (not saved yet)"},
      {"view.used_by", "{1},{2}({3})", "{1} by {2} ({3})"},
      // CLI11's parse errors (main.cc): the parts CLI11 writes in English.
      {"cli.required", "缺少 {1}", "{1} is required"},
      {"cli.subcommand_required", "请给出一个子命令(见 --help)",
       "a subcommand is required (see --help)"},
      {"cli.excludes", "{1} 不能与 {2} 同时使用", "{1} excludes {2}"},
      {"cli.not_expected", "无法识别的参数:{1}",
       "The following argument was not expected: {1}"},
      {"cli.not_in", "{1} 不是可选值,可选:{2}", "{1} not in {2}"},
      {"cli.run_help", "用 --help 查看更多说明。",
       "Run with --help for more information."},
  };
  return *messages;
}

}  // namespace frontdesk::cli
