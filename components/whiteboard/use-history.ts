import { useState } from "react";

export const HISTORY_LIMIT = 100;

/**
 * Undo/redo stacks around a value the parent owns. `lastKey` lets a burst of edits to the same
 * thing (typing in one field, nudging a node with the arrow keys) become one undo step.
 */
export type History<T> = { past: T[]; future: T[]; lastKey: string | null };

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastKey: null };
}

/** Remember `present` before it is replaced by a new value; a new change drops the redo stack. */
export function recordChange<T>(history: History<T>, present: T, key: string | null = null, limit = HISTORY_LIMIT): History<T> {
  if (key !== null && key === history.lastKey) return { ...history, future: [] };
  const past = [...history.past, present];
  return { past: past.slice(Math.max(0, past.length - limit)), future: [], lastKey: key };
}

export function undoStep<T>(history: History<T>, present: T): { history: History<T>; value: T } | null {
  if (history.past.length === 0) return null;
  const value = history.past[history.past.length - 1];
  return {
    value,
    history: { past: history.past.slice(0, -1), future: [present, ...history.future], lastKey: null },
  };
}

export function redoStep<T>(history: History<T>, present: T): { history: History<T>; value: T } | null {
  if (history.future.length === 0) return null;
  const [value, ...future] = history.future;
  return { value, history: { past: [...history.past, present], future, lastKey: null } };
}

/** Wraps a controlled value's onChange with undo/redo. */
export function useHistory<T>(value: T, onChange: (next: T) => void) {
  const [history, setHistory] = useState<History<T>>(emptyHistory);

  const commit = (next: T, key: string | null = null) => {
    setHistory(recordChange(history, value, key));
    onChange(next);
  };
  const undo = () => {
    const step = undoStep(history, value);
    if (!step) return;
    setHistory(step.history);
    onChange(step.value);
  };
  const redo = () => {
    const step = redoStep(history, value);
    if (!step) return;
    setHistory(step.history);
    onChange(step.value);
  };
  return { commit, undo, redo, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
}
