/* Livelead live layer shared by the console and the host view.
 *
 * Connects to a Socket.IO namespace with the login cookie, joins the session's room with the
 * last sequence number it has seen, and applies every change exactly once and in order:
 * - a `changes` event whose from_seq is not last_seq + 1 means something was missed: join again
 *   with last_seq and the server replays what is missing from the database;
 * - events already seen (seq <= last_seq) are ignored.
 * Comments, names and question texts are untrusted: they are only ever set as textContent.
 */
(function () {
  "use strict";

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : {};
  }

  var MINUTES_PER_ASKER = 2.0; // same rule as livestream/queue.py

  function priority(group, now) {
    var minutes = Math.max(now - Date.parse(group.waiting_since), 0) / 60000;
    return group.askers + minutes / MINUTES_PER_ASKER;
  }

  /* Open questions in the order to take them: pinned first, then askers + waiting minutes / 2. */
  function queueOrder(groups, now) {
    return groups.filter(function (g) { return g.status === "open"; }).sort(function (a, b) {
      if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
      var pa = priority(a, now), pb = priority(b, now);
      if (pa !== pb) return pb - pa;
      var wa = Date.parse(a.waiting_since), wb = Date.parse(b.waiting_since);
      if (wa !== wb) return wa - wb;
      return a.id - b.id;
    });
  }

  /* t(key, {n: 3}) looks a text up in the page's catalogue and fills its {placeholders}. */
  function translator(catalogue) {
    return function (key, values) {
      var text = catalogue[key] || key;
      Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(values[name]); });
      return text;
    };
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function formatClock(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return (h ? h + ":" + two(m) : two(m)) + ":" + two(sec);
  }

  function LiveSession(options) {
    this.config = options.config;
    this.onSnapshot = options.onSnapshot;
    this.onChanges = options.onChanges;
    this.onStatus = options.onStatus || function () {};
    this.lastSeq = null;
    this.joining = false;
    this.pending = [];
    window.Livelead.current = this;
    var self = this;
    this.socket = io(this.config.namespace, {
      transports: ["websocket", "polling"],
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
    });
    this.socket.on("connect", function () { self.onStatus("connected"); self.join(); });
    this.socket.on("disconnect", function () { self.onStatus("disconnected"); });
    this.socket.on("connect_error", function (err) {
      self.onStatus(self.socket.active ? "reconnecting" : "refused", err && err.message);
    });
    this.socket.io.on("reconnect_attempt", function () { self.onStatus("reconnecting"); });
    this.socket.on("changes", function (data) { self.receive(data); });
  }

  LiveSession.prototype.join = function () {
    var self = this;
    if (this.joining) return;
    this.joining = true;
    this.onStatus(this.lastSeq === null ? "loading" : "catching-up");
    this.socket.timeout(15000).emit("join", { session_id: this.config.sessionId, last_seq: this.lastSeq },
      function (err, reply) {
        self.joining = false;
        if (err || !reply) { self.onStatus("reconnecting"); setTimeout(function () { self.join(); }, 1000); return; }
        if (!reply.ok) { self.onStatus("refused", reply.error); return; }
        if (reply.snapshot) {
          self.lastSeq = reply.seq;
          self.onSnapshot(reply);
        } else {
          self.apply(reply);
        }
        if (reply.more) { self.join(); return; }
        var queued = self.pending; self.pending = [];
        queued.forEach(function (data) { self.receive(data); });
        if (!self.joining) self.onStatus("live");
      });
  };

  LiveSession.prototype.apply = function (data) {
    if (data.seq <= this.lastSeq) return; // already seen
    this.onChanges(data, this.lastSeq);
    this.lastSeq = data.seq;
  };

  LiveSession.prototype.receive = function (data) {
    if (this.joining || this.lastSeq === null) { this.pending.push(data); return; }
    if (data.seq <= this.lastSeq) return;
    if (data.from_seq > this.lastSeq + 1) { this.pending.push(data); this.join(); return; }
    this.apply(data);
  };

  /* POST JSON to the API with the page's CSRF token; resolves to {ok, status, body}. */
  function postJson(url, body) {
    var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { ok: response.ok, status: response.status, body: json };
      });
    });
  }

  window.Livelead = {
    readJson: readJson, queueOrder: queueOrder, el: el, translator: translator, formatClock: formatClock,
    LiveSession: LiveSession, postJson: postJson,
  };
})();
