#include "clients/cli/visitor_view.h"

#include <ostream>
#include <string>
#include <vector>

#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"

namespace frontdesk::cli {
namespace {

using v1::IdentityDocument;
using v1::Visit;

std::string Join(const std::vector<std::string>& parts,
                 const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string ShortStaff(const std::string& name) {
  return name.compare(0, 6, "staff/") == 0 ? name.substr(6) : name;
}

std::string YesOrBlank(bool value) { return value ? Msg("value.yes") : ""; }

std::string VisitStatus(const Visit& visit) {
  std::vector<std::string> parts = {
      EnumText(Visit::Status_descriptor(), visit.status())};
  if (visit.overstayed()) parts.push_back("overstayed");
  if (visit.watchlist_alert()) parts.push_back("ALERT");
  if (visit.has_purge_time()) parts.push_back("purged");
  return Join(parts, ", ");
}

std::string Seconds(const google::protobuf::Duration& duration) {
  return FormatDurationSeconds(duration.seconds());
}

}  // namespace

std::string DocumentLabel(const IdentityDocument& document) {
  if (document.number().empty()) return "";
  return Join({EnumText(IdentityDocument::Type_descriptor(), document.type()),
               document.number()},
              " ");
}

std::string HostLabel(const v1::Contact& host) {
  std::string where =
      host.unit().empty() ? host.location() : LastSegment(host.unit());
  return Join({where, host.name()}, " ");
}

std::string PurposeLabel(int purpose, const std::string& detail) {
  std::string word = EnumText(Visit::Purpose_descriptor(), purpose);
  if (detail.empty() || detail == word) return word;
  if (word.empty()) return detail;
  return word + " (" + detail + ")";
}

void PrintVisit(const Visit& visit, std::ostream& out) {
  KeyValues view;
  view.Add("name", visit.name());
  view.Add("status", VisitStatus(visit));
  view.Add("visitor", visit.visitor().display_name());
  view.AddIfSet("document", DocumentLabel(visit.visitor().document()));
  view.AddIfSet("phone", visit.visitor().phone());
  view.AddIfSet("vehicle plate", visit.visitor().vehicle_plate());
  if (visit.party_size() > 1) {
    view.Add("party size", std::to_string(visit.party_size()));
  }
  view.Add("visiting", HostLabel(visit.host()));
  view.AddIfSet("host phone", visit.host().phone());
  view.Add("purpose", PurposeLabel(visit.purpose(), visit.purpose_detail()));
  view.Add("checked in", FormatLocalTime(visit.check_in_time()));
  view.AddIfSet("expected out",
                FormatLocalTime(visit.expected_departure_time()));
  view.AddIfSet("checked out", FormatLocalTime(visit.check_out_time()));
  view.AddIfSet("registered by", visit.registered_by());
  view.AddIfSet("checked out by", visit.checked_out_by());
  if (visit.has_document_waiver()) {
    view.Add("no document", "admitted by " +
                                visit.document_waiver().authorized_by() + ": " +
                                visit.document_waiver().reason());
  }
  view.AddIfSet("visitor pass", visit.visitor_pass());
  if (visit.watchlist_alert()) {
    view.Add("watchlist", "ALERT: matched an entry; supervisors notified");
  }
  view.Add("numbers", visit.masked() ? "masked" : "UNMASKED (read logged)");
  view.AddIfSet("purged", FormatLocalTime(visit.purge_time()));
  view.AddIfSet("etag", visit.etag());
  view.Print(out);
}

void PrintVisitTable(const Repeated<Visit>& visits, std::ostream& out) {
  Table table({"VISIT", "STATUS", "VISITOR", "DOCUMENT", "PHONE", "VISITING",
               "PURPOSE", "IN", "UNTIL/OUT"});
  table.SetMaxWidth(6, 24);
  for (const Visit& visit : visits) {
    const auto& until = visit.status() == Visit::CHECKED_OUT
                            ? visit.check_out_time()
                            : visit.expected_departure_time();
    table.AddRow(
        {LastSegment(visit.name()), VisitStatus(visit),
         visit.visitor().display_name(), visit.visitor().document().number(),
         visit.visitor().phone(), HostLabel(visit.host()),
         PurposeLabel(visit.purpose(), visit.purpose_detail()),
         FormatLocalTime(visit.check_in_time()), FormatLocalTime(until)});
  }
  table.Print(out);
}

void PrintRefusal(const v1::Refusal& refusal, std::ostream& out) {
  KeyValues view;
  view.Add("name", refusal.name());
  view.Add("reason",
           EnumText(v1::Refusal::Reason_descriptor(), refusal.reason()));
  view.Add("person", refusal.person().display_name());
  view.AddIfSet("document", DocumentLabel(refusal.person().document()));
  view.AddIfSet("phone", refusal.person().phone());
  view.AddIfSet("asked for", HostLabel(refusal.host()));
  view.AddIfSet("note", refusal.note());
  view.AddIfSet("watchlist entry", refusal.watchlist_entry());
  view.Add("refused by", refusal.refused_by());
  view.Add("time", FormatLocalTime(refusal.create_time()));
  view.Print(out);
}

void PrintRefusalTable(const Repeated<v1::Refusal>& refusals,
                       std::ostream& out) {
  Table table({"REFUSAL", "TIME", "REASON", "PERSON", "DOCUMENT", "PHONE",
               "ASKED FOR", "BY", "NOTE"});
  table.SetMaxWidth(8, 30);
  for (const v1::Refusal& refusal : refusals) {
    table.AddRow(
        {LastSegment(refusal.name()), FormatLocalTime(refusal.create_time()),
         EnumText(v1::Refusal::Reason_descriptor(), refusal.reason()),
         refusal.person().display_name(), refusal.person().document().number(),
         refusal.person().phone(), HostLabel(refusal.host()),
         ShortStaff(refusal.refused_by()), refusal.note()});
  }
  table.Print(out);
}

void PrintVisitorAlertTable(const Repeated<v1::VisitorAlert>& alerts,
                            std::ostream& out) {
  Table table({"ALERT", "TIME", "KIND", "PERSON", "WATCHLIST ENTRY",
               "REFUSAL/VISIT", "RAISED BY"});
  for (const v1::VisitorAlert& alert : alerts) {
    table.AddRow({LastSegment(alert.name()),
                  FormatLocalTime(alert.create_time()),
                  EnumText(v1::VisitorAlert::Kind_descriptor(), alert.kind()),
                  alert.person_display_name(), alert.watchlist_entry(),
                  alert.refusal().empty() ? alert.visit() : alert.refusal(),
                  ShortStaff(alert.raised_by())});
  }
  table.Print(out);
}

void PrintWatchlistEntry(const v1::WatchlistEntry& entry, std::ostream& out) {
  KeyValues view;
  view.Add("name", entry.name());
  view.Add("action",
           EnumText(v1::WatchlistEntry::Action_descriptor(), entry.action()));
  view.AddIfSet("person", entry.person().display_name());
  view.AddIfSet("document", DocumentLabel(entry.person().document()));
  view.AddIfSet("phone", entry.person().phone());
  view.Add("reason", entry.reason());
  view.Add("expires", FormatLocalTime(entry.expire_time()));
  view.AddIfSet("created by", entry.created_by());
  view.AddIfSet("created", FormatLocalTime(entry.create_time()));
  view.AddIfSet("deleted by", entry.deleted_by());
  view.AddIfSet("deleted", FormatLocalTime(entry.delete_time()));
  view.AddIfSet("etag", entry.etag());
  view.Print(out);
}

void PrintWatchlistTable(const Repeated<v1::WatchlistEntry>& entries,
                         std::ostream& out) {
  Table table({"ENTRY", "ACTION", "PERSON", "DOCUMENT", "PHONE", "REASON",
               "EXPIRES", "BY", "DELETED"});
  table.SetMaxWidth(5, 30);
  for (const v1::WatchlistEntry& entry : entries) {
    table.AddRow(
        {LastSegment(entry.name()),
         EnumText(v1::WatchlistEntry::Action_descriptor(), entry.action()),
         entry.person().display_name(), entry.person().document().number(),
         entry.person().phone(), entry.reason(),
         FormatLocalTime(entry.expire_time()), ShortStaff(entry.created_by()),
         FormatLocalTime(entry.delete_time())});
  }
  table.Print(out);
}

void PrintVisitorPass(const v1::VisitorPass& pass, std::ostream& out) {
  KeyValues view;
  view.AddIfSet("code", pass.code());
  view.Add("name", pass.name());
  view.Add("state",
           EnumText(v1::VisitorPass::State_descriptor(), pass.state()));
  view.Add("visitor", pass.visitor().display_name());
  view.AddIfSet("document", DocumentLabel(pass.visitor().document()));
  view.AddIfSet("phone", pass.visitor().phone());
  view.AddIfSet("vehicle plate", pass.visitor().vehicle_plate());
  if (pass.party_size() > 1) {
    view.Add("party size", std::to_string(pass.party_size()));
  }
  view.Add("visiting", HostLabel(pass.host()));
  view.Add("purpose", PurposeLabel(pass.purpose(), pass.purpose_detail()));
  view.Add("valid from", FormatLocalTime(pass.valid_from()));
  view.Add("expires", FormatLocalTime(pass.expire_time()));
  view.Add("uses",
           std::to_string(pass.use_count()) + " of " +
               std::to_string(pass.max_uses() > 0 ? pass.max_uses() : 1));
  view.AddIfSet("created by", pass.created_by());
  view.AddIfSet("etag", pass.etag());
  view.Print(out);
}

void PrintVisitorPassTable(const Repeated<v1::VisitorPass>& passes,
                           std::ostream& out) {
  Table table({"PASS", "STATE", "VISITOR", "VISITING", "PURPOSE", "VALID FROM",
               "EXPIRES", "USES"});
  table.SetMaxWidth(4, 24);
  for (const v1::VisitorPass& pass : passes) {
    table.AddRow(
        {LastSegment(pass.name()),
         EnumText(v1::VisitorPass::State_descriptor(), pass.state()),
         pass.visitor().display_name(), HostLabel(pass.host()),
         PurposeLabel(pass.purpose(), pass.purpose_detail()),
         FormatLocalTime(pass.valid_from()),
         FormatLocalTime(pass.expire_time()),
         std::to_string(pass.use_count()) + "/" +
             std::to_string(pass.max_uses() > 0 ? pass.max_uses() : 1)});
  }
  table.Print(out);
}

void PrintVisitorSettings(const v1::VisitorSettings& settings,
                          std::ostream& out) {
  KeyValues view;
  view.Add("name", settings.name());
  view.Add("retention", std::to_string(settings.retention_days()) + " days");
  view.Add("default stay", Seconds(settings.default_visit_duration()));
  view.Add("overstay grace", Seconds(settings.overstay_grace()));
  view.Add("default key loan", Seconds(settings.default_key_loan_duration()));
  view.Add("ticket reporters kept",
           std::to_string(settings.ticket_retention_days()) + " days");
  view.AddIfSet("updated", FormatLocalTime(settings.update_time()));
  view.AddIfSet("etag", settings.etag());
  view.Print(out);
}

void PrintSensitiveDataAccessTable(
    const Repeated<v1::SensitiveDataAccess>& accesses, std::ostream& out) {
  Table table({"TIME", "ACTOR", "METHOD", "RESOURCES", "REASON"});
  table.SetMaxWidth(3, 60);
  for (const v1::SensitiveDataAccess& access : accesses) {
    std::vector<std::string> names(access.resources().begin(),
                                   access.resources().end());
    std::string resources = Join(names, ",");
    if (access.resource_count() > access.resources_size()) {
      resources += " (" + std::to_string(access.resource_count()) + " in all)";
    }
    table.AddRow({FormatLocalTime(access.create_time()),
                  ShortStaff(access.actor()), access.method(), resources,
                  access.reason()});
  }
  table.Print(out);
}

}  // namespace frontdesk::cli
