/**
 * Settings screen entry (Settings → Compliance); the settings UI mounts here.
 */
export {};
