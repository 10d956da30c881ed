// asof.js — "as known on": a slider over the days articles were published (the last stop is today), with a play
// button that steps through them. Moving it asks for the graph as it was known that day: only claims reported
// by then, each edge with the status it had then. Apart from the event-time sliders (timeline.js).
export function createAsOf(root, days, onDay) {
  const range = root.querySelector('#asof-range');
  const label = root.querySelector('#asof-label');
  const play = root.querySelector('#asof-play');
  if (!days.length) { root.hidden = true; return { day: () => null, restore() {} }; }
  range.min = '0';
  range.max = String(days.length); // days.length is "today": everything known
  range.value = range.max;
  let timer = null;

  const day = () => (Number(range.value) >= days.length ? null : days[Number(range.value)]);
  function show() {
    const d = day();
    label.textContent = d ? `as known on ${d}` : 'as known today';
    range.setAttribute('aria-valuetext', label.textContent);
    root.dataset.day = d || '';
  }
  function stop() {
    clearInterval(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  }
  range.addEventListener('input', () => { show(); onDay(day()); });
  play.addEventListener('click', () => {
    if (timer) { stop(); return; }
    range.value = '0';
    show();
    onDay(day());
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (Number(range.value) >= days.length) { stop(); return; }
      range.value = String(Number(range.value) + 1);
      show();
      onDay(day());
    }, 1500);
  });
  show();
  return {
    day,
    /** Moves the slider to a day from a link (the last stop not after it); the caller draws that day. */
    restore(d) {
      if (!d) return;
      let i = days.length;
      days.forEach((x, k) => { if (x <= d) i = k; });
      if (days[0] > d) i = 0;
      range.value = String(i);
      show();
    },
  };
}
