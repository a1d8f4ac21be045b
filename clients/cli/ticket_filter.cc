#include "clients/cli/ticket_filter.h"

#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/names.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::cli {

std::string TicketListFilter(const TicketFilterOptions& options) {
  using v1::Ticket;
  const std::string site_id = options.site.empty() ? "-" : SiteId(options.site);
  FilterBuilder filter;
  filter
      .AddEnum("status", "=",
               EnumFilterName(Ticket::Status_descriptor(), options.status))
      .AddEnum("kind", "=",
               EnumFilterName(Ticket::Kind_descriptor(), options.kind))
      .AddEnum("channel", "=",
               EnumFilterName(Ticket::Channel_descriptor(), options.channel))
      .AddEnum("priority", "=",
               EnumFilterName(Ticket::Priority_descriptor(), options.priority))
      .AddText("reporter_phone", "=", options.phone)
      .AddText("unit", "=", UnitName(site_id, options.unit))
      .AddText("create_time", ">=", options.since)
      .AddText("create_time", "<", options.until)
      .AddRaw(options.raw);
  return filter.Build();
}

}  // namespace frontdesk::cli
