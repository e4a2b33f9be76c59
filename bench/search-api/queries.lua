-- wrk script: GET /api/search with a fixed mix of queries over the demo articles (ru, kk, en; words, a phrase,
-- boolean, a prefix, filters, both orders), one after another per connection.
local queries = {
  "q=Almaty",
  "q=%D0%BF%D1%80%D0%BE%D0%BA%D1%83%D1%80%D0%B0%D1%82%D1%83%D1%80%D0%B0&lang=ru",          -- прокуратура
  "q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B&lang=kk",                                        -- Алматы
  "q=%22press%20freedom%22",
  "q=court%20OR%20bank&order=newest",
  "q=univers*&lang=en",
  "q=Almaty%20NOT%20bank&pageSize=10",
  "q=%D0%B1%D0%B0%D0%BD%D0%BA&order=newest",                                              -- банк
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?" .. queries[(i % #queries) + 1])
end
