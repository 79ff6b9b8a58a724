import { useEffect, useRef } from 'react';

/**
 * Runs `action` once per mounted page when `enabled`, even under React's StrictMode double effects: e-mailed
 * links are single-use, a second call would be refused.
 */
export function useRunOnce(enabled: boolean, action: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (!enabled || done.current) return;
    done.current = true;
    action();
  });
}
