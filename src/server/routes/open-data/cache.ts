/** Open data is public and the same for everyone: shared caches may keep it for five minutes. */
export const OPEN_DATA_CACHE = 'public, max-age=300';
