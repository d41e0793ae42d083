// The article's text, shown so an analyst can select the words that name a missed place; the
// selection goes back to Python as {start, end}: offsets in the text in code points (what a
// Python str counts), not in UTF-16 units. Streamlit's component protocol (v1): "componentReady",
// then "streamlit:render" messages with the arguments, "setComponentValue" and "setFrameHeight".
// The text is untrusted: it only ever reaches the page as text nodes (textContent).
"use strict";
(function () {
  const box = document.getElementById("text");
  let shown = null;
  let sent = null;

  function send(type, data) {
    window.parent.postMessage(Object.assign({ isStreamlitMessage: true, type: type }, data), "*");
  }

  // The frame as tall as the text's box (measured from the box, not from the frame, so a
  // resize of the frame never feeds back into its height).
  let height = 0;
  function fitHeight() {
    const wanted = Math.ceil(box.getBoundingClientRect().bottom) + 4;
    if (wanted === height) return;
    height = wanted;
    send("streamlit:setFrameHeight", { height: wanted });
  }

  // The text as text nodes, the place mentions already marked as <mark> (their text set as text).
  function render(text, marks) {
    const chars = Array.from(text);
    box.replaceChildren();
    let at = 0;
    for (const pair of marks) {
      const start = Number(pair[0]);
      const end = Number(pair[1]);
      if (!(start >= at && end > start && end <= chars.length)) continue;
      if (start > at) box.append(document.createTextNode(chars.slice(at, start).join("")));
      const mark = document.createElement("mark");
      mark.textContent = chars.slice(start, end).join("");
      box.append(mark);
      at = end;
    }
    box.append(document.createTextNode(chars.slice(at).join("")));
    shown = text;
    sent = null;
  }

  // Code points from the start of the text to (node, offset).
  function offsetOf(node, offset) {
    const before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(node, offset);
    return Array.from(before.toString()).length;
  }

  function report() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (end <= start || (sent && sent.start === start && sent.end === end)) return;
    sent = { start: start, end: end };
    send("streamlit:setComponentValue", { value: sent, dataType: "json" });
  }

  document.addEventListener("mouseup", report);
  document.addEventListener("keyup", report);
  window.addEventListener("message", function (event) {
    const data = event.data;
    if (event.source !== window.parent || !data || data.type !== "streamlit:render") return;
    const args = data.args || {};
    const text = typeof args.text === "string" ? args.text : "";
    if (text !== shown) render(text, Array.isArray(args.marks) ? args.marks : []);
    fitHeight();
  });
  window.addEventListener("resize", fitHeight);
  send("streamlit:componentReady", { apiVersion: 1 });
})();
