// wirecoder review app: evidence jumps, choosing a correction's evidence by selecting text, keyboard shortcuts.
// Loaded from /static (the CSP allows no inline script). Never builds HTML from page text.
(function () {
  "use strict";
  var activeForm = null;

  function flash(el) {
    if (!el) return;
    var mark = el;
    while (mark && mark.tagName !== "MARK" && mark.nextElementSibling) mark = mark.nextElementSibling;
    if (!mark || mark.tagName !== "MARK") mark = el;
    mark.scrollIntoView({block: "center"});
    mark.classList.add("flash");
    setTimeout(function () { mark.classList.remove("flash"); }, 1600);
  }

  // Offsets of the current selection within a .doctext element (its text is the document's text).
  function selectionIn(container) {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    var range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    var text = range.toString();
    return {start: start, end: start + text.length, text: text};
  }

  function setActive(form) {
    if (activeForm) activeForm.classList.remove("active");
    activeForm = form;
    if (form) form.classList.add("active");
  }

  function fillEvidence(container) {
    var s = selectionIn(container);
    if (!activeForm || !activeForm.closest("details").open) {
      // the details' toggle event may not have come yet: take the open correction form
      setActive(document.querySelector(".field.focus details.correct[open] form") ||
                document.querySelector("details.correct[open] form"));
    }
    if (!s || !activeForm) return;
    activeForm.querySelector("input[name=doc_id]").value = container.getAttribute("data-doc-id");
    activeForm.querySelector(".cstart").value = s.start;
    activeForm.querySelector(".cend").value = s.end;
    activeForm.querySelector(".cevidence").value = s.text;
    var v = activeForm.querySelector(".cvalue");
    if (v && !v.value) v.value = s.text.trim();
  }

  function fields() { return Array.prototype.slice.call(document.querySelectorAll(".field")); }
  function focused() { return document.querySelector(".field.focus"); }
  function focusField(el) {
    fields().forEach(function (f) { f.classList.remove("focus"); });
    if (el) { el.classList.add("focus"); el.scrollIntoView({block: "nearest"}); }
  }
  function press(el, selector) { var b = el && el.querySelector(selector); if (b) b.click(); }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("a.jump").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        var t = document.getElementById(a.getAttribute("data-ev"));
        if (t) { ev.preventDefault(); history.replaceState(null, "", "#" + t.id); flash(t); }
      });
    });
    document.querySelectorAll("details.correct").forEach(function (d) {
      d.addEventListener("toggle", function () {
        if (d.open) { setActive(d.querySelector("form")); focusField(d.closest(".field")); }
        else if (activeForm === d.querySelector("form")) setActive(null);
      });
    });
    document.querySelectorAll(".doctext").forEach(function (c) {
      c.addEventListener("mouseup", function () { fillEvidence(c); });
      c.addEventListener("keyup", function () { fillEvidence(c); });
    });
    document.querySelectorAll("mark.ev").forEach(function (m) {
      m.addEventListener("click", function () {
        if (window.getSelection && !window.getSelection().isCollapsed) return;
        var keys = (m.getAttribute("data-fields") || "").split(" ");
        for (var i = 0; i < keys.length; i++) {
          var f = document.getElementById("fv-" + keys[i]);
          if (f) { focusField(f); return; }
        }
      });
    });
    if (location.hash.indexOf("#fv-") === 0) focusField(document.getElementById(location.hash.slice(1)));

    document.addEventListener("keydown", function (ev) {
      var tag = (ev.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "select" || tag === "textarea" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var search = document.getElementById("search");
      if (ev.key === "/" && search) { ev.preventDefault(); search.focus(); return; }
      if (!document.getElementById("fields")) return;
      var list = fields(), cur = focused(), i = list.indexOf(cur);
      if (ev.key === "j") { focusField(list[Math.min(i + 1, list.length - 1)]); }
      else if (ev.key === "k") { focusField(list[Math.max(i - 1, 0)]); }
      else if (ev.key === "a") { press(cur, ".b-accept"); }
      else if (ev.key === "x") { press(cur, ".b-reject"); }
      else if (ev.key === "c" && cur) { var d = cur.querySelector("details.correct"); d.open = true; }
      else if (ev.key === "e" && cur) { press(cur, "a.jump"); }
      else if (ev.key === "A") { document.getElementById("inc-accept").click(); }
      else if (ev.key === "X") { document.getElementById("inc-reject").click(); }
      else return;
      ev.preventDefault();
    });
  });
})();
