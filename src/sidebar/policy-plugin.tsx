/**
 * Registers the practice policy's part of the editor: the publish gate, the
 * Compliance panel of the pre-publish checks, and the override dialog that the
 * gate's notice opens (the way to override on an already published post).
 */
import { Modal } from '@wordpress/components';
import { useCallback, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';
import { OverrideForm } from './override-form';
import { PANEL_ICON, PrePublishPanel } from './prepublish-panel';
import { useEnforcePublishGate } from './publish-gate';

/** Name of the plugin that carries the gate and the pre-publish panel. */
export const POLICY_PLUGIN_NAME = 'hcp-compliance-policy';

/**
 * The gate, the pre-publish panel and the override dialog.
 */
function PolicyPlugin() {
	const [ isOverrideOpen, setIsOverrideOpen ] = useState( false );
	const openOverride = useCallback( () => setIsOverrideOpen( true ), [] );
	const closeOverride = () => setIsOverrideOpen( false );
	const blocking = useEnforcePublishGate( openOverride );
	return (
		<>
			<PrePublishPanel />
			{ isOverrideOpen && (
				<Modal
					title={ __(
						'Override the publish check',
						'hcp-compliance'
					) }
					onRequestClose={ closeOverride }
				>
					<OverrideForm
						blocking={ blocking }
						onDone={ closeOverride }
					/>
				</Modal>
			) }
		</>
	);
}

registerPlugin( POLICY_PLUGIN_NAME, {
	render: PolicyPlugin,
	icon: PANEL_ICON,
} );
