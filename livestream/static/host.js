/* The host view: the question on air, the next three, the session clock. No personal data:
 * the server sends this namespace no comments and masks phone numbers in question texts. */
(function () {
  "use strict";
  var L = window.Livelead, el = L.el;
  var config = L.readJson("config"), T = L.readJson("i18n");
  var groups = new Map(), session = null;

  var t = L.translator(T);

  var connection = document.getElementById("connection");
  function showStatus(status) {
    connection.dataset.state = status;
    connection.textContent = t("conn_" + status);
  }

  function upsert(list) {
    list.forEach(function (g) {
      var known = groups.get(g.id);
      if (known && known.seq > g.seq) return;
      if (g.status === "merged") groups.delete(g.id); else groups.set(g.id, g);
    });
  }

  function render() {
    var all = Array.from(groups.values());
    var onAir = all.filter(function (g) { return g.status === "on_air"; })[0];
    var current = document.getElementById("current"), meta = document.getElementById("current-meta");
    current.textContent = onAir ? onAir.text : t("none_on_air");
    current.classList.toggle("idle", !onAir);
    meta.textContent = onAir ? t("asked", { n: onAir.asks }) : "";
    var next = document.getElementById("next");
    next.replaceChildren.apply(next, L.queueOrder(all, Date.now()).slice(0, 3).map(function (g) {
      var li = el("li", "next-item", g.text);
      li.appendChild(el("span", "next-asks", " · " + t("asked", { n: g.asks })));
      return li;
    }));
  }

  function tick() {
    var clock = document.getElementById("clock");
    if (session && session.started_at) {
      var end = session.ended_at ? Date.parse(session.ended_at) : Date.now();
      clock.textContent = L.formatClock(end - Date.parse(session.started_at));
    } else {
      clock.textContent = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: config.timezone }).format(new Date());
    }
  }

  new L.LiveSession({
    config: config,
    onStatus: showStatus,
    onSnapshot: function (reply) { groups.clear(); upsert(reply.groups); session = reply.session; render(); tick(); },
    onChanges: function (data) { upsert(data.groups); if (data.session) session = data.session; render(); tick(); },
  });
  setInterval(function () { tick(); render(); }, 1000);
})();
