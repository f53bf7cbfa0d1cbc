-- End-to-end test of the language server in Neovim, headless, with its built-in LSP client, set
-- up only by the README's snippet for this Neovim (run.mjs copies it from README.md into the init
-- file, and puts a `biotech-annotator-ls` on PATH as `npm install -g` would):
--
--   cd /tmp/ws && PATH=/tmp/bin:$PATH BIOTECH_E2E_SNIPPET=neovim-0.7 \
--     nvim --headless -u /tmp/init.lua -i NONE -n -c 'luafile test/e2e/neovim.lua'
--
-- This script starts no client itself: it opens files, as a user would, and checks what the
-- snippet's client does. The current folder holds copies of seeds/*.txt and quickfix.md. Prints one
-- "PASS neovim: name" or "FAIL neovim: name: why" line per check; exits 0 only when all passed.

local snippet = os.getenv('BIOTECH_E2E_SNIPPET') or 'README'
local workspace = vim.fn.getcwd()
local timeout_ms = tonumber(os.getenv('BIOTECH_E2E_NVIM_WAIT_MS') or '') or 20000

local failures, passes = 0, 0
local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end
local function pass(name) passes = passes + 1; out('PASS neovim: ' .. name) end
local function fail(name, why) failures = failures + 1; out('FAIL neovim: ' .. name .. ': ' .. tostring(why)) end

local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then pass(name) else fail(name, (tostring(err):gsub('^[^\n]-%.lua:%d+: ', ''))) end
end

-- vim.lsp.get_clients is 0.10's name for 0.7's vim.lsp.get_active_clients.
local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients

local function clients()
  local list = {}
  for _, c in pairs(get_clients()) do list[#list + 1] = c end
  return list
end

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/' .. name))
  return vim.api.nvim_get_current_buf()
end

-- The client attached to bufnr (the snippet's: no other is configured), or nil.
local function client_of(bufnr)
  for _, c in ipairs(clients()) do
    if vim.lsp.buf_is_attached(bufnr, c.id) then return c end
  end
end

local function describe_clients()
  local parts = {}
  for _, c in ipairs(clients()) do parts[#parts + 1] = ('%d %s (initialized: %s)'):format(c.id, c.name, tostring(c.initialized)) end
  return #parts > 0 and table.concat(parts, ', ') or 'no client'
end

local function wait_attached(bufnr)
  local ok = vim.wait(timeout_ms, function() local c = client_of(bufnr); return c ~= nil and c.initialized end, 50)
  assert(ok, ('no initialized client attached to buffer %d (%s, filetype "%s") within %d ms; clients: %s; see neovim-lsp.log')
    :format(bufnr, vim.api.nvim_buf_get_name(bufnr), vim.bo[bufnr].filetype, timeout_ms, describe_clients()))
  return client_of(bufnr)
end

-- Markdown/plaintext/MarkedString[] hover contents as one string.
local function hover_text(contents)
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, c in ipairs(contents) do parts[#parts + 1] = type(c) == 'string' and c or (c.value or '') end
  return table.concat(parts, '\n')
end

-- One request, its result, or nil and why not.
local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout_ms)
  if not responses then return nil, err or 'no response' end
  for _, r in pairs(responses) do
    if r.error then return nil, vim.inspect(r.error) end
    return r.result
  end
  return nil, 'no client answered'
end

local function find_symbol(symbols, name)
  for _, s in ipairs(symbols or {}) do
    if s.name == name then return s end
  end
end

local function diagnostic_code(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

-- vim.diagnostic's diagnostics as the LSP ones the server sent (ASCII lines: columns are UTF-16 too).
local function as_lsp(diags)
  local list = {}
  for _, d in ipairs(diags) do
    list[#list + 1] = {
      range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col } },
      severity = d.severity, message = d.message, code = diagnostic_code(d), source = d.source,
    }
  end
  return list
end

local seed = '001-alligator-mitazalimab.txt'

-- 1. The snippet as the README prints it: a .txt buffer gets Neovim's filetype "text", the
-- snippet's FileType autocmd starts the server, and the buffer is attached.
local buf = open(seed)
local first_client
check(snippet .. ': a .txt buffer starts the server and is attached', function()
  assert(vim.bo[buf].filetype == 'text', 'filetype is "' .. vim.bo[buf].filetype .. '", not "text"')
  first_client = wait_attached(buf)
end)

check('pushed diagnostics: 4 mixed-micro-sign', function()
  local function micro()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if diagnostic_code(d) == 'mixed-micro-sign' then found[#found + 1] = d end
    end
    return found
  end
  assert(vim.wait(timeout_ms, function() return #micro() >= 4 end, 50),
    ('expected 4 mixed-micro-sign diagnostics within %d ms, got %d: %s'):format(timeout_ms, #micro(), vim.inspect(vim.diagnostic.get(buf))))
  local found = micro()
  assert(#found == 4, 'expected exactly 4, got ' .. #found)
  local lines = {}
  for _, d in ipairs(found) do
    assert(d.severity == vim.diagnostic.severity.INFO, 'severity is ' .. tostring(d.severity) .. ', not INFO')
    assert(d.message:find('micro sign', 1, true), 'message lacks "micro sign": ' .. d.message)
    lines[#lines + 1] = d.lnum + 1
  end
  table.sort(lines)
  assert(table.concat(lines, ',') == '16,17,17,17', 'lines are ' .. table.concat(lines, ','))
end)

check('hover on mitazalimab, Markdown without needless escapes', function()
  local line = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]
  local col = assert(line:find('mitazalimab', 1, true), 'mitazalimab is not on line 1 of ' .. seed)
  -- LSP characters are UTF-16 code units; line 1 is ASCII up to the drug name.
  local result, err = request(buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = 0, character = col + 1 },
  })
  assert(result, 'no hover: ' .. tostring(err))
  local text = hover_text(result.contents)
  assert(text:find('**mitazalimab**', 1, true), 'hover lacks "**mitazalimab**": ' .. text)
  assert(text:find('drug', 1, true), 'hover lacks "drug": ' .. text)
  assert(text:find('CD40', 1, true), 'hover lacks "CD40": ' .. text)
  -- Neovim shows hover Markdown nearly as written: figures must read as figures, not "54\.4 \%".
  assert(text:find('ORR 54.4 % (900 \194\181g/kg)', 1, true), 'hover lacks "ORR 54.4 % (900 \194\181g/kg)" as written: ' .. text)
end)

check('document symbols: entity groups, a drug\'s figures under it, by dose group', function()
  local result, err = request(buf, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(buf) } })
  assert(result, 'no symbols: ' .. tostring(err))
  for _, group in ipairs({ 'Drugs', 'Targets', 'Endpoints', 'Figures' }) do
    assert(find_symbol(result, group), 'no "' .. group .. '" group')
  end
  local mita = find_symbol(find_symbol(result, 'Drugs').children, 'mitazalimab')
  assert(mita, 'Drugs lacks mitazalimab')
  local groups = {}
  for _, c in ipairs(mita.children or {}) do groups[#groups + 1] = c.name end
  -- the seed reports two dose groups: the figures sit under theirs
  local dose = find_symbol(mita.children, '900 \194\181g/kg')
  assert(dose and dose.children, 'mitazalimab lacks its 900 \194\181g/kg group; its children: ' .. table.concat(groups, ', '))
  local figures = {}
  for _, c in ipairs(dose.children) do figures[#figures + 1] = c.name end
  assert(find_symbol(dose.children, 'ORR 54.4 % (900 \194\181g/kg)'), 'the 900 \194\181g/kg group lacks its ORR figure; its children: ' .. table.concat(figures, ', '))
end)

-- 2. More buffers, of both filetypes: the same client serves them all.
local qbuf
check(snippet .. ': one client for all buffers (a second .txt and a .md)', function()
  assert(first_client, 'no client on the first buffer')
  local other = open('002-lotte-biologics-jankistomig.txt')
  qbuf = open('quickfix.md')
  assert(vim.bo[qbuf].filetype == 'markdown', 'quickfix.md has filetype "' .. vim.bo[qbuf].filetype .. '"')
  for _, b in ipairs({ other, qbuf }) do
    local c = wait_attached(b)
    assert(c.id == first_client.id, ('buffer %d is attached to client %d, not to the first one (%d)'):format(b, c.id, first_client.id))
  end
  assert(vim.lsp.buf_is_attached(buf, first_client.id), 'the first buffer is no longer attached')
  local all = clients()
  assert(#all == 1, #all .. ' clients are running: ' .. describe_clients())
end)

check('code action: percent-of-count quick fix in the .md buffer', function()
  assert(qbuf, 'quickfix.md is not open')
  local errors = function()
    return vim.diagnostic.get(qbuf, { severity = vim.diagnostic.severity.ERROR })
  end
  assert(vim.wait(timeout_ms, function() return #errors() > 0 end, 50), 'no error diagnostic on quickfix.md: ' .. vim.inspect(vim.diagnostic.get(qbuf)))
  local lsp_diags = as_lsp(errors())
  local result, err = request(qbuf, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(qbuf) },
    range = lsp_diags[1].range,
    context = { diagnostics = lsp_diags, only = { 'quickfix' } },
  })
  assert(result, 'no code actions: ' .. tostring(err))
  local action
  local titles = {}
  for _, a in ipairs(result) do
    titles[#titles + 1] = a.title
    if a.title == 'Replace 40 % with 36 %' then action = a end
  end
  assert(action, 'no "Replace 40 % with 36 %" action; got: ' .. table.concat(titles, ' | '))
  assert(action.edit, 'the action carries no edit')
  vim.lsp.util.apply_workspace_edit(action.edit, first_client.offset_encoding or 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(qbuf, 0, -1, false), '\n')
  assert(text:find('(36%)', 1, true), 'after the edit the text is: ' .. text)
end)

-- Stop the servers and wait for them, so no process outlives this editor.
for _, c in ipairs(clients()) do vim.lsp.stop_client(c.id) end
if not vim.wait(5000, function() return #clients() == 0 end, 50) then
  for _, c in ipairs(clients()) do vim.lsp.stop_client(c.id, true) end
end

out(('neovim: %d passed, %d failed'):format(passes, failures))
if failures > 0 then vim.cmd('cquit 1') else vim.cmd('qall!') end
