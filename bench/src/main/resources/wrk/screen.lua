-- wrk script for POST /api/v1/screen: set KEY in the environment (an analyst key); names rotate per request.
-- wrk -t2 -c50 -d30s --latency -s bench/src/main/resources/wrk/screen.lua http://127.0.0.1:8080/api/v1/screen
local names = {"Joaquin Guzman Loera", "Ingeborg Abrahamsen", "Kathryn Barr", "Nemesio Oseguera Cervantes",
  "Mara Salvatrucha", "John Smith", "Maria Garcia", "Ismael Zambada Garcia", "Wei Zhang", "Olga Petrova",
  "Ahmed Hassan", "Tren de Aragua", "Peter Novak", "Ana Lopez", "Cartel de Sinaloa", "Robert Brown"}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("KEY")
request = function()
  i = i + 1
  return wrk.format(nil, nil, nil, '{"name":"' .. names[(i % #names) + 1] .. ' ' .. (i % 997) .. '"}')
end
-- PACE_MS=n: each connection waits n ms after an answer before its next request (a paced load, e.g. 50 connections
-- with PACE_MS=13 offer about 3,000 req/s when answers take ~3 ms); latency is still measured per request.
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  delay = function() return pace end
end
