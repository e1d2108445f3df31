// The manifest and extension.js without VS Code (which cannot be downloaded here): `vscode` and
// the language client are replaced by recorders, so this checks what the extension asks for.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('manifest: language gtm, .gtm files, grammar source.gtm, activation, settings', () => {
  assert.equal(manifest.name, 'gtm-plan');
  assert.ok(manifest.publisher);
  assert.ok(manifest.engines.vscode);
  assert.deepEqual(manifest.activationEvents, ['onLanguage:gtm']);
  const lang = manifest.contributes.languages.find((l) => l.id === 'gtm');
  assert.deepEqual(lang.extensions, ['.gtm']);
  const conf = JSON.parse(fs.readFileSync(path.join(root, lang.configuration), 'utf8'));
  assert.equal(conf.comments.lineComment, '//');
  assert.deepEqual(conf.comments.blockComment, ['/*', '*/']);
  assert.deepEqual(conf.brackets, [['{', '}']]);
  assert.ok(conf.autoClosingPairs.some((p) => p.open === '"'));
  const grammar = manifest.contributes.grammars.find((g) => g.language === 'gtm');
  assert.equal(grammar.scopeName, 'source.gtm');
  assert.equal(JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8')).scopeName, 'source.gtm');
  const props = manifest.contributes.configuration.properties;
  assert.equal(props['gtmPlan.server.command'].default, 'gtm');
  assert.deepEqual(props['gtmPlan.server.args'].default, ['lsp']);
  assert.ok(fs.existsSync(path.join(root, manifest.main)));
});

function loadExtension(settings) {
  const clients = [];
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: 0, stopped: 0 });
      clients.push(this);
    }
    async start() { this.started++; }
    async stop() { this.stopped++; }
  }
  const listeners = [];
  const commands = {};
  const vscode = {
    workspace: {
      getConfiguration: (section) => ({ get: (key, dflt) => settings[`${section}.${key}`] ?? dflt }),
      workspaceFolders: [{ uri: { fsPath: '/work/plans' } }],
      createFileSystemWatcher: (glob) => ({ glob }),
      onDidChangeConfiguration: (f) => { listeners.push(f); return { dispose() {} }; },
    },
    commands: { registerCommand: (id, f) => { commands[id] = f; return { dispose() {} }; } },
    window: { showErrorMessage: (m) => { throw new Error(m); } },
  };
  const fakes = { vscode, 'vscode-languageclient/node': { LanguageClient } };
  const original = Module._load;
  Module._load = function (request, ...rest) {
    return request in fakes ? fakes[request] : original.call(this, request, ...rest);
  };
  try {
    const file = require.resolve(path.join(root, manifest.main));
    delete require.cache[file];
    return { extension: require(file), clients, listeners, commands };
  } finally {
    Module._load = original;
  }
}

test('extension.js starts `gtm lsp` by default, for gtm documents', async () => {
  const { extension, clients } = loadExtension({});
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.equal(clients.length, 1);
  const c = clients[0];
  assert.equal(c.serverOptions.command, 'gtm');
  assert.deepEqual(c.serverOptions.args, ['lsp']);
  assert.equal(c.serverOptions.options.cwd, '/work/plans');
  assert.ok(c.clientOptions.documentSelector.some((s) => s.language === 'gtm' && s.scheme === 'file'));
  assert.equal(c.started, 1);
  await extension.deactivate();
  assert.equal(c.stopped, 1);
});

test('extension.js uses gtmPlan.server.command and restarts when it changes', async () => {
  const settings = { 'gtmPlan.server.command': '/home/me/gtm-plan/gtm' };
  const { extension, clients, listeners, commands } = loadExtension(settings);
  await extension.activate({ subscriptions: [] });
  assert.equal(clients[0].serverOptions.command, '/home/me/gtm-plan/gtm');
  settings['gtmPlan.server.args'] = ['lsp', '--extra'];
  await listeners[0]({ affectsConfiguration: (s) => s === 'gtmPlan.server' });
  assert.equal(clients[0].stopped, 1);
  assert.deepEqual(clients[1].serverOptions.args, ['lsp', '--extra']);
  await commands['gtmPlan.restartServer']();
  assert.equal(clients.length, 3);
  await extension.deactivate();
});
