import { useEffect, useRef } from 'react';

/** Focuses a step's heading when the step appears, so screen readers announce it. */
export function useStepHeading<T extends HTMLElement>(focus: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}
