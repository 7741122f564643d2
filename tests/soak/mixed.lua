-- Mixed load for tests/soak/soak.sh: an officer's reading (case list, case pages, statistics), the public pages, the
-- readiness probe, and a refused write (a step posted with a stale version: validated, refused, nothing stored).
-- Counts responses by class across all threads and prints them at the end, so the script can check for 5xx.

local cookie = os.getenv("SOAK_COOKIE")
local token = os.getenv("SOAK_TOKEN")
local case_ids = {}
for id in string.gmatch(os.getenv("SOAK_CASES") or "", "[^,]+") do case_ids[#case_ids + 1] = id end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counts = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0 }
  n = 0
  math.randomseed(os.time() + id)
end

local function case_id() return case_ids[math.random(#case_ids)] end

function request()
  n = n + 1
  local pick = n % 10
  local headers = { ["Cookie"] = cookie }
  if pick == 0 then return wrk.format("GET", "/gongshi", {}) end
  if pick == 1 then return wrk.format("GET", "/gongshi/tongji", {}) end
  if pick == 2 then return wrk.format("GET", "/health/ready", {}) end
  if pick == 3 then return wrk.format("GET", "/Cases", headers) end
  if pick == 4 then return wrk.format("GET", "/Statistics", headers) end
  if pick == 5 then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", "/Cases/" .. case_id() .. "/AddEvidence", headers, "Version=-1&__RequestVerificationToken=" .. token)
  end
  return wrk.format("GET", "/Cases/Details/" .. case_id(), headers)
end

function response(status, headers, body)
  if status >= 500 then counts.s5xx = counts.s5xx + 1
  elseif status >= 400 then counts.s4xx = counts.s4xx + 1
  elseif status >= 300 then counts.s3xx = counts.s3xx + 1
  else counts.s2xx = counts.s2xx + 1 end
end

function done(summary, latency, requests)
  local total = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0 }
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = total[k] + v end
  end
  io.write(string.format("SOAK requests=%d 2xx=%d 3xx=%d 4xx=%d 5xx=%d socket_errors=%d p50_ms=%.1f p99_ms=%.1f\n",
    summary.requests, total.s2xx, total.s3xx, total.s4xx, total.s5xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
