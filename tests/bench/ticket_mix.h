// Realistic front-desk ticket content for frontdesk_bench and
// frontdesk_generate: the mix of kinds, channels and priorities a property
// management front desk sees, Chinese names and subjects from small lists,
// mainland mobile numbers and a daytime-heavy hour of day.
//
// Contract: deterministic for a seed; not thread-safe (one per thread).
// Everything it produces passes the intake rules of server/ticket (names
// 1..64 characters, 11-digit mobiles, subjects 1..200 characters,
// complaint_class set exactly for complaints).
//
// Mix: kinds REPAIR 45%, INQUIRY 20%, HELP 12%, COMPLAINT 8% (SERVICE 40% /
// FACILITY 60%), SPECIAL_SERVICE 7%, SUGGESTION 5%, PRAISE 3%; channels
// PHONE 60%, WALK_IN 25%, APP 10%, LETTER 3%, PATROL 2%.
#ifndef FRONTDESK_TESTS_BENCH_TICKET_MIX_H_
#define FRONTDESK_TESTS_BENCH_TICKET_MIX_H_

#include <cstdint>
#include <random>
#include <string>

#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::bench {

class TicketMix {
 public:
  explicit TicketMix(uint64_t seed) : rng_(seed) {}

  double Uniform() { return std::uniform_real_distribution<double>()(rng_); }
  // Inclusive bounds.
  int UniformInt(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng_);
  }
  std::mt19937_64& rng() { return rng_; }

  v1::Ticket::Kind Kind();
  v1::Ticket::Channel Channel();
  // SERVICE or FACILITY for complaints, unspecified otherwise.
  v1::Ticket::ComplaintClass ComplaintClass(v1::Ticket::Kind kind);
  v1::Ticket::Priority Priority(v1::Ticket::Kind kind);

  // "王先生", "李女士" or a full name such as "张建华".
  std::string PersonName();
  // 11 digits with a real mobile prefix, e.g. "13812345678".
  std::string Mobile();
  std::string Subject(v1::Ticket::Kind kind,
                      v1::Ticket::ComplaintClass complaint_class);
  std::string Description(v1::Ticket::Channel channel, v1::Ticket::Kind kind,
                          const std::string& subject);
  // A public place of a site, for tickets without a unit ("东门岗亭").
  std::string PublicLocation();
  // 0..23, weighted to office hours (peaks 9-11 and 14-16).
  int LocalHour();
  // The share of a day's tickets recorded in local `hour` (sums to 1).
  static double HourShare(int hour);

  // A complete ticket from a resident of `unit` (resource name, may be "")
  // or, without one, at a public location: kind, channel and the rest drawn
  // from the mix.
  v1::Ticket Ticket(const std::string& unit);

 private:
  std::mt19937_64 rng_;
};

}  // namespace frontdesk::bench

#endif  // FRONTDESK_TESTS_BENCH_TICKET_MIX_H_
