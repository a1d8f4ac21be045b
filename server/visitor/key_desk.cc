#include "server/visitor/key_desk.h"

#include <google/protobuf/util/time_util.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/visitor/key_store.h"
#include "db/visitor/visitor_settings_store.h"
#include "server/access_log.h"
#include "server/idempotent.h"
#include "server/visitor/key_rules.h"
#include "server/visitor/list_scope.h"
#include "server/visitor/visitor_access.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;
using v1::Key;

absl::Status CheckEtag(const std::string& given, const Key& current) {
  if (given.empty() || given == current.etag()) return absl::OkStatus();
  return Error(
      absl::StatusCode::kAborted, "ETAG_MISMATCH",
      absl::StrCat("etag \"", given, "\" is stale; key ", current.tag(),
                   " is now at \"", current.etag(), "\""));
}

long long VersionOf(const Key& key) {
  long long version = 0;
  (void)absl::SimpleAtoi(key.etag(), &version);
  return version;
}

absl::Time TimeOf(const google::protobuf::Timestamp& ts) {
  return FromMicros(TimeUtil::TimestampToMicroseconds(ts));
}

// What a change does to a locked, current key: checks its state rule,
// writes, and returns the key as it now is.
using KeyChange = std::function<absl::StatusOr<Key>(
    db::Tx& tx, const Key& current, long long now_us)>;

// The frame of every change to an existing key: once per request_id, lock
// the key, compare the etag, apply the change, answer with the key masked.
absl::Status ChangeKey(ServiceContext& services, const Principal& who,
                       absl::string_view method,
                       const google::protobuf::Message& request,
                       const std::string& request_id, const db::KeyRef& ref,
                       const std::string& etag, Key* response,
                       const KeyChange& change) {
  return RunIdempotent(
      services, who, method, request, request_id, response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        long long now = ToMicros(services.clock.Now());
        auto current = db::GetKey(tx, services.protector, ref, now, true);
        if (!current.ok()) return current.status();
        absl::Status fresh = CheckEtag(etag, *current);
        if (!fresh.ok()) return fresh;
        auto changed = change(tx, *current, now);
        if (!changed.ok()) return changed.status();
        MaskKey(&*changed);
        out->CopyFrom(*changed);
        return absl::OkStatus();
      });
}

}  // namespace

absl::Status KeyDesk::CreateKey(const Call& call,
                                const v1::CreateKeyRequest& request,
                                v1::Key* response) {
  auto site_id = ParseSiteName("parent", request.parent());
  if (!site_id.ok()) return site_id.status();
  if (request.key().authorized_borrowers_size() > 0) {
    absl::Status allowed = RequireSiteRole(call.who, *site_id, kSupervisorRoles,
                                           "name call.who may borrow a key");
    if (!allowed.ok()) return allowed;
  }
  Violations v;
  auto key = CanonicalKey(request.key());
  v.Merge(key.status());
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CreateKey", request, request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) {
        long long now = ToMicros(services_.clock.Now());
        auto created = db::CreateKey(tx, services_.protector, *site_id, *key,
                                     call.who.staff_id, now);
        if (!created.ok()) return created.status();
        MaskKey(&*created);
        out->CopyFrom(*created);
        return absl::OkStatus();
      });
}

absl::Status KeyDesk::GetKey(const Call& call, const v1::GetKeyRequest& request,
                             v1::Key* response) {
  auto ref = ParseKeyName("name", request.name());
  if (!ref.ok()) return ref.status();
  auto unmask = ResolveUnmask(call.who, ref->site_id, request.unmask(),
                              request.unmask_reason(), "unmask_reason");
  if (!unmask.ok()) return unmask.status();
  auto read = [&](db::Tx& tx) -> absl::Status {
    long long now = ToMicros(services_.clock.Now());
    auto key = db::GetKey(tx, services_.protector, *ref, now);
    if (!key.ok()) return key.status();
    if (!*unmask) {
      MaskKey(&*key);
    } else if (HasPersonalNumbers(*key)) {
      absl::Status audited =
          AuditUnmaskedRead(tx, ref->site_id, call.who, "GetKey", {key->name()},
                            request.unmask_reason(), now);
      if (!audited.ok()) return audited;
    }
    *response = *std::move(key);
    return absl::OkStatus();
  };
  // An unmasked read and its audit record commit together or not at all.
  return *unmask ? services_.db.Transact(read) : services_.db.Read(read);
}

absl::Status KeyDesk::ListKeys(const Call& call,
                               const v1::ListKeysRequest& request,
                               v1::ListKeysResponse* response) {
  auto scope = ParseListScope(services_.page_tokens, call,
                              {request.parent(), request.page_size(),
                               request.page_token(), request.filter()},
                              db::KeyFilterSchema(), PageKey::kTextAndId);
  if (!scope.ok()) return scope.status();
  auto unmask = ResolveListUnmask(call.who, &*scope, request.unmask(),
                                  request.unmask_reason(), "unmask_reason");
  if (!unmask.ok()) return unmask.status();
  db::KeyQuery query;
  query.site_ids = scope->site_ids;
  query.terms = scope->terms;
  query.limit = scope->page.FetchLimit();
  query.after = scope->page.after_text_and_id();
  auto read = [&](db::Tx& tx) -> absl::Status {
    response->Clear();
    long long now = ToMicros(services_.clock.Now());
    query.now_us = now;
    auto keys = db::ListKeys(tx, services_.protector, query);
    if (!keys.ok()) return keys.status();
    response->set_next_page_token(
        scope->page.NextToken(*keys, [](const Key& last) {
          return std::make_pair(last.tag(), db::KeyIdOf(last));
        }));
    std::map<std::string, std::vector<std::string>> unmasked;  // by site
    for (Key& key : *keys) {
      if (!*unmask) {
        MaskKey(&key);
      } else if (HasPersonalNumbers(key)) {
        unmasked[SiteOfName(key.name())].push_back(key.name());
      }
      *response->add_keys() = std::move(key);
    }
    for (const auto& [site, names] : unmasked) {
      absl::Status audited = AuditUnmaskedRead(
          tx, site, call.who, "ListKeys", names, request.unmask_reason(), now);
      if (!audited.ok()) return audited;
    }
    return absl::OkStatus();
  };
  return *unmask ? services_.db.Transact(read) : services_.db.Read(read);
}

absl::Status KeyDesk::UpdateKey(const Call& call,
                                const v1::UpdateKeyRequest& request,
                                v1::Key* response) {
  auto ref = ParseKeyName("key.name", request.key().name());
  if (!ref.ok()) return ref.status();
  for (const std::string& path : request.update_mask().paths()) {
    if (path != "authorized_borrowers") continue;
    absl::Status allowed =
        RequireSiteRole(call.who, ref->site_id, kSupervisorRoles,
                        "change call.who may borrow a key");
    if (!allowed.ok()) return allowed;
  }
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (request.update_mask().paths().empty()) {
    v.Add("update_mask", "is required: name the fields to change");
  }
  if (!v.empty()) return v.ToStatus();
  return ChangeKey(services_, call.who, "UpdateKey", request,
                   request.request_id(), *ref, request.key().etag(), response,
                   [&](db::Tx& tx, const Key& current,
                       long long now) -> absl::StatusOr<Key> {
                     absl::Status s = CheckCanUpdate(current);
                     if (!s.ok()) return s;
                     auto update = ApplyKeyUpdate(current, request.key(),
                                                  request.update_mask());
                     if (!update.ok()) return update.status();
                     if (update->changes.empty()) return current;
                     return db::UpdateKey(tx, services_.protector, update->key,
                                          VersionOf(current), update->changes,
                                          call.who.staff_id, now);
                   });
}

absl::Status KeyDesk::LendKey(const Call& call,
                              const v1::LendKeyRequest& request,
                              v1::Key* response) {
  auto ref = ParseKeyName("name", request.name());
  if (!ref.ok()) return ref.status();
  absl::Time now = services_.clock.Now();
  Violations v;
  auto borrower = CanonicalBorrower("borrower", request.borrower(), true);
  v.Merge(borrower.status());
  v.Merge(CheckText("purpose", request.purpose(), 1, 200));
  if (request.has_due_time()) {
    v.Merge(CheckDueTime("due_time", TimeOf(request.due_time()), now));
  }
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  // A given authorisation is checked before anything is looked up, and its
  // approval used up with the loan [ACL-APPROVAL-BY-APPROVER].
  std::optional<ApprovalRequest> approval;
  if (request.has_authorization()) {
    auto prepared = PrepareSupervisorAuthorization(
        call, ref->site_id, v1::Approval::OFF_LIST_KEY_LOAN,
        request.authorization(), "authorization");
    if (!prepared.ok()) return prepared.status();
    approval = *std::move(prepared);
  }
  return ChangeKey(
      services_, call.who, "LendKey", request, request.request_id(), *ref,
      request.etag(), response,
      [&](db::Tx& tx, const Key& key, long long now_us) -> absl::StatusOr<Key> {
        absl::Status s = CheckCanLend(key);
        if (!s.ok()) return s;
        v1::SupervisorAuthorization authorization;
        if (approval) {
          auto recorded = ResolveSupervisorAuthorization(
              tx, call, *approval, request.authorization(), key.name(),
              FromMicros(now_us));
          if (!recorded.ok()) return recorded.status();
          authorization = *std::move(recorded);
        }
        if (!IsAuthorizedBorrower(key, *borrower) &&
            authorization.authorized_by().empty()) {
          return Error(
              absl::StatusCode::kFailedPrecondition,
              "KEY_BORROWER_NOT_AUTHORIZED",
              absl::StrCat(BorrowerLabel(*borrower),
                           " is not among the borrowers authorised for key ",
                           key.tag(),
                           ": a SUPERVISOR or MANAGER must authorise the "
                           "loan (authorization)"));
        }
        Key::Loan loan;
        *loan.mutable_borrower() = *borrower;
        loan.set_purpose(request.purpose());
        if (request.has_due_time()) {
          *loan.mutable_due_time() = request.due_time();
        } else {
          auto settings = db::GetVisitorSettings(tx, ref->site_id);
          if (!settings.ok()) return settings.status();
          *loan.mutable_due_time() = TimeUtil::MicrosecondsToTimestamp(
              ToMicros(now + settings->default_key_loan));
        }
        return db::LendKey(tx, services_.protector, key, VersionOf(key), loan,
                           authorization, call.who.staff_id, now_us);
      });
}

absl::Status KeyDesk::ReturnKey(const Call& call,
                                const v1::ReturnKeyRequest& request,
                                v1::Key* response) {
  auto ref = ParseKeyName("name", request.name());
  if (!ref.ok()) return ref.status();
  Violations v;
  v1::KeyBorrower returned_by;
  if (request.has_returned_by()) {
    auto canonical =
        CanonicalBorrower("returned_by", request.returned_by(), false);
    v.Merge(canonical.status());
    if (canonical.ok()) returned_by = *std::move(canonical);
  }
  if (!request.note().empty()) {
    v.Merge(CheckText("note", request.note(), 1, 1000, /*multiline=*/true));
  }
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return ChangeKey(
      services_, call.who, "ReturnKey", request, request.request_id(), *ref,
      request.etag(), response,
      [&](db::Tx& tx, const Key& key, long long now) -> absl::StatusOr<Key> {
        absl::Status s = CheckCanReturn(key);
        if (!s.ok()) return s;
        return db::ReturnKey(tx, services_.protector, key, VersionOf(key),
                             returned_by, request.note(), call.who.staff_id,
                             now);
      });
}

absl::Status KeyDesk::RetireKey(const Call& call,
                                const v1::RetireKeyRequest& request,
                                v1::Key* response) {
  auto ref = ParseKeyName("name", request.name());
  if (!ref.ok()) return ref.status();
  Violations v;
  if (request.reason() == Key::RETIRE_REASON_UNSPECIFIED ||
      !Key::RetireReason_IsValid(request.reason())) {
    v.Add("reason", "is required: HANDED_OVER, LOST or DESTROYED");
  }
  v.Merge(CheckText("note", request.note(), 1, 1000, /*multiline=*/true));
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return ChangeKey(
      services_, call.who, "RetireKey", request, request.request_id(), *ref,
      request.etag(), response,
      [&](db::Tx& tx, const Key& key, long long now) -> absl::StatusOr<Key> {
        absl::Status s = CheckCanRetire(key, request.reason());
        if (!s.ok()) return s;
        return db::RetireKey(tx, services_.protector, key, VersionOf(key),
                             request.reason(), request.note(),
                             call.who.staff_id, now);
      });
}

absl::Status KeyDesk::ListKeyEvents(const Call& call,
                                    const v1::ListKeyEventsRequest& request,
                                    v1::ListKeyEventsResponse* response) {
  auto ref = ParseKeyEventsParent("parent", request.parent());
  if (!ref.ok()) return ref.status();
  auto unmask = ResolveUnmask(call.who, ref->site_id, request.unmask(),
                              request.unmask_reason(), "unmask_reason");
  if (!unmask.ok()) return unmask.status();
  auto terms = ParseFilter(request.filter(), db::KeyEventFilterSchema());
  if (!terms.ok()) return terms.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              request.page_size(), request.page_token(),
                              absl::StrCat("key-events|", request.parent(), "|",
                                           CanonicalFilter(*terms)),
                              PageKey::kNumber);
  if (!page.ok()) return page.status();
  db::KeyEventQuery query;
  query.site_id = ref->site_id;
  query.terms = *std::move(terms);
  query.limit = page->FetchLimit();
  query.after_id = page->after_number();
  auto read = [&](db::Tx& tx) -> absl::Status {
    response->Clear();
    long long now = ToMicros(services_.clock.Now());
    if (ref->key_id != 0 || !ref->tag.empty()) {
      auto key = db::GetKey(tx, services_.protector, *ref, now);
      if (!key.ok()) return key.status();
      query.key_id = db::KeyIdOf(*key);
    }
    auto events = db::ListKeyEvents(tx, services_.protector, query);
    if (!events.ok()) return events.status();
    response->set_next_page_token(page->NextToken(
        *events, [](const v1::KeyEvent& e) { return e.event_id(); }));
    std::vector<std::string> unmasked;
    for (v1::KeyEvent& e : *events) {
      if (!*unmask) {
        MaskKeyEvent(&e);
      } else if (HasPersonalNumbers(e)) {
        unmasked.push_back(e.name());
      }
      *response->add_events() = std::move(e);
    }
    return AuditUnmaskedRead(tx, ref->site_id, call.who, "ListKeyEvents",
                             unmasked, request.unmask_reason(), now);
  };
  return *unmask ? services_.db.Transact(read) : services_.db.Read(read);
}

}  // namespace frontdesk
