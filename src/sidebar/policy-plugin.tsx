/**
 * Registers the practice policy's part of the editor: the publish gate and the
 * Compliance panel of the pre-publish checks.
 */
import { registerPlugin } from '@wordpress/plugins';
import { PANEL_ICON, PrePublishPanel } from './prepublish-panel';
import { PublishGate } from './publish-gate';

/** Name of the plugin that carries the gate and the pre-publish panel. */
export const POLICY_PLUGIN_NAME = 'hcp-compliance-policy';

/**
 * The gate (renders nothing) and the pre-publish panel.
 */
function PolicyPlugin() {
	return (
		<>
			<PublishGate />
			<PrePublishPanel />
		</>
	);
}

registerPlugin( POLICY_PLUGIN_NAME, {
	render: PolicyPlugin,
	icon: PANEL_ICON,
} );
