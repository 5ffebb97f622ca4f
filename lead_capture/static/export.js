// Excel export of leads: follow the export's progress until the file is ready, then offer it
// (and start the download once). The texts come from the page, already translated.
(function () {
  "use strict";
  var box = document.getElementById("export");
  if (!box) { return; }
  var bar = document.getElementById("export-progress");
  var text = document.getElementById("export-text");
  var ready = document.getElementById("export-ready");
  var link = document.getElementById("export-download");
  var lang = document.documentElement.lang || "vi";

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) {
      return values[key] === undefined ? "" : Number(values[key]).toLocaleString(lang);
    });
  }

  function show(state) {
    box.setAttribute("data-state", state.status);
    bar.max = state.total || 1;
    bar.value = state.total ? state.done : (state.status === "ready" ? 1 : 0);
    if (state.status === "ready") {
      text.textContent = fill(box.getAttribute("data-ready-text"), state);
      ready.hidden = false;
    } else if (state.status === "failed") {
      text.textContent = box.getAttribute(state.error === "interrupted" ? "data-interrupted-text" : "data-failed-text");
    } else if (state.done >= state.total) {
      text.textContent = fill(box.getAttribute("data-finishing-text"), state);
    } else {
      text.textContent = fill(box.getAttribute("data-progress-text"), state);
    }
  }

  function poll() {
    fetch(box.getAttribute("data-status-url"), {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (state) {
        show(state);
        if (state.status === "ready") {
          link.click();
        } else if (state.status === "running") {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  if (box.getAttribute("data-state") === "running") { window.setTimeout(poll, 500); }
}());
