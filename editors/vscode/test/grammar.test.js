// The TextMate grammar, run by the same engine VS Code uses (vscode-textmate + the Oniguruma
// WebAssembly build), on the shipped examples: `node --test test/` (npm test).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '..');
const examples = path.resolve(root, '..', '..', 'examples');

let grammar;
test.before(async () => {
  // The wasm file of the installed package: nothing is fetched.
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.gtm') return null;
      const file = path.join(root, 'syntaxes', 'gtm.tmLanguage.json');
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  grammar = await registry.loadGrammar('source.gtm');
});

/** Every token of a text: { line (1-based), text, scopes }. */
function tokenize(text) {
  const tokens = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      tokens.push({ line: i + 1, text: line.substring(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    stack = r.ruleStack;
  });
  return tokens;
}
const file = (name) => tokenize(fs.readFileSync(path.join(examples, name), 'utf8'));

/** The n-th token whose text is `text` on the first line containing `lineText`. */
function token(tokens, lineText, text, n = 0) {
  const lines = new Map();
  for (const t of tokens) lines.set(t.line, (lines.get(t.line) || '') + t.text);
  const line = [...lines].find(([, l]) => l.includes(lineText));
  assert.ok(line, `no line containing ${JSON.stringify(lineText)}`);
  const found = tokens.filter((t) => t.line === line[0] && t.text === text);
  assert.ok(found[n], `no token ${JSON.stringify(text)} on line ${line[0]}: ${line[1]}`);
  return found[n];
}
function assertScope(tokens, lineText, text, scope, n = 0) {
  const t = token(tokens, lineText, text, n);
  assert.ok(t.scopes.includes(scope), `${JSON.stringify(text)} on "${lineText}" has ${t.scopes.join(' ')}, not ${scope}`);
}

test('phone-launch.gtm: comment, keywords, names, Chinese strings', () => {
  const t = file('phone-launch.gtm');
  assertScope(t, '// A consumer phone launch', ' A consumer phone launch in the IPMS style: 3 milestones, 2 meetings, 4P workstreams, an MSP.', 'comment.line.double-slash.gtm');
  assertScope(t, 'package acme.phones', 'package', 'keyword.other.import.gtm');
  assertScope(t, 'package acme.phones', 'acme.phones', 'entity.name.namespace.gtm');
  assertScope(t, 'import acme.org.people.*', '.*', 'keyword.operator.wildcard.gtm');
  assertScope(t, 'plan MateX', 'plan', 'storage.type.gtm');
  assertScope(t, 'plan MateX', 'MateX', 'entity.name.type.gtm');
  assertScope(t, 'plan MateX', 'Mate X 全球上市', 'string.quoted.double.gtm');
  assertScope(t, 'milestone eol "退市"', '退市', 'string.quoted.double.gtm');
  assertScope(t, 'task priceBand', 'due', 'keyword.other.gtm');
  assertScope(t, 'task priceBand', 'GR2', 'variable.other.reference.gtm');
  assertScope(t, 'task priceBand', 'done', 'constant.language.status.gtm');
  assertScope(t, 'workstream product', 'product', 'entity.name.type.gtm'); // a keyword used as a name
  assertScope(t, 'workstream product', 'product', 'constant.language.pillar.gtm', 1);
  assertScope(t, 'milestone kickoff', 'kickoff', 'entity.name.type.gtm');
  assertScope(t, 'milestone kickoff', 'kickoff', 'constant.language.kind.gtm', 1);
  assertScope(t, 'workdays MON..FRI', 'MON', 'constant.language.day.gtm');
  assertScope(t, 'language zh', 'zh', 'constant.language.language.gtm');
});

test('phone-launch.gtm: dates, T, durations, times, numbers', () => {
  const t = file('phone-launch.gtm');
  assertScope(t, 'day0 2026-09-08', '2026-09-08', 'constant.numeric.date.gtm');
  assertScope(t, 'gate GR2', 'T', 'constant.language.day0.gtm'); // T-151d
  assertScope(t, 'gate GR2', '-', 'keyword.operator.arithmetic.gtm');
  assertScope(t, 'gate GR2', '151d', 'constant.numeric.duration.gtm');
  assertScope(t, 'milestone launchEvent', 'T', 'constant.language.day0.gtm'); // at T
  assertScope(t, 'launchToSaleMax 14d', '14d', 'constant.numeric.duration.gtm');
  assertScope(t, 'task samples', '20wd', 'constant.numeric.duration.gtm');
  assertScope(t, 'meeting mtMonthly', '2h', 'constant.numeric.duration.gtm');
  assertScope(t, 'meeting pctWeekly', '60min', 'constant.numeric.duration.gtm');
  assertScope(t, 'meeting pctWeekly', '10:00', 'constant.numeric.time.gtm');
  assertScope(t, 'meeting mtMonthly', '4', 'constant.numeric.gtm');
  assertScope(t, 'target share', '18%', 'constant.numeric.percentage.gtm');
  assertScope(t, 'target revenue', '8500000000', 'constant.numeric.gtm');
  assertScope(t, 'target revenue', 'CNY', 'support.constant.currency.gtm');
  assertScope(t, 'target revenue', 'revenue', 'constant.language.metric.gtm');
});

test('org.gtm: library, people, roles, holidays', () => {
  const t = file('org.gtm');
  assertScope(t, 'library people', 'people', 'entity.name.type.gtm');
  assertScope(t, 'person alice', 'alice', 'entity.name.type.gtm');
  assertScope(t, 'person alice', 'GTM', 'constant.language.role.gtm');
  assertScope(t, 'person alice', 'alice@acme.example', 'string.quoted.double.gtm');
  assertScope(t, 'team IPMS_MT', 'IPMS 操盘委员会', 'string.quoted.double.gtm');
  assertScope(t, 'team PCT', 'members', 'keyword.other.gtm');
  assertScope(t, '2026-10-01 ..', '2026-10-07', 'constant.numeric.date.gtm');
  assertScope(t, '2026-10-01 ..', '..', 'keyword.operator.range.gtm');
  assertScope(t, '2026-10-01 ..', '国庆节', 'string.quoted.double.gtm');
});

test('escapes, block comments, weeks, decimals', () => {
  const t = tokenize([
    '/* a block',
    '   comment over two lines */ plan P {',
    '  task a "Say \\"hi\\" \\\\ \\n \\u4e2d 中" due T+2w effort 2.5d',
    '  task b "bad \\q escape" due a+0wd',
    '}',
  ].join('\n'));
  assertScope(t, 'a block', '/*', 'comment.block.gtm');
  assertScope(t, 'comment over', '   comment over two lines ', 'comment.block.gtm');
  assertScope(t, 'comment over', 'plan', 'storage.type.gtm'); // the comment ended
  for (const esc of ['\\"', '\\\\', '\\n', '\\u4e2d']) {
    assertScope(t, 'task a', esc, 'constant.character.escape.gtm');
    assertScope(t, 'task a', esc, 'string.quoted.double.gtm');
  }
  assertScope(t, 'task a', ' 中', 'string.quoted.double.gtm');
  assertScope(t, 'task a', '2w', 'constant.numeric.duration.gtm');
  assertScope(t, 'task b', '\\q', 'invalid.illegal.escape.gtm');
  assertScope(t, 'task b', '0wd', 'constant.numeric.duration.gtm');
});

test('the examples: every token has a scope, none is invalid, strings end on their line', () => {
  for (const name of ['phone-launch.gtm', 'org.gtm']) {
    for (const t of file(name)) {
      const where = `${name}:${t.line} ${JSON.stringify(t.text)} (${t.scopes.join(' ')})`;
      assert.ok(!t.scopes.some((s) => s.startsWith('invalid')), where);
      if (t.text.trim() !== '') assert.ok(t.scopes.length > 1, `unscoped ${where}`);
    }
  }
  const t = tokenize('task x "unclosed\ntask y "ok" due T');
  assertScope(t, 'task y', 'task', 'storage.type.gtm');
});
