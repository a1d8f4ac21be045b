#include "server/visitor/visit_desk.h"

#include <google/protobuf/util/time_util.h>

#include <optional>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/identity.h"
#include "common/names.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/visitor/visit_store.h"
#include "db/visitor/visitor_pass_store.h"
#include "db/visitor/visitor_rows.h"
#include "db/visitor/visitor_settings_store.h"
#include "db/visitor/watchlist_store.h"
#include "server/access_log.h"
#include "server/idempotent.h"
#include "server/visitor/list_scope.h"
#include "server/visitor/visitor_access.h"
#include "server/visitor/visitor_rules.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

long long Micros(const google::protobuf::Timestamp& ts) {
  return TimeUtil::TimestampToMicroseconds(ts);
}

// Whether a record shows any number the masking hides: only those reads
// are written to the access log.
bool HoldsNumbers(const v1::Visitor& person, const v1::Contact& host) {
  return !person.document().number().empty() || !person.phone().empty() ||
         !host.phone().empty();
}

void MaskVisit(v1::Visit* visit) {
  MaskVisitor(visit->mutable_visitor());
  MaskContact(visit->mutable_host());
  visit->set_masked(true);
}

void MaskRefusal(v1::Refusal* refusal) {
  MaskVisitor(refusal->mutable_person());
  MaskContact(refusal->mutable_host());
  refusal->set_masked(true);
}

// Fills the visit fields the desk left empty from the pass (never the
// document: it is checked at the desk every time).
void PrefillFromPass(const v1::VisitorPass& pass, v1::Visit* visit) {
  auto* visitor = visit->mutable_visitor();
  if (visitor->display_name().empty()) {
    visitor->set_display_name(pass.visitor().display_name());
  }
  if (visitor->phone().empty()) visitor->set_phone(pass.visitor().phone());
  if (visitor->vehicle_plate().empty()) {
    visitor->set_vehicle_plate(pass.visitor().vehicle_plate());
  }
  if (visit->party_size() == 0) visit->set_party_size(pass.party_size());
  if (visit->host().unit().empty() && visit->host().location().empty()) {
    *visit->mutable_host() = pass.host();
  }
  if (visit->purpose() == v1::Visit::PURPOSE_UNSPECIFIED) {
    visit->set_purpose(pass.purpose());
    if (visit->purpose_detail().empty()) {
      visit->set_purpose_detail(pass.purpose_detail());
    }
  }
}

// FAILED_PRECONDITION naming why a pass cannot be used now.
absl::Status CheckPassUsable(const v1::VisitorPass& pass, absl::Time now) {
  auto refuse = [&](const char* reason, absl::string_view why) {
    return Error(absl::StatusCode::kFailedPrecondition, reason,
                 absl::StrCat("visitor pass ", pass.name(), " ", why,
                              "; register the visitor without it"));
  };
  switch (pass.state()) {
    case v1::VisitorPass::CANCELLED:
      return refuse("VISITOR_PASS_CANCELLED", "was cancelled");
    case v1::VisitorPass::USED_UP:
      return refuse("VISITOR_PASS_USED_UP", "is used up");
    case v1::VisitorPass::EXPIRED:
      return refuse("VISITOR_PASS_EXPIRED", "has expired");
    default:
      break;
  }
  if (FromMicros(Micros(pass.valid_from())) > now) {
    return refuse("VISITOR_PASS_NOT_YET_VALID", "is not valid yet");
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status VisitDesk::CheckInVisitor(const Call& call,
                                       const v1::CheckInVisitorRequest& request,
                                       v1::Visit* response) {
  auto site = ParseSiteName("parent", request.parent());
  if (!site.ok()) return site.status();
  absl::Status valid_id = CheckRequestId("request_id", request.request_id());
  if (!valid_id.ok()) return valid_id;
  const absl::Time now = services_.clock.Now();
  const long long now_us = ToMicros(now);
  const DataProtector& protector = services_.protector;
  v1::Visit visit = request.visit();

  std::string code_hash;
  if (!request.pass_code().empty()) {
    auto code = CanonicalPassCode(request.pass_code());
    if (!code.ok()) return code.status();
    code_hash = Sha256Hex(*code);
    absl::Status prefilled = services_.db.Read([&](db::Tx& tx) {
      auto found =
          db::FindVisitorPassByCode(tx, protector, *site, code_hash, now_us);
      if (!found.ok()) return found.status();
      absl::Status usable = CheckPassUsable(found->second, now);
      if (!usable.ok()) return usable;
      PrefillFromPass(found->second, &visit);
      return absl::OkStatus();
    });
    if (!prefilled.ok()) return prefilled;
  }
  absl::Status valid = CheckVisit(*site, now, &visit);
  if (!valid.ok()) return valid;

  // Refusals are evidence: each is committed on its own, even though the
  // check-in fails, and once per request_id.
  auto refuse = [&](v1::Refusal::Reason reason, const db::WatchlistMatch* hit,
                    const char* error_reason,
                    std::string message) -> absl::Status {
    v1::Refusal refusal;
    *refusal.mutable_person() = visit.visitor();
    *refusal.mutable_host() = visit.host();
    refusal.set_reason(reason);
    std::optional<v1::Refusal> written;
    auto record = [&](db::Tx& tx) -> absl::Status {
      bool inserted = false;
      auto r = db::InsertRefusal(
          tx, protector, *site, refusal, hit ? hit->id : 0, call.who.staff_id,
          request.request_id().empty()
              ? ""
              : absl::StrCat("CheckInVisitor:", request.request_id()),
          now_us, &inserted);
      if (!r.ok()) return r.status();
      if (hit != nullptr && inserted) {
        auto alert = db::InsertVisitorAlert(
            tx, *site, v1::VisitorAlert::WATCHLIST_DENIED, hit->id,
            IdOfName(r->name()), 0, visit.visitor().display_name(),
            call.who.staff_id, now_us);
        if (!alert.ok()) return alert.status();
      }
      written = *std::move(r);
      return absl::OkStatus();
    };
    absl::Status status = services_.db.Transact(record);
    // Two retries of one request at once: the loser of the unique key
    // reads the winner's refusal.
    if (status.code() == absl::StatusCode::kAlreadyExists) {
      status = services_.db.Transact(record);
    }
    if (!status.ok()) return status;
    std::vector<std::pair<std::string, std::string>> metadata = {
        {"refusal", written->name()}};
    if (hit != nullptr) {
      metadata.emplace_back(
          "watchlist_entry",
          absl::StrCat(SiteName(*site), "/watchlistEntries/", hit->id));
    }
    return Error(absl::StatusCode::kFailedPrecondition, error_reason,
                 absl::StrCat(message, " (recorded as ", written->name(), ")"),
                 metadata);
  };

  // A waiver is the supervisor's own call [ACL-APPROVAL-BY-APPROVER]:
  // checked here before anything is read, its approval used up with the
  // visit below.
  visit.clear_document_waiver();
  std::optional<ApprovalRequest> waiver;
  if (LacksDocument(visit.visitor())) {
    if (!request.has_document_waiver()) {
      return refuse(v1::Refusal::NO_DOCUMENT, nullptr,
                    "VISITOR_DOCUMENT_REQUIRED",
                    "visit.visitor.document: no identity document shown; "
                    "entry refused unless a supervisor authorises it "
                    "(document_waiver)");
    }
    auto prepared = PrepareSupervisorAuthorization(
        call, *site, v1::Approval::VISITOR_DOCUMENT_WAIVER,
        request.document_waiver(), "document_waiver");
    if (!prepared.ok()) return prepared.status();
    waiver = *std::move(prepared);
  }

  std::optional<db::WatchlistMatch> hit;
  absl::Status matched = services_.db.Read([&](db::Tx& tx) {
    auto found = db::FindWatchlistMatch(
        tx, *site,
        db::DocumentBlind(protector, visit.visitor().document().number()),
        db::NamePhoneBlind(protector, visit.visitor().display_name(),
                           visit.visitor().phone()),
        now_us);
    if (!found.ok()) return found.status();
    hit = *std::move(found);
    return absl::OkStatus();
  });
  if (!matched.ok()) return matched;
  if (hit && hit->action == v1::WatchlistEntry::DENY) {
    return refuse(
        v1::Refusal::WATCHLIST, &*hit, "VISITOR_ON_WATCHLIST",
        absl::StrCat("this person is on the site's watchlist: ", hit->reason,
                     ". Refuse entry politely and inform the "
                     "supervisor; do not read this out"));
  }
  visit.set_watchlist_alert(hit.has_value());

  return RunIdempotent(
      services_, call.who, "CheckInVisitor", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto settings = db::GetVisitorSettings(tx, *site);
        if (!settings.ok()) return settings.status();
        if (!visit.has_expected_departure_time()) {
          *visit.mutable_expected_departure_time() =
              TimeUtil::MicrosecondsToTimestamp(
                  ToMicros(now + settings->default_visit));
        }
        if (waiver) {
          auto recorded = ResolveSupervisorAuthorization(
              tx, call, *waiver, request.document_waiver(), "", now);
          if (!recorded.ok()) return recorded.status();
          *visit.mutable_document_waiver() = *std::move(recorded);
        }
        long long pass_id = 0;
        if (!code_hash.empty()) {
          // Again under the row lock: two desks using the last entry of
          // one pass at once get one visit each only while uses remain.
          auto found = db::FindVisitorPassByCode(tx, protector, *site,
                                                 code_hash, now_us);
          if (!found.ok()) return found.status();
          absl::Status usable = CheckPassUsable(found->second, now);
          if (!usable.ok()) return usable;
          pass_id = found->first;
          absl::Status used = db::UseVisitorPass(tx, *site, pass_id, now_us);
          if (!used.ok()) return used;
        }
        auto stored = db::InsertVisit(tx, protector, *site, visit, pass_id,
                                      call.who.staff_id, now_us);
        if (!stored.ok()) return stored.status();
        if (hit) {
          auto alert = db::InsertVisitorAlert(
              tx, *site, v1::VisitorAlert::WATCHLIST_ADMITTED, hit->id, 0,
              IdOfName(stored->name()), stored->visitor().display_name(),
              call.who.staff_id, now_us);
          if (!alert.ok()) return alert.status();
        }
        // Responses are recorded for retries: never with clear numbers.
        MaskVisit(&*stored);
        out->CopyFrom(*stored);
        return absl::OkStatus();
      });
}

absl::Status VisitDesk::CheckOutVisitor(
    const Call& call, const v1::CheckOutVisitorRequest& request,
    v1::Visit* response) {
  auto ref = ParseSiteChild("name", request.name(), "visits");
  if (!ref.ok()) return ref.status();
  absl::Status valid_id = CheckRequestId("request_id", request.request_id());
  if (!valid_id.ok()) return valid_id;
  const absl::Time now = services_.clock.Now();
  const long long now_us = ToMicros(now);
  long long out_us = now_us;
  if (request.has_check_out_time()) {
    out_us = Micros(request.check_out_time());
    if (out_us > now_us) {
      return InvalidField("check_out_time", "must not be in the future");
    }
  }
  return RunIdempotent(
      services_, call.who, "CheckOutVisitor", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto current = db::GetVisit(tx, services_.protector, ref->site_id,
                                    ref->id, now_us, true);
        if (!current.ok()) return current.status();
        if (current->status() == v1::Visit::ON_PREMISES &&
            out_us < Micros(current->check_in_time())) {
          return InvalidField("check_out_time",
                              "must not be before the check-in time");
        }
        auto visit =
            db::CheckOutVisit(tx, services_.protector, ref->site_id, ref->id,
                              out_us, call.who.staff_id, now_us);
        if (!visit.ok()) return visit.status();
        MaskVisit(&*visit);
        out->CopyFrom(*visit);
        return absl::OkStatus();
      });
}

absl::Status VisitDesk::GetVisit(const Call& call,
                                 const v1::GetVisitRequest& request,
                                 v1::Visit* response) {
  auto ref = ParseSiteChild("name", request.name(), "visits");
  if (!ref.ok()) return ref.status();
  auto unmask = ResolveUnmask(call.who, ref->site_id, request.unmask(),
                              request.unmask_reason(), "unmask_reason");
  if (!unmask.ok()) return unmask.status();
  const long long now_us = ToMicros(services_.clock.Now());
  auto read = [&](db::Tx& tx) -> absl::Status {
    auto visit =
        db::GetVisit(tx, services_.protector, ref->site_id, ref->id, now_us);
    if (!visit.ok()) return visit.status();
    if (*unmask && HoldsNumbers(visit->visitor(), visit->host())) {
      absl::Status audited =
          AuditUnmaskedRead(tx, ref->site_id, call.who, "GetVisit",
                            {visit->name()}, request.unmask_reason(), now_us);
      if (!audited.ok()) return audited;
    } else if (!*unmask) {
      MaskVisit(&*visit);
    }
    *response = *std::move(visit);
    return absl::OkStatus();
  };
  // An unmasked read commits its audit record with it.
  return *unmask ? services_.db.Transact(read) : services_.db.Read(read);
}

absl::Status VisitDesk::ListVisits(const Call& call,
                                   const v1::ListVisitsRequest& request,
                                   v1::ListVisitsResponse* response) {
  auto scope = ParseListScope(services_.page_tokens, call,
                              {request.parent(), request.page_size(),
                               request.page_token(), request.filter()},
                              db::VisitFilterSchema());
  if (!scope.ok()) return scope.status();
  bool by_document = false;
  for (const auto& term : scope->terms) {
    by_document = by_document || term.field == "document_number";
  }
  // Searching by a document number reveals whose it is: the same rule and
  // the same audit as reading it unmasked.
  bool unmask_wanted = request.unmask() || by_document;
  std::string reason = request.unmask_reason();
  if (by_document && reason.empty()) reason = "search by document_number";
  auto unmask = ResolveListUnmask(call.who, &*scope, unmask_wanted, reason,
                                  "unmask_reason");
  if (!unmask.ok()) return unmask.status();
  const long long now_us = ToMicros(services_.clock.Now());
  auto read = [&](db::Tx& tx) -> absl::Status {
    db::VisitQuery query;
    query.site_ids = scope->site_ids;
    query.terms = scope->terms;
    query.before = scope->page.after_pair();
    query.limit = scope->page.FetchLimit();
    query.now_us = now_us;
    auto visits = db::ListVisits(tx, services_.protector, query);
    if (!visits.ok()) return visits.status();
    std::string next = scope->page.NextToken(*visits, [](const v1::Visit& v) {
      return std::make_pair(Micros(v.check_in_time()), IdOfName(v.name()));
    });
    std::map<std::string, std::vector<std::string>> by_site;
    for (auto& visit : *visits) {
      // Found by document number: the search itself is audited, the
      // numbers stay masked unless unmask was asked for.
      if (*unmask && HoldsNumbers(visit.visitor(), visit.host())) {
        by_site[visit.site().substr(6)].push_back(visit.name());
      }
      if (!request.unmask()) MaskVisit(&visit);
    }
    if (*unmask) {
      for (const auto& [site_id, names] : by_site) {
        absl::Status audited = AuditUnmaskedRead(
            tx, site_id, call.who, "ListVisits", names, reason, now_us);
        if (!audited.ok()) return audited;
      }
    }
    for (auto& visit : *visits) *response->add_visits() = std::move(visit);
    response->set_next_page_token(next);
    return absl::OkStatus();
  };
  return *unmask ? services_.db.Transact(read) : services_.db.Read(read);
}

absl::Status VisitDesk::CreateRefusal(const Call& call,
                                      const v1::CreateRefusalRequest& request,
                                      v1::Refusal* response) {
  auto site = ParseSiteName("parent", request.parent());
  if (!site.ok()) return site.status();
  absl::Status valid_id = CheckRequestId("request_id", request.request_id());
  if (!valid_id.ok()) return valid_id;
  v1::Refusal refusal = request.refusal();
  absl::Status valid = CheckRefusal(*site, &refusal);
  if (!valid.ok()) return valid;
  const long long now_us = ToMicros(services_.clock.Now());
  return RunIdempotent(
      services_, call.who, "CreateRefusal", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto stored = db::InsertRefusal(tx, services_.protector, *site, refusal,
                                        0, call.who.staff_id, "", now_us);
        if (!stored.ok()) return stored.status();
        MaskRefusal(&*stored);
        out->CopyFrom(*stored);
        return absl::OkStatus();
      });
}

absl::Status VisitDesk::ListRefusals(const Call& call,
                                     const v1::ListRefusalsRequest& request,
                                     v1::ListRefusalsResponse* response) {
  auto scope = ParseListScope(services_.page_tokens, call,
                              {request.parent(), request.page_size(),
                               request.page_token(), request.filter()},
                              db::RefusalFilterSchema());
  if (!scope.ok()) return scope.status();
  auto unmask = ResolveListUnmask(call.who, &*scope, request.unmask(),
                                  request.unmask_reason(), "unmask_reason");
  if (!unmask.ok()) return unmask.status();
  auto supervises = [&](const std::string& site_name) {
    std::string site_id = SiteOfName(site_name);
    return call.who.HasRole(v1::StaffMember::ADMIN) ||
           SupervisesSite(call.who, site_id);
  };
  const long long now_us = ToMicros(services_.clock.Now());
  auto read = [&](db::Tx& tx) -> absl::Status {
    db::RefusalQuery query;
    query.site_ids = scope->site_ids;
    query.terms = scope->terms;
    query.before = scope->page.after_pair();
    query.limit = scope->page.FetchLimit();
    auto refusals = db::ListRefusals(tx, services_.protector, query);
    if (!refusals.ok()) return refusals.status();
    std::string next =
        scope->page.NextToken(*refusals, [](const v1::Refusal& r) {
          return std::make_pair(Micros(r.create_time()), IdOfName(r.name()));
        });
    std::map<std::string, std::vector<std::string>> by_site;
    for (auto& refusal : *refusals) {
      if (*unmask) {
        if (HoldsNumbers(refusal.person(), refusal.host())) {
          by_site[refusal.site().substr(6)].push_back(refusal.name());
        }
      } else {
        MaskRefusal(&refusal);
      }
      // Which watchlist entry matched is for supervisors only.
      if (!supervises(refusal.site())) refusal.clear_watchlist_entry();
      *response->add_refusals() = std::move(refusal);
    }
    for (const auto& [site_id, names] : by_site) {
      absl::Status audited =
          AuditUnmaskedRead(tx, site_id, call.who, "ListRefusals", names,
                            request.unmask_reason(), now_us);
      if (!audited.ok()) return audited;
    }
    response->set_next_page_token(next);
    return absl::OkStatus();
  };
  return *unmask ? services_.db.Transact(read) : services_.db.Read(read);
}

absl::Status VisitDesk::ListVisitorAlerts(
    const Call& call, const v1::ListVisitorAlertsRequest& request,
    v1::ListVisitorAlertsResponse* response) {
  auto scope = ParseListScope(services_.page_tokens, call,
                              {request.parent(), request.page_size(),
                               request.page_token(), request.filter()},
                              db::AlertFilterSchema());
  if (!scope.ok()) return scope.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    db::AlertQuery query;
    query.site_ids = scope->site_ids;
    query.terms = scope->terms;
    query.before = scope->page.after_pair();
    query.limit = scope->page.FetchLimit();
    auto alerts = db::ListVisitorAlerts(tx, query);
    if (!alerts.ok()) return alerts.status();
    std::string next =
        scope->page.NextToken(*alerts, [](const v1::VisitorAlert& a) {
          return std::make_pair(Micros(a.create_time()), IdOfName(a.name()));
        });
    for (auto& alert : *alerts) {
      *response->add_visitor_alerts() = std::move(alert);
    }
    response->set_next_page_token(next);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
