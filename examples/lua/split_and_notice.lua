-- libcostshare from LuaJIT through its built-in ffi: the 2018 cost split by
-- the 2017 populations, and the 2024 notice dates of Linköping.
--
--   luajit split_and_notice.lua [path/to/libcostshare.so.1]
--
-- The library is the argument, else $COSTSHARE_LIBRARY, else libcostshare.so.1
-- from the system's library path. The output is examples/lua/expected.txt.
local ffi = require("ffi")

-- The declarations this program uses, copied from include/costshare/*.h.
ffi.cdef [[
typedef int32_t costshare_date;
const char *costshare_error_message(int code);
int costshare_split(int64_t total, const int64_t *weights, size_t count, int64_t *shares);
int costshare_date_from_ymd(int32_t year, int32_t month, int32_t day, costshare_date *out);
int costshare_date_format(costshare_date date, char *buffer, size_t capacity);
int costshare_notice_latest(costshare_date last_day, int32_t count, int32_t unit,
                            uint32_t flags, costshare_date *latest);
int costshare_notice_end(costshare_date given, int32_t count, int32_t unit,
                         uint32_t flags, costshare_date *last_day);
int costshare_refund_start(costshare_date last_day, costshare_date *first_day);
int costshare_constant(const char *name, int64_t *value);
]]

local OK = 0 -- COSTSHARE_OK: success is zero, every error negative

if arg[1] == "--help" or arg[1] == "-h" then
  io.write([[
Usage: luajit split_and_notice.lua [LIBRARY]

Prints the 2018 cost of the Östergötland integration coordinator (763945 SEK)
split by the 2017 populations with libcostshare's largest-remainder method,
and Linköping's 2024 notice dates: the latest day to give two months' notice
to be out by 2024-09-30, the last day in force and the refund start.

LIBRARY is the path of libcostshare.so.1; without it $COSTSHARE_LIBRARY,
else libcostshare.so.1 from the system's library path. Exit status 0, or 1
with a one-line message on stderr when the library cannot be loaded or
refuses a call.
]])
  os.exit(0)
end

local path = arg[1] or os.getenv("COSTSHARE_LIBRARY") or "libcostshare.so.1"
local ok, cs = pcall(ffi.load, path)
if not ok then
  io.stderr:write("split_and_notice: cannot load ", path, ": ", tostring(cs), "\n")
  os.exit(1)
end

-- Every call returns COSTSHARE_OK or a negative code; stop with its message.
local function check(rc, what)
  if rc ~= OK then
    io.stderr:write("split_and_notice: ", what, ": ", ffi.string(cs.costshare_error_message(rc)), "\n")
    os.exit(1)
  end
end

-- The other constants by name from the library (costshare/constants.h), so
-- no number is copied from the headers by hand.
local function constant(name)
  local value = ffi.new("int64_t[1]")
  check(cs.costshare_constant(name, value), name)
  return tonumber(value[0])
end
local MONTHS = constant("COSTSHARE_MONTHS")

local function ymd(y, m, d)
  local out = ffi.new("costshare_date[1]")
  check(cs.costshare_date_from_ymd(y, m, d, out), "date")
  return out[0]
end

local function text(date)
  local buf = ffi.new("char[11]")
  check(cs.costshare_date_format(date, buf, 11), "format")
  return ffi.string(buf)
end

local municipalities = {
  {"Boxholm", 5453}, {"Finspång", 21577}, {"Kinda", 9882}, {"Linköping", 158520},
  {"Mjölby", 27019}, {"Motala", 43549}, {"Norrköping", 133749}, {"Söderköping", 14521},
  {"Vadstena", 7421}, {"Valdemarsvik", 7920}, {"Ydre", 3733}, {"Åtvidaberg", 11631},
  {"Ödeshög", 5343},
}
local n = #municipalities
local weights = ffi.new("int64_t[?]", n)
local shares = ffi.new("int64_t[?]", n)
for i, m in ipairs(municipalities) do weights[i - 1] = m[2] end

local total = 763945
check(cs.costshare_split(total, weights, n, shares), "split")
print(("2018 cost %d SEK split by the 2017 populations (largest remainder):"):format(total))
local sum = 0
for i, m in ipairs(municipalities) do
  local share = tonumber(shares[i - 1])
  sum = sum + share
  print(("%s: %d"):format(m[1], share))
end
print(("total: %d"):format(sum))

local wanted = ymd(2024, 9, 30)
local latest = ffi.new("costshare_date[1]")
local last_day = ffi.new("costshare_date[1]")
local refund = ffi.new("costshare_date[1]")
check(cs.costshare_notice_latest(wanted, 2, MONTHS, 0, latest), "notice_latest")
check(cs.costshare_notice_end(latest[0], 2, MONTHS, 0, last_day), "notice_end")
check(cs.costshare_refund_start(last_day[0], refund), "refund_start")
print(("2024 notice, two months, wanted last day %s:"):format(text(wanted)))
print("latest notice day: " .. text(latest[0]))
print("last day in force: " .. text(last_day[0]))
print("refund start: " .. text(refund[0]))
