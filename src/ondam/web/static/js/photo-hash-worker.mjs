// Module worker: the fingerprints of one picked file at a time, computed on the phone (nothing is sent from here).
//
// In:  {id, file: File, maxBytes}
// Out: {id, status: "done", kind: "image"|"video", sha256, md5, pdq?, quality?, width?, height?, thumb?}
//      {id, status: "too_large"} or {id, status: "error"}
// Images: decoded with EXIF orientation applied, at full size, no resize (the rule shared with the server's
// hashing/pdq.py, see pdq.mjs), then PDQ; SHA-256 and MD5 of the file's bytes for images and videos.
// A picture the browser cannot decode (e.g. HEIC on some phones) still gets its exact hashes.
// `thumb` is a small ImageBitmap for the page to draw on a canvas (no object URL, nothing leaves the device).
import { md5Hex, pdqHashRGBA, sha256Hex } from "./pdq.mjs";

const THUMB = 96;

async function decode(file) {
  try {
    return await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return null;
  }
}

async function thumbnail(bitmap) {
  const scale = Math.min(1, THUMB / Math.max(bitmap.width, bitmap.height));
  try {
    return await createImageBitmap(bitmap, {
      resizeWidth: Math.max(1, Math.round(bitmap.width * scale)),
      resizeHeight: Math.max(1, Math.round(bitmap.height * scale)),
      resizeQuality: "medium",
    });
  } catch {
    return null;
  }
}

function pixels(bitmap) {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

async function fingerprint(id, file, maxBytes) {
  if (file.size > maxBytes) return { id, status: "too_large" };
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const md5 = md5Hex(bytes);
  if ((file.type || "").startsWith("video/")) return { id, status: "done", kind: "video", sha256, md5 };
  const bitmap = await decode(file);
  if (!bitmap) return { id, status: "done", kind: "image", sha256, md5, unreadable: true };
  try {
    const { width, height } = bitmap;
    const { hash, quality } = pdqHashRGBA(pixels(bitmap), width, height);
    const thumb = await thumbnail(bitmap);
    return { id, status: "done", kind: "image", sha256, md5, pdq: hash, quality, width, height, thumb };
  } finally {
    bitmap.close();
  }
}

self.addEventListener("message", async (event) => {
  const { id, file, maxBytes } = event.data || {};
  let result;
  try {
    result = await fingerprint(id, file, maxBytes);
  } catch (err) {
    result = { id, status: "error", message: String(err && err.message ? err.message : err) };
  }
  self.postMessage(result, result.thumb ? [result.thumb] : []);
});
