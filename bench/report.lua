-- Appended to every wrk script: one JSON line with the figures bench/load.py reads.
-- Latency is in microseconds; "statuses" counts responses by HTTP status, and "caches"
-- by the cache header they carry (nginx's X-Cache, or wagtail-cache's X-Wagtail-Cache).
local threads = {}
-- Every browser asks for compressed pages, so production answers them compressed.
wrk.headers["Accept-Encoding"] = "gzip"

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local cache = headers["X-Cache"] or headers["X-Wagtail-Cache"] or "none"
  caches[cache] = (caches[cache] or 0) + 1
end

local function totals(name)
  local sums = {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get(name)) do
      sums[key] = (sums[key] or 0) + count
    end
  end
  local parts = {}
  for key, count in pairs(sums) do
    table.insert(parts, string.format('"%s": %d', key, count))
  end
  return table.concat(parts, ", ")
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "bytes": %d, "duration_us": %d, "p50_us": %d, ' ..
    '"p99_us": %d, "errors": %d, "statuses": {%s}, "caches": {%s}}\n',
    summary.requests, summary.bytes, summary.duration, latency:percentile(50),
    latency:percentile(99), errors.connect + errors.read + errors.write + errors.timeout,
    totals("statuses"), totals("caches")))
end

statuses = {}
caches = {}
