-- A mix of public API addresses (records, searches, filtered lists) read from a file, one address
-- after the other in an order of its own per thread, as many clients reading different things do.
-- With "conditional" each client remembers the ETag it got for each address and sends it back in
-- If-None-Match, as a browser or a caching client does; 304 answers are counted.
-- Use one connection per thread (-c equal to -t), so that each response belongs to the last request.
--   wrk -t4 -c4 -d10s -s api-mix.lua http://127.0.0.1:8184 -- paths.txt [conditional]
local paths = {}
local conditional = false
local tags = {}
local index = 0
local last = nil
notModified = 0
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(paths, line) end
  end
  conditional = args[2] == "conditional"
  -- each thread starts elsewhere in the list and walks it with its own stride
  index = (id * 7919) % #paths
end

function request()
  index = (index + 97) % #paths
  last = paths[index + 1]
  local headers = { ["Accept-Language"] = "en" }
  if conditional and tags[last] then
    headers["If-None-Match"] = tags[last]
  end
  return wrk.format("GET", last, headers)
end

function response(status, headers, body)
  if status == 304 then
    notModified = notModified + 1
  elseif conditional and status == 200 then
    tags[last] = headers["ETag"] or headers["etag"]
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  local seconds = summary.duration / 1e6
  local total304 = 0
  for _, thread in ipairs(threads) do
    total304 = total304 + (thread:get("notModified") or 0)
  end
  io.write(string.format("RESULT %d %.1f %.1f %.2f %.2f %.2f %.2f %d %d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, errors, total304))
end
