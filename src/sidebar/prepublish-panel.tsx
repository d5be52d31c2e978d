/**
 * The Compliance panel of the pre-publish checks: what blocks publishing, what
 * is advised, the way to the fix, and for allowed users an override with a reason.
 */
import { Button, PanelRow } from '@wordpress/components';
import { useRegistry, useSelect } from '@wordpress/data';
import * as editor from '@wordpress/editor';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { caution, error, shield } from '@wordpress/icons';
import type { ComponentType, ReactNode } from 'react';
import type { Finding } from '../engine/types';
import { getRuleTitle } from '../settings/rule-catalog';
import { store as policyStore } from '../store';
import { openComplianceSidebar } from './document-summary';
import { OverrideForm } from './override-form';
import { getGateMessage, usePublishGate } from './publish-gate';

/** Props of PluginPrePublishPanel. */
interface PrePublishPanelProps {
	title: string;
	className?: string;
	initialOpen?: boolean;
	icon?: unknown;
	children: ReactNode;
}

/**
 * PluginPrePublishPanel from `@wordpress/editor`, else from `wp.editPost` (WordPress 6.5 and older editors).
 *
 * @return The component, if the editor has one.
 */
function getPrePublishPanel():
	ComponentType< PrePublishPanelProps > | undefined {
	const fromEditor = ( editor as unknown as Record< string, unknown > )
		.PluginPrePublishPanel;
	const fromEditPost = (
		globalThis as { wp?: { editPost?: Record< string, unknown > } }
	 ).wp?.editPost?.PluginPrePublishPanel;
	return ( fromEditor ?? fromEditPost ) as
		ComponentType< PrePublishPanelProps > | undefined;
}

/**
 * Findings as a short list: rule, excerpt and message.
 *
 * @param props          Props.
 * @param props.findings Findings.
 * @param props.kind     Modifier for the list's class.
 */
function FindingList( {
	findings,
	kind,
}: {
	findings: Finding[];
	kind: 'blocking' | 'advised' | 'overridden';
} ) {
	return (
		<ul className={ `hcp-compliance-prepublish__list is-${ kind }` }>
			{ findings.map( ( finding, index ) => (
				<li key={ `${ finding.fingerprint }-${ index }` }>
					<strong>{ getRuleTitle( finding.ruleId ) }</strong>
					{ finding.excerpt && (
						<>
							{ ' ' }
							<q>{ finding.excerpt }</q>
						</>
					) }
					<div>{ finding.message }</div>
				</li>
			) ) }
		</ul>
	);
}

/**
 * The "Override with reason" button, opening the override form in place.
 *
 * @param props          Props.
 * @param props.blocking Findings the override covers.
 */
function OverrideToggle( { blocking }: { blocking: Finding[] } ) {
	const [ isOpen, setIsOpen ] = useState( false );
	if ( ! isOpen ) {
		return (
			<Button variant="secondary" onClick={ () => setIsOpen( true ) }>
				{ __( 'Override with reason', 'hcp-compliance' ) }
			</Button>
		);
	}
	return (
		<OverrideForm
			blocking={ blocking }
			onDone={ () => setIsOpen( false ) }
		/>
	);
}

/**
 * The pre-publish panel's content.
 */
export function PrePublishChecks() {
	const registry = useRegistry();
	const { blocking, advised, overridden, isPending } = usePublishGate();
	const canOverride = useSelect(
		( select ) => select( policyStore ).canOverride(),
		[]
	);
	const openSidebar = () => {
		(
			registry.dispatch( 'core/editor' ) as unknown as {
				closePublishSidebar?: () => void;
			}
		 ).closePublishSidebar?.();
		openComplianceSidebar( registry );
	};

	return (
		<div className="hcp-compliance-prepublish">
			{ isPending && (
				<p role="status">
					{ __( 'Checking the latest changes…', 'hcp-compliance' ) }
				</p>
			) }
			{ blocking.length > 0 && (
				<>
					<p
						className="hcp-compliance-prepublish__blocked"
						role="alert"
					>
						{ getGateMessage( blocking ) }
					</p>
					<FindingList findings={ blocking } kind="blocking" />
					<PanelRow>
						<Button variant="primary" onClick={ openSidebar }>
							{ __(
								'Fix in the Compliance sidebar',
								'hcp-compliance'
							) }
						</Button>
					</PanelRow>
					{ canOverride && (
						<PanelRow>
							<OverrideToggle blocking={ blocking } />
						</PanelRow>
					) }
				</>
			) }
			{ overridden.length > 0 && (
				<>
					<p>
						{ sprintf(
							/* translators: %d: number of problems. */
							_n(
								'%d required problem was overridden with a recorded reason:',
								'%d required problems were overridden with a recorded reason:',
								overridden.length,
								'hcp-compliance'
							),
							overridden.length
						) }
					</p>
					<FindingList findings={ overridden } kind="overridden" />
				</>
			) }
			{ advised.length > 0 && (
				<>
					<p>
						{ sprintf(
							/* translators: %d: number of hints. */
							_n(
								'%d hint is advised (it does not block publishing):',
								'%d hints are advised (they do not block publishing):',
								advised.length,
								'hcp-compliance'
							),
							advised.length
						) }
					</p>
					<FindingList findings={ advised } kind="advised" />
					{ blocking.length === 0 && (
						<Button variant="secondary" onClick={ openSidebar }>
							{ __(
								'Review in the Compliance sidebar',
								'hcp-compliance'
							) }
						</Button>
					) }
				</>
			) }
			{ ! isPending &&
				blocking.length + advised.length + overridden.length === 0 && (
					<p>
						{ __(
							'No compliance problems found.',
							'hcp-compliance'
						) }
					</p>
				) }
		</div>
	);
}

/**
 * The Compliance panel in the pre-publish checks, where the editor offers the slot.
 */
export function PrePublishPanel() {
	const { blocking } = usePublishGate();
	const Panel = getPrePublishPanel();
	if ( ! Panel ) {
		return null;
	}
	return (
		<Panel
			title={ __( 'Compliance', 'hcp-compliance' ) }
			className="hcp-compliance-prepublish-panel"
			initialOpen
			icon={ blocking.length > 0 ? error : caution }
		>
			<PrePublishChecks />
		</Panel>
	);
}

/** The panel's default icon, for the plugin registration. */
export const PANEL_ICON = shield;
