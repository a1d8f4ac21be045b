#include "server/visitor/pass_desk.h"

#include <google/protobuf/util/time_util.h>

#include "common/clock.h"
#include "common/crypto.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/visitor/visitor_pass_store.h"
#include "server/idempotent.h"
#include "server/visitor/list_scope.h"
#include "server/visitor/visitor_access.h"
#include "server/visitor/visitor_rules.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

void MaskPass(v1::VisitorPass* pass) {
  MaskVisitor(pass->mutable_visitor());
  MaskContact(pass->mutable_host());
  pass->set_masked(true);
}

}  // namespace

absl::Status PassDesk::CreateVisitorPass(
    const Call& call, const v1::CreateVisitorPassRequest& request,
    v1::VisitorPass* response) {
  auto site = ParseSiteName("parent", request.parent());
  if (!site.ok()) return site.status();
  absl::Status valid_id = CheckRequestId("request_id", request.request_id());
  if (!valid_id.ok()) return valid_id;
  const absl::Time now = services_.clock.Now();
  v1::VisitorPass pass = request.visitor_pass();
  absl::Status valid = CheckVisitorPass(*site, now, &pass);
  if (!valid.ok()) return valid;
  // The resident app pre-registers visitors to a home, never to a place.
  bool desk = false;
  for (int role : kDeskRoles) desk = desk || call.who.HasRoleAt(role, *site);
  if (!desk && !call.who.HasRole(v1::StaffMember::ADMIN) &&
      pass.host().unit().empty()) {
    return InvalidField("visitor_pass.host.unit",
                        "is required for passes created by the resident app");
  }
  // The code is drawn once per request: a retry with the same request_id
  // gets the recorded response, which (like a token's) omits the code.
  std::string code;
  absl::Status status = RunIdempotent(
      services_, call.who, "CreateVisitorPass", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        for (int attempt = 0;; ++attempt) {
          code = NewPassCode();
          auto stored = db::InsertVisitorPass(tx, services_.protector, *site,
                                              pass, Sha256Hex(code),
                                              call.who.staff_id, ToMicros(now));
          if (stored.status().code() == absl::StatusCode::kAlreadyExists &&
              attempt < 5) {
            continue;
          }
          if (!stored.ok()) return stored.status();
          MaskPass(&*stored);
          out->CopyFrom(*stored);
          return absl::OkStatus();
        }
      });
  if (!status.ok()) return status;
  // Shown once, never recorded: neither the database nor the idempotency
  // record holds it.
  if (!code.empty()) response->set_code(code);
  return absl::OkStatus();
}

absl::Status PassDesk::GetVisitorPass(const Call& /*call*/,
                                      const v1::GetVisitorPassRequest& request,
                                      v1::VisitorPass* response) {
  auto ref = ParseSiteChild("name", request.name(), "visitorPasses");
  if (!ref.ok()) return ref.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto pass = db::GetVisitorPass(tx, services_.protector, ref->site_id,
                                   ref->id, ToMicros(services_.clock.Now()));
    if (!pass.ok()) return pass.status();
    MaskPass(&*pass);
    *response = *std::move(pass);
    return absl::OkStatus();
  });
}

absl::Status PassDesk::ListVisitorPasses(
    const Call& call, const v1::ListVisitorPassesRequest& request,
    v1::ListVisitorPassesResponse* response) {
  auto scope = ParseListScope(services_.page_tokens, call,
                              {request.parent(), request.page_size(),
                               request.page_token(), request.filter()},
                              db::PassFilterSchema());
  if (!scope.ok()) return scope.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    db::PassQuery query;
    query.site_ids = scope->site_ids;
    query.terms = scope->terms;
    query.after = scope->page.after_pair();
    query.limit = scope->page.FetchLimit();
    query.now_us = ToMicros(services_.clock.Now());
    auto passes = db::ListVisitorPasses(tx, services_.protector, query);
    if (!passes.ok()) return passes.status();
    std::string next =
        scope->page.NextToken(*passes, [](const v1::VisitorPass& p) {
          return std::make_pair(
              TimeUtil::TimestampToMicroseconds(p.valid_from()),
              IdOfName(p.name()));
        });
    for (auto& pass : *passes) {
      MaskPass(&pass);
      *response->add_visitor_passes() = std::move(pass);
    }
    response->set_next_page_token(next);
    return absl::OkStatus();
  });
}

absl::Status PassDesk::CancelVisitorPass(
    const Call& call, const v1::CancelVisitorPassRequest& request,
    v1::VisitorPass* response) {
  auto ref = ParseSiteChild("name", request.name(), "visitorPasses");
  if (!ref.ok()) return ref.status();
  absl::Status valid_id = CheckRequestId("request_id", request.request_id());
  if (!valid_id.ok()) return valid_id;
  auto version = ParseEtag("etag", request.etag());
  if (!version.ok()) return version.status();
  return RunIdempotent(
      services_, call.who, "CancelVisitorPass", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto pass = db::CancelVisitorPass(tx, services_.protector, ref->site_id,
                                          ref->id, *version,
                                          ToMicros(services_.clock.Now()));
        if (!pass.ok()) return pass.status();
        MaskPass(&*pass);
        out->CopyFrom(*pass);
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
