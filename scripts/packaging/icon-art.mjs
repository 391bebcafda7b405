// The app's icon, drawn from shapes so that it is ours and can be drawn again at any size: a
// blue tile (GOV.UK blue), a white page with three lines of text, and a green badge with a
// tick (GOV.UK green): a review, written up and checked. Coordinates are fractions of the icon.

const BLUE = [0x1d, 0x70, 0xb8];
const GREEN = [0x00, 0x70, 0x3c];
const WHITE = [0xff, 0xff, 0xff];

function roundedBox(x, y, [left, top, right, bottom], radius) {
  const qx = Math.abs(x - (left + right) / 2) - ((right - left) / 2 - radius);
  const qy = Math.abs(y - (top + bottom) / 2) - ((bottom - top) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function circle(x, y, [cx, cy], radius) {
  return Math.hypot(x - cx, y - cy) - radius;
}

/** A stroke of the given width along a line, with round ends. */
function stroke(x, y, [ax, ay], [bx, by], width) {
  const [dx, dy] = [bx - ax, by - ay];
  const along = Math.min(Math.max(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0), 1);
  return Math.hypot(x - ax - along * dx, y - ay - along * dy) - width / 2;
}

const TICK = [
  [0.585, 0.69],
  [0.65, 0.755],
  [0.78, 0.615],
];

/** Shapes from the bottom up; each is a colour and a signed distance (inside where negative). */
const LAYERS = [
  [BLUE, (x, y) => roundedBox(x, y, [0.04, 0.04, 0.96, 0.96], 0.2)],
  [WHITE, (x, y) => roundedBox(x, y, [0.22, 0.16, 0.64, 0.8], 0.045)],
  [BLUE, (x, y) => roundedBox(x, y, [0.3, 0.28, 0.56, 0.335], 0.0275)],
  [BLUE, (x, y) => roundedBox(x, y, [0.3, 0.39, 0.56, 0.445], 0.0275)],
  [BLUE, (x, y) => roundedBox(x, y, [0.3, 0.5, 0.47, 0.555], 0.0275)],
  [WHITE, (x, y) => circle(x, y, [0.68, 0.69], 0.225)],
  [GREEN, (x, y) => circle(x, y, [0.68, 0.69], 0.19)],
  [WHITE, (x, y) => Math.min(stroke(x, y, TICK[0], TICK[1], 0.055), stroke(x, y, TICK[1], TICK[2], 0.055))],
];

/** The topmost shape that covers a point gives its colour. */
const TOP_DOWN = [...LAYERS].reverse();

/** Samples per pixel along each axis: edges come out smooth at every size. */
const SAMPLES = 4;

function colourAt(x, y) {
  return TOP_DOWN.find(([, distance]) => distance(x, y) <= 0)?.[0];
}

/**
 * The icon at `size` × `size` pixels, as RGBA bytes (not premultiplied), rows top to bottom.
 * @param {number} size
 */
export function drawIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  // A pixel whose centre is further than this from every edge is one colour all over: one look
  // at its centre gives what sixteen samples would (they all lie within 0.53 pixels of it).
  const clear = 0.75 / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const [cx, cy] = [(px + 0.5) / size, (py + 0.5) / size];
      const samples = LAYERS.every(([, distance]) => Math.abs(distance(cx, cy)) > clear) ? 1 : SAMPLES;
      let [red, green, blue, covered] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour === undefined) continue;
          red += colour[0];
          green += colour[1];
          blue += colour[2];
          covered += 1;
        }
      }
      if (covered === 0) continue;
      const at = (py * size + px) * 4;
      rgba[at] = Math.round(red / covered);
      rgba[at + 1] = Math.round(green / covered);
      rgba[at + 2] = Math.round(blue / covered);
      rgba[at + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return rgba;
}
