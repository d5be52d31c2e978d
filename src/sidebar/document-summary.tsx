/**
 * The compliance summary in the post's document panel, with a way to the sidebar.
 */
import { __ } from '@wordpress/i18n';
import { Button } from '@wordpress/components';
import { useRegistry } from '@wordpress/data';
import type { ComponentType, ReactNode } from 'react';
import { summarizeFindings } from './group-findings';
import type { Finding } from '../engine/types';

/** Full identifier of the plugin's sidebar, as the interface store knows it. */
export const SIDEBAR_ID = 'hcp-compliance/hcp-compliance';

/**
 * Opens the Compliance sidebar in the post editor.
 *
 * @param registry The editor's data registry.
 */
export function openComplianceSidebar(
	registry: ReturnType< typeof useRegistry >
) {
	const editPost = registry.dispatch( 'core/edit-post' ) as
		{ openGeneralSidebar?: ( name: string ) => void } | undefined;
	if ( editPost?.openGeneralSidebar ) {
		editPost.openGeneralSidebar( SIDEBAR_ID );
		return;
	}
	(
		registry.dispatch( 'core/interface' ) as
			| {
					enableComplementaryArea?: (
						scope: string,
						id: string
					) => void;
			  }
			| undefined
	 )?.enableComplementaryArea?.( 'core', SIDEBAR_ID );
}

/** Props of the document setting panel slot (from @wordpress/editor or edit-post). */
export interface DocumentPanelProps {
	name: string;
	title: string;
	className?: string;
	children: ReactNode;
}

/**
 * The summary panel, rendered through whichever document panel component the editor has.
 *
 * @param props          Props.
 * @param props.Panel    The editor's PluginDocumentSettingPanel.
 * @param props.findings The findings not dismissed.
 */
export function DocumentSummary( {
	Panel,
	findings,
}: {
	Panel: ComponentType< DocumentPanelProps >;
	findings: Finding[];
} ) {
	const registry = useRegistry();
	return (
		<Panel
			name="hcp-compliance-summary"
			title={ __( 'Compliance', 'hcp-compliance' ) }
			className="hcp-compliance-summary"
		>
			<p className="hcp-compliance-summary__text">
				{ summarizeFindings( findings ) }
			</p>
			<Button
				variant="secondary"
				onClick={ () => openComplianceSidebar( registry ) }
			>
				{ __( 'Open Compliance hints', 'hcp-compliance' ) }
			</Button>
		</Panel>
	);
}
