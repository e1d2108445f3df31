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

-- Highlighting without the server (Neovim before 0.9 does not use its semantic tokens).
vim.api.nvim_create_autocmd('Syntax', {
  pattern = 'gtm',
  callback = function()
    vim.cmd([[
      syntax clear
      syntax keyword gtmDeclaration plan library person team holidays meeting milestone gate
            \ criterion workstream task activity response msp target
      syntax keyword gtmKeyword package import product kind day0 timezone workdays language
            \ settings launchToSaleMax supplyLeadTime companyActivitiesMax ownerWeeklyMax role
            \ email lead members by every week weeks month months on at for from until decidedBy
            \ requires pillar owner due after effort status note checklist goal strategy
            \ valueProposition budget units level to expects within
      syntax match gtmNumber /\<\d\+\(\.\d\+\)\=\>/
      syntax match gtmNumber /\<\d\+\(\.\d\+\)\=%/
      syntax match gtmDuration /\<\d\+\(wd\|min\|d\|w\|h\)\>/
      syntax match gtmDate /\<\d\{4}-\d\d-\d\d\>/
      syntax match gtmDate /\<\d\{1,2}:\d\d\>/
      syntax match gtmDay0 /\<T\>/
      syntax match gtmEscape /\\\(u\x\{4}\|.\)/ contained
      syntax region gtmString start=/"/ skip=/\\./ end=/"\|$/ contains=gtmEscape oneline
      syntax match gtmComment "//.*$"
      syntax region gtmComment start="/\*" end="\*/"
      highlight default link gtmDeclaration Statement
      highlight default link gtmKeyword Keyword
      highlight default link gtmNumber Number
      highlight default link gtmDuration Number
      highlight default link gtmDate Constant
      highlight default link gtmDay0 Special
      highlight default link gtmEscape SpecialChar
      highlight default link gtmString String
      highlight default link gtmComment Comment
    ]])
    vim.b.current_syntax = 'gtm'
  end,
})

-- What the filetype brings besides the server: comment syntax for `gc`-style plugins and
-- 'formatoptions', and the highlighting above.
local function buffer_options(bufnr)
  vim.bo[bufnr].commentstring = '// %s'
  vim.bo[bufnr].comments = 's1:/*,mb:*,ex:*/,://'
  if vim.bo[bufnr].syntax ~= 'gtm' then vim.bo[bufnr].syntax = 'gtm' end
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
