import { describe, expect, it } from 'vitest';
import { NO_GESTURE, settle, wheelFactor, zoomAt } from '../../../renderer/features/editor/canvas/wheel-zoom';

/** Where flow point (fx, fy) lands on screen under viewport v and gesture g. */
const onScreen = (v: { x: number; y: number; zoom: number }, g: { scale: number; x: number; y: number }, fx: number, fy: number) => ({
  x: g.scale * (v.zoom * fx + v.x) + g.x,
  y: g.scale * (v.zoom * fy + v.y) + g.y,
});

describe('wheel zoom on a big map', () => {
  it('steps like d3-zoom: 2^(−deltaY × 0.002) for pixels, × 0.05 for lines, ten times for a pinch', () => {
    expect(wheelFactor({ deltaY: -120, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** 0.24, 12);
    expect(wheelFactor({ deltaY: 120, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** -0.24, 12);
    expect(wheelFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(2 ** 0.15, 12);
    expect(wheelFactor({ deltaY: -1, deltaMode: 2, ctrlKey: false })).toBe(2);
    expect(wheelFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(2 ** 0.2, 12);
    expect(wheelFactor({ deltaY: 0, deltaMode: 0, ctrlKey: false })).toBe(1);
  });

  it('keeps the point under the pointer where it is, step after step, and after settling', () => {
    const v = { x: 24, y: 24, zoom: 0.75 };
    // Flow point under the pointer at (600, 400).
    const fx = (600 - v.x) / v.zoom;
    const fy = (400 - v.y) / v.zoom;
    let g = NO_GESTURE;
    for (const f of [1.2, 1.2, 0.9, 1.5]) g = zoomAt(g, f, 600, 400, v.zoom, 0.05, 2.5);
    expect(g.scale).toBeCloseTo(1.2 * 1.2 * 0.9 * 1.5, 12);
    const p = onScreen(v, g, fx, fy);
    expect(p.x).toBeCloseTo(600, 9);
    expect(p.y).toBeCloseTo(400, 9);
    // The settled viewport draws every flow point where the gesture left it: no jump.
    const s = settle(v, g);
    expect(s.zoom).toBeCloseTo(0.75 * g.scale, 12);
    for (const [x, y] of [[fx, fy], [0, 0], [5000, -300]] as const) {
      const during = onScreen(v, g, x, y);
      const after = onScreen(s, NO_GESTURE, x, y);
      expect(after.x).toBeCloseTo(during.x, 9);
      expect(after.y).toBeCloseTo(during.y, 9);
    }
  });

  it('zooms around each step’s own pointer when the pointer moves', () => {
    const v = { x: 0, y: 0, zoom: 1 };
    const g1 = zoomAt(NO_GESTURE, 2, 100, 100, v.zoom, 0.05, 2.5);
    // The flow point now under (300, 50) stays there through the second step.
    const fx = (300 - g1.x) / g1.scale;
    const fy = (50 - g1.y) / g1.scale;
    const g2 = zoomAt(g1, 1.1, 300, 50, v.zoom, 0.05, 2.5);
    const p = onScreen(v, g2, fx, fy);
    expect(p.x).toBeCloseTo(300, 9);
    expect(p.y).toBeCloseTo(50, 9);
  });

  it('stops at the zoom limits without drifting', () => {
    const v = { x: 10, y: 20, zoom: 2 };
    let g = NO_GESTURE;
    for (let i = 0; i < 10; i++) g = zoomAt(g, 1.5, 200, 200, v.zoom, 0.05, 2.5);
    expect(v.zoom * g.scale).toBeCloseTo(2.5, 12);
    const atLimit = zoomAt(g, 1.5, 800, 10, v.zoom, 0.05, 2.5);
    expect(atLimit).toBe(g); // a step past the limit changes nothing, not even the shift
    let out = NO_GESTURE;
    for (let i = 0; i < 100; i++) out = zoomAt(out, 0.5, 0, 0, v.zoom, 0.05, 2.5);
    expect(v.zoom * out.scale).toBeCloseTo(0.05, 12);
  });

  it('settles a gesture that did nothing to the same viewport', () => {
    expect(settle({ x: 3, y: -4, zoom: 0.6 }, NO_GESTURE)).toEqual({ x: 3, y: -4, zoom: 0.6 });
  });
});
