/**
 * The garden over time: a slider from the oldest plant's birth to today; the map shows the
 * plants that existed on the chosen day, coloured by their health on that day
 * (shared/graph/time-travel.ts). Play steps through time; it never starts by itself, and
 * under reduced motion it steps more slowly (the map itself does not animate between steps:
 * plants keep their places).
 */
import { useEffect, useMemo, useRef } from 'react';
import { addDays, daysBetween } from '../../../../shared/dates';
import type { IsoDate } from '../../../../shared/types';

interface Props {
  first: IsoDate;
  last: IsoDate;
  /** null: today (the living garden). */
  value: IsoDate | null;
  onChange(date: IsoDate | null): void;
  playing: boolean;
  onPlaying(playing: boolean): void;
  reducedMotion: boolean;
}

/** About this many steps from the first day to today. */
const STEPS = 40;

export function TimeSlider({ first, last, value, onChange, playing, onPlaying, reducedMotion }: Props) {
  const span = Math.max(0, daysBetween(first, last));
  const at = value === null ? span : Math.max(0, Math.min(span, daysBetween(first, value)));
  const step = Math.max(1, Math.round(span / STEPS));
  const latest = useRef({ at, onChange, onPlaying });
  useEffect(() => {
    latest.current = { at, onChange, onPlaying };
  });

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { at: now, onChange: change, onPlaying: setPlaying } = latest.current;
      const next = now >= span ? 0 : Math.min(span, now + step);
      change(next >= span ? null : addDays(first, next));
      if (next >= span) setPlaying(false);
    }, reducedMotion ? 1500 : 600);
    return () => clearInterval(timer);
  }, [playing, span, step, first, reducedMotion]);

  const label = useMemo(() => (value === null ? `Today, ${last}` : value), [value, last]);
  if (span === 0) return null;
  return (
    <div className="graph-time" role="group" aria-label="The garden over time" data-testid="graph-time">
      <button
        type="button"
        className="graph-button"
        data-testid="graph-time-play"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && value === null) onChange(first);
          onPlaying(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <input
        type="range"
        min={0}
        max={span}
        step={1}
        value={at}
        aria-label="Show the garden as it stood on"
        aria-valuetext={label}
        data-testid="graph-time-slider"
        onChange={(e) => {
          onPlaying(false);
          const days = Number(e.target.value);
          onChange(days >= span ? null : addDays(first, days));
        }}
      />
      <output data-testid="graph-time-date" className={value === null ? '' : 'graph-time-past'}>
        {label}
      </output>
      {value !== null && (
        <>
          <span className="muted graph-time-note">Plants that existed then, their health on that day; links as they are today.</span>
          <button type="button" className="graph-button" onClick={() => { onPlaying(false); onChange(null); }}>
            Back to today
          </button>
        </>
      )}
    </div>
  );
}
