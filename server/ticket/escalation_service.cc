// TicketService: escalation on demand and the escalation lists. The
// automatic steps are the sweeper's (escalation_sweeper.h).
#include <google/protobuf/util/time_util.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/page_token.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/ticket/escalation_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/ticket_service.h"

namespace frontdesk {

grpc::Status TicketServiceImpl::EscalateTicket(
    grpc::ServerContext* context, const v1::EscalateTicketRequest* req,
    v1::Escalation* resp) {
  return Handle(
      services_, context, "EscalateTicket", [&](const Principal& who) {
        Violations v;
        auto ref = ParseTicketName("name", req->name());
        v.Merge(ref.status());
        if (!v1::EscalationLevel_IsValid(req->level())) {
          v.Add("level", "is not a known escalation level");
        }
        v.Merge(CheckText("reason", req->reason(), 1, 500));
        v.Merge(CheckRequestId("request_id", req->request_id()));
        if (!v.empty()) return v.ToStatus();
        return RunIdempotent(
            services_, "EscalateTicket", *req, req->request_id(), resp,
            [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
              absl::Time now = services_.clock.Now();
              auto row = db::LockTicketRow(tx, *ref);
              if (!row.ok()) return row.status();
              auto status = static_cast<v1::Ticket::Status>(row->status);
              if (!IsOpen(status) && status != v1::Ticket::RESOLVED) {
                return Error(absl::StatusCode::kFailedPrecondition,
                             "TICKET_NOT_OPEN",
                             absl::StrCat("a ", v1::Ticket::Status_Name(status),
                                          " ticket is not escalated"));
              }
              int level = req->level() != v1::ESCALATION_LEVEL_UNSPECIFIED
                              ? req->level()
                              : row->escalation_level + 1;
              if (level > v1::ESCALATION_LEVEL_MANAGER) {
                return Error(absl::StatusCode::kFailedPrecondition,
                             "ESCALATION_AT_TOP",
                             "the ticket is already with the manager");
              }
              if (level <= row->escalation_level) {
                return Error(absl::StatusCode::kFailedPrecondition,
                             "ALREADY_ESCALATED",
                             absl::StrCat("the ticket is already escalated to ",
                                          v1::EscalationLevel_Name(
                                              static_cast<v1::EscalationLevel>(
                                                  row->escalation_level))));
              }
              auto step = db::InsertEscalation(
                  tx, *row, static_cast<v1::EscalationLevel>(level), false,
                  req->reason(), who.staff_id, ToMicros(now));
              if (!step.ok()) return step.status();
              v1::FieldChange change;
              change.set_field("escalation_level");
              change.set_old_value(v1::EscalationLevel_Name(
                  static_cast<v1::EscalationLevel>(row->escalation_level)));
              change.set_new_value(v1::EscalationLevel_Name(
                  static_cast<v1::EscalationLevel>(level)));
              auto event = db::AppendTicketEvent(
                  tx, row->id, row->site_id, v1::TicketEvent::ESCALATED,
                  who.staff_id, {change}, req->reason(), ToMicros(now));
              if (!event.ok()) return event.status();
              out->CopyFrom(*step);
              return absl::OkStatus();
            });
      });
}

grpc::Status TicketServiceImpl::ListEscalations(
    grpc::ServerContext* context, const v1::ListEscalationsRequest* req,
    v1::ListEscalationsResponse* resp) {
  return Handle(services_, context, "ListEscalations", [&](const Principal&) {
    auto site_id = ParseSiteName("parent", req->parent(), true);
    if (!site_id.ok()) return site_id.status();
    int32_t page_size = 0;
    absl::Status s = NormalizePageSize(req->page_size(), &page_size);
    if (!s.ok()) return s;
    auto terms = ParseFilter(req->filter(), db::EscalationFilterSchema());
    if (!terms.ok()) return terms.status();
    db::EscalationQuery query;
    query.site_id = *site_id == "-" ? "" : *site_id;
    query.terms = *std::move(terms);
    query.limit = page_size + 1;
    const std::string fingerprint = absl::StrCat("escalations|", *site_id, "|",
                                                 CanonicalFilter(query.terms));
    if (!req->page_token().empty()) {
      auto key = DecodePageToken(req->page_token(), fingerprint, 2);
      if (!key.ok()) return key.status();
      long long t = 0, id = 0;
      if (!absl::SimpleAtoi((*key)[0], &t) ||
          !absl::SimpleAtoi((*key)[1], &id)) {
        return InvalidField("page_token", "is malformed", "INVALID_PAGE_TOKEN");
      }
      query.before = std::make_pair(t, id);
    }
    return services_.db.Read([&](db::Tx& tx) {
      auto listed = db::ListEscalations(tx, query);
      if (!listed.ok()) return listed.status();
      auto& rows = *listed;
      if (static_cast<int>(rows.size()) > page_size) {
        rows.resize(page_size);
        const auto& last = rows.back();
        const std::string& name = last.name();
        resp->set_next_page_token(EncodePageToken(
            fingerprint,
            {absl::StrCat(
                 google::protobuf::util::TimeUtil::TimestampToMicroseconds(
                     last.create_time())),
             name.substr(name.rfind('/') + 1)}));
      }
      for (auto& e : rows) *resp->add_escalations() = std::move(e);
      return absl::OkStatus();
    });
  });
}

}  // namespace frontdesk
