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
//       [--authorized-by STAFF --authorization-reason R]
//   key return --site hx --key KEY-0012 [--note T] [--returned-by WHO]
//   key history --site hx --key KEY-0012 [--unmask --unmask-reason R]
//   key retire --site hx --key KEY-0012 --reason handed-over|lost|destroyed
//       --note T
//
// WHO, the free text the desk types for a borrower, becomes a KeyBorrower:
//   - "staff/{id}", or a staff id that exists → that staff member;
//   - the display name of exactly one staff member (e.g. "维修 张工") → that
//     staff member (staff of --site preferred when several share it);
//   - anything else → a person outside the staff with that name, who needs
//     --borrower-phone and --borrower-id-type/--borrower-id-number to borrow
//     (the server refuses a loan to such a person without a document).
// Giving --borrower-phone or a document always means a person outside the
// staff. A supervisor authorising a loan outside the key's list confirms with
// their own token: FRONTDESK_AUTHORIZER_TOKEN or --authorizer-token-file
// (not needed when the supervisor is the caller).
#include <grpcpp/grpcpp.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "clients/cli/client.h"
#include "clients/cli/commands.h"
#include "clients/cli/filter.h"
#include "clients/cli/names.h"
#include "clients/cli/option_checks.h"
#include "clients/cli/output.h"
#include "clients/cli/pagination.h"
#include "clients/cli/visitor_calls.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Key;
using v1::KeyBorrower;
using v1::KeyEvent;

constexpr const char* kKeyHelp =
    "the key's tag, e.g. KEY-0012 (or its name sites/{site}/keys/{id})";
constexpr const char* kWhoHelp =
    "staff/{id}, a staff id, a staff member's display name, or the name of "
    "a person outside the staff";

std::string KeyName(const std::string& site, const std::string& key) {
  if (key.rfind("sites/", 0) == 0) return key;
  return SiteName(site) + "/keys/" + key;
}

std::string Trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

bool LooksLikeStaffId(const std::string& text) {
  if (text.size() < 2 || text.size() > 32 ||
      !std::islower(static_cast<unsigned char>(text[0]))) {
    return false;
  }
  for (char c : text) {
    bool ok = std::islower(static_cast<unsigned char>(c)) ||
              std::isdigit(static_cast<unsigned char>(c)) || c == '.' ||
              c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// The staff member `who` names (see the file comment), or "" when it names
// none. Throws UsageError when a display name is ambiguous.
std::string ResolveStaff(const Client& client, const std::string& site,
                         const std::string& who) {
  if (who.rfind("staff/", 0) == 0) return who;
  auto stub = v1::DirectoryService::NewStub(client.channel());
  if (LooksLikeStaffId(who)) {
    v1::GetStaffMemberRequest request;
    request.set_name(StaffName(who));
    v1::StaffMember staff;
    grpc::ClientContext context;
    client.Authorize(&context);
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::milliseconds(static_cast<long long>(
                             client.timeout_seconds() * 1000)));
    if (stub->GetStaffMember(&context, request, &staff).ok()) {
      return staff.name();
    }
  }
  v1::ListStaffMembersResponse all;
  if (!FetchAllPages(client, v1::ListStaffMembersRequest(), &all,
                     [&](grpc::ClientContext* context,
                         const v1::ListStaffMembersRequest& page_request,
                         v1::ListStaffMembersResponse* page) {
                       return stub->ListStaffMembers(context, page_request,
                                                     page);
                     })) {
    throw UsageError("could not look up \"" + who + "\" among the staff");
  }
  std::vector<const v1::StaffMember*> named, at_site;
  for (const auto& staff : all.staff_members()) {
    if (Trim(staff.display_name()) != Trim(who)) continue;
    named.push_back(&staff);
    for (const auto& s : staff.sites()) {
      if (s == SiteName(site)) at_site.push_back(&staff);
    }
  }
  if (named.size() == 1) return named[0]->name();
  if (at_site.size() == 1) return at_site[0]->name();
  if (named.empty()) return "";
  std::string ids;
  for (const auto* staff : named) ids += " " + staff->name();
  throw UsageError("\"" + who +
                   "\" is the display name of several staff "
                   "members; name one of them:" +
                   ids);
}

// "id-card:110101..." → the document; throws UsageError when malformed.
v1::IdentityDocument ParseDocument(const std::string& type,
                                   const std::string& number) {
  v1::IdentityDocument doc;
  if (type.empty() && number.empty()) return doc;
  if (type.empty() || number.empty()) {
    throw UsageError("a document needs both its type and its number");
  }
  int n = EnumNumber(v1::IdentityDocument::Type_descriptor(), type);
  if (n == 0) throw UsageError("unknown document type \"" + type + "\"");
  doc.set_type(static_cast<v1::IdentityDocument::Type>(n));
  doc.set_number(number);
  return doc;
}

// "name,phone[,type:number]".
KeyBorrower ParsePersonSpec(const std::string& spec) {
  std::vector<std::string> parts;
  std::stringstream in(spec);
  std::string part;
  while (std::getline(in, part, ',')) parts.push_back(Trim(part));
  if (parts.size() < 2 || parts.size() > 3 || parts[0].empty()) {
    throw UsageError(
        "--authorized-person takes \"name,phone[,type:number]\", "
        "e.g. \"李师傅,13900002222,id-card:110101199003071233\"");
  }
  KeyBorrower b;
  b.mutable_person()->set_display_name(parts[0]);
  b.mutable_person()->set_phone(parts[1]);
  if (parts.size() == 3) {
    size_t colon = parts[2].find(':');
    if (colon == std::string::npos) {
      throw UsageError(
          "the document of --authorized-person is type:number, "
          "e.g. id-card:110101199003071233");
    }
    *b.mutable_person()->mutable_document() =
        ParseDocument(parts[2].substr(0, colon), parts[2].substr(colon + 1));
  }
  return b;
}

struct BorrowerPersonOptions {
  std::string phone, id_type, id_number;
  bool given() const {
    return !phone.empty() || !id_type.empty() || !id_number.empty();
  }
};

KeyBorrower ResolveBorrower(const Client& client, const std::string& site,
                            const std::string& who,
                            const BorrowerPersonOptions& person,
                            const std::string& option) {
  KeyBorrower b;
  std::string text = Trim(who);
  if (!person.given()) {
    std::string staff = ResolveStaff(client, site, text);
    if (!staff.empty()) {
      b.set_staff(staff);
      return b;
    }
  }
  b.mutable_person()->set_display_name(text);
  b.mutable_person()->set_phone(person.phone);
  *b.mutable_person()->mutable_document() =
      ParseDocument(person.id_type, person.id_number);
  if (!person.given()) {
    std::cerr << "note: \"" << text << "\" is not a staff member; " << option
              << " is taken as a person outside the staff\n";
  }
  return b;
}

std::string Label(const KeyBorrower& b) {
  if (b.has_staff()) return LastSegment(b.staff());
  if (!b.has_person()) return "";
  std::string label = b.person().display_name();
  if (!b.person().phone().empty()) label += " " + b.person().phone();
  return label;
}

std::string Word(const google::protobuf::EnumDescriptor* type, int number) {
  return EnumWord(type, number);
}

void PrintKey(const Key& key, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    PrintJson(key, std::cout);
    return;
  }
  KeyValues view;
  view.Add("name", key.name());
  view.Add("tag", key.tag());
  view.Add("kind", Word(Key::Kind_descriptor(), key.kind()));
  view.AddIfSet("unit", LastSegment(key.unit()));
  view.AddIfSet("description", key.description());
  view.AddIfSet("slot", key.storage_slot());
  view.Add("copies", std::to_string(key.copies()));
  std::string authorized;
  for (const auto& b : key.authorized_borrowers()) {
    authorized += (authorized.empty() ? "" : ", ") + Label(b);
  }
  view.AddIfSet("authorized", authorized);
  if (!key.entrusted_by().name().empty()) {
    view.Add("entrusted by",
             key.entrusted_by().name() + " " + key.entrusted_by().phone());
  }
  view.Add("state", Word(Key::State_descriptor(), key.state()));
  if (key.has_current_loan()) {
    const Key::Loan& loan = key.current_loan();
    std::string borrower = Label(loan.borrower());
    if (loan.borrower().has_person() &&
        !loan.borrower().person().document().number().empty()) {
      borrower += " (" +
                  Word(v1::IdentityDocument::Type_descriptor(),
                       loan.borrower().person().document().type()) +
                  " " + loan.borrower().person().document().number() + ")";
    }
    view.Add("borrower", borrower);
    view.Add("purpose", loan.purpose());
    view.Add("lent", FormatLocalTime(loan.lend_time()) + " by " +
                         LastSegment(loan.lent_by()));
    view.Add("due", FormatLocalTime(loan.due_time()) +
                        (key.overdue() ? "  OVERDUE" : ""));
  }
  if (key.retire_reason() != Key::RETIRE_REASON_UNSPECIFIED) {
    view.Add("retired",
             Word(Key::RetireReason_descriptor(), key.retire_reason()));
  }
  view.Add("updated", FormatLocalTime(key.update_time()));
  view.Add("etag", key.etag());
  view.Print(std::cout);
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
    std::string staff = ResolveStaff(client, SiteId(o.site), Trim(who));
    if (staff.empty()) {
      throw UsageError("--authorized \"" + who +
                       "\" is not a staff member; name a person outside the "
                       "staff with --authorized-person \"name,phone[,type:"
                       "number]\"");
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
  PrintKey(response, format);
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
  PrintKey(response, format);
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
  auto stub = v1::VisitorService::NewStub(client.channel());
  v1::ListKeysResponse all;
  if (!FetchAllPages(client, request, &all,
                     [&](grpc::ClientContext* context,
                         const v1::ListKeysRequest& page_request,
                         v1::ListKeysResponse* page) {
                       return stub->ListKeys(context, page_request, page);
                     })) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  if (all.keys().empty()) {
    std::cerr << "no keys\n";
    return kExitOk;
  }
  Table table(
      {"TAG", "KIND", "UNIT", "SLOT", "STATE", "BORROWER", "DUE", "OVERDUE"});
  table.SetMaxWidth(5, 24);
  for (const Key& key : all.keys()) {
    table.AddRow(
        {key.tag(), Word(Key::Kind_descriptor(), key.kind()),
         key.unit().empty() ? key.description() : LastSegment(key.unit()),
         key.storage_slot(), Word(Key::State_descriptor(), key.state()),
         Label(key.current_loan().borrower()),
         FormatLocalTime(key.current_loan().due_time()),
         key.overdue() ? "yes" : ""});
  }
  table.Print(std::cout);
  return kExitOk;
}

struct LendOptions {
  std::string site, key, borrower, purpose, due;
  BorrowerPersonOptions person;
  std::string authorized_by, authorization_reason, authorizer_token_file;
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
  std::string token;
  if (!o.authorized_by.empty()) {
    request.mutable_authorization()->set_authorized_by(
        StaffName(o.authorized_by));
    request.mutable_authorization()->set_reason(o.authorization_reason);
    token = ReadAuthorizerToken(o.authorizer_token_file);
  }
  Key response;
  if (!CallVisitors(client, &v1::VisitorService::Stub::LendKey, request,
                    &response, token)) {
    return kExitRpcError;
  }
  PrintKey(response, format);
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
  PrintKey(response, format);
  return kExitOk;
}

int KeyHistory(const Client& client, OutputFormat format, const GetOptions& o) {
  v1::ListKeyEventsRequest request;
  request.set_parent(KeyName(o.site, o.key));
  request.set_unmask(o.unmask);
  request.set_unmask_reason(o.unmask_reason);
  auto stub = v1::VisitorService::NewStub(client.channel());
  v1::ListKeyEventsResponse all;
  if (!FetchAllPages(client, request, &all,
                     [&](grpc::ClientContext* context,
                         const v1::ListKeyEventsRequest& page_request,
                         v1::ListKeyEventsResponse* page) {
                       return stub->ListKeyEvents(context, page_request, page);
                     })) {
    return kExitRpcError;
  }
  if (format == OutputFormat::kJson) {
    PrintJson(all, std::cout);
    return kExitOk;
  }
  Table table({"TIME", "EVENT", "BY", "BORROWER", "DUE", "LATE", "DETAIL"});
  table.SetMaxWidth(6, 40);
  for (const KeyEvent& e : all.events()) {
    std::string detail = e.purpose();
    for (const auto& c : e.changes()) {
      detail += (detail.empty() ? "" : "; ") + c.field() + ": " +
                c.old_value() + " → " + c.new_value();
    }
    if (e.has_authorization()) {
      detail += (detail.empty() ? "" : "; ") + std::string("authorised by ") +
                LastSegment(e.authorization().authorized_by()) + ": " +
                e.authorization().reason();
    }
    if (e.retire_reason() != Key::RETIRE_REASON_UNSPECIFIED) {
      detail += (detail.empty() ? "" : "; ") +
                Word(Key::RetireReason_descriptor(), e.retire_reason());
    }
    if (e.has_returned_by()) {
      detail += (detail.empty() ? "" : "; ") + std::string("brought by ") +
                Label(e.returned_by());
    }
    if (!e.note().empty()) detail += (detail.empty() ? "" : "; ") + e.note();
    table.AddRow({FormatLocalTime(e.create_time()),
                  Word(KeyEvent::Type_descriptor(), e.type()),
                  LastSegment(e.actor()), Label(e.borrower()),
                  FormatLocalTime(e.due_time()), e.late() ? "late" : "",
                  detail});
  }
  table.Print(std::cout);
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
  PrintKey(response, format);
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
  lend->add_option("--authorized-by", lend_options->authorized_by,
                   "the supervisor who allows a borrower not on the key's "
                   "list");
  lend->add_option("--authorization-reason", lend_options->authorization_reason,
                   "why the supervisor allows it");
  lend->add_option("--authorizer-token-file",
                   lend_options->authorizer_token_file,
                   "file with the supervisor's token (else "
                   "FRONTDESK_AUTHORIZER_TOKEN)");
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
