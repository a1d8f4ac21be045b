// Internal to db/: how the visitor register's tables hold a person and a
// host, and the WHERE pieces its lists share. Personal numbers are sealed on
// the way in and opened on the way out here, so no store ever writes one in
// clear (common/data_protector.h).
#ifndef FRONTDESK_DB_VISITOR_VISITOR_ROWS_H_
#define FRONTDESK_DB_VISITOR_VISITOR_ROWS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "common/data_protector.h"
#include "common/filter.h"
#include "db/database.h"
#include "db/internal/params.h"
#include "db/internal/where.h"
#include "frontdesk/v1/common.pb.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace soci {
class statement;
}

namespace frontdesk::db {

// Blinding purposes (DataProtector::Blind).
inline constexpr char kDocumentPurpose[] = "document";
inline constexpr char kNamePhonePurpose[] = "name+phone";

// The blind of a canonical document number (common/identity.h).
std::string DocumentBlind(const DataProtector& protector,
                          absl::string_view number);
// The blind of a trimmed name and a phone's digits; "" if either is empty.
std::string NamePhoneBlind(const DataProtector& protector,
                           absl::string_view name, absl::string_view phone);

// A person's columns: name, document type, sealed document, its blind,
// sealed phone, plate.
struct PersonColumns {
  std::string name;
  int doc_type = 0;
  std::string doc_sealed, doc_blind, phone_sealed, plate;

  // `person` carries canonical numbers (already validated).
  static PersonColumns Seal(const DataProtector& protector,
                            const v1::Visitor& person);
  // DATA_LOSS when a sealed value does not open (wrong key, altered row).
  absl::Status OpenInto(const DataProtector& protector,
                        v1::Visitor* person) const;
  // Reads the next five selected columns: name, document type, sealed
  // document, sealed phone, plate.
  void BindInto(soci::statement& st);
};

// A host's columns: unit id (same site), location, name, sealed phone.
struct HostColumns {
  std::string unit_id, location, name, phone_sealed;

  static HostColumns Seal(const DataProtector& protector,
                          const v1::Contact& host);
  absl::Status OpenInto(const DataProtector& protector,
                        const std::string& site_id, v1::Contact* host) const;
  // Reads the next selected columns: unit id, location, name and, with
  // `with_phone`, the sealed phone.
  void BindInto(soci::statement& st, bool with_phone = true);
};

// What a visit and a visitor pass both describe: who comes and how many, to
// see whom, and why. Bound as person (5 columns), party_size, host (4),
// purpose, purpose_detail.
struct VisitPartyColumns {
  PersonColumns person;
  int party_size = 1;
  HostColumns host;
  int purpose = 0;
  std::string purpose_detail;

  void BindInto(soci::statement& st);
  // Fills visitor, party_size, host, purpose and purpose_detail of a
  // v1::Visit or a v1::VisitorPass; DATA_LOSS as PersonColumns::OpenInto.
  template <typename VisitOrPass>
  absl::Status OpenInto(const DataProtector& protector,
                        const std::string& site_id, VisitOrPass* out) const {
    absl::Status opened = person.OpenInto(protector, out->mutable_visitor());
    if (!opened.ok()) return opened;
    out->set_party_size(party_size);
    opened = host.OpenInto(protector, site_id, out->mutable_host());
    if (!opened.ok()) return opened;
    out->set_purpose(static_cast<v1::Visit::Purpose>(purpose));
    out->set_purpose_detail(purpose_detail);
    return absl::OkStatus();
  }
};

// NOT_FOUND (UNIT_NOT_FOUND) unless the unit exists at the site.
absl::Status RequireUnit(Tx& tx, const std::string& site_id,
                         const std::string& unit_id, absl::string_view field);

// The filter column of a "document_number" filter field: the blind index
// (see DocumentBlind) of the canonical number in `column`.
FilterColumn DocumentNumberColumn(const DataProtector& protector,
                                  std::string column);

// A filter value "true"/"false" (bool filter fields are kString in the
// schema with this check).
absl::Status CheckBoolText(absl::string_view value);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_VISITOR_VISITOR_ROWS_H_
