(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('gtm-data').textContent);
  var prefix = data.storagePrefix;
  var store = null;
  try { store = window.localStorage; store.getItem(prefix); } catch (e) { store = null; }
  function read(key) { try { return store ? store.getItem(prefix + key) : null; } catch (e) { return null; } }
  function write(key, value) { try { if (store) { store.setItem(prefix + key, value ? '1' : '0'); } } catch (e) { /* full or denied */ } }
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[type=checkbox][data-key]'));
  boxes.forEach(function (box) {
    // What the reader ticked, else the plan's status (not what the browser restored on reload).
    var saved = read(box.getAttribute('data-key'));
    box.checked = saved === null ? box.defaultChecked : saved === '1';
  });
  var bar = document.getElementById('gtm-progress');
  var text = document.getElementById('gtm-progress-text');
  function progress() {
    var tasks = {};
    boxes.forEach(function (box) { if (box.hasAttribute('data-task')) { tasks[box.getAttribute('data-key')] = box.checked; } });
    var keys = Object.keys(tasks);
    var done = keys.filter(function (k) { return tasks[k]; }).length;
    if (bar) { bar.max = Math.max(1, keys.length); bar.value = done; bar.textContent = done + ' / ' + keys.length; }
    if (text) { text.textContent = done + ' / ' + keys.length + ' ' + data.labels.tasksDone; }
  }
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (!box || !box.matches || !box.matches('input[type=checkbox][data-key]')) { return; }
    var key = box.getAttribute('data-key');
    write(key, box.checked);
    boxes.forEach(function (other) { if (other !== box && other.getAttribute('data-key') === key) { other.checked = box.checked; } });
    progress();
  });
  var select = document.getElementById('gtm-owner-filter');
  var note = document.getElementById('gtm-filter-note');
  function filter() {
    var owner = select ? select.value : '';
    document.querySelectorAll('.item').forEach(function (item) {
      item.hidden = owner !== '' && item.getAttribute('data-owner') !== owner;
    });
    document.querySelectorAll('.task-row').forEach(function (row) {
      row.classList.toggle('dimmed', owner !== '' && row.getAttribute('data-owner') !== owner);
    });
    document.querySelectorAll('.group').forEach(function (group) {
      group.hidden = owner !== '' && !group.querySelector('.item:not([hidden])');
    });
    if (note) {
      note.hidden = owner === '';
      note.textContent = owner === '' ? '' : data.labels.showing + ' ' + (Object.prototype.hasOwnProperty.call(data.owners, owner) ? data.owners[owner] : owner);
    }
  }
  if (select) { select.addEventListener('change', filter); }
  progress();
  filter();
})();
