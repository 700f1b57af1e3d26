-- Valid booking posts: one form render's CSRF token and signed render time (harvested and
-- filled in by bench/load.py), and per request a new idempotency token and e-mail.
local csrf_cookie = "@CSRF_COOKIE@"
local csrf_token = "@CSRF_TOKEN@"
local rendered_at = "@RENDERED_AT@"
local run = "@RUN@"
local sent = 0

function request()
  sent = sent + 1
  local token = string.format("%s-%04x-4000-8000-%012x", run, id, sent)
  local body = table.concat({
    "csrfmiddlewaretoken=" .. csrf_token,
    "first_name=Bench", "last_name=Patient",
    string.format("email=bench-%s-%d-%d%%40example.com", run, id, sent),
    "phone=%28541%29+754-3010", "patient_type=new",
    "preferred_days=mon", "preferred_times=morning",
    "reason=Load+test+booking", "consent=on", "website=",
    "rendered_at=" .. rendered_at, "token=" .. token,
    "captcha=bench-pass%3Abooking",
  }, "&")
  return wrk.format("POST", "/book/", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "@COOKIE_NAME@=" .. csrf_cookie,
  }, body)
end
