/* The console's comment sources: health of each (connected, last comment, lag, errors), pause and
   resume, and manual entry of questions received by phone, SMS or Messenger. */
(function () {
  "use strict";
  var L = window.Livelead, el = L.el;
  var config = L.readJson("config"), t = L.translator(L.readJson("i18n"));
  var panel = document.getElementById("sources");
  if (!panel) return;
  var list = document.getElementById("source-list");
  var clock = new Intl.DateTimeFormat(config.language === "en" ? "en-GB" : "vi-VN",
    { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: config.timezone });

  function sourceItem(s) {
    var li = el("li", "source source-" + s.status + (s.paused ? " source-paused" : ""));
    li.dataset.source = s.id;
    var name = el("strong", "source-label", s.label || t("src_kind_" + s.kind));
    if (s.external_ref) name.title = s.external_ref;
    li.appendChild(name);
    if (s.kind === "tiktok_live") li.appendChild(el("span", "badge source-unofficial", t("src_unofficial")));
    li.appendChild(el("span", "badge source-status", t("src_" + (s.paused ? "paused" : s.status))));
    var facts = [t("src_comments", { n: s.comment_count })];
    if (s.last_comment_at) facts.push(t("src_last", { time: clock.format(new Date(s.last_comment_at)) }));
    if (s.lag_seconds !== null && s.lag_seconds !== undefined) facts.push(t("src_lag", { n: Math.round(s.lag_seconds) }));
    if (s.quota_units) facts.push(t("src_quota", { n: s.quota_units }));
    li.appendChild(el("span", "source-facts", facts.join(" · ")));
    if (s.error_count) {
      var errors = el("span", "source-errors", t("src_errors", { n: s.error_count }));
      if (s.last_error) errors.title = s.last_error;
      li.appendChild(errors);
    }
    var toggle = el("button", "link source-toggle", s.paused ? t("src_resume") : t("src_pause"));
    toggle.type = "button";
    toggle.dataset.action = s.paused ? "resume" : "pause";
    li.appendChild(toggle);
    return li;
  }

  function refresh() {
    fetch(panel.dataset.url, { credentials: "same-origin" }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (rows) {
      if (!rows) return;
      if (!rows.length) { list.replaceChildren(el("li", "empty", t("src_none"))); return; }
      list.replaceChildren.apply(list, rows.map(sourceItem));
    }, function () {});
  }

  list.addEventListener("click", function (event) {
    var b = event.target.closest("button.source-toggle");
    if (!b) return;
    var id = b.closest("li").dataset.source;
    L.postJson(panel.dataset.url + "/" + id + "/" + b.dataset.action, {}).then(refresh);
  });

  var form = document.getElementById("manual-form"), result = document.getElementById("manual-result");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var body = { text: form.text.value, channel: form.channel.value, author_name: form.author_name.value };
    L.postJson(panel.dataset.manualUrl, body).then(function (r) {
      if (r.ok) {
        form.text.value = "";
        result.textContent = t("manual_added");
        refresh();
      } else {
        result.textContent = (r.body.error && r.body.error.message) || t("offline");
      }
    }, function () { result.textContent = t("offline"); });
  });

  refresh();
  setInterval(refresh, 5000);
})();
