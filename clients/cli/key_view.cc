#include "clients/cli/key_view.h"

#include <ostream>
#include <string>

#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/output.h"

namespace frontdesk::cli {

using v1::Key;
using v1::KeyBorrower;
using v1::KeyEvent;

std::string KeyBorrowerLabel(const KeyBorrower& b) {
  if (b.has_staff()) return LastSegment(b.staff());
  if (!b.has_person()) return "";
  std::string label = b.person().display_name();
  if (!b.person().phone().empty()) label += " " + b.person().phone();
  return label;
}

void PrintKey(const Key& key, std::ostream& out) {
  KeyValues view;
  view.Add("name", key.name());
  view.Add("tag", key.tag());
  view.Add("kind", EnumText(Key::Kind_descriptor(), key.kind()));
  view.AddIfSet("unit", LastSegment(key.unit()));
  view.AddIfSet("description", key.description());
  view.AddIfSet("slot", key.storage_slot());
  view.Add("copies", std::to_string(key.copies()));
  std::string authorized;
  for (const auto& b : key.authorized_borrowers()) {
    authorized += (authorized.empty() ? "" : ", ") + KeyBorrowerLabel(b);
  }
  view.AddIfSet("authorized", authorized);
  if (!key.entrusted_by().name().empty()) {
    view.Add("entrusted by",
             key.entrusted_by().name() + " " + key.entrusted_by().phone());
  }
  view.Add("state", EnumText(Key::State_descriptor(), key.state()));
  if (key.has_current_loan()) {
    const Key::Loan& loan = key.current_loan();
    std::string borrower = KeyBorrowerLabel(loan.borrower());
    if (loan.borrower().has_person() &&
        !loan.borrower().person().document().number().empty()) {
      borrower += " (" +
                  EnumText(v1::IdentityDocument::Type_descriptor(),
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
             EnumText(Key::RetireReason_descriptor(), key.retire_reason()));
  }
  view.Add("updated", FormatLocalTime(key.update_time()));
  view.Add("etag", key.etag());
  view.Print(out);
}

void PrintKeyTable(const google::protobuf::RepeatedPtrField<Key>& keys,
                   std::ostream& out) {
  Table table(
      {"TAG", "KIND", "UNIT", "SLOT", "STATE", "BORROWER", "DUE", "OVERDUE"});
  table.SetMaxWidth(5, 24);
  for (const Key& key : keys) {
    table.AddRow(
        {key.tag(), EnumText(Key::Kind_descriptor(), key.kind()),
         key.unit().empty() ? key.description() : LastSegment(key.unit()),
         key.storage_slot(), EnumText(Key::State_descriptor(), key.state()),
         KeyBorrowerLabel(key.current_loan().borrower()),
         FormatLocalTime(key.current_loan().due_time()),
         key.overdue() ? Msg("value.yes") : ""});
  }
  table.Print(out);
}

void PrintKeyEventTable(
    const google::protobuf::RepeatedPtrField<KeyEvent>& events,
    std::ostream& out) {
  Table table({"TIME", "EVENT", "BY", "BORROWER", "DUE", "LATE", "DETAIL"});
  table.SetMaxWidth(6, 40);
  for (const KeyEvent& e : events) {
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
                EnumText(Key::RetireReason_descriptor(), e.retire_reason());
    }
    if (e.has_returned_by()) {
      detail += (detail.empty() ? "" : "; ") + std::string("brought by ") +
                KeyBorrowerLabel(e.returned_by());
    }
    if (!e.note().empty()) detail += (detail.empty() ? "" : "; ") + e.note();
    table.AddRow({FormatLocalTime(e.create_time()),
                  EnumText(KeyEvent::Type_descriptor(), e.type()),
                  LastSegment(e.actor()), KeyBorrowerLabel(e.borrower()),
                  FormatLocalTime(e.due_time()), e.late() ? "late" : "",
                  detail});
  }
  table.Print(out);
}

}  // namespace frontdesk::cli
