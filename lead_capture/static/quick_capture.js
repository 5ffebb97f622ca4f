// Quick capture: save a person who called or messaged during the stream without leaving the
// keyboard. Alt+N jumps to the name, Enter saves (Ctrl+Enter from the wording), Esc clears.
(function () {
  "use strict";
  var form = document.getElementById("quick-capture");
  if (!form) { return; }
  var result = document.getElementById("qc-result");
  var name = document.getElementById("qc-name");

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key] || ""; });
  }

  function showErrors(errors) {
    form.querySelectorAll(".error[data-for]").forEach(function (slot) {
      var list = errors[slot.getAttribute("data-for")];
      slot.textContent = list ? list.join(" ") : "";
    });
  }

  function clear() {
    ["qc-name", "qc-phone", "qc-province", "qc-email"].forEach(function (id) { document.getElementById(id).value = ""; });
    showErrors({});
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    result.textContent = "…";
    fetch(form.action, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: { "Accept": "application/json", "X-Requested-With": "fetch" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (answer) {
      if (!answer.ok) {
        showErrors(answer.body.errors || {});
        result.textContent = form.getAttribute("data-failed");
        return;
      }
      result.textContent = fill(form.getAttribute("data-saved"), answer.body);
      clear();
      name.focus();
    }).catch(function () {
      result.textContent = form.getAttribute("data-failed");
    });
  });

  form.addEventListener("keydown", function (event) {
    // Enter saves from every field (a select or checkbox does not submit on its own); Ctrl+Enter
    // from the wording, where Enter is a new line.
    var tag = event.target.tagName;
    if (event.key === "Enter" && (event.ctrlKey || tag === "SELECT" || event.target.type === "checkbox")) {
      event.preventDefault();
      form.requestSubmit();
    }
    if (event.key === "Escape") { clear(); name.focus(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey && (event.key === "n" || event.key === "N")) {
      event.preventDefault();
      var folded = form.closest("details");  // in the console the form sits in a folding panel
      if (folded) { folded.open = true; }
      name.focus();
    }
  });
}());
