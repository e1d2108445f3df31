-- Driven by screenshot.sh inside xterm: opens the plan with the unknown owner, shows the hover of
-- T-32d, then (when screenshot.sh says so) the diagnostic float, writing a marker file after each.
local repo, ws = os.getenv('GTM_REPO'), os.getenv('GTM_WS')
vim.g.gtm_server_cmd = { repo .. '/gtm', 'lsp' }
vim.g.gtm_root_dir = ws
vim.o.termguicolors = true
vim.o.background = 'dark'
vim.cmd('syntax on')
vim.o.number = true
vim.o.wrap = false
vim.o.cursorline = true
-- Neovim 0.7's default floats are magenta (Pmenu): calmer colours for the pictures.
vim.cmd([[
  highlight NormalFloat guibg=#2a2d3a guifg=#e4e4e4
  highlight FloatBorder guibg=#2a2d3a guifg=#7aa2f7
  highlight CursorLine guibg=#262626
  highlight StatusLine guibg=#3a3f58 guifg=#e4e4e4 gui=NONE
  highlight DiagnosticVirtualTextError guifg=#ff6b6b
  highlight DiagnosticUnderlineError gui=undercurl guisp=#ff6b6b
]])
vim.o.signcolumn = 'yes'
vim.o.laststatus = 2
vim.o.shortmess = vim.o.shortmess .. 'F'
vim.o.statusline = ' %t  [%{&filetype}]  %{luaeval("#vim.lsp.buf_get_clients(0) > 0 and \'gtm lsp\' or \'\'")}%=%l:%c '
dofile(repo .. '/editors/neovim/gtm.lua')
local function with_code(d) return string.format('%s [%s]', d.message, d.code) end
vim.diagnostic.config({ virtual_text = true, signs = true,
                        float = { border = 'rounded', source = false, format = with_code } })
vim.lsp.handlers['textDocument/hover'] = vim.lsp.with(vim.lsp.handlers.hover, { border = 'rounded' })
vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/phone-launch.gtm'))
local buf = vim.api.nvim_get_current_buf()

local function mark(name) local f = io.open(ws .. '/' .. name, 'w'); f:write('ok'); f:close() end
local function find(pattern, text)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l:find(pattern) then return i, l:find(text, 1, true) end
  end
end
local function when(cond, f)
  local timer = vim.loop.new_timer()
  timer:start(100, 100, vim.schedule_wrap(function()
    if cond() then timer:stop(); timer:close(); f() end
  end))
end
local function exists(name) return vim.loop.fs_stat(ws .. '/' .. name) ~= nil end

when(function() return #vim.diagnostic.get(buf) > 0 end, function()
  -- Shot 1: hover on T-32d of gate GR4, the diagnostic below visible as virtual text.
  vim.cmd('normal! 22Gzt')
  local row, col = find('gate GR4', 'T-32d')
  vim.api.nvim_win_set_cursor(0, { row, col })
  vim.lsp.buf.hover()
  when(function()
    for _, w in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(w).relative ~= '' then return true end
    end
  end, function()
    vim.cmd('redraw')
    mark('hover.ready')
    -- Shot 2: the diagnostic float on the unknown owner.
    when(function() return exists('hover.done') end, function()
      for _, w in ipairs(vim.api.nvim_list_wins()) do
        if vim.api.nvim_win_get_config(w).relative ~= '' then vim.api.nvim_win_close(w, true) end
      end
      local r, c = find('task samples', 'bobby')
      vim.api.nvim_win_set_cursor(0, { r, c - 1 })
      -- After the cursor move has been seen (CursorMoved would close the float at once).
      vim.defer_fn(function()
        vim.diagnostic.open_float()
        vim.cmd('redraw')
        vim.defer_fn(function() mark('diagnostics.ready') end, 300)
      end, 300)
      when(function() return exists('diagnostics.done') end, function() vim.cmd('qall!') end)
    end)
  end)
end)
