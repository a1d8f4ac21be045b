#include "server/report/report_figures.h"

#include <algorithm>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "db/report/report_window.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/report/indicators.h"

namespace frontdesk {
namespace {

void CountKind(int kind, long long n, v1::TicketCounts* c) {
  c->set_total(c->total() + n);
  switch (kind) {
    case v1::Ticket::INQUIRY:
      c->set_inquiries(c->inquiries() + n);
      break;
    case v1::Ticket::HELP:
      c->set_help_requests(c->help_requests() + n);
      break;
    case v1::Ticket::REPAIR:
      c->set_repairs(c->repairs() + n);
      break;
    case v1::Ticket::COMPLAINT:
      c->set_complaints(c->complaints() + n);
      break;
    case v1::Ticket::SUGGESTION:
      c->set_suggestions(c->suggestions() + n);
      break;
    case v1::Ticket::PRAISE:
      c->set_praises(c->praises() + n);
      break;
    case v1::Ticket::SPECIAL_SERVICE:
      c->set_special_services(c->special_services() + n);
      break;
    default:
      break;
  }
}

v1::CategoryCount Category(std::string key, std::string label, long long n) {
  v1::CategoryCount c;
  c.set_category(std::move(key));
  c.set_display_name(std::move(label));
  c.set_count(n);
  return c;
}

}  // namespace

v1::TicketCounts TicketCountsOf(const std::vector<db::ReceivedCount>& rows) {
  v1::TicketCounts counts;
  for (const auto& r : rows) CountKind(r.kind, r.count, &counts);
  return counts;
}

std::vector<v1::ChannelCount> ChannelCountsOf(
    const std::vector<db::ReceivedCount>& rows) {
  std::map<int, long long> by_channel;
  for (const auto& r : rows) by_channel[r.channel] += r.count;
  std::vector<v1::ChannelCount> out;
  for (const auto& [channel, n] : by_channel) {
    v1::ChannelCount c;
    c.set_channel(static_cast<v1::Ticket::Channel>(channel));
    c.set_count(n);
    out.push_back(c);
  }
  return out;
}

std::vector<v1::CategoryCount> RepairsByRouteOf(
    const std::vector<db::ReceivedCount>& rows) {
  std::map<int, long long> by_route;
  for (const auto& r : rows) {
    if (r.kind == v1::Ticket::REPAIR) by_route[r.route] += r.count;
  }
  // 004 §4.1's four routes, then the repairs not routed yet.
  struct Route {
    int value;
    const char* key;
    const char* label;
  };
  static constexpr Route kRoutes[] = {
      {v1::REPAIR_ROUTE_OWN_MAINTENANCE, "OWN_MAINTENANCE", "工程类"},
      {v1::REPAIR_ROUTE_DEVELOPER_WARRANTY, "DEVELOPER_WARRANTY", "整改类"},
      {v1::REPAIR_ROUTE_EXTERNAL_VENDOR, "EXTERNAL_VENDOR", "其他类"},
      {v1::REPAIR_ROUTE_COORDINATION, "COORDINATION", "沟通类"},
      {v1::REPAIR_ROUTE_UNSPECIFIED, "UNROUTED", "未分派"},
  };
  std::vector<v1::CategoryCount> out;
  for (const Route& route : kRoutes) {
    out.push_back(Category(route.key, route.label, by_route[route.value]));
  }
  return out;
}

std::vector<v1::CategoryCount> ComplaintsByClassOf(
    const std::vector<db::ReceivedCount>& rows) {
  std::map<int, long long> by_class;
  for (const auto& r : rows) {
    if (r.kind == v1::Ticket::COMPLAINT) by_class[r.complaint_class] += r.count;
  }
  return ComplaintClassCounts(std::move(by_class));
}

std::vector<v1::CategoryCount> ComplaintClassCounts(
    std::map<int, long long> by_class) {
  std::vector<v1::CategoryCount> out;
  out.push_back(Category("SERVICE", "服务类", by_class[v1::Ticket::SERVICE]));
  out.push_back(Category("FACILITY", "设施类", by_class[v1::Ticket::FACILITY]));
  if (long long none = by_class[v1::Ticket::COMPLAINT_CLASS_UNSPECIFIED]) {
    out.push_back(Category("UNSPECIFIED", "未分类", none));
  }
  return out;
}

long long ResolvedTickets(const std::vector<db::Resolution>& resolutions) {
  std::set<long long> tickets;
  for (const auto& r : resolutions) tickets.insert(r.ticket_id);
  return static_cast<long long>(tickets.size());
}

std::vector<v1::DayFigures> DaysOf(
    const ReportDays& days, absl::TimeZone zone,
    const std::vector<db::ReceivedCount>& received,
    const std::vector<db::Resolution>& resolved) {
  std::vector<v1::DayFigures> out;
  std::map<std::string, size_t> index;
  for (absl::CivilDay d = days.first; d <= days.last; ++d) {
    v1::DayFigures day;
    day.set_date(absl::FormatCivilTime(d));
    index[day.date()] = out.size();
    out.push_back(std::move(day));
  }
  auto day_of = [&](long long bucket) -> v1::DayFigures* {
    auto it = index.find(absl::FormatCivilTime(
        absl::ToCivilDay(absl::FromUnixMicros(bucket * db::kBucketUs), zone)));
    return it == index.end() ? nullptr : &out[it->second];
  };
  for (const auto& r : received) {
    if (v1::DayFigures* day = day_of(r.bucket)) {
      CountKind(r.kind, r.count, day->mutable_received());
    }
  }
  std::map<std::string, std::set<long long>> tickets_of_day;
  std::map<std::string, std::pair<long long, long long>> in_deadline;
  for (const auto& r : resolved) {
    v1::DayFigures* day = day_of(r.bucket);
    if (day == nullptr) continue;
    tickets_of_day[day->date()].insert(r.ticket_id);
    auto& [met, all] = in_deadline[day->date()];
    met += r.in_deadline ? 1 : 0;
    ++all;
  }
  for (v1::DayFigures& day : out) {
    day.set_resolved(static_cast<long long>(tickets_of_day[day.date()].size()));
    const auto& [met, all] = in_deadline[day.date()];
    *day.mutable_resolved_in_deadline() =
        Rate(met, all, 1.0, v1::RateMetric::AT_LEAST);
  }
  return out;
}

void AddTicketCounts(const v1::TicketCounts& add, v1::TicketCounts* into) {
  into->set_total(into->total() + add.total());
  into->set_inquiries(into->inquiries() + add.inquiries());
  into->set_help_requests(into->help_requests() + add.help_requests());
  into->set_repairs(into->repairs() + add.repairs());
  into->set_complaints(into->complaints() + add.complaints());
  into->set_suggestions(into->suggestions() + add.suggestions());
  into->set_praises(into->praises() + add.praises());
  into->set_special_services(into->special_services() + add.special_services());
}

void AddChannelCounts(
    const google::protobuf::RepeatedPtrField<v1::ChannelCount>& add,
    google::protobuf::RepeatedPtrField<v1::ChannelCount>* into) {
  for (const v1::ChannelCount& a : add) {
    auto it = std::find_if(into->begin(), into->end(), [&](const auto& c) {
      return c.channel() == a.channel();
    });
    if (it != into->end()) {
      it->set_count(it->count() + a.count());
    } else {
      *into->Add() = a;
    }
  }
  std::sort(into->begin(), into->end(), [](const auto& x, const auto& y) {
    return x.channel() < y.channel();
  });
}

void AddCategoryCounts(
    const google::protobuf::RepeatedPtrField<v1::CategoryCount>& add,
    google::protobuf::RepeatedPtrField<v1::CategoryCount>* into) {
  for (const v1::CategoryCount& a : add) {
    auto it = std::find_if(into->begin(), into->end(), [&](const auto& c) {
      return c.category() == a.category();
    });
    if (it != into->end()) {
      it->set_count(it->count() + a.count());
    } else {
      *into->Add() = a;
    }
  }
}

void AddDays(const google::protobuf::RepeatedPtrField<v1::DayFigures>& add,
             google::protobuf::RepeatedPtrField<v1::DayFigures>* into) {
  for (const v1::DayFigures& a : add) {
    auto it = std::find_if(into->begin(), into->end(),
                           [&](const auto& d) { return d.date() == a.date(); });
    if (it == into->end()) {
      *into->Add() = a;
      continue;
    }
    AddTicketCounts(a.received(), it->mutable_received());
    it->set_resolved(it->resolved() + a.resolved());
    *it->mutable_resolved_in_deadline() =
        AddRates(it->resolved_in_deadline(), a.resolved_in_deadline());
  }
  std::sort(into->begin(), into->end(),
            [](const auto& x, const auto& y) { return x.date() < y.date(); });
}

}  // namespace frontdesk
