-- Drives Neovim's built-in LSP client (0.7 and later) against `stmtlint lsp`:
-- start the server for a document, wait for its diagnostics, apply the safe quick fix of the
-- first SL4004 diagnostic, and write what happened to STMTLINT_RESULT for the test to check.
-- Environment: STMTLINT_LSP_CMD (the command, tab-separated), STMTLINT_DOC, STMTLINT_RESULT.

local result_path = os.getenv("STMTLINT_RESULT")
local report = {}

local function finish(ok, message)
  table.insert(report, 1, ok and "ok" or ("fail: " .. message))
  local file = io.open(result_path, "w")
  file:write(table.concat(report, "\n") .. "\n")
  file:close()
  vim.cmd(ok and "qall!" or "cquit!")
end

-- vim.diagnostic keeps 0-based lines and columns (byte columns, the same as UTF-16 ones for the
-- ASCII document of the test); the protocol's diagnostic is rebuilt from them for the code action.
local function lsp_of(diagnostic)
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  return {
    range = {
      start = { line = diagnostic.lnum, character = diagnostic.col },
      ["end"] = { line = diagnostic.end_lnum, character = diagnostic.end_col },
    },
    severity = diagnostic.severity,
    message = diagnostic.message,
    source = diagnostic.source,
    code = diagnostic.code or lsp.code,
    data = lsp.data,
  }
end

local ok, failure = pcall(function()
  local doc = os.getenv("STMTLINT_DOC")
  vim.cmd("edit " .. vim.fn.fnameescape(doc))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "stmtlint",
    cmd = vim.split(os.getenv("STMTLINT_LSP_CMD"), "\t"),
    root_dir = vim.fn.fnamemodify(doc, ":h"),
  })
  if not client_id then
    return finish(false, "the client did not start")
  end
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
    return finish(false, "no diagnostics")
  end

  local diagnostics = vim.diagnostic.get(buf)
  table.sort(diagnostics, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  table.insert(report, "diagnostics " .. #diagnostics)
  local target
  for _, d in ipairs(diagnostics) do
    local lsp = lsp_of(d)
    table.insert(report, string.format("diagnostic %s %d:%d-%d:%d", lsp.code, lsp.range.start.line, lsp.range.start.character, lsp.range["end"].line, lsp.range["end"].character))
    if lsp.code == "SL4004" and target == nil then
      target = lsp
    end
  end
  if target == nil then
    return finish(false, "no SL4004 diagnostic")
  end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = target.range,
    context = { diagnostics = { target } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 30000)
  local action
  for _, response in pairs(responses or {}) do
    for _, candidate in ipairs(response.result or {}) do
      if candidate.edit and candidate.title:find("(safe fix", 1, true) and action == nil then
        action = candidate
      end
    end
  end
  if action == nil then
    return finish(false, "no safe quick fix offered")
  end
  table.insert(report, "action " .. action.title)
  vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  table.insert(report, "line " .. vim.api.nvim_buf_get_lines(buf, target.range.start.line, target.range.start.line + 1, false)[1])
  finish(true, "")
end)

if not ok then
  finish(false, tostring(failure))
end
