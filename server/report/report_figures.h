// Folding the rows of db/report/ into the report messages, and adding two
// sites' figures: plain functions, one definition each (docs/metrics.md).
#ifndef FRONTDESK_SERVER_REPORT_REPORT_FIGURES_H_
#define FRONTDESK_SERVER_REPORT_REPORT_FIGURES_H_

#include <map>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "db/report/ticket_figures.h"
#include "frontdesk/v1/report_service.pb.h"
#include "google/protobuf/repeated_field.h"
#include "server/report/report_period.h"

namespace frontdesk {

// Received tickets by kind.
v1::TicketCounts TicketCountsOf(const std::vector<db::ReceivedCount>& rows);
// By channel, in channel order.
std::vector<v1::ChannelCount> ChannelCountsOf(
    const std::vector<db::ReceivedCount>& rows);
// Repairs by route ("OWN_MAINTENANCE" ... and "UNROUTED"), every route
// listed, in route order.
std::vector<v1::CategoryCount> RepairsByRouteOf(
    const std::vector<db::ReceivedCount>& rows);
// Complaints by class ("SERVICE", "FACILITY"; "UNSPECIFIED" for none).
std::vector<v1::CategoryCount> ComplaintsByClassOf(
    const std::vector<db::ReceivedCount>& rows);
// The same list from counts by Ticket.ComplaintClass number.
std::vector<v1::CategoryCount> ComplaintClassCounts(
    std::map<int, long long> by_class);
// Distinct tickets among the resolutions.
long long ResolvedTickets(const std::vector<db::Resolution>& resolutions);

// One DayFigures per day of `days` in `zone`: received by kind, tickets
// resolved that day, and the day's resolutions in their deadline (target
// 100%).
std::vector<v1::DayFigures> DaysOf(
    const ReportDays& days, absl::TimeZone zone,
    const std::vector<db::ReceivedCount>& received,
    const std::vector<db::Resolution>& resolved);

// `into` += `add`, field by field.
void AddTicketCounts(const v1::TicketCounts& add, v1::TicketCounts* into);
// Lists keyed by channel / category / date: counts of equal keys add, new
// keys are appended and the list is kept in key order.
void AddChannelCounts(
    const google::protobuf::RepeatedPtrField<v1::ChannelCount>& add,
    google::protobuf::RepeatedPtrField<v1::ChannelCount>* into);
void AddCategoryCounts(
    const google::protobuf::RepeatedPtrField<v1::CategoryCount>& add,
    google::protobuf::RepeatedPtrField<v1::CategoryCount>* into);
void AddDays(const google::protobuf::RepeatedPtrField<v1::DayFigures>& add,
             google::protobuf::RepeatedPtrField<v1::DayFigures>* into);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_REPORT_FIGURES_H_
