-- End-to-end test of the language server in Neovim (0.7+), headless, with its built-in LSP client.
--
--   BIOTECH_REPO=/path/to/repo BIOTECH_E2E_WORKSPACE=/tmp/ws \
--     nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/neovim.lua'
--
-- The workspace folder holds copies of seeds/*.txt and quickfix.md. Prints one "PASS name" or
-- "FAIL name: why" line per check and exits 0 only when every check passed.

local repo = assert(os.getenv('BIOTECH_REPO'), 'BIOTECH_REPO is not set')
local workspace = assert(os.getenv('BIOTECH_E2E_WORKSPACE'), 'BIOTECH_E2E_WORKSPACE is not set')
local node = os.getenv('BIOTECH_E2E_NODE') or 'node'
local timeout_ms = tonumber(os.getenv('BIOTECH_E2E_NVIM_WAIT_MS') or '') or 20000

local failures, passes = 0, 0
local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end
local function pass(name) passes = passes + 1; out('PASS neovim: ' .. name) end
local function fail(name, why) failures = failures + 1; out('FAIL neovim: ' .. name .. ': ' .. tostring(why)) end

local client_id
local server_log = {}

-- settings: the client's settings (nil: none, so the server's defaults).
local function start_client(settings)
  local id = vim.lsp.start_client({
    name = 'biotech-annotator',
    cmd = { node, repo .. '/bin/biotech-annotator-ls.js', '--stdio' },
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'workspace' } },
    settings = settings,
    -- Neovim 0.7 does not announce workspace/configuration, so the server reads the settings that
    -- workspace/didChangeConfiguration carries; Neovim's docs say to send it from on_init.
    on_init = function(c)
      if settings then c.notify('workspace/didChangeConfiguration', { settings = settings }) end
    end,
    on_exit = function(code, signal) server_log[#server_log + 1] = ('server exited: code %s signal %s'):format(code, signal) end,
    handlers = {
      ['window/logMessage'] = function(_, result) server_log[#server_log + 1] = result and result.message or '' end,
    },
  })
  return id
end

local function client()
  return client_id and vim.lsp.get_client_by_id(client_id)
end

local function stop_client()
  if not client_id then return end
  local c = client()
  if c then
    c.stop()
    vim.wait(5000, function() return c.is_stopped() end, 50)
  end
  client_id = nil
end

-- The set-up the README gives users: start the server for text and Markdown buffers.
local client_settings = nil
vim.cmd('filetype on')
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown' },
  callback = function(args)
    client_id = client_id or start_client(client_settings)
    if client_id then vim.lsp.buf_attach_client(args.buf, client_id) end
  end,
})

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/' .. name))
  return vim.api.nvim_get_current_buf()
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

local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then pass(name) else fail(name, (tostring(err):gsub('^[^\n]-%.lua:%d+: ', ''))) end
end

local seed = '001-alligator-mitazalimab.txt'

local function symbols_of(bufnr)
  return request(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } })
end

local function wait_initialized(bufnr)
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.wait(timeout_ms, function() local c = client(); return c and c.initialized end, 50),
    'not initialized within ' .. timeout_ms .. ' ms; ' .. table.concat(server_log, ' | '))
  assert(vim.lsp.buf_is_attached(bufnr, client_id), 'the client is not attached to buffer ' .. bufnr)
end

-- 1. The README's set-up as written: Neovim gives *.txt buffers the filetype "text", and the
-- client sends the filetype as the document's languageId.
local buf = open(seed)
check('README set-up: server starts and initializes', function() wait_initialized(buf) end)
check('README set-up: a .txt buffer (languageId "text") is analysed', function()
  assert(vim.bo[buf].filetype == 'text', 'filetype is ' .. vim.bo[buf].filetype)
  local got
  -- The server reads its settings on open; give it a bounded while before judging.
  -- (No request inside a vim.wait callback: buf_request_sync waits itself, and nested waits spin.)
  local deadline = vim.loop.now() + 5000
  repeat
    got = symbols_of(buf)
    if got and find_symbol(got, 'Drugs') then break end
    vim.wait(200)
  until vim.loop.now() > deadline
  assert(got and find_symbol(got, 'Drugs'), 'the server answered documentSymbol with ' .. #(got or {}) ..
    ' symbols for ' .. seed .. ' opened with languageId "text": it analyses only the languages in ' ..
    'biotechAnnotator.languages, default ["plaintext", "markdown"], so the README\'s Neovim snippet ' ..
    'gives nothing on .txt files (PRODUCT BUG; workaround: send workspace/didChangeConfiguration with ' ..
    '{ biotechAnnotator = { languages = { "plaintext", "markdown", "text" } } } from on_init)')
end)

-- 2. The features, with "text" among the configured languages so they are tested whatever the
-- outcome above.
stop_client()
vim.cmd('bwipeout! ' .. buf)
client_settings = { biotechAnnotator = { languages = { 'plaintext', 'markdown', 'text' } } }
buf = open(seed)
check('server starts with settings and initializes', function() wait_initialized(buf) end)

check('hover on mitazalimab', function()
  local line = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1]
  local col = assert(line:find('mitazalimab', 1, true), 'mitazalimab is not on line 1 of ' .. seed)
  -- LSP characters are UTF-16 code units; line 1 is ASCII up to the drug name.
  local result, err = request(buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = 0, character = col + 1 },
  })
  assert(result, 'no hover: ' .. tostring(err))
  local text = hover_text(result.contents)
  assert(text:find('mitazalimab', 1, true), 'hover lacks "mitazalimab": ' .. text)
  assert(text:find('drug', 1, true), 'hover lacks "drug": ' .. text)
  assert(text:find('CD40', 1, true), 'hover lacks "CD40": ' .. text)
end)

check('pushed diagnostics: 4 mixed-micro-sign', function()
  local function micro()
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == 'mixed-micro-sign' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'mixed-micro-sign') then
        found[#found + 1] = d
      end
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

check('document symbols: entity groups, a drug\'s figures under it', function()
  local result, err = symbols_of(buf)
  assert(result, 'no symbols: ' .. tostring(err))
  for _, group in ipairs({ 'Drugs', 'Targets', 'Endpoints', 'Figures' }) do
    assert(find_symbol(result, group), 'no "' .. group .. '" group')
  end
  local drugs = find_symbol(result, 'Drugs')
  local names = {}
  for _, c in ipairs(drugs.children or {}) do names[#names + 1] = c.name end
  assert(table.concat(names, '|'):find('mitazalimab', 1, true), 'Drugs lacks mitazalimab: ' .. table.concat(names, ', '))
  -- the hierarchy: the drug's results are its children
  local mita = find_symbol(drugs.children, 'mitazalimab')
  local figures = {}
  for _, c in ipairs(mita.children or {}) do figures[#figures + 1] = c.name end
  assert(find_symbol(mita.children, 'ORR 54.4 % (900 \194\181g/kg)'), 'mitazalimab lacks its ORR figure; its children: ' .. table.concat(figures, ', '))
end)

check('code action: percent-of-count quick fix', function()
  local qbuf = open('quickfix.md')
  assert(vim.wait(timeout_ms, function()
    for _, d in ipairs(vim.diagnostic.get(qbuf)) do
      if d.severity == vim.diagnostic.severity.ERROR then return true end
    end
    return false
  end, 50), 'no error diagnostic on quickfix.md: ' .. vim.inspect(vim.diagnostic.get(qbuf)))
  -- The diagnostics as the server sent them (LSP shape), and the range of the first one.
  local lsp_diags = vim.lsp.diagnostic.get_line_diagnostics(qbuf, 0)
  assert(#lsp_diags > 0, 'no LSP diagnostics on line 1 of quickfix.md')
  local result, err = request(qbuf, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(qbuf) },
    range = lsp_diags[1].range,
    context = { diagnostics = lsp_diags, only = { 'quickfix' } },
  })
  assert(result, 'no code actions: ' .. tostring(err))
  local action
  for _, a in ipairs(result) do
    if a.title == 'Replace 40 % with 36 %' then action = a end
  end
  local titles = {}
  for _, a in ipairs(result) do titles[#titles + 1] = a.title end
  assert(action, 'no "Replace 40 % with 36 %" action; got: ' .. table.concat(titles, ' | '))
  assert(action.edit, 'the action carries no edit')
  vim.lsp.util.apply_workspace_edit(action.edit, client().offset_encoding or 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(qbuf, 0, -1, false), '\n')
  assert(text:find('(36%)', 1, true), 'after the edit the text is: ' .. text)
end)

-- Stop the server and wait for it, so no process outlives this editor.
stop_client()

out(('neovim: %d passed, %d failed'):format(passes, failures))
if failures > 0 then vim.cmd('cquit 1') else vim.cmd('qall!') end
