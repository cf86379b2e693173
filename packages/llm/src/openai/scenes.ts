import { VideoScene } from '@draftbench/contracts';

/**
 * Pulls a scenes array out of a model's answer: plain JSON, JSON in ```json fences, or JSON with prose
 * around it; either `{"scenes":[…]}` or a bare array. Returns null unless every scene is valid.
 */
export function parseScenes(text: string): VideoScene[] | null {
  const candidates: string[] = [];
  const fence = /```(?:json)?\s*([\s\S]*?)```/gi;
  for (const m of text.matchAll(fence)) if (m[1]) candidates.push(m[1]);
  candidates.push(text);
  const obj = sliceBetween(text, '{', '}');
  if (obj) candidates.push(obj);
  const arr = sliceBetween(text, '[', ']');
  if (arr) candidates.push(arr);

  for (const c of candidates) {
    let data: unknown;
    try {
      data = JSON.parse(c.trim());
    } catch {
      continue;
    }
    const list = Array.isArray(data) ? data : (data as { scenes?: unknown } | null)?.scenes;
    if (!Array.isArray(list) || list.length === 0) continue;
    const parsed = VideoScene.array().safeParse(list);
    if (parsed.success) return parsed.data;
  }
  return null;
}

function sliceBetween(text: string, open: string, close: string): string | null {
  const a = text.indexOf(open);
  const b = text.lastIndexOf(close);
  return a >= 0 && b > a ? text.slice(a, b + 1) : null;
}
