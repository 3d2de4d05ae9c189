-- wrk script: POST one article as raw text to /v1/extract (loopback only; see load.sh).
local path = os.getenv("ARTICLE")
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

-- Any answer but 200 is counted, so a run that only measured refusals cannot pass unseen.
local failures = 0
function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    (summary.errors.status or 0), summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
