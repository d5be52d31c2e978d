/**
 * Editor entry: everything the plugin adds to the block editor.
 */
// The policy store first: the sidebar reads dismissals and rule levels from it.
import './store';
import './sidebar';
import './sidebar/policy-plugin';
