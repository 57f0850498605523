/** Public, aggregate data that changes rarely: shared caches may keep it for a minute. */
export const PUBLIC_CACHE = 'public, max-age=60';
