/* The agents' pages: the queue kept live over Socket.IO `/agents`, and keyboard shortcuts.
 *
 * The socket only says which task ids an agent (or a team) has now; when they differ from the
 * rows on the page, the rows are fetched again over HTTP, rendered by the server in the reader's
 * language with numbers masked. After every (re)connection `sync` asks for the current state, so
 * nothing pushed while the connection was down is missed.
 *
 * Keys (outside text fields): N = next task; on a task, 1–6 press the outcome buttons.
 */
(function () {
  "use strict";

  function typing(target) {
    var tag = (target && target.tagName) || "";
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  /* ---------- keyboard ---------- */
  var callbackAt = document.getElementById("callback-at");
  var callbackButton = document.querySelector('#outcome-form button[value="callback"]');

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    var key = event.key.toLowerCase();
    if (key === "n") {
      var next = document.getElementById("next-task");
      if (next) { event.preventDefault(); next.click(); }
      return;
    }
    var button = document.querySelector('#outcome-form button[aria-keyshortcuts="' + key + '"]');
    if (!button) return;
    event.preventDefault();
    if (button === callbackButton && callbackAt && !callbackAt.value) {
      callbackAt.focus();  // a callback needs its time first; Enter then records it
      return;
    }
    button.click();
  });

  if (callbackAt && callbackButton) {
    callbackAt.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); callbackButton.click(); }
    });
  }

  /* ---------- live queue ---------- */
  var configNode = document.getElementById("agent-config");
  if (!configNode || typeof io === "undefined") return;
  var config = JSON.parse(configNode.textContent);
  var T = config.strings || {};
  var rows = document.getElementById(config.rowsTarget);
  var connection = document.getElementById("connection");
  var note = document.getElementById("live-note");
  var count = document.getElementById("task-count");
  var teamOverdue = document.getElementById("team-overdue");
  var overduePage = config.rowsTarget === "overdue-rows";

  function t(key, values) {
    var text = T[key] || key;
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(values[name]); });
    return text;
  }

  function showStatus(state) {
    if (!connection) return;
    connection.dataset.state = state;
    connection.textContent = t("conn_" + state);
  }

  function shownIds() {
    return Array.prototype.map.call(rows.querySelectorAll("tr[data-task]"), function (row) {
      return Number(row.dataset.task);
    });
  }

  function sameIds(a, b) {
    if (a.length !== b.length) return false;
    var seen = {};
    a.forEach(function (id) { seen[id] = true; });
    return b.every(function (id) { return seen[id]; });
  }

  var loading = false, again = false;

  function refresh() {
    if (loading) { again = true; return; }
    loading = true;
    var before = shownIds();
    fetch(config.rowsUrl, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        var total = response.headers.get("X-Total-Count");  // a list that shows only the first rows
        return response.text().then(function (html) { return { html: html, total: total }; });
      })
      .then(function (reply) {
        rows.innerHTML = reply.html;  // rendered and escaped by the server
        var after = shownIds();
        if (count) count.textContent = reply.total !== null ? reply.total : String(after.length);
        var added = after.filter(function (id) { return before.indexOf(id) < 0; });
        if (note) note.textContent = added.length ? t("new_tasks", { n: added.length }) : t("updated");
        added.forEach(function (id) {
          var row = rows.querySelector('tr[data-task="' + id + '"]');
          if (row) row.classList.add("arrived");
        });
        document.dispatchEvent(new CustomEvent("agent:refreshed", { detail: { added: added } }));
      })
      .catch(function () { /* the next event or reconnection tries again */ })
      .then(function () {
        loading = false;
        if (again) { again = false; refresh(); }
      });
  }

  function applyTasks(state) {
    if (!state || overduePage) return;
    if (!sameIds(state.ids, shownIds())) refresh();
  }

  function applyOverdue(states) {
    var total = 0;
    (states || []).forEach(function (state) { total += state.count; });
    if (teamOverdue) {
      teamOverdue.dataset.count = String(total);
      teamOverdue.textContent = t("overdue", { n: total });
      teamOverdue.classList.toggle("quiet", total === 0);
    }
    if (overduePage) refresh();
  }

  var socket = io(config.namespace, {
    transports: ["websocket", "polling"], reconnectionDelay: 500, reconnectionDelayMax: 5000,
  });
  window.LiveleadAgent = { socket: socket, refresh: refresh };

  socket.on("connect", function () {
    socket.timeout(15000).emit("sync", {}, function (err, reply) {
      if (err || !reply || !reply.ok) { showStatus("disconnected"); return; }
      showStatus("live");
      applyTasks(reply.tasks);
      if (reply.overdue.length) applyOverdue(reply.overdue);
    });
  });
  socket.on("disconnect", function () { showStatus("disconnected"); });
  socket.on("connect_error", function () { showStatus(socket.active ? "disconnected" : "refused"); });
  socket.on("tasks", applyTasks);
  socket.on("overdue", function (state) {
    if (teamOverdue && !overduePage) {
      // one team's count: ask for the whole picture (a lead may lead several teams)
      socket.emit("sync", {}, function (reply) { if (reply && reply.ok) applyOverdue(reply.overdue); });
      return;
    }
    if (overduePage) refresh();
  });
})();
