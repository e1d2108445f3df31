-- Driven by test.sh: nvim --headless -u NONE -c 'luafile test.lua'. Loads the users' snippet
-- (gtm.lua) as is, opens the plan, and checks what the server sends to Neovim's LSP client.
local repo, ws = os.getenv('GTM_REPO'), os.getenv('GTM_WS')
local timeout = tonumber(os.getenv('GTM_WAIT_MS') or '60000')
local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, ok, detail)
  if ok then passed = passed + 1; out('PASS ' .. name)
  else failed = failed + 1; out('FAIL ' .. name .. (detail and (': ' .. detail) or '')) end
end

vim.g.gtm_server_cmd = { repo .. '/gtm', 'lsp' }
vim.g.gtm_root_dir = ws
dofile(repo .. '/editors/neovim/gtm.lua')
vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/phone-launch.gtm'))
local buf = vim.api.nvim_get_current_buf()

check('filetype gtm', vim.bo[buf].filetype == 'gtm', vim.bo[buf].filetype)
-- The snippet's highlighting (Neovim < 0.9 shows no semantic tokens).
local function syn(pattern, text)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l:find(pattern) then
      local c = l:find(text, 1, true)
      return c and vim.fn.synIDattr(vim.fn.synID(i, c, 1), 'name') or 'no ' .. text
    end
  end
  return 'no line ' .. pattern
end
for _, c in ipairs({ { '^plan MateX', 'plan', 'gtmDeclaration' }, { 'task priceBand', 'due', 'gtmKeyword' },
                     { 'day0 2026', '2026-09-08', 'gtmDate' }, { 'gate GR2', 'T-151d', 'gtmDay0' },
                     { 'gate GR2', '151d', 'gtmDuration' }, { '^// A consumer', 'consumer', 'gtmComment' },
                     { 'plan MateX', '全球', 'gtmString' } }) do
  local got = syn(c[1], c[2])
  check('syntax ' .. c[3] .. ' on ' .. c[2], got == c[3], got)
end
check('client attached', vim.wait(timeout, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 50))

-- Diagnostics: the owner changed to an unknown name (bobby) on the samples task.
local unresolved
vim.wait(timeout, function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'unresolved-reference' then unresolved = d; return true end
  end
  return false
end, 100)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(lines, string.format('%d:%d [%s] %s', d.lnum + 1, d.col + 1, tostring(d.code), d.message))
end
out('diagnostics: ' .. (#lines > 0 and ('\n  ' .. table.concat(lines, '\n  ')) or 'none'))
check('diagnostic unresolved-reference', unresolved ~= nil)
check('unresolved-reference on the bobby line', unresolved ~= nil
  and vim.api.nvim_buf_get_lines(buf, unresolved.lnum, unresolved.lnum + 1, false)[1]:find('bobby', 1, true) ~= nil)

-- Hover on T-32d in `gate GR4 ... at T-32d` (the line has Chinese before it: the position
-- is computed by Neovim in the server's offset encoding, UTF-16).
local row, col
for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  local s = l:find('gate GR4', 1, true) and l:find('T-32d', 1, true)
  if s then row, col = i, s end
end
vim.api.nvim_win_set_cursor(0, { row, col }) -- on the '-' of T-32d (0-based byte col)
local params = vim.lsp.util.make_position_params()
local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 20000)
local text = ''
local function flatten(c)
  if type(c) == 'string' then text = text .. c .. '\n'
  elseif type(c) == 'table' then
    if c.value then text = text .. c.value .. '\n' else for _, x in ipairs(c) do flatten(x) end end
  end
end
for _, r in pairs(res or {}) do if r.result then flatten(r.result.contents) end end
out('hover at ' .. row .. ':' .. params.position.character .. ': ' .. (text ~= '' and text:gsub('\n+$', '') or '(empty)'))
check('hover on T-32d mentions Fri 2026-08-07', text:find('Fri 2026-08-07', 1, true) ~= nil)

out(string.format('%d passed, %d failed', passed, failed))
for _, c in ipairs(vim.lsp.get_active_clients()) do c.stop() end
vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
