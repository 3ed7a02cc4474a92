/**
 * jsdom has no layout: its Range lacks getClientRects/getBoundingClientRect, which
 * CodeMirror calls when it measures after an update. Empty rectangles are enough for tests
 * that drive the editor through its state.
 */
const empty = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) }) as DOMRect;

if (typeof Range !== 'undefined') {
  Range.prototype.getClientRects ??= function getClientRects() {
    return Object.assign([], { item: () => null }) as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect ??= empty;
}
