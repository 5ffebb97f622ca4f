/* The moderator console: live feed on the left, question queue on the right. */
(function () {
  "use strict";
  var L = window.Livelead, el = L.el;
  var config = L.readJson("config"), T = L.readJson("i18n");
  var FEED_LIMIT = 1000, TECH_WINDOW_MS = 5 * 60 * 1000;

  var state = {
    groups: new Map(), comments: [], filter: "all", search: "", selected: null,
    editing: null, draft: "", merging: null, expanded: null, asks: {}, session: null,
    askedBy: {},
  };

  var t = L.translator(T);

  var timeFormat = new Intl.DateTimeFormat(config.language === "en" ? "en-GB" : "vi-VN",
    { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: config.timezone });

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
  }

  /* ---------- connection state ---------- */
  var connection = document.getElementById("connection");
  function showStatus(status, detail) {
    connection.dataset.state = status;
    connection.textContent = t("conn_" + status) + (detail && status === "refused" ? ": " + detail : "");
  }

  /* ---------- groups ---------- */
  function upsertGroups(groups) {
    groups.forEach(function (g) {
      var known = state.groups.get(g.id);
      if (known && known.seq > g.seq) return;
      if (g.status === "merged") { state.groups.delete(g.id); return; }
      state.groups.set(g.id, g);
      if (state.asks[g.id]) delete state.asks[g.id];
    });
  }

  function waitedMs(g, now) { return now - Date.parse(g.waiting_since); }
  function isOverdue(g, now) {
    return (g.status === "open" || g.status === "on_air") && waitedMs(g, now) > config.overdueMinutes * 60000;
  }

  function button(label, action, group, title) {
    var b = el("button", "act act-" + action, label);
    b.type = "button";
    b.dataset.action = action;
    b.dataset.group = group.id;
    if (title) b.title = title;
    return b;
  }

  function groupCard(g, now) {
    var li = el("li", "qcard status-" + g.status);
    li.dataset.group = g.id;
    li.tabIndex = -1;
    if (g.pinned) li.classList.add("pinned");
    if (state.selected === g.id) li.classList.add("selected");
    if (isOverdue(g, now)) li.classList.add("overdue");
    if (state.editing === g.id) {
      var input = el("textarea", "edit-text");
      input.value = state.draft;
      input.rows = 2;
      input.addEventListener("input", function () { state.draft = input.value; });
      li.appendChild(input);
      var row = el("div", "actions");
      row.appendChild(button(t("save"), "save-edit", g));
      row.appendChild(button(t("cancel"), "cancel", g));
      li.appendChild(row);
      setTimeout(function () { input.focus(); }, 0);
      return li;
    }
    var text = el("p", "qtext", g.text);
    li.appendChild(text);
    var meta = el("p", "qmeta");
    meta.appendChild(el("span", "asks", t("asked", { n: g.asks })));
    var names = state.askedBy[g.id] || [];
    var who = t("people", { n: g.askers }) + (names.length ? ": " + names.slice(0, 3).join(", ") + (g.askers > 3 ? "…" : "") : "");
    meta.appendChild(el("span", "askers", who));
    if (g.status === "open" || g.status === "on_air") {
      meta.appendChild(el("span", "waited", t("waiting", { time: L.formatClock(waitedMs(g, now)) })));
    } else {
      meta.appendChild(el("span", "done-by", t("status_" + g.status) + (g.status_changed_by ? " · " + g.status_changed_by : "")));
    }
    if (g.pinned) meta.appendChild(el("span", "pin-mark", t("pinned")));
    li.appendChild(meta);
    var earlier = g.earlier && state.groups.get(g.earlier);
    if (earlier && (g.status === "open" || g.status === "on_air") &&
        (earlier.status === "answered" || earlier.status === "dismissed")) {
      // Asked again after it was answered: the host may point back instead of answering twice.
      li.appendChild(el("p", "earlier", t("earlier_" + earlier.status, {
        ago: L.formatClock(now - Date.parse(earlier.status_changed_at)), text: earlier.text })));
    }
    var actions = el("div", "actions");
    if (state.merging !== null) {
      if (state.merging !== g.id) actions.appendChild(button(t("merge_here"), "merge-here", g));
    } else if (g.status === "open" || g.status === "on_air") {
      if (g.status !== "on_air") actions.appendChild(button(t("on_air"), "on_air", g, "A"));
      actions.appendChild(button(t("answered"), "answered", g, "D"));
      actions.appendChild(button(t("dismiss"), "dismiss", g, "X"));
      actions.appendChild(button(g.pinned ? t("unpin") : t("pin"), g.pinned ? "unpin" : "pin", g, "P"));
      actions.appendChild(button(t("edit"), "edit", g, "E"));
      actions.appendChild(button(t("merge"), "merge", g, "M"));
      if (g.asks > 1) actions.appendChild(button(t("asks"), "expand", g, "O"));
    } else {
      actions.appendChild(button(t("reopen"), "reopen", g));
    }
    li.appendChild(actions);
    if (state.expanded === g.id) li.appendChild(asksList(g));
    return li;
  }

  function asksList(g) {
    var list = el("ol", "asks-list");
    var asks = state.asks[g.id];
    if (!asks) { list.appendChild(el("li", "muted", t("loading"))); return list; }
    asks.forEach(function (c) {
      var item = el("li");
      item.appendChild(el("span", "author", c.author));
      item.appendChild(el("span", "ctext", c.text));
      var split = button(t("split_out"), "split", g);
      split.dataset.comment = c.seq;
      item.appendChild(split);
      list.appendChild(item);
    });
    return list;
  }

  function orderedOpen(now) {
    var all = Array.from(state.groups.values());
    return { all: all, onAir: all.filter(function (g) { return g.status === "on_air"; }), queue: L.queueOrder(all, now) };
  }

  function renderQueue() {
    var now = Date.now();
    var o = orderedOpen(now);
    var onAir = document.getElementById("on-air"), onAirCard = document.getElementById("on-air-card");
    onAirCard.replaceChildren();
    o.onAir.forEach(function (g) { onAirCard.appendChild(groupCard(g, now)); });
    onAir.hidden = o.onAir.length === 0;
    var queue = document.getElementById("queue");
    queue.replaceChildren.apply(queue, o.queue.map(function (g) { return groupCard(g, now); }));
    document.getElementById("queue-empty").hidden = o.queue.length > 0;
    var done = o.all.filter(function (g) { return g.status === "answered" || g.status === "dismissed"; })
      .sort(function (a, b) { return b.seq - a.seq; });
    document.getElementById("done-count").textContent = done.length;
    var doneList = document.getElementById("done");
    doneList.replaceChildren.apply(doneList, done.slice(0, 100).map(function (g) { return groupCard(g, now); }));
    var unanswered = o.queue.length + o.onAir.length;
    var overdue = o.queue.concat(o.onAir).filter(function (g) { return isOverdue(g, now); }).length;
    var box = document.getElementById("unanswered");
    box.dataset.count = unanswered;
    box.classList.toggle("alert", overdue > 0);
    document.getElementById("unanswered-count").textContent = unanswered;
    document.getElementById("overdue").hidden = overdue === 0;
    document.getElementById("overdue-count").textContent = overdue;
    var banner = document.getElementById("merge-banner");
    banner.hidden = state.merging === null;
    if (state.merging !== null) {
      var source = state.groups.get(state.merging);
      banner.textContent = t("merge_pick", { text: source ? source.text : "" });
    }
  }

  /* ---------- feed ---------- */
  var PLATFORM = { facebook: "FB", youtube: "YT", tiktok: "TT", webhook: "WH", file: "FI", manual: "TAY" };

  function matches(c) {
    if (state.filter === "question" && !c.is_question) return false;
    if (state.filter === "lead" && !c.is_lead) return false;
    if (state.filter === "tech" && !c.is_tech) return false;
    if (state.search && fold(c.author + " " + c.text).indexOf(state.search) < 0) return false;
    return true;
  }

  function commentItem(c) {
    var li = el("li", "comment");
    li.dataset.seq = c.seq;
    if (c.is_question) li.classList.add("is-question");
    if (c.is_lead) li.classList.add("is-lead");
    if (c.is_tech) li.classList.add("is-tech");
    var head = el("div", "chead");
    head.appendChild(el("span", "platform platform-" + c.platform, PLATFORM[c.platform] || c.platform));
    head.appendChild(el("span", "author", c.author));
    head.appendChild(el("time", "when", timeFormat.format(new Date(c.created_at))));
    if (c.is_question) head.appendChild(el("span", "tag tag-q", t("tag_question")));
    if (c.is_lead) head.appendChild(el("span", "tag tag-lead", t("tag_lead")));
    if (c.is_tech) head.appendChild(el("span", "tag tag-tech", t("tag_tech")));
    if (!c.is_question && c.group_id === null) {
      // A question the engine missed: the moderator puts it in the queue.
      var ask = el("button", "ask-this", t("ask_this"));
      ask.type = "button";
      ask.title = t("ask_this_title");
      ask.dataset.seq = c.seq;
      head.appendChild(ask);
    }
    li.appendChild(head);
    li.appendChild(el("p", "ctext", c.text));
    if (c.phones && c.phones.length) li.appendChild(el("p", "phones", "☎ " + c.phones.join(", ")));
    return li;
  }

  function renderFeed() {
    var feed = document.getElementById("feed");
    var shown = [];
    for (var i = state.comments.length - 1; i >= 0 && shown.length < 300; i--) {
      if (matches(state.comments[i])) shown.push(commentItem(state.comments[i]));
    }
    feed.replaceChildren.apply(feed, shown);
    ["all", "question", "lead", "tech"].forEach(function (kind) {
      var n = state.comments.filter(function (c) {
        return kind === "all" || (kind === "question" ? c.is_question : kind === "lead" ? c.is_lead : c.is_tech);
      }).length;
      document.querySelector('[data-count="' + kind + '"]').textContent = n;
    });
  }

  function renderTech() {
    var strip = document.getElementById("tech-strip");
    var since = Date.now() - TECH_WINDOW_MS, kinds = {};
    state.comments.forEach(function (c) {
      if (!c.is_tech || Date.parse(c.created_at) < since) return;
      var kind = c.tech_kind || "other";
      (kinds[kind] = kinds[kind] || new Set()).add(c.author);
    });
    var names = Object.keys(kinds);
    strip.hidden = names.length === 0;
    strip.replaceChildren();
    names.sort(function (a, b) { return kinds[b].size - kinds[a].size; }).forEach(function (kind) {
      strip.appendChild(el("span", "tech-item tech-" + kind, t("tech_people", { n: kinds[kind].size, what: t("tech_" + kind) })));
    });
  }

  function noteAsker(c) {
    if (c.group_id === null || c.group_id === undefined) return;
    var names = state.askedBy[c.group_id] || (state.askedBy[c.group_id] = []);
    var at = names.indexOf(c.author);
    if (at >= 0) names.splice(at, 1);
    names.unshift(c.author);
    if (names.length > 5) names.pop();
  }

  function addComments(comments) {
    var deleted = new Set(), changed = new Map();
    comments.forEach(function (c) {
      if (c.deleted) { deleted.add(c.platform + ":" + c.id); return; }  // removed on the platform
      var last = state.comments.length ? state.comments[state.comments.length - 1].seq : 0;
      if (c.seq <= last) { changed.set(c.seq, c); noteAsker(c); return; }  // shown, changed since
      state.comments.push(c); noteAsker(c);
    });
    if (changed.size) {
      state.comments = state.comments.map(function (c) { return changed.get(c.seq) || c; });
    }
    if (deleted.size) {
      state.comments = state.comments.filter(function (c) { return !deleted.has(c.platform + ":" + c.id); });
    }
    if (state.comments.length > FEED_LIMIT * 2) state.comments = state.comments.slice(-FEED_LIMIT);
  }

  function renderAll() { renderQueue(); renderFeed(); renderTech(); }

  function setSession(session) {
    if (!session) return;
    state.session = session;
    var badge = document.getElementById("session-status");
    badge.textContent = t("session_" + session.status);
    badge.className = "badge status-" + session.status;
  }

  /* ---------- actions ---------- */
  var errorBox = document.getElementById("action-error");
  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(function () { errorBox.hidden = true; }, 6000);
  }

  function act(groupId, action, params) {
    var body = Object.assign({ action: action }, params || {});
    return L.postJson(config.actionUrl + groupId + "/actions", body).then(function (r) {
      if (!r.ok) { showError((r.body.error && r.body.error.message) || ("HTTP " + r.status)); return; }
      upsertGroups(r.body.groups || []);
      renderQueue();
    }, function () { showError(t("offline")); });
  }

  function loadAsks(g) {
    var url = config.actionUrl + g.id + "/comments";
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (rows) {
      state.asks[g.id] = rows;
      renderQueue();
    });
  }

  function doAction(action, groupId, extra) {
    var g = state.groups.get(groupId);
    if (!g) return;
    state.selected = groupId;
    if (action === "edit") { state.editing = g.id; state.draft = g.text; renderQueue(); return; }
    if (action === "cancel") { state.editing = null; state.merging = null; renderQueue(); return; }
    if (action === "save-edit") {
      var text = state.draft;
      state.editing = null;
      act(g.id, "edit", { text: text, text_version: g.text_version });
      return;
    }
    if (action === "merge") { state.merging = g.id; renderQueue(); return; }
    if (action === "merge-here") {
      var source = state.merging;
      state.merging = null;
      act(source, "merge", { into: g.id });
      return;
    }
    if (action === "expand") {
      state.expanded = state.expanded === g.id ? null : g.id;
      if (state.expanded !== null) loadAsks(g);
      renderQueue();
      return;
    }
    if (action === "split") { act(g.id, "split", { comment_seq: Number(extra) }); return; }
    act(g.id, action);
  }

  document.querySelector(".queue-column").addEventListener("click", function (event) {
    var target = event.target.closest("button[data-action]");
    if (target) { doAction(target.dataset.action, Number(target.dataset.group), target.dataset.comment); return; }
    var card = event.target.closest("li.qcard");
    if (card) { state.selected = Number(card.dataset.group); renderQueue(); }
  });

  document.getElementById("feed").addEventListener("click", function (event) {
    var ask = event.target.closest("button.ask-this");
    if (!ask) return;
    ask.disabled = true;
    L.postJson(config.askUrl + ask.dataset.seq + "/question", {}).then(function (r) {
      if (!r.ok) { ask.disabled = false; showError((r.body.error && r.body.error.message) || ("HTTP " + r.status)); return; }
      upsertGroups(r.body.groups);
      addComments([r.body.comment]);
      renderAll();
    }, function () { ask.disabled = false; showError(t("offline")); });
  });

  document.querySelectorAll(".filters button").forEach(function (b) {
    b.addEventListener("click", function () { setFilter(b.dataset.filter); });
  });
  function setFilter(kind) {
    state.filter = kind;
    document.querySelectorAll(".filters button").forEach(function (b) { b.classList.toggle("active", b.dataset.filter === kind); });
    renderFeed();
  }
  var search = document.getElementById("search");
  search.addEventListener("input", function () { state.search = fold(search.value.trim()); renderFeed(); });

  var help = document.getElementById("help");
  document.getElementById("help-button").addEventListener("click", function () { help.hidden = !help.hidden; });

  function visibleOrder() {
    var o = orderedOpen(Date.now());
    return o.onAir.concat(o.queue).map(function (g) { return g.id; });
  }

  document.addEventListener("keydown", function (event) {
    var typing = event.target.matches("input, textarea, select");
    if (event.key === "Escape") {
      if (typing) event.target.blur();
      state.editing = null; state.merging = null; help.hidden = true; renderQueue(); return;
    }
    if (typing) {
      if (event.key === "Enter" && event.target.classList.contains("edit-text") && !event.shiftKey) {
        event.preventDefault();
        doAction("save-edit", state.editing);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var order = visibleOrder(), index = order.indexOf(state.selected);
    var key = event.key.toLowerCase();
    if (key === "j" || key === "k") {
      if (!order.length) return;
      index = key === "j" ? Math.min(index + 1, order.length - 1) : Math.max(index - 1, 0);
      state.selected = order[index];
      renderQueue();
      var card = document.querySelector('li.qcard[data-group="' + state.selected + '"]');
      if (card) card.scrollIntoView({ block: "nearest" });
      return;
    }
    if (key === "/") { event.preventDefault(); search.focus(); return; }
    if (key === "?") { help.hidden = !help.hidden; return; }
    if (["1", "2", "3", "4"].indexOf(key) >= 0) { setFilter(["all", "question", "lead", "tech"][Number(key) - 1]); return; }
    if (key === "enter" && state.merging !== null && state.selected !== null && state.selected !== state.merging) {
      doAction("merge-here", state.selected); return;
    }
    if (state.selected === null || !state.groups.has(state.selected)) return;
    var actions = { a: "on_air", d: "answered", x: "dismiss", e: "edit", m: "merge", o: "expand" };
    if (key === "p") { doAction(state.groups.get(state.selected).pinned ? "unpin" : "pin", state.selected); return; }
    if (actions[key]) { event.preventDefault(); doAction(actions[key], state.selected); }
  });

  /* ---------- wiring ---------- */
  new L.LiveSession({
    config: config,
    onStatus: showStatus,
    onSnapshot: function (reply) {
      state.groups.clear();
      state.comments = [];
      state.askedBy = reply.asked_by || {};
      upsertGroups(reply.groups);
      addComments(reply.comments);
      setSession(reply.session);
      renderAll();
    },
    onChanges: function (data) {
      upsertGroups(data.groups);
      addComments(data.comments);
      setSession(data.session);
      renderAll();
    },
  });
  setInterval(function () { renderQueue(); renderTech(); }, 5000);
})();
