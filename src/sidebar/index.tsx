/**
 * Registers the Compliance sidebar in the block editor.
 */
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';
import { PluginSidebar, PluginSidebarMoreMenuItem } from '@wordpress/editor';
import { shield } from '@wordpress/icons';

/** Name of the plugin and its sidebar, as used in `core/edit-post` panel ids. */
export const SIDEBAR_NAME = 'hcp-compliance';

/**
 * The sidebar and its "more" menu entry; the toolbar button comes with PluginSidebar.
 */
function ComplianceSidebar() {
	return (
		<>
			<PluginSidebarMoreMenuItem target={ SIDEBAR_NAME } icon={ shield }>
				{ __( 'Compliance', 'hcp-compliance' ) }
			</PluginSidebarMoreMenuItem>
			<PluginSidebar
				name={ SIDEBAR_NAME }
				title={ __( 'Compliance', 'hcp-compliance' ) }
				icon={ shield }
			>
				<p className="hcp-compliance-sidebar__empty">
					{ __( 'No compliance hints yet.', 'hcp-compliance' ) }
				</p>
			</PluginSidebar>
		</>
	);
}

registerPlugin( SIDEBAR_NAME, { render: ComplianceSidebar } );
