// The QuantLib peer of scripts/bench-peers.sh (docs/performance.md):
// QuantLib::Sweden().isBusinessDay() against costshare_se_is_business_day()
// on the same 4096 dates (1990..2099) that bench_peers wrote to DIR.
//
//   g++ -O2 -std=c++17 quantlib_sweden.cpp -o quantlib_sweden -lQuantLib
//   quantlib_sweden DIR [rounds]
//
// The QuantLib::Date objects are built before timing (as costshare's day
// numbers are), so only isBusinessDay() is timed: the best of many rounds of
// 10^4 calls (at least `rounds` of them and 0.5 s in all). Prints, like bench_peers,
//
//   R date quantlib_sweden_isBusinessDay 0 <ns per call> <days that differ>
//
// and on stderr the dates on which the two calendars disagree (a handful,
// if any: QuantLib's Sweden is a settlement calendar, costshare's the
// business days of Lag (1930:173) 2 §).
#include <ql/time/calendars/sweden.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

std::vector<std::int32_t> read_int32(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "quantlib_sweden: cannot read %s\n", path.c_str());
        std::exit(1);
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::int32_t> v(bytes.size() / 4);
    for (std::size_t i = 0; i < v.size(); i++) {
        std::uint32_t u = 0;
        for (int b = 3; b >= 0; b--) {
            u = (u << 8) | static_cast<unsigned char>(bytes[4 * i + static_cast<std::size_t>(b)]);
        }
        v[i] = static_cast<std::int32_t>(u);
    }
    return v;
}

volatile long long sink;

} // namespace

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: quantlib_sweden DIR [rounds]\n");
        return 1;
    }
    const std::string dir = argv[1];
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    const std::vector<std::int32_t> rec = read_int32(dir + "/dates.bin");
    const std::vector<std::int32_t> expected = read_int32(dir + "/business.bin");
    const std::size_t table = expected.size(); // 4096, a power of two
    if (table == 0 || (table & (table - 1)) != 0 || rec.size() != 5 * table) {
        std::fprintf(stderr, "quantlib_sweden: bad input files\n");
        return 1;
    }

    QuantLib::Sweden sweden;
    std::vector<QuantLib::Date> dates;
    dates.reserve(table);
    for (std::size_t i = 0; i < table; i++) {
        // QuantLib serial numbers count from 1899-12-30 (Excel's); day 0 of
        // costshare is 1970-01-01 = serial 25569.
        dates.emplace_back(static_cast<QuantLib::Date::serial_type>(rec[5 * i] + 25569));
    }
    int differ = 0;
    for (std::size_t i = 0; i < table; i++) {
        const QuantLib::Date &d = dates[i];
        if (d.year() != rec[5 * i + 1] || static_cast<int>(d.month()) != rec[5 * i + 2] ||
            d.dayOfMonth() != rec[5 * i + 3]) {
            std::fprintf(stderr, "quantlib_sweden: date conversion mismatch\n");
            return 1;
        }
        const int ql = sweden.isBusinessDay(d) ? 1 : 0;
        if (ql != expected[i]) {
            differ++;
            std::fprintf(stderr, "differ: %04d-%02d-%02d QuantLib %s, costshare %s\n", d.year(),
                         static_cast<int>(d.month()), d.dayOfMonth(),
                         ql ? "business day" : "holiday",
                         expected[i] ? "business day" : "holiday");
        }
    }

    // Short rounds, best of many (see bench_peers.c): about 3 ms each, at
    // least `rounds` of them and 0.5 s in all.
    const long calls = 10000L;
    double best = 1e300, total = 0;
    for (int r = 0; r < rounds || total < 5e8; r++) {
        long long acc = 0;
        auto t0 = std::chrono::steady_clock::now();
        for (long i = 0; i < calls; i++) {
            acc += sweden.isBusinessDay(dates[static_cast<std::size_t>(i) & (table - 1)]) ? 1 : 0;
        }
        auto t1 = std::chrono::steady_clock::now();
        sink = sink + acc;
        const double round_ns = std::chrono::duration<double, std::nano>(t1 - t0).count();
        total += round_ns;
        const double ns = round_ns / calls;
        if (ns < best) {
            best = ns;
        }
    }
    std::printf("R date quantlib_sweden_isBusinessDay 0 %.4f %d\n", best, differ);
    return 0;
}
