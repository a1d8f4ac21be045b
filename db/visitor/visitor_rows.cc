#include "db/visitor/visitor_rows.h"

#include <soci/soci.h>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "common/clock.h"
#include "common/identity.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/columns.h"

namespace frontdesk::db {

std::string DocumentBlind(const DataProtector& protector,
                          absl::string_view number) {
  return protector.Blind(kDocumentPurpose, number);
}

std::string NamePhoneBlind(const DataProtector& protector,
                           absl::string_view name, absl::string_view phone) {
  std::string trimmed(absl::StripAsciiWhitespace(name));
  std::string digits = PhoneDigits(phone);
  if (trimmed.empty() || digits.empty()) return "";
  return protector.Blind(kNamePhonePurpose,
                         absl::StrCat(trimmed, "\n", digits));
}

PersonColumns PersonColumns::Seal(const DataProtector& protector,
                                  const v1::Visitor& person) {
  PersonColumns c;
  c.name = person.display_name();
  c.doc_type = person.document().type();
  c.doc_sealed = protector.Seal(person.document().number());
  c.doc_blind = DocumentBlind(protector, person.document().number());
  c.phone_sealed = protector.Seal(person.phone());
  c.plate = person.vehicle_plate();
  return c;
}

absl::Status PersonColumns::OpenInto(const DataProtector& protector,
                                     v1::Visitor* person) const {
  person->set_display_name(name);
  auto doc = protector.Open(doc_sealed);
  if (!doc.ok()) return doc.status();
  auto phone = protector.Open(phone_sealed);
  if (!phone.ok()) return phone.status();
  if (doc_type != 0 || !doc->empty()) {
    person->mutable_document()->set_type(
        static_cast<v1::IdentityDocument::Type>(doc_type));
    person->mutable_document()->set_number(*doc);
  }
  person->set_phone(*phone);
  person->set_vehicle_plate(plate);
  return absl::OkStatus();
}

void PersonColumns::BindInto(soci::statement& st) {
  IntoColumns(st, name, doc_type, doc_sealed, phone_sealed, plate);
}

void VisitPartyColumns::BindInto(soci::statement& st) {
  IntoColumns(st, person, party_size, host, purpose, purpose_detail);
}

void HostColumns::BindInto(soci::statement& st, bool with_phone) {
  IntoColumns(st, unit_id, location, name);
  if (with_phone) st.exchange(soci::into(phone_sealed));
}

HostColumns HostColumns::Seal(const DataProtector& protector,
                              const v1::Contact& host) {
  HostColumns c;
  if (!host.unit().empty()) {
    auto unit = ParseUnitName("host.unit", host.unit());
    if (unit.ok()) c.unit_id = unit->unit_id;
  }
  c.location = host.location();
  c.name = host.name();
  c.phone_sealed = protector.Seal(host.phone());
  return c;
}

absl::Status HostColumns::OpenInto(const DataProtector& protector,
                                   const std::string& site_id,
                                   v1::Contact* host) const {
  auto phone = protector.Open(phone_sealed);
  if (!phone.ok()) return phone.status();
  if (!unit_id.empty()) host->set_unit(UnitName(site_id, unit_id));
  host->set_location(location);
  host->set_name(name);
  host->set_phone(*phone);
  return absl::OkStatus();
}

absl::Status RequireUnit(Tx& tx, const std::string& site_id,
                         const std::string& unit_id, absl::string_view field) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM units WHERE site_id = :s AND id = :u",
      soci::use(site_id), soci::use(unit_id), soci::into(exists);
  if (exists) return absl::OkStatus();
  return Error(absl::StatusCode::kNotFound, "UNIT_NOT_FOUND",
               absl::StrCat(field, ": unit \"", UnitName(site_id, unit_id),
                            "\" does not exist"));
}

FilterColumn DocumentNumberColumn(const DataProtector& protector,
                                  std::string column) {
  return TextColumn(std::move(column), [&protector](const std::string& text) {
    return DocumentBlind(
        protector, absl::AsciiStrToUpper(absl::StripAsciiWhitespace(text)));
  });
}

absl::Status CheckBoolText(absl::string_view value) {
  if (value == "true" || value == "false") return absl::OkStatus();
  return InvalidField("filter", "must be true or false");
}

}  // namespace frontdesk::db
