// `frontdesk key ...`: key custody at the desk (VisitorService key RPCs).
// Keys are named by their tag (`--key KEY-0012`); a full name
// sites/{site}/keys/{id} works too.
//
//   key create --site hx --tag KEY-0012 --kind vacant-unit --unit 3-2-501
//       --slot A-03 [--description T] [--copies N]
//       [--authorized WHO]... [--authorized-person
//       "name,phone[,type:number]"]...
//       [--owner-name N --owner-phone P]          (entrusted-unit keys)
//   key get    --site hx --key KEY-0012 [--unmask --unmask-reason R]
//   key list   --site hx [--out | --overdue | --retired] [--kind K] [--unit U]
//   key lend   --site hx --key KEY-0012 --borrower WHO --purpose P
//       [--due "2026-11-23 17:00"] [--borrower-phone P]
//       [--borrower-id-type id-card --borrower-id-number N]
//       [--approval CODE | --authorization-reason R] [--authorized-by STAFF]
//   key return --site hx --key KEY-0012 [--note T] [--returned-by WHO]
//   key history --site hx --key KEY-0012 [--unmask --unmask-reason R]
//   key retire --site hx --key KEY-0012 --reason handed-over|lost|destroyed
//       --note T
//
// WHO, the free text the desk types for a borrower, becomes a KeyBorrower
// (key_borrowers.h):
//   - "staff/{id}", or a staff id that exists → that staff member;
//   - the display name of exactly one staff member (e.g. "维修 张工") → that
//     staff member (staff of --site preferred when several share it);
//   - anything else → a person outside the staff with that name, who needs
//     --borrower-phone and --borrower-id-type/--borrower-id-number to borrow
//     (the server refuses a loan to such a person without a document).
// Giving --borrower-phone or a document always means a person outside the
// staff. A loan outside the key's list needs a supervisor's authorisation:
// --approval CODE, the code of an approval the supervisor created with their
// own token (`approval create --action off-list-key-loan`), or, when the
// supervisor lends the key themselves, --authorization-reason.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/key_borrowers.h"
#include "clients/cli/key_view.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/stub_calls.h"
#include "clients/cli/visitor_calls.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Key;

constexpr const char* kKeyHelp =
    "the key's tag, e.g. KEY-0012 (or its name sites/{site}/keys/{id})";
constexpr const char* kWhoHelp =
    "staff/{id}, a staff id, a staff member's display name, or the name of "
    "a person outside the staff";

std::string KeyName(const std::string& site, const std::string& key) {
  if (key.rfind("sites/", 0) == 0) return key;
  return SiteName(site) + "/keys/" + key;
}

void PrintKeyResult(const Key& key, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(key, std::cout);
  } else {
    PrintKey(key, std::cout);
  }
}

// --- commands ----------------------------------------------------------------

struct CreateOptions {
  std::string site, tag, kind, unit, slot, description;
  int copies = 0;
  std::vector<std::string> authorized, authorized_persons;
  std::string owner_name, owner_phone, request_id;
};

int CreateKey(const Client& client, OutputFormat format,
              const CreateOptions& o) {
  v1::CreateKeyRequest request;
  request.set_parent(SiteName(o.site));
  request.set_request_id(o.request_id);
  Key* key = request.mutable_key();
  key->set_tag(o.tag);
  key->set_kind(
      static_cast<Key::Kind>(EnumNumber(Key::Kind_descriptor(), o.kind)));
  key->set_unit(UnitName(SiteId(o.site), o.unit));
  key->set_storage_slot(o.slot);
  key->set_description(o.description);
  key->set_copies(o.copies);
  key->mutable_entrusted_by()->set_name(o.owner_name);
  key->mutable_entrusted_by()->set_phone(o.owner_phone);
  for (const std::string& who : o.authorized) {
    std::string staff = ResolveStaff(client, SiteId(o.site), who);
    if (staff.empty()) {
      throw UsageError(Msg("usage.authorized_not_staff", {who}));
    }
    key->add_authorized_borrowers()->set_staff(staff);
  }
  for (const std::string& spec : o.authorized_persons) {
    *key->add_authorized_borrowers() = ParsePersonSpec(spec);
  }
  Key response;
  if (!CallVisitors(client, &v1::VisitorService::Stub::CreateKey, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintKeyResult(response, format);
  return kExitOk;
}

struct GetOptions {
  std::string site, key, unmask_reason;
  bool unmask = false;
};

int GetKey(const Client& client, OutputFormat format, const GetOptions& o) {
  v1::GetKeyRequest request;
  request.set_name(KeyName(o.site, o.key));
  request.set_unmask(o.unmask);
  request.set_unmask_reason(o.unmask_reason);
  Key response;
  if (!CallVisitors(client, &v1::VisitorService::Stub::GetKey, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintKeyResult(response, format);
  return kExitOk;
}

struct ListOptions {
  std::string site = "-", kind, unit;
  bool out = false, overdue = false, retired = false;
};

int ListKeys(const Client& client, OutputFormat format, const ListOptions& o) {
  v1::ListKeysRequest request;
  request.set_parent(SiteName(o.site));
  FilterBuilder filter;
  if (o.out) filter.AddEnum("state", "=", "ON_LOAN");
  if (o.retired) filter.AddEnum("state", "=", "RETIRED");
  if (o.overdue) filter.AddEnum("overdue", "=", "true");
  filter.AddEnum("kind", "=", EnumFilterName(Key::Kind_descriptor(), o.kind));
  if (!o.unit.empty()) {
    filter.AddText("unit", "=", UnitName(SiteId(o.site), o.unit));
  }
  request.set_filter(filter.Build());
  v1::ListKeysResponse all;
  if (!CallAllPages(client, &v1::VisitorService::Stub::ListKeys, request,
                    &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.keys().empty()) {
    std::cerr << Msg("none.keys") << "\n";
    return kExitOk;
  }
  PrintKeyTable(all.keys(), std::cout);
  return kExitOk;
}

struct LendOptions {
  std::string site, key, borrower, purpose, due;
  BorrowerPersonOptions person;
  std::string authorized_by, authorization_reason, approval;
  std::string etag, request_id;
};

int LendKey(const Client& client, OutputFormat format, const LendOptions& o) {
  v1::LendKeyRequest request;
  request.set_name(KeyName(o.site, o.key));
  *request.mutable_borrower() = ResolveBorrower(
      client, SiteId(o.site), o.borrower, o.person, "--borrower");
  request.set_purpose(o.purpose);
  if (!o.due.empty()) *request.mutable_due_time() = *ParseTimeInput(o.due);
  request.set_etag(o.etag);
  request.set_request_id(o.request_id);
  if (!o.approval.empty() || !o.authorized_by.empty() ||
      !o.authorization_reason.empty()) {
    v1::SupervisorAuthorization* authorization =
        request.mutable_authorization();
    if (!o.authorized_by.empty()) {
      authorization->set_authorized_by(StaffName(o.authorized_by));
    }
    authorization->set_reason(o.authorization_reason);
    authorization->set_approval(o.approval);
  }
  Key response;
  if (!CallVisitors(client, &v1::VisitorService::Stub::LendKey, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintKeyResult(response, format);
  return kExitOk;
}

struct ReturnOptions {
  std::string site, key, note, returned_by, etag, request_id;
  BorrowerPersonOptions person;
};

int ReturnKey(const Client& client, OutputFormat format,
              const ReturnOptions& o) {
  v1::ReturnKeyRequest request;
  request.set_name(KeyName(o.site, o.key));
  request.set_note(o.note);
  if (!o.returned_by.empty()) {
    *request.mutable_returned_by() = ResolveBorrower(
        client, SiteId(o.site), o.returned_by, o.person, "--returned-by");
  }
  request.set_etag(o.etag);
  request.set_request_id(o.request_id);
  Key response;
  if (!CallVisitors(client, &v1::VisitorService::Stub::ReturnKey, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintKeyResult(response, format);
  return kExitOk;
}

int KeyHistory(const Client& client, OutputFormat format, const GetOptions& o) {
  v1::ListKeyEventsRequest request;
  request.set_parent(KeyName(o.site, o.key));
  request.set_unmask(o.unmask);
  request.set_unmask_reason(o.unmask_reason);
  v1::ListKeyEventsResponse all;
  if (!CallAllPages(client, &v1::VisitorService::Stub::ListKeyEvents, request,
                    &all)) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  PrintKeyEventTable(all.events(), std::cout);
  return kExitOk;
}

struct RetireOptions {
  std::string site, key, reason, note, etag, request_id;
};

int RetireKey(const Client& client, OutputFormat format,
              const RetireOptions& o) {
  v1::RetireKeyRequest request;
  request.set_name(KeyName(o.site, o.key));
  request.set_reason(static_cast<Key::RetireReason>(
      EnumNumber(Key::RetireReason_descriptor(), o.reason)));
  request.set_note(o.note);
  request.set_etag(o.etag);
  request.set_request_id(o.request_id);
  Key response;
  if (!CallVisitors(client, &v1::VisitorService::Stub::RetireKey, request,
                    &response)) {
    return kExitRpcError;
  }
  PrintKeyResult(response, format);
  return kExitOk;
}

void AddBorrowerPersonOptions(CLI::App* command, BorrowerPersonOptions* person,
                              const std::string& prefix) {
  command->add_option("--" + prefix + "-phone", person->phone,
                      "phone of a person outside the staff");
  CheckEnumWord(
      command->add_option("--" + prefix + "-id-type", person->id_type,
                          "identity document type of a person outside the "
                          "staff, e.g. id-card"),
      v1::IdentityDocument::Type_descriptor());
  command->add_option("--" + prefix + "-id-number", person->id_number,
                      "identity document number");
}

}  // namespace

void AddKeyCommands(CLI::App& app, CommandContext& context) {
  CLI::App* group = app.add_subcommand(
      "key", "keys held at the desk: register, lend, return, history");
  group->require_subcommand(1);

  auto create_options = std::make_shared<CreateOptions>();
  CLI::App* create = group->add_subcommand("create", "register a key");
  create->add_option("--site", create_options->site, "site id, e.g. hx")
      ->required();
  create
      ->add_option("--tag", create_options->tag,
                   "the label on the key, e.g. KEY-0012")
      ->required();
  CheckEnumWord(create
                    ->add_option("--kind", create_options->kind,
                                 "vacant-unit, entrusted-unit or "
                                 "public-area")
                    ->required(),
                Key::Kind_descriptor());
  create->add_option("--unit", create_options->unit,
                     "the unit it opens, e.g. 3-2-501 (unit keys)");
  create->add_option("--slot", create_options->slot,
                     "where it hangs in the cabinet, e.g. A-03");
  create->add_option("--description", create_options->description,
                     "what it opens (required for public-area keys)");
  create->add_option("--copies", create_options->copies,
                     "keys on the ring, default 1");
  create->add_option("--authorized", create_options->authorized,
                     "a staff member who may borrow it (repeatable)");
  create->add_option("--authorized-person", create_options->authorized_persons,
                     "a person outside the staff who may borrow it: "
                     "\"name,phone[,id-card:number]\" (repeatable)");
  create->add_option("--owner-name", create_options->owner_name,
                     "entrusted-unit keys: the owner who left it");
  create->add_option("--owner-phone", create_options->owner_phone,
                     "entrusted-unit keys: the owner's phone");
  create->add_option("--request-id", create_options->request_id,
                     kRequestIdHelp);
  RunOnParse(create, context,
             [create_options](const Client& client, OutputFormat format) {
               return CreateKey(client, format, *create_options);
             });

  auto get_options = std::make_shared<GetOptions>();
  CLI::App* get = group->add_subcommand("get", "show a key");
  get->add_option("--site", get_options->site, "site id")->required();
  get->add_option("--key", get_options->key, kKeyHelp)->required();
  get->add_flag("--unmask", get_options->unmask,
                "show numbers unmasked (supervisors; audited)");
  get->add_option("--unmask-reason", get_options->unmask_reason,
                  "why, required with --unmask");
  RunOnParse(get, context,
             [get_options](const Client& client, OutputFormat format) {
               return GetKey(client, format, *get_options);
             });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = group->add_subcommand("list", "list keys by tag");
  list->add_option("--site", list_options->site,
                   "site id (default: every site you work at)");
  auto* out = list->add_flag("--out", list_options->out, "only keys on loan");
  auto* overdue = list->add_flag("--overdue", list_options->overdue,
                                 "only keys out past their due time");
  auto* retired =
      list->add_flag("--retired", list_options->retired, "only retired keys");
  out->excludes(retired);
  overdue->excludes(retired);
  CheckEnumWord(
      list->add_option("--kind", list_options->kind, "only this kind"),
      Key::Kind_descriptor());
  list->add_option("--unit", list_options->unit, "only keys of this unit");
  RunOnParse(list, context,
             [list_options](const Client& client, OutputFormat format) {
               return ListKeys(client, format, *list_options);
             });

  auto lend_options = std::make_shared<LendOptions>();
  CLI::App* lend = group->add_subcommand("lend", "lend a key");
  lend->add_option("--site", lend_options->site, "site id")->required();
  lend->add_option("--key", lend_options->key, kKeyHelp)->required();
  lend->add_option("--borrower", lend_options->borrower, kWhoHelp)->required();
  AddBorrowerPersonOptions(lend, &lend_options->person, "borrower");
  lend->add_option("--purpose", lend_options->purpose, "why, e.g. 空置房检修")
      ->required();
  lend->add_option("--due", lend_options->due,
                   std::string("due back: ") + kTimeHelp +
                       " (default: the site's loan period, 4 h)")
      ->check(TimeWord());
  lend->add_option("--approval", lend_options->approval,
                   "a borrower not on the key's list: the code of the "
                   "supervisor's approval (frontdesk approval create "
                   "--action off-list-key-loan), used once");
  lend->add_option("--authorization-reason", lend_options->authorization_reason,
                   "a borrower not on the key's list, lent by a supervisor "
                   "themselves: why they allow it");
  lend->add_option("--authorized-by", lend_options->authorized_by,
                   "the supervisor who allows it, checked against the "
                   "approval; optional");
  lend->add_option("--etag", lend_options->etag, kEtagHelp);
  lend->add_option("--request-id", lend_options->request_id, kRequestIdHelp);
  RunOnParse(lend, context,
             [lend_options](const Client& client, OutputFormat format) {
               return LendKey(client, format, *lend_options);
             });

  auto return_options = std::make_shared<ReturnOptions>();
  CLI::App* give_back = group->add_subcommand("return", "take a key back");
  give_back->add_option("--site", return_options->site, "site id")->required();
  give_back->add_option("--key", return_options->key, kKeyHelp)->required();
  give_back->add_option("--note", return_options->note,
                        "condition on return, up to 1000 characters");
  give_back->add_option("--returned-by", return_options->returned_by,
                        std::string("who brought it back, if not the "
                                    "borrower: ") +
                            kWhoHelp);
  AddBorrowerPersonOptions(give_back, &return_options->person, "returned-by");
  give_back->add_option("--etag", return_options->etag, kEtagHelp);
  give_back->add_option("--request-id", return_options->request_id,
                        kRequestIdHelp);
  RunOnParse(give_back, context,
             [return_options](const Client& client, OutputFormat format) {
               return ReturnKey(client, format, *return_options);
             });

  auto history_options = std::make_shared<GetOptions>();
  CLI::App* history =
      group->add_subcommand("history", "a key's history, oldest first");
  history->add_option("--site", history_options->site, "site id")->required();
  history
      ->add_option("--key", history_options->key,
                   std::string(kKeyHelp) + "; - for the site's whole key log")
      ->required();
  history->add_flag("--unmask", history_options->unmask,
                    "show numbers unmasked (supervisors; audited)");
  history->add_option("--unmask-reason", history_options->unmask_reason,
                      "why, required with --unmask");
  RunOnParse(history, context,
             [history_options](const Client& client, OutputFormat format) {
               return KeyHistory(client, format, *history_options);
             });

  auto retire_options = std::make_shared<RetireOptions>();
  CLI::App* retire = group->add_subcommand(
      "retire", "take a key out of custody for good (supervisors)");
  retire->add_option("--site", retire_options->site, "site id")->required();
  retire->add_option("--key", retire_options->key, kKeyHelp)->required();
  CheckEnumWord(retire
                    ->add_option("--reason", retire_options->reason,
                                 "handed-over, lost or destroyed")
                    ->required(),
                Key::RetireReason_descriptor());
  retire
      ->add_option("--note", retire_options->note,
                   "e.g. to whom it was handed over")
      ->required();
  retire->add_option("--etag", retire_options->etag, kEtagHelp);
  retire->add_option("--request-id", retire_options->request_id,
                     kRequestIdHelp);
  RunOnParse(retire, context,
             [retire_options](const Client& client, OutputFormat format) {
               return RetireKey(client, format, *retire_options);
             });
}

}  // namespace frontdesk::cli
