// The AIP-160 filter of `frontdesk ticket list`, from its options:
//
//   --status new --kind repair --phone P --unit 3-2-501 --since A --until B
//   → status = NEW AND kind = REPAIR AND reporter_phone = "P" AND
//     unit = "sites/hx/units/3-2-501" AND create_time >= "A" AND
//     create_time < "B"
//
// then --channel, --priority and a raw --filter, all joined by AND. Options
// left empty add nothing. Times are passed through for the server to check.
#ifndef FRONTDESK_CLIENTS_CLI_TICKET_FILTER_H_
#define FRONTDESK_CLIENTS_CLI_TICKET_FILTER_H_

#include <string>

namespace frontdesk::cli {

struct TicketFilterOptions {
  std::string site;    // completes a short --unit; "" means every site
  std::string status;  // enum words, e.g. "in-progress"
  std::string kind;
  std::string channel;
  std::string priority;
  std::string phone;
  std::string unit;   // "3-2-501" or "sites/hx/units/3-2-501"
  std::string since;  // RFC 3339, inclusive
  std::string until;  // RFC 3339, exclusive
  std::string raw;    // --filter
};

// Throws UsageError for a short --unit without a site.
std::string TicketListFilter(const TicketFilterOptions& options);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_TICKET_FILTER_H_
