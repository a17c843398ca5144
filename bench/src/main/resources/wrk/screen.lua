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
