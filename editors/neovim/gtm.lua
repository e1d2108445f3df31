-- GTM Plan for Neovim: filetype detection for *.gtm and the language server (`gtm lsp`).
-- Copy this file to ~/.config/nvim/plugin/gtm.lua (or `luafile` it from your init.lua).
-- Works with Neovim 0.7 (Debian 12) and later; no plugin needed.
--
-- Settings, set before this file runs:
--   vim.g.gtm_server_cmd = { '/path/to/your/clone/gtm', 'lsp' }  -- default { 'gtm', 'lsp' } on PATH
--   vim.g.gtm_root_dir   = '/path/to/workspace'  -- default: the nearest folder above the file
--                                                -- holding .git, else the file's folder
-- The workspace root matters: a library anywhere below it (org.gtm) serves the plans.

local M = {}

vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = '*.gtm',
  callback = function() vim.bo.filetype = 'gtm' end,
})

-- What the filetype brings besides the server: comment syntax for `gc`-style plugins and
-- 'formatoptions'.
local function buffer_options(bufnr)
  vim.bo[bufnr].commentstring = '// %s'
  vim.bo[bufnr].comments = 's1:/*,mb:*,ex:*/,://'
end

local function root_of(bufnr)
  if vim.g.gtm_root_dir then return vim.g.gtm_root_dir end
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  return dir
end

-- One server per workspace root, shared by every .gtm buffer below it.
local clients = {}

function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  buffer_options(bufnr)
  local root = root_of(bufnr)
  local config = {
    name = 'gtm',
    cmd = vim.g.gtm_server_cmd or { 'gtm', 'lsp' },
    root_dir = root,
  }
  if vim.lsp.start then -- Neovim 0.8+: reuses a running client with the same name and root
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients[root]
  if not id or vim.lsp.client_is_stopped(id) then
    id = vim.lsp.start_client(config)
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'gtm',
  callback = function(args) M.attach(args.buf) end,
})

return M
