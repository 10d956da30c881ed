// asof.js — "as known on": a slider over the days articles were published (the last stop is today), with a play
// button that steps through them. Moving it asks for the graph as it was known that day: only claims reported
// by then, each edge with the status it had then. Apart from the event-time sliders (timeline.js). The days grow
// while the page is open (setDays, after an import): the slider keeps its day, or stays on today.

/**
 * @param onDay draws a day (null: today); returns a promise, so Play waits for a day to be drawn before the next
 * @param stepMs how long Play shows each day, in ms (read at every step)
 */
export function createAsOf(root, initialDays, onDay, stepMs = () => 1500) {
  const range = root.querySelector('#asof-range');
  const label = root.querySelector('#asof-label');
  const play = root.querySelector('#asof-play');
  let days = [];
  let playing = false;

  const day = () => (Number(range.value) >= days.length ? null : days[Number(range.value)]);
  function show() {
    const d = day();
    label.textContent = d ? `as known on ${d}` : 'as known today';
    range.setAttribute('aria-valuetext', label.textContent);
    root.dataset.day = d || '';
  }
  /** The slider's stop for a day: the last reporting day not after it (the first when all are after it). */
  function stopFor(d) {
    if (!d) return days.length;
    let i = days.length;
    days.forEach((x, k) => { if (x <= d) i = k; });
    return days.length && days[0] > d ? 0 : i;
  }
  function setDays(next) {
    const current = day();
    days = [...next];
    root.hidden = !days.length;
    range.min = '0';
    range.max = String(days.length); // days.length is "today": everything known
    range.value = String(stopFor(current));
    root.dataset.days = String(days.length);
    show();
  }
  function stop() {
    playing = false;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  }
  async function run() {
    playing = true;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    range.value = '0';
    while (playing) {
      show();
      await onDay(day());
      if (!playing || Number(range.value) >= days.length) break;
      await new Promise((r) => { setTimeout(r, stepMs()); });
      if (!playing) break;
      range.value = String(Number(range.value) + 1);
    }
    stop();
  }
  range.addEventListener('input', () => { stop(); show(); onDay(day()); }); // a hand on the slider ends Play
  play.addEventListener('click', () => { if (playing) stop(); else run(); });
  setDays(initialDays);
  return {
    day,
    /** The reporting days after the data changed (a new /api/timeline answer); the caller draws if the day moved. */
    setDays,
    /** Moves the slider to a day (the last stop not after it; null: today); the caller draws that day. */
    restore(d) {
      stop();
      range.value = String(stopFor(d));
      show();
    },
  };
}
