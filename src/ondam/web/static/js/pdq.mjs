/**
 * PDQ photo hash (Meta), MD5 and SHA-256, computed on the device so that a photo never has to leave it.
 *
 * Dependency-free ES module: the hashing core uses no DOM API, so it runs in the browser and under Node (>= 20)
 * alike; only hashImageFile (decode + hash a File/Blob) needs browser APIs, and only when it is called.
 *
 * Port of the PDQ reference implementation in Meta's ThreatExchange repository (pdq/cpp: hashing/pdqhashing.cpp,
 * downscaling/downscaling.cpp, hashing/torben.cpp, common/pdqhashtypes.cpp), as wrapped by the `pdqhash` PyPI
 * package. ThreatExchange is Copyright (c) Meta Platforms, Inc. and affiliates, BSD-licensed; the median
 * routine is Torben Mogensen's algorithm in N. Devillard's public-domain implementation. The steps and their
 * floating-point arithmetic are reproduced here so that the same pixels give the same hash as the reference:
 * every value the reference keeps in a C `float` is rounded to float32 here (Math.fround / Float32Array), at
 * the same points and in the same order of operations.
 *
 * RESIZE RULE (shared with the server, src/ondam/hashing/pdq.py): NO resize. Hash the full-resolution pixels
 * after EXIF orientation has been applied. In the browser, decode with
 * `createImageBitmap(file, {imageOrientation: "from-image"})`, draw the bitmap at its natural size onto a
 * canvas and pass `getImageData(...).data` (hashImageFile below does exactly that). The server decodes with Pillow, applies `ImageOps.exif_transpose`
 * and hashes the RGB channels of the RGBA conversion. Any resize before hashing moves the hash by several bits,
 * so neither side may add one.
 *
 * Steps (reference names in brackets):
 *  1. luminance Y = 0.299 R + 0.587 G + 0.114 B, computed in double then rounded to float32, as the pdqhash
 *     package does with numpy; the alpha channel is ignored (the reference never reads it);
 *  2. images under 5 pixels on a side hash to all zeros with quality 0 [MIN_HASHABLE_DIM];
 *  3. two passes of a Jarosz box filter, rows then columns, window = ceil(dimension / 128)
 *     [computeJaroszFilterWindowSize, jaroszFilterFloat, box1DFloat], except for exactly 64x64 input in the
 *     single-hash path, which the reference uses as is;
 *  4. decimate to 64x64 by sampling at the centres of 64 equal cells [decimateFloat];
 *  5. quality = sum of quantised gradients / 90, at most 100 [pdqImageDomainQualityMetric];
 *  6. 16x16 DCT (coefficients 1..16 of each axis) through the reference's 16x64 float matrix [dct64To16];
 *  7. bit k = i*16 + j is set when B[i][j] > median(B) [torben, pdqBuffer16x16ToBits]; the hex form is the
 *     sixteen 16-bit words from the last to the first, 4 lowercase hex digits each [hash256_format].
 * The eight dihedral variants come from sign flips and transposes of the DCT [dct16OriginalTo*].
 */

const fround = Math.fround;

const MIN_HASHABLE_DIM = 5;
const DOWNSAMPLE = 64;
const NUM_JAROSZ_XY_PASSES = 2;
const ZERO_HASH = "0".repeat(64);

// 16x64 DCT matrix [dct_matrix_64]: float(float(sqrt(2/64)) * cos(pi/2/64 * (i+1) * (2j+1))), computed in double.
const DCT_MATRIX = (() => {
  const m = new Float32Array(16 * 64);
  const scale = fround(Math.sqrt(2.0 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      m[i * 64 + j] = scale * Math.cos((Math.PI / 2.0 / 64) * (i + 1) * (2 * j + 1));
    }
  }
  return m;
})();

/** The reference's 16x64 DCT matrix (row-major Float32Array); exported for the parity tests. */
export function dctMatrix() {
  return DCT_MATRIX.slice();
}

/** Box-filter window for one axis [computeJaroszFilterWindowSize]: ceil(oldDimension / (2 * newDimension)). */
function jaroszWindowSize(oldDimension, newDimension) {
  return Math.floor((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

// One box-filter pass along every row [boxAlongRowsFloat + box1DFloat with stride 1].
function boxAlongRows(input, output, numRows, numCols, windowSize) {
  const half = Math.floor((windowSize + 2) / 2);
  const phase1 = half - 1;
  const phase2 = windowSize - half + 1;
  const phase3 = numCols - windowSize;
  const phase4 = half - 1;
  for (let r = 0; r < numRows; r++) {
    let li = r * numCols;
    let ri = li;
    let oi = li;
    let sum = 0;
    let count = 0;
    for (let k = 0; k < phase1; k++) {
      sum = fround(sum + input[ri++]);
      count++;
    }
    for (let k = 0; k < phase2; k++) {
      sum = fround(sum + input[ri++]);
      count++;
      output[oi++] = sum / count;
    }
    for (let k = 0; k < phase3; k++) {
      sum = fround(sum + input[ri++]);
      sum = fround(sum - input[li++]);
      output[oi++] = sum / count;
    }
    for (let k = 0; k < phase4; k++) {
      sum = fround(sum - input[li++]);
      count--;
      output[oi++] = sum / count;
    }
  }
}

// One box-filter pass along every column [boxAlongColsFloat]. The reference walks one column at a time with a
// stride; this walks the rows in order and keeps one running sum per column, which performs the same float
// operations in the same order per column (so gives the same values) while reading memory sequentially.
// With `cols` given, only those columns are filtered and only the rows in `rows` are kept: out[a * cols.length + b]
// is the filtered value at (rows[a], cols[b]). That is the decimation of the last pass, computed directly.
function boxAlongCols(input, output, numRows, numCols, windowSize, cols = null, rows = null) {
  const half = Math.floor((windowSize + 2) / 2);
  const phase1 = half - 1;
  const phase2 = windowSize - half + 1;
  const phase3 = numRows - windowSize;
  const phase4 = half - 1;
  const width = cols === null ? numCols : cols.length;
  const sums = new Float32Array(width);
  // Which output rows to keep: all (index = row) or the sampled ones (possibly repeated for short images).
  let wanted = null;
  if (rows !== null) {
    wanted = new Map();
    rows.forEach((row, a) => {
      if (!wanted.has(row)) wanted.set(row, []);
      wanted.get(row).push(a);
    });
  }
  const write = (oi, count) => {
    if (wanted === null) {
      const base = oi * numCols;
      for (let j = 0; j < numCols; j++) output[base + j] = sums[j] / count;
    } else {
      const slots = wanted.get(oi);
      if (slots === undefined) return;
      for (const a of slots) {
        const base = a * width;
        for (let b = 0; b < width; b++) output[base + b] = sums[b] / count;
      }
    }
  };
  const add = (row) => {
    const base = row * numCols;
    if (cols === null) {
      for (let j = 0; j < numCols; j++) sums[j] += input[base + j];
    } else {
      for (let b = 0; b < width; b++) sums[b] += input[base + cols[b]];
    }
  };
  const addSub = (row, oldRow) => {
    const base = row * numCols;
    const oldBase = oldRow * numCols;
    if (cols === null) {
      for (let j = 0; j < numCols; j++) sums[j] = fround(sums[j] + input[base + j]) - input[oldBase + j];
    } else {
      for (let b = 0; b < width; b++) {
        const c = cols[b];
        sums[b] = fround(sums[b] + input[base + c]) - input[oldBase + c];
      }
    }
  };
  const sub = (oldRow) => {
    const oldBase = oldRow * numCols;
    if (cols === null) {
      for (let j = 0; j < numCols; j++) sums[j] -= input[oldBase + j];
    } else {
      for (let b = 0; b < width; b++) sums[b] -= input[oldBase + cols[b]];
    }
  };
  // Float32Array stores round to float32, so `sums[j] += x` is the reference's `sum += x` on a float.
  let li = 0;
  let ri = 0;
  let oi = 0;
  let count = 0;
  for (let k = 0; k < phase1; k++) {
    add(ri++);
    count++;
  }
  for (let k = 0; k < phase2; k++) {
    add(ri++);
    count++;
    write(oi++, count);
  }
  for (let k = 0; k < phase3; k++) {
    addSub(ri++, li++);
    write(oi++, count);
  }
  for (let k = 0; k < phase4; k++) {
    sub(li++);
    count--;
    write(oi++, count);
  }
}

// Centre-of-cell sample indices [decimateFloat]: (int)(((out + 0.5) * inSize) / outSize), in double.
function sampleIndices(inSize, outSize) {
  const idx = new Int32Array(outSize);
  for (let o = 0; o < outSize; o++) idx[o] = Math.floor(((o + 0.5) * inSize) / outSize);
  return idx;
}

// Blur and decimate [pdqFloat256FromFloatLuma / pdqDihedralHash256esFromFloatLuma]; `luma` is overwritten.
function downsample64(luma, numRows, numCols, allowIdentity) {
  const out = new Float32Array(DOWNSAMPLE * DOWNSAMPLE);
  if (allowIdentity && numRows === DOWNSAMPLE && numCols === DOWNSAMPLE) {
    out.set(luma.subarray(0, DOWNSAMPLE * DOWNSAMPLE));
    return out;
  }
  const windowAlongRows = jaroszWindowSize(numCols, DOWNSAMPLE);
  const windowAlongCols = jaroszWindowSize(numRows, DOWNSAMPLE);
  const buffer1 = luma;
  const buffer2 = new Float32Array(numRows * numCols);
  const rowIdx = sampleIndices(numRows, DOWNSAMPLE);
  const colIdx = sampleIndices(numCols, DOWNSAMPLE);
  for (let pass = 0; pass < NUM_JAROSZ_XY_PASSES; pass++) {
    boxAlongRows(buffer1, buffer2, numRows, numCols, windowAlongRows);
    if (pass < NUM_JAROSZ_XY_PASSES - 1) {
      boxAlongCols(buffer2, buffer1, numRows, numCols, windowAlongCols);
    } else {
      boxAlongCols(buffer2, out, numRows, numCols, windowAlongCols, colIdx, rowIdx);
    }
  }
  return out;
}

// [pdqImageDomainQualityMetric]
function qualityMetric(a) {
  let gradientSum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = Math.trunc(fround(fround(fround(a[i * 64 + j] - a[(i + 1) * 64 + j]) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = Math.trunc(fround(fround(fround(a[i * 64 + j] - a[i * 64 + j + 1]) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  return Math.min(Math.trunc(gradientSum / 90), 100);
}

// [dct64To16]: B = D A D^T, through T = D A, each sum accumulated in float in the reference's order.
function dct64To16(a) {
  const d = DCT_MATRIX;
  const t = new Float32Array(16 * 64);
  const b = new Float32Array(16 * 16);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = fround(sum + fround(d[i * 64 + k] * a[k * 64 + j]));
      t[i * 64 + j] = sum;
    }
  }
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = fround(sum + fround(t[i * 64 + k] * d[j * 64 + k]));
      b[i * 16 + j] = sum;
    }
  }
  return b;
}

// [torben]: median of n floats without sorting; returns the same element the reference returns.
function torbenMedian(m) {
  const n = m.length;
  let min = m[0];
  let max = m[0];
  for (let i = 1; i < n; i++) {
    if (m[i] < min) min = m[i];
    if (m[i] > max) max = m[i];
  }
  const halfN = Math.floor((n + 1) / 2);
  let less = 0;
  let greater = 0;
  let equal = 0;
  let guess = 0;
  let maxLtGuess = 0;
  let minGtGuess = 0;
  for (;;) {
    guess = fround(fround(min + max) / 2);
    less = 0;
    greater = 0;
    equal = 0;
    maxLtGuess = min;
    minGtGuess = max;
    for (let i = 0; i < n; i++) {
      const v = m[i];
      if (v < guess) {
        less++;
        if (v > maxLtGuess) maxLtGuess = v;
      } else if (v > guess) {
        greater++;
        if (v < minGtGuess) minGtGuess = v;
      } else {
        equal++;
      }
    }
    if (less <= halfN && greater <= halfN) break;
    if (less > greater) max = maxLtGuess;
    else min = minGtGuess;
  }
  if (less >= halfN) return maxLtGuess;
  if (less + equal >= halfN) return guess;
  return minGtGuess;
}

// [pdqBuffer16x16ToBits] + [Hash256::format]
function bitsToHex(b) {
  const median = torbenMedian(b);
  const words = new Uint16Array(16);
  for (let k = 0; k < 256; k++) {
    if (b[k] > median) words[k >> 4] |= 1 << (k & 15);
  }
  let hex = "";
  for (let w = 15; w >= 0; w--) hex += words[w].toString(16).padStart(4, "0");
  return hex;
}

// [dct16OriginalTo*]: out[dst(i, j)] = sign(i, j) * a[i][j].
function dihedral(a, transpose, negate) {
  const out = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = negate(i, j) ? -a[i * 16 + j] : a[i * 16 + j];
      out[transpose ? j * 16 + i : i * 16 + j] = v;
    }
  }
  return out;
}

function dihedralHashes(b) {
  return {
    orig: bitsToHex(b),
    rot90: bitsToHex(dihedral(b, true, (i, j) => !(j & 1))),
    rot180: bitsToHex(dihedral(b, false, (i, j) => (i + j) & 1)),
    rot270: bitsToHex(dihedral(b, true, (i) => !(i & 1))),
    flipx: bitsToHex(dihedral(b, false, (i) => !(i & 1))),
    flipy: bitsToHex(dihedral(b, false, (i, j) => !(j & 1))),
    flipplus: bitsToHex(dihedral(b, true, () => false)),
    flipminus: bitsToHex(dihedral(b, true, (i, j) => (i + j) & 1)),
  };
}

function checkDimensions(width, height) {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`pdq: width and height must be positive integers, got ${width}x${height}`);
  }
}

/**
 * PDQ hash of a float32 luminance image (row-major, height x width). The buffer is used as scratch space and
 * overwritten. Returns {hash, quality} and, with {dihedral: true}, `dihedral` as in pdqHashRGBA.
 */
export function pdqHashLuma(luma, width, height, { dihedral: wantDihedral = false } = {}) {
  checkDimensions(width, height);
  if (!(luma instanceof Float32Array) || luma.length < width * height) {
    throw new TypeError("pdq: luma must be a Float32Array of width*height values");
  }
  if (height < MIN_HASHABLE_DIM || width < MIN_HASHABLE_DIM) {
    const result = { hash: ZERO_HASH, quality: 0 };
    if (wantDihedral) {
      result.dihedral = Object.fromEntries(
        ["orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus", "flipminus"].map((k) => [k, ZERO_HASH]),
      );
    }
    return result;
  }
  // The reference's single-hash path takes exactly-64x64 input as already downsampled; its dihedral path
  // always blurs. Both are reproduced, so for 64x64 input `hash` and `dihedral.orig` may differ, as there.
  const identity = width === DOWNSAMPLE && height === DOWNSAMPLE;
  const keep = wantDihedral && identity ? luma.slice(0, width * height) : null;
  const a = downsample64(luma, height, width, true);
  const b = dct64To16(a);
  const result = { hash: bitsToHex(b), quality: qualityMetric(a) };
  if (wantDihedral) {
    if (keep === null) {
      result.dihedral = dihedralHashes(b);
    } else {
      const blurred = downsample64(keep, height, width, false);
      result.dihedral = dihedralHashes(dct64To16(blurred));
    }
  }
  return result;
}

/**
 * PDQ hash of an RGBA image (e.g. canvas ImageData.data): Uint8ClampedArray or Uint8Array of width*height*4
 * bytes. Returns {hash: 64 lowercase hex characters, quality: 0..100}; with {dihedral: true} also
 * `dihedral: {orig, rot90, rot180, rot270, flipx, flipy, flipplus, flipminus}`, the hashes the image would have
 * after each rotation or flip (reference: pdqDihedralHash256esFromFloatLuma).
 */
export function pdqHashRGBA(rgba, width, height, options = {}) {
  checkDimensions(width, height);
  if (!(rgba instanceof Uint8ClampedArray || rgba instanceof Uint8Array) || rgba.length < width * height * 4) {
    throw new TypeError("pdq: rgba must be a Uint8ClampedArray or Uint8Array of width*height*4 bytes");
  }
  const n = width * height;
  const luma = new Float32Array(n);
  // (R*0.299 + G*0.587) + B*0.114 in double, rounded once to float32: numpy's order in pdqhash.compute.
  for (let p = 0, q = 0; p < n; p++, q += 4) {
    luma[p] = rgba[q] * 0.299 + rgba[q + 1] * 0.587 + rgba[q + 2] * 0.114;
  }
  return pdqHashLuma(luma, width, height, options);
}

/**
 * Browser helper (the only function here that needs browser APIs, and only when called): decode an image
 * file by the shared rule - EXIF orientation applied, natural size, no resize - and hash it.
 * Returns {hash, quality, width, height, md5, sha256} (plus `dihedral` with {dihedral: true}).
 */
export async function hashImageFile(blob, { dihedral: wantDihedral = false } = {}) {
  const bytes = await blob.arrayBuffer();
  const bitmap = await createImageBitmap(new Blob([bytes], { type: blob.type }), { imageOrientation: "from-image" });
  try {
    const { width, height } = bitmap;
    const canvas =
      typeof OffscreenCanvas === "function"
        ? new OffscreenCanvas(width, height)
        : Object.assign(document.createElement("canvas"), { width, height });
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, width, height).data;
    const result = pdqHashRGBA(pixels, width, height, { dihedral: wantDihedral });
    return { ...result, width, height, md5: md5Hex(bytes), sha256: await sha256Hex(bytes) };
  } finally {
    bitmap.close();
  }
}

/** Number of differing bits between two equal-length hex strings (e.g. two PDQ hashes). */
export function hammingDistance(hexA, hexB) {
  if (typeof hexA !== "string" || typeof hexB !== "string" || hexA.length !== hexB.length) {
    throw new TypeError("hammingDistance: two hex strings of equal length are required");
  }
  if (!/^[0-9a-fA-F]*$/.test(hexA) || !/^[0-9a-fA-F]*$/.test(hexB)) {
    throw new TypeError("hammingDistance: not a hex string");
  }
  let bits = 0;
  for (let i = 0; i < hexA.length; i += 6) {
    let x = parseInt(hexA.slice(i, i + 6), 16) ^ parseInt(hexB.slice(i, i + 6), 16);
    while (x) {
      x &= x - 1;
      bits++;
    }
  }
  return bits;
}

function toBytes(data) {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError("expected an ArrayBuffer or a typed array");
}

function hexOfBytes(bytes) {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** SHA-256 of an ArrayBuffer (or typed array) as 64 lowercase hex characters, through WebCrypto. */
export async function sha256Hex(data) {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", toBytes(data));
  return hexOfBytes(new Uint8Array(digest));
}

// MD5 (RFC 1321). WebCrypto has none, and hash lists (NCMEC, StopNCII video) still exchange MD5.
const MD5_K = new Int32Array([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]);
const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

function md5Blocks(state, bytes, offset, end, words) {
  let [a0, b0, c0, d0] = state;
  for (let o = offset; o < end; o += 64) {
    for (let i = 0; i < 16; i++) {
      const p = o + i * 4;
      words[i] = bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24);
    }
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f;
      let g;
      const round = i >> 4;
      if (round === 0) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (round === 1) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (round === 2) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const s = MD5_S[(round << 2) | (i & 3)];
      const x = (a + f + MD5_K[i] + words[g]) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  state[0] = a0;
  state[1] = b0;
  state[2] = c0;
  state[3] = d0;
}

/** MD5 of an ArrayBuffer (or typed array) as 32 lowercase hex characters. */
export function md5Hex(data) {
  const bytes = toBytes(data);
  const n = bytes.length;
  const state = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  const words = new Int32Array(16);
  const full = n - (n % 64);
  md5Blocks(state, bytes, 0, full, words);
  // Padding: 0x80, zeros, then the length in bits as a 64-bit little-endian integer.
  const tailLength = n - full < 56 ? 64 : 128;
  const tail = new Uint8Array(tailLength);
  tail.set(bytes.subarray(full));
  tail[n - full] = 0x80;
  const bitLength = n * 8;
  const view = new DataView(tail.buffer);
  view.setUint32(tailLength - 8, bitLength % 0x100000000, true);
  view.setUint32(tailLength - 4, Math.floor(bitLength / 0x100000000), true);
  md5Blocks(state, tail, 0, tailLength, words);
  const digest = new DataView(new ArrayBuffer(16));
  for (let i = 0; i < 4; i++) digest.setInt32(i * 4, state[i], true);
  return hexOfBytes(new Uint8Array(digest.buffer));
}
