/**
 * The sidebar's list of findings, grouped by guideline area, each with its
 * explanation and the Show / Fix / Dismiss actions.
 */
import { __, sprintf } from '@wordpress/i18n';
import { createBlock, getBlockType } from '@wordpress/blocks';
import { Button, PanelBody } from '@wordpress/components';
import { useRegistry } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { caution, error, Icon, info } from '@wordpress/icons';
import type { Finding, Fix, Severity } from '../engine/types';
import type { RuleInfo } from '../worker/protocol';
import { clearHighlights } from './annotations';
import { applyFix } from './apply-fix';
import type { BlockEditorActions, BlockEditorSelectors } from './apply-fix';
import { DismissFinding } from './dismiss-finding';
import { DismissedList } from './dismissed-list';
import {
	getSeverityLabel,
	groupFindings,
	summarizeFindings,
} from './group-findings';
import { canShow, showFinding } from './show-finding';
import type { ActiveFindings } from './use-findings';

const SEVERITY_ICONS: Record< Severity, typeof error > = {
	error,
	warning: caution,
	info,
};

/**
 * A severity shown by icon and by word, never by colour alone.
 *
 * @param props          Props.
 * @param props.severity The severity.
 */
export function SeverityBadge( { severity }: { severity: Severity } ) {
	return (
		<span className={ `hcp-compliance-sidebar__severity is-${ severity }` }>
			<Icon icon={ SEVERITY_ICONS[ severity ] } size={ 20 } />
			<span>{ getSeverityLabel( severity ) }</span>
		</span>
	);
}

/**
 * What a fix will do, for the Fix button's description.
 *
 * @param fix     The fix.
 * @param finding The finding it fixes.
 */
function describeFix( fix: Fix, finding: Finding ): string {
	switch ( fix.type ) {
		case 'replace':
			return fix.text
				? sprintf(
						/* translators: 1: text found in the post, 2: its replacement. */
						__( 'Replace “%1$s” with “%2$s”.', 'hcp-compliance' ),
						finding.excerpt ?? '',
						fix.text
					)
				: sprintf(
						/* translators: %s: text found in the post. */
						__( 'Remove “%s”.', 'hcp-compliance' ),
						finding.excerpt ?? ''
					);
		case 'insert-block':
			return sprintf(
				/* translators: %s: block title, e.g. "Medical disclaimer". */
				__( 'Add the “%s” block to the post.', 'hcp-compliance' ),
				getBlockType( fix.name )?.title ?? fix.name
			);
		case 'update-block':
			return sprintf(
				/* translators: %s: block title, e.g. "Author credentials". */
				__( 'Complete the “%s” block.', 'hcp-compliance' ),
				getBlockType( fix.name )?.title ?? fix.name
			);
	}
}

/** Props of one hint. */
interface HintProps {
	finding: Finding;
	rule?: RuleInfo;
	onShow: ( finding: Finding ) => void;
	onFix: ( fix: Fix, finding: Finding ) => void;
}

/**
 * One finding: severity, message, excerpt, why, and its actions.
 *
 * @param props         Props.
 * @param props.finding
 * @param props.rule
 * @param props.onShow
 * @param props.onFix
 */
function Hint( { finding, rule, onShow, onFix }: HintProps ) {
	return (
		<li
			className={ `hcp-compliance-sidebar__hint is-${ finding.severity }` }
			data-rule-id={ finding.ruleId }
		>
			<SeverityBadge severity={ finding.severity } />
			<p className="hcp-compliance-sidebar__message">
				{ finding.message }
			</p>
			{ finding.excerpt && (
				<p className="hcp-compliance-sidebar__excerpt">
					<span className="screen-reader-text">
						{ __( 'Text found:', 'hcp-compliance' ) }
					</span>
					<q>{ finding.excerpt }</q>
				</p>
			) }
			{ rule && (
				<p className="hcp-compliance-sidebar__why">
					{ rule.docs }
					{ rule.guideline && (
						<span className="hcp-compliance-sidebar__guideline">
							{ sprintf(
								/* translators: %s: the guideline behind a rule, e.g. "HIPAA Safe Harbor". */
								__( 'Guideline: %s', 'hcp-compliance' ),
								rule.guideline
							) }
						</span>
					) }
				</p>
			) }
			<div className="hcp-compliance-sidebar__actions">
				{ canShow( finding ) && (
					<Button
						variant="secondary"
						size="compact"
						onClick={ () => onShow( finding ) }
						description={
							finding.excerpt
								? sprintf(
										/* translators: %s: text found in the post. */
										__(
											'Select the block and highlight “%s”.',
											'hcp-compliance'
										),
										finding.excerpt
									)
								: __( 'Select the block.', 'hcp-compliance' )
						}
					>
						{ __( 'Show', 'hcp-compliance' ) }
					</Button>
				) }
				{ finding.fix && (
					<Button
						variant="primary"
						size="compact"
						onClick={ () => onFix( finding.fix as Fix, finding ) }
						description={ describeFix( finding.fix, finding ) }
					>
						{ __( 'Fix', 'hcp-compliance' ) }
					</Button>
				) }
				{ finding.suggestions?.map( ( suggestion ) => (
					<Button
						key={ suggestion.label }
						variant="secondary"
						size="compact"
						onClick={ () => onFix( suggestion.fix, finding ) }
						description={ describeFix( suggestion.fix, finding ) }
					>
						{ suggestion.label }
					</Button>
				) ) }
				<DismissFinding finding={ finding } />
			</div>
		</li>
	);
}

/**
 * The hint list: a status line, then one panel per guideline area with findings.
 *
 * @param props        Props.
 * @param props.active The findings not dismissed and the analysis state.
 */
export function HintList( { active }: { active: ActiveFindings } ) {
	const registry = useRegistry();
	const { findings, isPending, rules, mode } = active;
	const [ shown, setShown ] = useState< string | undefined >();

	// A highlight outlives neither the sidebar nor the finding it marks.
	useEffect( () => () => clearHighlights( registry ), [ registry ] );
	useEffect( () => {
		if (
			shown &&
			! findings.some( ( finding ) => finding.fingerprint === shown )
		) {
			clearHighlights( registry );
			setShown( undefined );
		}
	}, [ findings, shown, registry ] );

	const onShow = ( finding: Finding ) => {
		setShown( finding.fingerprint );
		void showFinding( registry, finding );
	};

	const onFix = ( fix: Fix, finding: Finding ) => {
		clearHighlights( registry );
		const plan = applyFix(
			fix,
			finding,
			registry.select(
				'core/block-editor'
			) as unknown as BlockEditorSelectors,
			registry.dispatch(
				'core/block-editor'
			) as unknown as BlockEditorActions,
			createBlock
		);
		if ( plan.type === 'stale' ) {
			(
				registry.dispatch( 'core/notices' ) as {
					createNotice: (
						status: string,
						content: string,
						options: Record< string, unknown >
					) => void;
				}
			 ).createNotice(
				'warning',
				__(
					'The text has changed since it was checked; the hints will update in a moment.',
					'hcp-compliance'
				),
				{ type: 'snackbar', id: 'hcp-compliance-stale-fix' }
			);
		}
	};

	const groups = groupFindings( findings );

	return (
		<div
			className="hcp-compliance-sidebar"
			data-pending={ isPending ? 'true' : 'false' }
			data-count={ findings.length }
			data-mode={ mode }
		>
			<div className="hcp-compliance-sidebar__status">
				<p>{ summarizeFindings( findings ) }</p>
				{ isPending && (
					// Static text, not a spinner: an animation repaints on every frame while the author types.
					<span className="hcp-compliance-sidebar__pending">
						{ __( 'Checking…', 'hcp-compliance' ) }
					</span>
				) }
			</div>
			{ groups.map( ( group ) => (
				<PanelBody
					key={ group.category }
					className={ `hcp-compliance-sidebar__group is-${ group.category }` }
					title={ sprintf(
						/* translators: 1: guideline area, e.g. "Privacy", 2: number of findings in it. */
						__( '%1$s (%2$d)', 'hcp-compliance' ),
						group.label,
						group.findings.length
					) }
					initialOpen
				>
					<ul className="hcp-compliance-sidebar__hints">
						{ group.findings.map( ( finding, index ) => (
							<Hint
								key={ `${ finding.fingerprint }-${ index }` }
								finding={ finding }
								rule={ rules[ finding.ruleId ] }
								onShow={ onShow }
								onFix={ onFix }
							/>
						) ) }
					</ul>
				</PanelBody>
			) ) }
			<DismissedList />
		</div>
	);
}
