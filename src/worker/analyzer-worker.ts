/**
 * Web worker that runs the compliance analyzer off the editor's main thread.
 */
export {};
