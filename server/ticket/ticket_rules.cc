#include "server/ticket/ticket_rules.h"

#include <functional>
#include <map>
#include <string>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "server/ticket/reporter_rules.h"

namespace frontdesk {
namespace {

using v1::Ticket;

// A mutable leaf field: how to read it as display text and how to copy it.
struct Leaf {
  std::function<std::string(const Ticket&)> show;
  std::function<void(const Ticket&, Ticket*)> copy;
};

template <typename E>
std::string EnumName(const google::protobuf::EnumDescriptor* d, E value) {
  const auto* v = d->FindValueByNumber(static_cast<int>(value));
  return v ? v->name() : absl::StrCat(static_cast<int>(value));
}

const std::map<std::string, Leaf>& Leaves() {
  static const auto* leaves = new std::map<std::string, Leaf>{
      {"channel",
       {[](const Ticket& t) {
          return EnumName(Ticket::Channel_descriptor(), t.channel());
        },
        [](const Ticket& s, Ticket* d) { d->set_channel(s.channel()); }}},
      {"kind",
       {[](const Ticket& t) {
          return EnumName(Ticket::Kind_descriptor(), t.kind());
        },
        [](const Ticket& s, Ticket* d) { d->set_kind(s.kind()); }}},
      {"complaint_class",
       {[](const Ticket& t) {
          return EnumName(Ticket::ComplaintClass_descriptor(),
                          t.complaint_class());
        },
        [](const Ticket& s, Ticket* d) {
          d->set_complaint_class(s.complaint_class());
        }}},
      {"priority",
       {[](const Ticket& t) {
          return EnumName(Ticket::Priority_descriptor(), t.priority());
        },
        [](const Ticket& s, Ticket* d) { d->set_priority(s.priority()); }}},
      {"subject",
       {[](const Ticket& t) { return t.subject(); },
        [](const Ticket& s, Ticket* d) { d->set_subject(s.subject()); }}},
      {"description",
       {[](const Ticket& t) { return t.description(); },
        [](const Ticket& s, Ticket* d) {
          d->set_description(s.description());
        }}},
      {"reporter.name",
       {[](const Ticket& t) { return t.reporter().name(); },
        [](const Ticket& s, Ticket* d) {
          d->mutable_reporter()->set_name(s.reporter().name());
        }}},
      {"reporter.phone",
       {[](const Ticket& t) { return t.reporter().phone(); },
        [](const Ticket& s, Ticket* d) {
          d->mutable_reporter()->set_phone(s.reporter().phone());
        }}},
      {"reporter.unit",
       {[](const Ticket& t) { return t.reporter().unit(); },
        [](const Ticket& s, Ticket* d) {
          d->mutable_reporter()->set_unit(s.reporter().unit());
        }}},
      {"reporter.location",
       {[](const Ticket& t) { return t.reporter().location(); },
        [](const Ticket& s, Ticket* d) {
          d->mutable_reporter()->set_location(s.reporter().location());
        }}},
      // Kept long-term by retention [T-COMPLAINT-RETENTION].
      {"important",
       {[](const Ticket& t) {
          return std::string(t.important() ? "true" : "false");
        },
        [](const Ticket& s, Ticket* d) { d->set_important(s.important()); }}},
  };
  return *leaves;
}

}  // namespace

absl::Status ValidateTicketFields(const v1::Ticket& t) {
  Violations v;
  if (t.channel() == Ticket::CHANNEL_UNSPECIFIED) {
    v.Add("ticket.channel", "is required");
  } else if (!Ticket::Channel_IsValid(t.channel())) {
    v.Add("ticket.channel", "is not a known channel");
  }
  if (t.kind() == Ticket::KIND_UNSPECIFIED) {
    v.Add("ticket.kind", "is required");
  } else if (!Ticket::Kind_IsValid(t.kind())) {
    v.Add("ticket.kind", "is not a known kind");
  }
  if (!Ticket::ComplaintClass_IsValid(t.complaint_class())) {
    v.Add("ticket.complaint_class", "is not a known complaint class");
  } else if (t.kind() == Ticket::COMPLAINT &&
             t.complaint_class() == Ticket::COMPLAINT_CLASS_UNSPECIFIED) {
    v.Add("ticket.complaint_class",
          "is required for a complaint: SERVICE (attitude, skill) or FACILITY "
          "(a defect)");
  } else if (t.kind() != Ticket::COMPLAINT &&
             t.complaint_class() != Ticket::COMPLAINT_CLASS_UNSPECIFIED) {
    v.Add("ticket.complaint_class", "is only for complaints");
  }
  if (!Ticket::Priority_IsValid(t.priority())) {
    v.Add("ticket.priority", "is not a known priority");
  }
  v.Merge(CheckText("ticket.reporter.name", t.reporter().name(), 1, 64));
  v.Merge(CheckNotMaskedName("ticket.reporter.name", t.reporter().name()));
  v.Merge(CheckPhone("ticket.reporter.phone", t.reporter().phone()));
  if (!t.reporter().unit().empty()) {
    v.Merge(
        ParseUnitName("ticket.reporter.unit", t.reporter().unit()).status());
  }
  v.Merge(
      CheckText("ticket.reporter.location", t.reporter().location(), 0, 200));
  v.Merge(CheckText("ticket.subject", t.subject(), 1, 200));
  v.Merge(CheckText("ticket.description", t.description(), 0, 4000,
                    /*multiline=*/true));
  return v.ToStatus();
}

absl::StatusOr<TicketUpdate> ApplyTicketUpdate(
    const v1::Ticket& current, const v1::Ticket& patch,
    const google::protobuf::FieldMask& mask) {
  if (mask.paths().empty()) {
    return InvalidField("update_mask",
                        "is required: name the fields to change");
  }
  std::vector<std::string> paths;
  for (const std::string& path : mask.paths()) {
    if (path == "reporter") {
      for (const char* p : {"reporter.name", "reporter.phone", "reporter.unit",
                            "reporter.location"}) {
        paths.push_back(p);
      }
    } else if (Leaves().count(path)) {
      paths.push_back(path);
    } else {
      return InvalidField(
          "update_mask",
          absl::StrCat(
              "\"", path,
              "\" cannot be updated; mutable fields are channel, "
              "kind, complaint_class, priority, subject, "
              "description, reporter(.name|.phone|.unit|.location) and "
              "important"));
    }
  }
  TicketUpdate out;
  out.ticket = current;
  for (const std::string& path : paths) {
    const Leaf& leaf = Leaves().at(path);
    std::string before = leaf.show(out.ticket);
    leaf.copy(patch, &out.ticket);
    std::string after = leaf.show(out.ticket);
    if (before != after) {
      v1::FieldChange change;
      change.set_field(path);
      change.set_old_value(before);
      change.set_new_value(after);
      out.changes.push_back(std::move(change));
    }
  }
  absl::Status valid = ValidateTicketFields(out.ticket);
  if (!valid.ok()) return valid;
  return out;
}

}  // namespace frontdesk
