-- wrk script: POSTs Bot Framework message activities, each with an id unique across threads and runs (the bot
-- skips an activity id it has already seen, and wrk threads share one random seed, hence the counters).
-- Usage: wrk ... -s message.lua URL -- <run-prefix> <service-url>

local threads = {}
local counter = 0
thread_id = 0
local prefix = "run"
local service_url = "http://127.0.0.1:8080/"

local questions = {
  "Qui porte l'action B.6 ?",
  "Y a-t-il une France Services à Candé ?",
  "Qui s'occupe du Vihierois ?",
  "Quels sont les groupes de travail ?",
}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = args[1] or prefix
  service_url = args[2] or service_url
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  -- 4 users per thread, each in their own conversation: welcomed once (during the warm-up), then one reply a question.
  local user = string.format("bench-%d-%d", thread_id, counter % 4)
  local question = questions[(counter % #questions) + 1]
  local body = string.format(
    '{"type":"message","id":"%s-%d-%d","channelId":"emulator","serviceUrl":"%s",' ..
    '"from":{"id":"%s","name":"Bench"},"recipient":{"id":"bot","name":"Mednum49"},' ..
    '"conversation":{"id":"%s"},"locale":"fr-FR","text":"%s"}',
    prefix, thread_id, counter, service_url, user, user, question)
  return wrk.format(nil, nil, nil, body)
end
