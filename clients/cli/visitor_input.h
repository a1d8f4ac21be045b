// What the desk types for the visitor register (visitor, watchlist and pass
// commands), turned into VisitorService fields. Pure functions: no CLI11, no
// gRPC, so cli_visitor_test.cc tests them directly.
#ifndef FRONTDESK_CLIENTS_CLI_VISITOR_INPUT_H_
#define FRONTDESK_CLIENTS_CLI_VISITOR_INPUT_H_

#include <string>

namespace frontdesk::cli {

// The purpose of a visit from free text (--purpose "探亲").
struct PurposeChoice {
  int purpose = 0;     // a v1::Visit::Purpose number; never 0
  std::string detail;  // purpose_detail to send ("" for none)
};

// Reads --purpose:
//   - an enum word ("visit-resident", "DELIVERY", "repair_service", ...):
//     that purpose, no detail;
//   - otherwise free text, kept whole as purpose_detail, with the purpose
//     taken from the first known word it contains:
//       探亲 访友 拜访 visit → VISIT_RESIDENT; 快递 外卖 送货 送餐 delivery
//       courier → DELIVERY; 装修 renovation → RENOVATION; 维修 repair →
//       REPAIR_SERVICE; 看房 viewing → PROPERTY_VIEWING; 公务 official →
//       OFFICIAL; 搬家 moving → MOVING (English words case-insensitive);
//   - nothing known: OTHER (whose purpose_detail the server requires).
// Surrounding whitespace is trimmed; "" gives {0, ""} (the server then asks
// for a purpose, or a pass supplies it).
PurposeChoice ParsePurpose(const std::string& text);

// True for what may be a resident identity card number: 18 characters, 17
// digits then a digit or X/x. The check digit is the server's to verify.
bool LooksLikeIdCardNumber(const std::string& number);

// The --id-type word to use when only --id-number was given: "id-card" when
// the number looks like one, else "" (the command then asks for --id-type).
std::string DefaultDocumentType(const std::string& number);

// A resource of a site's collection from what the desk types: a full name
// "sites/hx/visits/12" unchanged; a bare id "12" with `site` "hx" (or
// "sites/hx") → "sites/hx/visits/12". Throws UsageError for a bare id
// without a site, naming `what` ("visit") and the full form.
std::string SiteChildName(const std::string& site,
                          const std::string& collection,
                          const std::string& id_or_name,
                          const std::string& what);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_VISITOR_INPUT_H_
