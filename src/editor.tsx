/**
 * Editor entry: everything the plugin adds to the block editor.
 */
import './sidebar';
