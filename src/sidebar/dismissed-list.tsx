/**
 * The sidebar's "Dismissed (n)" panel: what was dismissed, why, by whom and
 * when, each with a Restore button.
 */
import { Button, PanelBody } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';
import { getRuleTitle } from '../settings/rule-catalog';
import { store as policyStore } from '../store';
import { getReasonLabel } from './dismissal-reasons';

/**
 * A stored time, in the reader's locale; the raw value when it cannot be read.
 *
 * @param time ISO 8601 time.
 * @return Readable time.
 */
function formatTime( time: string ): string {
	const date = new Date( time );
	return Number.isNaN( date.getTime() ) ? time : date.toLocaleString();
}

/**
 * The dismissals in force on this post; nothing when there are none.
 */
export function DismissedList() {
	const dismissals = useSelect(
		( select ) => select( policyStore ).getDismissals(),
		[]
	);
	const { restoreFinding } = useDispatch( policyStore );
	if ( dismissals.length === 0 ) {
		return null;
	}
	return (
		<PanelBody
			className="hcp-compliance-dismissed"
			title={ sprintf(
				/* translators: %d: number of dismissed hints. */
				__( 'Dismissed (%d)', 'hcp-compliance' ),
				dismissals.length
			) }
			initialOpen={ false }
		>
			<ul className="hcp-compliance-dismissed__list">
				{ dismissals.map( ( entry ) => (
					<li
						key={ entry.fingerprint }
						className="hcp-compliance-dismissed__item"
					>
						<strong>{ getRuleTitle( entry.ruleId ) }</strong>
						{ entry.excerpt && (
							<>
								{ ' ' }
								<q className="hcp-compliance-dismissed__excerpt">
									{ entry.excerpt }
								</q>
							</>
						) }
						<div className="hcp-compliance-dismissed__reason">
							{ getReasonLabel( entry.reason ) }
							{ entry.comment && `: ${ entry.comment }` }
						</div>
						<div className="hcp-compliance-dismissed__by">
							{ sprintf(
								/* translators: 1: user's name, 2: date and time. */
								__( 'By %1$s, %2$s', 'hcp-compliance' ),
								entry.userName ||
									__(
										'you (not saved yet)',
										'hcp-compliance'
									),
								formatTime( entry.time )
							) }
						</div>
						<Button
							variant="secondary"
							size="small"
							onClick={ () =>
								restoreFinding( entry.fingerprint )
							}
							label={ sprintf(
								/* translators: %s: name of the rule. */
								__( 'Restore hint: %s', 'hcp-compliance' ),
								getRuleTitle( entry.ruleId )
							) }
							showTooltip={ false }
						>
							{ __( 'Restore', 'hcp-compliance' ) }
						</Button>
					</li>
				) ) }
			</ul>
		</PanelBody>
	);
}
