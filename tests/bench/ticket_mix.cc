#include "tests/bench/ticket_mix.h"

#include <iterator>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace frontdesk::bench {
namespace {

using v1::Ticket;

template <typename T>
struct Weighted {
  T value;
  double weight;
};

template <typename T, size_t N>
T Pick(std::mt19937_64& rng, const Weighted<T> (&table)[N]) {
  double total = 0;
  for (const auto& w : table) total += w.weight;
  double x = std::uniform_real_distribution<double>(0, total)(rng);
  for (const auto& w : table) {
    if (x < w.weight) return w.value;
    x -= w.weight;
  }
  return table[N - 1].value;
}

template <size_t N>
const char* PickText(std::mt19937_64& rng, const char* const (&list)[N]) {
  return list[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

constexpr Weighted<Ticket::Kind> kKinds[] = {
    {Ticket::REPAIR, 45},         {Ticket::INQUIRY, 20},
    {Ticket::HELP, 12},           {Ticket::COMPLAINT, 8},
    {Ticket::SPECIAL_SERVICE, 7}, {Ticket::SUGGESTION, 5},
    {Ticket::PRAISE, 3}};

constexpr Weighted<Ticket::Channel> kChannels[] = {{Ticket::PHONE, 60},
                                                   {Ticket::WALK_IN, 25},
                                                   {Ticket::APP, 10},
                                                   {Ticket::LETTER, 3},
                                                   {Ticket::PATROL, 2}};

constexpr Weighted<int> kHours[] = {
    {0, 0.2}, {1, 0.1},  {2, 0.1},  {3, 0.1},  {4, 0.1},  {5, 0.2},
    {6, 0.6}, {7, 1.5},  {8, 4},    {9, 6},    {10, 6},   {11, 5},
    {12, 3},  {13, 3.5}, {14, 5},   {15, 5},   {16, 5},   {17, 4},
    {18, 3},  {19, 3},   {20, 2.5}, {21, 1.5}, {22, 0.8}, {23, 0.4}};

constexpr const char* kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
    "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
    "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
constexpr const char* kGivenNames[] = {
    "伟", "芳", "娜",   "秀英", "敏",   "静",   "丽", "强",   "磊",   "军",
    "洋", "勇", "艳",   "杰",   "娟",   "涛",   "明", "超",   "秀兰", "霞",
    "平", "刚", "桂英", "建华", "志强", "海燕", "文", "建国", "玉兰", "浩"};
constexpr const char* kMobilePrefixes[] = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
    "151", "152", "153", "155", "156", "157", "158", "159", "166", "177",
    "180", "181", "182", "183", "185", "186", "187", "188", "189", "199"};

constexpr const char* kRepairs[] = {
    "厨房水管漏水",   "卫生间下水道堵塞", "入户门锁损坏",
    "电梯运行有异响", "楼道声控灯不亮",   "空调外机冷凝水滴落",
    "外墙渗水",       "窗户密封条老化",   "水龙头滴水",
    "家中突然停电",   "可视对讲无法开门", "阳台地漏反水",
    "暖气片不热",     "燃气表报警",       "单元门闭门器损坏"};
constexpr const char* kInquiries[] = {
    "物业费缴纳方式",   "车位租赁价格",  "装修手续办理", "快递代收时间",
    "门禁卡补办",       "停水通知时间",  "房屋出租备案", "垃圾分类投放时间",
    "电动车充电桩使用", "水电费账单查询"};
constexpr const char* kHelps[] = {"钥匙锁在屋内",       "车辆被堵需联系挪车",
                                  "老人在家摔倒需协助", "宠物走失",
                                  "大件家具搬运协助",   "楼上持续噪音",
                                  "电梯困人",           "孩子找不到家人"};
constexpr const char* kServiceComplaints[] = {
    "保安值班态度差", "维修人员未按约定时间上门", "保洁不及时",
    "前台电话无人接听", "管家回复不及时"};
constexpr const char* kFacilityComplaints[] = {
    "电梯频繁故障",     "地下车库照明不足", "小区路面积水",
    "健身器材损坏未修", "门禁系统经常失灵", "消防通道被占用"};
constexpr const char* kSuggestions[] = {
    "建议增设电动车充电桩", "建议增加快递柜", "建议延长会所开放时间",
    "建议增加绿化修剪频次", "建议小区加装监控"};
constexpr const char* kPraises[] = {"表扬维修师傅服务热情", "感谢保安协助搬运",
                                    "表扬保洁阿姨认真负责",
                                    "感谢管家及时处理问题"};
constexpr const char* kSpecialServices[] = {"家电清洗", "开荒保洁", "管道疏通",
                                            "搬家协助", "家具安装", "窗帘清洗",
                                            "代收代缴"};
constexpr const char* kPublicLocations[] = {
    "东门岗亭",   "南门",       "地下车库B1", "地下车库B2",
    "中心花园",   "儿童游乐区", "会所",       "垃圾分类站",
    "北区篮球场", "小区主干道", "快递柜旁",   "5号楼电梯厅"};

}  // namespace

Ticket::Kind TicketMix::Kind() { return Pick(rng_, kKinds); }

Ticket::Channel TicketMix::Channel() { return Pick(rng_, kChannels); }

Ticket::ComplaintClass TicketMix::ComplaintClass(Ticket::Kind kind) {
  if (kind != Ticket::COMPLAINT) return Ticket::COMPLAINT_CLASS_UNSPECIFIED;
  return Uniform() < 0.4 ? Ticket::SERVICE : Ticket::FACILITY;
}

Ticket::Priority TicketMix::Priority(Ticket::Kind kind) {
  double x = Uniform();
  if (kind == Ticket::REPAIR) {
    return x < 0.03   ? Ticket::EMERGENCY
           : x < 0.15 ? Ticket::URGENT
                      : Ticket::NORMAL;
  }
  if (kind == Ticket::HELP) {
    return x < 0.05   ? Ticket::EMERGENCY
           : x < 0.25 ? Ticket::URGENT
                      : Ticket::NORMAL;
  }
  return x < 0.03 ? Ticket::URGENT : Ticket::NORMAL;
}

std::string TicketMix::PersonName() {
  std::string surname = PickText(rng_, kSurnames);
  double x = Uniform();
  if (x < 0.35) return surname + "先生";
  if (x < 0.65) return surname + "女士";
  return surname + PickText(rng_, kGivenNames);
}

std::string TicketMix::Mobile() {
  return absl::StrFormat("%s%08d", PickText(rng_, kMobilePrefixes),
                         UniformInt(0, 99999999));
}

std::string TicketMix::Subject(Ticket::Kind kind,
                               Ticket::ComplaintClass complaint_class) {
  switch (kind) {
    case Ticket::REPAIR:
      return PickText(rng_, kRepairs);
    case Ticket::INQUIRY:
      return absl::StrCat("咨询", PickText(rng_, kInquiries));
    case Ticket::HELP:
      return PickText(rng_, kHelps);
    case Ticket::COMPLAINT:
      return complaint_class == Ticket::SERVICE
                 ? PickText(rng_, kServiceComplaints)
                 : PickText(rng_, kFacilityComplaints);
    case Ticket::SUGGESTION:
      return PickText(rng_, kSuggestions);
    case Ticket::PRAISE:
      return PickText(rng_, kPraises);
    case Ticket::SPECIAL_SERVICE:
      return absl::StrCat("预约", PickText(rng_, kSpecialServices), "服务");
    default:
      return "其他事项";
  }
}

std::string TicketMix::Description(Ticket::Channel channel, Ticket::Kind kind,
                                   const std::string& subject) {
  const char* how = "业主来电反映：";
  switch (channel) {
    case Ticket::WALK_IN:
      how = "业主到前台反映：";
      break;
    case Ticket::APP:
      how = "业主通过APP反映：";
      break;
    case Ticket::LETTER:
      how = "业主来函反映：";
      break;
    case Ticket::PATROL:
      how = "巡查发现：";
      break;
    default:
      break;
  }
  const char* ask = "请跟进处理。";
  switch (kind) {
    case Ticket::REPAIR:
      ask = "请安排维修师傅尽快上门查看。";
      break;
    case Ticket::COMPLAINT:
      ask = "要求核实并于两个工作日内答复。";
      break;
    case Ticket::INQUIRY:
      ask = "已在电话中初步答复，需书面确认。";
      break;
    case Ticket::SPECIAL_SERVICE:
      ask = "有偿服务，需与业主确认报价和时间。";
      break;
    case Ticket::PRAISE:
      ask = "请转达相关同事。";
      break;
    default:
      break;
  }
  return absl::StrCat(how, subject, "。", ask);
}

std::string TicketMix::PublicLocation() {
  return PickText(rng_, kPublicLocations);
}

int TicketMix::LocalHour() { return Pick(rng_, kHours); }

double TicketMix::HourShare(int hour) {
  double total = 0, share = 0;
  for (const auto& w : kHours) {
    total += w.weight;
    if (w.value == hour) share = w.weight;
  }
  return share / total;
}

v1::Ticket TicketMix::Ticket(const std::string& unit) {
  v1::Ticket t;
  t.set_kind(Kind());
  t.set_channel(Channel());
  t.set_complaint_class(ComplaintClass(t.kind()));
  t.set_priority(Priority(t.kind()));
  t.mutable_reporter()->set_name(PersonName());
  t.mutable_reporter()->set_phone(Mobile());
  if (unit.empty()) {
    t.mutable_reporter()->set_location(PublicLocation());
  } else {
    t.mutable_reporter()->set_unit(unit);
  }
  t.set_subject(Subject(t.kind(), t.complaint_class()));
  t.set_description(Description(t.channel(), t.kind(), t.subject()));
  return t;
}

}  // namespace frontdesk::bench
