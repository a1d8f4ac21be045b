#include "server/token_cache.h"

#include "gtest/gtest.h"

namespace frontdesk {
namespace {

Principal Named(const std::string& id) {
  Principal p;
  p.staff_id = id;
  p.grants = {{1, "hx"}};
  return p;
}

TEST(TokenCacheTest, RemembersUntilTheTtlEnds) {
  FakeClock clock(absl::FromUnixSeconds(1'800'000'000));
  TokenCache cache(clock, absl::Seconds(10), 100);
  EXPECT_FALSE(cache.Find("h1").has_value());
  cache.Put("h1", Named("wang.li"));
  clock.Advance(absl::Seconds(9));
  auto hit = cache.Find("h1");
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->staff_id, "wang.li");
  EXPECT_EQ(hit->grants, (std::vector<Grant>{{1, "hx"}}));
  clock.Advance(absl::Seconds(1));
  EXPECT_FALSE(cache.Find("h1").has_value());
}

TEST(TokenCacheTest, KeepsTokensApart) {
  FakeClock clock(absl::FromUnixSeconds(0));
  TokenCache cache(clock, absl::Seconds(10), 100);
  cache.Put("h1", Named("a.one"));
  cache.Put("h2", Named("b.two"));
  EXPECT_EQ(cache.Find("h1")->staff_id, "a.one");
  EXPECT_EQ(cache.Find("h2")->staff_id, "b.two");
}

TEST(TokenCacheTest, StartsOverWhenFull) {
  FakeClock clock(absl::FromUnixSeconds(0));
  TokenCache cache(clock, absl::Seconds(10), 2);
  cache.Put("h1", Named("a.one"));
  cache.Put("h2", Named("b.two"));
  cache.Put("h3", Named("c.three"));
  EXPECT_FALSE(cache.Find("h1").has_value());
  EXPECT_FALSE(cache.Find("h2").has_value());
  EXPECT_EQ(cache.Find("h3")->staff_id, "c.three");
}

}  // namespace
}  // namespace frontdesk
