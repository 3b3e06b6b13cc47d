// The review desk's keys and its save: no library, no build step.
// Notes are only ever set with textContent: whatever they print stays text.
"use strict";
(function () {
  const body = document.body;
  const form = document.getElementById("fields");
  const notes = document.getElementById("notes");
  const status = document.getElementById("status");
  if (!form) return;   // the queue page needs nothing
  const KEYS = {};
  form.querySelectorAll("label kbd").forEach(function (kbd) {
    const box = kbd.closest("label").querySelector("input, textarea");
    KEYS[kbd.textContent] = box;
  });
  let dirty = false;
  function changed() { dirty = true; status.textContent = "not saved"; }
  form.addEventListener("input", changed);

  function fields() {
    const out = {};
    form.querySelectorAll("input[name], textarea[name]").forEach(function (box) {
      if (box.type === "checkbox") out[box.name] = box.checked;
      else if (box.dataset.list) out[box.name] = box.value.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
      else if (box.dataset.number) out[box.name] = box.value.trim() ? parseInt(box.value.replace(/\D/g, ""), 10) : null;
      else out[box.name] = box.value.trim() || null;
    });
    return out;
  }

  function paint(pieces) {
    notes.textContent = "";
    pieces.forEach(function (piece) {
      const text = document.createTextNode(piece[0]);
      if (!piece[1]) { notes.appendChild(text); return; }
      const span = document.createElement("span");
      span.className = "f f-" + piece[1];
      span.dataset.field = piece[1];
      span.appendChild(text);
      notes.appendChild(span);
    });
  }

  function save() {
    status.textContent = "saving…";
    return fetch(body.dataset.save, {
      method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({fields: fields()}),
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok || !answer.saved) throw new Error(answer.error || response.statusText);
        dirty = false;
        paint(answer.pieces);
        status.textContent = "saved " + answer.time;
        return true;
      });
    }).catch(function (error) { status.textContent = "NOT saved: " + error.message; return false; });
  }

  function go(where) { if (where) window.location.href = where; }

  function selected() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !notes.contains(selection.anchorNode)) return "";
    return selection.toString().replace(/\s+/g, " ").trim();
  }

  function give(box, text, add) {
    if (box.dataset.list && add && box.value.trim()) box.value = box.value.replace(/\s+$/, "") + "\n" + text;
    else if (box.dataset.number) box.value = text.replace(/\D/g, "");
    else box.value = text;
    changed();
  }

  document.getElementById("save").addEventListener("click", save);
  document.getElementById("accept").addEventListener("click", function () {
    save().then(function (ok) { if (ok) go(body.dataset.next || body.dataset.queue); });
  });
  window.addEventListener("beforeunload", function (event) { if (dirty) event.preventDefault(); });

  document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault(); save(); return;
    }
    const inBox = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
    if (inBox) { if (event.key === "Escape") event.target.blur(); return; }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    const text = selected();
    if (text && KEYS[key]) { event.preventDefault(); give(KEYS[key], text, event.shiftKey); return; }
    if (key === "j") go(body.dataset.next);
    else if (key === "k") go(body.dataset.prev);
    else if (key === "y") document.getElementById("accept").click();
  });
})();
