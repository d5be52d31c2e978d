/**
 * Registers the Compliance sidebar, its menu item and the document panel summary.
 *
 * The plugin components moved from `@wordpress/edit-post` to
 * `@wordpress/editor` in WordPress 6.6; they are looked up at run time so the
 * script does not depend on `wp-edit-post` where the editor has them.
 */
import { __ } from '@wordpress/i18n';
import * as editor from '@wordpress/editor';
import { registerPlugin } from '@wordpress/plugins';
import { shield } from '@wordpress/icons';
import type { ComponentType } from 'react';
import { useCountAnnouncements } from './count-announcer';
import { DocumentSummary } from './document-summary';
import type { DocumentPanelProps } from './document-summary';
import { HintList } from './hint-list';
import { useActiveFindings } from './use-findings';
import './style.scss';

/** Name of the plugin and of its sidebar. */
export const SIDEBAR_NAME = 'hcp-compliance';

type AnyComponent = ComponentType< any >;

/**
 * An editor plugin component from `@wordpress/editor`, else from the
 * `wp.editPost` global (older editors).
 *
 * @param name Component name.
 */
function getEditorComponent( name: string ): AnyComponent | undefined {
	const fromEditor = ( editor as unknown as Record< string, unknown > )[
		name
	];
	const fromEditPost = (
		globalThis as { wp?: { editPost?: Record< string, unknown > } }
	 ).wp?.editPost?.[ name ];
	return ( fromEditor ?? fromEditPost ) as AnyComponent | undefined;
}

/**
 * The plugin's editor UI; everything here renders only where the editor offers the slot.
 */
function CompliancePlugin() {
	// Read once here: every consumer below gets the same list.
	const active = useActiveFindings();
	useCountAnnouncements( active.findings, active.isPending );
	const PluginSidebar = getEditorComponent( 'PluginSidebar' );
	const MoreMenuItem = getEditorComponent( 'PluginSidebarMoreMenuItem' );
	const DocumentPanel = getEditorComponent( 'PluginDocumentSettingPanel' );
	return (
		<>
			{ MoreMenuItem && (
				<MoreMenuItem target={ SIDEBAR_NAME } icon={ shield }>
					{ __( 'Compliance', 'hcp-compliance' ) }
				</MoreMenuItem>
			) }
			{ PluginSidebar && (
				<PluginSidebar
					name={ SIDEBAR_NAME }
					title={ __( 'Compliance', 'hcp-compliance' ) }
					icon={ shield }
				>
					<HintList active={ active } />
				</PluginSidebar>
			) }
			{ DocumentPanel && (
				<DocumentSummary
					Panel={
						DocumentPanel as ComponentType< DocumentPanelProps >
					}
					findings={ active.findings }
				/>
			) }
		</>
	);
}

registerPlugin( SIDEBAR_NAME, { render: CompliancePlugin } );
