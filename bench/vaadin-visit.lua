-- A new visitor opening a Vaadin view, as the browser does it after loading the page: the bootstrap
-- request (?v-r=init, which creates the HTTP session and the UI) and the navigation to the route
-- (a UIDL request, which builds the view: for the challenge list, the search and its first page).
-- Every visit is a new visitor without cookies. Use one connection per thread (-c equal to -t):
-- the two requests of a visit follow each other on the connection.
-- Set the route and query with: wrk ... -s vaadin-visit.lua <url> -- challenges q=water
local route, query = "challenges", ""
local cookie, key = nil, nil
local step = 0

function init(args)
  route = args[1] or route
  query = args[2] or query
end

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  if step == 0 or key == nil then
    return wrk.format("GET", "/?v-r=init&location=" .. encode(route) .. "&query=" .. encode(query),
        { ["Accept-Language"] = "en" })
  end
  local body = '{"csrfToken":"' .. key .. '","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"'
      .. route .. '","query":"' .. query .. '","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}'
  return wrk.format("POST", "/?v-r=uidl&v-uiId=0",
      { ["Content-Type"] = "application/json; charset=UTF-8", ["Cookie"] = cookie, ["Accept-Language"] = "en" }, body)
end

function response(status, headers, body)
  if step == 0 then
    local set = headers["Set-Cookie"] or headers["set-cookie"]
    cookie = set and set:match("(JSESSIONID=[^;]+)") or nil
    key = body:match('"Vaadin%-Security%-Key":"([^"]+)"')
    if cookie ~= nil and key ~= nil then step = 1 end
  else
    step = 0
    cookie, key = nil, nil
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %d %.1f %.1f %.2f %.2f %.2f %.2f %d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, errors))
end
