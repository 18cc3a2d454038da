-- wrk script for bench/run.sh. What each request is comes from environment variables:
--
--   BENCH_MODE    fixed   the URL given to wrk, every time (hot)
--                 keys    BENCH_PREFIX .. <random line of BENCH_KEYS, URL-encoded> .. BENCH_SUFFIX (cold)
--                 pages   BENCH_PREFIX .. <random 1..BENCH_PAGES> .. BENCH_SUFFIX (cold lists)
--                 create  POST BENCH_PREFIX with the JSON of BENCH_TEMPLATE, __TITLE__ made unique per request
--   BENCH_FRESH   1: ask for a fresh answer (Cache-Control: no-cache), so the in-process cache cannot help
--   BENCH_KEY     API key for create
--   BENCH_RUN     a run id put in created titles
--   BENCH_SEED    random seed (each thread adds its number)
--
-- done() prints one machine-readable line:
--   BENCH requests=.. seconds=.. rps=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. errors=.. status_errors=.. socket_errors=.. timeouts=.. bytes=..
-- status_errors counts answers with a status of 400 or more (wrk's own rule); socket_errors are connect, read and write errors.

local mode = os.getenv("BENCH_MODE") or "fixed"
local prefix = os.getenv("BENCH_PREFIX") or ""
local suffix = os.getenv("BENCH_SUFFIX") or ""
local keys = nil
local pages = tonumber(os.getenv("BENCH_PAGES") or "1")
local template = nil
local counter = 0

local function read_lines(path)
  local list = {}
  local file = assert(io.open(path, "r"))
  for line in file:lines() do
    if #line > 0 then list[#list + 1] = line end
  end
  file:close()
  assert(#list > 0, "no keys in " .. path)
  return list
end

local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  local number = thread_number or 0
  if os.getenv("BENCH_FRESH") == "1" then wrk.headers["Cache-Control"] = "no-cache" end
  math.randomseed(tonumber(os.getenv("BENCH_SEED") or "42") * 100 + number)
  if mode == "keys" then
    keys = read_lines(assert(os.getenv("BENCH_KEYS"), "BENCH_KEYS is not set"))
  elseif mode == "create" then
    local file = assert(io.open(assert(os.getenv("BENCH_TEMPLATE"), "BENCH_TEMPLATE is not set"), "r"))
    template = file:read("*a")
    file:close()
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_KEY"), "BENCH_KEY is not set")
  end
end

if mode == "keys" then
  function request()
    return wrk.format(nil, prefix .. urlencode(keys[math.random(#keys)]) .. suffix)
  end
elseif mode == "pages" then
  function request()
    return wrk.format(nil, prefix .. math.random(pages) .. suffix)
  end
elseif mode == "create" then
  local run = os.getenv("BENCH_RUN") or "0"
  function request()
    counter = counter + 1
    local title = string.format("Bench load %s %d %d : un article créé pendant la mesure", run, thread_number or 0, counter)
    local body = template:gsub("__TITLE__", function() return title end)
    return wrk.format("POST", prefix, nil, body)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local socket = e.connect + e.read + e.write
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d status_errors=%d socket_errors=%d timeouts=%d bytes=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    socket + e.status + e.timeout, e.status, socket, e.timeout, summary.bytes))
end
