// The ticket store against both backends: every TEST_P body runs on SQLite
// and on MariaDB (FRONTDESK_TEST_MYSQL, set by tests/with_mariadb.sh), each
// test on a fresh, migrated database.

#include "absl/strings/match.h"
#include "common/retention.h"
#include "db/store_test_fixture.h"
#include "db/ticket/ticket_rows.h"
#include "db/ticket/ticket_workflow_store.h"

namespace frontdesk::store_testing {
namespace {

// --- Tickets ---------------------------------------------------------------

TEST_P(StoreTest, CreateTicketNumbersBySiteLocalDate) {
  MakeSite("hx");
  const int date_key = ShanghaiDateKey(Now());
  ASSERT_EQ(date_key, 20261123);
  const std::string prefix = absl::StrCat("HX-", date_key, "-");

  v1::Ticket first = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  EXPECT_EQ(first.number(), prefix + "0001");
  EXPECT_EQ(first.number(), "HX-20261123-0001");
  v1::Ticket second =
      MustCreateTicket("hx", NewTicket("门禁卡失灵"), Now() + kSecondUs);
  EXPECT_EQ(second.number(), "HX-20261123-0002");
  EXPECT_NE(db::TicketId(first), db::TicketId(second));

  // 2026-11-23T15:59:59Z is the last second of the 23rd in Shanghai.
  long long last_second =
      Now() + 22 * 3600 * kSecondUs + 29 * 60 * kSecondUs + 59 * kSecondUs;
  ASSERT_EQ(ShanghaiDateKey(last_second), 20261123);
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("a"), last_second).number(),
            "HX-20261123-0003");
  // One second later it is the 24th there: the sequence restarts.
  ASSERT_EQ(ShanghaiDateKey(last_second + kSecondUs), 20261124);
  EXPECT_EQ(
      MustCreateTicket("hx", NewTicket("b"), last_second + kSecondUs).number(),
      "HX-20261124-0001");
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("c"), Now() + kDayUs).number(),
            "HX-20261124-0002");
}

TEST_P(StoreTest, SitesHaveIndependentSequencesInTheirOwnZones) {
  MakeSite("hx");
  MakeSite("lz");
  MakeSite("ny", "纽约办公室", "America/New_York");
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("a"), Now()).number(),
            "HX-20261123-0001");
  EXPECT_EQ(MustCreateTicket("lz", NewTicket("b"), Now()).number(),
            "LZ-20261123-0001");
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("c"), Now()).number(),
            "HX-20261123-0002");
  // 17:30Z is 12:30 on the 22nd in New York.
  EXPECT_EQ(MustCreateTicket("ny", NewTicket("d"), Now()).number(),
            "NY-20261122-0001");
  EXPECT_EQ(MustCreateTicket("lz", NewTicket("e"), Now()).number(),
            "LZ-20261123-0002");
}

TEST_P(StoreTest, CreateTicketStoresEveryFieldAndACreatedEvent) {
  MakeSite("hx");
  MakeUnit("hx", "3", "2", "501");
  v1::Ticket input = NewTicket("卫生间漏水");
  input.set_kind(v1::Ticket::COMPLAINT);
  input.set_complaint_class(v1::Ticket::FACILITY);
  input.set_channel(v1::Ticket::WALK_IN);
  input.mutable_reporter()->set_unit("sites/hx/units/3-2-501");
  v1::Ticket t = MustCreateTicket("hx", input, Now());

  EXPECT_EQ(t.name(), TicketName("hx", db::TicketId(t)));
  EXPECT_GT(db::TicketId(t), 0);
  EXPECT_EQ(db::TicketSiteId(t), "hx");
  EXPECT_EQ(t.site(), "sites/hx");
  EXPECT_EQ(t.channel(), v1::Ticket::WALK_IN);
  EXPECT_EQ(t.kind(), v1::Ticket::COMPLAINT);
  EXPECT_EQ(t.complaint_class(), v1::Ticket::FACILITY);
  EXPECT_EQ(t.priority(), v1::Ticket::NORMAL);  // unspecified → NORMAL
  EXPECT_EQ(t.status(), v1::Ticket::NEW);
  EXPECT_EQ(t.reporter().name(), "张三");
  EXPECT_EQ(t.reporter().phone(), "13800138000");
  EXPECT_EQ(t.reporter().unit(), "sites/hx/units/3-2-501");
  EXPECT_EQ(t.reporter().location(), "3-2-501 卫生间");
  EXPECT_EQ(t.subject(), "卫生间漏水");
  EXPECT_EQ(t.description(), "卫生间漏水，楼下天花板渗水。");
  EXPECT_EQ(t.created_by(), "staff/wang.li");
  EXPECT_EQ(Micros(t.create_time()), Now());
  EXPECT_EQ(Micros(t.update_time()), Now());
  EXPECT_EQ(t.etag(), "1");

  auto events = Events(t);
  ASSERT_TRUE(events.ok()) << events.status();
  ASSERT_EQ(events->size(), 1u);
  const v1::TicketEvent& e = events->front();
  EXPECT_EQ(e.type(), v1::TicketEvent::CREATED);
  EXPECT_EQ(e.actor(), "staff/wang.li");
  EXPECT_EQ(Micros(e.create_time()), Now());
  EXPECT_GT(e.event_id(), 0);
  EXPECT_EQ(e.name(), absl::StrCat(t.name(), "/events/", e.event_id()));
  EXPECT_EQ(e.changes_size(), 0);
  EXPECT_EQ(e.note(), "");
}

TEST_P(StoreTest, CreateTicketRejectsUnknownSiteAndUnits) {
  MakeSite("hx");
  MakeSite("lz");
  MakeUnit("lz", "1", "1", "101");

  auto no_site = CreateTicket("nope", NewTicket("a"), Now());
  EXPECT_EQ(no_site.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(no_site.status()), "SITE_NOT_FOUND");

  v1::Ticket unknown_unit = NewTicket("b");
  unknown_unit.mutable_reporter()->set_unit("sites/hx/units/9-9-999");
  auto no_unit = CreateTicket("hx", unknown_unit, Now());
  EXPECT_EQ(no_unit.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(no_unit.status()), "UNIT_NOT_FOUND");

  // 1-1-101 exists, but at lz.
  v1::Ticket foreign_unit = NewTicket("c");
  foreign_unit.mutable_reporter()->set_unit("sites/lz/units/1-1-101");
  auto foreign = CreateTicket("hx", foreign_unit, Now());
  EXPECT_EQ(foreign.status().code(), absl::StatusCode::kInvalidArgument);

  // Nothing was written and no number was used up.
  EXPECT_EQ(Count("tickets"), 0);
  EXPECT_EQ(Count("ticket_events"), 0);
  EXPECT_EQ(MustCreateTicket("hx", NewTicket("d"), Now()).number(),
            "HX-20261123-0001");
}

TEST_P(StoreTest, GetTicketByIdAndByNumber) {
  MakeSite("hx");
  MakeSite("lz");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());

  auto by_id = Get("hx", db::TicketId(t));
  ASSERT_TRUE(by_id.ok()) << by_id.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*by_id, t));

  auto wrong_site = Get("lz", db::TicketId(t));
  EXPECT_EQ(wrong_site.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(wrong_site.status()), "TICKET_NOT_FOUND");
  auto missing = Get("hx", db::TicketId(t) + 1000);
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);

  auto parsed = ParseTicketName("name", "sites/-/tickets/hx-20261123-0001");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  auto by_number = Read([&](db::Tx& tx) {
    return db::GetTicket(tx, db::TestDataProtector(), *parsed);
  });
  ASSERT_TRUE(by_number.ok()) << by_number.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*by_number, t));

  TicketRef unknown_number;
  unknown_number.site_id = "hx";
  unknown_number.number = "HX-20261123-0002";
  auto none = Read([&](db::Tx& tx) {
    return db::GetTicket(tx, db::TestDataProtector(), unknown_number);
  });
  EXPECT_EQ(none.status().code(), absl::StatusCode::kNotFound);

  // for_update reads the same row.
  TicketRef ref{"hx", db::TicketId(t), ""};
  auto locked = Write([&](db::Tx& tx) {
    return db::GetTicket(tx, db::TestDataProtector(), ref, /*for_update=*/true);
  });
  ASSERT_TRUE(locked.ok()) << locked.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*locked, t));
}

TEST_P(StoreTest, ANumberUnderAnotherSitesNameNamesNoTicket) {
  MakeSite("hx");
  MakeSite("lz");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  // The parser refuses such a name; the store does not rely on it.
  const TicketRef elsewhere{"lz", 0, t.number()};
  auto got = Read([&](db::Tx& tx) {
    return db::GetTicket(tx, db::TestDataProtector(), elsewhere);
  });
  EXPECT_EQ(got.status().code(), absl::StatusCode::kNotFound);
  auto locked =
      Write([&](db::Tx& tx) { return db::LockTicketRow(tx, elsewhere); });
  EXPECT_EQ(locked.status().code(), absl::StatusCode::kNotFound);
  auto own = ParseTicketName("name", "sites/hx/tickets/" + t.number());
  ASSERT_TRUE(own.ok()) << own.status();
  auto found = Read([&](db::Tx& tx) {
    return db::GetTicket(tx, db::TestDataProtector(), *own);
  });
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->name(), t.name());
}

TEST_P(StoreTest, SqlInjectionLookingTextIsStoredVerbatim) {
  MakeSite("hx");
  const std::string evil = "'; DROP TABLE tickets; --";
  v1::Ticket input = NewTicket(evil);
  input.set_description("\"); DELETE FROM ticket_events; -- \\ '' `x`");
  input.mutable_reporter()->set_name("O'Brien");
  v1::Ticket t = MustCreateTicket("hx", input, Now());
  EXPECT_EQ(t.subject(), evil);

  auto got = Get("hx", db::TicketId(t));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->subject(), evil);
  EXPECT_EQ(got->description(), "\"); DELETE FROM ticket_events; -- \\ '' `x`");
  EXPECT_EQ(got->reporter().name(), "O'Brien");

  // The table is still there and still works.
  v1::Ticket next = MustCreateTicket("hx", NewTicket("正常"), Now());
  EXPECT_EQ(next.number(), "HX-20261123-0002");
  EXPECT_EQ(ListNumbers("hx", ""),
            (std::vector<std::string>{"HX-20261123-0002", "HX-20261123-0001"}));
  EXPECT_EQ(Count("ticket_events"), 2);

  // A filter value is data too.
  EXPECT_EQ(ListNumbers("", "reporter_phone = \"' OR '1'='1\""),
            (std::vector<std::string>{}));
}

// --- Reporters at rest ----------------------------------------------------

TEST_P(StoreTest, ReporterIsSealedInTheRowAndSearchedByItsBlindIndex) {
  // [T-REPORTER-SEALED]: the row holds neither the name nor the phone in
  // clear; the phone is found through its blind index, by its digits.
  MakeSite("hx");
  v1::Ticket input = NewTicket("卫生间漏水");
  input.mutable_reporter()->set_name("欧阳娜娜");
  input.mutable_reporter()->set_phone("021-5555-1234");
  v1::Ticket t = MustCreateTicket("hx", input, Now());
  EXPECT_EQ(t.reporter().name(), "欧阳娜娜");
  EXPECT_EQ(t.reporter().phone(), "021-5555-1234");

  const std::string raw = db::TextValuesOf(database(), "tickets");
  EXPECT_TRUE(absl::StrContains(raw, "卫生间漏水")) << raw;  // the row is there
  for (const char* clear : {"欧阳", "娜娜", "5555", "1234", "02155551234"}) {
    EXPECT_FALSE(absl::StrContains(raw, clear)) << clear << " in " << raw;
  }
  std::string name_sealed, phone_sealed, blind;
  MustWrite([&](db::Tx& tx) {
    tx.sql << "SELECT reporter_name_sealed, reporter_phone_sealed,"
              " reporter_phone_blind FROM tickets",
        soci::into(name_sealed), soci::into(phone_sealed), soci::into(blind);
  });
  EXPECT_TRUE(absl::StartsWith(name_sealed, "v1:")) << name_sealed;
  EXPECT_TRUE(absl::StartsWith(phone_sealed, "v1:")) << phone_sealed;
  EXPECT_EQ(blind,
            db::ReporterPhoneBlind(db::TestDataProtector(), "02155551234"));
  EXPECT_EQ(blind.size(), 64u);

  using N = std::vector<std::string>;
  EXPECT_EQ(ListNumbers("hx", "reporter_phone = \"021-5555-1234\""),
            (N{t.number()}));
  EXPECT_EQ(ListNumbers("", "reporter_phone = 02155551234"), (N{t.number()}));
  EXPECT_EQ(ListNumbers("", "reporter_phone = \"5555-1234\""), (N{}));
  EXPECT_EQ(ListNumbers("", "reporter_phone = \"no digits\""), (N{}));

  // Updates seal the new values too.
  v1::Ticket updated = t;
  updated.mutable_reporter()->set_phone("13912345678");
  ASSERT_TRUE(Write([&](db::Tx& tx) {
                return db::UpdateTicket(tx, db::TestDataProtector(), updated, 1,
                                        {}, kActor, Now() + kSecondUs);
              }).ok());
  EXPECT_FALSE(absl::StrContains(db::TextValuesOf(database(), "tickets"),
                                 "13912345678"));
  EXPECT_EQ(ListNumbers("hx", "reporter_phone = 13912345678"), (N{t.number()}));
  EXPECT_EQ(ListNumbers("hx", "reporter_phone = 02155551234"), (N{}));

  // Another key opens nothing: DATA_LOSS rather than wrong data.
  auto other = DataProtector::FromKeyText(DataProtector::GenerateKeyText());
  ASSERT_TRUE(other.ok());
  TicketRef ref{"hx", db::TicketId(t), ""};
  auto read = Read([&](db::Tx& tx) { return db::GetTicket(tx, *other, ref); });
  EXPECT_EQ(read.status().code(), absl::StatusCode::kDataLoss);
}

// --- ListTickets -----------------------------------------------------------

TEST_P(StoreTest, ListTicketsNewestFirstWithKeysetPages) {
  MakeSite("hx");
  std::vector<std::string> created;
  for (int i = 0; i < 7; ++i) {
    created.push_back(MustCreateTicket("hx", NewTicket(absl::StrCat("t", i)),
                                       Now() + i * kSecondUs)
                          .number());
  }
  std::vector<std::string> expected(created.rbegin(), created.rend());
  EXPECT_EQ(ListNumbers("hx", ""), expected);

  std::vector<std::string> paged;
  std::vector<size_t> sizes;
  std::optional<std::pair<long long, long long>> before;
  for (int guard = 0; guard < 10; ++guard) {
    auto page = List("hx", "", 3, before);
    ASSERT_TRUE(page.ok()) << page.status();
    sizes.push_back(page->size());
    for (const auto& t : *page) paged.push_back(t.number());
    if (page->size() < 3) break;
    const v1::Ticket& last = page->back();
    before = std::make_pair(Micros(last.create_time()), db::TicketId(last));
  }
  EXPECT_EQ(sizes, (std::vector<size_t>{3, 3, 1}));
  EXPECT_EQ(paged, expected);
}

TEST_P(StoreTest, ListTicketsKeysetBreaksTimeTiesById) {
  MakeSite("hx");
  std::vector<long long> ids;
  for (int i = 0; i < 5; ++i) {
    ids.push_back(
        db::TicketId(MustCreateTicket("hx", NewTicket("same time"), Now())));
  }
  std::vector<long long> expected(ids.rbegin(), ids.rend());
  std::vector<long long> paged;
  std::optional<std::pair<long long, long long>> before;
  for (int guard = 0; guard < 10; ++guard) {
    auto page = List("hx", "", 2, before);
    ASSERT_TRUE(page.ok()) << page.status();
    for (const auto& t : *page) paged.push_back(db::TicketId(t));
    if (page->size() < 2) break;
    before = std::make_pair(Micros(page->back().create_time()),
                            db::TicketId(page->back()));
  }
  EXPECT_EQ(paged, expected);
}

TEST_P(StoreTest, ListTicketsFilters) {
  MakeSite("hx");
  MakeSite("lz");
  MakeUnit("hx", "3", "2", "501");
  v1::Ticket t0 = NewTicket("t0");
  t0.mutable_reporter()->set_unit("sites/hx/units/3-2-501");
  v1::Ticket t1 = NewTicket("t1");
  t1.set_kind(v1::Ticket::COMPLAINT);
  t1.set_complaint_class(v1::Ticket::SERVICE);
  t1.mutable_reporter()->set_phone("13900139000");
  v1::Ticket t2 = NewTicket("t2");
  t2.set_kind(v1::Ticket::INQUIRY);
  v1::Ticket t3 = NewTicket("t3");
  const std::string n0 = MustCreateTicket("hx", t0, Now()).number();
  const std::string n1 =
      MustCreateTicket("hx", t1, Now() + 1 * kSecondUs).number();
  const std::string n2 =
      MustCreateTicket("hx", t2, Now() + 2 * kSecondUs).number();
  const std::string n3 =
      MustCreateTicket("lz", t3, Now() + 3 * kSecondUs).number();
  using N = std::vector<std::string>;

  EXPECT_EQ(ListNumbers("hx", ""), (N{n2, n1, n0}));
  EXPECT_EQ(ListNumbers("lz", ""), (N{n3}));
  EXPECT_EQ(ListNumbers("", ""), (N{n3, n2, n1, n0}));

  EXPECT_EQ(ListNumbers("hx", "status = NEW"), (N{n2, n1, n0}));
  EXPECT_EQ(ListNumbers("hx", "status != NEW"), (N{}));
  EXPECT_EQ(ListNumbers("", "status = CLOSED"), (N{}));

  EXPECT_EQ(ListNumbers("hx", "kind = COMPLAINT"), (N{n1}));
  EXPECT_EQ(ListNumbers("", "kind = REPAIR"), (N{n3, n0}));
  EXPECT_EQ(ListNumbers("hx", "kind != REPAIR"), (N{n2, n1}));

  EXPECT_EQ(ListNumbers("", "reporter_phone = \"13800138000\""),
            (N{n3, n2, n0}));
  EXPECT_EQ(ListNumbers("hx", "reporter_phone = 13900139000"), (N{n1}));

  EXPECT_EQ(ListNumbers("", "unit = \"sites/hx/units/3-2-501\""), (N{n0}));
  EXPECT_EQ(ListNumbers("lz", "unit = \"sites/hx/units/3-2-501\""), (N{}));

  const std::string at1 = Rfc3339(Now() + 1 * kSecondUs);
  const std::string at3 = Rfc3339(Now() + 3 * kSecondUs);
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time >= \"", at1, "\"")),
            (N{n3, n2, n1}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time > \"", at1, "\"")),
            (N{n3, n2}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time < \"", at1, "\"")),
            (N{n0}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time <= \"", at1, "\"")),
            (N{n1, n0}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time >= \"", at1,
                                         "\" AND create_time < \"", at3, "\"")),
            (N{n2, n1}));
  EXPECT_EQ(ListNumbers("", absl::StrCat("create_time = \"", at3, "\"")),
            (N{n3}));

  EXPECT_EQ(ListNumbers("", "kind = REPAIR AND reporter_phone = 13800138000"),
            (N{n3, n0}));
  EXPECT_EQ(ListNumbers("hx", absl::StrCat("kind = REPAIR AND create_time > \"",
                                           Rfc3339(Now()), "\"")),
            (N{}));
}

// --- UpdateTicket, notes and history ---------------------------------------

std::vector<v1::FieldChange> Changes(
    std::vector<std::vector<std::string>> triples) {
  std::vector<v1::FieldChange> out;
  for (const auto& t : triples) {
    v1::FieldChange c;
    c.set_field(t[0]);
    c.set_old_value(t[1]);
    c.set_new_value(t[2]);
    out.push_back(c);
  }
  return out;
}

TEST_P(StoreTest, UpdateTicketBumpsEtagAndRecordsChanges) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  ASSERT_EQ(t.etag(), "1");

  v1::Ticket updated = t;
  updated.set_subject("卫生间严重漏水");
  updated.set_priority(v1::Ticket::URGENT);
  updated.mutable_reporter()->set_phone("13900139000");
  const auto changes =
      Changes({{"subject", "卫生间漏水", "卫生间严重漏水"},
               {"priority", "NORMAL", "URGENT"},
               {"reporter.phone", "13800138000", "13900139000"}});
  const long long later = Now() + 60 * kSecondUs;
  auto saved = Write([&](db::Tx& tx) {
    return db::UpdateTicket(tx, db::TestDataProtector(), updated, 1, changes,
                            "zhao.min", later);
  });
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->etag(), "2");
  EXPECT_EQ(saved->subject(), "卫生间严重漏水");
  EXPECT_EQ(saved->priority(), v1::Ticket::URGENT);
  EXPECT_EQ(saved->reporter().phone(), "13900139000");
  EXPECT_EQ(saved->number(), t.number());
  EXPECT_EQ(saved->status(), v1::Ticket::NEW);
  EXPECT_EQ(saved->created_by(), "staff/wang.li");
  EXPECT_EQ(Micros(saved->create_time()), Now());
  EXPECT_EQ(Micros(saved->update_time()), later);

  auto got = Get("hx", db::TicketId(t));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *saved));

  auto events = Events(t);
  ASSERT_TRUE(events.ok()) << events.status();
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].type(), v1::TicketEvent::CREATED);
  const v1::TicketEvent& e = (*events)[1];
  EXPECT_EQ(e.type(), v1::TicketEvent::UPDATED);
  EXPECT_EQ(e.actor(), "staff/zhao.min");
  EXPECT_EQ(Micros(e.create_time()), later);
  ASSERT_EQ(e.changes_size(), 3);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(e.changes(i).field(), changes[i].field());
    EXPECT_EQ(e.changes(i).old_value(), changes[i].old_value());
    EXPECT_EQ(e.changes(i).new_value(), changes[i].new_value());
  }
}

TEST_P(StoreTest, HistoryKeepsTheReportersValuesSealedApart) {
  // [T-REPORTER-SEALED]: an UPDATED entry's old and new name and phone are
  // sealed apart from the rest of the entry, which stays readable; the
  // history is still append-only.
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  v1::Ticket updated = t;
  updated.mutable_reporter()->set_name("欧阳娜娜");
  updated.mutable_reporter()->set_phone("13912345678");
  updated.set_subject("卫生间严重漏水");
  const auto changes =
      Changes({{"reporter.name", "张三", "欧阳娜娜"},
               {"subject", "卫生间漏水", "卫生间严重漏水"},
               {"reporter.phone", "13800138000", "13912345678"}});
  ASSERT_TRUE(Write([&](db::Tx& tx) {
                return db::UpdateTicket(tx, db::TestDataProtector(), updated, 1,
                                        changes, kActor, Now() + kSecondUs);
              }).ok());
  const std::string raw = db::TextValuesOf(database(), "ticket_events");
  for (const char* clear :
       {"张三", "欧阳", "13800138000", "13912345678", "138001", "139123"}) {
    EXPECT_FALSE(absl::StrContains(raw, clear)) << clear << " in " << raw;
  }
  EXPECT_TRUE(absl::StrContains(raw, "卫生间严重漏水")) << raw;
  EXPECT_TRUE(absl::StrContains(raw, "reporter.phone")) << raw;  // which field

  auto events = Events(t);
  ASSERT_TRUE(events.ok()) << events.status();
  ASSERT_EQ(events->size(), 2u);
  const v1::TicketEvent& e = (*events)[1];
  ASSERT_EQ(e.changes_size(), 3);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(e.changes(i).field(), changes[i].field());
    EXPECT_EQ(e.changes(i).old_value(), changes[i].old_value());
    EXPECT_EQ(e.changes(i).new_value(), changes[i].new_value());
  }
  // Neither the entry nor its sealed values can be rewritten.
  for (const char* sql : {"UPDATE ticket_events SET changes_json = '{}'",
                          "UPDATE ticket_events SET personal_sealed = ''",
                          "UPDATE ticket_events SET personal_sealed = NULL"}) {
    EXPECT_FALSE(db::ExecRaw(database(), sql).ok()) << sql;
  }
  auto again = Events(t);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(MessageDifferencer::Equals((*again)[1], e));
}

TEST_P(StoreTest, UpdateTicketWithStaleVersionIsAbortedAndWritesNothing) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  v1::Ticket first = t;
  first.set_subject("第一次修改");
  auto saved = Write([&](db::Tx& tx) {
    return db::UpdateTicket(tx, db::TestDataProtector(), first, 1,
                            Changes({{"subject", "卫生间漏水", "第一次修改"}}),
                            kActor, Now() + kSecondUs);
  });
  ASSERT_TRUE(saved.ok()) << saved.status();
  ASSERT_EQ(saved->etag(), "2");

  v1::Ticket stale = t;
  stale.set_subject("过期的修改");
  auto rejected = Write([&](db::Tx& tx) {
    return db::UpdateTicket(tx, db::TestDataProtector(), stale, 1,
                            Changes({{"subject", "卫生间漏水", "过期的修改"}}),
                            kActor, Now() + 2 * kSecondUs);
  });
  EXPECT_EQ(rejected.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(rejected.status()), "ETAG_MISMATCH");

  auto got = Get("hx", db::TicketId(t));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *saved));
  auto events = Events(t);
  ASSERT_TRUE(events.ok()) << events.status();
  EXPECT_EQ(events->size(), 2u);  // CREATED and the first UPDATED only
  EXPECT_EQ(Count("ticket_events"), 2);
}

TEST_P(StoreTest, NotesAppendInOrderAndPageAfterEventId) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  std::vector<std::string> notes = {"住户来电催修", "维修工已上门",
                                    "更正：上条记录时间有误"};
  for (size_t i = 0; i < notes.size(); ++i) {
    const long long at = Now() + static_cast<long long>(i + 1) * 10 * kSecondUs;
    auto event = Write([&](db::Tx& tx) {
      return db::AddTicketNote(tx, db::TestDataProtector(), t, notes[i],
                               "zhao.min", at);
    });
    ASSERT_TRUE(event.ok()) << event.status();
    EXPECT_EQ(event->type(), v1::TicketEvent::NOTE_ADDED);
    EXPECT_EQ(event->note(), notes[i]);
    EXPECT_EQ(event->actor(), "staff/zhao.min");
    EXPECT_EQ(Micros(event->create_time()), at);
    EXPECT_EQ(event->name(),
              absl::StrCat(t.name(), "/events/", event->event_id()));
  }
  auto got = Get("hx", db::TicketId(t));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->etag(), "4");  // touched by each note
  EXPECT_EQ(Micros(got->update_time()), Now() + 30 * kSecondUs);

  auto all = Events(t);
  ASSERT_TRUE(all.ok()) << all.status();
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ((*all)[0].type(), v1::TicketEvent::CREATED);
  for (size_t i = 0; i < notes.size(); ++i) {
    EXPECT_EQ((*all)[i + 1].type(), v1::TicketEvent::NOTE_ADDED);
    EXPECT_EQ((*all)[i + 1].note(), notes[i]);
  }
  for (size_t i = 1; i < all->size(); ++i) {
    EXPECT_LT((*all)[i - 1].event_id(), (*all)[i].event_id());
  }

  // Another ticket's history is separate.
  v1::Ticket other = MustCreateTicket("hx", NewTicket("other"), Now());
  auto other_events = Events(other);
  ASSERT_TRUE(other_events.ok()) << other_events.status();
  EXPECT_EQ(other_events->size(), 1u);

  std::vector<long long> paged;
  long long after = 0;
  std::vector<size_t> sizes;
  for (int guard = 0; guard < 10; ++guard) {
    auto page = Events(t, after, 3);
    ASSERT_TRUE(page.ok()) << page.status();
    sizes.push_back(page->size());
    for (const auto& e : *page) paged.push_back(e.event_id());
    if (page->size() < 3) break;
    after = page->back().event_id();
  }
  EXPECT_EQ(sizes, (std::vector<size_t>{3, 1}));
  std::vector<long long> expected;
  for (const auto& e : *all) expected.push_back(e.event_id());
  EXPECT_EQ(paged, expected);
}

TEST_P(StoreTest, TicketEventsRefuseUpdateAndDeleteInTheDatabase) {
  MakeSite("hx");
  v1::Ticket t = MustCreateTicket("hx", NewTicket("卫生间漏水"), Now());
  auto note = Write([&](db::Tx& tx) {
    return db::AddTicketNote(tx, db::TestDataProtector(), t, "原始记录", kActor,
                             Now() + kSecondUs);
  });
  ASSERT_TRUE(note.ok()) << note.status();
  auto before = Events(t);
  ASSERT_TRUE(before.ok()) << before.status();
  ASSERT_EQ(before->size(), 2u);

  // Inside a transaction: each statement throws.
  absl::Status in_tx = database().Transact([&](db::Tx& tx) {
    EXPECT_ANY_THROW(tx.sql << "UPDATE ticket_events SET note = 'x'");
    EXPECT_ANY_THROW(tx.sql << "DELETE FROM ticket_events");
    long long id = note->event_id();
    EXPECT_ANY_THROW((tx.sql << "UPDATE ticket_events SET note = 'x',"
                                " actor = 'mallory' WHERE id = :id",
                      soci::use(id)));
    EXPECT_ANY_THROW(
        (tx.sql << "DELETE FROM ticket_events WHERE id = :id", soci::use(id)));
    return absl::OkStatus();  // commit whatever did get through
  });
  EXPECT_TRUE(in_tx.ok()) << in_tx;

  // Left to propagate, the failure fails the transaction.
  absl::Status update = database().Transact([&](db::Tx& tx) {
    tx.sql << "UPDATE ticket_events SET note = 'x'";
    return absl::OkStatus();
  });
  EXPECT_FALSE(update.ok());
  // Outside a transaction (autocommit) too.
  absl::Status remove = database().Read([&](db::Tx& tx) {
    tx.sql << "DELETE FROM ticket_events";
    return absl::OkStatus();
  });
  EXPECT_FALSE(remove.ok());

  auto after = Events(t);
  ASSERT_TRUE(after.ok()) << after.status();
  ASSERT_EQ(after->size(), before->size());
  for (size_t i = 0; i < after->size(); ++i) {
    EXPECT_TRUE(MessageDifferencer::Equals((*after)[i], (*before)[i]))
        << (*after)[i].DebugString();
  }
  EXPECT_EQ(Count("ticket_events"), 2);
  EXPECT_EQ((*after)[1].note(), "原始记录");

  // Appending still works.
  auto more = Write([&](db::Tx& tx) {
    return db::AddTicketNote(tx, db::TestDataProtector(), t, "更正说明", kActor,
                             Now() + 2 * kSecondUs);
  });
  EXPECT_TRUE(more.ok()) << more.status();
  EXPECT_EQ(Count("ticket_events"), 3);
}

// --- Retention -------------------------------------------------------------

TEST_P(StoreTest, RetentionErasesWhatTheRuleSaysOnceAndKeepsTheRows) {
  // [T-COMPLAINT-RETENTION]: EraseTicketReporters erases exactly the
  // tickets ReporterDueForErasure (common/retention.h) names, with their
  // history's reporter values; everything else stays.
  MakeSite("hx");
  MakeSite("lz");
  struct Case {
    const char* subject;
    v1::Ticket::Status status;
    int finished_days_ago;
    bool important;
    const char* site;
  };
  const std::vector<Case> cases = {
      {"closed-old", v1::Ticket::CLOSED, 400, false, "hx"},
      {"closed-recent", v1::Ticket::CLOSED, 300, false, "hx"},
      {"closed-old-important", v1::Ticket::CLOSED, 400, true, "hx"},
      {"cancelled-old", v1::Ticket::CANCELLED, 400, false, "hx"},
      {"duplicate-old", v1::Ticket::DUPLICATE, 366, false, "hx"},
      {"unfounded-recent", v1::Ticket::UNFOUNDED, 100, false, "hx"},
      {"resolved-old", v1::Ticket::RESOLVED, 400, false, "hx"},
      {"new-old", v1::Ticket::NEW, 400, false, "hx"},
      {"closed-old-lz", v1::Ticket::CLOSED, 400, false, "lz"},
  };
  const long long now = Now() + 500 * kDayUs;
  std::vector<v1::Ticket> before;
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    v1::Ticket input = NewTicket(c.subject);
    input.set_important(c.important);
    v1::Ticket t = MustCreateTicket(c.site, input, Now());
    // A corrected phone: the history holds the reporter too.
    v1::Ticket corrected = t;
    corrected.mutable_reporter()->set_phone(absl::StrCat("1390000000", i));
    ASSERT_TRUE(Write([&](db::Tx& tx) {
                  return db::UpdateTicket(
                      tx, db::TestDataProtector(), corrected, 1,
                      Changes({{"reporter.phone", "13800138000",
                                corrected.reporter().phone()}}),
                      kActor, Now() + kSecondUs);
                }).ok());
    long long id = db::TicketId(t),
              finished = now - c.finished_days_ago * kDayUs;
    int status = c.status;
    MustWrite([&](db::Tx& tx) {
      soci::indicator closed =
          c.status == v1::Ticket::CLOSED ? soci::i_ok : soci::i_null;
      tx.sql << "UPDATE tickets SET status = :st, close_time_us = :c,"
                " update_time_us = :u WHERE id = :id",
          soci::use(status), soci::use(finished, closed), soci::use(finished),
          soci::use(id);
    });
    before.push_back(*Get(c.site, id));
  }

  std::vector<bool> due;
  int due_here = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    due.push_back(std::string(cases[i].site) == "hx" &&
                  ReporterDueForErasure(before[i], FromMicros(now), 365));
    due_here += due.back();
  }
  ASSERT_EQ(due_here, 3);  // closed-old, cancelled-old, duplicate-old
  const long long cutoff =
      ToMicros(TicketRetentionCutoff(FromMicros(now), 365));
  auto erased = Write([&](db::Tx& tx) {
    return db::EraseTicketReporters(tx, "hx", cutoff, now);
  });
  ASSERT_TRUE(erased.ok()) << erased.status();
  EXPECT_EQ(erased->tickets, 3);
  EXPECT_EQ(erased->events, 3);  // their UPDATED entries

  for (size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE(cases[i].subject);
    v1::Ticket after = *Get(cases[i].site, db::TicketId(before[i]));
    if (!due[i]) {
      EXPECT_TRUE(MessageDifferencer::Equals(after, before[i]));
      continue;
    }
    EXPECT_EQ(after.reporter().name(), "");
    EXPECT_EQ(after.reporter().phone(), "");
    EXPECT_EQ(after.reporter().location(), before[i].reporter().location());
    EXPECT_EQ(Micros(after.purge_time()), now);
    EXPECT_EQ(after.etag(), "3");  // created, corrected, erased
    EXPECT_EQ(Micros(after.update_time()), Micros(before[i].update_time()));
    EXPECT_EQ(after.subject(), before[i].subject());
    EXPECT_EQ(ListNumbers("hx", absl::StrCat("reporter_phone = ",
                                             before[i].reporter().phone())),
              std::vector<std::string>{});
    // The history keeps the entry and which field changed, not the values.
    auto events = Events(after);
    ASSERT_TRUE(events.ok()) << events.status();
    ASSERT_EQ(events->size(), 2u);
    ASSERT_EQ((*events)[1].changes_size(), 1);
    EXPECT_EQ((*events)[1].changes(0).field(), "reporter.phone");
    EXPECT_EQ((*events)[1].changes(0).old_value(), "");
    EXPECT_EQ((*events)[1].changes(0).new_value(), "");
  }
  // A kept ticket's history is intact.
  auto kept = Events(before[1]);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ((*kept)[1].changes(0).old_value(), "13800138000");
  EXPECT_EQ(Count("tickets"), 9);
  EXPECT_EQ(Count("ticket_events"), 18);

  // Once: a second pass finds nothing, and the history refuses a second
  // purge.
  auto again = Write([&](db::Tx& tx) {
    return db::EraseTicketReporters(tx, "hx", cutoff, now + kDayUs);
  });
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->tickets + again->events, 0);
  EXPECT_FALSE(db::ExecRaw(database(),
                           "UPDATE ticket_events SET purge_time_us = 1"
                           " WHERE purge_time_us IS NOT NULL")
                   .ok());
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(StoreTest);

}  // namespace
}  // namespace frontdesk::store_testing
